// Screening in the GUI over temporary SQLite databases: two runs through the run dialog (the summary,
// the run's downgrades and limit breaches), the list with its cells, highlights, filters and search,
// the detail pane's charts built from the result's reasons and the account's history, the supervisor's
// override refused for a clerk and saved for a supervisor, a cancelled run that keeps nothing, the CSV
// export of the list as shown, training refused on a thin history and done on a long one with the
// model's report; and pictures of the area and its dialogs in English and Japanese, with no English
// word left on the Japanese ones.

#include "MainWindow.h"
#include "ModelReportDialog.h"
#include "PortfolioHistoryFixture.h"
#include "ScreeningCharts.h"
#include "ScreeningNames.h"
#include "ScreeningOverrideDialog.h"
#include "ScreeningResultTableModel.h"
#include "ScreeningRunDialog.h"
#include "ScreeningView.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "demo/DemoAgency.h"
#include "demo/DemoPaymentHistory.h"
#include "parties/PartyImport.h"
#include "screening/CreditReports.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

#include <set>

using namespace kaishu;
using screening::ScreeningResult;
using screening::ScreeningService;

namespace {

const QString ShotFolder = QStringLiteral("/tmp/hB");
// Names without Latin words, so that the Japanese pictures name no English.
const QString Clerk = QStringLiteral("山田");
const QString Chief = QStringLiteral("鈴木");
// The long history of the model's database ends the day before.
const QDate ModelAsOf(2026, 7, 1);

using Column = ui::ScreeningResultTableModel::Column;

// The fixture of the invoice and payment suites: C001's October invoices — K001 one summary invoice of
// 68,678 yen issued on 2026-11-01 (and an order of 550 not yet billed) against a limit of 1,000,000;
// K002 two drafts, one per order (6,600 and 11,000), waiting for approval against a limit of 10,000
// (over it); K003 1,100 issued, without a limit. K003's debtor had an excellent credit report two
// years ago and a poor one ten days ago.
ui::Workspace *billedWorkspace(const QString &databasePath, QObject *parent)
{
    auto *workspace = new ui::Workspace(Clerk, parent);
    workspace->setDatabase(storage::Database::open(storage::DatabaseLocation::sqliteFile(databasePath)));
    parties::PartyImporter importer(workspace->database(), Clerk);
    if (!importer.importFile(parties::ImportKind::Clients, tests::ClientsCsv).committed ||
        !importer.importFile(parties::ImportKind::Debtors, tests::DebtorsCsv).committed ||
        !workspace->orders().importFile(tests::OrdersCsv).committed)
        qFatal("fixture did not import");
    billing::InvoiceService &service = workspace->invoices();
    const qint64 k002 = workspace->database()
                            .scalar(QStringLiteral("SELECT id FROM accounts WHERE customer_code = 'K002'"))
                            .toLongLong();
    service.settings().setInvoiceForm(k002, billing::InvoiceForm::PerOrder);
    const qint64 client = workspace->parties().repository().clientByCode(QStringLiteral("C001"))->id;
    QList<qint64> drafts;
    for (const QDate closing : {QDate(2026, 10, 20), QDate(2026, 10, 31)}) {
        for (const billing::Invoice &draft : service.runBilling(client, closing, closing).drafts) {
            if (draft.accountId != k002)
                drafts << draft.id;
        }
    }
    if (service.issue(drafts, QDate(2026, 11, 1)).size() != 2)
        qFatal("fixture invoices were not issued");

    const qint64 suzuki =
        workspace->database()
            .scalar(QStringLiteral("SELECT debtor_id FROM accounts WHERE customer_code = 'K003'"))
            .toLongLong();
    screening::CreditReport good;
    good.debtorId = suzuki;
    good.source = QStringLiteral("TDB");
    good.reportDate = QDate::currentDate().addYears(-2);
    good.score = 90;
    good.yearsInBusiness = 40;
    good.capital = money::Yen(100'000'000);
    good.netAssets = money::Yen(900'000'000);
    screening::CreditReport poor = good;
    poor.reportDate = QDate::currentDate().addDays(-10);
    poor.score = 20;
    poor.netAssets = money::Yen(-5'000'000);
    workspace->creditReports().add(good);
    workspace->creditReports().add(poor);
    workspace->notifyPartiesChanged();
    return workspace;
}

// The demo agency with three years of invoices and payments: enough history to train the model.
ui::Workspace *historyWorkspace(const QString &databasePath, QObject *parent)
{
    auto *workspace = new ui::Workspace(Clerk, parent);
    workspace->setDatabase(storage::Database::open(storage::DatabaseLocation::sqliteFile(databasePath)));
    demo::DemoAgency::generate(workspace->database(), {3, 120}, Clerk);
    const QList<tests::HistoryAccount> accounts = tests::historyAccounts(workspace->database());
    tests::writePortfolioHistory(
        workspace->database(),
        demo::DemoPaymentHistory::generate(5, int(accounts.size()), QDate(2024, 1, 1), ModelAsOf.addDays(-1)),
        accounts);
    workspace->notifyPartiesChanged();
    return workspace;
}

// Runs the dialog's screening as of the date and returns the summary.
screening::ScreeningRunSummary runThroughDialog(ui::ScreeningRunDialog *dialog, QDate asOf)
{
    dialog->asOfEdit()->setDate(asOf);
    QSignalSpy finished(dialog, &ui::ScreeningRunDialog::runFinished);
    dialog->startButton()->click();
    if (finished.size() != 1 || !dialog->summary())
        qFatal("the run did not finish");
    return *dialog->summary();
}

// Japanese captions may keep the measures' Latin abbreviations, as Japanese credit staff write them.
QStringList englishLeft(QWidget *widget)
{
    const QRegularExpression measures(QStringLiteral("\\b(AUC|PSI)\\b"));
    const QRegularExpression englishWord(QStringLiteral("[A-Za-z]{3,}"));
    QStringList left;
    for (const QString &caption : tests::englishCaptions(widget)) {
        if (QString(caption).remove(measures).contains(englishWord))
            left << caption;
    }
    return left;
}

void shoot(QWidget *widget, const QString &name, const QString &language)
{
    // The layouts and the charts' own layouts settle in posted events: let them run first.
    QTest::qWait(100);
    QVERIFY(tests::saveShot(widget, ShotFolder, name + QLatin1Char('-') + language));
    if (language == QLatin1String("ja")) {
        const QStringList english = englishLeft(widget);
        QVERIFY2(english.isEmpty(),
                 qPrintable(name + QStringLiteral(": ") + english.join(QStringLiteral(" | "))));
    }
}

// The labels of a chart's category axis as text: without the line breaks (HTML) a long one takes.
QStringList categoriesOf(const QChart *chart)
{
    QStringList labels;
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            for (const QString &category : categories->categories()) {
                QTextDocument document;
                document.setHtml(QString(category).replace(QStringLiteral("<br>"), QStringLiteral(" ")));
                labels << document.toPlainText().simplified();
            }
        }
    }
    return labels;
}

} // namespace

class ScreeningViewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void firstRunThroughTheDialog();
    void secondRunFindsTheDowngrade();
    void listShowsTheResultsAndFilters();
    void detailShowsReasonsAndHistoryCharts();
    void overrideRefusedForAClerkAndSavedForASupervisor();
    void cancelledRunKeepsNoResults();
    void exportWritesTheListAsShown();
    void trainingRefusesAThinHistory();
    void reportWithoutAModelOffersTraining();
    void trainedModelIsReportedAndUsed();
    void mainWindowHasTheScreeningArea();
    void picturesInEnglish();
    // Last: it switches the application to Japanese.
    void picturesInJapanese();

private:
    qint64 accountOf(const QString &customerCode) const
    {
        return m_workspace->database()
            .scalar(QStringLiteral("SELECT id FROM accounts WHERE customer_code = ?"), {customerCode})
            .toLongLong();
    }
    qint64 resultCount() const
    {
        return m_workspace->database()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM screening_results"))
            .toLongLong();
    }
    // The customer codes of the rows, as shown.
    static QStringList shownCodes(const QAbstractItemModel *rows)
    {
        QStringList codes;
        for (int row = 0; row < rows->rowCount(); ++row)
            codes << rows->index(row, Column::CustomerCode).data().toString();
        return codes;
    }
    QModelIndex shownIndex(const QString &customerCode, int column) const
    {
        const QAbstractItemModel *rows = m_view->table()->model();
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->index(row, Column::CustomerCode).data().toString() == customerCode)
                return rows->index(row, column);
        }
        return {};
    }
    QString shownCell(const QString &customerCode, int column) const
    {
        return shownIndex(customerCode, column).data().toString();
    }
    void takePictures(const QString &language);

    QTemporaryDir m_folder;
    ui::Workspace *m_workspace = nullptr;
    ui::ScreeningView *m_view = nullptr;
    ui::Workspace *m_modelWorkspace = nullptr;
};

void ScreeningViewTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    tests::useJapaneseFont();
    QVERIFY(i18n::installTranslations(QStringLiteral("en")));
    m_workspace = billedWorkspace(m_folder.filePath(QStringLiteral("screening.sqlite")), this);
    m_view = new ui::ScreeningView(m_workspace);
    m_view->resize(1500, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QCOMPARE(m_view->visibleRowCount(), 0);
    QCOMPARE(m_view->statusLabel()->text(),
             QStringLiteral("0 results · 0 downgraded · 0 over limit · 0 due for review"));
    QVERIFY(!m_view->overrideAction()->isEnabled());
    QVERIFY(!m_view->exportAction()->isEnabled());
}

void ScreeningViewTest::cleanupTestCase()
{
    delete m_view;
}

