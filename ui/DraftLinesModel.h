#pragma once

#include "billing/Invoice.h"
#include "parties/FieldError.h"

#include <QAbstractTableModel>
#include <QList>

class QUndoStack;

namespace kaishu::ui {

// The lines of a draft being edited. Every change a clerk makes (a cell, a new line, a removed one)
// goes onto the editor's undo stack as a command; the amounts follow quantity × unit price with the
// invoice's rounding, as InvoiceService::saveDraft computes them.
class DraftLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DeliveryDate,
        OrderNumber,
        ItemCode,
        Description,
        Quantity,
        Unit,
        UnitPrice,
        TaxCategory,
        Amount,
        ColumnCount
    };

    DraftLinesModel(QUndoStack *undoStack, QObject *parent = nullptr);

    // Starts over with these lines (the undo stack is cleared).
    void setLines(const QList<billing::InvoiceLine> &lines, money::RoundingMode rounding);
    const QList<billing::InvoiceLine> &lines() const { return m_lines; }

    // The rules a line breaks, by canonical field name: those of the order line it stands for.
    QList<parties::FieldError> problems(int row) const;
    // Every line's problems, as "Line 2 · Description: …", for the list under the table.
    QStringList problemTexts() const;

    // Edits through the undo stack: a new line after row (a copy of its date, rate and order), and
    // the removal of a line.
    void addLine(int afterRow);
    void removeLine(int row);

    // What the undo commands do.
    void putLine(int row, billing::InvoiceLine line);
    void insertLineAt(int row, billing::InvoiceLine line);
    void removeLineAt(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString fieldOf(int column);

signals:
    // After any change of the lines (edit, undo, redo): the totals are due again.
    void linesChanged();
    // A typed value that is not what the column takes (e.g. "1.2.3" as a quantity).
    void inputRejected(const QString &message);

private:
    billing::InvoiceLine withAmount(billing::InvoiceLine line) const;

    QUndoStack *m_undoStack;
    QList<billing::InvoiceLine> m_lines;
    money::RoundingMode m_rounding = money::RoundingMode::Down;
};

} // namespace kaishu::ui
