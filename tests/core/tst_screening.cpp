// Screening on the portfolio's own data, on SQLite and (label postgres) PostgreSQL: the expert card
// before a model, training on the history with its measured quality, results as of a date that use
// nothing later, downgrades and score stability between runs, cancel, supervisor overrides and the
// limits in force against what the accounts owe.
#include "PortfolioHistoryFixture.h"
#include "TestDatabase.h"
#include "audit/AuditTrail.h"
#include "demo/DemoAgency.h"
#include "demo/DemoPaymentHistory.h"
#include "screening/CreditReports.h"
#include "screening/ScreeningService.h"
#include "storage/Database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <numeric>

using namespace kaishu;
using money::Yen;
using screening::Grade;
using screening::ScreeningService;

namespace {

const QDate AsOf(2026, 7, 1);

struct Fixture
{
    tests::TestDatabase test;
    std::unique_ptr<storage::Database> database = test.open();
    ScreeningService service{*database, QStringLiteral("clerk")};
    QList<tests::HistoryAccount> accounts;

    explicit Fixture(bool withHistory)
    {
        demo::DemoAgency::generate(*database, {3, 120}, QStringLiteral("demo"));
        accounts = tests::historyAccounts(*database);
        if (withHistory) {
            const QList<screening::HistoryInvoice> history = demo::DemoPaymentHistory::generate(
                5, int(accounts.size()), QDate(2024, 1, 1), AsOf.addDays(-1));
            tests::writePortfolioHistory(*database, history, accounts);
        }
    }

    qint64 count(const QString &sql) const { return database->scalar(sql).toLongLong(); }

    // The share of an account's invoices due by asOf that were paid 30 or more days late (or not at all).
    double seriousLateShare(qint64 accountId) const
    {
        QSqlQuery query = database->exec(
            QStringLiteral(
                "SELECT i.due_date, (SELECT MAX(t.value_date) FROM payment_allocations pa JOIN "
                "bank_transactions t ON t.id = pa.transaction_id WHERE pa.invoice_id = i.id) FROM invoices i "
                "WHERE i.account_id = ? AND i.due_date < ?"),
            {accountId, AsOf.addDays(-30).toString(Qt::ISODate)});
        int all = 0, late = 0;
        while (query.next()) {
            const QDate due = QDate::fromString(query.value(0).toString(), Qt::ISODate);
            const QDate paid = QDate::fromString(query.value(1).toString(), Qt::ISODate);
            ++all;
            late += !paid.isValid() || due.daysTo(paid) >= 30 ? 1 : 0;
        }
        return all > 0 ? double(late) / all : -1;
    }
};

} // namespace

class TestScreening : public QObject
{
    Q_OBJECT

private slots:
    void coldStartUsesTheExpertCard()
    {
        Fixture f(false);
        const tests::HistoryAccount first = f.accounts.first();
        const qint64 debtorId =
            f.database
                ->scalar(QStringLiteral("SELECT debtor_id FROM accounts WHERE id = ?"), {first.accountId})
                .toLongLong();
        screening::CreditReport report;
        report.debtorId = debtorId;
        report.source = QStringLiteral("TDB");
        report.reportDate = AsOf.addMonths(-2);
        report.score = 70;
        report.yearsInBusiness = 25;
        report.capital = Yen(50'000'000);
        report.netAssets = Yen(200'000'000);
        screening::CreditReportBook(*f.database, QStringLiteral("clerk")).add(report);

        QCOMPARE(f.service.reviewsDue(AsOf), int(f.accounts.size()));
        const screening::ScreeningRunSummary run = f.service.run({AsOf});
        QCOMPARE(run.method, screening::ScreeningMethod::Expert);
        QCOMPARE(run.accounts, int(f.accounts.size()));
        QVERIFY(!run.psi); // no run before
        QCOMPARE(f.service.reviewsDue(AsOf), 0);

        const std::optional<screening::ScreeningResult> result = f.service.latestResult(first.accountId);
        QVERIFY(result);
        const screening::ExpertScore expected = screening::expertScore(report.facts(), 0, 0);
        QCOMPARE(result->method, screening::ScreeningMethod::Expert);
        QVERIFY(std::abs(result->pd - expected.pd) < 1e-6);
        QCOMPARE(result->grade, screening::GradeBands().gradeOf(expected.pd));
        QCOMPARE(result->reasons.size(), expected.reasons.size());
        QCOMPARE(result->reasons.first().points, 45);
        QVERIFY(!result->limitReasons.isEmpty());
        QCOMPARE(result->runId, run.id);
        // Without a report the card knows less: a lower score than the reported, established company.
        const qint64 otherAccount =
            f.database
                ->scalar(QStringLiteral("SELECT MIN(id) FROM accounts WHERE debtor_id <> ?"), {debtorId})
                .toLongLong();
        const std::optional<screening::ScreeningResult> unknown = f.service.latestResult(otherAccount);
        QVERIFY(unknown->score < result->score);
    }

