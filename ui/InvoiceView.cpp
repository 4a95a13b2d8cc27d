#include "InvoiceView.h"

#include "BillingNames.h"
#include "BillingRunWizard.h"
#include "ColumnWidths.h"
#include "CreditNoteDialog.h"
#include "DraftEditor.h"
#include "InvoiceOutputActions.h"
#include "InvoiceTableModel.h"
#include "ListViews.h"
#include "ServiceErrors.h"
#include "Workspace.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace kaishu::ui {

using billing::DocumentKind;
using billing::Invoice;
using billing::InvoiceStatus;

namespace {

const QString SettingsPrefix = QStringLiteral("invoices");
const QString OverdueCode = QStringLiteral("overdue");

bool isDraft(const Invoice &invoice)
{
    return invoice.status == InvoiceStatus::Draft;
}

// Issued, unpaid and not credited: what 取消 and 訂正再発行 accept.
bool isCancellable(const Invoice &invoice)
{
    return invoice.kind == DocumentKind::Invoice && invoice.isIssued() && invoice.paid.isZero() &&
           invoice.credited.isZero();
}

bool isCreditable(const Invoice &invoice)
{
    return invoice.kind == DocumentKind::Invoice && invoice.isIssued() &&
           invoice.tax.gross > invoice.credited;
}

bool isPayable(const Invoice &invoice)
{
    return invoice.kind == DocumentKind::Invoice && invoice.isIssued() && invoice.balance() > money::Yen(0);
}

} // namespace

InvoiceView::InvoiceView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("invoiceSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search by invoice number, customer code or debtor name (Ctrl+F)"));

    m_clientFilter = clientFilterCombo(this, QStringLiteral("invoiceClientFilter"));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("invoiceStatusFilter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (InvoiceStatus status : {InvoiceStatus::Draft, InvoiceStatus::Issued, InvoiceStatus::Sent,
                                 InvoiceStatus::PartlyPaid, InvoiceStatus::Paid, InvoiceStatus::Cancelled})
        m_statusFilter->addItem(BillingNames::statusName(status), billing::toCode(status));
    m_statusFilter->addItem(BillingNames::overdueName(), OverdueCode);
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("invoiceKindFilter"));
    m_kindFilter->addItem(tr("Invoices and credit notes"), QString());
    for (DocumentKind kind : {DocumentKind::Invoice, DocumentKind::CreditNote})
        m_kindFilter->addItem(BillingNames::kindName(kind), billing::toCode(kind));
    for (QComboBox *combo : {m_statusFilter, m_kindFilter})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    // The issue-date range applies only when ticked, so that "any date" needs no sentinel date.
    auto *dateRange = new QCheckBox(tr("Issued from"), this);
    dateRange->setObjectName(QStringLiteral("invoiceDateRange"));
    m_issuedFrom = BillingNames::dateEdit(this);
    m_issuedFrom->setObjectName(QStringLiteral("invoiceIssuedFrom"));
    m_issuedTo = BillingNames::dateEdit(this);
    m_issuedTo->setObjectName(QStringLiteral("invoiceIssuedTo"));
    const QDate today = QDate::currentDate();
    m_issuedFrom->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    m_issuedTo->setDate(today);
    for (QDateEdit *edit : {m_issuedFrom, m_issuedTo})
        edit->setEnabled(false);
    connect(dateRange, &QCheckBox::toggled, this, [this](bool on) {
        m_issuedFrom->setEnabled(on);
        m_issuedTo->setEnabled(on);
        applyFilter();
    });

    auto *filterBar = new QHBoxLayout;
    for (QComboBox *combo : {m_clientFilter, m_statusFilter, m_kindFilter})
        filterBar->addWidget(combo);
    filterBar->addSpacing(12);
    filterBar->addWidget(dateRange);
    filterBar->addWidget(m_issuedFrom);
    filterBar->addWidget(new QLabel(tr("to"), this));
    filterBar->addWidget(m_issuedTo);
    filterBar->addStretch();

    m_model = new InvoiceTableModel(workspace, this);
    m_proxy = sortingProxy(m_model, InvoiceTableModel::SortRole, this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("invoiceTable"));
    m_table->setModel(m_proxy);
    setUpListTable(m_table, QAbstractItemView::ExtendedSelection);
    setColumnWidthsInDigits(m_table, {18, 10, 6, 10, 26, 11, 11, 12, 10, 12, 10});
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InvoiceTableModel::IssueDate, Qt::DescendingOrder);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("invoiceTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    createActions();
    m_output = new InvoiceOutputActions(workspace, this);
    m_output->setShownInvoices([this] {
        QList<Invoice> shown;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            shown << *m_model->rowAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        return shown;
    });
    connect(m_output, &InvoiceOutputActions::changed, this, &InvoiceView::changed);
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("invoiceToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_billingRunAction);
    m_toolBar->addSeparator();
    m_toolBar->addActions(invoiceActions());
    m_toolBar->addSeparator();
    // Preview, print and the files under one button: the tool bar stays one line in any language.
    m_outputButton = new QToolButton(m_toolBar);
    m_outputButton->setObjectName(QStringLiteral("outputButton"));
    m_outputButton->setText(tr("&Output"));
    m_outputButton->setToolTip(tr("Preview, print, save the PDF or e-invoice, PDFs in bulk"));
    m_outputButton->setPopupMode(QToolButton::InstantPopup);
    m_outputButton->setMenu(m_output->createFileMenu(m_outputButton));
    m_toolBar->addWidget(m_outputButton);
    m_toolBar->addActions({m_output->sendAction(), m_output->receiptAction()});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(invoiceActions());
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addActions(m_output->actions());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(searchBar(this, m_search));
    layout->addLayout(filterBar);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);

    m_searchTimer = searchAsTyped(m_search, 250, [this] { applyFilter(); });
    for (QComboBox *combo : {m_clientFilter, m_statusFilter, m_kindFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &InvoiceView::applyFilter);
    for (QDateEdit *edit : {m_issuedFrom, m_issuedTo})
        connect(edit, &QDateEdit::dateChanged, this, &InvoiceView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InvoiceView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, &InvoiceView::openSelectedDraft);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateTotals();
        updateActions();
        emit rowCountChanged(visibleRowCount());
    });

    connect(workspace, &Workspace::databaseChanged, this, [this] {
        reloadFilterChoices();
        applyFilter();
    });
    connect(workspace, &Workspace::partiesChanged, this, [this] {
        reloadFilterChoices();
        reloadKeepingSelection();
    });
    connect(workspace, &Workspace::billingChanged, this, &InvoiceView::reloadKeepingSelection);
    reloadFilterChoices();
    applyFilter();
}

