// External credit reports on SQLite and (label postgres) PostgreSQL: added with validation and an
// audit record, kept over time (the latest up to a date is the one used), and imported from CSV all
// or nothing, every problem named by line and field.
#include "TestDatabase.h"
#include "audit/AuditTrail.h"
#include "parties/FieldError.h"
#include "parties/PartyService.h"
#include "screening/CreditReports.h"
#include "storage/Database.h"

#include <QTest>

using namespace kaishu;
using money::Yen;
using screening::CreditReport;

namespace {

struct Fixture
{
    tests::TestDatabase test;
    std::unique_ptr<storage::Database> database = test.open();
    parties::PartyService parties{*database, QStringLiteral("clerk")};
    screening::CreditReportBook book{*database, QStringLiteral("clerk")};
    qint64 debtorId = 0;

    Fixture()
    {
        parties::Client client;
        client.code = QStringLiteral("C001");
        client.name = QStringLiteral("株式会社みらい食品");
        client.terms = *calendar::PaymentTerms::parse(QStringLiteral("月末締め翌月末払い"));
        client = parties.createClient(client);
        parties::Debtor debtor;
        debtor.name = QStringLiteral("株式会社山田商事");
        debtor.nameKana = QStringLiteral("ヤマダショウジ");
        debtor.payerName = QStringLiteral("ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ");
        debtor = parties.createDebtor(debtor);
        debtorId = debtor.id;
        parties::Account account;
        account.clientId = client.id;
        account.debtorId = debtor.id;
        account.customerCode = QStringLiteral("K001");
        account.terms = client.terms;
        parties.createAccount(account);
    }
    qint64 count() const
    {
        return database->scalar(QStringLiteral("SELECT COUNT(*) FROM credit_reports")).toLongLong();
    }
    CreditReport report(const QDate &date, int score) const
    {
        CreditReport report;
        report.debtorId = debtorId;
        report.source = QStringLiteral("TDB");
        report.reportDate = date;
        report.score = score;
        report.capital = Yen(30'000'000);
        report.netAssets = Yen(-2'000'000);
        report.currentRatioPerMille = 1355;
        return report;
    }
};

QStringList fieldsOf(const parties::ValidationError &error)
{
    QStringList fields;
    for (const parties::FieldError &field : error.errors())
        fields << field.field;
    return fields;
}

} // namespace

class TestCreditReports : public QObject
{
    Q_OBJECT

private slots:
    void keptOverTimeAndAudited()
    {
        Fixture f;
        const CreditReport older = f.book.add(f.report(QDate(2025, 4, 1), 48));
        const CreditReport newer = f.book.add(f.report(QDate(2026, 4, 1), 55));
        QVERIFY(older.id > 0 && newer.id > older.id);
        const QList<CreditReport> all = f.book.reports(f.debtorId);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().score, 55); // newest first
        QCOMPARE(all.first().netAssets, Yen(-2'000'000));
        QCOMPARE(all.first().currentRatioPerMille, 1355);
        QVERIFY(!all.first().employees.has_value());
        // As of a date: the latest report not after it.
        QCOMPARE(f.book.latest(f.debtorId, QDate(2025, 12, 31))->score, 48);
        QCOMPARE(f.book.latest(f.debtorId, QDate(2026, 4, 1))->score, 55);
        QVERIFY(!f.book.latest(f.debtorId, QDate(2025, 3, 31)));
        QCOMPARE(f.book.latest(f.debtorId, QDate(2026, 5, 1))->facts().score, 55);
        QCOMPARE(f.database
                     ->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'credit_report'"))
                     .toInt(),
                 2);
        QVERIFY(audit::AuditTrail::verify(*f.database).isIntact());
    }

    void refusedWithTheFieldsNamed()
    {
        Fixture f;
        CreditReport bad = f.report(QDate(2026, 4, 1), 120);
        bad.source.clear();
        bad.employees = -3;
        try {
            f.book.add(bad);
            QFAIL("a report with a score of 120 was kept");
        } catch (const parties::ValidationError &error) {
            QCOMPARE(fieldsOf(error), (QStringList{QStringLiteral("source"), QStringLiteral("score"),
                                                   QStringLiteral("employees")}));
        }
        CreditReport stranger = f.report(QDate(2026, 4, 1), 50);
        stranger.debtorId = 9999;
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError, f.book.add(stranger));
        QCOMPARE(f.count(), 0);
    }

    void csvAllOrNothing()
    {
        Fixture f;
        const QByteArray header = "client_code,customer_code,source,report_date,score,capital,employees,"
                                  "years_in_business,revenue,net_assets,current_ratio,notes\n";
        // Line 3: a score out of range and a ratio that is not one; line 4: an unknown customer.
        const QByteArray bad =
            header + "C001,K001,TDB,2026-04-01,52,\"30,000,000\",45,18,,\"12,000,000\",135.5,\n" +
            "C001,K001,TSR,2026-05-01,120,,,,,,high,\n" + "C001,K999,TDB,2026-05-01,50,,,,,,,\n";
        const screening::CreditReportImport refused = f.book.importCsv(bad);
        QVERIFY(!refused.committed);
        QCOMPARE(f.count(), 0);
        const QString problems = refused.problems.join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("line 3, score")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("line 3, current_ratio")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("line 4, customer_code")), qPrintable(problems));
        QVERIFY2(!problems.contains(QStringLiteral("line 2")), qPrintable(problems));

        const QByteArray good = header +
                                "C001,K001,TDB,2026-04-01,52,\"30,000,000\",45,18,,\"12,000,000\",135.5,\n" +
                                "C001,K001,TSR,2026/05/01,61,,,,,,,東京商工リサーチ\n";
        const screening::CreditReportImport dry = f.book.importCsv(good, true);
        QCOMPARE(dry.added, 2);
        QVERIFY(!dry.committed);
        QCOMPARE(f.count(), 0);
        const screening::CreditReportImport imported = f.book.importCsv(good);
        QVERIFY2(imported.committed, qPrintable(imported.problems.join(QLatin1Char('\n'))));
        QCOMPARE(imported.added, 2);
        const QList<CreditReport> reports = f.book.reports(f.debtorId);
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports.first().source, QStringLiteral("TSR"));
        QCOMPARE(reports.last().capital, Yen(30'000'000));
        QCOMPARE(reports.last().currentRatioPerMille, 1355);
        QCOMPARE(reports.last().yearsInBusiness, 18);

        // An unknown column is named, not ignored.
        const screening::CreditReportImport odd = f.book.importCsv(
            "client_code,customer_code,source,report_date,rating\nC001,K001,TDB,2026-04-01,A\n");
        QVERIFY(!odd.committed);
        QVERIFY2(odd.problems.join(QLatin1Char(' ')).contains(QStringLiteral("rating")),
                 qPrintable(odd.problems.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestCreditReports)
#include "tst_creditreports.moc"
