#pragma once

#include "parties/DebtorRegister.h"

#include <QAbstractTableModel>
#include <QList>

namespace kaishu::ui {

class Workspace;

// The debtor register for a table view, one row per account. Only the row count is known up
// front; rows are fetched in pages as the view asks for them and kept in a small cache of recently
// used pages, so that the view stays quick however large the portfolio is.
class DebtorRegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;
    static constexpr int CachedPages = 8;

    // The ids behind a line, for the detail pane.
    static constexpr int AccountIdRole = Qt::UserRole + 1;
    static constexpr int DebtorIdRole = Qt::UserRole + 2;

    explicit DebtorRegisterModel(Workspace *workspace, QObject *parent = nullptr);

    void setFilter(const parties::RegisterFilter &filter);
    const parties::RegisterFilter &filter() const { return m_filter; }
    parties::RegisterColumn sortColumn() const { return m_sortColumn; }
    bool sortAscending() const { return m_ascending; }
    // Re-reads the count and drops the cached pages (after a save, an undo or an import).
    void reload();

    // The line at a row, fetched if needed; nullptr outside the table.
    const parties::RegisterRow *rowAt(int row) const;
    // The row of an account among the pages in the cache, or -1.
    int cachedRowOfAccount(qint64 accountId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Page
    {
        int number = 0;
        QList<parties::RegisterRow> rows;
    };
    const Page *page(int number) const;
    static QString cellText(const parties::RegisterRow &row, parties::RegisterColumn column);

    Workspace *m_workspace;
    parties::RegisterFilter m_filter;
    parties::RegisterColumn m_sortColumn = parties::RegisterColumn::Name;
    bool m_ascending = true;
    int m_count = 0;
    mutable QList<Page> m_pages; // most recently used first
};

} // namespace kaishu::ui
