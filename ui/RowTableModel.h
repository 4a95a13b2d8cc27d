#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace kaishu::ui {

// A table of records that are all held (clients, invoices, order lines, archived files): a few
// thousand rows at most, each a value with an id, reset as a whole when read again. A subclass says
// what its columns show.
template<typename Row> class RowTableModel : public QAbstractTableModel
{
public:
    RowTableModel(int columnCount, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount)
    {}

    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    // The row of the record with this id, -1 when it is not shown.
    int rowOfId(qint64 id) const
    {
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return int(row);
        }
        return -1;
    }
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }

protected:
    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    // Right for amounts and counts, left for text, in cells and titles alike.
    static QVariant alignment(bool number)
    {
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }

private:
    int m_columnCount;
    QList<Row> m_rows;
};

} // namespace kaishu::ui
