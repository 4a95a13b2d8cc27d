#include "PaymentsView.h"

#include "BankCsvImportDialog.h"
#include "payments/ZenginReader.h"

#include "BankTransactionTableModel.h"
#include "BillingNames.h"
#include "ColumnWidths.h"
#include "ListViews.h"
#include "ManualAllocationDialog.h"
#include "MasterDetailLayout.h"
#include "ReceiptDialog.h"
#include "ServiceErrors.h"
#include "SuggestionPanel.h"
#include "Workspace.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace kaishu::ui {

using payments::BankTransaction;
using payments::TransactionStatus;

namespace {

const QString SettingsPrefix = QStringLiteral("payments");
const QString LastBankFolderKey = QStringLiteral("files/lastBankFolder");
const QString WaitingCode = QStringLiteral("waiting");
// A problem list longer than this goes to the details of the message.
constexpr int ProblemsShown = 20;
// The candidates' reasons need room: the panel gets nearly half the width until the clerk moves it.
const QList<int> SplitterSizes{800, 600};

bool isReversible(TransactionStatus status)
{
    return status == TransactionStatus::Matched || status == TransactionStatus::Fee ||
           status == TransactionStatus::OtherIncome;
}

bool isDecidable(const BankTransaction &transaction)
{
    return BankTransactionTableModel::isWaiting(transaction.status) && transaction.line.incoming &&
           !transaction.line.cancelled;
}

// What one file did, for the summary.
struct FileOutcome
{
    QString name;
    payments::ImportSummary summary;
};

} // namespace

PaymentsView::PaymentsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setAcceptDrops(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("paymentSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search by payer name, in any kana (Ctrl+F)"));
    // Enter in the search field searches; everywhere else in the view it accepts the candidate.
    m_search->installEventFilter(this);

    m_clientFilter = clientFilterCombo(this, QStringLiteral("paymentClientFilter"));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("paymentStatusFilter"));
    m_statusFilter->addItem(tr("Waiting (unmatched and suggested)"), WaitingCode);
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (TransactionStatus status :
         {TransactionStatus::Unmatched, TransactionStatus::Suggested, TransactionStatus::Matched,
          TransactionStatus::Fee, TransactionStatus::OtherIncome, TransactionStatus::Outgoing,
          TransactionStatus::Cancelled})
        m_statusFilter->addItem(BillingNames::transactionStatusName(status), payments::toCode(status));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_clientFilter);
    filterBar->addWidget(m_statusFilter);
    filterBar->addStretch();

    m_model = new BankTransactionTableModel(workspace, this);
    m_proxy = sortingProxy(m_model, BankTransactionTableModel::SortRole, this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("paymentTable"));
    m_table->setModel(m_proxy);
    setUpListTable(m_table, QAbstractItemView::SingleSelection);
    setColumnWidthsInDigits(m_table, {10, 8, 13, 11, 9, 14, 5, 5});
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BankTransactionTableModel::ValueDate, Qt::AscendingOrder);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("paymentTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    createActions();
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("paymentToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({m_importAction, m_matchAction});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(paymentActions());
    // The shortcuts work wherever the focus is in the view: the list, the candidates, the buttons.
    addActions(paymentActions());

    auto *listPanel = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(searchBar(this, m_search));
    listLayout->addLayout(filterBar);
    listLayout->addWidget(m_toolBar);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_totals);

    m_panel = new SuggestionPanel(m_model, this);
    m_panel->setObjectName(QStringLiteral("suggestionPanel"));
    m_panel->setActions(paymentActions());
    m_splitter = layOutMasterDetail(this, QStringLiteral("paymentSplitter"), listPanel, m_panel);
    m_splitter->setSizes(SplitterSizes);

    m_searchTimer = searchAsTyped(m_search, 250, [this] { applyFilter(); });
    for (QComboBox *combo : {m_clientFilter, m_statusFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &PaymentsView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PaymentsView::showCurrent);
    connect(m_panel, &SuggestionPanel::highlightChanged, this, &PaymentsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateTotals();
        showCurrent();
        emit rowCountChanged(visibleRowCount());
    });

    connect(workspace, &Workspace::databaseChanged, this, [this] {
        reloadFilterChoices();
        applyFilter();
    });
    connect(workspace, &Workspace::partiesChanged, this, [this] {
        reloadFilterChoices();
        reload();
    });
    connect(workspace, &Workspace::paymentsChanged, this, &PaymentsView::reload);
    reloadFilterChoices();
    applyFilter();
}

