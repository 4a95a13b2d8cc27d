// Invoicing in the GUI over a temporary SQLite database: the billing run wizard (preview, credit
// warnings, the drafts it makes), the invoice list (drafts, totals, filters, overdue in red, actions
// that follow the selection, issuing with numbers, payment, cancellation), the draft editor (tax once
// per rate as the clerk types, undo, save), credit notes, the order lines and their import, the
// billing settings; and pictures of every view in English and Japanese, with no English word left on
// the Japanese ones.

#include "AgencyProfileForm.h"
#include "BillingNames.h"
#include "BillingRunWizard.h"
#include "BillingSettingsForm.h"
#include "ClientDetailPane.h"
#include "ClientView.h"
#include "CreditNoteDialog.h"
#include "DemoDataSetup.h"
#include "DraftEditor.h"
#include "DraftLinesModel.h"
#include "FieldNames.h"
#include "FormDialog.h"
#include "ImportDialog.h"
#include "InvoiceTableModel.h"
#include "InvoiceView.h"
#include "MainWindow.h"
#include "OrderLineForm.h"
#include "OrderTableModel.h"
#include "OrderView.h"
#include "ServiceErrors.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "billing/InvoiceBook.h"
#include "parties/PartyImport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <functional>

using namespace kaishu;
using billing::Invoice;
using billing::InvoiceStatus;
using money::Yen;

namespace {

const QString ShotFolder = QStringLiteral("/tmp/ui-shots");

using tests::ClientsCsv;
using tests::DebtorsCsv;
using tests::DialogAnswers;
using tests::enter;
using tests::OrdersCsv;
using tests::press;

void saveShot(QWidget *widget, const QString &name)
{
    QVERIFY(tests::saveShot(widget, ShotFolder, name));
}

} // namespace

class InvoiceViewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void closingDateDefaults();
    void wizardPreviewWarnsAndMakesDrafts();
    void listShowsDraftsAndTotals();
    void draftEditorTaxOncePerRate();
    void draftEditorRecomputesAsQuantitiesChange();
    void draftEditorShowsLineProblems();
    void statusAndKindFilters();
    void issueFromTheViewAction();
    void overdueInRedAndActionsFollowSelection();
    void paymentCancellationAndCreditNote();
    void orderLinesAddCorrectRemove();
    void ordersImportThroughTheDialog();
    void demoAgencyComesWithInvoices();
    void billingSettingsWithNumberExample();
    void picturesInEnglish();
    // Last: it switches the application to Japanese.
    void japaneseCatalogueCoversTheViews();

private:
    qint64 clientId(const QString &code) const
    {
        return m_workspace->parties().repository().clientByCode(code)->id;
    }
    const Invoice *rowInvoice(int row) const { return m_view->model()->rowAt(row); }
    int rowOfCustomer(const QString &customerCode, InvoiceStatus status) const;
    // Selects these invoices in the list as a click (or Ctrl+click) would.
    void select(const QList<qint64> &ids) { m_view->selectInvoices(ids); }
    void showAll();
    // Every picture of the views in one language.
    void takePictures(const QString &language);

    QTemporaryDir m_folder;
    ui::Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    ui::InvoiceView *m_view = nullptr;
    QList<qint64> m_firstRunDrafts;
    qint64 m_k003Draft = 0;
    qint64 m_k001Invoice = 0;
};

void InvoiceViewTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    tests::useJapaneseFont();
    m_workspace = new ui::Workspace(QStringLiteral("tester"), this);
    m_workspace->setDatabase(storage::Database::open(
        storage::DatabaseLocation::sqliteFile(m_folder.filePath(QStringLiteral("billing.sqlite")))));
    parties::PartyImporter importer(m_workspace->database(), QStringLiteral("tester"));
    QVERIFY(importer.importFile(parties::ImportKind::Clients, ClientsCsv).committed);
    QVERIFY(importer.importFile(parties::ImportKind::Debtors, DebtorsCsv).committed);
    QVERIFY(m_workspace->orders().importFile(OrdersCsv).committed);
    m_workspace->notifyPartiesChanged();

    m_undoStack = new QUndoStack(this);
    m_view = new ui::InvoiceView(m_workspace);
    m_view->resize(1400, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void InvoiceViewTest::cleanupTestCase()
{
    delete m_view;
}

int InvoiceViewTest::rowOfCustomer(const QString &customerCode, InvoiceStatus status) const
{
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        if (rowInvoice(row)->customerCode == customerCode && rowInvoice(row)->status == status)
            return row;
    }
    return -1;
}

void InvoiceViewTest::showAll()
{
    m_view->searchField()->clear();
    for (QComboBox *combo : {m_view->clientFilter(), m_view->statusFilter(), m_view->kindFilter()})
        combo->setCurrentIndex(0);
    QTRY_COMPARE(m_view->model()->filter().search, QString());
}

void InvoiceViewTest::closingDateDefaults()
{
    const calendar::PaymentTerms monthEnd;
    QCOMPARE(ui::BillingRunWizard::lastClosingDate(monthEnd, QDate(2026, 11, 24)), QDate(2026, 10, 31));
    QCOMPARE(ui::BillingRunWizard::lastClosingDate(monthEnd, QDate(2026, 10, 31)), QDate(2026, 10, 31));
    QCOMPARE(ui::BillingRunWizard::lastClosingDate(monthEnd, QDate(2026, 3, 1)), QDate(2026, 2, 28));
    const auto twentieth = calendar::PaymentTerms::parse(QStringLiteral("20日締め翌月10日払い"));
    QCOMPARE(ui::BillingRunWizard::lastClosingDate(*twentieth, QDate(2026, 11, 15)), QDate(2026, 10, 20));
    QCOMPARE(ui::BillingRunWizard::lastClosingDate(*twentieth, QDate(2026, 11, 20)), QDate(2026, 11, 20));
}

