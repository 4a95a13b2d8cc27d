#include "DemoPaymentHistory.h"

#include <QRandomGenerator>

#include <cmath>

namespace kaishu::demo {

namespace {

struct Group
{
    const char *code;
    double lateness; // added to the customer's propensity to pay late
};

// JSIC sections and prefectures with the portfolio's usual differences in paying late.
constexpr Group Industries[] = {{"D", 0.5}, {"E", -0.2}, {"G", -0.4}, {"I", 0.2},
                                {"K", 0.3}, {"M", 0.7},  {"P", -0.5}, {"R", 0.1}};
constexpr Group Regions[] = {{"13", -0.1}, {"27", 0.3}, {"23", -0.3}, {"14", 0.0},
                             {"40", 0.4},  {"01", 0.2}, {"26", 0.1},  {"47", 0.6}};
constexpr Group Channels[] = {{"email", -0.1}, {"post", 0.2}, {"portal", -0.3}};

double normal(QRandomGenerator &random)
{
    // Box–Muller.
    const double u = std::max(1e-12, random.generateDouble());
    const double v = random.generateDouble();
    return std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * v);
}

template<std::size_t N> const Group &pick(QRandomGenerator &random, const Group (&groups)[N])
{
    return groups[random.bounded(int(N))];
}

} // namespace

QList<screening::HistoryInvoice> DemoPaymentHistory::generate(quint64 seed, int customers, QDate from,
                                                              QDate to)
{
    QRandomGenerator random(quint32(seed * 2654435761u + 17u));
    QList<screening::HistoryInvoice> history;
    for (int c = 0; c < customers; ++c) {
        const Group &industry = pick(random, Industries);
        const Group &region = pick(random, Regions);
        const Group &channel = pick(random, Channels);
        double propensity = normal(random) + industry.lateness + region.lateness + channel.lateness;
        // Some customers change: from a month on they pay worse (or better).
        const int turn = random.bounded(100);
        const QDate changeOn = from.addDays(random.bounded(int(std::max<qint64>(1, from.daysTo(to)))));
        const double change = turn < 15 ? 1.5 : turn < 25 ? -1.0 : 0.0;
        const bool stopsPaying = random.bounded(100) < 3;
        const QDate stopsOn = from.addDays(random.bounded(int(std::max<qint64>(1, from.daysTo(to)))));
        const int termsMonths = random.bounded(100) < 70 ? 1 : 2; // 月末締め翌月末 or 翌々月末
        const double scale = std::exp(11 + 1.2 * normal(random)); // typical amount, yen
        const int frequency = 55 + random.bounded(45);            // % of months with an invoice
        const QString customerId = QStringLiteral("D%1").arg(c + 1, 5, 10, QLatin1Char('0'));
        int number = 0;
        for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
            if (random.bounded(100) >= frequency)
                continue;
            screening::HistoryInvoice invoice;
            invoice.customerId = customerId;
            invoice.invoiceId =
                QStringLiteral("%1-%2").arg(customerId).arg(++number, 3, 10, QLatin1Char('0'));
            invoice.invoiceDate = QDate(month.year(), month.month(), month.daysInMonth());
            if (invoice.invoiceDate > to)
                break;
            const QDate dueMonth = invoice.invoiceDate.addMonths(termsMonths);
            invoice.dueDate = QDate(dueMonth.year(), dueMonth.month(), dueMonth.daysInMonth());
            invoice.amount =
                std::max<qint64>(1'100, qint64(scale * std::exp(0.4 * normal(random))) / 10 * 10);
            invoice.region = QString::fromLatin1(region.code);
            invoice.industry = QString::fromLatin1(industry.code);
            invoice.channel = QString::fromLatin1(channel.code);
            const double now = propensity + (invoice.invoiceDate >= changeOn ? change : 0.0);
            // Late with a probability rising with the propensity; how late grows with it too.
            const double pLate = 1 / (1 + std::exp(-(now - 0.6)));
            QDate settled;
            if (random.generateDouble() < pLate) {
                const double mean = 4 + 12 * std::max(0.0, now);
                settled = invoice.dueDate.addDays(
                    1 + qint64(-mean * std::log(std::max(1e-9, random.generateDouble()))));
            } else {
                settled = invoice.dueDate.addDays(-random.bounded(6));
            }
            if (random.bounded(100) < 3) {
                invoice.disputed = true;
                settled = settled.addDays(30 + random.bounded(60));
            }
            if (!(stopsPaying && invoice.invoiceDate >= stopsOn) && settled <= to)
                invoice.settledDate = settled;
            history.append(invoice);
        }
    }
    return history;
}

} // namespace kaishu::demo