    void trainingRefusesAThinHistory()
    {
        Fixture f(false);
        try {
            f.service.train(AsOf);
            QFAIL("trained without history");
        } catch (const screening::ScreeningError &error) {
            QVERIFY2(QString::fromStdString(error.what()).contains(QStringLiteral("300")), error.what());
        }
        QVERIFY(!f.service.activeModel());
    }

    void trainedModelSeparatesGoodAndLatePayers()
    {
        Fixture f(true);
        const screening::ModelReport report = f.service.train(AsOf);
        QVERIFY2(report.trainInvoices > 1000, qPrintable(QString::number(report.trainInvoices)));
        QVERIFY(report.testInvoices > 300);
        QVERIFY2(report.auc > 0.7, qPrintable(QString::number(report.auc)));
        QVERIFY(report.ks > 0.3);
        QCOMPARE(f.service.activeModel()->id, report.id);
        QCOMPARE(report.weights.size(), 26);
        // The late rate climbs from grade A to the worst grade with invoices.
        const screening::GradeQuality &best = report.byGrade.first();
        auto worst = std::find_if(report.byGrade.crbegin(), report.byGrade.crend(),
                                  [](const screening::GradeQuality &q) { return q.invoices > 20; });
        QVERIFY(best.invoices > 20 && worst != report.byGrade.crend());
        QVERIFY2(worst->lateRate() > 3 * best.lateRate(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(worst->lateRate()).arg(best.lateRate())));

        const screening::ScreeningRunSummary run = f.service.run({AsOf});
        QCOMPARE(run.method, screening::ScreeningMethod::Model);
        QCOMPARE(run.modelId, report.id);
        // The quarter of accounts that paid seriously late most often against the quarter that did least.
        QList<std::pair<double, double>> shareAndPd;
        for (const screening::ScreeningResult &result : f.service.latestResults()) {
            QVERIFY(!result.reasons.isEmpty());
            QVERIFY(result.reasons.size() <= 5);
            // Each reason once, in words, strongest first.
            QSet<QString> texts;
            for (qsizetype r = 0; r < result.reasons.size(); ++r) {
                QVERIFY2(!texts.contains(result.reasons.at(r).text), qPrintable(result.reasons.at(r).text));
                texts.insert(result.reasons.at(r).text);
                QVERIFY(result.reasons.at(r).points != 0);
                if (r > 0)
                    QVERIFY(std::abs(result.reasons.at(r).points) <=
                            std::abs(result.reasons.at(r - 1).points));
            }
            if (const double share = f.seriousLateShare(result.accountId); share >= 0)
                shareAndPd.append({share, result.pd});
        }
        QVERIFY(shareAndPd.size() > 40);
        std::sort(shareAndPd.begin(), shareAndPd.end());
        const qsizetype quarter = shareAndPd.size() / 4;
        double goodPd = 0, latePd = 0;
        for (qsizetype i = 0; i < quarter; ++i) {
            goodPd += shareAndPd.at(i).second;
            latePd += shareAndPd.at(shareAndPd.size() - 1 - i).second;
        }
        QVERIFY2(latePd > 2 * goodPd, qPrintable(QStringLiteral("%1 vs %2").arg(latePd).arg(goodPd)));
    }