void InvoiceView::createActions()
{
    m_billingRunAction = new QAction(tr("&Billing run…"), this);
    m_billingRunAction->setObjectName(QStringLiteral("billingRunAction"));
    m_billingRunAction->setToolTip(
        tr("Make drafts from the unbilled orders of a client up to a closing date"));
    connect(m_billingRunAction, &QAction::triggered, this, &InvoiceView::startBillingRun);

    m_openDraftAction = new QAction(tr("&Edit draft…"), this);
    m_openDraftAction->setToolTip(tr("Change the lines, dates and notes of the selected draft"));
    connect(m_openDraftAction, &QAction::triggered, this, &InvoiceView::openSelectedDraft);

    m_issueAction = new QAction(tr("&Issue…"), this);
    m_issueAction->setToolTip(tr("Give the selected drafts their numbers and freeze them"));
    connect(m_issueAction, &QAction::triggered, this, &InvoiceView::issueSelected);

    m_cancelAction = new QAction(tr("&Cancel invoice…"), this);
    m_cancelAction->setToolTip(tr("Cancel an issued invoice without payments; its number stays used"));
    connect(m_cancelAction, &QAction::triggered, this, &InvoiceView::cancelSelected);

    m_reissueAction = new QAction(tr("Corrective &re-issue…"), this);
    m_reissueAction->setToolTip(tr("Cancel an issued invoice and make a corrected draft of it"));
    connect(m_reissueAction, &QAction::triggered, this, &InvoiceView::reissueSelected);

    m_creditNoteAction = new QAction(tr("Credit &note…"), this);
    m_creditNoteAction->setToolTip(tr("Issue a credit note for returned or discounted lines"));
    connect(m_creditNoteAction, &QAction::triggered, this, &InvoiceView::creditSelected);

    m_paymentAction = new QAction(tr("Record &payment…"), this);
    m_paymentAction->setToolTip(tr("Record money received for the selected invoice"));
    connect(m_paymentAction, &QAction::triggered, this, &InvoiceView::recordPaymentForSelected);

    m_discardAction = new QAction(tr("&Discard draft…"), this);
    m_discardAction->setToolTip(tr("Delete the selected drafts; their order lines become unbilled again"));
    connect(m_discardAction, &QAction::triggered, this, &InvoiceView::discardSelected);
}

