// The credit report dialog and the debtor pane's credit reports over a temporary SQLite database,
// offscreen: a report entered in the form is stored with every figure (thousands separators, a
// negative net assets, the ratio per mille) and announced; a score out of range or a figure that
// is not a number is named under its field and nothing is stored; empty figures stay unknown; the
// pane lists a debtor's reports newest first and shows one added through its button. Pictures of
// the dialog and the pane go to /tmp/creditreport-shots, in English and Japanese.

#include "CreditReportDialog.h"
#include "DebtorDetailPane.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "parties/PartyImport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace kaishu;
using money::Yen;
using screening::CreditReport;
using ui::CreditReportDialog;
using ui::CreditReportForm;
using ui::CreditReportTableModel;

namespace {

const QString ShotFolder = QStringLiteral("/tmp/creditreport-shots");

// What a clerk enters; fields left empty are not touched.
struct Typed
{
    QString source{}; // picked from the list when it is one of its items, else typed
    QDate date{};
    QString score{};
    QString capital{};
    QString employees{};
    QString years{};
    QString revenue{};
    QString netAssets{};
    QString ratio{};
    QString notes{};
};

CreditReportForm *formOf(QWidget *dialog)
{
    auto *form = dialog->findChild<CreditReportForm *>();
    if (!form)
        qFatal("no credit report form in %s", dialog->metaObject()->className());
    return form;
}

void type(CreditReportForm *form, const Typed &typed)
{
    if (!typed.source.isEmpty()) {
        auto *source = qobject_cast<QComboBox *>(form->editorOf(QStringLiteral("source")));
        const int item = source->findText(typed.source);
        if (item >= 0)
            source->setCurrentIndex(item);
        else
            source->setEditText(typed.source);
    }
    if (typed.date.isValid())
        qobject_cast<QDateEdit *>(form->editorOf(QStringLiteral("report_date")))->setDate(typed.date);
    for (const auto &[field, text] :
         {std::pair{"score", typed.score}, std::pair{"capital", typed.capital},
          std::pair{"employees", typed.employees}, std::pair{"years_in_business", typed.years},
          std::pair{"revenue", typed.revenue}, std::pair{"net_assets", typed.netAssets},
          std::pair{"current_ratio", typed.ratio}}) {
        if (text.isEmpty())
            continue;
        auto *edit = qobject_cast<QLineEdit *>(form->editorOf(QString::fromLatin1(field)));
        // As typed or pasted (QTest::keyClicks sends Latin-1 only, not full-width digits).
        edit->selectAll();
        edit->insert(text);
    }
    if (!typed.notes.isEmpty())
        qobject_cast<QPlainTextEdit *>(form->editorOf(QStringLiteral("notes")))->setPlainText(typed.notes);
}

void pressOk(QWidget *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

// The picture as the clerk sees it: the layouts caught up with the error lines shown and hidden.
void settle()
{
    // A cell's new size reaches its group box, then the dialog, which grows to its new minimum.
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

} // namespace

class CreditReportDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void enteringAReportSavesIt();
    void outOfRangeScoreOrBadNumberIsRefusedUnderItsField();
    void emptyFiguresStayUnknown();
    void paneListsTheReportsNewestFirst();
    // Last: it switches the application to Japanese.
    void picturesInEnglishAndJapanese();

private:
    QList<CreditReport> reportsOf(qint64 debtorId) const
    {
        return m_workspace->creditReports().reports(debtorId);
    }
    qint64 count() const
    {
        return m_workspace->database()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM credit_reports"))
            .toLongLong();
    }
    qint64 accountOf(const QString &customerCode) const
    {
        parties::PartyRepository &repository = m_workspace->parties().repository();
        return repository
            .accountByCustomerCode(repository.clientByCode(QStringLiteral("C001"))->id, customerCode)
            ->id;
    }
    qint64 debtorOf(const QString &customerCode) const
    {
        return m_workspace->parties().repository().accountById(accountOf(customerCode))->debtorId;
    }
    // A pane showing the account, as the register shows it beside the list.
    std::unique_ptr<ui::DebtorDetailPane> paneFor(const QString &customerCode)
    {
        auto pane = std::make_unique<ui::DebtorDetailPane>(m_workspace, &m_undoStack);
        pane->resize(520, 900);
        pane->show();
        if (!QTest::qWaitForWindowExposed(pane.get()))
            qWarning("the pane was not shown");
        pane->showAccount(accountOf(customerCode));
        return pane;
    }

    QTemporaryDir m_folder;
    ui::Workspace *m_workspace = nullptr;
    QUndoStack m_undoStack;
};

void CreditReportDialogTest::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QStandardPaths::setTestModeEnabled(true);
    tests::useJapaneseFont();
    QVERIFY(i18n::installTranslations(QStringLiteral("en")));
    // C001 with its customers K001 株式会社山田商事, K002 佐藤商店 and K003 鈴木工業株式会社.
    std::unique_ptr<storage::Database> database = storage::Database::open(
        storage::DatabaseLocation::sqliteFile(m_folder.filePath(QStringLiteral("reports.sqlite"))));
    parties::PartyImporter importer(*database, QStringLiteral("tester"));
    QVERIFY(importer.importFile(parties::ImportKind::Clients, tests::ClientsCsv).committed);
    QVERIFY(importer.importFile(parties::ImportKind::Debtors, tests::DebtorsCsv).committed);
    m_workspace = new ui::Workspace(QStringLiteral("tester"), this);
    m_workspace->setDatabase(std::move(database));
}

