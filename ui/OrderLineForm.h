#pragma once

#include "RecordForm.h"
#include "billing/OrderLine.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace kaishu::ui {

// One unbilled order line (受注明細), or a new one being typed: the customer and order, dates, item,
// quantity, price and tax rate, checked by the order book's rules as the clerk types, each problem
// under its field. Customer and order number are fixed once the line is saved (the order book keeps
// them); billed lines are read-only and not shown here.
class OrderLineForm : public RecordForm
{
    Q_OBJECT

public:
    OrderLineForm(Workspace *workspace, QUndoStack *undoStack, QWidget *parent = nullptr);

    void showLine(qint64 lineId) { showRecord(lineId); }
    qint64 lineId() const { return recordId(); }
    // Starts a new line of the client (nothing is written until Save).
    void startNewLine(qint64 clientId);
    bool isNewLine() const { return hasRecord() && recordId() == 0; }

protected:
    void forgetRecord() override;
    QList<audit::AuditRecord> storedHistory() const override;
    void loadRecord() override;
    QList<parties::FieldError> checkInput() const override;
    void writeChanges() override;

private:
    billing::OrderLine collect(QList<parties::FieldError> *errors) const;
    void fillEditors(const billing::OrderLine &line);
    void clearEditors();
    // While a new line is typed: the debtor the customer code names.
    void showDebtorOfCustomer();
    static void writeSnapshot(Workspace *workspace, const billing::OrderLine &snapshot);

    std::optional<billing::OrderLine> m_stored;
    qint64 m_newLineClientId = 0;

    QLabel *m_title = nullptr;
    QLineEdit *m_customerCode = nullptr;
    QLabel *m_debtor = nullptr;
    QLineEdit *m_orderNumber = nullptr;
    QDateEdit *m_orderDate = nullptr;
    QDateEdit *m_deliveryDate = nullptr;
    QLineEdit *m_itemCode = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_quantity = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_unitPrice = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_priceMode = nullptr;
};

} // namespace kaishu::ui