QList<QAction *> InvoiceView::invoiceActions() const
{
    return {m_openDraftAction, m_issueAction,      m_discardAction, m_cancelAction,
            m_reissueAction,   m_creditNoteAction, m_paymentAction};
}

int InvoiceView::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void InvoiceView::setToday(QDate today)
{
    try {
        m_model->setToday(today);
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot read the invoices"), error.message());
    }
}

void InvoiceView::reloadFilterChoices()
{
    reloadClientChoices(m_clientFilter, m_workspace);
}

void InvoiceView::applyFilter()
{
    m_searchTimer->stop();
    billing::InvoiceFilter filter;
    filter.clientId = m_clientFilter->currentData().toLongLong();
    const QString status = m_statusFilter->currentData().toString();
    filter.overdueOnly = status == OverdueCode;
    if (!filter.overdueOnly)
        filter.status = billing::invoiceStatusFromCode(status);
    filter.kind = billing::documentKindFromCode(m_kindFilter->currentData().toString());
    filter.search = m_search->text().trimmed();
    if (m_issuedFrom->isEnabled()) {
        filter.issuedFrom = m_issuedFrom->date();
        filter.issuedTo = m_issuedTo->date();
    }
    try {
        m_model->setFilter(filter);
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot read the invoices"), error.message());
    }
}

void InvoiceView::reloadKeepingSelection()
{
    QList<qint64> ids;
    for (const Invoice &invoice : selectedInvoices())
        ids << invoice.id;
    try {
        m_model->reload();
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot read the invoices"), error.message());
    }
    selectInvoices(ids);
}

void InvoiceView::selectInvoices(const QList<qint64> &invoiceIds)
{
    QItemSelection selection;
    for (qint64 id : invoiceIds) {
        const int row = m_model->rowOfId(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        selection.select(index, index.siblingAtColumn(InvoiceTableModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection,
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty()) {
        m_table->selectionModel()->setCurrentIndex(selection.first().topLeft(),
                                                   QItemSelectionModel::NoUpdate);
        m_table->scrollTo(selection.first().topLeft());
    }
    updateActions();
}

QList<Invoice> InvoiceView::selectedInvoices() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Invoice> invoices;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const Invoice *invoice = m_model->rowAt(m_proxy->mapToSource(index).row()))
            invoices << *invoice;
    }
    return invoices;
}

std::optional<Invoice> InvoiceView::singleSelection() const
{
    const QList<Invoice> invoices = selectedInvoices();
    if (invoices.size() != 1)
        return std::nullopt;
    return invoices.first();
}

void InvoiceView::updateActions()
{
    const QList<Invoice> invoices = selectedInvoices();
    const auto all = [&invoices](bool (*test)(const Invoice &)) {
        return !invoices.isEmpty() && std::all_of(invoices.cbegin(), invoices.cend(), test);
    };
    const bool single = invoices.size() == 1;
    m_billingRunAction->setEnabled(m_workspace->isOpen());
    m_openDraftAction->setEnabled(single && all(isDraft));
    m_issueAction->setEnabled(all(isDraft));
    m_discardAction->setEnabled(all(isDraft));
    m_cancelAction->setEnabled(single && all(isCancellable));
    m_reissueAction->setEnabled(single && all(isCancellable));
    m_creditNoteAction->setEnabled(single && all(isCreditable));
    m_paymentAction->setEnabled(single && all(isPayable));
    m_output->setSelection(invoices);
    const QList<QAction *> fileActions = m_output->fileActions();
    m_outputButton->setEnabled(std::any_of(fileActions.cbegin(), fileActions.cend(),
                                           [](const QAction *action) { return action->isEnabled(); }));
}

