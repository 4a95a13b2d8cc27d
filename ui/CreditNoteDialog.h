#pragma once

#include "billing/Invoice.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kaishu::ui {

class Workspace;

// 返還請求書: the lines of an issued invoice, of which the clerk ticks those returned or discounted
// and says how many; with a reason and an issue date the credit note is issued at once (it takes
// the next number and reduces what the invoice asks for).
class CreditNoteDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        Returned,
        Date,
        Quantity,
        Unit,
        UnitPrice,
        Category,
        ReturnedQuantity,
        Amount,
        ColumnCount
    };

    CreditNoteDialog(Workspace *workspace, qint64 invoiceId, QWidget *parent = nullptr);

    QTableWidget *linesTable() const { return m_table; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QDateEdit *issueDateEdit() const { return m_issueDate; }
    QLabel *totalLabel() const { return m_total; }
    QPushButton *issueButton() const { return m_issueButton; }

    // Ticks a line (with the quantity returned; empty: all of it) or unticks it.
    void setReturned(int row, bool returned, const QString &quantity = {});
    // The ticked lines with the quantities returned and their amounts.
    QList<billing::InvoiceLine> chosenLines() const;
    // The credit note, once issued.
    const billing::Invoice &creditNote() const { return m_creditNote; }

public slots:
    void accept() override;

private:
    void update();

    Workspace *m_workspace;
    billing::Invoice m_invoice;
    billing::Invoice m_creditNote;
    bool m_updating = false;

    QTableWidget *m_table = nullptr;
    QLineEdit *m_reason = nullptr;
    QDateEdit *m_issueDate = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_issueButton = nullptr;
};

} // namespace kaishu::ui