void PaymentsView::createActions()
{
    m_importAction = new QAction(tr("Import &bank file…"), this);
    m_importAction->setObjectName(QStringLiteral("importBankFileAction"));
    m_importAction->setToolTip(tr("Read a Zengin or bank CSV file and match its payments to open invoices "
                                  "(or drop the file on the list)"));
    connect(m_importAction, &QAction::triggered, this, &PaymentsView::chooseAndImport);

    m_matchAction = new QAction(tr("&Match open payments"), this);
    m_matchAction->setObjectName(QStringLiteral("matchAction"));
    m_matchAction->setToolTip(tr("Look for the invoices of every waiting payment again, e.g. after new "
                                 "invoices were issued"));
    connect(m_matchAction, &QAction::triggered, this, &PaymentsView::matchOpen);

    // Shortcuts act wherever the focus is within the view, not in the other areas of the window.
    const auto inView = [](QAction *action) { action->setShortcutContext(Qt::WidgetWithChildrenShortcut); };

    m_acceptAction = new QAction(tr("&Accept"), this);
    m_acceptAction->setObjectName(QStringLiteral("acceptAction"));
    m_acceptAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_acceptAction->setToolTip(
        tr("Allocate the payment as the highlighted candidate says, then go to the next "
           "waiting payment (Enter)"));
    connect(m_acceptAction, &QAction::triggered, this, &PaymentsView::acceptHighlighted);

    m_nextAction = new QAction(tr("&Next"), this);
    m_nextAction->setObjectName(QStringLiteral("nextAction"));
    m_nextAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Down), QKeySequence(Qt::Key_J)});
    m_nextAction->setToolTip(
        tr("Leave this payment for later and go to the next waiting one (Ctrl+Down or J)"));
    connect(m_nextAction, &QAction::triggered, this, &PaymentsView::selectNextWaiting);

    m_manualAction = new QAction(tr("Allocate &manually…"), this);
    m_manualAction->setObjectName(QStringLiteral("manualAction"));
    m_manualAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_manualAction->setToolTip(tr("Find the invoices this payment pays and split it among them (Ctrl+M)"));
    connect(m_manualAction, &QAction::triggered, this, &PaymentsView::allocateManually);

    m_feeAction = new QAction(tr("Mark as bank &fee"), this);
    m_feeAction->setObjectName(QStringLiteral("feeAction"));
    m_feeAction->setToolTip(tr("The payment is a bank fee refund or charge and pays no invoice"));
    connect(m_feeAction, &QAction::triggered, this, &PaymentsView::markAsFee);

    m_otherIncomeAction = new QAction(tr("Mark as &other income…"), this);
    m_otherIncomeAction->setObjectName(QStringLiteral("otherIncomeAction"));
    m_otherIncomeAction->setToolTip(tr("Interest or other money that pays no invoice; you say what it is"));
    connect(m_otherIncomeAction, &QAction::triggered, this, &PaymentsView::markAsOtherIncome);

    m_reverseAction = new QAction(tr("&Reverse…"), this);
    m_reverseAction->setObjectName(QStringLiteral("reverseAction"));
    m_reverseAction->setToolTip(
        tr("Take back the allocation: the invoices owe the money again and the payment "
           "waits; you say why"));
    connect(m_reverseAction, &QAction::triggered, this, &PaymentsView::reverseSelected);

    m_receiptAction = new QAction(tr("Issue re&ceipt…"), this);
    m_receiptAction->setToolTip(tr("A receipt (領収書) for an invoice this payment paid"));
    connect(m_receiptAction, &QAction::triggered, this, [this] { issueReceipt(); });

    for (QAction *action : paymentActions())
        inView(action);
}

QList<QAction *> PaymentsView::paymentActions() const
{
    return {m_acceptAction,      m_nextAction,    m_manualAction, m_feeAction,
            m_otherIncomeAction, m_reverseAction, m_receiptAction};
}

int PaymentsView::visibleRowCount() const
{
    return m_proxy->rowCount();
}

