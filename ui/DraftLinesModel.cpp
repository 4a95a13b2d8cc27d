#include "DraftLinesModel.h"

#include "BillingNames.h"
#include "FieldNames.h"
#include "billing/OrderLine.h"
#include "money/MoneyOverflow.h"

#include <QBrush>
#include <QColor>
#include <QUndoCommand>
#include <QUndoStack>

namespace kaishu::ui {

using billing::InvoiceLine;

namespace {

const QColor ProblemBackground(0xfd, 0xe8, 0xe8);

class ReplaceLineCommand : public QUndoCommand
{
public:
    ReplaceLineCommand(DraftLinesModel *model, int row, InvoiceLine before, InvoiceLine after,
                       const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_row(row)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override { m_model->putLine(m_row, m_after); }
    void undo() override { m_model->putLine(m_row, m_before); }

private:
    DraftLinesModel *m_model;
    int m_row;
    InvoiceLine m_before;
    InvoiceLine m_after;
};

// Adds (or, reversed, removes) one line.
class InsertLineCommand : public QUndoCommand
{
public:
    InsertLineCommand(DraftLinesModel *model, int row, InvoiceLine line, bool remove, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_row(row)
        , m_line(std::move(line))
        , m_remove(remove)
    {}
    void redo() override { apply(!m_remove); }
    void undo() override { apply(m_remove); }

private:
    void apply(bool insert)
    {
        if (insert)
            m_model->insertLineAt(m_row, m_line);
        else
            m_model->removeLineAt(m_row);
    }

    DraftLinesModel *m_model;
    int m_row;
    InvoiceLine m_line;
    bool m_remove;
};

bool isNumberColumn(int column)
{
    return column == DraftLinesModel::Quantity || column == DraftLinesModel::UnitPrice ||
           column == DraftLinesModel::Amount;
}

} // namespace

DraftLinesModel::DraftLinesModel(QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_undoStack(undoStack)
{}

void DraftLinesModel::setLines(const QList<InvoiceLine> &lines, money::RoundingMode rounding)
{
    beginResetModel();
    m_rounding = rounding;
    m_lines.clear();
    for (const InvoiceLine &line : lines)
        m_lines << withAmount(line);
    endResetModel();
    m_undoStack->clear();
    emit linesChanged();
}

InvoiceLine DraftLinesModel::withAmount(InvoiceLine line) const
{
    try {
        line.amount = line.quantity.multiplyToYen(line.unitPrice, m_rounding);
    } catch (const money::MoneyOverflow &) {
        line.amount = {}; // problems() names the unit price
    }
    return line;
}

QString DraftLinesModel::fieldOf(int column)
{
    switch (column) {
    case DeliveryDate:
        return QStringLiteral("delivery_date");
    case OrderNumber:
        return QStringLiteral("order_no");
    case ItemCode:
        return QStringLiteral("item_code");
    case Description:
        return QStringLiteral("description");
    case Quantity:
        return QStringLiteral("quantity");
    case Unit:
        return QStringLiteral("unit");
    case UnitPrice:
        return QStringLiteral("unit_price");
    case TaxCategory:
        return QStringLiteral("tax_category");
    case Amount:
        return QStringLiteral("amount");
    default:
        return {};
    }
}

QList<parties::FieldError> DraftLinesModel::problems(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return {};
    // The rules are the order book's (billing::validate); the order's own number and date are not
    // part of an invoice line, so their rules do not apply here.
    const InvoiceLine &line = m_lines.at(row);
    billing::OrderLine order;
    order.deliveryDate = line.deliveryDate;
    order.orderNumber = line.orderNumber;
    order.itemCode = line.itemCode;
    order.description = line.description;
    order.quantity = line.quantity;
    order.unit = line.unit;
    order.unitPrice = line.unitPrice;
    order.category = line.category;
    QList<parties::FieldError> errors = billing::validate(order);
    errors.removeIf([](const parties::FieldError &error) {
        return error.field == QLatin1String("order_no") || error.field == QLatin1String("order_date");
    });
    return errors;
}

QStringList DraftLinesModel::problemTexts() const
{
    QStringList texts;
    if (m_lines.isEmpty())
        texts << tr("An invoice needs at least one line.");
    for (int row = 0; row < m_lines.size(); ++row) {
        for (const parties::FieldError &error : problems(row))
            texts << tr("Line %1 · %2: %3")
                         .arg(row + 1)
                         .arg(FieldNames::displayName(error.field), error.reason);
    }
    return texts;
}

void DraftLinesModel::addLine(int afterRow)
{
    InvoiceLine line;
    line.quantity = money::Decimal::fromInt(1);
    if (afterRow >= 0 && afterRow < m_lines.size()) {
        const InvoiceLine &previous = m_lines.at(afterRow);
        line.deliveryDate = previous.deliveryDate;
        line.orderNumber = previous.orderNumber;
        line.category = previous.category;
    } else if (!m_lines.isEmpty()) {
        line.deliveryDate = m_lines.last().deliveryDate;
        line.category = m_lines.last().category;
    }
    const int row = afterRow >= 0 && afterRow < m_lines.size() ? afterRow + 1 : int(m_lines.size());
    m_undoStack->push(new InsertLineCommand(this, row, line, false, tr("Add line %1").arg(row + 1)));
}

void DraftLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    m_undoStack->push(
        new InsertLineCommand(this, row, m_lines.at(row), true, tr("Remove line %1").arg(row + 1)));
}

void DraftLinesModel::putLine(int row, InvoiceLine line)
{
    if (row < 0 || row >= m_lines.size())
        return;
    m_lines[row] = withAmount(std::move(line));
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit linesChanged();
}

void DraftLinesModel::insertLineAt(int row, InvoiceLine line)
{
    row = std::clamp(row, 0, int(m_lines.size()));
    beginInsertRows({}, row, row);
    m_lines.insert(row, withAmount(std::move(line)));
    endInsertRows();
    emit linesChanged();
}

void DraftLinesModel::removeLineAt(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    emit linesChanged();
}

int DraftLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int DraftLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const InvoiceLine &line = m_lines.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return isNumberColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole || role == Qt::ToolTipRole) {
        QStringList reasons;
        for (const parties::FieldError &error : problems(index.row())) {
            if (error.field == fieldOf(column))
                reasons << error.reason;
        }
        if (reasons.isEmpty())
            return {};
        return role == Qt::BackgroundRole ? QVariant(QBrush(ProblemBackground))
                                          : QVariant(reasons.join(QLatin1Char('\n')));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (column) {
    case DeliveryDate:
        return edit ? QVariant(line.deliveryDate) : QVariant(BillingNames::dateText(line.deliveryDate));
    case OrderNumber:
        return line.orderNumber;
    case ItemCode:
        return line.itemCode;
    case Description:
        return line.description;
    case Quantity:
        return line.quantity.toString();
    case Unit:
        return line.unit;
    case UnitPrice:
        return line.unitPrice.toString();
    case TaxCategory:
        return edit ? money::toCode(line.category) : BillingNames::taxCategoryName(line.category);
    case Amount:
        return line.amount.toString();
    default:
        return {};
    }
}

bool DraftLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_lines.size())
        return false;
    const int row = index.row();
    InvoiceLine line = m_lines.at(row);
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case DeliveryDate:
        line.deliveryDate = value.toDate();
        break;
    case OrderNumber:
        line.orderNumber = text;
        break;
    case ItemCode:
        line.itemCode = text;
        break;
    case Description:
        line.description = text;
        break;
    case Unit:
        line.unit = text;
        break;
    case Quantity:
    case UnitPrice: {
        const std::optional<money::Decimal> number = money::Decimal::parse(text);
        if (!number) {
            emit inputRejected(tr("%1: \"%2\" is not a number (at most 4 decimal places)")
                                   .arg(FieldNames::displayName(fieldOf(index.column())), text));
            return false;
        }
        (index.column() == Quantity ? line.quantity : line.unitPrice) = *number;
        break;
    }
    case TaxCategory: {
        const std::optional<money::TaxCategory> category = money::taxCategoryFromCode(text);
        if (!category)
            return false;
        line.category = *category;
        break;
    }
    default:
        return false;
    }
    line = withAmount(line);
    if (line == m_lines.at(row))
        return true;
    m_undoStack->push(new ReplaceLineCommand(
        this, row, m_lines.at(row), line,
        tr("Change %1 on line %2").arg(FieldNames::displayName(fieldOf(index.column()))).arg(row + 1)));
    return true;
}

Qt::ItemFlags DraftLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Amount)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant DraftLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return isNumberColumn(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    return FieldNames::displayName(fieldOf(section));
}

} // namespace kaishu::ui
