// Payment confirmation in the GUI over a temporary SQLite database: a Zengin file imported through
// the view (the summary, the queue with its statuses and totals), the suggestion panel with its
// reasons, Enter accepting and moving to the next waiting payment, reversal with a reason, the manual
// allocation split across two invoices and refusing an over-allocation, other income, a file
// dropped on the view, a broken file refused with its problems; and pictures of the area in English
// and Japanese, with no English word left on the Japanese ones.

#include "BankCsvImportDialog.h"
#include "BankStatementFixtures.h"
#include "BankTransactionTableModel.h"
#include "BillingNames.h"
#include "MainWindow.h"
#include "ManualAllocationDialog.h"
#include "PaymentsView.h"
#include "ReceiptDialog.h"
#include "SuggestionPanel.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "parties/PartyImport.h"
#include "payments/ZenginWriter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace kaishu;
using billing::Invoice;
using billing::InvoiceStatus;
using money::Yen;
using payments::BankTransaction;
using payments::TransactionStatus;

namespace {

const QString ShotFolder = QStringLiteral("/tmp/ui-shots3");

QByteArray testData(const QString &name)
{
    QFile file(QStringLiteral(KAISHU_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

using tests::clientAccount;
using tests::notice;
using tests::transfer;

// Writes the statements as a Zengin 振込入金通知 file and returns its path.
QString writeZengin(const QString &path, const QList<payments::BankStatement> &statements)
{
    const QByteArray bytes = tests::zenginBytes(statements);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The billing fixture of tests/core/tst_payments.cpp on a new database: C001's October invoices
// issued on 2026-11-01 — K001 one summary invoice of 68,678 yen, K002 one per order (6,600 and 11,000),
// K003 (closing on the 20th) 1,100.
ui::Workspace *billedWorkspace(const QString &databasePath, QObject *parent)
{
    auto *workspace = new ui::Workspace(QStringLiteral("tester"), parent);
    workspace->setDatabase(storage::Database::open(storage::DatabaseLocation::sqliteFile(databasePath)));
    parties::PartyImporter importer(workspace->database(), QStringLiteral("tester"));
    if (!importer.importFile(parties::ImportKind::Clients, testData(QStringLiteral("billing/clients.csv")))
             .committed ||
        !importer.importFile(parties::ImportKind::Debtors, testData(QStringLiteral("billing/debtors.csv")))
             .committed)
        qFatal("fixture parties did not import");
    if (!workspace->orders().importFile(testData(QStringLiteral("billing/orders.csv"))).committed)
        qFatal("fixture orders did not import");
    billing::InvoiceService &service = workspace->invoices();
    const qint64 k002 = workspace->database()
                            .scalar(QStringLiteral("SELECT id FROM accounts WHERE customer_code = 'K002'"))
                            .toLongLong();
    service.settings().setInvoiceForm(k002, billing::InvoiceForm::PerOrder);
    const qint64 client = workspace->parties().repository().clientByCode(QStringLiteral("C001"))->id;
    QList<qint64> drafts;
    for (const QDate closing : {QDate(2026, 10, 20), QDate(2026, 10, 31)}) {
        for (const Invoice &draft : service.runBilling(client, closing, closing).drafts)
            drafts << draft.id;
    }
    // K002 goes over its credit limit: the clerk issues as a supervisor.
    workspace->screening().setSupervisors({workspace->actor()});
    if (service.issue(drafts, QDate(2026, 11, 1), true).size() != 4)
        qFatal("fixture invoices were not issued");
    workspace->notifyPartiesChanged();
    return workspace;
}

} // namespace

// November's statements: K001 pays into its virtual account (applied at once), 佐藤商店 (K002) pays its
// first invoice less a 440 yen fee (suggested), someone unknown pays 11,550 yen (no candidate), 鈴木工業
// (K003) pays 1,000 of 1,100 (suggested, partial).
QList<payments::BankStatement> novemberStatements()
{
    return {notice(clientAccount(QStringLiteral("3000001")),
                   {transfer(QStringLiteral("000301"), 20, 68'678, QStringLiteral("ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"))}),
            notice(clientAccount(),
                   {transfer(QStringLiteral("000302"), 21, 6'600 - 440, QStringLiteral("ｻﾄｳｼﾖﾃﾝ")),
                    transfer(QStringLiteral("000303"), 22, 11'550, QStringLiteral("ﾀﾅｶ ﾀﾛｳ")),
                    transfer(QStringLiteral("000304"), 22, 1'000, QStringLiteral("ｽｽﾞｷｺｳｷﾞﾖｳ(ｶ"))})};
}

class PaymentsViewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void importShowsTheQueue();
    void panelShowsCandidatesWithReasons();
    void enterAcceptsAndMovesToTheNextWaiting();
    void keysSkipToTheNextWaiting();
    void reverseAsksWhyAndRestores();
    void manualAllocationSplitsAndRefusesOverAllocation();
    void markAsOtherIncomeAndFee();
    void receiptForAMatchedPayment();
    void droppedFileIsImported();
    void droppedOnTheMainWindowIsImported();
    void brokenFileIsRefusedWithItsProblems();
    void csvAsksForItsColumnsAndAccount();
    void picturesInEnglish();
    // Last: it switches the application to Japanese.
    void picturesInJapanese();

private:
    BankTransaction byInquiry(const QString &inquiry) const
    {
        for (const BankTransaction &row : m_workspace->payments().transactions()) {
            if (row.line.inquiryNumber == inquiry)
                return row;
        }
        qFatal("no transaction %s", qPrintable(inquiry));
    }
    Invoice invoiceOf(const QString &customerCode, int index = 0) const
    {
        billing::InvoiceFilter filter;
        filter.search = customerCode;
        QList<Invoice> list = m_workspace->invoices().book().invoices(filter);
        std::sort(list.begin(), list.end(), [](const Invoice &a, const Invoice &b) { return a.id < b.id; });
        return list.at(index);
    }
    int transactionCount() const { return int(m_workspace->payments().transactions().size()); }
    // The payer names of the rows, as shown.
    QStringList shownPayers(const ui::PaymentsView *view) const
    {
        QStringList payers;
        const QAbstractItemModel *rows = view->table()->model();
        for (int row = 0; row < rows->rowCount(); ++row)
            payers << rows->index(row, ui::BankTransactionTableModel::Payer).data().toString();
        return payers;
    }
    QString shownCell(const QString &payer, int column) const
    {
        const QAbstractItemModel *rows = m_view->table()->model();
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->index(row, ui::BankTransactionTableModel::Payer).data().toString() == payer)
                return rows->index(row, column).data().toString();
        }
        return {};
    }
    void showStatus(ui::PaymentsView *view, const QString &code)
    {
        view->statusFilter()->setCurrentIndex(view->statusFilter()->findData(code));
    }
    // Puts the keyboard focus on the list, its window active (message boxes took it before).
    void focusList()
    {
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view));
        m_view->table()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), m_view->table());
    }
    void takePictures(const QString &language);

    QTemporaryDir m_folder;
    ui::Workspace *m_workspace = nullptr;
    ui::PaymentsView *m_view = nullptr;
};

void PaymentsViewTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    tests::useJapaneseFont();
    QVERIFY(i18n::installTranslations(QStringLiteral("en")));
    m_workspace = billedWorkspace(m_folder.filePath(QStringLiteral("payments.sqlite")), this);
    m_view = new ui::PaymentsView(m_workspace);
    m_view->resize(1400, 700);
    m_view->show();
    // The keys act where the focus is: the view's window must be the active one.
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view));
    QCOMPARE(m_view->visibleRowCount(), 0);
    QVERIFY(!m_view->acceptAction()->isEnabled());
}

void PaymentsViewTest::cleanupTestCase()
{
    delete m_view;
}

void PaymentsViewTest::importShowsTheQueue()
{
    const QString path = writeZengin(m_folder.filePath(QStringLiteral("november.txt")), novemberStatements());
    QString summary;
    {
        tests::DialogAnswers answers({tests::press(QMessageBox::Ok, &summary)});
        QVERIFY(m_view->importFiles({path}));
        QVERIFY(answers.allAnswered());
    }
    QVERIFY2(summary.contains(QStringLiteral("november.txt: 4 line(s) read, 4 new, 0 already imported")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Matched automatically: 1 · with suggestions: 2 · without a "
                                             "candidate: 1")),
             qPrintable(summary));

    // The queue: what waits, in value-date order, with the statuses in the clerk's words.
    QCOMPARE(shownPayers(m_view), (QStringList{QStringLiteral("ｻﾄｳｼﾖﾃﾝ"), QStringLiteral("ﾀﾅｶ ﾀﾛｳ"),
                                               QStringLiteral("ｽｽﾞｷｺｳｷﾞﾖｳ(ｶ")}));
    QCOMPARE(shownCell(QStringLiteral("ｻﾄｳｼﾖﾃﾝ"), ui::BankTransactionTableModel::Status),
             QStringLiteral("Suggested"));
    QCOMPARE(shownCell(QStringLiteral("ﾀﾅｶ ﾀﾛｳ"), ui::BankTransactionTableModel::Status),
             QStringLiteral("Unmatched"));
    QCOMPARE(shownCell(QStringLiteral("ｻﾄｳｼﾖﾃﾝ"), ui::BankTransactionTableModel::Amount),
             QStringLiteral("6,160"));
    QCOMPARE(shownCell(QStringLiteral("ｻﾄｳｼﾖﾃﾝ"), ui::BankTransactionTableModel::Invoices),
             invoiceOf(QStringLiteral("K002")).number);
    QCOMPARE(shownCell(QStringLiteral("ｻﾄｳｼﾖﾃﾝ"), ui::BankTransactionTableModel::Confidence),
             QStringLiteral("88%"));
    QCOMPARE(shownCell(QStringLiteral("ｻﾄｳｼﾖﾃﾝ"), ui::BankTransactionTableModel::SendingBank),
             QStringLiteral("ﾐﾂｲｽﾐﾄﾓ ｼﾝｼﾞﾕｸ"));
    QCOMPARE(shownCell(QStringLiteral("ｻﾄｳｼﾖﾃﾝ"), ui::BankTransactionTableModel::Client),
             QStringLiteral("C001"));
    QCOMPARE(m_view->totalsLabel()->text(), QStringLiteral("3 payments · received 18,710 yen · 3 waiting"));

    // Every status: the virtual-account payment applied, with its invoice.
    showStatus(m_view, QString());
    QCOMPARE(m_view->visibleRowCount(), 4);
    QCOMPARE(shownCell(QStringLiteral("ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"), ui::BankTransactionTableModel::Status),
             QStringLiteral("Matched"));
    QCOMPARE(shownCell(QStringLiteral("ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"), ui::BankTransactionTableModel::Invoices),
             invoiceOf(QStringLiteral("K001")).number);
    QCOMPARE(m_view->totalsLabel()->text(), QStringLiteral("4 payments · received 87,388 yen · 3 waiting"));
    QCOMPARE(invoiceOf(QStringLiteral("K001")).status, InvoiceStatus::Paid);

    // The payer search takes any kana: さとう finds ｻﾄｳｼﾖﾃﾝ.
    m_view->searchField()->setText(QStringLiteral("さとう"));
    QTRY_COMPARE(m_view->visibleRowCount(), 1);
    m_view->searchField()->clear();
    QTRY_COMPARE(m_view->visibleRowCount(), 4);
    showStatus(m_view, QStringLiteral("waiting"));
    QCOMPARE(m_view->visibleRowCount(), 3);

    // The same file again is recognised and nothing is read.
    {
        tests::DialogAnswers answers({tests::press(QMessageBox::Ok, &summary)});
        QVERIFY(m_view->importFiles({path}));
    }
    QVERIFY2(summary.contains(QStringLiteral("was imported before")), qPrintable(summary));
    QCOMPARE(transactionCount(), 4);
}

void PaymentsViewTest::panelShowsCandidatesWithReasons()
{
    const BankTransaction sato = byInquiry(QStringLiteral("000302"));
    m_view->selectTransaction(sato.id);
    ui::SuggestionPanel *panel = m_view->suggestionPanel();
    QCOMPARE(panel->transaction()->id, sato.id);
    QVERIFY(panel->headerLabel()->text().contains(QStringLiteral("6,160 yen")));
    const ui::CandidateTableModel *candidates = panel->candidateModel();
    QCOMPARE(candidates->rowCount(), 1);
    const auto cell = [candidates](int column) { return candidates->index(0, column).data().toString(); };
    QVERIFY2(cell(ui::CandidateTableModel::Account).startsWith(QStringLiteral("K002 佐藤商店")),
             qPrintable(cell(ui::CandidateTableModel::Account)));
    QVERIFY(cell(ui::CandidateTableModel::Account).contains(QStringLiteral("Payer name")));
    const QString invoices = cell(ui::CandidateTableModel::Invoices);
    QVERIFY2(invoices.contains(invoiceOf(QStringLiteral("K002")).number + QStringLiteral("  6,600") +
                               QChar::Nbsp + QStringLiteral("yen")),
             qPrintable(invoices));
    QVERIFY2(invoices.contains(QStringLiteral("Transfer fee 440 yen")), qPrintable(invoices));
    QCOMPARE(cell(ui::CandidateTableModel::Confidence), QStringLiteral("88%"));
    QVERIFY2(cell(ui::CandidateTableModel::Reason).contains(QStringLiteral("short by 440 yen")),
             qPrintable(cell(ui::CandidateTableModel::Reason)));
    // The reason wraps: its row is taller than one line.
    QVERIFY(panel->candidateTable()->rowHeight(0) > 2 * panel->candidateTable()->fontMetrics().height());
    QVERIFY(panel->highlightedCandidate().has_value());
    QVERIFY(m_view->acceptAction()->isEnabled());
    QVERIFY(!m_view->reverseAction()->isEnabled());

    // The unknown payer: no candidate, nothing to accept; by hand, fee or income it is.
    m_view->selectTransaction(byInquiry(QStringLiteral("000303")).id);
    QCOMPARE(candidates->rowCount(), 0);
    QVERIFY(!m_view->acceptAction()->isEnabled());
    for (QAction *action : {m_view->manualAction(), m_view->feeAction(), m_view->otherIncomeAction()})
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
}

void PaymentsViewTest::enterAcceptsAndMovesToTheNextWaiting()
{
    const BankTransaction sato = byInquiry(QStringLiteral("000302"));
    m_view->selectTransaction(sato.id);
    // The slip ｻﾄｳｼﾖﾃﾝ can be remembered as 佐藤商店's name; the clerk says not this time.
    QCheckBox *remember = m_view->suggestionPanel()->rememberBox();
    QVERIFY(!remember->isHidden());
    QVERIFY(remember->isChecked());
    QVERIFY2(remember->text().contains(QStringLiteral("ｻﾄｳｼﾖﾃﾝ")) &&
                 remember->text().contains(QStringLiteral("K002")),
             qPrintable(remember->text()));
    remember->setChecked(false);
    const qsizetype aliases = m_workspace->payments().aliases().size();
    focusList();
    QTest::keyClick(m_view->table(), Qt::Key_Return);
    QCOMPARE(m_workspace->payments().aliases().size(), aliases);

    const BankTransaction accepted = byInquiry(QStringLiteral("000302"));
    QCOMPARE(accepted.status, TransactionStatus::Matched);
    QCOMPARE(accepted.allocated, Yen(6'600));
    QCOMPARE(accepted.fee, Yen(440));
    const Invoice paid = invoiceOf(QStringLiteral("K002"));
    QCOMPARE(paid.status, InvoiceStatus::Paid);
    QCOMPARE(paid.balance(), Yen(0));
    // The next waiting payment is selected at once, and the accepted one has left the queue.
    QCOMPARE(m_view->currentTransaction()->id, byInquiry(QStringLiteral("000303")).id);
    QCOMPARE(m_view->visibleRowCount(), 2);
    QCOMPARE(m_view->totalsLabel()->text(), QStringLiteral("2 payments · received 12,550 yen · 2 waiting"));
}

void PaymentsViewTest::keysSkipToTheNextWaiting()
{
    const qint64 tanaka = byInquiry(QStringLiteral("000303")).id;
    const qint64 suzuki = byInquiry(QStringLiteral("000304")).id;
    m_view->selectTransaction(tanaka);
    focusList();
    QTest::keyClick(m_view->table(), Qt::Key_J);
    QCOMPARE(m_view->currentTransaction()->id, suzuki);
    // Past the last one it starts again at the top.
    QTest::keyClick(m_view->table(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(m_view->currentTransaction()->id, tanaka);

    // In the search field J is a letter and Enter searches: nothing is skipped or accepted.
    m_view->searchField()->setFocus();
    QTest::keyClick(m_view->searchField(), Qt::Key_J);
    QTest::keyClick(m_view->searchField(), Qt::Key_Return);
    QCOMPARE(m_view->searchField()->text(), QStringLiteral("j"));
    m_view->searchField()->clear();
    QTRY_COMPARE(m_view->visibleRowCount(), 2);
    QCOMPARE(byInquiry(QStringLiteral("000304")).status, TransactionStatus::Suggested);

    // The keys are told where the clerk looks for them.
    QVERIFY(m_view->acceptAction()->toolTip().contains(QStringLiteral("Enter")));
    QVERIFY(m_view->nextAction()->toolTip().contains(QStringLiteral("Ctrl+Down")));
    QVERIFY(m_view->nextAction()->toolTip().contains(QStringLiteral("J")));
    QVERIFY(m_view->manualAction()->toolTip().contains(QStringLiteral("Ctrl+M")));
    QCOMPARE(m_view->manualAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
}

void PaymentsViewTest::reverseAsksWhyAndRestores()
{
    showStatus(m_view, QString());
    const BankTransaction yamada = byInquiry(QStringLiteral("000301"));
    m_view->selectTransaction(yamada.id);
    QVERIFY(m_view->reverseAction()->isEnabled());
    QVERIFY(!m_view->acceptAction()->isEnabled());

    // Backing out of the question changes nothing.
    {
        tests::DialogAnswers answers({tests::dismiss()});
        m_view->reverseAction()->trigger();
        QVERIFY(answers.allAnswered());
    }
    QCOMPARE(byInquiry(QStringLiteral("000301")).status, TransactionStatus::Matched);

    QString question;
    {
        tests::DialogAnswers answers({tests::enter(QStringLiteral("振込先の誤り"), &question)});
        m_view->reverseAction()->trigger();
        QVERIFY(answers.allAnswered());
    }
    QVERIFY2(question.contains(QStringLiteral("68,678 yen")), qPrintable(question));
    const BankTransaction reversed = byInquiry(QStringLiteral("000301"));
    QCOMPARE(reversed.status, TransactionStatus::Unmatched);
    QCOMPARE(reversed.allocated, Yen(0));
    const Invoice k001 = invoiceOf(QStringLiteral("K001"));
    QCOMPARE(k001.status, InvoiceStatus::Issued);
    QCOMPARE(k001.balance(), Yen(68'678));
    QVERIFY(m_workspace->payments().allocations(reversed.id).first().reversed);
    // It stays selected, waiting, for the clerk to decide again.
    QCOMPARE(m_view->currentTransaction()->id, reversed.id);
    QCOMPARE(shownCell(QStringLiteral("ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"), ui::BankTransactionTableModel::Status),
             QStringLiteral("Unmatched"));

    // Matching again applies the virtual account again.
    {
        tests::DialogAnswers answers({tests::press(QMessageBox::Ok)});
        m_view->matchOpen();
    }
    QCOMPARE(byInquiry(QStringLiteral("000301")).status, TransactionStatus::Matched);
    QCOMPARE(invoiceOf(QStringLiteral("K001")).status, InvoiceStatus::Paid);
    showStatus(m_view, QStringLiteral("waiting"));
}

void PaymentsViewTest::manualAllocationSplitsAndRefusesOverAllocation()
{
    const BankTransaction tanaka = byInquiry(QStringLiteral("000303"));
    m_view->selectTransaction(tanaka.id);
    focusList();
    QTest::keyClick(m_view->table(), Qt::Key_M, Qt::ControlModifier);
    auto *dialog = m_view->findChild<ui::ManualAllocationDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // The open invoices of C001: K002's second (11,000) and K003's (1,100).
    ui::OpenInvoiceTableModel *model = dialog->model();
    const Invoice k002 = invoiceOf(QStringLiteral("K002"), 1);
    const Invoice k003 = invoiceOf(QStringLiteral("K003"));
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!dialog->okButton()->isEnabled());
    const auto rowOf = [model](qint64 id) { return model->rowOfId(id); };
    const auto tick = [model](int row) {
        QVERIFY(model->setData(model->index(row, ui::OpenInvoiceTableModel::Number), Qt::Checked,
                               Qt::CheckStateRole));
    };
    tick(rowOf(k003.id));
    tick(rowOf(k002.id));
    // Oldest first until the payment is used up: K003 in full, the rest to K002.
    QCOMPARE(model->allocations(),
             (QList<payments::Allocation>{{k003.id, Yen(1'100)}, {k002.id, Yen(10'450)}}));
    QVERIFY2(dialog->remainderLabel()->text().contains(QStringLiteral("left 0 yen")),
             qPrintable(dialog->remainderLabel()->text()));
    QVERIFY(dialog->okButton()->isEnabled());

    // A search narrows the list but keeps the ticked invoices.
    dialog->searchField()->setText(QStringLiteral("K003"));
    dialog->search();
    QCOMPARE(model->rowCount(), 2);
    dialog->searchField()->setText(QStringLiteral("no such invoice"));
    dialog->search();
    QCOMPARE(model->rowCount(), 2);

    // A typed amount takes from what the others get: 11,000 to K002 leaves K003 550.
    const QModelIndex k002Amount = model->index(rowOf(k002.id), ui::OpenInvoiceTableModel::Allocation);
    const QModelIndex k003Amount = model->index(rowOf(k003.id), ui::OpenInvoiceTableModel::Allocation);
    QVERIFY(model->setData(k002Amount, QStringLiteral("11,000")));
    QCOMPARE(k003Amount.data().toString(), QStringLiteral("550"));
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(!model->setData(k003Amount, QStringLiteral("a lot")));

    // Typed amounts beyond the payment: said under the amounts, OK refused.
    QVERIFY(model->setData(k003Amount, QStringLiteral("1,100")));
    QVERIFY2(
        dialog->fieldErrorText(QStringLiteral("amount")).contains(QStringLiteral("more than the payment")),
        qPrintable(dialog->fieldErrorText(QStringLiteral("amount"))));
    QVERIFY(!dialog->okButton()->isEnabled());
    // The service refuses it too, and its reason is shown in the same place.
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->fieldErrorText(QStringLiteral("amount")).contains(QStringLiteral("do not account for")),
             qPrintable(dialog->fieldErrorText(QStringLiteral("amount"))));
    QCOMPARE(byInquiry(QStringLiteral("000303")).status, TransactionStatus::Unmatched);
    // A fee that is not an amount is said under the fee.
    dialog->feeEdit()->setText(QStringLiteral("abc"));
    QVERIFY(!dialog->fieldErrorText(QStringLiteral("fee")).isEmpty());
    dialog->feeEdit()->setText(QStringLiteral("0"));
    QVERIFY(dialog->fieldErrorText(QStringLiteral("fee")).isEmpty());

    QVERIFY(model->setData(k002Amount, QStringLiteral("10,450")));
    QCOMPARE(model->allocations(),
             (QList<payments::Allocation>{{k003.id, Yen(1'100)}, {k002.id, Yen(10'450)}}));
    QVERIFY(dialog->fieldErrorText(QStringLiteral("amount")).isEmpty());
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_view->findChild<ui::ManualAllocationDialog *>());

    const BankTransaction allocated = byInquiry(QStringLiteral("000303"));
    QCOMPARE(allocated.status, TransactionStatus::Matched);
    QCOMPARE(allocated.allocated, Yen(11'550));
    QCOMPARE(invoiceOf(QStringLiteral("K003")).status, InvoiceStatus::Paid);
    const Invoice partly = invoiceOf(QStringLiteral("K002"), 1);
    QCOMPARE(partly.status, InvoiceStatus::PartlyPaid);
    QCOMPARE(partly.balance(), Yen(550));
    // On to the next waiting payment.
    QCOMPARE(m_view->currentTransaction()->id, byInquiry(QStringLiteral("000304")).id);
}

void PaymentsViewTest::markAsOtherIncomeAndFee()
{
    payments::StatementLine interest = transfer({}, 23, 57, QStringLiteral("ﾘｿｸ"));
    const BankTransaction income = m_workspace->payments().addManual(interest);
    payments::StatementLine refund = transfer({}, 23, 440, QStringLiteral("ﾃｽｳﾘﾖｳ ﾍﾝｷﾝ"));
    const BankTransaction fee = m_workspace->payments().addManual(refund);
    m_workspace->notifyPaymentsChanged();
    QCOMPARE(m_view->visibleRowCount(), 3);

    m_view->selectTransaction(income.id);
    // Backing out of the note changes nothing.
    {
        tests::DialogAnswers answers({tests::dismiss()});
        m_view->otherIncomeAction()->trigger();
        QVERIFY(answers.allAnswered());
    }
    QCOMPARE(m_workspace->payments().transaction(income.id)->status, TransactionStatus::Unmatched);
    QString question;
    {
        tests::DialogAnswers answers({tests::enter(QStringLiteral("受取利息"), &question)});
        m_view->otherIncomeAction()->trigger();
        QVERIFY(answers.allAnswered());
    }
    QVERIFY2(question.contains(QStringLiteral("57 yen")), qPrintable(question));
    QCOMPARE(m_workspace->payments().transaction(income.id)->status, TransactionStatus::OtherIncome);

    m_view->selectTransaction(fee.id);
    m_view->feeAction()->trigger();
    QCOMPARE(m_workspace->payments().transaction(fee.id)->status, TransactionStatus::Fee);
    // Both have left the queue; the status filter finds them.
    QCOMPARE(m_view->visibleRowCount(), 1);
    showStatus(m_view, payments::toCode(TransactionStatus::OtherIncome));
    QCOMPARE(shownPayers(m_view), QStringList{QStringLiteral("ﾘｿｸ")});
    QCOMPARE(shownCell(QStringLiteral("ﾘｿｸ"), ui::BankTransactionTableModel::Status),
             QStringLiteral("Other income"));
    showStatus(m_view, QStringLiteral("waiting"));
}

void PaymentsViewTest::droppedFileIsImported()
{
    const QString path = writeZengin(
        m_folder.filePath(QStringLiteral("dropped.txt")),
        {notice(clientAccount(), {transfer(QStringLiteral("000401"), 24, 550, QStringLiteral("ﾀﾅｶ ﾀﾛｳ"))})});
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QVERIFY(ui::PaymentsView::canImport(&mime));
    QMimeData text;
    text.setText(QStringLiteral("not a file"));
    QVERIFY(!ui::PaymentsView::canImport(&text));

    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_view, &enter);
    QVERIFY(enter.isAccepted());
    QString summary;
    tests::DialogAnswers answers({tests::press(QMessageBox::Ok, &summary)});
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_view, &drop);
    QVERIFY(drop.isAccepted());
    // The import runs once the drop has returned.
    QTRY_VERIFY(answers.allAnswered());
    QVERIFY2(summary.contains(QStringLiteral("dropped.txt: 1 line(s) read, 1 new")), qPrintable(summary));
    QCOMPARE(byInquiry(QStringLiteral("000401")).line.amount, Yen(550));
}

void PaymentsViewTest::droppedOnTheMainWindowIsImported()
{
    ui::MainWindow window;
    QVERIFY(window.openDatabase(
        storage::DatabaseLocation::sqliteFile(m_folder.filePath(QStringLiteral("payments.sqlite")))));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showArea(ui::MainWindow::DebtorsArea);
    const QString path = writeZengin(
        m_folder.filePath(QStringLiteral("window.txt")),
        {notice(clientAccount(), {transfer(QStringLiteral("000402"), 24, 770, QStringLiteral("ﾀﾅｶ ﾀﾛｳ"))})});
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    // The drag enters the window (the drop goes where the drag was accepted).
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    tests::DialogAnswers answers({tests::press(QMessageBox::Ok)});
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_VERIFY(answers.allAnswered());
    QCOMPARE(window.currentArea(), ui::MainWindow::PaymentsArea);
    QCOMPARE(byInquiry(QStringLiteral("000402")).line.amount, Yen(770));
    // The area is in the navigation, the View menu and the File menu's import.
    QVERIFY(window.paymentsView()->importAction()->isEnabled());
    window.resize(1400, 800);
    QVERIFY(tests::saveShot(&window, ShotFolder, QStringLiteral("main-window-en")));
}

void PaymentsViewTest::receiptForAMatchedPayment()
{
    // K001 paid into its virtual account: matched at import.
    const BankTransaction paid = byInquiry(QStringLiteral("000301"));
    QCOMPARE(paid.status, TransactionStatus::Matched);
    showStatus(m_view, QString());
    m_view->selectTransaction(paid.id);
    QVERIFY(m_view->receiptAction()->isEnabled());
    QPointer<ui::ReceiptDialog> dialog = m_view->issueReceipt();
    QVERIFY(dialog);
    QVERIFY(dialog->issue());
    QVERIFY(dialog->receipt().has_value());
    QCOMPARE(dialog->receipt()->tax.gross, paid.allocated);
    dialog->close();
    QTRY_VERIFY(dialog.isNull());

    // Covered now: the clerk is told, and no second receipt is offered.
    QString text;
    {
        tests::DialogAnswers answers({tests::press(QMessageBox::Ok, &text)});
        QVERIFY(!m_view->issueReceipt());
        QVERIFY(answers.allAnswered());
    }
    QVERIFY2(text.contains(QStringLiteral("Receipts cover all")), qPrintable(text));

    // A payment still waiting has no receipt to give.
    const QList<BankTransaction> waiting =
        m_workspace->payments().transactions(payments::TransactionFilter::waiting());
    QVERIFY(!waiting.isEmpty());
    m_view->selectTransaction(waiting.first().id);
    QVERIFY(!m_view->receiptAction()->isEnabled());
}

void PaymentsViewTest::brokenFileIsRefusedWithItsProblems()
{
    const int before = transactionCount();
    QString path =
        writeZengin(m_folder.filePath(QStringLiteral("broken.txt")),
                    {notice(clientAccount(),
                            {transfer(QStringLiteral("000501"), 24, 5'000, QStringLiteral("ﾀﾅｶ ﾀﾛｳ"))})});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    // The amount of the data record (bytes 20–29 of record 2) no longer a number.
    bytes[bytes.indexOf("\r\n") + 2 + 22] = 'X';
    file.seek(0);
    file.write(bytes);
    file.close();

    QString text;
    QString problems;
    {
        tests::DialogAnswers answers({[&](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            text = box->text();
            problems = box->informativeText();
            box->button(QMessageBox::Ok)->click();
        }});
        QVERIFY(!m_view->importFiles({path}));
        QVERIFY(answers.allAnswered());
    }
    QVERIFY2(text.contains(QStringLiteral("Nothing was imported from broken.txt")), qPrintable(text));
    QVERIFY2(problems.contains(QStringLiteral("record 2")), qPrintable(problems));
    QCOMPARE(transactionCount(), before);

    // A CSV whose columns no one recognises: the clerk is asked for them; a date column that holds
    // no dates names the line and nothing can be imported; cancelled, nothing is kept.
    const QString csv = m_folder.filePath(QStringLiteral("odd.csv"));
    QFile odd(csv);
    QVERIFY(odd.open(QIODevice::WriteOnly));
    odd.write("a,b,c\n1,2,3\n");
    odd.close();
    {
        tests::DialogAnswers answers({[&](QWidget *dialog) {
            auto *columns = qobject_cast<ui::BankCsvImportDialog *>(dialog);
            QVERIFY(columns);
            QVERIFY(!columns->importButton()->isEnabled());
            problems = columns->status()->text();
            columns->columnOf(ui::BankCsvImportDialog::AccountDate)->setCurrentIndex(1); // a
            columns->columnOf(ui::BankCsvImportDialog::Deposit)->setCurrentIndex(2);     // b
            text = columns->status()->text();
            QVERIFY(!columns->importButton()->isEnabled());
            columns->reject();
        }});
        QVERIFY(!m_view->importFiles({csv}));
        QVERIFY(answers.allAnswered());
    }
    QVERIFY2(problems.contains(QStringLiteral("Choose the date column")), qPrintable(problems));
    QVERIFY2(text.contains(QStringLiteral("line 2, a:")), qPrintable(text));
    QCOMPARE(transactionCount(), before);
}

void PaymentsViewTest::csvAsksForItsColumnsAndAccount()
{
    const int before = transactionCount();
    const QString path = m_folder.filePath(QStringLiteral("export.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("day,in,who\n2026/11/25,3300,ﾀﾅｶ ｼﾞﾛｳ\n").toUtf8());
    file.close();
    QString status;
    QString summary;
    {
        tests::DialogAnswers answers(
            {[&](QWidget *dialog) {
                 auto *columns = qobject_cast<ui::BankCsvImportDialog *>(dialog);
                 QVERIFY(columns);
                 QCOMPARE(columns->preview()->rowCount(), 1);
                 QCOMPARE(columns->preview()->item(0, 2)->text(), QStringLiteral("ﾀﾅｶ ｼﾞﾛｳ"));
                 columns->columnOf(ui::BankCsvImportDialog::AccountDate)->setCurrentIndex(1);
                 columns->columnOf(ui::BankCsvImportDialog::Deposit)->setCurrentIndex(2);
                 columns->columnOf(ui::BankCsvImportDialog::PayerName)->setCurrentIndex(3);
                 QVERIFY(columns->accounts()->count() >= 2); // C001's account is offered
                 columns->accounts()->setCurrentIndex(1);
                 columns->saveBox()->setChecked(true);
                 QVERIFY(!columns->importButton()->isEnabled()); // a name is needed
                 columns->nameEdit()->setText(QStringLiteral("テスト銀行 明細"));
                 status = columns->status()->text();
                 QVERIFY(columns->importButton()->isEnabled());
                 columns->importButton()->click();
             },
             tests::press(QMessageBox::Ok, &summary)});
        QVERIFY(m_view->importFiles({path}));
        QVERIFY(answers.allAnswered());
    }
    QVERIFY2(status.contains(QStringLiteral("1 line read, 1 incoming")), qPrintable(status));
    QVERIFY2(summary.contains(QStringLiteral("export.csv: 1 line(s) read, 1 new")), qPrintable(summary));
    QCOMPARE(transactionCount(), before + 1);
    const BankTransaction row = m_workspace->payments().transactions().constLast();
    QCOMPARE(row.line.payerName, QStringLiteral("ﾀﾅｶ ｼﾞﾛｳ"));
    QVERIFY(row.clientId != 0);
    // The mapping is kept by its header names, for the next export of that bank.
    const std::optional<payments::CsvMapping> saved =
        m_workspace->payments().mapping(QStringLiteral("テスト銀行 明細"));
    QVERIFY(saved.has_value());
    QCOMPARE(saved->deposit.header, QStringLiteral("in"));
    QCOMPARE(saved->payerName.header, QStringLiteral("who"));
}

void PaymentsViewTest::takePictures(const QString &language)
{
    const auto shot = [&language](QWidget *widget, const QString &name) {
        tests::shootInLanguage(widget, ShotFolder, name, language);
    };

    // A fresh queue in a database of its own.
    ui::Workspace *workspace =
        billedWorkspace(m_folder.filePath(QStringLiteral("pictures-%1.sqlite").arg(language)), this);
    ui::PaymentsView view(workspace);
    view.resize(1400, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString path =
        writeZengin(m_folder.filePath(QStringLiteral("queue-%1.txt").arg(language)), novemberStatements());
    {
        tests::DialogAnswers answers({[&](QWidget *dialog) {
            shot(dialog, QStringLiteral("import-summary"));
            qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Ok)->click();
        }});
        QVERIFY(view.importFiles({path}));
        QVERIFY(answers.allAnswered());
    }
    // The queue with the first waiting payment, a suggestion, selected.
    shot(&view, QStringLiteral("payments"));
    shot(view.suggestionPanel(), QStringLiteral("suggestions"));

    // The unknown payer split across two invoices, then over-allocated.
    view.selectNextWaiting();
    ui::ManualAllocationDialog *dialog = view.allocateManually();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    ui::OpenInvoiceTableModel *model = dialog->model();
    for (int row = 0; row < model->rowCount(); ++row)
        model->setData(model->index(row, ui::OpenInvoiceTableModel::Number), Qt::Checked, Qt::CheckStateRole);
    shot(dialog, QStringLiteral("manual-allocation"));
    for (int row = 0; row < model->rowCount(); ++row)
        model->setData(model->index(row, ui::OpenInvoiceTableModel::Allocation),
                       model->index(row, ui::OpenInvoiceTableModel::Balance).data());
    shot(dialog, QStringLiteral("manual-allocation-over"));
    dialog->close();

    // A broken file: the problems, nothing imported.
    QFile broken(m_folder.filePath(QStringLiteral("broken-%1.txt").arg(language)));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    QFile good(path);
    QVERIFY(good.open(QIODevice::ReadOnly));
    QByteArray bytes = good.readAll();
    bytes[bytes.indexOf("\r\n") + 2 + 22] = 'X';
    broken.write(bytes);
    broken.close();
    {
        tests::DialogAnswers answers({[&](QWidget *box) {
            shot(box, QStringLiteral("import-problems"));
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::Ok)->click();
        }});
        QVERIFY(!view.importFiles({broken.fileName()}));
        QVERIFY(answers.allAnswered());
    }

    // An internet-banking export: the columns guessed from its Japanese header, then one line wrong.
    const QByteArray export_ = QStringLiteral("取引日,摘要,お預り金額,お引出し金額,残高\n"
                                              "2026/11/24,ﾌﾘｺﾐ ｻﾄｳｼﾖｳﾃﾝ,\"17,160\",,\"1,017,160\"\n"
                                              "2026/11/25,ﾃｽｳﾘﾖｳ,,440,\"1,016,720\"\n"
                                              "2026/11/26,ﾌﾘｺﾐ ｽｽﾞｷｺｳｷﾞﾖｳ,\"1,100\",,\"1,017,820\"\n")
                                   .toUtf8();
    ui::BankCsvImportDialog columns(workspace, export_, QStringLiteral("nyushukkin.csv"), &view);
    columns.show();
    QVERIFY(QTest::qWaitForWindowExposed(&columns));
    QVERIFY(columns.importButton()->isEnabled());
    shot(&columns, QStringLiteral("csv-columns"));
    columns.columnOf(ui::BankCsvImportDialog::Deposit)->setCurrentIndex(1); // the date column as money
    QVERIFY(!columns.importButton()->isEnabled());
    shot(&columns, QStringLiteral("csv-columns-wrong"));
    columns.close();
    view.close();
}

void PaymentsViewTest::picturesInEnglish()
{
    QVERIFY(i18n::installTranslations(QStringLiteral("en")));
    takePictures(QStringLiteral("en"));
}

void PaymentsViewTest::picturesInJapanese()
{
    QVERIFY(i18n::installTranslations(QStringLiteral("ja")));
    takePictures(QStringLiteral("ja"));
}

QTEST_MAIN(PaymentsViewTest)
#include "tst_paymentsview.moc"
