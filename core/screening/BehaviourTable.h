#pragma once

#include <QStringList>
#include <QtGlobal>

#include <cstddef>
#include <limits>
#include <vector>

namespace kaishu::screening {

// The behavioural features of an invoice: what was known of its customer on the day it was issued.
namespace behaviour {
enum Feature : std::size_t {
    HasHistory,          // 1 once an invoice was settled
    PriorInvoices,       // log(1 + invoices issued before)
    SettledInvoices,     // log(1 + invoices settled before)
    ShareLate,           // of the settled, the share settled after the due date
    MeanDaysLate,        // days after the due date, on average over the settled (0 when on time)
    MaxDaysLate,         // the worst lateness, in months
    RecentDaysLate,      // days late over the last three settlements
    MeanLateness,        // days after (+) or before (−) the due date, on average
    OpenOverdue,         // log(1 + invoices open past their due date)
    OldestOverdueDays,   // the oldest of them, months past due (at most 12)
    OpenInvoices,        // log(1 + invoices open)
    OpenAmountVsUsual,   // log(1 + amount open ÷ the usual invoice amount)
    PriorDisputes,       // share of the earlier invoices disputed
    PaidInParts,         // share of the earlier invoices paid in several parts (or partly paid now)
    Amount,              // log(1 + this invoice's amount)
    TermsDays,           // months from issue to due
    AmountVsUsual,       // log amount − log usual amount
    RegionLateRate,      // the region's late rate, shrunk towards the portfolio's
    IndustryLateRate,    // the industry's, likewise
    ChannelLateRate,     // the sales channel's, likewise
    MonthsSincePrevious, // since the invoice before (at most 12)
    MeanDaysToSettle,    // from issue to settlement, months, on average (the terms without history)
    FeatureCount
};
// The names in the order of the features, as models store them.
const QStringList &featureNames();
} // namespace behaviour

// An invoice of a portfolio's history in compact form: the customer and its groups as numbers (the
// caller's), days as Julian day numbers. A million invoices take under 50 MB.
struct CompactInvoice
{
    static constexpr qint32 Never = std::numeric_limits<qint32>::max();

    qint32 customer = 0;
    qint32 region = 0;
    qint32 industry = 0;
    qint32 channel = 0;
    qint32 invoiceDay = 0;
    qint32 dueDay = 0;
    qint32 settledDay = Never;   // the day it was settled in full; Never while open
    qint32 firstPaidDay = Never; // the day the first money came; Never before any
    qint64 amount = 0;           // yen
    bool disputed = false;
};

// Behavioural features of chosen invoices, one row each, in order of issue (then of position). A row
// has the behaviour::FeatureCount features and then the caller's trailing columns (left 0), so that
// a model's other inputs join the same matrix without a copy.
struct FeatureTable
{
    std::size_t width = 0;
    std::vector<double> values;           // row-major
    std::vector<std::size_t> invoiceOf;   // per row: the invoice's position in the history
    std::vector<double> meanDaysToSettle; // per row: the customer's mean so far; −1 when none

    std::size_t rows() const { return invoiceOf.size(); }
    double *row(std::size_t r) { return values.data() + r * width; }
    const double *row(std::size_t r) const { return values.data() + r * width; }
};

// What was known of each chosen invoice's customer on its issue day: only invoices issued, settled,
// paid or overdue before that day count, and never the invoice's own dispute flag. Group late rates
// (region, industry, channel) come from the whole portfolio's invoices settled before that day,
// shrunk towards the portfolio's rate for small groups. Without wanted, every invoice is chosen.
FeatureTable behaviourTable(const std::vector<CompactInvoice> &history,
                            const std::vector<bool> *wanted = nullptr, std::size_t trailingColumns = 0);

} // namespace kaishu::screening