bool PaymentsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PaymentsView::reloadFilterChoices()
{
    reloadClientChoices(m_clientFilter, m_workspace);
}

void PaymentsView::applyFilter()
{
    m_searchTimer->stop();
    TransactionListFilter filter;
    const QString status = m_statusFilter->currentData().toString();
    filter.waitingOnly = status == WaitingCode;
    if (!filter.waitingOnly)
        filter.status = payments::transactionStatusFromCode(status);
    filter.clientId = m_clientFilter->currentData().toLongLong();
    filter.payerSearch = m_search->text().trimmed();
    const std::optional<BankTransaction> current = currentTransaction();
    try {
        m_model->setFilter(filter);
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot read the payments"), error.message());
    }
    restoreSelection(current);
}

void PaymentsView::reload()
{
    const std::optional<BankTransaction> current = currentTransaction();
    try {
        m_model->reload();
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot read the payments"), error.message());
    }
    restoreSelection(current);
}

void PaymentsView::restoreSelection(const std::optional<BankTransaction> &previous)
{
    if (previous) {
        selectTransaction(previous->id);
        return;
    }
    // Nothing chosen yet: the first waiting payment, so Enter accepts at once.
    const QList<qint64> order = shownIds();
    selectWaitingAfter(order, order.size() - 1);
}

void PaymentsView::updateTotals()
{
    const TransactionTotals &totals = m_model->totals();
    m_totals->setText(tr("%n payment(s) · received %1 · %2 waiting", nullptr, totals.count)
                          .arg(BillingNames::yenText(totals.amount))
                          .arg(totals.waiting));
}

std::optional<BankTransaction> PaymentsView::currentTransaction() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    if (const BankTransaction *transaction = m_model->rowAt(m_proxy->mapToSource(current).row()))
        return *transaction;
    return std::nullopt;
}

void PaymentsView::selectTransaction(qint64 transactionId)
{
    selectSourceRow(m_table, m_proxy, m_model->rowOfId(transactionId));
    // The same row after a reload is not a change of row, but its payment may have changed.
    showCurrent();
}

void PaymentsView::showCurrent()
{
    const std::optional<BankTransaction> current = currentTransaction();
    if (current != std::nullopt && m_panel->transaction() && m_panel->transaction()->id == current->id &&
        m_panel->transaction()->version == current->version &&
        m_panel->transaction()->status == current->status) {
        updateActions();
        return;
    }
    m_panel->showTransaction(current);
    updateActions();
}

void PaymentsView::updateActions()
{
    const bool open = m_workspace->isOpen();
    const std::optional<BankTransaction> current = currentTransaction();
    const bool decidable = current && isDecidable(*current);
    m_importAction->setEnabled(open);
    m_matchAction->setEnabled(open);
    m_acceptAction->setEnabled(decidable && m_panel->highlightedCandidate().has_value());
    m_nextAction->setEnabled(m_model->totals().waiting > 0);
    m_manualAction->setEnabled(decidable);
    m_feeAction->setEnabled(decidable);
    m_otherIncomeAction->setEnabled(decidable);
    m_reverseAction->setEnabled(current && isReversible(current->status));
    m_receiptAction->setEnabled(current && current->status == TransactionStatus::Matched &&
                                current->allocated > money::Yen(0));
}

QList<qint64> PaymentsView::shownIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids << m_proxy->index(row, 0).data(BankTransactionTableModel::TransactionIdRole).toLongLong();
    return ids;
}

void PaymentsView::selectWaitingAfter(const QList<qint64> &order, qsizetype from)
{
    const qsizetype count = order.size();
    for (qsizetype step = 1; step <= count; ++step) {
        const qint64 id = order.at((from + step) % count);
        const int row = m_model->rowOfId(id);
        if (row >= 0 && BankTransactionTableModel::isWaiting(m_model->rowAt(row)->status)) {
            selectTransaction(id);
            return;
        }
    }
    m_table->selectionModel()->clear();
    showCurrent();
}

void PaymentsView::selectNextWaiting()
{
    const QList<qint64> order = shownIds();
    const std::optional<BankTransaction> current = currentTransaction();
    selectWaitingAfter(order, current ? order.indexOf(current->id) : -1);
}

