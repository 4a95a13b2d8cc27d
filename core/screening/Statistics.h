#pragma once

#include <QList>

#include <cstddef>
#include <vector>

namespace kaishu::screening {

// How well scores separate bad from good: the area under the ROC curve (ties count half), the
// probability that a random bad case scores above a random good one. Higher score = riskier.
// 0.5 when either class is absent.
double rocAuc(const std::vector<double> &scores, const std::vector<int> &bad);

// Each column's mean and spread (population standard deviation; 1 for a constant column) over the
// first `count` rows of a row-major matrix `width` wide: what standardising subtracts and divides by.
struct ColumnScaling
{
    std::vector<double> mean, scale;
};
ColumnScaling columnScaling(const double *rows, std::size_t count, std::size_t width);
// Kolmogorov–Smirnov: the largest gap between the cumulative shares of bad and good cases along the
// score (tied scores step together).
double ksStatistic(const std::vector<double> &scores, const std::vector<int> &bad);
// Population stability index Σ (A_i − E_i)·ln(A_i / E_i) of two distributions over the same bands
// (shares, each summing to 1); a band empty on either side is skipped. < 0.10 stable, 0.10–0.25
// investigate, > 0.25 shifted.
double populationStability(const QList<double> &expected, const QList<double> &actual);

// Points from odds: Score = Offset + Factor·ln(odds good:bad), Factor = PDO / ln 2,
// Offset = S0 − Factor·ln(O0). (600 points at 50:1, PDO 20: Factor 28.8539, Offset 487.1229.)
struct ScoreScaling
{
    double factor = 0;
    double offset = 0;

    static ScoreScaling fromAnchor(double points, double oddsGood, double pointsToDoubleOdds);
    double score(double lnOddsGood) const { return offset + factor * lnOddsGood; }
};

} // namespace kaishu::screening
