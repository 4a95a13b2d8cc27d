#include "ScreeningScenario.h"

#include "BenchReport.h"
#include "PortfolioHistoryFixture.h"
#include "demo/DemoAgency.h"
#include "demo/DemoPaymentHistory.h"
#include "screening/ScreeningService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace kaishu::bench {

namespace {

const QDate AsOf(2026, 11, 1);

// One report for four debtors in five, straight into the table: scores 20–90, capital, years and
// net assets (a few negative).
int writeCreditReports(storage::Database &database, quint64 seed)
{
    QRandomGenerator random(quint32(seed) * 7919u + 3u);
    QList<qint64> debtors;
    QSqlQuery query = database.exec(QStringLiteral("SELECT id FROM debtors ORDER BY id"));
    while (query.next())
        debtors.append(query.value(0).toLongLong());
    storage::Transaction transaction(database);
    int written = 0;
    for (const qint64 debtorId : std::as_const(debtors)) {
        if (random.bounded(5) == 0)
            continue;
        const qint64 capital = qint64(random.bounded(1, 500)) * 1'000'000;
        database.execPrepared(
            QStringLiteral(
                "INSERT INTO credit_reports (debtor_id, source, report_date, score, capital, "
                "years_in_business, net_assets, created_at, created_by) VALUES (?, 'TDB', ?, ?, ?, ?, "
                "?, ?, 'bench')"),
            {debtorId, AsOf.addDays(-random.bounded(400)).toString(Qt::ISODate), random.bounded(20, 91),
             capital, random.bounded(1, 60), capital * (random.bounded(100) < 5 ? -1 : random.bounded(1, 8)),
             QStringLiteral("2026-11-01T00:00:00.000Z")});
        ++written;
    }
    transaction.commit();
    return written;
}

} // namespace

int runScreeningScenario(int debtors, quint64 seed, const QString &portfolio)
{
    BenchReport report(QStringLiteral("screening"));
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("bench.sqlite"));
    const bool reuse = !portfolio.isEmpty() && QFileInfo::exists(portfolio);
    if (reuse && !QFile::copy(portfolio, file)) {
        QTextStream(stderr) << "cannot copy " << portfolio << Qt::endl;
        return 1;
    }
    auto database = storage::Database::open(storage::DatabaseLocation::sqliteFile(file));
    QElapsedTimer timer;
    if (!reuse) {
        timer.start();
        const demo::DemoSummary agency =
            demo::DemoAgency::generate(*database, {seed, debtors}, QStringLiteral("bench"));
        report.figure(
            QStringLiteral("demo agency: %1 debtors, %2 accounts").arg(agency.debtors).arg(agency.accounts),
            BenchReport::seconds(timer), QStringLiteral("s"));

        timer.restart();
        const QList<tests::HistoryAccount> accounts = tests::historyAccounts(*database);
        qint64 invoices = 0;
        {
            // About ten invoices a debtor: thirteen months of monthly billing, most months.
            const QList<screening::HistoryInvoice> history = demo::DemoPaymentHistory::generate(
                seed, int(accounts.size()), AsOf.addMonths(-13), AsOf.addDays(-1));
            invoices = tests::writePortfolioHistory(*database, history, accounts);
        }
        const int reports = writeCreditReports(*database, seed);
        report.figure(
            QStringLiteral("history written: %1 invoices, %2 credit reports").arg(invoices).arg(reports),
            BenchReport::seconds(timer), QStringLiteral("s"));
        if (!portfolio.isEmpty() && !QFile::copy(file, portfolio))
            QTextStream(stderr) << "cannot keep the portfolio as " << portfolio << Qt::endl;
    } else {
        report.figure(
            QStringLiteral("portfolio copied from %1: %2 accounts, %3 invoices")
                .arg(portfolio)
                .arg(database->scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toLongLong())
                .arg(database->scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong()),
            0, QStringLiteral("s"));
    }
    report.figure(QStringLiteral("peak memory while generating"), BenchReport::peakMemoryMiB(),
                  QStringLiteral("MiB"));
    const bool peakReset = BenchReport::resetPeakMemory();

    screening::ScreeningService service(*database, QStringLiteral("bench"));
    timer.start();
    try {
        const screening::ModelReport model = service.train(AsOf);
        report.figure(QStringLiteral("train on %1 invoices (%2 held out)")
                          .arg(model.trainInvoices + model.testInvoices)
                          .arg(model.testInvoices),
                      BenchReport::seconds(timer), QStringLiteral("s"), QStringLiteral("≤ 60 s"));
        QTextStream out(stdout);
        out << QStringLiteral("  held out: auc=%1 ks=%2, late rate by grade:")
                   .arg(model.auc, 0, 'f', 4)
                   .arg(model.ks, 0, 'f', 4);
        for (const screening::GradeQuality &grade : model.byGrade)
            out << QStringLiteral(" %1 %2/%3")
                       .arg(screening::toCode(grade.grade))
                       .arg(grade.late)
                       .arg(grade.invoices);
        out << Qt::endl;
    } catch (const screening::ScreeningError &error) {
        QTextStream(stderr) << "training failed: " << error.what() << Qt::endl;
        return 1;
    }

    for (int round = 1; round <= 2; ++round) {
        timer.restart();
        int progressCalls = 0;
        const screening::ScreeningRunSummary run = service.run({AsOf}, [&](int, int) {
            ++progressCalls;
            return true;
        });
        report.figure(QStringLiteral("re-screen %1 accounts (run %2)").arg(run.accounts).arg(round),
                      BenchReport::seconds(timer), QStringLiteral("s"),
                      QStringLiteral("≤ 3 s for 100,000 with 1,000,000 invoices"));
        QStringList grades;
        for (qsizetype g = 0; g < run.gradeCounts.size(); ++g)
            grades << QStringLiteral("%1 %2")
                          .arg(screening::toCode(screening::Grade(g)))
                          .arg(run.gradeCounts.at(g));
        QTextStream(stdout) << "  grades: " << grades.join(QStringLiteral(", ")) << "; over limit "
                            << run.overLimit << "; progress reports " << progressCalls
                            << (run.psi ? QStringLiteral("; PSI %1").arg(*run.psi, 0, 'f', 4) : QString())
                            << Qt::endl;
    }
    timer.restart();
    const qsizetype listed = service.latestResults().size();
    report.figure(QStringLiteral("latest results read: %1").arg(listed), BenchReport::seconds(timer),
                  QStringLiteral("s"));
    report.figure(peakReset ? QStringLiteral("peak memory of training and re-screening")
                            : QStringLiteral("peak memory (generation included)"),
                  BenchReport::peakMemoryMiB(), QStringLiteral("MiB"), QStringLiteral("≤ 500 MB"));
    return 0;
}

} // namespace kaishu::bench