void PaymentsView::decide(const QString &failureTitle,
                          const std::function<void(const BankTransaction &)> &call)
{
    const std::optional<BankTransaction> current = currentTransaction();
    if (!current)
        return;
    const QList<qint64> order = shownIds();
    const bool done = ServiceErrors::run(this, failureTitle, [&] { call(*current); });
    m_workspace->notifyPaymentsChanged();
    if (done)
        selectWaitingAfter(order, order.indexOf(current->id));
}

void PaymentsView::acceptHighlighted()
{
    const std::optional<payments::MatchCandidate> candidate = m_panel->highlightedCandidate();
    const std::optional<BankTransaction> current = currentTransaction();
    if (!candidate || !current || !isDecidable(*current))
        return;
    decide(tr("Cannot accept the candidate"), [&](const BankTransaction &transaction) {
        m_workspace->payments().accept(transaction.id, *candidate, m_panel->rememberPayerName());
    });
}

void PaymentsView::markAsFee()
{
    const std::optional<BankTransaction> current = currentTransaction();
    if (!current || !isDecidable(*current))
        return;
    decide(tr("Cannot mark the payment"), [&](const BankTransaction &transaction) {
        m_workspace->payments().markAs(transaction.id, TransactionStatus::Fee, tr("bank fee"));
    });
}

void PaymentsView::markAsOtherIncome()
{
    const std::optional<BankTransaction> current = currentTransaction();
    if (!current || !isDecidable(*current))
        return;
    const std::optional<QString> note =
        askForText(this, tr("Other income"),
                   tr("What is the payment of %1 from %2 (e.g. 受取利息, 保険金)?")
                       .arg(BillingNames::yenText(current->line.amount), current->line.payerName));
    if (!note)
        return;
    decide(tr("Cannot mark the payment"), [&](const BankTransaction &transaction) {
        m_workspace->payments().markAs(transaction.id, TransactionStatus::OtherIncome, *note);
    });
}

void PaymentsView::reverseSelected()
{
    const std::optional<BankTransaction> current = currentTransaction();
    if (!current || !isReversible(current->status))
        return;
    const std::optional<QString> reason =
        askForText(this, tr("Reverse"),
                   tr("Why is the payment of %1 from %2 taken back? The invoices will owe the money again.")
                       .arg(BillingNames::yenText(current->line.amount), current->line.payerName));
    if (!reason)
        return;
    // The payment waits again, and it is what the clerk works on next: it stays selected.
    ServiceErrors::run(this, tr("Cannot reverse"),
                       [&] { m_workspace->payments().reverse(current->id, *reason); });
    m_workspace->notifyPaymentsChanged();
    selectTransaction(current->id);
}

ManualAllocationDialog *PaymentsView::allocateManually()
{
    const std::optional<BankTransaction> current = currentTransaction();
    if (!current || !isDecidable(*current))
        return nullptr;
    auto *dialog = new ManualAllocationDialog(m_workspace, *current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const QList<qint64> order = shownIds();
    const qsizetype from = order.indexOf(current->id);
    connect(dialog, &QDialog::accepted, this, [this, order, from] {
        m_workspace->notifyPaymentsChanged();
        selectWaitingAfter(order, from);
    });
    dialog->show();
    return dialog;
}

void PaymentsView::matchOpen()
{
    if (!m_workspace->isOpen())
        return;
    payments::MatchRunSummary summary;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool done = ServiceErrors::run(this, tr("Cannot match the payments"),
                                             [&] { summary = m_workspace->payments().matchOpen(); });
        QApplication::restoreOverrideCursor();
        if (!done)
            return;
    }
    m_workspace->notifyPaymentsChanged();
    QMessageBox::information(this, tr("Payments matched"),
                             tr("%1 matched automatically, %2 with suggestions, %3 without a candidate.")
                                 .arg(summary.autoMatched)
                                 .arg(summary.suggested)
                                 .arg(summary.unmatched));
}

void PaymentsView::chooseAndImport()
{
    if (!m_workspace->isOpen())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import bank file"), appSettings().value(LastBankFolderKey).toString(),
        tr("Bank files (*.txt *.dat *.csv *.TXT *.DAT *.CSV);;All files (*)"));
    if (paths.isEmpty())
        return;
    appSettings().setValue(LastBankFolderKey, QFileInfo(paths.first()).absolutePath());
    importFiles(paths);
}

