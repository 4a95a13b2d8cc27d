#include "PaymentTiming.h"

#include "LogisticRegression.h"
#include "Statistics.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

namespace kaishu::screening {

namespace {

double sigmoid(double z)
{
    return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
}

// Day counts far beyond the periods say nothing more; clamping keeps them in an int.
int clampedDays(qint64 days)
{
    return int(std::clamp<qint64>(days, -100000, 100000));
}

QJsonArray toArray(const std::vector<double> &values)
{
    QJsonArray array;
    for (const double value : values)
        array.append(value);
    return array;
}

// The numbers of a JSON array, nothing when anything in it is not a finite number.
std::optional<std::vector<double>> numbersIn(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    std::vector<double> numbers;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isDouble() || !std::isfinite(item.toDouble()))
            return std::nullopt;
        numbers.push_back(item.toDouble());
    }
    return numbers;
}

} // namespace

int PaymentTimingModel::periodOf(int daysAfterDue)
{
    const auto end = std::lower_bound(PeriodEnds.begin(), PeriodEnds.end(), daysAfterDue);
    return int(end - PeriodEnds.begin());
}

QString PaymentTimingModel::periodLabel(int period)
{
    if (period <= 0)
        return QStringLiteral("≤%1").arg(PeriodEnds[0]);
    if (period >= TailPeriod)
        return QStringLiteral(">%1").arg(PeriodEnds[TailPeriod - 1]);
    return QStringLiteral("%1–%2")
        .arg(PeriodEnds[std::size_t(period) - 1] + 1)
        .arg(PeriodEnds[std::size_t(period)]);
}

double PaymentTimingModel::periodMiddle(int period)
{
    if (period <= 0)
        return 0;
    if (period >= TailPeriod)
        return TailDays;
    return (PeriodEnds[std::size_t(period) - 1] + 1 + PeriodEnds[std::size_t(period)]) / 2.0;
}

PaymentTimingModel PaymentTimingModel::fit(const std::vector<double> &rows, std::size_t width,
                                           const std::vector<QDate> &due,
                                           const std::vector<std::optional<QDate>> &settled,
                                           QDate observedUntil)
{
    const std::size_t n = due.size();
    Q_ASSERT(rows.size() == n * width && settled.size() == n);
    PaymentTimingModel model;

    // Standardisation over all the training rows.
    ColumnScaling scaling = columnScaling(rows.data(), n, width);
    model.m_mean = std::move(scaling.mean);
    model.m_scale = std::move(scaling.scale);

    // Per invoice: how many finite periods it is at risk in (0 … reach−1) and where it was paid.
    std::vector<std::int8_t> reach(n, 0);
    std::vector<std::int8_t> paidIn(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        const int observed = clampedDays(due[i].daysTo(observedUntil));
        int periods = 0;
        while (periods < TailPeriod && PeriodEnds[std::size_t(periods)] <= observed)
            ++periods;
        if (settled[i] && *settled[i] <= observedUntil) {
            const int period = periodOf(clampedDays(due[i].daysTo(*settled[i])));
            if (period < periods) {
                periods = period + 1;
                paidIn[i] = std::int8_t(period);
            }
        }
        reach[i] = std::int8_t(periods);
    }

    for (int k = 0; k < TailPeriod; ++k) {
        PeriodFit &fitted = model.m_fits[std::size_t(k)];
        std::vector<double> &weights = model.m_weights[std::size_t(k)];
        std::vector<std::size_t> atRisk;
        for (std::size_t i = 0; i < n; ++i) {
            if (reach[i] > k) {
                atRisk.push_back(i);
                fitted.events += paidIn[i] == k ? 1 : 0;
            }
        }
        fitted.atRisk = int(atRisk.size());
        weights.assign(width, 0);
        if (fitted.events >= MinimumOutcomes && fitted.atRisk - fitted.events >= MinimumOutcomes &&
            width > 0) {
            std::vector<double> matrix(atRisk.size() * width);
            std::vector<int> outcomes(atRisk.size());
            for (std::size_t r = 0; r < atRisk.size(); ++r) {
                const std::size_t i = atRisk[r];
                for (std::size_t f = 0; f < width; ++f)
                    matrix[r * width + f] = (rows[i * width + f] - model.m_mean[f]) / model.m_scale[f];
                outcomes[r] = paidIn[i] == k ? 1 : 0;
            }
            LogisticRegression regression;
            regression.fit(matrix, width, outcomes);
            model.m_intercepts[std::size_t(k)] = regression.intercept();
            weights = regression.weights();
            fitted.interceptOnly = false;
        } else {
            const double rate = (fitted.events + 1.0) / (fitted.atRisk + 2.0);
            model.m_intercepts[std::size_t(k)] = std::log(rate / (1 - rate));
            fitted.interceptOnly = true;
        }
    }
    return model;
}

