#include "DemoBilling.h"

#include "DemoCreditReports.h"
#include "Dice.h"
#include "billing/InvoiceService.h"
#include "billing/OrderBook.h"
#include "parties/Identifiers.h"
#include "parties/PartyRepository.h"
#include "payments/PaymentService.h"
#include "screening/ScreeningService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>

#include <optional>

namespace kaishu::demo {

using billing::OrderLine;
using money::Decimal;
using money::TaxCategory;

namespace {

// Months of invoicing before this one: the demo's history.
constexpr int MonthsOfHistory = 15;

struct Item
{
    const char *code;
    const char *name;
    const char *unit;
    qint64 priceScaled; // yen × 10,000
    TaxCategory category;
    int maxQuantity;
};

// What the demo clients sell: office goods, services, and food and newspapers at the reduced rate.
constexpr Item Items[] = {
    {"OF-100", "事務用品セット", "個", 12'800'000, TaxCategory::Standard10, 20},
    {"OF-210", "コピー用紙 A4 (2500枚)", "箱", 33'000'000, TaxCategory::Standard10, 10},
    {"OF-330", "トナーカートリッジ", "本", 185'000'000, TaxCategory::Standard10, 4},
    {"SV-001", "保守サービス料", "式", 550'000'000, TaxCategory::Standard10, 1},
    {"SV-020", "技術支援", "時間", 88'000'000, TaxCategory::Standard10, 12},
    {"SV-090", "配送料", "回", 11'000'000, TaxCategory::Standard10, 3},
    {"FD-010", "緑茶 500ml", "ケース", 25'920'000, TaxCategory::Reduced8, 15},
    {"FD-120", "仕出し弁当", "食", 5'400'000, TaxCategory::Reduced8, 40},
    {"FD-300", "焼菓子詰合せ", "箱", 32'405'000, TaxCategory::Reduced8, 6},
    {"NP-001", "業界新聞 定期購読", "月", 44'000'000, TaxCategory::Reduced8, 1},
    {"EX-001", "収入印紙代（立替）", "枚", 2'000'000, TaxCategory::Exempt, 5},
};

// A registration number for the demo agency: T + a 法人番号 with its check digit.
QString agencyRegistrationNumber()
{
    const QString twelve = QStringLiteral("010401234567");
    return QStringLiteral("T") + QString::number(parties::corporateNumberCheckDigit(twelve)) + twelve;
}

void configure(billing::BillingSettingsStore &store, const QList<parties::Client> &clients)
{
    if (store.agency().name.isEmpty())
        store.saveAgency({QStringLiteral("回収サポート株式会社"), agencyRegistrationNumber(),
                          QStringLiteral("104-0061"), QStringLiteral("東京都中央区銀座1-2-3 銀座回収ビル5階"),
                          QStringLiteral("03-6000-1234"),
                          QStringLiteral("seikyu@kaishu-support.example.jp")});
    for (qsizetype i = 0; i < clients.size(); ++i) {
        billing::BillingSettings settings = store.settings(clients.at(i).id);
        if (settings.version > 0)
            continue;
        // Some variety a clerk meets: half-up rounding, the agency issuing (媒介者交付特例) for a
        // client, per-order invoices, a client's own number format and e-mail wording.
        if (i % 3 == 1)
            settings.rounding = money::RoundingMode::HalfUp;
        if (i == 2 || i == 5)
            settings.issuer = billing::IssuerMode::Agency;
        if (i == 3)
            settings.invoiceForm = billing::InvoiceForm::PerOrder;
        if (i == 4)
            settings.numberFormat = QStringLiteral("INV-{yy}{mm}-{seq:5}");
        settings.style.footer =
            QStringLiteral("恐れ入りますが、振込手数料は貴社にてご負担くださいますようお願い申し上げます。");
        store.save(settings);
    }
}

// How a customer pays: the share of invoices paid late and how late, part payments, and the
// month from which it stops paying (a failing business). Habits change: some customers get better
// or worse from a day on; and anyone may now and then pay very late (an invoice mislaid, a dispute).
struct PayingHabit
{
    int latePercent = 5;
    int lateMin = 1;
    int lateMax = 5;
    bool paysInPart = false;
    QDate stopsOn;

