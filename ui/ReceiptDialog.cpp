#include "ReceiptDialog.h"

#include "BillingNames.h"
#include "DocumentPrinting.h"
#include "ServiceErrors.h"
#include "Workspace.h"
#include "billing/DocumentArchive.h"
#include "documents/DocumentText.h"
#include "documents/InvoiceOutput.h"
#include "storage/StorageError.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kaishu::ui {

using money::Yen;

money::Yen ReceiptDialog::unreceipted(Workspace *workspace, const billing::Invoice &invoice)
{
    Yen covered;
    for (const billing::BillingDocument &receipt : workspace->invoices().receipts(invoice.id))
        covered += receipt.receivedAmount;
    return invoice.paid - covered;
}

ReceiptDialog::ReceiptDialog(Workspace *workspace, qint64 invoiceId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    try {
        if (const std::optional<billing::Invoice> invoice = workspace->invoices().book().invoice(invoiceId)) {
            m_invoice = *invoice;
            m_amount = unreceipted(workspace, m_invoice);
        }
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot read the invoice"), error.message());
    }
    setWindowTitle(tr("Receipt for invoice %1").arg(m_invoice.number));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("receiptSummary"));
    m_summary->setWordWrap(true);

    m_issueDate = BillingNames::dateEdit(this);
    m_issueDate->setObjectName(QStringLiteral("receiptDate"));
    m_issueDate->setDate(QDate::currentDate());
    m_proviso = new QLineEdit(this);
    m_proviso->setObjectName(QStringLiteral("receiptProviso"));
    m_proviso->setPlaceholderText(tr("Empty: お品代として"));
    m_proviso->setMaxLength(60);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Date:"), m_issueDate);
    form->addRow(tr("&For (但し書き):"), m_proviso);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("receiptStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_issueButton = buttons->addButton(tr("&Issue receipt"), QDialogButtonBox::ActionRole);
    m_issueButton->setObjectName(QStringLiteral("issueReceiptButton"));
    m_issueButton->setDefault(true);
    m_previewButton = buttons->addButton(tr("Pre&view"), QDialogButtonBox::ActionRole);
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_saveButton = buttons->addButton(tr("Save &PDF…"), QDialogButtonBox::ActionRole);
    connect(m_issueButton, &QPushButton::clicked, this, &ReceiptDialog::issue);
    connect(m_previewButton, &QPushButton::clicked, this, &ReceiptDialog::preview);
    connect(m_printButton, &QPushButton::clicked, this, &ReceiptDialog::print);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ReceiptDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    updateState();
    resize(std::max(640, sizeHint().width()), sizeHint().height());
}

void ReceiptDialog::updateState()
{
    m_summary->setText(tr("Invoice %1 to %2 %3\nReceived without a receipt: %4")
                           .arg(m_invoice.number, m_invoice.customerCode, m_invoice.debtorName,
                                BillingNames::yenText(m_amount)));
    const bool issued = m_receipt.has_value();
    const bool issuable = !issued && m_invoice.id != 0 && m_amount > Yen(0);
    m_issueButton->setEnabled(issuable);
    m_issueDate->setEnabled(issuable);
    m_proviso->setEnabled(issuable);
    for (QPushButton *button : {m_previewButton, m_printButton, m_saveButton})
        button->setEnabled(issued);
    if (!issued && !issuable && m_invoice.id != 0)
        m_status->setText(tr("Every yen received on this invoice has a receipt already."));
}

bool ReceiptDialog::issue()
{
    if (m_receipt || m_amount <= Yen(0))
        return false;
    billing::BillingDocument receipt;
    if (!ServiceErrors::run(this, tr("Cannot issue the receipt"), [&] {
            receipt =
                m_workspace->invoices().issueReceipt(m_invoice.id, m_issueDate->date(), m_proviso->text());
        }))
        return false;
    m_receipt = receipt;
    m_amount -= receipt.receivedAmount;
    QString text = tr("Receipt %1 issued for %2 (%3).")
                       .arg(receipt.number, BillingNames::yenText(receipt.receivedAmount), receipt.proviso);
    if (receipt.needsRevenueStamp())
        text += QLatin1Char('\n') + tr("A paper copy of this receipt needs a revenue stamp.");
    m_status->setText(text);
    updateState();
    m_previewButton->setDefault(true);
    emit issued(receipt);
    return true;
}

void ReceiptDialog::preview()
{
    if (m_receipt)
        DocumentPrinting::preview(this, *m_receipt,
                                  DocumentPrinting::styleOf(m_workspace, m_receipt->clientCode),
                                  tr("Receipt %1").arg(m_receipt->number));
}

void ReceiptDialog::print()
{
    if (m_receipt)
        DocumentPrinting::print(this, *m_receipt,
                                DocumentPrinting::styleOf(m_workspace, m_receipt->clientCode));
}

QString ReceiptDialog::savePdf(const QString &path)
{
    if (!m_receipt)
        return {};
    QByteArray bytes;
    try {
        bytes = documents::InvoiceOutput(m_workspace->database(), m_workspace->actor()).pdf(*m_receipt);
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot make the PDF"), error.message());
        return {};
    } catch (const billing::ArchiveTampered &) {
        QMessageBox::critical(this, tr("Cannot make the PDF"),
                              tr("The archived PDF of this receipt does not match its checksum."));
        return {};
    }
    return DocumentPrinting::saveFile(this, tr("Save receipt"), bytes,
                                      documents::pdfFileName(m_receipt->number), tr("PDF files (*.pdf)"),
                                      path);
}

} // namespace kaishu::ui
