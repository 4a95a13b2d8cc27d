#include "DebtorRegisterModel.h"

#include "FieldNames.h"
#include "Workspace.h"
#include "money/Yen.h"
#include "parties/Classification.h"

namespace kaishu::ui {

using parties::RegisterColumn;
using parties::RegisterRow;

DebtorRegisterModel::DebtorRegisterModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    reload();
}

void DebtorRegisterModel::setFilter(const parties::RegisterFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void DebtorRegisterModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_count = m_workspace->isOpen() ? m_workspace->debtorRegister().count(m_filter) : 0;
    endResetModel();
}

const DebtorRegisterModel::Page *DebtorRegisterModel::page(int number) const
{
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).number == number) {
            if (i != 0)
                m_pages.move(i, 0);
            return &m_pages.constFirst();
        }
    }
    if (!m_workspace->isOpen())
        return nullptr;
    Page fetched;
    fetched.number = number;
    fetched.rows = m_workspace->debtorRegister().fetch(m_filter, m_sortColumn, m_ascending, number * PageSize,
                                                       PageSize, m_count);
    m_pages.prepend(std::move(fetched));
    while (m_pages.size() > CachedPages)
        m_pages.removeLast();
    return &m_pages.constFirst();
}

const RegisterRow *DebtorRegisterModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const Page *cached = page(row / PageSize);
    const int offset = row % PageSize;
    if (!cached || offset >= cached->rows.size())
        return nullptr; // the register shrank since the count: reload() will follow
    return &cached->rows.at(offset);
}

int DebtorRegisterModel::cachedRowOfAccount(qint64 accountId) const
{
    for (const Page &cached : std::as_const(m_pages)) {
        for (qsizetype i = 0; i < cached.rows.size(); ++i) {
            if (cached.rows.at(i).accountId == accountId)
                return cached.number * PageSize + int(i);
        }
    }
    return -1;
}

int DebtorRegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int DebtorRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : parties::RegisterColumnCount;
}

QString DebtorRegisterModel::cellText(const RegisterRow &row, RegisterColumn column)
{
    switch (column) {
    case RegisterColumn::ClientCode:
        return row.clientCode;
    case RegisterColumn::CustomerCode:
        return row.customerCode;
    case RegisterColumn::Name:
        return row.name;
    case RegisterColumn::NameKana:
        return row.nameKana;
    case RegisterColumn::PayerName:
        return row.payerName;
    case RegisterColumn::CorporateNumber:
        return row.corporateNumber;
    case RegisterColumn::Prefecture:
        return row.prefecture;
    case RegisterColumn::Industry:
        return row.industry.isEmpty() ? QString() : parties::industryName(row.industry);
    case RegisterColumn::Terms:
        return FieldNames::termsText(row.terms);
    case RegisterColumn::CreditLimit:
        return money::Yen(row.creditLimit).toString();
    case RegisterColumn::Status:
        return FieldNames::statusName(row.status);
    case RegisterColumn::Phone:
        return row.phone;
    case RegisterColumn::Email:
        return row.email;
    case RegisterColumn::VirtualAccount:
        return row.virtualAccount;
    case RegisterColumn::Address:
        return row.address;
    case RegisterColumn::PostalCode:
        return row.postalCode;
    }
    return {};
}

QVariant DebtorRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= parties::RegisterColumnCount)
        return {};
    const auto column = static_cast<RegisterColumn>(index.column());
    if (role == Qt::TextAlignmentRole) {
        if (column == RegisterColumn::CreditLimit)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != AccountIdRole && role != DebtorIdRole)
        return {};
    const RegisterRow *row = rowAt(index.row());
    if (!row)
        return {};
    if (role == AccountIdRole)
        return row->accountId;
    if (role == DebtorIdRole)
        return row->debtorId;
    if (role == Qt::ToolTipRole) {
        if (column == RegisterColumn::Industry && !row->industry.isEmpty())
            return FieldNames::industryLabel(row->industry);
        if (column != RegisterColumn::Address)
            return {};
    }
    return cellText(*row, column);
}

QVariant DebtorRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= parties::RegisterColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return FieldNames::columnTitle(static_cast<RegisterColumn>(section));
    if (role == Qt::TextAlignmentRole && static_cast<RegisterColumn>(section) == RegisterColumn::CreditLimit)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void DebtorRegisterModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= parties::RegisterColumnCount)
        return;
    const auto sortColumn = static_cast<RegisterColumn>(column);
    const bool ascending = order == Qt::AscendingOrder;
    if (sortColumn == m_sortColumn && ascending == m_ascending)
        return;
    // The order lives in SQL: re-query from the first page. Rows move wholesale, so a reset is
    // cheaper and more honest than mapping persistent indexes the model never loaded.
    beginResetModel();
    m_sortColumn = sortColumn;
    m_ascending = ascending;
    m_pages.clear();
    endResetModel();
}

} // namespace kaishu::ui
