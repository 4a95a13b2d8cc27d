#include "DemoCreditReports.h"

#include "Dice.h"
#include "parties/Parties.h"
#include "screening/CreditReports.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace kaishu::demo {

using money::Yen;
using screening::CreditReport;

namespace {

// How a debtor paid the demo's invoices: those due before today, those of them paid after the due
// date or not paid in full by today, and those still unpaid.
struct PaymentRecord
{
    int due = 0;
    int late = 0;
    int unpaid = 0;
};

QHash<qint64, PaymentRecord> paymentRecords(storage::Database &database, QDate today)
{
    // An invoice is settled on the value date of the last payment allocated to it.
    QSqlQuery query = database.exec(
        QStringLiteral("SELECT a.debtor_id, i.due_date, i.status, (SELECT MAX(t.value_date) FROM "
                       "payment_allocations pa JOIN bank_transactions t ON t.id = pa.transaction_id WHERE "
                       "pa.invoice_id = i.id AND pa.reversed_at IS NULL) FROM invoices i JOIN accounts a ON "
                       "a.id = i.account_id WHERE i.kind = 'invoice' AND i.status IN ('issued', 'sent', "
                       "'partly_paid', 'paid') AND i.due_date < ?"),
        {today.toString(Qt::ISODate)});
    QHash<qint64, PaymentRecord> records;
    while (query.next()) {
        PaymentRecord &record = records[query.value(0).toLongLong()];
        const QDate dueDate = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        const QDate settled = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        const bool paid = query.value(2).toString() == QLatin1String("paid");
        ++record.due;
        if (!paid)
            ++record.unpaid;
        if (!paid || (settled.isValid() && settled > dueDate))
            ++record.late;
    }
    return records;
}

// Capital in yen and the head count that usually goes with it.
struct Size
{
    qint64 capital;
    int employees;
};

constexpr Size Sizes[] = {{1'000'000, 3},   {3'000'000, 5},     {5'000'000, 8},
                          {10'000'000, 15}, {20'000'000, 25},   {30'000'000, 40},
                          {50'000'000, 70}, {100'000'000, 150}, {300'000'000, 400}};

constexpr const char *OrdinaryNotes[] = {
    "主力銀行との取引は安定", "代表者交代（前期）", "設備投資のため借入増加", "取引先の分散が進む",
    "公共工事の受注増",       "原材料高で減益",     "本社移転（前期）",
};

// Rounded down to whole thousands of yen, as the reports give figures.
qint64 thousands(qint64 yen)
{
    return yen / 1000 * 1000;
}

std::optional<Yen> known(Dice &dice, int unknownPercent, qint64 yen)
{
    return dice.chance(unknownPercent) ? std::nullopt : std::optional<Yen>(Yen(thousands(yen)));
}

std::optional<int> knownCount(Dice &dice, int unknownPercent, int value)
{
    return dice.chance(unknownPercent) ? std::nullopt : std::optional<int>(value);
}

} // namespace