bool PaymentsView::canImport(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return false;
    const QList<QUrl> urls = mime->urls();
    return std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &url) {
        return url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile();
    });
}

void PaymentsView::importDropped(const QMimeData *mime)
{
    if (!canImport(mime))
        return;
    QStringList paths;
    for (const QUrl &url : mime->urls())
        paths << url.toLocalFile();
    QTimer::singleShot(0, this, [this, paths] { importFiles(paths); });
}

void PaymentsView::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_workspace->isOpen() && canImport(event->mimeData()))
        event->acceptProposedAction();
}

void PaymentsView::dropEvent(QDropEvent *event)
{
    if (!m_workspace->isOpen() || !canImport(event->mimeData()))
        return;
    event->acceptProposedAction();
    importDropped(event->mimeData());
}

ReceiptDialog *PaymentsView::issueReceipt(const std::function<int(const QStringList &)> &chooseInvoice)
{
    const std::optional<BankTransaction> current = currentTransaction();
    if (!current || current->status != TransactionStatus::Matched)
        return nullptr;
    // The invoices the payment paid on which received money is not yet covered by a receipt.
    QList<billing::Invoice> due;
    QStringList choices;
    if (!ServiceErrors::run(this, tr("Cannot read the invoices"), [&] {
            for (const payments::PaymentAllocation &allocation :
                 m_workspace->payments().allocations(current->id)) {
                if (allocation.reversed ||
                    std::any_of(due.cbegin(), due.cend(), [&](const billing::Invoice &invoice) {
                        return invoice.id == allocation.invoiceId;
                    }))
                    continue;
                const std::optional<billing::Invoice> invoice =
                    m_workspace->invoices().book().invoice(allocation.invoiceId);
                if (!invoice || ReceiptDialog::unreceipted(m_workspace, *invoice) <= money::Yen(0))
                    continue;
                due.append(*invoice);
                choices.append(
                    tr("%1 (paid %2)").arg(invoice->number, BillingNames::yenText(allocation.amount)));
            }
        }))
        return nullptr;
    if (due.isEmpty()) {
        QMessageBox::information(
            this, tr("Issue receipt"),
            tr("Receipts cover all the money this payment paid on its invoices already."));
        return nullptr;
    }
    int chosen = 0;
    if (due.size() > 1) {
        if (chooseInvoice) {
            chosen = chooseInvoice(choices);
        } else {
            bool ok = false;
            const QString choice = QInputDialog::getItem(
                this, tr("Issue receipt"), tr("The payment paid several invoices. Receipt for:"), choices, 0,
                false, &ok);
            chosen = ok ? int(choices.indexOf(choice)) : -1;
        }
        if (chosen < 0 || chosen >= due.size())
            return nullptr;
    }
    auto *dialog = new ReceiptDialog(m_workspace, due.at(chosen).id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ReceiptDialog::issued, m_workspace, &Workspace::notifyBillingChanged);
    dialog->show();
    return dialog;
}

bool PaymentsView::chooseCsvMapping(const QByteArray &bytes, const QString &name,
                                    payments::ImportOptions &options, QWidget &progress)
{
    // Zengin files describe themselves, and a file seen before is not read again: no questions.
    bool known = payments::ZenginReader::looksLikeZengin(bytes);
    if (!known && !ServiceErrors::run(this, tr("Cannot import %1").arg(name), [&] {
            known = m_workspace->payments().importedBefore(bytes).has_value();
        }))
        return false;
    if (known)
        return true;
    progress.hide();
    BankCsvImportDialog dialog(m_workspace, bytes, name, this);
    const bool chosen = dialog.exec() == QDialog::Accepted;
    progress.show();
    if (!chosen)
        return false;
    options.format = payments::BankFileFormat::Csv;
    options.csvMapping = dialog.mapping();
    options.statementAccount = dialog.statementAccount();
    return !dialog.saveMapping() || ServiceErrors::run(this, tr("Cannot save the mapping"), [&] {
        m_workspace->payments().saveMapping(*options.csvMapping);
    });
}

