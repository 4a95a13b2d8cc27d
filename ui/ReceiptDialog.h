#pragma once

#include "billing/BillingDocument.h"
#include "billing/Invoice.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kaishu::ui {

class Workspace;

// 領収書発行: a receipt for the money received on an invoice that no receipt covers yet, with its date
// and 但し書き. Once issued (it takes the next receipt number), the same window previews, prints
// and saves it.
class ReceiptDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiptDialog(Workspace *workspace, qint64 invoiceId, QWidget *parent = nullptr);

    // What the receipt would cover: received on the invoice, minus what receipts cover already.
    static money::Yen unreceipted(Workspace *workspace, const billing::Invoice &invoice);

    QDateEdit *issueDateEdit() const { return m_issueDate; }
    QLineEdit *provisoEdit() const { return m_proviso; }
    QPushButton *issueButton() const { return m_issueButton; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *printButton() const { return m_printButton; }
    QPushButton *saveButton() const { return m_saveButton; }
    QLabel *statusLabel() const { return m_status; }
    const std::optional<billing::BillingDocument> &receipt() const { return m_receipt; }

public slots:
    // Issues the receipt; true when it was issued.
    bool issue();
    void preview();
    void print();
    // Saves the receipt's PDF (asks where unless path is given); the path written or empty.
    QString savePdf(const QString &path = {});

signals:
    void issued(const billing::BillingDocument &receipt);

private:
    void updateState();

    Workspace *m_workspace;
    billing::Invoice m_invoice;
    money::Yen m_amount;
    std::optional<billing::BillingDocument> m_receipt;

    QLabel *m_summary = nullptr;
    QDateEdit *m_issueDate = nullptr;
    QLineEdit *m_proviso = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_issueButton = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace kaishu::ui