std::vector<double> PaymentTimingModel::hazards(const double *row) const
{
    std::vector<double> z(width());
    for (std::size_t f = 0; f < z.size(); ++f)
        z[f] = (row[f] - m_mean[f]) / m_scale[f];
    std::vector<double> hazard(TailPeriod);
    for (std::size_t k = 0; k < hazard.size(); ++k)
        hazard[k] = sigmoid(std::inner_product(z.begin(), z.end(), m_weights[k].begin(), m_intercepts[k]));
    return hazard;
}

std::vector<double> PaymentTimingModel::survival(const double *row) const
{
    std::vector<double> unpaid = hazards(row);
    double still = 1;
    for (double &value : unpaid) {
        still *= 1 - value;
        value = still;
    }
    return unpaid;
}

std::vector<double> PaymentTimingModel::paidByPeriod(const double *row) const
{
    const std::vector<double> unpaid = survival(row);
    std::vector<double> mass(Periods);
    double before = 1;
    for (std::size_t k = 0; k < unpaid.size(); ++k) {
        mass[k] = before - unpaid[k];
        before = unpaid[k];
    }
    mass[TailPeriod] = before;
    return mass;
}

std::vector<double> PaymentTimingModel::paidByPeriodGivenOpen(const double *row, int daysAfterDueNow) const
{
    std::vector<double> mass = paidByPeriod(row);
    if (daysAfterDueNow <= 0)
        return mass;
    const int now = periodOf(daysAfterDueNow);
    std::fill(mass.begin(), mass.begin() + now, 0.0);
    if (now < TailPeriod) {
        const int start = PeriodEnds[std::size_t(now) - 1];
        const int end = PeriodEnds[std::size_t(now)];
        mass[std::size_t(now)] *= double(end - daysAfterDueNow + 1) / double(end - start);
    }
    const double open = std::accumulate(mass.begin(), mass.end(), 0.0);
    if (!(open > 0)) {
        std::fill(mass.begin(), mass.end(), 0.0);
        mass[TailPeriod] = 1;
        return mass;
    }
    for (double &value : mass)
        value /= open;
    return mass;
}

double PaymentTimingModel::medianDaysAfterDue(const double *row) const
{
    const std::vector<double> unpaid = survival(row);
    if (unpaid[0] <= 0.5)
        return 0;
    for (std::size_t k = 1; k < unpaid.size(); ++k) {
        if (unpaid[k] <= 0.5) {
            const double start = PeriodEnds[k - 1];
            const double length = PeriodEnds[k] - start;
            return start + (unpaid[k - 1] - 0.5) / (unpaid[k - 1] - unpaid[k]) * length;
        }
    }
    return MedianCap;
}

double PaymentTimingModel::expectedDaysAfterDue(const double *row) const
{
    const std::vector<double> mass = paidByPeriod(row);
    double days = 0;
    for (int k = 0; k < Periods; ++k)
        days += mass[std::size_t(k)] * periodMiddle(k);
    return days;
}

QJsonObject PaymentTimingModel::toJson() const
{
    QJsonArray ends;
    for (const int end : PeriodEnds)
        ends.append(end);
    QJsonArray periods;
    for (std::size_t k = 0; k < std::size_t(TailPeriod); ++k) {
        periods.append(QJsonObject{{QStringLiteral("intercept"), m_intercepts[k]},
                                   {QStringLiteral("weights"), toArray(m_weights[k])},
                                   {QStringLiteral("at_risk"), m_fits[k].atRisk},
                                   {QStringLiteral("events"), m_fits[k].events},
                                   {QStringLiteral("intercept_only"), m_fits[k].interceptOnly}});
    }
    return {{QStringLiteral("period_ends"), ends},
            {QStringLiteral("mean"), toArray(m_mean)},
            {QStringLiteral("scale"), toArray(m_scale)},
            {QStringLiteral("periods"), periods}};
}