void InvoiceView::updateTotals()
{
    const billing::InvoiceTotals &totals = m_model->totals();
    m_totals->setText(tr("%n document(s) · total %1 · open balance %2", nullptr, totals.count)
                          .arg(BillingNames::yenText(totals.gross), BillingNames::yenText(totals.balance)));
}

void InvoiceView::changed()
{
    m_workspace->notifyBillingChanged();
}

BillingRunWizard *InvoiceView::startBillingRun()
{
    if (!m_workspace->isOpen())
        return nullptr;
    auto *wizard = new BillingRunWizard(m_workspace, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    if (const qint64 clientId = m_clientFilter->currentData().toLongLong(); clientId != 0)
        wizard->setClient(clientId);
    connect(wizard, &BillingRunWizard::billingRunFinished, this,
            [this](qint64 clientId, const QList<qint64> &draftIds) { showDrafts(clientId, draftIds); });
    wizard->show();
    return wizard;
}

void InvoiceView::showDrafts(qint64 clientId, const QList<qint64> &selectedIds)
{
    {
        const QSignalBlocker clientBlocker(m_clientFilter);
        const QSignalBlocker statusBlocker(m_statusFilter);
        const QSignalBlocker kindBlocker(m_kindFilter);
        const QSignalBlocker searchBlocker(m_search);
        m_clientFilter->setCurrentIndex(std::max(0, m_clientFilter->findData(clientId)));
        m_statusFilter->setCurrentIndex(m_statusFilter->findData(billing::toCode(InvoiceStatus::Draft)));
        m_kindFilter->setCurrentIndex(0);
        m_search->clear();
    }
    applyFilter();
    selectInvoices(selectedIds);
}

DraftEditor *InvoiceView::editDraft(qint64 invoiceId)
{
    auto *editor = new DraftEditor(m_workspace, invoiceId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    editor->show();
    return editor;
}

void InvoiceView::openSelectedDraft()
{
    if (const std::optional<Invoice> invoice = singleSelection(); invoice && isDraft(*invoice))
        editDraft(invoice->id);
}

std::optional<bool> InvoiceView::approvalOverLimit(const QList<qint64> &draftIds)
{
    const QList<billing::CreditWarning> breaches = m_workspace->invoices().creditLimitBreaches(draftIds);
    if (breaches.isEmpty())
        return false;
    QStringList lines;
    for (const billing::CreditWarning &breach : breaches)
        lines << tr("%1 %2: would owe %3 against a limit of %4")
                     .arg(breach.customerCode, breach.debtorName, BillingNames::yenText(breach.exposure),
                          BillingNames::yenText(breach.creditLimit));
    const screening::ScreeningService &screening = m_workspace->screening();
    if (!screening.isSupervisor(m_workspace->actor())) {
        const QStringList supervisors = screening.supervisors();
        QMessageBox::warning(
            this, tr("Over the credit limit"),
            tr("Issuing these invoices takes customers over their credit limit:") + QLatin1Char('\n') +
                lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                (supervisors.isEmpty()
                     ? tr("A supervisor must approve it; no supervisor is named yet (Screening).")
                     : tr("A supervisor must approve it: ask %1 to issue them.")
                           .arg(supervisors.join(QStringLiteral(", ")))));
        return std::nullopt;
    }
    const auto answer =
        QMessageBox::warning(this, tr("Over the credit limit"),
                             tr("Issuing these invoices takes customers over their credit limit:") +
                                 QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                                 tr("Approve it as supervisor? The approval is recorded in the audit trail."),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return std::nullopt;
    return true;
}

void InvoiceView::issueSelected()
{
    const QList<Invoice> drafts = selectedInvoices();
    if (drafts.isEmpty() || !std::all_of(drafts.cbegin(), drafts.cend(), isDraft))
        return;
    const auto answer = QMessageBox::question(
        this, tr("Issue invoices"),
        tr("Issue %n draft(s)? Each takes the next number of its client's series and can no longer be "
           "changed.",
           nullptr, int(drafts.size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    QList<qint64> ids;
    for (const Invoice &draft : drafts)
        ids << draft.id;
    const std::optional<bool> approveOverLimit = approvalOverLimit(ids);
    if (!approveOverLimit)
        return;
    QList<Invoice> issued;
    // Each draft keeps the issue date set in the editor (the billing run's, unless changed).
    const bool ok = ServiceErrors::run(this, tr("Cannot issue"), [&] {
        issued = m_workspace->invoices().issue(ids, {}, *approveOverLimit);
    });
    changed();
    if (!ok)
        return;
    QStringList numbers;
    for (const Invoice &invoice : std::as_const(issued))
        numbers << tr("%1  %2 %3").arg(invoice.number, invoice.customerCode, invoice.debtorName);
    selectInvoices(ids);
    QMessageBox::information(this, tr("Invoices issued"),
                             tr("%n invoice(s) issued:", nullptr, int(issued.size())) + QLatin1Char('\n') +
                                 numbers.join(QLatin1Char('\n')));
}

void InvoiceView::cancelSelected()
{
    const std::optional<Invoice> invoice = singleSelection();
    if (!invoice || !isCancellable(*invoice))
        return;
    const std::optional<QString> reason =
        askForText(this, tr("Cancel invoice"),
                   tr("Why is invoice %1 cancelled? Its number stays used.").arg(invoice->number));
    if (!reason)
        return;
    ServiceErrors::run(this, tr("Cannot cancel"),
                       [&] { m_workspace->invoices().cancel(invoice->id, *reason); });
    changed();
}

void InvoiceView::reissueSelected()
{
    const std::optional<Invoice> invoice = singleSelection();
    if (!invoice || !isCancellable(*invoice))
        return;
    const std::optional<QString> reason = askForText(
        this, tr("Corrective re-issue"),
        tr("Invoice %1 is cancelled and a corrected draft made of it. What was wrong?").arg(invoice->number));
    if (!reason)
        return;
    Invoice corrected;
    const bool ok = ServiceErrors::run(this, tr("Cannot re-issue"), [&] {
        corrected = m_workspace->invoices().reissue(invoice->id, *reason);
    });
    changed();
    if (!ok)
        return;
    // The corrected draft is what the clerk works on next.
    showDrafts(corrected.clientId, {corrected.id});
    editDraft(corrected.id);
}

void InvoiceView::creditSelected()
{
    const std::optional<Invoice> invoice = singleSelection();
    if (!invoice || !isCreditable(*invoice))
        return;
    CreditNoteDialog dialog(m_workspace, invoice->id, this);
    if (dialog.exec() == QDialog::Accepted) {
        changed();
        selectInvoices({dialog.creditNote().id});
    }
}

void InvoiceView::recordPaymentForSelected()
{
    const std::optional<Invoice> invoice = singleSelection();
    if (!invoice || !isPayable(*invoice))
        return;
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Record payment"),
                              tr("Amount received for invoice %1 (open balance %2):")
                                  .arg(invoice->number, BillingNames::yenText(invoice->balance())),
                              QLineEdit::Normal, invoice->balance().toString(), &ok);
    if (!ok)
        return;
    const std::optional<money::Yen> amount = money::Yen::parse(text);
    if (!amount) {
        QMessageBox::warning(this, tr("Record payment"), tr("\"%1\" is not an amount in yen.").arg(text));
        return;
    }
    ServiceErrors::run(this, tr("Cannot record the payment"),
                       [&] { m_workspace->payments().recordPayment(invoice->id, *amount); });
    m_workspace->notifyPaymentsChanged();
}

void InvoiceView::discardSelected()
{
    const QList<Invoice> drafts = selectedInvoices();
    if (drafts.isEmpty() || !std::all_of(drafts.cbegin(), drafts.cend(), isDraft))
        return;
    const auto answer = QMessageBox::question(
        this, tr("Discard drafts"),
        tr("Discard %n draft(s)? Their order lines become unbilled again.", nullptr, int(drafts.size())),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    ServiceErrors::run(this, tr("Cannot discard"), [&] {
        for (const Invoice &draft : drafts)
            m_workspace->invoices().discardDraft(draft);
    });
    changed();
}

void InvoiceView::saveSettings() const
{
    saveListState(SettingsPrefix, m_table);
}

void InvoiceView::restoreSettings()
{
    restoreListState(SettingsPrefix, m_table);
}

} // namespace kaishu::ui