DemoCreditReportSummary DemoCreditReports::generate(storage::Database &database, quint64 seed, QDate today,
                                                    const QString &actor)
{
    DemoCreditReportSummary summary;
    storage::Transaction transaction(database);
    screening::CreditReportBook book(database, actor);
    const QHash<qint64, PaymentRecord> records = paymentRecords(database, today);
    const QString person = parties::toCode(parties::DebtorKind::Person);

    QList<std::pair<qint64, bool>> debtors; // id, a person (sole proprietor)
    QSqlQuery query = database.exec(
        QStringLiteral("SELECT d.id, d.kind FROM debtors d WHERE NOT EXISTS (SELECT 1 FROM credit_reports r "
                       "WHERE r.debtor_id = d.id) ORDER BY d.id"));
    while (query.next())
        debtors.append({query.value(0).toLongLong(), query.value(1).toString() == person});

    for (const auto &[debtorId, isPerson] : std::as_const(debtors)) {
        // Each debtor's own dice: whether it has reports, and what they say, depend on the seed and the
        // debtor, not on the debtors before it — so a second run gives those without reports none.
        Dice dice(seed ^ 0xc4ed'17e9'0000ull ^ (quint64(debtorId) * 0x9e37'79b9'7f4a'7c15ull));
        if (!dice.chance(80))
            continue;
        // The standing a report finds: most firms in the middle, few very strong or weak; a debtor
        // that leaves its invoices unpaid stands lower.
        int score = 36 + dice.below(16) + dice.below(16) + dice.below(16);
        if (isPerson)
            score -= 6;
        const PaymentRecord record = records.value(debtorId);
        if (record.due > 0) {
            score -= (20 * record.late + record.due / 2) / record.due + (record.unpaid > 0 ? 5 : 0);
            if (record.late == 0 && record.due >= 3)
                score += 3;
        }
        score = std::clamp(score, 30, 80);
        const bool paysLate = record.due > 0 && record.late * 3 >= record.due; // a third or more
        const int strength = score - 30;                                       // 0–50

        CreditReport latest;
        latest.debtorId = debtorId;
        latest.source = dice.chance(70) ? QStringLiteral("TDB") : QStringLiteral("TSR");
        latest.reportDate = today.addDays(-(7 + dice.below(290)));
        latest.score = score;
        int employees = 1 + dice.below(4);
        if (!isPerson) {
            // A sole proprietor has no capital; a company's goes with its standing.
            const int size = std::clamp(strength / 7 + dice.below(4) - 1, 0, int(std::size(Sizes)) - 1);
            latest.capital = Yen(Sizes[size].capital);
            employees = std::max(1, Sizes[size].employees * (70 + dice.below(61)) / 100);
        }
        latest.employees = knownCount(dice, 5, employees);
        latest.yearsInBusiness = knownCount(dice, 3, 1 + strength * 3 / 5 + dice.below(12));
        const qint64 revenue = qint64(employees) * (12'000 + dice.below(30'000)) * 1000;
        latest.revenue = known(dice, 12, revenue);
        // Net assets against revenue: weak firms are sometimes in 債務超過 (negative).
        const bool insolvent = score < 45 && dice.chance(25);
        const qint64 netAssets = insolvent ? -revenue * (1 + dice.below(12)) / 100
                                           : revenue * (3 + strength * 2 / 5 + dice.below(10)) / 100;
        latest.netAssets =
            insolvent ? std::optional<Yen>(Yen(thousands(netAssets))) : known(dice, 10, netAssets);
        int ratio = std::max(300, 450 + strength * 20 + dice.below(500));
        if (insolvent)
            ratio = ratio * 2 / 3;
        latest.currentRatioPerMille = knownCount(dice, 15, ratio);
        if (insolvent)
            latest.notes = QStringLiteral("債務超過。代表者による資金支援あり");
        else if (paysLate && dice.chance(50))
            latest.notes = QStringLiteral("支払遅延の情報あり");
        else if (score >= 65 && dice.chance(30))
            latest.notes = QStringLiteral("増収増益。財務内容良好");
        else if (dice.chance(15))
            latest.notes = QString::fromUtf8(dice.pick(OrdinaryNotes));

        // An earlier report, a year before: a debtor that pays late now stood better then.
        if (dice.chance(35)) {
            CreditReport earlier = latest;
            earlier.notes.clear();
            earlier.reportDate = latest.reportDate.addDays(-(330 + dice.below(90)));
            if (dice.chance(15))
                earlier.source = latest.source == u"TDB" ? QStringLiteral("TSR") : QStringLiteral("TDB");
            earlier.score =
                std::clamp(paysLate ? score + 2 + dice.below(6) : score + dice.below(7) - 3, 30, 80);
            if (earlier.employees)
                earlier.employees = std::max(1, *earlier.employees * (90 + dice.below(21)) / 100);
            if (earlier.yearsInBusiness)
                earlier.yearsInBusiness = std::max(1, *earlier.yearsInBusiness - 1);
            if (earlier.revenue)
                earlier.revenue = Yen(thousands(earlier.revenue->value() * (92 + dice.below(17)) / 100));
            if (earlier.netAssets)
                earlier.netAssets =
                    Yen(thousands(insolvent ? revenue * (dice.below(4)) / 100
                                            : earlier.netAssets->value() * (85 + dice.below(16)) / 100));
            if (earlier.currentRatioPerMille)
                earlier.currentRatioPerMille =
                    std::max(300, *earlier.currentRatioPerMille + dice.below(201) - 100);
            book.add(earlier);
            ++summary.reports;
        }
        book.add(latest);
        ++summary.reports;
        ++summary.debtors;
    }
    transaction.commit();
    return summary;
}

} // namespace kaishu::demo