void CreditReportDialogTest::enteringAReportSavesIt()
{
    const qint64 debtorId = debtorOf(QStringLiteral("K001"));
    QSignalSpy announced(m_workspace, &ui::Workspace::screeningChanged);
    CreditReportDialog dialog(m_workspace, debtorId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("debtorTitle"))->text(),
             QStringLiteral("株式会社山田商事"));
    // Today unless the clerk says otherwise.
    QCOMPARE(qobject_cast<QDateEdit *>(dialog.form()->editorOf(QStringLiteral("report_date")))->date(),
             QDate::currentDate());
    type(dialog.form(), {.source = QStringLiteral("Tokyo Shoko Research (TSR)"),
                         .date = QDate(2026, 4, 1),
                         .score = QStringLiteral("55"),
                         .capital = QStringLiteral("30,000,000"),
                         .employees = QStringLiteral("４５"),
                         .years = QStringLiteral("18"),
                         .revenue = QStringLiteral("1,200,000,000"),
                         .netAssets = QStringLiteral("-2,000,000"),
                         .ratio = QStringLiteral("135.5"),
                         .notes = QStringLiteral("代表者交代")});
    pressOk(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(announced.count(), 1);

    const QList<CreditReport> stored = reportsOf(debtorId);
    QCOMPARE(stored.size(), 1);
    const CreditReport &report = stored.first();
    QCOMPARE(report.id, dialog.saved()->id);
    QCOMPARE(report.source, QStringLiteral("TSR"));
    QCOMPARE(report.reportDate, QDate(2026, 4, 1));
    QCOMPARE(report.score, 55);
    QCOMPARE(report.capital, Yen(30'000'000));
    QCOMPARE(report.employees, 45);
    QCOMPARE(report.yearsInBusiness, 18);
    QCOMPARE(report.revenue, Yen(1'200'000'000));
    QCOMPARE(report.netAssets, Yen(-2'000'000));
    QCOMPARE(report.currentRatioPerMille, 1355);
    QCOMPARE(report.notes, QStringLiteral("代表者交代"));
    QCOMPARE(m_workspace->database()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'credit_report' AND "
                                        "entity_id = ?"),
                         {report.id})
                 .toInt(),
             1);

    // A source of the clerk's own is kept as typed.
    CreditReportDialog other(m_workspace, debtorId);
    other.show();
    type(other.form(), {.source = QStringLiteral("リスクモンスター"),
                        .date = QDate(2026, 6, 1),
                        .score = QStringLiteral("62")});
    pressOk(&other);
    QCOMPARE(other.result(), int(QDialog::Accepted));
    QCOMPARE(reportsOf(debtorId).first().source, QStringLiteral("リスクモンスター"));
}