void ScreeningViewTest::firstRunThroughTheDialog()
{
    ui::ScreeningRunDialog *dialog = m_view->rescreen();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->asOfEdit()->date(), QDate::currentDate());
    QVERIFY(!dialog->expertBox()->isEnabled()); // no model to choose against
    const QDate yearAgo = QDate::currentDate().addYears(-1);
    const screening::ScreeningRunSummary summary = runThroughDialog(dialog, yearAgo);
    QVERIFY(!summary.cancelled);
    QCOMPARE(summary.accounts, 3);
    QCOMPARE(summary.method, screening::ScreeningMethod::Expert);
    const QString text = dialog->summaryLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("Accounts screened as of %1: 3 (Expert card)")
                               .arg(yearAgo.toString(QStringLiteral("yyyy/MM/dd")))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Score stability (PSI) against the previous run: no previous run")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Over limit: 1 · limits applied: 0")), qPrintable(text));
    QCOMPARE(dialog->progressBar()->value(), dialog->progressBar()->maximum());
    // The first run downgrades nobody; K002 owes 17,600 yen against 10,000.
    QCOMPARE(shownCodes(dialog->findings()), QStringList{QStringLiteral("K002")});
    QVERIFY(dialog->findingsTable()->isVisible());
    const QPointer<ui::ScreeningRunDialog> closing(dialog);
    QCOMPARE(dialog->cancelButton()->text(), QStringLiteral("Close"));
    dialog->cancelButton()->click();
    QTRY_VERIFY(!closing); // closed and deleted

    // The view read the results; a year later every review is due.
    QStringList codes = shownCodes(m_view->table()->model());
    codes.sort();
    QCOMPARE(codes, (QStringList{QStringLiteral("K001"), QStringLiteral("K002"), QStringLiteral("K003")}));
    m_view->reviewDueFilter()->setChecked(true);
    QCOMPARE(m_view->visibleRowCount(), 3);
    QCOMPARE(m_view->statusLabel()->text(),
             QStringLiteral("3 results · 0 downgraded · 1 over limit · 3 due for review"));
    m_view->reviewDueFilter()->setChecked(false);
}

