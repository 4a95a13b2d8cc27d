#include "DebtorsScenario.h"

#include "BenchReport.h"
#include "DebtorRegisterModel.h"
#include "DebtorView.h"
#include "Workspace.h"
#include "demo/DemoAgency.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUndoStack>

namespace kaishu::bench {

namespace {

// Waits until the view has applied what was typed (the model was reset) and paints the result.
double typeAndWait(ui::DebtorView &view, const QString &text)
{
    QElapsedTimer timer;
    bool reset = false;
    const auto connection =
        QObject::connect(view.model(), &QAbstractItemModel::modelReset, [&reset] { reset = true; });
    timer.start();
    view.searchField()->setText(text);
    while (!reset && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    view.table()->viewport()->grab(); // paints the updated rows
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    QObject::disconnect(connection);
    return elapsed;
}

} // namespace

int runDebtorsScenario(int debtors, quint64 seed)
{
    BenchReport report(QStringLiteral("debtors"));
    QTemporaryDir folder;
    auto database = storage::Database::open(
        storage::DatabaseLocation::sqliteFile(folder.filePath(QStringLiteral("bench.sqlite"))));
    QElapsedTimer timer;
    timer.start();
    const demo::DemoSummary summary =
        demo::DemoAgency::generate(*database, {seed, debtors}, QStringLiteral("bench"));
    report.figure(QStringLiteral("generate %1 debtors (%2 accounts, %3 audit records)")
                      .arg(summary.debtors)
                      .arg(summary.accounts)
                      .arg(summary.auditRecords),
                  double(timer.elapsed()) / 1000.0, QStringLiteral("s"), QStringLiteral("≤ 10 s at 100,000"));

    ui::Workspace workspace(QStringLiteral("bench"));
    workspace.setDatabase(std::move(database));
    QUndoStack undoStack;
    timer.restart();
    ui::DebtorView view(&workspace, &undoStack);
    view.resize(1400, 860);
    view.show();
    view.grab(); // the first complete paint of the register
    report.figure(QStringLiteral("register first paint at %1 rows").arg(view.model()->rowCount()),
                  double(timer.nsecsElapsed()) / 1e6, QStringLiteral("ms"), QStringLiteral("≤ 300 ms"));

    // A clerk types names, kana (both scripts), a 法人番号 and a customer code, one key at a time.
    const QStringList words{QStringLiteral("やまだ"),       QStringLiteral("ｶﾄｳ"),
                            QStringLiteral("株式会社光陽"), QStringLiteral("40110"),
                            QStringLiteral("C003-0001"),    QStringLiteral("ショウジ")};
    QList<double> keystrokes;
    for (const QString &word : words) {
        for (qsizetype length = 1; length <= word.size(); ++length) {
            keystrokes << typeAndWait(view, word.left(length));
            if (qEnvironmentVariableIsSet("KAISHU_BENCH_VERBOSE"))
                QTextStream(stdout) << "    " << word.left(length) << ": " << keystrokes.constLast()
                                    << " ms, " << view.model()->rowCount() << " rows" << Qt::endl;
        }
        typeAndWait(view, QString());
    }
    report.timings(QStringLiteral("search keystroke to updated, painted results"), keystrokes,
                   QStringLiteral("≤ 100 ms"));

    // Scrolling deep into the register pages rows in on demand.
    timer.restart();
    view.table()->scrollToBottom();
    view.table()->viewport()->grab();
    report.figure(QStringLiteral("jump to the last row and paint"), double(timer.nsecsElapsed()) / 1e6,
                  QStringLiteral("ms"));
    report.figure(QStringLiteral("peak memory"), BenchReport::peakMemoryMiB(), QStringLiteral("MiB"),
                  QStringLiteral("≤ 200 MB"));
    return 0;
}

} // namespace kaishu::bench
