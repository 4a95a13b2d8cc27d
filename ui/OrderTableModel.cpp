#include "OrderTableModel.h"

#include "BillingNames.h"
#include "FieldNames.h"
#include "Workspace.h"
#include "money/MoneyOverflow.h"

namespace kaishu::ui {

using billing::OrderLine;

namespace {

bool isNumberColumn(int column)
{
    return column == OrderTableModel::Line || column == OrderTableModel::Quantity ||
           column == OrderTableModel::UnitPrice || column == OrderTableModel::Amount;
}

} // namespace

OrderTableModel::OrderTableModel(Workspace *workspace, QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_workspace(workspace)
{}

void OrderTableModel::setClientId(qint64 clientId)
{
    m_clientId = clientId;
    reload();
}

void OrderTableModel::reload()
{
    QList<OrderLine> lines;
    QHash<qint64, money::RoundingMode> rounding;
    if (m_workspace->isOpen()) {
        billing::OrderFilter filter;
        filter.clientId = m_clientId;
        lines = m_workspace->orders().lines(filter);
        for (const OrderLine &line : std::as_const(lines)) {
            if (!rounding.contains(line.clientId))
                rounding.insert(line.clientId,
                                m_workspace->invoices().settings().settings(line.clientId).rounding);
        }
    }
    m_rounding = std::move(rounding);
    setRows(std::move(lines));
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    const OrderLine *line = rowAt(index.row());
    if (!line)
        return {};
    if (role == LineIdRole)
        return line->id;
    if (role == Qt::TextAlignmentRole)
        return alignment(isNumberColumn(index.column()));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Client:
        return line->clientCode;
    case CustomerCode:
        return line->customerCode;
    case Debtor:
        return line->debtorName;
    case OrderNumber:
        return line->orderNumber;
    case Line:
        return line->lineNumber;
    case OrderDate:
        return BillingNames::dateText(line->orderDate);
    case DeliveryDate:
        return BillingNames::dateText(line->deliveryDate);
    case ItemCode:
        return line->itemCode;
    case Description:
        return line->description;
    case Quantity:
        return line->quantity.toString();
    case Unit:
        return line->unit;
    case UnitPrice:
        return line->unitPrice.toString();
    case TaxCategory:
        return BillingNames::taxCategoryName(line->category);
    case PriceMode:
        return BillingNames::priceModeName(line->priceMode);
    case Amount:
        try {
            return line->amount(m_rounding.value(line->clientId)).toString();
        } catch (const money::MoneyOverflow &) {
            return QString();
        }
    default:
        return {};
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return alignment(isNumberColumn(section));
    if (role != Qt::DisplayRole)
        return {};
    static const char *const fields[] = {"client_code",  "customer_code", "debtor_id",     "order_no",
                                         "line_no",      "order_date",    "delivery_date", "item_code",
                                         "description",  "quantity",      "unit",          "unit_price",
                                         "tax_category", "price_mode",    "amount"};
    if (section == Client)
        return tr("Client");
    return section >= 0 && section < ColumnCount
               ? FieldNames::displayName(QString::fromLatin1(fields[section]))
               : QVariant();
}

} // namespace kaishu::ui