bool PaymentsView::importFiles(const QStringList &paths)
{
    if (!m_workspace->isOpen() || paths.isEmpty())
        return false;
    // The import writes through the GUI thread's connection, so it runs here; the dialog says that
    // Kaishu is busy rather than hung.
    QProgressDialog progress(tr("Reading the bank file…"), QString(), 0, 0, this);
    progress.setWindowTitle(tr("Import bank file"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setCancelButton(nullptr);
    progress.show();
    QApplication::processEvents();

    QList<FileOutcome> outcomes;
    bool allRead = true;
    for (const QString &path : paths) {
        progress.setLabelText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
        QApplication::processEvents();
        FileOutcome outcome{QFileInfo(path).fileName(), {}};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            allRead = false;
            progress.hide();
            QMessageBox::warning(this, tr("Cannot import %1").arg(outcome.name), file.errorString());
            progress.show();
            continue;
        }
        const QByteArray bytes = file.readAll();
        payments::ImportOptions options;
        if (!chooseCsvMapping(bytes, outcome.name, options, progress)) {
            allRead = false;
            continue;
        }
        if (!ServiceErrors::run(this, tr("Cannot import %1").arg(outcome.name), [&] {
                outcome.summary = m_workspace->payments().importBytes(bytes, outcome.name, options);
            })) {
            allRead = false;
            continue;
        }
        if (!outcome.summary.problems.isEmpty()) {
            allRead = false;
            QStringList lines;
            for (const payments::StatementProblem &problem : std::as_const(outcome.summary.problems))
                lines << problem.toString();
            progress.hide();
            QMessageBox box(QMessageBox::Warning, tr("Bank file not imported"),
                            tr("Nothing was imported from %1:").arg(outcome.name), QMessageBox::Ok, this);
            box.setObjectName(QStringLiteral("importProblems"));
            box.setInformativeText(lines.mid(0, ProblemsShown).join(QLatin1Char('\n')) +
                                   (lines.size() > ProblemsShown
                                        ? QLatin1Char('\n') + tr("… and %n more (see the details)", nullptr,
                                                                 int(lines.size() - ProblemsShown))
                                        : QString()));
            if (lines.size() > ProblemsShown)
                box.setDetailedText(lines.join(QLatin1Char('\n')));
            box.exec();
            progress.show();
            continue;
        }
        outcomes << outcome;
    }

    payments::MatchRunSummary matched;
    bool matchedOk = false;
    if (!outcomes.isEmpty()) {
        progress.setLabelText(tr("Matching the payments to open invoices…"));
        QApplication::processEvents();
        matchedOk = ServiceErrors::run(this, tr("Cannot match the payments"),
                                       [&] { matched = m_workspace->payments().matchOpen(); });
    }
    progress.close();
    m_workspace->notifyPaymentsChanged();
    if (outcomes.isEmpty())
        return false;

    QStringList lines;
    for (const FileOutcome &outcome : std::as_const(outcomes)) {
        const payments::ImportSummary &summary = outcome.summary;
        if (summary.alreadyImported)
            lines << tr("%1 was imported before (%2); nothing was read again.")
                         .arg(outcome.name,
                              QLocale().toString(summary.previousImport.toLocalTime(), QLocale::ShortFormat));
        else
            lines << tr("%1: %2 line(s) read, %3 new, %4 already imported and skipped.")
                         .arg(outcome.name)
                         .arg(summary.linesRead)
                         .arg(summary.newLines)
                         .arg(summary.duplicates);
    }
    if (matchedOk)
        lines << QString()
              << tr("Matched automatically: %1 · with suggestions: %2 · without a candidate: %3")
                     .arg(matched.autoMatched)
                     .arg(matched.suggested)
                     .arg(matched.unmatched);
    selectWaitingAfter(shownIds(), -1);
    QMessageBox box(QMessageBox::Information, tr("Bank file imported"), lines.join(QLatin1Char('\n')),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("importSummary"));
    box.exec();
    return allRead;
}

void PaymentsView::saveSettings() const
{
    saveListState(SettingsPrefix, m_table, m_splitter);
}

void PaymentsView::restoreSettings()
{
    restoreListState(SettingsPrefix, m_table, m_splitter, SplitterSizes);
}

} // namespace kaishu::ui
