#pragma once

#include "billing/BillingDocument.h"
#include "billing/BillingSettings.h"
#include "billing/InvoiceTax.h"
#include "money/Decimal.h"
#include "money/Rounding.h"
#include "money/Yen.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kaishu::billing {

// Where an invoice stands. Overdue is not a status: it follows from the due date and the balance.
enum class InvoiceStatus { Draft, Issued, Sent, PartlyPaid, Paid, Cancelled };
QString toCode(InvoiceStatus status); // draft, issued, sent, partly_paid, paid, cancelled
std::optional<InvoiceStatus> invoiceStatusFromCode(const QString &code);

// One line of an invoice or credit note. Drafts' lines can be edited; issued ones never change.
struct InvoiceLine
{
    qint64 id = 0;
    QDate deliveryDate;
    QString orderNumber;
    QString itemCode;
    QString description;
    money::Decimal quantity;
    QString unit;
    money::Decimal unitPrice;
    money::TaxCategory category = money::TaxCategory::Standard10;
    money::Yen amount; // quantity × unit price, rounded by the invoice's rounding mode
    friend bool operator==(const InvoiceLine &, const InvoiceLine &) = default;
};

// An invoice (請求書) or credit note (返還請求書) of one client to one of its customers (an account).
struct Invoice
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 accountId = 0;
    DocumentKind kind = DocumentKind::Invoice;
    InvoiceStatus status = InvoiceStatus::Draft;
    QString number; // empty until issued
    QDate closingDate;
    QDate issueDate;
    QDate dueDate;
    QDate periodFrom;
    QDate periodTo;
    InvoiceForm form = InvoiceForm::Summary;
    PriceMode priceMode = PriceMode::TaxExcluded;
    money::RoundingMode rounding = money::RoundingMode::Down;
    InvoiceTax tax;
    money::Yen paid;     // allocated payments
    money::Yen credited; // issued credit notes against it
    QString notes;
    qint64 originalInvoiceId = 0; // a credit note's invoice
    qint64 replacesInvoiceId = 0; // a corrective re-issue's cancelled invoice
    QString cancelReason;
    int version = 0;
    QList<InvoiceLine> lines; // loaded by InvoiceBook::invoice(), not by lists

    // Shown in lists (also without the lines loaded).
    money::Yen tax10; // consumption tax at 10%
    money::Yen tax8;  // consumption tax at 8%
    QString clientCode;
    QString customerCode;
    QString debtorName;

    money::Yen balance() const; // gross − paid − credited (0 for drafts, cancelled and credit notes)
    bool isOverdue(QDate today) const;
    bool isIssued() const { return status != InvoiceStatus::Draft && status != InvoiceStatus::Cancelled; }
};

// The tax of the lines by the invoice's price mode and rounding (once per rate).
InvoiceTax taxOf(const QList<InvoiceLine> &lines, PriceMode mode, money::RoundingMode rounding);

} // namespace kaishu::billing
