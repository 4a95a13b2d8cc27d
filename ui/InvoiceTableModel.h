#pragma once

#include "billing/InvoiceBook.h"

#include "RowTableModel.h"

#include <QDate>

namespace kaishu::ui {

class Workspace;

// Invoices and credit notes for a table, as InvoiceBook lists them for a filter, with the totals of
// that filter. A client's invoices of a few years are thousands of rows at most.
class InvoiceTableModel : public RowTableModel<billing::Invoice>
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Kind,
        Client,
        CustomerCode,
        Debtor,
        IssueDate,
        DueDate,
        Total,
        Tax,
        Balance,
        Status,
        ColumnCount
    };
    static constexpr int InvoiceIdRole = Qt::UserRole + 1;
    // Dates as ISO text and amounts as numbers, so that a proxy sorts them as values.
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit InvoiceTableModel(Workspace *workspace, QObject *parent = nullptr);

    // Reads the invoices and totals of the filter; storage errors propagate.
    void setFilter(const billing::InvoiceFilter &filter);
    const billing::InvoiceFilter &filter() const { return m_filter; }
    void reload();
    const billing::InvoiceTotals &totals() const { return m_totals; }

    // The day overdue is measured against (today, unless a test says otherwise).
    void setToday(QDate today);
    QDate today() const { return m_today; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString statusText(const billing::Invoice &invoice) const;

    Workspace *m_workspace;
    billing::InvoiceFilter m_filter;
    billing::InvoiceTotals m_totals;
    QDate m_today = QDate::currentDate();
};

} // namespace kaishu::ui
