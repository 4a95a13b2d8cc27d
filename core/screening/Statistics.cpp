#include "Statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kaishu::screening {

namespace {

// Positions of the scores in ascending order.
std::vector<std::size_t> ascending(const std::vector<double> &scores)
{
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });
    return order;
}

} // namespace

double rocAuc(const std::vector<double> &scores, const std::vector<int> &bad)
{
    const std::vector<std::size_t> order = ascending(scores);
    double badRankSum = 0;
    double bads = 0;
    // Average ranks (1-based) over runs of equal scores: the Mann–Whitney statistic with ties.
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j < order.size() && scores[order[j]] == scores[order[i]])
            ++j;
        const double rank = (double(i + 1) + double(j)) / 2.0;
        for (std::size_t k = i; k < j; ++k) {
            if (bad[order[k]] != 0) {
                badRankSum += rank;
                bads += 1;
            }
        }
        i = j;
    }
    const double goods = double(scores.size()) - bads;
    if (bads == 0 || goods == 0)
        return 0.5;
    return (badRankSum - bads * (bads + 1) / 2.0) / (bads * goods);
}

double ksStatistic(const std::vector<double> &scores, const std::vector<int> &bad)
{
    const std::vector<std::size_t> order = ascending(scores);
    const double bads = double(std::count_if(bad.begin(), bad.end(), [](int b) { return b != 0; }));
    const double goods = double(bad.size()) - bads;
    if (bads == 0 || goods == 0)
        return 0;
    double seenBad = 0;
    double seenGood = 0;
    double best = 0;
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j < order.size() && scores[order[j]] == scores[order[i]]) {
            (bad[order[j]] != 0 ? seenBad : seenGood) += 1;
            ++j;
        }
        best = std::max(best, std::abs(seenBad / bads - seenGood / goods));
        i = j;
    }
    return best;
}

double populationStability(const QList<double> &expected, const QList<double> &actual)
{
    double index = 0;
    for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i) {
        const double e = expected.at(i);
        const double a = actual.at(i);
        if (e > 0 && a > 0)
            index += (a - e) * std::log(a / e);
    }
    return index;
}

ScoreScaling ScoreScaling::fromAnchor(double points, double oddsGood, double pointsToDoubleOdds)
{
    ScoreScaling scaling;
    scaling.factor = pointsToDoubleOdds / std::log(2.0);
    scaling.offset = points - scaling.factor * std::log(oddsGood);
    return scaling;
}

ColumnScaling columnScaling(const double *rows, std::size_t count, std::size_t width)
{
    ColumnScaling scaling{std::vector<double>(width, 0), std::vector<double>(width, 1)};
    std::vector<double> squares(width, 0);
    for (std::size_t i = 0; i < count; ++i) {
        for (std::size_t f = 0; f < width; ++f) {
            const double value = rows[i * width + f];
            scaling.mean[f] += value;
            squares[f] += value * value;
        }
    }
    for (std::size_t f = 0; f < width && count > 0; ++f) {
        scaling.mean[f] /= double(count);
        const double variance = squares[f] / double(count) - scaling.mean[f] * scaling.mean[f];
        scaling.scale[f] = variance > 1e-12 ? std::sqrt(variance) : 1;
    }
    return scaling;
}

} // namespace kaishu::screening
