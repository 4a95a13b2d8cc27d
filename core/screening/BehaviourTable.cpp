#include "BehaviourTable.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <thread>

namespace kaishu::screening {

namespace {

// A small group's late rate counts for little: (late + m·overall) / (n + m).
constexpr double ShrinkageWeight = 20;
// Lateness beyond this many days is not told apart (a lost invoice, a dispute): it only adds noise.
constexpr double LatenessCap = 120;
// How many settlements make "recent".
constexpr std::size_t RecentSettlements = 3;

// Late and settled counts per group number, grown as groups appear.
struct GroupRates
{
    std::vector<std::pair<double, double>> lateAndCount;

    void add(qint32 group, double late)
    {
        if (std::size_t(group) >= lateAndCount.size())
            lateAndCount.resize(std::size_t(group) + 1, {0.0, 0.0});
        lateAndCount[std::size_t(group)].first += late;
        lateAndCount[std::size_t(group)].second += 1;
    }
    double rate(qint32 group, double overall) const
    {
        const auto [late, count] =
            std::size_t(group) < lateAndCount.size() ? lateAndCount[std::size_t(group)] : std::pair{0.0, 0.0};
        return (late + ShrinkageWeight * overall) / (count + ShrinkageWeight);
    }
};

// The group rates of the chosen invoices as they stood on their issue days: one pass through the
// portfolio in order of issue, taking in the settlements made before each day. By row.
std::vector<std::array<double, 3>> groupRatesOf(const std::vector<CompactInvoice> &history,
                                                const std::vector<std::size_t> &byIssue,
                                                const std::vector<std::size_t> &rowOf, std::size_t rows)
{
    std::vector<std::size_t> settlements;
    for (std::size_t i = 0; i < history.size(); ++i) {
        if (history[i].settledDay != CompactInvoice::Never)
            settlements.push_back(i);
    }
    std::sort(settlements.begin(), settlements.end(),
              [&](std::size_t a, std::size_t b) { return history[a].settledDay < history[b].settledDay; });
    GroupRates regions, industries, channels;
    double late = 0, settledCount = 0;
    std::size_t next = 0;
    std::vector<std::array<double, 3>> rates(rows);
    for (const std::size_t i : byIssue) {
        const CompactInvoice &invoice = history[i];
        if (rowOf[i] == std::size_t(-1))
            continue;
        while (next < settlements.size() && history[settlements[next]].settledDay < invoice.invoiceDay) {
            const CompactInvoice &settled = history[settlements[next++]];
            const double wasLate = settled.settledDay > settled.dueDay ? 1 : 0;
            late += wasLate;
            settledCount += 1;
            regions.add(settled.region, wasLate);
            industries.add(settled.industry, wasLate);
            channels.add(settled.channel, wasLate);
        }
        const double overall = (late + 1) / (settledCount + 2);
        rates[rowOf[i]] = {regions.rate(invoice.region, overall), industries.rate(invoice.industry, overall),
                           channels.rate(invoice.channel, overall)};
    }
    return rates;
}

// The features of one invoice from its customer's earlier invoices (in order of issue).
void fillRow(const std::vector<CompactInvoice> &history, const std::size_t *earlier, std::size_t earlierCount,
             const CompactInvoice &invoice, const std::array<double, 3> &rates, double *out,
             double *meanDaysToSettle)
{
    using namespace behaviour;
    const qint32 today = invoice.invoiceDay;
    double prior = 0, settled = 0, lateCount = 0, daysLateSum = 0, maxLate = 0, latenessSum = 0;
    double openOverdue = 0, oldestOverdue = 0, open = 0, openAmount = 0, disputes = 0, inParts = 0;
    double amountSum = 0, toSettleSum = 0;
    qint32 previous = CompactInvoice::Never;
    // The latest settlements: settled day and days late, newest last.
    std::array<std::pair<qint32, double>, RecentSettlements> recent{};
    std::size_t recentCount = 0;
    for (std::size_t j = 0; j < earlierCount; ++j) {
        const CompactInvoice &before = history[earlier[j]];
        if (before.invoiceDay >= today)
            break;
        prior += 1;
        disputes += before.disputed ? 1 : 0;
        amountSum += double(before.amount);
        previous = before.invoiceDay;
        const bool settledBefore = before.settledDay < today;
        // In parts: money came before the day and the invoice was not completed by it then.
        inParts += before.firstPaidDay < today && before.firstPaidDay < before.settledDay ? 1 : 0;
        if (settledBefore) {
            settled += 1;
            const double lateness =
                std::clamp(double(before.settledDay - before.dueDay), -LatenessCap, LatenessCap);
            lateCount += lateness > 0 ? 1 : 0;
            daysLateSum += std::max(0.0, lateness);
            maxLate = std::max(maxLate, lateness);
            latenessSum += lateness;
            toSettleSum += double(before.settledDay - before.invoiceDay);
            const std::pair<qint32, double> entry{before.settledDay, std::max(0.0, lateness)};
            // Kept sorted by settled day, the oldest dropped when full.
            if (recentCount < RecentSettlements) {
                recent[recentCount++] = entry;
                std::sort(recent.begin(), recent.begin() + std::ptrdiff_t(recentCount));
            } else if (entry >= recent[0]) {
                recent[0] = entry;
                std::sort(recent.begin(), recent.end());
            }
        } else {
            open += 1;
            openAmount += double(before.amount);
            if (before.dueDay < today) {
                openOverdue += 1;
                oldestOverdue = std::max(oldestOverdue, double(today - before.dueDay));
            }
        }
    }
    double recentLate = 0;
    for (std::size_t r = 0; r < recentCount; ++r)
        recentLate += recent[r].second;
    recentLate = recentCount > 0 ? recentLate / double(recentCount) : 0;
    const double terms = double(invoice.dueDay - invoice.invoiceDay);
    const double amount = std::log1p(std::max<double>(0, double(invoice.amount)));
    const double usualAmount = prior > 0 ? amountSum / prior : std::max<double>(1, double(invoice.amount));
    const double usual = prior > 0 ? std::log1p(usualAmount) : amount;
    *meanDaysToSettle = settled > 0 ? toSettleSum / settled : -1;
    out[HasHistory] = settled > 0 ? 1.0 : 0.0;
    out[PriorInvoices] = std::log1p(prior);
    out[SettledInvoices] = std::log1p(settled);
    out[ShareLate] = settled > 0 ? lateCount / settled : 0;
    out[MeanDaysLate] = settled > 0 ? daysLateSum / settled : 0;
    out[MaxDaysLate] = maxLate / 30;
    out[RecentDaysLate] = recentLate;
    out[MeanLateness] = settled > 0 ? latenessSum / settled : 0;
    out[OpenOverdue] = std::log1p(openOverdue);
    out[OldestOverdueDays] = std::min(oldestOverdue, 365.0) / 30;
    out[OpenInvoices] = std::log1p(open);
    out[OpenAmountVsUsual] = std::log1p(openAmount / std::max(1.0, usualAmount));
    out[PriorDisputes] = prior > 0 ? disputes / prior : 0;
    out[PaidInParts] = prior > 0 ? inParts / prior : 0;
    out[Amount] = amount;
    out[TermsDays] = terms / 30;
    out[AmountVsUsual] = amount - usual;
    out[RegionLateRate] = rates[0];
    out[IndustryLateRate] = rates[1];
    out[ChannelLateRate] = rates[2];
    out[MonthsSincePrevious] =
        previous != CompactInvoice::Never ? std::min(12.0, double(today - previous) / 30) : 0;
    out[MeanDaysToSettle] = settled > 0 ? toSettleSum / settled / 30 : terms / 30;
}

} // namespace

const QStringList &behaviour::featureNames()
{
    static const QStringList names{QStringLiteral("has_history"),
                                   QStringLiteral("prior_invoices"),
                                   QStringLiteral("settled_invoices"),
                                   QStringLiteral("share_late"),
                                   QStringLiteral("mean_days_late"),
                                   QStringLiteral("max_days_late"),
                                   QStringLiteral("recent_days_late"),
                                   QStringLiteral("mean_lateness"),
                                   QStringLiteral("open_overdue"),
                                   QStringLiteral("oldest_overdue_days"),
                                   QStringLiteral("open_invoices"),
                                   QStringLiteral("open_amount_vs_usual"),
                                   QStringLiteral("prior_disputes"),
                                   QStringLiteral("paid_in_parts"),
                                   QStringLiteral("amount"),
                                   QStringLiteral("terms_days"),
                                   QStringLiteral("amount_vs_usual"),
                                   QStringLiteral("region_late_rate"),
                                   QStringLiteral("industry_late_rate"),
                                   QStringLiteral("channel_late_rate"),
                                   QStringLiteral("months_since_previous"),
                                   QStringLiteral("mean_days_to_settle")};
    Q_ASSERT(std::size_t(names.size()) == behaviour::FeatureCount);
    return names;
}

FeatureTable behaviourTable(const std::vector<CompactInvoice> &history, const std::vector<bool> *wanted,
                            std::size_t trailingColumns)
{
    const std::size_t count = history.size();
    // The portfolio in order of issue (then of position): the rows' order.
    std::vector<std::size_t> byIssue(count);
    std::iota(byIssue.begin(), byIssue.end(), std::size_t(0));
    std::sort(byIssue.begin(), byIssue.end(), [&](std::size_t a, std::size_t b) {
        return history[a].invoiceDay != history[b].invoiceDay ? history[a].invoiceDay < history[b].invoiceDay
                                                              : a < b;
    });
    FeatureTable table;
    table.width = behaviour::FeatureCount + trailingColumns;
    std::vector<std::size_t> rowOf(count, std::size_t(-1));
    for (const std::size_t i : byIssue) {
        if (!wanted || (*wanted)[i]) {
            rowOf[i] = table.invoiceOf.size();
            table.invoiceOf.push_back(i);
        }
    }
    table.values.assign(table.rows() * table.width, 0.0);
    table.meanDaysToSettle.assign(table.rows(), -1);
    const std::vector<std::array<double, 3>> rates = groupRatesOf(history, byIssue, rowOf, table.rows());

    // Each customer's invoices in order of issue: the issue order, stably grouped by customer.
    std::vector<std::size_t> byCustomer = byIssue;
    std::stable_sort(byCustomer.begin(), byCustomer.end(),
                     [&](std::size_t a, std::size_t b) { return history[a].customer < history[b].customer; });
    std::vector<std::pair<std::size_t, std::size_t>> customers; // [from, to) in byCustomer
    for (std::size_t from = 0; from < count;) {
        std::size_t to = from + 1;
        while (to < count && history[byCustomer[to]].customer == history[byCustomer[from]].customer)
            ++to;
        customers.emplace_back(from, to);
        from = to;
    }
    // Customers are independent: two threads share them on a large portfolio.
    const auto fill = [&](std::size_t firstCustomer, std::size_t lastCustomer) {
        for (std::size_t c = firstCustomer; c < lastCustomer; ++c) {
            const auto [from, to] = customers[c];
            for (std::size_t k = from; k < to; ++k) {
                const std::size_t row = rowOf[byCustomer[k]];
                if (row == std::size_t(-1))
                    continue;
                fillRow(history, byCustomer.data() + from, k - from, history[byCustomer[k]], rates[row],
                        table.row(row), &table.meanDaysToSettle[row]);
            }
        }
    };
    constexpr std::size_t ParallelFrom = 50'000;
    if (table.rows() >= ParallelFrom && std::thread::hardware_concurrency() > 1) {
        std::thread second(fill, customers.size() / 2, customers.size());
        fill(0, customers.size() / 2);
        second.join();
    } else {
        fill(0, customers.size());
    }
    return table;
}

} // namespace kaishu::screening
