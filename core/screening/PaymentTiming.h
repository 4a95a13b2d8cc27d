#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

namespace kaishu::screening {

// When an invoice gets paid, in days from its due date, as a discrete-time hazard model: the days
// after the due date fall into periods, and for each finite period k the chance of being paid in it
// given that the invoice was still unpaid when it began is h_k(x) = σ(α_k + β_k·z), z the features
// standardised over the training rows. Open invoices are censored observations: they count for the
// periods they have wholly passed unpaid, not for the ones they have not finished. The tail (more
// than 180 days after due, or never) takes whatever is still unpaid after the last finite period.
//
// Feature rows are the caller's raw values (the model standardises them itself), all of the width
// the model was fitted with.
class PaymentTimingModel
{
public:
    // The last day after the due date of each finite period, inclusive: period 0 is "by the due date"
    // (≤ 0 days), period k (1 ≤ k < TailPeriod) the days PeriodEnds[k−1]+1 … PeriodEnds[k].
    static constexpr std::array<int, 7> PeriodEnds{0, 7, 14, 30, 60, 90, 180};
    static constexpr int TailPeriod = int(PeriodEnds.size()); // > 180 days after due, or never
    static constexpr int Periods = TailPeriod + 1;
    // A finite period with fewer events or fewer non-events than this in its risk set gets an
    // intercept-only hazard, (events + 1) / (at risk + 2).
    static constexpr int MinimumOutcomes = 20;
    // medianDaysAfterDue() when payment is not 50% likely within the finite periods.
    static constexpr double MedianCap = 365;
    // The days after due that stand for each period in expectedDaysAfterDue(): its middle day, 0 for
    // "by the due date" and TailDays for the tail.
    static constexpr double TailDays = 240;

    static int periodOf(int daysAfterDue);
    static QString periodLabel(int period); // "≤0", "1–7", …, "91–180", ">180"
    static double periodMiddle(int period);

    // How each finite period was fitted.
    struct PeriodFit
    {
        int atRisk = 0;
        int events = 0;
        bool interceptOnly = true;
    };

    // Fits on n invoices: rows holds n feature rows of `width` values, row-major; due and settled one
    // entry each (settled empty while open). The invoices are seen as they stood at the end of
    // observedUntil: a settlement after it counts as not (yet) made.
    //
    // The risk set of finite period k: the invoices still unpaid when the period begins whose period
    // ends on or before observedUntil (due + PeriodEnds[k] ≤ observedUntil); among them the event is
    // "settled within period k" (a settlement on or before the due date falls in period 0). So an
    // open invoice says "not paid" for every period it has wholly passed and nothing for the one it
    // is in; a period cut by observedUntil is left out for paid and unpaid invoices alike (keeping the
    // early payers of a partly observed period alone would overstate its hazard).
    //
    // One logistic regression per period on that period's rows (its matrix is built, fitted and
    // released before the next). Preconditions: rows.size() == n·width, due and settled of size n.
    static PaymentTimingModel fit(const std::vector<double> &rows, std::size_t width,
                                  const std::vector<QDate> &due,
                                  const std::vector<std::optional<QDate>> &settled, QDate observedUntil);

    std::size_t width() const { return m_mean.size(); }
    const std::array<PeriodFit, TailPeriod> &periodFits() const { return m_fits; }

    // h_k for the finite periods.
    std::vector<double> hazards(const double *row) const;
    // P(still unpaid at the end of each finite period), non-increasing; TailPeriod values.
    std::vector<double> survival(const double *row) const;
    // P(paid in each period), the tail included: Periods values summing to 1.
    std::vector<double> paidByPeriod(const double *row) const;
    // For an invoice not paid before day daysAfterDueNow after its due date: P(paid in each period),
    // summing to 1. The days of a period are taken as equally likely, so the period under way keeps
    // the share of its mass that falls on its remaining days; periods over get 0. Nothing is known
    // within period 0, so daysAfterDueNow ≤ 0 gives paidByPeriod(). All in the tail when the model
    // leaves no chance of being unpaid so far.
    std::vector<double> paidByPeriodGivenOpen(const double *row, int daysAfterDueNow) const;
    // The day after due by which payment is 50% likely, interpolated linearly within the period where
    // survival crosses 0.5; 0 when payment by the due date is 50% likely, MedianCap when survival is
    // still above 0.5 after the last finite period.
    double medianDaysAfterDue(const double *row) const;
    // Σ P(period)·periodMiddle(period).
    double expectedDaysAfterDue(const double *row) const;

    // Stored beside the late-payment model: the period ends, the standardisation and per period its
    // intercept, weights and fit counts. fromJson refuses other period ends, mismatched lengths,
    // non-numbers and non-positive scales.
    QJsonObject toJson() const;
    static std::optional<PaymentTimingModel> fromJson(const QJsonObject &json);

private:
    std::vector<double> m_mean, m_scale;
    std::array<double, TailPeriod> m_intercepts{};
    std::array<std::vector<double>, TailPeriod> m_weights; // per period, width() each
    std::array<PeriodFit, TailPeriod> m_fits{};
};

// An open invoice for the cash forecast.
struct OpenInvoice
{
    const double *features = nullptr; // a row of the model's width
    QDate dueDate;
    qint64 openAmount = 0; // yen
};

// Expected collections, in yen: weekly[w] over the days asOf+7w … asOf+7w+6, later all the rest
// (after the horizon, and the tail: more than 180 days after due or never, whose timing the model
// does not tell). Each weekly figure is the exact expectation rounded to the yen once; later takes
// the rounding difference, so weekly + later is exactly the open total (should that make later
// negative, the weeks rounded up most give back a yen each until it is not).
struct CashForecast
{
    std::vector<qint64> weekly;
    qint64 later = 0;
};

// Each invoice is open as of asOf (not paid before that day): its conditional distribution
// (paidByPeriodGivenOpen) is spread evenly over the days each period has left, period 0 over asOf …
// the due date when that is still ahead.
CashForecast expectedCash(const PaymentTimingModel &model, const std::vector<OpenInvoice> &open, QDate asOf,
                          int weeks);

} // namespace kaishu::screening