    void paymentTimingAndExpectedCash()
    {
        Fixture f(true);
        // Without a model there is no timing to forecast with.
        QVERIFY_THROWS_EXCEPTION(screening::ScreeningError, f.service.expectedCash(AsOf, 8));
        // The payments keep the day the first money came; it is never after the settlement.
        QVERIFY(f.database
                    ->scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE first_paid_on IS NOT NULL"))
                    .toInt() > 100);
        QCOMPARE(f.database
                     ->scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = 'paid' AND "
                                             "(first_paid_on IS NULL OR first_paid_on > settled_on)"))
                     .toInt(),
                 0);

        const screening::ModelReport report = f.service.train(AsOf);
        QCOMPARE(report.timing.size(), 7);
        QCOMPARE(report.timing.first().label, QStringLiteral("≤0"));
        // Held out, the hazards add up to about what was paid in each period that had enough invoices.
        for (const screening::ModelReport::TimingPeriod &period : report.timing) {
            QVERIFY(period.paid <= period.atRisk);
            if (period.atRisk >= 200)
                QVERIFY2(std::abs(period.predictedPaid - period.paid) < 0.1 * period.atRisk,
                         qPrintable(QStringLiteral("%1: %2 predicted, %3 paid of %4")
                                        .arg(period.label)
                                        .arg(period.predictedPaid)
                                        .arg(period.paid)
                                        .arg(period.atRisk)));
        }
        QVERIFY(report.timingTestSettled > 300);
        qInfo("timing MAE %.2f days (due date %.2f) on %d settled", report.timingMae, report.timingMaeDueDate,
              report.timingTestSettled);
        QVERIFY2(report.timingMae < report.timingMaeDueDate,
                 qPrintable(QStringLiteral("%1 vs %2").arg(report.timingMae).arg(report.timingMaeDueDate)));
        // The stored model reports the same.
        QCOMPARE(f.service.activeModel()->timing.size(), 7);
        QCOMPARE(f.service.activeModel()->timingTestSettled, report.timingTestSettled);

        // Each result says when a new invoice would likely be paid: later for the late payers.
        f.service.run({AsOf});
        QList<std::pair<double, int>> shareAndMedian;
        for (const screening::ScreeningResult &result : f.service.latestResults()) {
            QVERIFY(result.medianDaysLate);
            if (const double share = f.seriousLateShare(result.accountId); share >= 0)
                shareAndMedian.append({share, *result.medianDaysLate});
        }
        std::sort(shareAndMedian.begin(), shareAndMedian.end());
        const qsizetype quarter = shareAndMedian.size() / 4;
        double punctual = 0, late = 0;
        for (qsizetype i = 0; i < quarter; ++i) {
            punctual += shareAndMedian.at(i).second;
            late += shareAndMedian.at(shareAndMedian.size() - 1 - i).second;
        }
        QVERIFY2(late > punctual + 5.0 * double(quarter),
                 qPrintable(QStringLiteral("%1 vs %2").arg(late).arg(punctual)));

        // The cash curve spreads exactly what is open now; a client's part is its own open total.
        const auto openTotal = [&](qint64 clientId) {
            return f.database
                ->scalar(
                    QStringLiteral("SELECT COALESCE(SUM(gross - paid - credited), 0) FROM invoices WHERE "
                                   "kind = 'invoice' AND status IN ('issued', 'sent', 'partly_paid') "
                                   "AND issue_date <= ? AND (? = 0 OR client_id = ?)"),
                    {AsOf.toString(Qt::ISODate), clientId, clientId})
                .toLongLong();
        };
        const screening::CashForecast cash = f.service.expectedCash(AsOf, 12);
        QCOMPARE(cash.weekly.size(), std::size_t(12));
        qint64 total = cash.later;
        for (const qint64 week : cash.weekly) {
            QVERIFY(week >= 0);
            total += week;
        }
        QVERIFY(openTotal(0) > 0);
        QCOMPARE(total, openTotal(0));
        QVERIFY(cash.weekly.front() > 0);
        const qint64 clientId = f.accounts.first().clientId;
        const screening::CashForecast one = f.service.expectedCash(AsOf, 12, clientId);
        QCOMPARE(std::accumulate(one.weekly.begin(), one.weekly.end(), one.later), openTotal(clientId));
    }

    void aResultAsOfADateUsesNothingLater()
    {
        Fixture f(true);
        f.service.train(AsOf);
        const QDate past(2026, 1, 1);
        const qint64 accountId = f.accounts.at(7).accountId;
        screening::ScreeningRunOptions options;
        options.asOf = past;
        options.accountId = accountId;
        f.service.run(options);
        const screening::ScreeningResult before = *f.service.latestResult(accountId);
        // Everything after that day changes: the account's later invoices go unpaid, and every later
        // settlement of the portfolio is taken back.
        f.database->exec(
            QStringLiteral("DELETE FROM payment_allocations WHERE transaction_id IN (SELECT id FROM "
                           "bank_transactions WHERE value_date > ?)"),
            {past.toString(Qt::ISODate)});
        f.database->exec(QStringLiteral(
            "UPDATE invoices SET status = 'issued', paid = 0, settled_on = NULL WHERE id NOT IN (SELECT "
            "invoice_id FROM payment_allocations)"));
        f.service.run(options);
        const screening::ScreeningResult again = *f.service.latestResult(accountId);
        QVERIFY(again.id != before.id);
        QCOMPARE(again.score, before.score);
        QCOMPARE(again.pd, before.pd);
        QCOMPARE(again.reasons.size(), before.reasons.size());
        for (qsizetype i = 0; i < again.reasons.size(); ++i)
            QCOMPARE(again.reasons.at(i).text, before.reasons.at(i).text);
        // As of today the same change is seen.
        options.asOf = AsOf;
        f.service.run(options);
        QVERIFY(f.service.latestResult(accountId)->score != before.score);
    }

    void downgradesAndScoreStability()
    {
        Fixture f(true);
        f.service.train(AsOf);
        const screening::ScreeningRunSummary first = f.service.run({AsOf});
        QCOMPARE(first.downgrades, 0);
        // The same data a month later: the scores hardly move.
        const screening::ScreeningRunSummary second = f.service.run({AsOf});
        QVERIFY(second.psi);
        QVERIFY2(*second.psi < 0.01, qPrintable(QString::number(*second.psi)));
        QCOMPARE(screening::stabilityOf(*second.psi), screening::Stability::Stable);
        QCOMPARE(second.downgrades, 0);
        QCOMPARE(f.service.history(f.accounts.first().accountId).size(), 2);

        // A supervisor had graded one account A; the next run grades it lower: a downgrade.
        QList<screening::ScreeningResult> results = f.service.latestResults();
        const auto notA =
            std::find_if(results.cbegin(), results.cend(),
                         [](const screening::ScreeningResult &r) { return r.grade >= Grade::C; });
        QVERIFY(notA != results.cend());
        f.service.setSupervisors({QStringLiteral("chief")});
        ScreeningService chief(*f.database, QStringLiteral("chief"));
        chief.overrideResult(notA->id, {Grade::A,
                                        Yen(1'000'000),
                                        screening::DunningTier::Gentle,
                                        screening::Decision::Approve,
                                        QStringLiteral("known for years"),
                                        {},
                                        {}});
        const screening::ScreeningRunSummary third = f.service.run({AsOf});
        QCOMPARE(third.downgrades, 1);
        screening::ResultFilter downgraded;
        downgraded.downgradedOnly = true;
        results = f.service.latestResults(downgraded);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().accountId, notA->accountId);
        QCOMPARE(results.first().previousGrade, Grade::A);
        QCOMPARE(f.service.runs().first().downgrades, 1);
    }

    void cancelKeepsNothingButTheRecord()
    {
        Fixture f(false);
        int calls = 0;
        const screening::ScreeningRunSummary run =
            f.service.run({AsOf}, [&](int, int) { return ++calls < 1; });
        QVERIFY(run.cancelled);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM screening_results")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM screening_runs WHERE status = 'cancelled'")),
                 1);
        QVERIFY(f.service.runs().first().cancelled);
    }

    void overridesNeedASupervisorAndAreAudited()
    {
        Fixture f(false);
        f.service.run({AsOf});
        const screening::ScreeningResult result = f.service.latestResults().first();
        const screening::ScreeningOverride decision{Grade::B,
                                                    Yen(2'500'000),
                                                    screening::DunningTier::Gentle,
                                                    screening::Decision::Approve,
                                                    QStringLiteral("主要取引先、代表者保証あり"),
                                                    {},
                                                    {}};
        QVERIFY_THROWS_EXCEPTION(screening::ScreeningError, f.service.overrideResult(result.id, decision));
        f.service.setSupervisors({QStringLiteral("chief"), QStringLiteral(" chief ")});
        QCOMPARE(f.service.supervisors(), QStringList{QStringLiteral("chief")});
        // Once there are supervisors, only they change the list.
        QVERIFY_THROWS_EXCEPTION(screening::ScreeningError,
                                 f.service.setSupervisors({QStringLiteral("clerk")}));
        QVERIFY_THROWS_EXCEPTION(screening::ScreeningError, f.service.overrideResult(result.id, decision));

        ScreeningService chief(*f.database, QStringLiteral("chief"));
        screening::ScreeningOverride noReason = decision;
        noReason.reason = QStringLiteral("  ");
        QVERIFY_THROWS_EXCEPTION(screening::ScreeningError, chief.overrideResult(result.id, noReason));
        const screening::ScreeningResult overridden = chief.overrideResult(result.id, decision);
        QVERIFY(overridden.supervisorOverride);
        QCOMPARE(overridden.supervisorOverride->by, QStringLiteral("chief"));
        QCOMPARE(overridden.effectiveGrade(), Grade::B);
        QCOMPARE(overridden.effectiveLimit(), Yen(2'500'000));
        QCOMPARE(overridden.grade, result.grade); // the result itself is kept
        QCOMPARE(overridden.limitInForce, Yen(2'500'000));
        QCOMPARE(chief.exposure(result.accountId).limit, Yen(2'500'000));
        const QList<audit::AuditRecord> audit =
            audit::AuditTrail::history(*f.database, {{QStringLiteral("screening_result"), result.id}});
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("override"));
        QCOMPARE(audit.first().actor, QStringLiteral("chief"));
        QCOMPARE(audit.first().after.value(QStringLiteral("reason")).toString(), decision.reason);
    }

    void limitsInForceAgainstWhatIsOwed()
    {
        Fixture f(true);
        screening::ScreeningRunOptions options;
        options.asOf = AsOf;
        options.applyLimits = true;
        const screening::ScreeningRunSummary run = f.service.run(options);
        QVERIFY(run.limitsApplied > 0);
        int overLimit = 0;
        for (const screening::ScreeningResult &result : f.service.latestResults()) {
            const qint64 limit =
                f.database
                    ->scalar(QStringLiteral("SELECT credit_limit FROM accounts WHERE id = ?"),
                             {result.accountId})
                    .toLongLong();
            QCOMPARE(Yen(limit), result.proposedLimit);
            const qint64 open =
                f.database
                    ->scalar(QStringLiteral(
                                 "SELECT COALESCE(SUM(gross - paid), 0) FROM invoices WHERE account_id = ? "
                                 "AND status = 'issued'"),
                             {result.accountId})
                    .toLongLong();
            QCOMPARE(result.exposure, Yen(open));
            QCOMPARE(f.service.exposure(result.accountId).total(), Yen(open));
            overLimit += open > limit && limit > 0 ? 1 : 0;
        }
        QVERIFY(overLimit > 0);
        QCOMPARE(run.overLimit, overLimit);
        screening::ResultFilter filter;
        filter.overLimitOnly = true;
        QCOMPARE(int(f.service.latestResults(filter).size()), overLimit);
        for (const screening::ScreeningResult &result : f.service.latestResults(filter)) {
            QVERIFY(result.overLimit());
            QCOMPARE(result.reviewDue, AsOf.addMonths(1));
        }
        const QList<audit::AuditRecord> audit = audit::AuditTrail::history(
            *f.database, {{QStringLiteral("account"), f.service.latestResults().first().accountId}});
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const audit::AuditRecord &r) {
            return r.action == QLatin1String("credit_limit");
        }));
    }
};

QTEST_GUILESS_MAIN(TestScreening)
#include "tst_screening.moc"