void ScreeningViewTest::secondRunFindsTheDowngrade()
{
    ui::ScreeningRunDialog *dialog = m_view->rescreen();
    QVERIFY(dialog);
    const screening::ScreeningRunSummary summary = runThroughDialog(dialog, QDate::currentDate());
    QCOMPARE(summary.accounts, 3);
    QCOMPARE(summary.downgrades, 1);
    QVERIFY(summary.psi.has_value());
    const QString text = dialog->summaryLabel()->text();
    const QString band = *summary.psi < 0.10    ? QStringLiteral("stable")
                         : *summary.psi <= 0.25 ? QStringLiteral("investigate")
                                                : QStringLiteral("shifted");
    QVERIFY2(text.contains(QStringLiteral("against the previous run: %1 (%2)")
                               .arg(QString::number(*summary.psi, 'f', 3), band)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Downgrades: 1 · upgrades: 0")), qPrintable(text));
    // The downgrade first, then the limit breach: both of this run.
    QCOMPARE(shownCodes(dialog->findings()), (QStringList{QStringLiteral("K003"), QStringLiteral("K002")}));
    for (const ScreeningResult &result : dialog->findings()->rows())
        QCOMPARE(result.runId, summary.id);
    const QPointer<ui::ScreeningRunDialog> closing(dialog);
    dialog->close();
    QTRY_VERIFY(!closing);
}

void ScreeningViewTest::listShowsTheResultsAndFilters()
{
    QCOMPARE(m_view->visibleRowCount(), 3);
    QCOMPARE(m_view->statusLabel()->text(),
             QStringLiteral("3 results · 1 downgraded · 1 over limit · 0 due for review"));
    const std::optional<ScreeningResult> suzuki =
        m_workspace->screening().latestResult(accountOf(QStringLiteral("K003")));
    QVERIFY(suzuki && suzuki->previousGrade);
    QCOMPARE(shownCell(QStringLiteral("K003"), Column::Grade),
             QStringLiteral("%1 ↓ (was %2)")
                 .arg(screening::toCode(suzuki->grade), screening::toCode(*suzuki->previousGrade)));
    QCOMPARE(shownCell(QStringLiteral("K003"), Column::Debtor), QStringLiteral("鈴木工業株式会社"));
    QCOMPARE(shownCell(QStringLiteral("K003"), Column::Score), QString::number(suzuki->score));
    QCOMPARE(shownCell(QStringLiteral("K003"), Column::LimitInForce), QStringLiteral("none"));
    QCOMPARE(shownCell(QStringLiteral("K003"), Column::Method), QStringLiteral("Expert card"));
    QCOMPARE(shownCell(QStringLiteral("K002"), Column::Exposure), QStringLiteral("17,600"));
    QCOMPARE(shownCell(QStringLiteral("K002"), Column::LimitInForce), QStringLiteral("10,000"));
    QCOMPARE(shownCell(QStringLiteral("K002"), Column::Utilisation), QStringLiteral("176.0%"));
    QCOMPARE(shownCell(QStringLiteral("K002"), Column::ReviewDue),
             m_workspace->screening()
                 .latestResult(accountOf(QStringLiteral("K002")))
                 ->reviewDue.toString(QStringLiteral("yyyy/MM/dd")));
    QCOMPARE(shownIndex(QStringLiteral("K002"), Column::Exposure).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));

    // What stands out, and not by colour alone: an icon in the first column and bold figures.
    QVERIFY(!shownIndex(QStringLiteral("K002"), Column::CustomerCode).data(Qt::DecorationRole).isNull());
    QVERIFY(!shownIndex(QStringLiteral("K003"), Column::CustomerCode).data(Qt::DecorationRole).isNull());
    QVERIFY(shownIndex(QStringLiteral("K001"), Column::CustomerCode).data(Qt::DecorationRole).isNull());
    QVERIFY(shownIndex(QStringLiteral("K002"), Column::Exposure).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(shownIndex(QStringLiteral("K003"), Column::Grade).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(shownIndex(QStringLiteral("K001"), Column::Exposure).data(Qt::FontRole).isNull());
    QVERIFY(shownIndex(QStringLiteral("K002"), Column::CustomerCode)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("over the limit in force")));

    // Over limit: exactly the accounts that owe more than their limit in force.
    QStringList overLimit;
    for (const ScreeningResult &result : m_workspace->screening().latestResults())
        if (result.exposure > result.limitInForce && result.limitInForce.value() > 0)
            overLimit << result.customerCode;
    QCOMPARE(overLimit, QStringList{QStringLiteral("K002")});
    m_view->overLimitFilter()->setChecked(true);
    QCOMPARE(shownCodes(m_view->table()->model()), overLimit);
    QCOMPARE(m_view->statusLabel()->text(),
             QStringLiteral("1 result · 0 downgraded · 1 over limit · 0 due for review"));
    m_view->overLimitFilter()->setChecked(false);
    m_view->downgradedFilter()->setChecked(true);
    QCOMPARE(shownCodes(m_view->table()->model()), QStringList{QStringLiteral("K003")});
    m_view->overLimitFilter()->setChecked(true);
    QCOMPARE(m_view->visibleRowCount(), 0);
    m_view->overLimitFilter()->setChecked(false);
    m_view->downgradedFilter()->setChecked(false);
    m_view->reviewDueFilter()->setChecked(true);
    QCOMPARE(m_view->visibleRowCount(), 0);
    m_view->reviewDueFilter()->setChecked(false);

    // The client filter, and the search over code and name.
    QComboBox *clients = m_view->clientFilter();
    QCOMPARE(clients->itemText(0), QStringLiteral("All clients"));
    clients->setCurrentIndex(clients->findText(QStringLiteral("C002"), Qt::MatchStartsWith));
    QCOMPARE(m_view->visibleRowCount(), 0);
    clients->setCurrentIndex(clients->findText(QStringLiteral("C001"), Qt::MatchStartsWith));
    QCOMPARE(m_view->visibleRowCount(), 3);
    clients->setCurrentIndex(0);
    m_view->searchField()->setText(QStringLiteral("佐藤"));
    QTRY_COMPARE(shownCodes(m_view->table()->model()), QStringList{QStringLiteral("K002")});
    m_view->searchField()->setText(QStringLiteral("k003"));
    QTRY_COMPARE(shownCodes(m_view->table()->model()), QStringList{QStringLiteral("K003")});
    m_view->searchField()->clear();
    QTRY_COMPARE(m_view->visibleRowCount(), 3);

    // Sorted by the amounts as numbers, not as their text.
    QCOMPARE(shownIndex(QStringLiteral("K002"), Column::Exposure)
                 .data(ui::ScreeningResultTableModel::SortRole)
                 .toLongLong(),
             17'600);
    m_view->table()->sortByColumn(Column::Exposure, Qt::DescendingOrder);
    QCOMPARE(shownCodes(m_view->table()->model()),
             (QStringList{QStringLiteral("K001"), QStringLiteral("K002"), QStringLiteral("K003")}));
    m_view->table()->sortByColumn(Column::Score, Qt::AscendingOrder);
}

void ScreeningViewTest::detailShowsReasonsAndHistoryCharts()
{
    const qint64 account = accountOf(QStringLiteral("K003"));
    m_view->selectAccount(account);
    const std::optional<ScreeningResult> result = m_view->currentResult();
    QVERIFY(result);
    QCOMPARE(result->customerCode, QStringLiteral("K003"));
    QVERIFY(result->reasons.size() >= 3);
    ui::ScreeningDetailPane *detail = m_view->detailPane();
    QCOMPARE(detail->titleLabel()->text(), QStringLiteral("K003 鈴木工業株式会社"));
    QVERIFY(m_view->overrideAction()->isEnabled());

    // The reasons chart: one bar per reason, the strongest at the top, raising and lowering apart.
    const QChart *reasons = detail->reasonsChart()->chart();
    QCOMPARE(reasons->series().size(), 1);
    auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(reasons->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    QStringList expected;
    for (auto reason = result->reasons.crbegin(); reason != result->reasons.crend(); ++reason)
        expected << ui::ScreeningCharts::pointsLabel(*reason).simplified();
    QCOMPARE(categoriesOf(reasons), expected);
    QBarSet *raises = bars->barSets().at(0);
    QBarSet *lowers = bars->barSets().at(1);
    const int count = int(result->reasons.size());
    for (int i = 0; i < count; ++i) {
        const int points = result->reasons.at(count - 1 - i).points;
        QCOMPARE(raises->at(i) + lowers->at(i), double(points));
        QCOMPARE(lowers->at(i) < 0, points < 0);
    }
    QVERIFY(lowers->color() != raises->color());
    QVERIFY(categoriesOf(reasons).first().contains(result->reasons.last().text));

    // The history chart: the score of both runs, oldest first.
    const QList<ScreeningResult> history = m_workspace->screening().history(account);
    QCOMPARE(history.size(), 2);
    const QChart *chart = detail->historyChart()->chart();
    QLineSeries *line = nullptr;
    for (QAbstractSeries *series : chart->series()) {
        if (series->type() == QAbstractSeries::SeriesTypeLine)
            line = static_cast<QLineSeries *>(series);
    }
    QVERIFY(line);
    QCOMPARE(line->count(), 2);
    QCOMPARE(line->at(0).y(), double(history.at(0).score));
    QCOMPARE(line->at(1).y(), double(history.at(1).score));
    QVERIFY(line->at(0).x() < line->at(1).x());
    QVERIFY(history.at(0).score > history.at(1).score);

    // K002 owes more than its limit: the pane says by how much.
    m_view->selectAccount(accountOf(QStringLiteral("K002")));
    QVERIFY2(detail->exposureLabel()->text().contains(QStringLiteral("over the limit by 7,600 yen")),
             qPrintable(detail->exposureLabel()->text()));
    QVERIFY(!categoriesOf(detail->reasonsChart()->chart()).isEmpty());

    // Nothing selected: no result, no charts.
    m_view->selectAccount(0);
    QVERIFY(!m_view->currentResult());
    QVERIFY(detail->reasonsChart()->chart()->series().isEmpty());
    QVERIFY(!m_view->overrideAction()->isEnabled());
}

void ScreeningViewTest::overrideRefusedForAClerkAndSavedForASupervisor()
{
    ScreeningService chief(m_workspace->database(), Chief);
    chief.setSupervisors({Chief});
    const qint64 account = accountOf(QStringLiteral("K002"));
    m_view->selectAccount(account);
    const std::optional<ScreeningResult> before = m_view->currentResult();
    QVERIFY(before && !before->supervisorOverride);

    QPointer<ui::ScreeningOverrideDialog> dialog = m_view->overrideSelected();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY2(
        dialog->supervisorsLabel()->text().contains(QStringLiteral("Supervisors who may override: 鈴木")),
        qPrintable(dialog->supervisorsLabel()->text()));
    QVERIFY(dialog->supervisorsLabel()->text().contains(QStringLiteral("山田, who is not a supervisor")));
    QCOMPARE(dialog->limitEdit()->text(), before->proposedLimit.toString());
    dialog->gradeCombo()->setCurrentIndex(dialog->gradeCombo()->findText(QStringLiteral("D")));
    dialog->limitEdit()->setText(QStringLiteral("20,000"));
    dialog->tierCombo()->setCurrentIndex(dialog->tierCombo()->findText(QStringLiteral("Strict")));
    dialog->reasonEdit()->setText(QStringLiteral("保証金 20,000 円を受領"));

    // A clerk: refused in the dialog, nothing saved.
    dialog->saveButton()->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->problemLabel()->isVisible());
    QVERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("山田 is not a supervisor")),
             qPrintable(dialog->problemLabel()->text()));
    QVERIFY(!m_workspace->screening().latestResult(account)->supervisorOverride);
    QCOMPARE(m_workspace->screening().exposure(account).limit, money::Yen(10'000));

    // The clerk becomes a supervisor; without a reason the override is still refused.
    chief.setSupervisors({Chief, Clerk});
    dialog->reasonEdit()->clear();
    dialog->saveButton()->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("needs a reason")),
             qPrintable(dialog->problemLabel()->text()));
    QVERIFY(!m_workspace->screening().latestResult(account)->supervisorOverride);

    // With the reason it is saved, the limit is in force and the list shows the mark.
    dialog->limitEdit()->setText(QStringLiteral("２０，０００"));
    dialog->reasonEdit()->setText(QStringLiteral("保証金 20,000 円を受領"));
    dialog->saveButton()->click();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    const std::optional<ScreeningResult> after = m_workspace->screening().latestResult(account);
    QVERIFY(after->supervisorOverride);
    QCOMPARE(after->supervisorOverride->grade, screening::Grade::D);
    QCOMPARE(after->supervisorOverride->limit, money::Yen(20'000));
    QCOMPARE(after->supervisorOverride->tier, screening::DunningTier::Strict);
    QCOMPARE(after->supervisorOverride->by, Clerk);
    QCOMPARE(m_workspace->screening().exposure(account).limit, money::Yen(20'000));
    QCOMPARE(shownCell(QStringLiteral("K002"), Column::Overridden), QStringLiteral("✎ D"));
    QCOMPARE(shownCell(QStringLiteral("K002"), Column::LimitInForce), QStringLiteral("20,000"));
    // No longer over its limit.
    m_view->overLimitFilter()->setChecked(true);
    QCOMPARE(m_view->visibleRowCount(), 0);
    m_view->overLimitFilter()->setChecked(false);
    m_view->selectAccount(account);
    QVERIFY(m_view->detailPane()
                ->findChild<QLabel *>(QStringLiteral("screeningOverride"))
                ->text()
                .contains(QStringLiteral("保証金 20,000 円を受領")));
}

void ScreeningViewTest::cancelledRunKeepsNoResults()
{
    const qint64 before = resultCount();
    const QList<ScreeningResult> latest = m_workspace->screening().latestResults();
    ui::ScreeningRunDialog *dialog = m_view->rescreen();
    QVERIFY(dialog);
    // The clerk presses Cancel while the run reports its progress.
    connect(dialog, &ui::ScreeningRunDialog::progressed, dialog, [dialog] {
        if (dialog->isRunning())
            dialog->cancelButton()->click();
    });
    const screening::ScreeningRunSummary summary = runThroughDialog(dialog, QDate::currentDate());
    QVERIFY(summary.cancelled);
    QVERIFY(dialog->isVisible()); // Cancel stopped the run, not the dialog
    QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("was cancelled: no results were kept")),
             qPrintable(dialog->summaryLabel()->text()));
    QCOMPARE(dialog->findings()->rowCount(), 0);
    QCOMPARE(resultCount(), before);
    QVERIFY(m_workspace->screening().runs().first().cancelled);
    QList<qint64> ids;
    for (const ScreeningResult &result : m_workspace->screening().latestResults())
        ids << result.id;
    QList<qint64> idsBefore;
    for (const ScreeningResult &result : latest)
        idsBefore << result.id;
    QCOMPARE(ids, idsBefore);
    QCOMPARE(m_view->visibleRowCount(), 3);
    const QPointer<ui::ScreeningRunDialog> closing(dialog);
    dialog->close();
    QTRY_VERIFY(!closing);
}

void ScreeningViewTest::exportWritesTheListAsShown()
{
    QHeaderView *header = m_view->table()->horizontalHeader();
    // The clerk hides the method and puts the debtor first.
    m_view->table()->setColumnHidden(Column::Method, true);
    header->moveSection(header->visualIndex(Column::Debtor), 0);
    m_view->overLimitFilter()->setChecked(false);
    const QString path = m_folder.filePath(QStringLiteral("screening.csv"));
    QVERIFY(m_view->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + m_view->visibleRowCount());
    QVERIFY2(lines.first().startsWith(QStringLiteral("Debtor,Customer code,Client,Grade,Screening score")),
             qPrintable(lines.first()));
    QVERIFY(!lines.first().contains(QStringLiteral("Method")));
    const int row = int(lines.indexOf(QRegularExpression(QStringLiteral("^佐藤商店,.*"))));
    QVERIFY(row > 0);
    QVERIFY2(lines.at(row).contains(QStringLiteral("\"17,600\"")), qPrintable(lines.at(row)));
    header->moveSection(header->visualIndex(Column::Debtor), Column::Debtor);
    m_view->table()->setColumnHidden(Column::Method, false);
}

void ScreeningViewTest::trainingRefusesAThinHistory()
{
    QSignalSpy finished(m_view, &ui::ScreeningView::trainingFinished);
    QString message;
    tests::DialogAnswers answers({tests::press(QMessageBox::Ok, &message)});
    m_view->train(QDate::currentDate());
    QVERIFY(m_view->isTraining());
    QVERIFY(!m_view->trainAction()->isEnabled());
    QVERIFY(finished.wait(60'000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(answers.allAnswered());
    QVERIFY2(message.contains(QStringLiteral("Not enough history to train")), qPrintable(message));
    QVERIFY(m_view->trainAction()->isEnabled());
    QVERIFY(!m_workspace->screening().activeModel());
}

void ScreeningViewTest::reportWithoutAModelOffersTraining()
{
    QPointer<ui::ModelReportDialog> report = m_view->showModelReport();
    QVERIFY(report);
    QVERIFY(QTest::qWaitForWindowExposed(report));
    QVERIFY(!report->showsModel());
    QVERIFY(report->noModelLabel()->isVisible());
    QVERIFY(report->noModelLabel()->text().contains(QStringLiteral("uses the expert card")));
    QVERIFY(report->trainButton()->isEnabled());
    // Train… asks for the date (the clerk backs out here).
    QString className;
    {
        tests::DialogAnswers answers({tests::dismiss(&className)});
        report->trainButton()->click();
        QVERIFY(answers.allAnswered());
    }
    QCOMPARE(className, QStringLiteral("QDialog"));
    QVERIFY(!m_view->isTraining());
    report->close();
}

void ScreeningViewTest::trainedModelIsReportedAndUsed()
{
    m_modelWorkspace = historyWorkspace(m_folder.filePath(QStringLiteral("history.sqlite")), this);
    ui::ScreeningView view(m_modelWorkspace);
    view.resize(1500, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Train… asks for the date, trains in the background and says what came of it.
    QSignalSpy finished(&view, &ui::ScreeningView::trainingFinished);
    QString message;
    {
        tests::DialogAnswers answers({[](QWidget *dialog) {
                                          auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("date"));
                                          QVERIFY(date);
                                          date->setDate(ModelAsOf);
                                          qobject_cast<QDialog *>(dialog)->accept();
                                      },
                                      tests::press(QMessageBox::Ok, &message)});
        view.trainAction()->trigger();
        QVERIFY(finished.wait(120'000));
        QVERIFY(answers.allAnswered());
    }
    QCOMPARE(finished.first().first().toBool(), true);
    const std::optional<screening::ModelReport> model = m_modelWorkspace->screening().activeModel();
    QVERIFY(model);
    QCOMPARE(model->asOf, ModelAsOf);
    QVERIFY2(message.contains(QStringLiteral("AUC %1").arg(QString::number(model->auc, 'f', 3))),
             qPrintable(message));

    QPointer<ui::ModelReportDialog> report = view.showModelReport();
    QVERIFY(report);
    QVERIFY(report->showsModel());
    const QString measures = report->measuresLabel()->text();
    QVERIFY2(
        measures.contains(QStringLiteral("AUC %1 · KS %2")
                              .arg(QString::number(model->auc, 'f', 3), QString::number(model->ks, 'f', 3))),
        qPrintable(measures));
    QVERIFY2(measures.contains(QStringLiteral("Model as of 2026/07/01")), qPrintable(measures));
    QVERIFY(measures.contains(QStringLiteral("by 山田")));
    QVERIFY(report->monotoneLabel()->text().endsWith(
        model->badRateMonotone ? QStringLiteral("yes") : QStringLiteral("relying on them.")));
    // The late rate of each grade on the test invoices, with the counts.
    const QChart *rates = report->lateRateChart()->chart();
    QCOMPARE(rates->series().size(), 1);
    const QBarSet *set = static_cast<QBarSeries *>(rates->series().first())->barSets().first();
    QCOMPARE(set->count(), 5);
    QCOMPARE(categoriesOf(rates).size(), 5);
    for (int grade = 0; grade < 5; ++grade) {
        const screening::GradeQuality &quality = model->byGrade.at(grade);
        QVERIFY(std::abs(set->at(grade) - 100.0 * quality.lateRate()) < 0.051);
        QCOMPARE(categoriesOf(rates).at(grade), QStringLiteral("%1 (%2/%3)")
                                                    .arg(screening::toCode(quality.grade))
                                                    .arg(quality.late)
                                                    .arg(quality.invoices));
    }
    // The weights, one bar per feature.
    const QStringList weights = categoriesOf(report->weightsChart()->chart());
    const auto weighted =
        std::count_if(model->weights.cbegin(), model->weights.cend(),
                      [](const screening::ScreeningReason &weight) { return weight.points != 0; });
    QVERIFY(weighted > 3);
    QCOMPARE(weights.size(), weighted);
    // In the clerk's words, the strongest at the top (the last category of a horizontal bar chart).
    QVERIFY2(weights.last().startsWith(ui::ScreeningNames::featureName(model->weights.first().text)),
             qPrintable(weights.last()));
    QVERIFY(!weights.last().contains(QLatin1Char('_')));
    QCOMPARE(report->runsTable()->rowCount(), 0);

    // A run with the model: the method and the runs' stability in the report.
    ui::ScreeningRunDialog *dialog = view.rescreen();
    QVERIFY(dialog->expertBox()->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("methodNote"))
                ->text()
                .contains(QStringLiteral("2026/07/01")));
    const screening::ScreeningRunSummary summary = runThroughDialog(dialog, ModelAsOf);
    QCOMPARE(summary.method, screening::ScreeningMethod::Model);
    QVERIFY(summary.accounts > 100);
    dialog->close();
    QCOMPARE(view.visibleRowCount(), summary.accounts);
    // The model's reasons lower the score too: those bars are the warning-coloured set.
    const auto lowering = [](const ScreeningResult &result) {
        return std::any_of(result.reasons.cbegin(), result.reasons.cend(),
                           [](const screening::ScreeningReason &reason) { return reason.points < 0; });
    };
    const QList<ScreeningResult> results = m_modelWorkspace->screening().latestResults();
    const auto risky = std::find_if(results.cbegin(), results.cend(), lowering);
    QVERIFY(risky != results.cend());
    view.selectAccount(risky->accountId);
    auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(
        view.detailPane()->reasonsChart()->chart()->series().first());
    QVERIFY(bars);
    QBarSet *lowers = bars->barSets().at(1);
    double lowered = 0;
    for (int i = 0; i < lowers->count(); ++i)
        lowered += lowers->at(i);
    double expectedLowered = 0;
    for (const screening::ScreeningReason &reason : risky->reasons)
        expectedLowered += std::min(0, reason.points);
    QVERIFY(lowered < 0);
    QCOMPARE(lowered, expectedLowered);
    QCOMPARE(lowers->color(), QColor(0xc6, 0x28, 0x28));
    QCOMPARE(view.table()->model()->index(0, Column::Method).data().toString(), QStringLiteral("Model"));
    QTRY_COMPARE(report->runsTable()->rowCount(), 1); // the report follows the workspace
    QCOMPARE(report->runsTable()->item(0, 2)->text(), QString::number(summary.accounts));
    QCOMPARE(report->runsTable()->item(0, 4)->text(), QStringLiteral("no previous run"));
    report->close();
}

void ScreeningViewTest::mainWindowHasTheScreeningArea()
{
    ui::MainWindow window;
    QVERIFY(window.openDatabase(
        storage::DatabaseLocation::sqliteFile(m_folder.filePath(QStringLiteral("history.sqlite")))));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showArea(ui::MainWindow::DebtorsArea);
    // Ctrl+6, like the areas before it.
    QAction *area = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_6))
            area = action;
    }
    QVERIFY(area);
    QCOMPARE(area->text(), QStringLiteral("&Screening"));
    area->trigger();
    QCOMPARE(window.currentArea(), ui::MainWindow::ScreeningArea);
    QVERIFY(window.screeningView()->isVisible());
    const int rows = window.screeningView()->visibleRowCount();
    QVERIFY(rows > 100);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("rowCountLabel"))->text(),
             QStringLiteral("%1 rows").arg(rows));
    // Find focuses the area's search.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), window.screeningView()->searchField());

    // The status bar reminds of the reviews due and opens them.
    auto *reviews = window.findChild<QToolButton *>(QStringLiteral("reviewsDueButton"));
    QVERIFY(reviews);
    const int due = window.workspace()->screening().reviewsDue();
    QVERIFY(due > 0);
    QVERIFY(reviews->isVisible());
    QVERIFY2(reviews->text().contains(QString::number(due)), qPrintable(reviews->text()));
    window.showArea(ui::MainWindow::DebtorsArea);
    reviews->click();
    QCOMPARE(window.currentArea(), ui::MainWindow::ScreeningArea);
    QVERIFY(window.screeningView()->reviewDueFilter()->isChecked());
    window.close();
}

void ScreeningViewTest::takePictures(const QString &language)
{
    QVERIFY(m_modelWorkspace);
    ui::ScreeningView view(m_modelWorkspace);
    view.resize(1500, 820);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // A run (each language adds one, so the report has stability to show).
    ui::ScreeningRunDialog *dialog = view.rescreen();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    runThroughDialog(dialog, ModelAsOf.addMonths(language == QLatin1String("en") ? 1 : 2));
    shoot(dialog, QStringLiteral("screening-run"), language);
    dialog->close();

    // The list with a downgraded (else over-limit) account selected.
    qint64 account = 0;
    for (const ScreeningResult &result : m_modelWorkspace->screening().latestResults()) {
        if (account == 0 && (result.downgraded() || result.overLimit()))
            account = result.accountId;
    }
    view.selectAccount(account != 0 ? account : view.model()->rowAt(0)->accountId);
    QVERIFY(view.currentResult());
    shoot(&view, QStringLiteral("screening"), language);

    QPointer<ui::ScreeningOverrideDialog> override = view.overrideSelected();
    QVERIFY(QTest::qWaitForWindowExposed(override));
    override->reasonEdit()->setText(QStringLiteral("代表者の連帯保証あり"));
    shoot(override, QStringLiteral("screening-override"), language);
    override->close();

    QPointer<ui::ModelReportDialog> report = view.showModelReport();
    QVERIFY(QTest::qWaitForWindowExposed(report));
    shoot(report, QStringLiteral("model-report"), language);
    report->close();

    // The area in the main window (other areas' captions are theirs to check).
    {
        ui::MainWindow window;
        QVERIFY(window.openDatabase(
            storage::DatabaseLocation::sqliteFile(m_folder.filePath(QStringLiteral("history.sqlite")))));
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArea(ui::MainWindow::ScreeningArea);
        window.screeningView()->selectAccount(view.currentResult()->accountId);
        QTest::qWait(100);
        QVERIFY(tests::saveShot(&window, ShotFolder, QStringLiteral("main-window-") + language));
        window.close();
    }

    // Before any model: what the report says instead.
    ui::ModelReportDialog empty(m_workspace);
    empty.show();
    QVERIFY(QTest::qWaitForWindowExposed(&empty));
    if (!m_workspace->screening().activeModel())
        shoot(&empty, QStringLiteral("model-report-none"), language);
    view.close();
}

void ScreeningViewTest::picturesInEnglish()
{
    QVERIFY(i18n::installTranslations(QStringLiteral("en")));
    takePictures(QStringLiteral("en"));
}

void ScreeningViewTest::picturesInJapanese()
{
    QVERIFY(i18n::installTranslations(QStringLiteral("ja")));
    takePictures(QStringLiteral("ja"));
}

QTEST_MAIN(ScreeningViewTest)
#include "tst_screeningview.moc"