void InvoiceViewTest::wizardPreviewWarnsAndMakesDrafts()
{
    ui::BillingRunWizard *wizard = m_view->startBillingRun();
    QVERIFY(wizard);
    QSignalSpy finished(wizard, &ui::BillingRunWizard::billingRunFinished);
    wizard->setClient(clientId(QStringLiteral("C001")));
    QCOMPARE(wizard->clientCombo()->currentData().toLongLong(), clientId(QStringLiteral("C001")));
    // The default is the last month end (the clerk closes the month that ended).
    QCOMPARE(wizard->closingDateEdit()->date(),
             ui::BillingRunWizard::lastClosingDate(calendar::PaymentTerms(), QDate::currentDate()));
    wizard->closingDateEdit()->setDate(QDate(2026, 10, 31));
    wizard->issueDateEdit()->setDate(QDate(2026, 11, 2));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ui::BillingRunWizard::PreviewPage));

    // K001 (one summary invoice, tax-excluded) and K002 (tax-included): K003 closes on the 20th.
    QTableWidget *drafts = wizard->draftTable();
    QCOMPARE(drafts->rowCount(), 2);
    QCOMPARE(wizard->plan().orderLines, 5);
    int k001 = -1;
    int k002 = -1;
    for (int row = 0; row < drafts->rowCount(); ++row) {
        const QString code = drafts->item(row, ui::BillingRunWizard::CustomerCode)->text();
        (code == QLatin1String("K001") ? k001 : k002) = row;
    }
    QVERIFY(k001 >= 0 && k002 >= 0);
    QCOMPARE(drafts->item(k001, ui::BillingRunWizard::Tax)->text(), QStringLiteral("6,018"));
    QCOMPARE(drafts->item(k001, ui::BillingRunWizard::Total)->text(), QStringLiteral("68,678"));
    QCOMPARE(drafts->item(k001, ui::BillingRunWizard::DueDate)->text(), QStringLiteral("2026/11/30"));
    // K002: 6,600 + 11,000 against a limit of 10,000: the row is marked and the warning lists it.
    QCOMPARE(drafts->item(k002, ui::BillingRunWizard::Total)->text(), QStringLiteral("17,600"));
    QCOMPARE(drafts->item(k002, ui::BillingRunWizard::Credit)->text(),
             ui::BillingRunWizard::tr("Over limit"));
    QVERIFY(drafts->item(k002, ui::BillingRunWizard::Credit)->background() != QBrush());
    QVERIFY(drafts->item(k001, ui::BillingRunWizard::Credit)->text().isEmpty());
    QVERIFY(wizard->warningBox()->isVisible());
    QTableWidget *warnings = wizard->warningTable();
    QCOMPARE(warnings->rowCount(), 1);
    QCOMPARE(warnings->item(0, ui::BillingRunWizard::WarningCustomer)->text(), QStringLiteral("K002"));
    QCOMPARE(warnings->item(0, ui::BillingRunWizard::CreditLimit)->text(), QStringLiteral("10,000"));
    QCOMPARE(warnings->item(0, ui::BillingRunWizard::Exposure)->text(), QStringLiteral("17,600"));
    QCOMPARE(warnings->item(0, ui::BillingRunWizard::Excess)->text(), QStringLiteral("7,600"));
    // Nothing is written by the preview.
    QCOMPARE(m_workspace->invoices().book().totals({}).count, 0);

    wizard->accept();
    QCOMPARE(finished.size(), 1);
    m_firstRunDrafts = finished.first().at(1).value<QList<qint64>>();
    QCOMPARE(m_firstRunDrafts.size(), 2);
    QCOMPARE(m_workspace->invoices().book().totals({}).count, 2);
}

void InvoiceViewTest::listShowsDraftsAndTotals()
{
    // The run left the list on the client's drafts with the new ones selected.
    QCOMPARE(m_view->model()->filter().clientId, clientId(QStringLiteral("C001")));
    QVERIFY(m_view->model()->filter().status == std::optional(InvoiceStatus::Draft));
    QCOMPARE(m_view->model()->rowCount(), 2);
    QCOMPARE(m_view->selectedInvoices().size(), 2);
    const int row = rowOfCustomer(QStringLiteral("K001"), InvoiceStatus::Draft);
    QVERIFY(row >= 0);
    const auto cell = [this, row](int column) {
        return m_view->model()->index(row, column).data().toString();
    };
    QCOMPARE(cell(ui::InvoiceTableModel::Number), ui::BillingNames::draftNumberText());
    QCOMPARE(cell(ui::InvoiceTableModel::CustomerCode), QStringLiteral("K001"));
    QCOMPARE(cell(ui::InvoiceTableModel::Debtor), QStringLiteral("株式会社山田商事"));
    QCOMPARE(cell(ui::InvoiceTableModel::Client), QStringLiteral("C001"));
    QCOMPARE(cell(ui::InvoiceTableModel::IssueDate), QStringLiteral("2026/11/02"));
    QCOMPARE(cell(ui::InvoiceTableModel::DueDate), QStringLiteral("2026/11/30"));
    QCOMPARE(cell(ui::InvoiceTableModel::Total), QStringLiteral("68,678"));
    QCOMPARE(cell(ui::InvoiceTableModel::Tax), QStringLiteral("6,018"));
    QCOMPARE(cell(ui::InvoiceTableModel::Status), ui::BillingNames::statusName(InvoiceStatus::Draft));
    const auto alignment = m_view->model()
                               ->index(row, ui::InvoiceTableModel::Total)
                               .data(Qt::TextAlignmentRole)
                               .value<Qt::Alignment>();
    QVERIFY(alignment & Qt::AlignRight);

    // Totals under the table: count and gross of the filter, no open balance for drafts.
    const billing::InvoiceTotals &totals = m_view->model()->totals();
    QCOMPARE(totals.count, 2);
    QCOMPARE(totals.gross, Yen(68'678 + 17'600));
    QCOMPARE(totals.balance, Yen(0));
    QVERIFY(m_view->totalsLabel()->text().contains(QStringLiteral("86,278")));
    QVERIFY(m_view->totalsLabel()->text().startsWith(QStringLiteral("2 ")));
}

