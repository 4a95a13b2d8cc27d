// The debtor register view over a demo database: paging model, search, filters, the detail pane's
// save / validation / undo through the services.

#include "DebtorDetailPane.h"
#include "DebtorRegisterModel.h"
#include "DebtorView.h"
#include "FieldNames.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "calendar/PaymentTerms.h"
#include "demo/DemoAgency.h"
#include "money/Yen.h"
#include "parties/DebtorRegister.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace kaishu;
using parties::RegisterColumn;

namespace {

// Types text key by key, as a clerk with an input method would commit it (QTest::keyClicks only
// knows Latin-1).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar character : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(character), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(character), Qt::NoModifier);
    }
}

} // namespace

class DebtorViewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void rowCountMatchesRegister();
    void rowsDeepInTheTable();
    void searchNarrowsTheRows();
    void prefectureFilter();
    void statusFilter();
    void editSavesAndUndoRestores();
    void invalidCorporateNumberShowsFieldError();
    // Last: it switches the application to Japanese.
    void japaneseCatalogueCoversTheView();

private:
    QModelIndex cell(int row, RegisterColumn column) const
    {
        return m_view->model()->index(row, static_cast<int>(column));
    }
    QLineEdit *editor(const QString &field) const
    {
        return qobject_cast<QLineEdit *>(m_view->detailPane()->editorOf(field));
    }
    // Selects a row as a click would and returns the account shown in the pane.
    qint64 selectRow(int row);

    QTemporaryDir m_folder;
    ui::Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    ui::DebtorView *m_view = nullptr;
};

void DebtorViewTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    m_workspace = new ui::Workspace(QStringLiteral("tester"), this);
    m_workspace->setDatabase(storage::Database::open(
        storage::DatabaseLocation::sqliteFile(m_folder.filePath(QStringLiteral("ui.sqlite")))));
    const demo::DemoSummary summary = demo::DemoAgency::generate(
        m_workspace->database(), demo::DemoSize{1, 1500}, QStringLiteral("tester"));
    QCOMPARE(summary.debtors, 1500);
    m_undoStack = new QUndoStack(this);
    m_view = new ui::DebtorView(m_workspace, m_undoStack);
    m_view->resize(1400, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void DebtorViewTest::init()
{
    // Every test starts from the whole register in the view's order (kana).
    m_view->searchField()->clear();
    for (QComboBox *combo : {m_view->clientFilter(), m_view->prefectureFilter(), m_view->industryFilter(),
                             m_view->statusFilter()})
        combo->setCurrentIndex(0);
    QTRY_COMPARE(m_view->model()->filter(), parties::RegisterFilter());
}

void DebtorViewTest::cleanupTestCase()
{
    delete m_view;
}

qint64 DebtorViewTest::selectRow(int row)
{
    m_view->table()->setCurrentIndex(cell(row, RegisterColumn::Name));
    return m_view->detailPane()->accountId();
}

void DebtorViewTest::rowCountMatchesRegister()
{
    const int count = m_workspace->debtorRegister().count({});
    QVERIFY(count >= 1500);
    QCOMPARE(m_view->model()->rowCount(), count);
    QCOMPARE(m_view->model()->columnCount(), parties::RegisterColumnCount);
}

void DebtorViewTest::rowsDeepInTheTable()
{
    const parties::DebtorRegister &debtorRegister = m_workspace->debtorRegister();
    const int count = debtorRegister.count({});
    for (int row : {count - 1, count / 2 + 7, 3 * ui::DebtorRegisterModel::PageSize + 1}) {
        const QList<parties::RegisterRow> expected =
            debtorRegister.fetch({}, m_view->model()->sortColumn(), m_view->model()->sortAscending(), row, 1);
        QCOMPARE(expected.size(), 1);
        QCOMPARE(cell(row, RegisterColumn::Name).data().toString(), expected.first().name);
        QCOMPARE(cell(row, RegisterColumn::CustomerCode).data().toString(), expected.first().customerCode);
        QCOMPARE(cell(row, RegisterColumn::CreditLimit).data().toString(),
                 money::Yen(expected.first().creditLimit).toString());
        QCOMPARE(cell(row, RegisterColumn::Terms).data().toString(),
                 calendar::PaymentTerms::parse(expected.first().terms)->toJapanese());
        QCOMPARE(cell(row, RegisterColumn::Name).data(ui::DebtorRegisterModel::AccountIdRole).toLongLong(),
                 expected.first().accountId);
    }
    const auto alignment =
        cell(0, RegisterColumn::CreditLimit).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    QVERIFY(alignment & Qt::AlignRight);
    // Amounts are grouped by thousands.
    const QList<parties::RegisterRow> largest =
        debtorRegister.fetch({}, RegisterColumn::CreditLimit, false, 0, 1);
    QVERIFY(largest.first().creditLimit >= 1000);
    QVERIFY(money::Yen(largest.first().creditLimit).toString().contains(QLatin1Char(',')));
}

void DebtorViewTest::searchNarrowsTheRows()
{
    const int all = m_view->model()->rowCount();
    // Part of a name deep in the register, typed key by key.
    const QString name = cell(all - 3, RegisterColumn::Name).data().toString();
    QVERIFY(!name.isEmpty());
    const QString typed = name.left(std::min<qsizetype>(name.size(), 4));
    m_view->searchField()->setFocus();
    typeText(m_view->searchField(), typed);
    parties::RegisterFilter expected;
    expected.search = typed;
    QTRY_COMPARE(m_view->model()->filter(), expected);
    const int narrowed = m_view->model()->rowCount();
    QVERIFY(narrowed > 0);
    QVERIFY(narrowed < all);
    QCOMPARE(narrowed, m_workspace->debtorRegister().count(expected));
    bool found = false;
    for (int row = 0; row < narrowed; ++row)
        found = found || cell(row, RegisterColumn::Name).data().toString() == name;
    QVERIFY(found);

    // Clearing the field brings the whole register back.
    QTest::keyClick(m_view->searchField(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(m_view->searchField(), Qt::Key_Delete);
    QTRY_COMPARE(m_view->model()->rowCount(), all);
}

void DebtorViewTest::prefectureFilter()
{
    QComboBox *prefectures = m_view->prefectureFilter();
    QVERIFY(prefectures->count() > 2);
    prefectures->setCurrentIndex(1);
    const QString prefecture = prefectures->currentData().toString();
    parties::RegisterFilter expected;
    expected.prefecture = prefecture;
    QCOMPARE(m_view->model()->filter(), expected);
    const int rows = m_view->model()->rowCount();
    QCOMPARE(rows, m_workspace->debtorRegister().count(expected));
    QVERIFY(rows > 0);
    QVERIFY(rows < m_workspace->debtorRegister().count({}));
    for (int row = 0; row < rows; ++row)
        QCOMPARE(cell(row, RegisterColumn::Prefecture).data().toString(), prefecture);
}

void DebtorViewTest::statusFilter()
{
    QComboBox *statuses = m_view->statusFilter();
    statuses->setCurrentIndex(statuses->findData(QStringLiteral("active")));
    parties::RegisterFilter expected;
    expected.status = parties::AccountStatus::Active;
    QCOMPARE(m_view->model()->filter(), expected);
    QCOMPARE(m_view->model()->rowCount(), m_workspace->debtorRegister().count(expected));
    QCOMPARE(cell(0, RegisterColumn::Status).data().toString(),
             parties::displayName(parties::AccountStatus::Active));
}

void DebtorViewTest::editSavesAndUndoRestores()
{
    const qint64 accountId = selectRow(42);
    QVERIFY(accountId != 0);
    parties::PartyRepository &repository = m_workspace->parties().repository();
    const qint64 debtorId = repository.accountById(accountId)->debtorId;
    const parties::Debtor before = *repository.debtorById(debtorId);
    const qsizetype historyBefore = m_workspace->parties().debtorHistory(debtorId).size();

    QLineEdit *contact = editor(QStringLiteral("contact_name"));
    QLineEdit *creditLimit = editor(QStringLiteral("credit_limit"));
    QVERIFY(contact && creditLimit);
    QCOMPARE(contact->text(), before.contactName);
    contact->setFocus();
    contact->selectAll();
    typeText(contact, QStringLiteral("経理部 佐藤"));
    creditLimit->setText(QStringLiteral("1,234,000"));
    QVERIFY(m_view->detailPane()->isDirty());
    QVERIFY(m_view->detailPane()->save());

    QCOMPARE(repository.debtorById(debtorId)->contactName, QStringLiteral("経理部 佐藤"));
    QCOMPARE(repository.accountById(accountId)->creditLimit, money::Yen(1234000));
    const QList<audit::AuditRecord> history = m_workspace->parties().debtorHistory(debtorId);
    QCOMPARE(history.size(), historyBefore + 2); // the debtor and its account
    bool debtorRecorded = false;
    for (const audit::AuditRecord &record : history.first(2)) {
        QCOMPARE(record.action, QStringLiteral("update"));
        QCOMPARE(record.actor, QStringLiteral("tester"));
        if (record.entity == QLatin1String("debtor")) {
            debtorRecorded = true;
            QCOMPARE(record.before.value(QStringLiteral("contact_name")).toString(), before.contactName);
            QCOMPARE(record.after.value(QStringLiteral("contact_name")).toString(),
                     QStringLiteral("経理部 佐藤"));
        }
    }
    QVERIFY(debtorRecorded);
    QCOMPARE(m_undoStack->count(), 1);
    QVERIFY(!m_view->detailPane()->isDirty());

    m_undoStack->undo();
    QCOMPARE(repository.debtorById(debtorId)->contactName, before.contactName);
    QCOMPARE(contact->text(), before.contactName); // the pane shows the restored record
    QCOMPARE(m_workspace->parties().debtorHistory(debtorId).size(), historyBefore + 4);

    m_undoStack->redo();
    QCOMPARE(repository.debtorById(debtorId)->contactName, QStringLiteral("経理部 佐藤"));
    QCOMPARE(repository.accountById(accountId)->creditLimit, money::Yen(1234000));
    m_undoStack->undo();
    QCOMPARE(repository.debtorById(debtorId)->contactName, before.contactName);
}

void DebtorViewTest::invalidCorporateNumberShowsFieldError()
{
    // A corporation, so that only the check digit is wrong.
    int row = 0;
    parties::PartyRepository &repository = m_workspace->parties().repository();
    qint64 accountId = 0;
    for (;; ++row) {
        accountId = selectRow(row);
        const auto account = repository.accountById(accountId);
        if (repository.debtorById(account->debtorId)->kind == parties::DebtorKind::Corporation)
            break;
    }
    const qint64 debtorId = repository.accountById(accountId)->debtorId;
    const parties::Debtor before = *repository.debtorById(debtorId);
    const qsizetype historyBefore = m_workspace->parties().debtorHistory(debtorId).size();
    const int undoBefore = m_undoStack->count();

    QLineEdit *corporateNumber = editor(QStringLiteral("corporate_number"));
    corporateNumber->setFocus();
    corporateNumber->selectAll();
    QTest::keyClicks(corporateNumber, QStringLiteral("2835678256246"));
    const QString error = m_view->detailPane()->fieldErrorText(QStringLiteral("corporate_number"));
    QVERIFY2(!error.isEmpty(), "the error shows as the clerk types");
    QVERIFY(error.startsWith(ui::FieldNames::displayName(QStringLiteral("corporate_number"))));
    QVERIFY(!corporateNumber->styleSheet().isEmpty()); // the red frame
    QVERIFY(!m_view->detailPane()->save());
    QVERIFY(!m_view->detailPane()->fieldErrorText(QStringLiteral("corporate_number")).isEmpty());

    QCOMPARE(*repository.debtorById(debtorId), before);
    QCOMPARE(m_workspace->parties().debtorHistory(debtorId).size(), historyBefore);
    QCOMPARE(m_undoStack->count(), undoBefore);

    m_view->detailPane()->revert();
    QCOMPARE(corporateNumber->text(), before.corporateNumber);
    QVERIFY(m_view->detailPane()->fieldErrorText(QStringLiteral("corporate_number")).isEmpty());
}

void DebtorViewTest::japaneseCatalogueCoversTheView()
{
    // Every caption of a freshly built view comes from the Japanese catalogue: no English word is
    // left on a label, button, tab, column title or placeholder (a string that moved to another
    // class, and so to another translation context, shows up here).
    QVERIFY(i18n::installTranslations(QStringLiteral("ja")));
    ui::DebtorView view(m_workspace, m_undoStack);
    view.resize(1400, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Data may hold Latin letters (e-mail addresses, customer codes); captions may not.
    const QStringList untranslated = tests::englishCaptions(&view);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(" | "))));
}

QTEST_MAIN(DebtorViewTest)
#include "tst_debtorview.moc"