    static PayingHabit random(Dice &dice, QDate from, QDate today)
    {
        const int roll = dice.below(100);
        if (roll < 62) // punctual
            return {8, 1, 6, false, {}};
        if (roll < 82) // slow
            return {55, 3, 30, false, {}};
        if (roll < 94) // poor
            return {75, 10, 75, true, {}};
        // failing: pays late, then not at all
        return {80, 10, 60, true, from.addDays(dice.below(int(std::max<qint64>(1, from.daysTo(today)))))};
    }
};

struct PayingCustomer
{
    PayingHabit before;
    PayingHabit after;
    QDate changesOn;

    static PayingCustomer of(Dice &dice, QDate from, QDate today)
    {
        PayingCustomer customer{PayingHabit::random(dice, from, today), {}, {}};
        customer.after = customer.before;
        if (dice.chance(20)) {
            customer.after = PayingHabit::random(dice, from, today);
            customer.changesOn = from.addDays(dice.below(int(std::max<qint64>(1, from.daysTo(today)))));
        }
        return customer;
    }
    const PayingHabit &habitOn(QDate day) const
    {
        return changesOn.isValid() && day >= changesOn ? after : before;
    }
    // Days after the due date the invoice is paid (0: on the day), or nothing: never.
    std::optional<int> daysLate(Dice &dice, QDate dueDate) const
    {
        const PayingHabit &habit = habitOn(dueDate);
        if (habit.stopsOn.isValid() && dueDate >= habit.stopsOn)
            return std::nullopt;
        if (dice.chance(3))
            return 30 + dice.below(60);
        if (!dice.chance(habit.latePercent))
            return 0;
        return habit.lateMin + dice.below(habit.lateMax - habit.lateMin + 1);
    }
};

} // namespace

DemoBillingSummary DemoBilling::generate(storage::Database &database, quint64 seed, QDate today,
                                         const QString &actor, int customers)
{
    QElapsedTimer timer;
    timer.start();
    Dice dice(seed ^ 0x5eed'b111'0000ull);
    DemoBillingSummary summary;
    storage::Transaction transaction(database);
    billing::InvoiceService service(database, actor);
    parties::PartyRepository parties(database);
    const QList<parties::Client> clients = parties.clients();
    configure(service.settings(), clients);
    // The demo's user supervises: some customers go over their limits, and the demo approves it.
    screening::ScreeningService screening(database, actor);
    if (screening.supervisors().isEmpty())
        screening.setSupervisors({actor});

    // The customers who buy: active accounts, spread over the clients.
    QList<parties::Account> buyers;
    QSqlQuery accounts =
        database.exec(QStringLiteral("SELECT id FROM accounts WHERE status = 'active' ORDER BY id"));
    while (accounts.next() && buyers.size() < customers) {
        if (dice.chance(60))
            buyers.append(*parties.accountById(accounts.value(0).toLongLong()));
    }

    // Fifteen months back and this month up to today: enough paying history to train screening.
    const QDate thisMonth(today.year(), today.month(), 1);
    QList<OrderLine> lines;
    int orderNumber =
        100000 + int(database.scalar(QStringLiteral("SELECT COUNT(*) FROM order_lines")).toLongLong());
    for (int monthsBack = MonthsOfHistory; monthsBack >= 0; --monthsBack) {
        const QDate month = thisMonth.addMonths(-monthsBack);
        const int lastDay = monthsBack == 0 ? today.day() : month.daysInMonth();
        for (const parties::Account &account : std::as_const(buyers)) {
            const int orders = dice.below(4);
            for (int o = 0; o < orders; ++o) {
                const QDate delivered = month.addDays(dice.below(lastDay));
                const QDate ordered = delivered.addDays(-dice.below(6));
                const QString number = QStringLiteral("OD-%1").arg(++orderNumber);
                const int count = 1 + dice.below(3);
                for (int l = 0; l < count; ++l) {
                    const Item &item = dice.pick(Items);
                    OrderLine line;
                    line.clientId = account.clientId;
                    line.accountId = account.id;
                    line.orderNumber = number;
                    line.lineNumber = l + 1;
                    line.orderDate = ordered;
                    line.deliveryDate = delivered;
                    line.itemCode = QString::fromUtf8(item.code);
                    line.description = QString::fromUtf8(item.name);
                    line.unit = QString::fromUtf8(item.unit);
                    line.quantity =
                        item.maxQuantity == 1 ? Decimal::fromInt(1)
                        : item.category == TaxCategory::Standard10 && dice.chance(10)
                            ? Decimal::fromScaled(5'000 + 10'000 * qint64(dice.below(item.maxQuantity)))
                            : Decimal::fromInt(1 + dice.below(item.maxQuantity));
                    line.unitPrice = Decimal::fromScaled(item.priceScaled);
                    line.category = item.category;
                    line.priceMode = account.id % 7 == 0 ? billing::PriceMode::TaxIncluded
                                                         : billing::PriceMode::TaxExcluded;
                    lines.append(line);
                }
            }
        }
    }
    billing::OrderBook(database, actor).addLines(lines);
    summary.orderLines = int(lines.size());

    // Past closings, in date order: each client's run on each closing day its customers use.
    QList<QDate> closings;
    for (int monthsBack = MonthsOfHistory; monthsBack >= 1; --monthsBack) {
        const QDate month = thisMonth.addMonths(-monthsBack);
        for (int day : {15, 20, 25})
            closings << QDate(month.year(), month.month(), day);
        closings << QDate(month.year(), month.month(), month.daysInMonth());
    }
    for (const QDate &closing : std::as_const(closings)) {
        if (closing >= today)
            continue;
        for (const parties::Client &client : clients) {
            const billing::BillingRunPlan plan = service.runBilling(client.id, closing, closing);
            QList<qint64> ids;
            for (const billing::Invoice &draft : plan.drafts)
                ids << draft.id;
            if (!ids.isEmpty())
                summary.invoices += int(service.issue(ids, closing, true).size());
        }
    }

    // Payments, by each customer's habit: most pay on the due date, some late, a few very late or in
    // part, and a few stop paying; only what was paid before today is recorded.
    payments::PaymentService payments(database, actor);
    QHash<qint64, PayingCustomer> habits;
    for (const parties::Account &account : std::as_const(buyers))
        habits.insert(account.id, PayingCustomer::of(dice, thisMonth.addMonths(-MonthsOfHistory), today));
    billing::InvoiceFilter due;
    due.status = billing::InvoiceStatus::Issued;
    for (const billing::Invoice &invoice : service.book().invoices(due)) {
        if (!invoice.dueDate.isValid() || invoice.dueDate >= today)
            continue;
        const PayingCustomer customer = habits.value(invoice.accountId);
        const std::optional<int> late = customer.daysLate(dice, invoice.dueDate);
        const money::Yen balance = invoice.balance();
        if (late && *late > 0 && customer.habitOn(invoice.dueDate).paysInPart && balance > money::Yen(1000) &&
            dice.chance(40)) {
            // Half on the due date, the rest late.
            const money::Yen half(balance.value() / 2);
            payments.recordPayment(invoice.id, half, invoice.dueDate);
            if (invoice.dueDate.addDays(*late) < today)
                payments.recordPayment(invoice.id, balance - half, invoice.dueDate.addDays(*late));
        } else if (late && invoice.dueDate.addDays(*late) < today) {
            payments.recordPayment(invoice.id, balance, invoice.dueDate.addDays(*late));
        }
        const bool paid = late && invoice.dueDate.addDays(*late) < today;
        ++(paid ? summary.paid : summary.overdue);
    }
    // What the credit agencies say of the debtors, in step with how they paid.
    summary.creditReports = DemoCreditReports::generate(database, seed, today, actor).reports;
    // Screening as the agency would have it: last month's run and today's, each by the model trained
    // on the history known then (the expert card where the history is too thin).
    for (const QDate asOf : {today.addMonths(-1), today}) {
        try {
            summary.modelAuc = screening.train(asOf).auc;
        } catch (const screening::ScreeningError &) {
            summary.modelAuc = 0;
        }
        screening::ScreeningRunOptions options;
        options.asOf = asOf;
        summary.screened = screening.run(options).accounts;
    }
    transaction.commit();
    summary.milliseconds = timer.elapsed();
    return summary;
}

} // namespace kaishu::demo