void InvoiceViewTest::draftEditorTaxOncePerRate()
{
    const qint64 k001 = rowInvoice(rowOfCustomer(QStringLiteral("K001"), InvoiceStatus::Draft))->id;
    ui::DraftEditor *editor = m_view->editDraft(k001);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    ui::DraftLinesModel *lines = editor->linesModel();
    QCOMPARE(lines->rowCount(), 3);
    // 10%: 315 + 50,000 → 5,031; 8%: 12,345 → 987, each rounded once per rate.
    billing::InvoiceTax tax = editor->currentTax();
    QCOMPARE(tax.perRate.size(), 2);
    QCOMPARE(tax.perRate.at(0).tax, Yen(5'031));
    QVERIFY(tax.perRate.at(1).category == money::TaxCategory::Reduced8);
    QCOMPARE(tax.perRate.at(1).tax, Yen(987));
    QVERIFY(editor->taxSummary()->text().contains(QStringLiteral("8%※")));
    QVERIFY(!editor->saveButton()->isEnabled());

    // Half the tea: 5 × 1,234.5 = 6,172 (rounded down) → 8% tax 493; the 10% rate is untouched.
    int tea = -1;
    for (int row = 0; row < lines->rowCount(); ++row) {
        if (lines->lines().at(row).category == money::TaxCategory::Reduced8)
            tea = row;
    }
    QVERIFY(lines->setData(lines->index(tea, ui::DraftLinesModel::Quantity), QStringLiteral("5")));
    QCOMPARE(lines->index(tea, ui::DraftLinesModel::Amount).data().toString(), QStringLiteral("6,172"));
    tax = editor->currentTax();
    QCOMPARE(tax.perRate.at(0).tax, Yen(5'031));
    QCOMPARE(tax.perRate.at(1).tax, Yen(493));
    QVERIFY(editor->taxSummary()->text().contains(QStringLiteral("493")));
    QVERIFY(editor->saveButton()->isEnabled());
    // A rate changed through the column's combo values: the tea at 10% joins the 10% total.
    QVERIFY(lines->setData(lines->index(tea, ui::DraftLinesModel::TaxCategory),
                           money::toCode(money::TaxCategory::Standard10)));
    QCOMPARE(editor->currentTax().perRate.size(), 1);
    QCOMPARE(editor->currentTax().tax, Yen((315 + 50'000 + 6'172) / 10));
    editor->undoStack()->undo();
    editor->undoStack()->undo();
    QCOMPARE(editor->currentTax().perRate.at(1).tax, Yen(987));
    QVERIFY(!editor->isDirty());
    editor->reject();
    QTRY_VERIFY(!editor->isVisible());
}

void InvoiceViewTest::draftEditorRecomputesAsQuantitiesChange()
{
    // The 20th closing gives K003 a draft with one line of 1,000 yen.
    const billing::BillingRunPlan run = m_workspace->invoices().runBilling(
        clientId(QStringLiteral("C001")), QDate(2026, 10, 20), QDate(2026, 10, 21));
    QCOMPARE(run.drafts.size(), 1);
    m_k003Draft = run.drafts.first().id;
    m_workspace->notifyBillingChanged();
    QCOMPARE(m_view->model()->rowCount(), 3);

    ui::DraftEditor *editor = m_view->editDraft(m_k003Draft);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    ui::DraftLinesModel *lines = editor->linesModel();
    QVERIFY(lines->setData(lines->index(0, ui::DraftLinesModel::UnitPrice), QStringLiteral("105")));
    // Two more lines of 105 yen, as the clerk adds them with the button and types.
    for (int row : {1, 2}) {
        editor->linesTable()->setCurrentIndex(lines->index(row - 1, 0));
        editor->addLine();
        QCOMPARE(lines->rowCount(), row + 1);
        QCOMPARE(lines->lines().at(row).deliveryDate, QDate(2026, 10, 15)); // the line above's
        QVERIFY(
            lines->setData(lines->index(row, ui::DraftLinesModel::Description), QStringLiteral("事務用品")));
        QVERIFY(lines->setData(lines->index(row, ui::DraftLinesModel::UnitPrice), QStringLiteral("105")));
    }
    // Three lines of 105 at 10%: 315 → 31 once for the rate (per line it would be 3 × 10 = 30).
    QCOMPARE(editor->currentTax().net, Yen(315));
    QCOMPARE(editor->currentTax().tax, Yen(31));
    QVERIFY(editor->taxSummary()->text().contains(QStringLiteral("31")));

    // A quantity changes: 105 + 105 + 3 × 105 = 525 → 52.
    QVERIFY(lines->setData(lines->index(2, ui::DraftLinesModel::Quantity), QStringLiteral("3")));
    QCOMPARE(lines->index(2, ui::DraftLinesModel::Amount).data().toString(), QStringLiteral("315"));
    QCOMPARE(editor->currentTax().tax, Yen(52));
    // Not a number: refused, nothing changes, the clerk is told.
    QString refusal;
    {
        DialogAnswers answers({press(QMessageBox::Ok, &refusal)});
        QVERIFY(!lines->setData(lines->index(2, ui::DraftLinesModel::Quantity), QStringLiteral("3..5")));
        QTRY_VERIFY(answers.allAnswered());
    }
    QVERIFY(refusal.contains(QStringLiteral("3..5")));
    QCOMPARE(editor->currentTax().tax, Yen(52));

    // Undo and redo walk the line edits back and forth.
    editor->undoStack()->undo();
    QCOMPARE(editor->currentTax().tax, Yen(31));
    editor->undoStack()->redo();
    QCOMPARE(editor->currentTax().tax, Yen(52));
    editor->undoStack()->undo();
    editor->dueDateEdit()->setDate(QDate(2026, 11, 12));
    editor->notesEdit()->setPlainText(QStringLiteral("単価訂正"));
    QVERIFY(editor->save());
    QTRY_VERIFY(!editor->isVisible());

    const Invoice saved = *m_workspace->invoices().book().invoice(m_k003Draft);
    QCOMPARE(saved.lines.size(), 3);
    QCOMPARE(saved.tax.tax, Yen(31));
    QCOMPARE(saved.tax.gross, Yen(346));
    QCOMPARE(saved.dueDate, QDate(2026, 11, 12));
    QCOMPARE(saved.notes, QStringLiteral("単価訂正"));
    // The list follows the save.
    const int row = rowOfCustomer(QStringLiteral("K003"), InvoiceStatus::Draft);
    QCOMPARE(m_view->model()->index(row, ui::InvoiceTableModel::Total).data().toString(),
             QStringLiteral("346"));
}

void InvoiceViewTest::draftEditorShowsLineProblems()
{
    ui::DraftEditor *editor = m_view->editDraft(m_k003Draft);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    ui::DraftLinesModel *lines = editor->linesModel();
    QVERIFY(lines->setData(lines->index(1, ui::DraftLinesModel::Description), QString()));
    QVERIFY(lines->setData(lines->index(2, ui::DraftLinesModel::Quantity), QStringLiteral("0")));
    QVERIFY(editor->problemLabel()->isVisible());
    QCOMPARE(editor->problemLabel()->text().count(QLatin1Char('\n')), 1); // two problems
    QVERIFY(!lines->index(1, ui::DraftLinesModel::Description).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(lines->index(1, ui::DraftLinesModel::Description).data(Qt::BackgroundRole).isValid());
    QVERIFY(!lines->index(1, ui::DraftLinesModel::Quantity).data(Qt::BackgroundRole).isValid());
    QVERIFY(!editor->saveButton()->isEnabled());
    QVERIFY(!editor->save());
    // Removing the line and undoing brings it back where it was.
    editor->linesTable()->setCurrentIndex(lines->index(2, 0));
    editor->removeLine();
    QCOMPARE(lines->rowCount(), 2);
    editor->undoStack()->undo();
    QCOMPARE(lines->rowCount(), 3);
    QCOMPARE(lines->lines().at(2).quantity, money::Decimal());
    editor->undoStack()->undo();
    editor->undoStack()->undo();
    QVERIFY(!editor->problemLabel()->isVisible());
    QVERIFY(!editor->isDirty());
    delete editor;
}

void InvoiceViewTest::statusAndKindFilters()
{
    QComboBox *status = m_view->statusFilter();
    status->setCurrentIndex(status->findData(billing::toCode(InvoiceStatus::Issued)));
    QVERIFY(m_view->model()->filter().status == std::optional(InvoiceStatus::Issued));
    QCOMPARE(m_view->model()->rowCount(), 0);
    QVERIFY(m_view->totalsLabel()->text().startsWith(QStringLiteral("0 ")));
    status->setCurrentIndex(status->findData(billing::toCode(InvoiceStatus::Draft)));
    QCOMPARE(m_view->model()->rowCount(), 3);
    QComboBox *kind = m_view->kindFilter();
    kind->setCurrentIndex(kind->findData(billing::toCode(billing::DocumentKind::CreditNote)));
    QCOMPARE(m_view->model()->rowCount(), 0);
    kind->setCurrentIndex(0);
    m_view->searchField()->setText(QStringLiteral("山田"));
    QTRY_COMPARE(m_view->model()->filter().search, QStringLiteral("山田"));
    QCOMPARE(m_view->model()->rowCount(), 1);
    m_view->searchField()->clear();
    QTRY_COMPARE(m_view->model()->rowCount(), 3);
    // The issue-date range applies once ticked.
    auto *range = m_view->findChild<QCheckBox *>(QStringLiteral("invoiceDateRange"));
    m_view->issuedFromEdit()->setDate(QDate(2026, 11, 1));
    m_view->issuedToEdit()->setDate(QDate(2026, 11, 30));
    QCOMPARE(m_view->model()->rowCount(), 3);
    range->setChecked(true);
    QCOMPARE(m_view->model()->filter().issuedFrom, QDate(2026, 11, 1));
    QCOMPARE(m_view->model()->rowCount(), 2); // K003's draft is dated 2026-10-21
    range->setChecked(false);
    QCOMPARE(m_view->model()->rowCount(), 3);
}

void InvoiceViewTest::issueFromTheViewAction()
{
    select(m_firstRunDrafts);
    QCOMPARE(m_view->selectedInvoices().size(), 2);
    QVERIFY(m_view->issueAction()->isEnabled());
    QVERIFY(!m_view->openDraftAction()->isEnabled()); // one draft at a time
    QVERIFY(!m_view->paymentAction()->isEnabled());

    QString question;
    QString refusal;
    QString approval;
    QString issuedText;
    // K002 would go over its credit limit: a clerk who is no supervisor is stopped, nothing issued.
    {
        DialogAnswers answers({press(QMessageBox::Yes), press(QMessageBox::Ok, &refusal)});
        m_view->issueAction()->trigger();
        QVERIFY(answers.allAnswered());
    }
    QVERIFY2(refusal.contains(QStringLiteral("K002")), qPrintable(refusal));
    const QList<Invoice> stillDrafts = m_view->selectedInvoices();
    QCOMPARE(stillDrafts.size(), 2);
    QVERIFY(std::all_of(stillDrafts.cbegin(), stillDrafts.cend(),
                        [](const Invoice &invoice) { return invoice.status == InvoiceStatus::Draft; }));
    // A supervisor approves it.
    m_workspace->screening().setSupervisors({m_workspace->actor()});
    {
        DialogAnswers answers({press(QMessageBox::Yes, &question), press(QMessageBox::Yes, &approval),
                               press(QMessageBox::Ok, &issuedText)});
        m_view->issueAction()->trigger();
        QVERIFY(answers.allAnswered());
    }
    QVERIFY(question.contains(QLatin1Char('2')));
    QVERIFY2(approval.contains(QStringLiteral("17,600")), qPrintable(approval));
    // The numbers issued, in the clerk's order, are shown and in the list.
    QVERIFY2(issuedText.contains(QStringLiteral("C001-2026-000001")), qPrintable(issuedText));
    QVERIFY(issuedText.contains(QStringLiteral("C001-2026-000002")));
    QCOMPARE(m_view->model()->rowCount(), 1); // the draft filter now holds K003's only
    showAll();
    QCOMPARE(m_view->model()->rowCount(), 3);
    const int row = rowOfCustomer(QStringLiteral("K001"), InvoiceStatus::Issued);
    QVERIFY(row >= 0);
    m_k001Invoice = rowInvoice(row)->id;
    QVERIFY(m_view->model()
                ->index(row, ui::InvoiceTableModel::Number)
                .data()
                .toString()
                .startsWith(QStringLiteral("C001-2026-00000")));
    QCOMPARE(m_view->model()->index(row, ui::InvoiceTableModel::Status).data().toString(),
             ui::BillingNames::statusName(InvoiceStatus::Issued));
    QCOMPARE(m_view->model()->index(row, ui::InvoiceTableModel::Balance).data().toString(),
             QStringLiteral("68,678"));
    QCOMPARE(m_view->model()->totals().balance, Yen(68'678 + 17'600));
}

void InvoiceViewTest::overdueInRedAndActionsFollowSelection()
{
    // Two months after the due dates nothing has been paid.
    m_view->setToday(QDate(2027, 1, 31));
    const int row = rowOfCustomer(QStringLiteral("K001"), InvoiceStatus::Issued);
    const QModelIndex status = m_view->model()->index(row, ui::InvoiceTableModel::Status);
    QCOMPARE(status.data().toString(), ui::BillingNames::overdueName());
    QCOMPARE(status.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc6, 0x28, 0x28));
    QComboBox *statusFilter = m_view->statusFilter();
    statusFilter->setCurrentIndex(statusFilter->findData(QStringLiteral("overdue")));
    QVERIFY(m_view->model()->filter().overdueOnly);
    QCOMPARE(m_view->model()->rowCount(), 2);
    statusFilter->setCurrentIndex(0);
    m_view->setToday(QDate(2026, 11, 24));
    QCOMPARE(m_view->model()
                 ->index(rowOfCustomer(QStringLiteral("K001"), InvoiceStatus::Issued),
                         ui::InvoiceTableModel::Status)
                 .data()
                 .toString(),
             ui::BillingNames::statusName(InvoiceStatus::Issued));

    // An issued invoice: pay, cancel, re-issue and credit apply; editing and issuing do not.
    select({rowInvoice(rowOfCustomer(QStringLiteral("K001"), InvoiceStatus::Issued))->id});
    QVERIFY(m_view->paymentAction()->isEnabled());
    QVERIFY(m_view->cancelAction()->isEnabled());
    QVERIFY(m_view->reissueAction()->isEnabled());
    QVERIFY(m_view->creditNoteAction()->isEnabled());
    QVERIFY(!m_view->issueAction()->isEnabled());
    QVERIFY(!m_view->openDraftAction()->isEnabled());
    QVERIFY(!m_view->discardAction()->isEnabled());
    // A draft and an issued invoice together: nothing applies to both.
    select({m_k003Draft, rowInvoice(rowOfCustomer(QStringLiteral("K001"), InvoiceStatus::Issued))->id});
    for (QAction *action : m_view->invoiceActions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    // The draft alone.
    select({m_k003Draft});
    QVERIFY(m_view->openDraftAction()->isEnabled());
    QVERIFY(m_view->issueAction()->isEnabled());
    QVERIFY(m_view->discardAction()->isEnabled());
    QVERIFY(!m_view->paymentAction()->isEnabled());
    QVERIFY(!m_view->cancelAction()->isEnabled());
}

void InvoiceViewTest::paymentCancellationAndCreditNote()
{
    const Invoice k001 = *rowInvoice(rowOfCustomer(QStringLiteral("K001"), InvoiceStatus::Issued));
    const Invoice k002 = *rowInvoice(rowOfCustomer(QStringLiteral("K002"), InvoiceStatus::Issued));

    // A payment larger than the balance is refused in the clerk's words; a part payment is recorded.
    select({k001.id});
    QString refusal;
    {
        DialogAnswers answers({enter(QStringLiteral("99,999,999")), press(QMessageBox::Ok, &refusal)});
        m_view->paymentAction()->trigger();
        QVERIFY(answers.allAnswered());
    }
    QVERIFY2(refusal.startsWith(ui::FieldNames::displayName(QStringLiteral("amount"))), qPrintable(refusal));
    QString question;
    {
        DialogAnswers answers({enter(QStringLiteral("¥10,000"), &question)});
        m_view->paymentAction()->trigger();
        QVERIFY(answers.allAnswered());
    }
    QVERIFY(question.contains(QStringLiteral("68,678")));
    Invoice paid = *m_workspace->invoices().book().invoice(k001.id);
    QVERIFY(paid.status == InvoiceStatus::PartlyPaid);
    QCOMPARE(paid.balance(), Yen(58'678));
    // With a payment it can no longer be cancelled, but credited.
    QVERIFY(!m_view->cancelAction()->isEnabled());
    QVERIFY(m_view->creditNoteAction()->isEnabled());

    // A credit note for 2 boxes of tea (2,469 + 8% 197).
    ui::CreditNoteDialog dialog(m_workspace, k001.id);
    dialog.show();
    QVERIFY(!dialog.issueButton()->isEnabled());
    int tea = -1;
    for (int row = 0; row < paid.lines.size(); ++row) {
        if (paid.lines.at(row).category == money::TaxCategory::Reduced8)
            tea = row;
    }
    dialog.setReturned(tea, true, QStringLiteral("2"));
    QCOMPARE(dialog.chosenLines().size(), 1);
    QCOMPARE(dialog.linesTable()->item(tea, ui::CreditNoteDialog::Amount)->text(), QStringLiteral("2,469"));
    QVERIFY(dialog.totalLabel()->text().contains(QStringLiteral("2,666")));
    QVERIFY(!dialog.issueButton()->isEnabled()); // no reason yet
    dialog.reasonEdit()->setText(QStringLiteral("破損による返品"));
    QVERIFY(dialog.issueButton()->isEnabled());
    dialog.issueDateEdit()->setDate(QDate(2026, 11, 10));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.creditNote().kind == billing::DocumentKind::CreditNote);
    QCOMPARE(dialog.creditNote().tax.gross, Yen(2'666));
    m_workspace->notifyBillingChanged();
    QComboBox *kind = m_view->kindFilter();
    kind->setCurrentIndex(kind->findData(billing::toCode(billing::DocumentKind::CreditNote)));
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->model()->index(0, ui::InvoiceTableModel::Kind).data().toString(),
             ui::BillingNames::kindName(billing::DocumentKind::CreditNote));
    kind->setCurrentIndex(0);

    // K002 is cancelled with a reason; an empty reason is refused.
    select({k002.id});
    {
        DialogAnswers answers({enter(QString()), press(QMessageBox::Ok, &refusal)});
        m_view->cancelAction()->trigger();
        QVERIFY(answers.allAnswered());
    }
    QVERIFY(refusal.startsWith(ui::FieldNames::displayName(QStringLiteral("reason"))));
    QVERIFY(m_workspace->invoices().book().invoice(k002.id)->status == InvoiceStatus::Issued);
    {
        DialogAnswers answers({enter(QStringLiteral("得意先の依頼により取消"))});
        m_view->cancelAction()->trigger();
        QVERIFY(answers.allAnswered());
    }
    QVERIFY(m_workspace->invoices().book().invoice(k002.id)->status == InvoiceStatus::Cancelled);
    const int row = m_view->model()->rowOfId(k002.id);
    QCOMPARE(m_view->model()->index(row, ui::InvoiceTableModel::Status).data().toString(),
             ui::BillingNames::statusName(InvoiceStatus::Cancelled));
    QVERIFY(m_view->model()
                ->index(row, ui::InvoiceTableModel::Status)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("得意先の依頼")));
    for (QAction *action : m_view->invoiceActions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
}

void InvoiceViewTest::orderLinesAddCorrectRemove()
{
    ui::OrderView view(m_workspace, m_undoStack);
    view.resize(1400, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // A-3 (delivered in November) is the only unbilled line left.
    QCOMPARE(view.model()->rowCount(), 1);
    QVERIFY(!view.addButton()->isEnabled()); // a client first
    view.clientFilter()->setCurrentIndex(view.clientFilter()->findData(clientId(QStringLiteral("C001"))));
    QVERIFY(view.addButton()->isEnabled());

    ui::OrderLineForm *form = view.detailPane();
    view.addLine();
    QVERIFY(form->isNewLine());
    auto editor = [form](const QString &field) { return qobject_cast<QLineEdit *>(form->editorOf(field)); };
    editor(QStringLiteral("customer_code"))->setText(QStringLiteral("K999"));
    editor(QStringLiteral("order_no"))->setText(QStringLiteral("A-9"));
    editor(QStringLiteral("description"))->setText(QStringLiteral("コピー用紙"));
    editor(QStringLiteral("quantity"))->setText(QStringLiteral("abc"));
    QVERIFY(!form->fieldErrorText(QStringLiteral("customer_code")).isEmpty());
    QVERIFY(!form->fieldErrorText(QStringLiteral("quantity")).isEmpty());
    QVERIFY(!form->save());
    editor(QStringLiteral("customer_code"))->setText(QStringLiteral("K001"));
    editor(QStringLiteral("quantity"))->setText(QStringLiteral("2"));
    editor(QStringLiteral("unit_price"))->setText(QStringLiteral("550"));
    qobject_cast<QDateEdit *>(form->editorOf(QStringLiteral("delivery_date")))->setDate(QDate(2026, 11, 5));
    qobject_cast<QDateEdit *>(form->editorOf(QStringLiteral("order_date")))->setDate(QDate(2026, 11, 1));
    QVERIFY(form->fieldErrorText(QStringLiteral("customer_code")).isEmpty());
    QVERIFY(form->save());
    QCOMPARE(view.model()->rowCount(), 2);
    const qint64 added = form->lineId();
    QVERIFY(added != 0);
    const int row = view.model()->rowOfId(added);
    QCOMPARE(view.model()->index(row, ui::OrderTableModel::Amount).data().toString(),
             QStringLiteral("1,100"));
    QCOMPARE(view.model()->index(row, ui::OrderTableModel::Debtor).data().toString(),
             QStringLiteral("株式会社山田商事"));

    // A correction by field: a delivery before the order date is named under its field.
    QVERIFY(qobject_cast<QLineEdit *>(form->editorOf(QStringLiteral("customer_code")))->isReadOnly());
    qobject_cast<QDateEdit *>(form->editorOf(QStringLiteral("delivery_date")))->setDate(QDate(2026, 10, 1));
    QVERIFY(!form->fieldErrorText(QStringLiteral("delivery_date")).isEmpty());
    qobject_cast<QDateEdit *>(form->editorOf(QStringLiteral("delivery_date")))->setDate(QDate(2026, 11, 6));
    editor(QStringLiteral("quantity"))->setText(QStringLiteral("3"));
    QVERIFY(form->save());
    QCOMPARE(m_workspace->orders().line(added)->quantity, money::Decimal::fromInt(3));
    QCOMPARE(m_undoStack->count(), 1);
    m_undoStack->undo();
    QCOMPARE(m_workspace->orders().line(added)->quantity, money::Decimal::fromInt(2));
    QCOMPARE(editor(QStringLiteral("quantity"))->text(), QStringLiteral("2"));

    // Removal asks first.
    view.table()->setCurrentIndex(view.model()->index(view.model()->rowOfId(added), 0));
    {
        DialogAnswers answers({press(QMessageBox::Yes)});
        view.removeLine();
        QVERIFY(answers.allAnswered());
    }
    QCOMPARE(view.model()->rowCount(), 1);
    QVERIFY(!m_workspace->orders().line(added));
    m_undoStack->clear();
}

void InvoiceViewTest::demoAgencyComesWithInvoices()
{
    ui::Workspace demo(QStringLiteral("tester"));
    demo.setDatabase(storage::Database::open(
        storage::DatabaseLocation::sqliteFile(m_folder.filePath(QStringLiteral("demo.sqlite")))));
    QVERIFY(ui::DemoDataSetup::isEmpty(&demo));
    QSignalSpy billingChanged(&demo, &ui::Workspace::billingChanged);
    QVERIFY(ui::DemoDataSetup::generate(&demo, 200, nullptr));
    QCOMPARE(billingChanged.count(), 1);
    QVERIFY(!ui::DemoDataSetup::isEmpty(&demo));

    // Invoices of past months, most of them paid, some overdue today, money still owed.
    billing::InvoiceBook book(demo.database());
    billing::InvoiceFilter paid;
    paid.status = billing::InvoiceStatus::Paid;
    QVERIFY(book.totals(paid).count > 0);
    billing::InvoiceFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = QDate::currentDate();
    QVERIFY(book.totals(overdue).count > 0);
    QVERIFY(book.totals({}).balance.value() > 0);
}

void InvoiceViewTest::ordersImportThroughTheDialog()
{
    const QString path = m_folder.filePath(QStringLiteral("orders-december.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Japanese headers, as a client's system exports them.
    file.write(QByteArray("\xEF\xBB\xBF") +
               QStringLiteral("依頼者コード,顧客コード,注文番号,注文日,納品日,品名,数量,単価,税区分\r\n"
                              "C001,K001,E-1,2026-12-01,2026-12-03,事務用品,4,105,10\r\n"
                              "C001,K003,E-2,2026-12-01,2026-12-04,お茶,2,980,8\r\n"
                              "C001,K002,E-3,2026-12-01,2026-12-05,トナー,2,11000,10\r\n")
                   .toUtf8());
    file.close();
    ui::ImportDialog dialog(m_workspace, ui::ImportDialog::orderTarget(m_workspace));
    dialog.show();
    QVERIFY(dialog.loadFile(path));
    QCOMPARE(dialog.mappingTable()->rowCount(), billing::OrderBook::canonicalFields().size());
    QCOMPARE(dialog.mapping().value(QStringLiteral("order_no")), 2);
    dialog.check();
    QCOMPARE(dialog.problemTable()->rowCount(), 0);
    QCOMPARE(dialog.lastResult().created, 3);
    QVERIFY(!dialog.lastResult().committed);
    dialog.runImport();
    QVERIFY(dialog.lastResult().committed);
    billing::OrderFilter filter;
    QCOMPARE(m_workspace->orders().lines(filter).size(), 4);
    // Twice is refused, by line.
    ui::ImportDialog again(m_workspace, ui::ImportDialog::orderTarget(m_workspace));
    QVERIFY(again.loadFile(path));
    again.check();
    QVERIFY(again.problemTable()->rowCount() > 0);
}

void InvoiceViewTest::billingSettingsWithNumberExample()
{
    ui::ClientView clients(m_workspace, m_undoStack);
    clients.detailPane()->showClient(clientId(QStringLiteral("C001")));
    ui::FormDialog *dialog = clients.detailPane()->billingSettingsDialog();
    QVERIFY(dialog);
    dialog->show();
    auto *form = qobject_cast<ui::BillingSettingsForm *>(dialog->form());
    auto *format = qobject_cast<QLineEdit *>(form->editorOf(QStringLiteral("number_format")));
    QCOMPARE(format->text(), QStringLiteral("{client}-{yyyy}-{seq:6}"));
    QVERIFY(form->numberExample()->text().contains(
        QStringLiteral("C001-%1-000001").arg(QDate::currentDate().year())));
    format->setText(QStringLiteral("{client}-{seq}"));
    QVERIFY(!form->fieldErrorText(QStringLiteral("number_format")).isEmpty());
    QVERIFY(form->numberExample()->text().isEmpty());
    format->setText(QStringLiteral("INV{yy}{mm}-{seq:4}"));
    QVERIFY(form->numberExample()->text().contains(QDate::currentDate().toString(QStringLiteral("yyMM")) +
                                                   QStringLiteral("-0001")));
    auto *rounding = qobject_cast<QComboBox *>(form->editorOf(QStringLiteral("rounding")));
    rounding->setCurrentIndex(rounding->findData(money::toString(money::RoundingMode::HalfUp)));
    QVERIFY(form->save());
    const billing::BillingSettings saved =
        m_workspace->invoices().settings().settings(clientId(QStringLiteral("C001")));
    QCOMPARE(saved.numberFormat, QStringLiteral("INV{yy}{mm}-{seq:4}"));
    QVERIFY(saved.rounding == money::RoundingMode::HalfUp);
    // Undone like any record.
    m_undoStack->undo();
    QCOMPARE(m_workspace->invoices().settings().settings(clientId(QStringLiteral("C001"))).numberFormat,
             QStringLiteral("{client}-{yyyy}-{seq:6}"));
    m_undoStack->clear();
    delete dialog;
}

void InvoiceViewTest::takePictures(const QString &language)
{
    const auto shot = [&language](QWidget *widget, const QString &name) {
        tests::shootInLanguage(widget, ShotFolder, name, language);
    };

    ui::InvoiceView view(m_workspace);
    view.resize(1400, 700);
    view.setToday(QDate(2027, 1, 31)); // K001 overdue, in red
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectInvoices({m_k003Draft});
    shot(&view, QStringLiteral("invoices"));

    ui::DraftEditor *editor = view.editDraft(m_k003Draft);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    editor->linesTable()->setCurrentIndex(editor->linesModel()->index(2, 0));
    editor->addLine(); // a new, empty line: its problems show under the table
    shot(editor, QStringLiteral("draft-editor"));
    editor->undoStack()->undo();
    delete editor;

    // December: K001's lines and K002's toner, which runs over its credit limit.
    ui::BillingRunWizard wizard(m_workspace);
    wizard.setClient(clientId(QStringLiteral("C001")));
    wizard.closingDateEdit()->setDate(QDate(2026, 12, 31));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    shot(&wizard, QStringLiteral("billing-run-setup"));
    wizard.next();
    shot(&wizard, QStringLiteral("billing-run-preview"));

    QVERIFY(wizard.warningBox()->isVisible());
    ui::CreditNoteDialog credit(m_workspace, m_k001Invoice);
    credit.setReturned(0, true, QStringLiteral("1"));
    credit.reasonEdit()->setText(QStringLiteral("値引き"));
    credit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&credit));
    shot(&credit, QStringLiteral("credit-note"));

    ui::OrderView orders(m_workspace, m_undoStack);
    orders.resize(1400, 700);
    orders.show();
    QVERIFY(QTest::qWaitForWindowExposed(&orders));
    orders.table()->setCurrentIndex(orders.model()->index(0, ui::OrderTableModel::Description));
    shot(&orders, QStringLiteral("orders"));

    ui::ClientView clients(m_workspace, m_undoStack);
    clients.detailPane()->showClient(clientId(QStringLiteral("C001")));
    ui::FormDialog *settings = clients.detailPane()->billingSettingsDialog();
    settings->show();
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    shot(settings, QStringLiteral("billing-settings"));
    delete settings;

    ui::FormDialog agency(new ui::AgencyProfileForm(m_workspace, m_undoStack),
                          ui::MainWindow::tr("Agency profile"));
    agency.show();
    QVERIFY(QTest::qWaitForWindowExposed(&agency));
    shot(&agency, QStringLiteral("agency-profile"));

    ui::MainWindow window;
    window.resize(1440, 860);
    QVERIFY(window.openDatabase(
        storage::DatabaseLocation::sqliteFile(m_folder.filePath(QStringLiteral("billing.sqlite")))));
    window.showArea(ui::MainWindow::InvoicesArea);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.currentArea() == ui::MainWindow::InvoicesArea);
    saveShot(&window, QStringLiteral("main-window-") + language);
}

void InvoiceViewTest::picturesInEnglish()
{
    QVERIFY(i18n::installTranslations(QStringLiteral("en")));
    takePictures(QStringLiteral("en"));
}

void InvoiceViewTest::japaneseCatalogueCoversTheViews()
{
    QVERIFY(i18n::installTranslations(QStringLiteral("ja")));
    takePictures(QStringLiteral("ja"));
    // What the services refuse arrives in Japanese too (context kaishu::billing).
    QString refusal;
    try {
        m_workspace->invoices().cancel(m_k001Invoice, QString());
    } catch (const parties::ValidationError &error) {
        refusal = ui::ServiceErrors::text(error.errors());
    }
    QVERIFY(!refusal.isEmpty());
    QVERIFY2(!QRegularExpression(QStringLiteral("[A-Za-z]{3,}")).match(refusal).hasMatch(),
             qPrintable(refusal));
    QCOMPARE(ui::BillingNames::statusName(InvoiceStatus::Draft), QStringLiteral("下書き"));
    QCOMPARE(ui::BillingNames::taxCategoryName(money::TaxCategory::Reduced8), QStringLiteral("8%※"));
}

QTEST_MAIN(InvoiceViewTest)
#include "tst_invoiceview.moc"