std::optional<PaymentTimingModel> PaymentTimingModel::fromJson(const QJsonObject &json)
{
    const std::optional<std::vector<double>> ends = numbersIn(json.value(QStringLiteral("period_ends")));
    if (!ends || !std::equal(ends->begin(), ends->end(), PeriodEnds.begin(), PeriodEnds.end()))
        return std::nullopt;
    PaymentTimingModel model;
    std::optional<std::vector<double>> mean = numbersIn(json.value(QStringLiteral("mean")));
    std::optional<std::vector<double>> scale = numbersIn(json.value(QStringLiteral("scale")));
    if (!mean || !scale || mean->size() != scale->size() ||
        std::any_of(scale->begin(), scale->end(), [](double s) { return !(s > 0); }))
        return std::nullopt;
    model.m_mean = std::move(*mean);
    model.m_scale = std::move(*scale);
    const QJsonArray periods = json.value(QStringLiteral("periods")).toArray();
    if (periods.size() != TailPeriod)
        return std::nullopt;
    for (std::size_t k = 0; k < std::size_t(TailPeriod); ++k) {
        const QJsonObject period = periods.at(qsizetype(k)).toObject();
        const QJsonValue intercept = period.value(QStringLiteral("intercept"));
        std::optional<std::vector<double>> weights = numbersIn(period.value(QStringLiteral("weights")));
        if (!intercept.isDouble() || !std::isfinite(intercept.toDouble()) || !weights ||
            weights->size() != model.m_mean.size())
            return std::nullopt;
        model.m_intercepts[k] = intercept.toDouble();
        model.m_weights[k] = std::move(*weights);
        model.m_fits[k] = {period.value(QStringLiteral("at_risk")).toInt(),
                           period.value(QStringLiteral("events")).toInt(),
                           period.value(QStringLiteral("intercept_only")).toBool()};
    }
    return model;
}

CashForecast expectedCash(const PaymentTimingModel &model, const std::vector<OpenInvoice> &open, QDate asOf,
                          int weeks)
{
    using Model = PaymentTimingModel;
    CashForecast forecast;
    const std::size_t horizon = std::size_t(std::max(weeks, 0));
    std::vector<double> exact(horizon, 0.0);
    qint64 total = 0;
    for (const OpenInvoice &invoice : open) {
        total += invoice.openAmount;
        const int now = clampedDays(invoice.dueDate.daysTo(asOf)); // asOf is day `now` after due
        const std::vector<double> mass = model.paidByPeriodGivenOpen(invoice.features, now);
        for (int k = 0; k < Model::TailPeriod; ++k) {
            if (mass[std::size_t(k)] == 0)
                continue;
            // The period's days still to come, as days after asOf.
            const int first = std::max(k == 0 ? now : Model::PeriodEnds[std::size_t(k) - 1] + 1, now) - now;
            const int last = Model::PeriodEnds[std::size_t(k)] - now;
            if (last < first)
                continue;
            const double perDay =
                mass[std::size_t(k)] * double(invoice.openAmount) / double(last - first + 1);
            for (int w = first / 7; w <= last / 7 && w < int(horizon); ++w) {
                const int days = std::min(last, 7 * w + 6) - std::max(first, 7 * w) + 1;
                exact[std::size_t(w)] += perDay * days;
            }
        }
    }
    forecast.weekly.resize(horizon);
    qint64 assigned = 0;
    for (std::size_t w = 0; w < horizon; ++w) {
        forecast.weekly[w] = qint64(std::llround(exact[w]));
        assigned += forecast.weekly[w];
    }
    forecast.later = total - assigned;
    if (forecast.later < 0) {
        // Only when the exact remainder is below half a yen per week: the weeks rounded up most give back.
        std::vector<std::size_t> order(horizon);
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return double(forecast.weekly[a]) - exact[a] > double(forecast.weekly[b]) - exact[b];
        });
        for (std::size_t r = 0; r < order.size() && forecast.later < 0; ++r) {
            --forecast.weekly[order[r]];
            ++forecast.later;
        }
    }
    return forecast;
}

} // namespace kaishu::screening
