#include "InvoiceTableModel.h"

#include "BillingNames.h"
#include "FieldNames.h"
#include "Workspace.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace kaishu::ui {

using billing::Invoice;
using billing::InvoiceStatus;

namespace {

const QColor OverdueColor(0xc6, 0x28, 0x28);
const QColor QuietColor(0x6b, 0x76, 0x80);

bool isAmountColumn(int column)
{
    return column == InvoiceTableModel::Total || column == InvoiceTableModel::Tax ||
           column == InvoiceTableModel::Balance;
}

} // namespace

InvoiceTableModel::InvoiceTableModel(Workspace *workspace, QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_workspace(workspace)
{}

void InvoiceTableModel::setFilter(const billing::InvoiceFilter &filter)
{
    m_filter = filter;
    reload();
}

void InvoiceTableModel::setToday(QDate today)
{
    m_today = today;
    reload();
}

void InvoiceTableModel::reload()
{
    // Read first: a storage error leaves the rows shown as they were.
    QList<Invoice> invoices;
    billing::InvoiceTotals totals;
    if (m_workspace->isOpen()) {
        billing::InvoiceFilter filter = m_filter;
        filter.today = m_today;
        invoices = m_workspace->invoices().book().invoices(filter);
        totals = m_workspace->invoices().book().totals(filter);
    }
    m_totals = totals;
    setRows(std::move(invoices));
}

QString InvoiceTableModel::statusText(const Invoice &invoice) const
{
    return invoice.isOverdue(m_today) ? BillingNames::overdueName()
                                      : BillingNames::statusName(invoice.status);
}

QVariant InvoiceTableModel::data(const QModelIndex &index, int role) const
{
    const Invoice *invoice = rowAt(index.row());
    if (!invoice)
        return {};
    const int column = index.column();
    switch (role) {
    case InvoiceIdRole:
        return invoice->id;
    case Qt::TextAlignmentRole:
        return alignment(isAmountColumn(column));
    case Qt::ForegroundRole:
        if (column == Status && invoice->isOverdue(m_today))
            return QBrush(OverdueColor);
        if (invoice->status == InvoiceStatus::Cancelled ||
            (column == Number && invoice->status == InvoiceStatus::Draft))
            return QBrush(QuietColor);
        return {};
    case Qt::FontRole:
        if (column == Status && invoice->isOverdue(m_today)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SortRole:
        switch (column) {
        case IssueDate:
            return invoice->issueDate.toString(Qt::ISODate);
        case DueDate:
            return invoice->dueDate.toString(Qt::ISODate);
        case Total:
            return invoice->tax.gross.value();
        case Tax:
            return invoice->tax.tax.value();
        case Balance:
            return invoice->balance().value();
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
    case Number:
        return invoice->number.isEmpty() ? BillingNames::draftNumberText() : invoice->number;
    case Kind:
        return BillingNames::kindName(invoice->kind);
    case Client:
        return invoice->clientCode;
    case CustomerCode:
        return invoice->customerCode;
    case Debtor:
        return invoice->debtorName;
    case IssueDate:
        return BillingNames::dateText(invoice->issueDate);
    case DueDate:
        return BillingNames::dateText(invoice->dueDate);
    case Total:
        return invoice->tax.gross.toString();
    case Tax:
        return invoice->tax.tax.toString();
    case Balance:
        return invoice->isIssued() && invoice->kind == billing::DocumentKind::Invoice
                   ? invoice->balance().toString()
                   : QString();
    case Status:
        if (role == Qt::ToolTipRole && invoice->status == InvoiceStatus::Cancelled &&
            !invoice->cancelReason.isEmpty())
            return tr("%1: %2").arg(statusText(*invoice), invoice->cancelReason);
        return statusText(*invoice);
    default:
        return {};
    }
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return alignment(isAmountColumn(section));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return FieldNames::displayName(QStringLiteral("number"));
    case Kind:
        return tr("Kind");
    case Client:
        return tr("Client");
    case CustomerCode:
        return FieldNames::displayName(QStringLiteral("customer_code"));
    case Debtor:
        return tr("Debtor");
    case IssueDate:
        return FieldNames::displayName(QStringLiteral("issue_date"));
    case DueDate:
        return FieldNames::displayName(QStringLiteral("due_date"));
    case Total:
        return tr("Total");
    case Tax:
        return tr("Tax");
    case Balance:
        return tr("Balance");
    case Status:
        return FieldNames::displayName(QStringLiteral("status"));
    default:
        return {};
    }
}

} // namespace kaishu::ui