void CreditReportDialogTest::outOfRangeScoreOrBadNumberIsRefusedUnderItsField()
{
    const qint64 before = count();
    QSignalSpy announced(m_workspace, &ui::Workspace::screeningChanged);
    CreditReportDialog dialog(m_workspace, debtorOf(QStringLiteral("K002")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    CreditReportForm *form = dialog.form();

    type(
        form,
        {.date = QDate(2026, 5, 1), .score = QStringLiteral("120"), .capital = QStringLiteral("10,000,000")});
    // Named as it is typed, and again on OK; the dialog stays open.
    QCOMPARE(form->fieldErrorText(QStringLiteral("score")), QStringLiteral("Score: must be 0–100, not 120"));
    pressOk(&dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(form->fieldErrorText(QStringLiteral("score")), QStringLiteral("Score: must be 0–100, not 120"));
    QCOMPARE(form->fieldErrorText(QStringLiteral("capital")), QString());

    // Figures that are not numbers, each under its own field.
    type(form, {.score = QStringLiteral("55"),
                .capital = QStringLiteral("1千万"),
                .employees = QStringLiteral("12.5"),
                .ratio = QStringLiteral("high")});
    pressOk(&dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(form->fieldErrorText(QStringLiteral("score")), QString());
    QCOMPARE(form->fieldErrorText(QStringLiteral("capital")),
             QStringLiteral("Capital: \"1千万\" is not an amount in yen"));
    QCOMPARE(form->fieldErrorText(QStringLiteral("employees")),
             QStringLiteral("Employees: \"12.5\" is not a whole number"));
    QVERIFY2(form->fieldErrorText(QStringLiteral("current_ratio")).contains(QStringLiteral("\"high\"")),
             qPrintable(form->fieldErrorText(QStringLiteral("current_ratio"))));
    // Negative where only net assets may be.
    type(form, {.capital = QStringLiteral("-5,000,000"),
                .employees = QStringLiteral("12"),
                .ratio = QStringLiteral("98.5")});
    QCOMPARE(form->fieldErrorText(QStringLiteral("capital")),
             QStringLiteral("Capital: must not be negative"));
    QCOMPARE(form->fieldErrorText(QStringLiteral("employees")), QString());
    pressOk(&dialog);
    QVERIFY(dialog.isVisible());
    settle();
    QVERIFY(tests::saveShot(&dialog, ShotFolder, QStringLiteral("dialog-refused-en")));

    QCOMPARE(count(), before);
    QCOMPARE(announced.count(), 0);
    dialog.reject();
    QCOMPARE(count(), before);
}

void CreditReportDialogTest::emptyFiguresStayUnknown()
{
    const qint64 debtorId = debtorOf(QStringLiteral("K003"));
    // Nothing entered: a report that says nothing is not kept.
    {
        CreditReportDialog dialog(m_workspace, debtorId);
        dialog.show();
        pressOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.form()->fieldErrorText(QStringLiteral("score")).startsWith(QStringLiteral("Score: ")),
                 qPrintable(dialog.form()->fieldErrorText(QStringLiteral("score"))));
        QVERIFY(reportsOf(debtorId).isEmpty());
    }
    // Only the score and the net assets (zero, which is not unknown).
    CreditReportDialog dialog(m_workspace, debtorId);
    dialog.show();
    type(dialog.form(),
         {.date = QDate(2026, 3, 31), .score = QStringLiteral("47"), .netAssets = QStringLiteral("0")});
    pressOk(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<CreditReport> stored = reportsOf(debtorId);
    QCOMPARE(stored.size(), 1);
    const CreditReport &report = stored.first();
    QCOMPARE(report.source, QStringLiteral("TDB")); // the first of the list
    QCOMPARE(report.score, 47);
    QCOMPARE(report.netAssets, Yen(0));
    QVERIFY(!report.capital.has_value());
    QVERIFY(!report.employees.has_value());
    QVERIFY(!report.yearsInBusiness.has_value());
    QVERIFY(!report.revenue.has_value());
    QVERIFY(!report.currentRatioPerMille.has_value());
    QVERIFY(report.notes.isEmpty());
    // As stored in the database, too: NULL, not 0.
    QCOMPARE(
        m_workspace->database()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM credit_reports WHERE id = ? AND capital IS NULL "
                                   "AND employees IS NULL AND current_ratio_pm IS NULL"),
                    {report.id})
            .toInt(),
        1);
}

void CreditReportDialogTest::paneListsTheReportsNewestFirst()
{
    const qint64 debtorId = debtorOf(QStringLiteral("K001"));
    // Stored out of order: an old one after the newer ones.
    CreditReport old;
    old.debtorId = debtorId;
    old.source = QStringLiteral("TDB");
    old.reportDate = QDate(2024, 9, 30);
    old.score = 58;
    old.capital = Yen(30'000'000);
    m_workspace->creditReports().add(old);

    std::unique_ptr<ui::DebtorDetailPane> pane = paneFor(QStringLiteral("K001"));
    CreditReportTableModel *model = pane->creditReportModel();
    const auto dates = [model] {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list << model->index(row, CreditReportTableModel::ReportDate).data().toString();
        return list;
    };
    QCOMPARE(dates(), (QStringList{QStringLiteral("2026/06/01"), QStringLiteral("2026/04/01"),
                                   QStringLiteral("2024/09/30")}));
    QVERIFY(pane->creditReportTable()->isVisible());
    QCOMPARE(model->index(1, CreditReportTableModel::Source).data().toString(), QStringLiteral("TSR"));
    QCOMPARE(model->index(1, CreditReportTableModel::Capital).data().toString(),
             QStringLiteral("30,000,000"));
    QCOMPARE(model->index(1, CreditReportTableModel::NetAssets).data().toString(),
             QStringLiteral("-2,000,000"));
    QCOMPARE(model->index(1, CreditReportTableModel::CurrentRatio).data().toString(),
             QStringLiteral("135.5%"));
    QCOMPARE(model->index(0, CreditReportTableModel::Capital).data().toString(), QString()); // unknown

    // Added through the pane's button: listed in its place at once.
    QVERIFY(pane->addCreditReportButton()->isEnabled());
    tests::DialogAnswers answers({[](QWidget *dialog) {
        type(formOf(dialog), {.date = QDate(2025, 5, 20),
                              .score = QStringLiteral("57"),
                              .capital = QStringLiteral("30,000,000")});
        pressOk(dialog);
    }});
    pane->addCreditReportButton()->click();
    QVERIFY(answers.allAnswered());
    QCOMPARE(dates(), (QStringList{QStringLiteral("2026/06/01"), QStringLiteral("2026/04/01"),
                                   QStringLiteral("2025/05/20"), QStringLiteral("2024/09/30")}));
    QCOMPARE(pane->creditReportTable()->currentIndex().row(), 2);

    // Another debtor's pane says it has none; without a debtor, nothing can be added.
    pane->showAccount(accountOf(QStringLiteral("K002")));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!pane->creditReportTable()->isVisible());
    QVERIFY(pane->findChild<QLabel *>(QStringLiteral("noCreditReports"))->isVisible());
    pane->showAccount(0);
    QVERIFY(!pane->addCreditReportButton()->isEnabled());
}

void CreditReportDialogTest::picturesInEnglishAndJapanese()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        QVERIFY(i18n::installTranslations(language));
        CreditReportDialog dialog(m_workspace, debtorOf(QStringLiteral("K001")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog.form(), {.date = QDate(2026, 10, 1),
                             .score = QStringLiteral("130"),
                             .capital = QStringLiteral("50,000,000"),
                             .employees = QStringLiteral("120"),
                             .years = QStringLiteral("35"),
                             .netAssets = QStringLiteral("△3,000,000")});
        settle();
        tests::shootInLanguage(&dialog, ShotFolder, QStringLiteral("dialog"), language);
        dialog.reject();

        std::unique_ptr<ui::DebtorDetailPane> pane = paneFor(QStringLiteral("K001"));
        // The credit reports are at the foot of the details: scrolled to them as a clerk would.
        settle();
        pane->findChild<QScrollArea *>()->ensureWidgetVisible(pane->addCreditReportButton());
        QCoreApplication::processEvents();
        tests::shootInLanguage(pane.get(), ShotFolder, QStringLiteral("pane"), language);
    }
}

QTEST_MAIN(CreditReportDialogTest)
#include "tst_creditreportdialog.moc"
