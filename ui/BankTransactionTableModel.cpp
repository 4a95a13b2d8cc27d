#include "BankTransactionTableModel.h"

#include "BillingNames.h"
#include "FieldNames.h"
#include "Workspace.h"
#include "parties/SearchKey.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

namespace kaishu::ui {

using payments::BankTransaction;
using payments::MatchCandidate;
using payments::TransactionStatus;

namespace {

const QColor QuietColor(0x6b, 0x76, 0x80);
const QColor WaitingColor(0xb2, 0x6a, 0x00);

bool isAmountColumn(int column)
{
    return column == BankTransactionTableModel::Amount || column == BankTransactionTableModel::Confidence;
}

// Money that left the account or that the bank took back: kept for the statement, never matched.
bool isQuiet(const BankTransaction &transaction)
{
    return transaction.status == TransactionStatus::Outgoing ||
           transaction.status == TransactionStatus::Cancelled;
}

} // namespace

BankTransactionTableModel::BankTransactionTableModel(Workspace *workspace, QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_workspace(workspace)
{}

bool BankTransactionTableModel::isWaiting(TransactionStatus status)
{
    return status == TransactionStatus::Unmatched || status == TransactionStatus::Suggested;
}

void BankTransactionTableModel::setFilter(const TransactionListFilter &filter)
{
    m_filter = filter;
    reload();
}

bool BankTransactionTableModel::passes(const BankTransaction &transaction) const
{
    if (m_filter.clientId != 0 && transaction.clientId != m_filter.clientId)
        return false;
    if (m_filter.payerSearch.trimmed().isEmpty())
        return true;
    // The bank writes half-width kana; the clerk types hiragana, katakana or romaji: compare the
    // search forms of both.
    return parties::searchKey(transaction.line.payerName).contains(parties::searchKey(m_filter.payerSearch));
}

void BankTransactionTableModel::reload()
{
    // Read first: a storage error leaves the rows shown as they were.
    QList<BankTransaction> rows;
    if (m_workspace->isOpen()) {
        payments::TransactionFilter filter;
        filter.status = m_filter.status;
        filter.openOnly = m_filter.waitingOnly;
        for (const BankTransaction &transaction : m_workspace->payments().transactions(filter)) {
            if (passes(transaction))
                rows << transaction;
        }
        readNames(rows);
    }
    TransactionTotals totals;
    for (const BankTransaction &transaction : std::as_const(rows)) {
        ++totals.count;
        if (transaction.line.incoming && !transaction.line.cancelled)
            totals.amount += transaction.line.amount;
        if (isWaiting(transaction.status))
            ++totals.waiting;
    }
    m_totals = totals;
    setRows(std::move(rows));
}

void BankTransactionTableModel::readNames(const QList<BankTransaction> &rows)
{
    m_allocations.clear();
    m_invoices.clear();
    m_accounts.clear();
    m_clients.clear();
    for (const parties::Client &client : m_workspace->parties().repository().clients())
        m_clients.insert(client.id, client.code);

    QSet<qint64> invoiceIds;
    QSet<qint64> accountIds;
    for (const BankTransaction &transaction : rows) {
        if (transaction.status == TransactionStatus::Matched) {
            QList<payments::PaymentAllocation> active;
            for (const payments::PaymentAllocation &allocation :
                 m_workspace->payments().allocations(transaction.id)) {
                if (!allocation.reversed)
                    active << allocation;
            }
            m_allocations.insert(transaction.id, active);
        }
        for (const MatchCandidate &reading : readingsOf(transaction)) {
            if (reading.accountId != 0)
                accountIds << reading.accountId;
            for (const payments::Allocation &allocation : reading.allocations)
                invoiceIds << allocation.invoiceId;
        }
    }
    const billing::InvoiceBook &book = m_workspace->invoices().book();
    for (qint64 id : std::as_const(invoiceIds)) {
        if (std::optional<billing::Invoice> invoice = book.invoice(id)) {
            invoice->lines.clear();
            m_invoices.insert(id, *invoice);
        }
    }
    // An account is named by its invoices' customer and debtor; one with only credit is read.
    for (const billing::Invoice &invoice : std::as_const(m_invoices))
        m_accounts.insert(invoice.accountId, tr("%1 %2").arg(invoice.customerCode, invoice.debtorName));
    const parties::PartyRepository &parties = m_workspace->parties().repository();
    for (qint64 id : std::as_const(accountIds)) {
        if (m_accounts.contains(id))
            continue;
        const std::optional<parties::Account> account = parties.accountById(id);
        const std::optional<parties::Debtor> debtor =
            account ? parties.debtorById(account->debtorId) : std::nullopt;
        if (account)
            m_accounts.insert(id, tr("%1 %2").arg(account->customerCode, debtor ? debtor->name : QString()));
    }
}

QList<MatchCandidate> BankTransactionTableModel::readingsOf(const BankTransaction &transaction) const
{
    if (transaction.status != TransactionStatus::Matched)
        return isWaiting(transaction.status) ? transaction.suggestions : QList<MatchCandidate>();
    const QList<payments::PaymentAllocation> allocations = m_allocations.value(transaction.id);
    MatchCandidate booked;
    booked.fee = transaction.fee;
    booked.unapplied = transaction.unapplied;
    booked.accountId = transaction.unappliedAccountId;
    for (const payments::PaymentAllocation &allocation : allocations) {
        booked.allocations.append({allocation.invoiceId, allocation.amount});
        booked.method = allocation.method;
        booked.confidence = allocation.confidence;
        booked.reason = allocation.reason;
    }
    if (booked.accountId == 0 && !allocations.isEmpty())
        booked.accountId = m_invoices.value(allocations.first().invoiceId).accountId;
    return {booked};
}

QString BankTransactionTableModel::invoiceNumber(qint64 invoiceId) const
{
    const auto found = m_invoices.constFind(invoiceId);
    return found != m_invoices.constEnd() ? found->number : QStringLiteral("#%1").arg(invoiceId);
}

QString BankTransactionTableModel::accountLabel(qint64 accountId) const
{
    return m_accounts.value(accountId);
}

QString BankTransactionTableModel::invoicesText(const BankTransaction &transaction) const
{
    const QList<MatchCandidate> readings = readingsOf(transaction);
    if (readings.isEmpty())
        return {};
    QStringList numbers;
    for (const payments::Allocation &allocation : readings.first().allocations)
        numbers << invoiceNumber(allocation.invoiceId);
    return numbers.join(QStringLiteral(", "));
}

QVariant BankTransactionTableModel::data(const QModelIndex &index, int role) const
{
    const BankTransaction *transaction = rowAt(index.row());
    if (!transaction)
        return {};
    const int column = index.column();
    const QList<MatchCandidate> readings =
        column == Confidence ? readingsOf(*transaction) : QList<MatchCandidate>();
    switch (role) {
    case TransactionIdRole:
        return transaction->id;
    case Qt::TextAlignmentRole:
        return alignment(isAmountColumn(column));
    case Qt::ForegroundRole:
        if (isQuiet(*transaction))
            return QBrush(QuietColor);
        if (column == Status && isWaiting(transaction->status))
            return QBrush(WaitingColor);
        return {};
    case Qt::FontRole:
        if (column == Status && isWaiting(transaction->status)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SortRole:
        switch (column) {
        case ValueDate:
            return transaction->line.valueDate.toString(Qt::ISODate);
        case Amount:
            return transaction->line.amount.value();
        case Confidence:
            return readings.isEmpty() ? -1 : readings.first().confidence;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case ValueDate:
        return BillingNames::dateText(transaction->line.valueDate);
    case Amount:
        return transaction->line.amount.toString();
    case Payer:
        return transaction->line.payerName;
    case SendingBank:
        return QStringList{transaction->line.sendingBank, transaction->line.sendingBranch}
            .join(QLatin1Char(' '))
            .trimmed();
    case Status:
        return BillingNames::transactionStatusName(transaction->status);
    case Invoices:
        return invoicesText(*transaction);
    case Confidence:
        return readings.isEmpty() ? QString() : BillingNames::confidenceText(readings.first().confidence);
    case Client:
        return m_clients.value(transaction->clientId);
    default:
        return {};
    }
}

QVariant BankTransactionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return alignment(isAmountColumn(section));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ValueDate:
        return FieldNames::displayName(QStringLiteral("value_date"));
    case Amount:
        return FieldNames::displayName(QStringLiteral("amount"));
    case Payer:
        return FieldNames::displayName(QStringLiteral("payer_name"));
    case SendingBank:
        return tr("Sending bank");
    case Status:
        return FieldNames::displayName(QStringLiteral("status"));
    case Invoices:
        return tr("Invoices");
    case Confidence:
        return tr("Confidence");
    case Client:
        return FieldNames::displayName(QStringLiteral("client_id"));
    default:
        return {};
    }
}

} // namespace kaishu::ui
