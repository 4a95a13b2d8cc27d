#pragma once

#include "billing/InvoiceTax.h"
#include "money/Decimal.h"
#include "money/Rounding.h"
#include "money/Yen.h"
#include "parties/Parties.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kaishu::billing {

// What kind of document a client's debtor receives.
enum class DocumentKind {
    Invoice,    // 適格請求書
    CreditNote, // 適格返還請求書 (返還インボイス): a return or discount on an issued invoice
    Receipt,    // 領収書 for a paid invoice
};
QString toCode(DocumentKind kind); // invoice, credit_note, receipt
std::optional<DocumentKind> documentKindFromCode(const QString &code);

// How the recipient is addressed: 御中 for a company, 様 for a person.
enum class Honorific { Onchu, Sama };
QString toText(Honorific honorific); // 御中, 様

// Who the document is addressed to (宛名).
struct DocumentRecipient
{
    QString name;
    Honorific honorific = Honorific::Onchu;
    QString contactName; // ご担当者, printed above or beside the name; may be empty
    QString postalCode;  // 123-4567
    QString address;
    QString customerCode;    // the client's code for the debtor (お客様番号)
    QString corporateNumber; // 法人番号, 13 digits, or empty
    friend bool operator==(const DocumentRecipient &, const DocumentRecipient &) = default;
};

// Who issues the document, with the registration number a qualified invoice must show. Under the
// 媒介者交付特例 the agency issues in its own name and number on behalf of the client, whose name is
// then in onBehalfOf.
struct DocumentIssuer
{
    QString name;
    QString registrationNumber; // T + 13 digits
    QString postalCode;
    QString address;
    QString phone;
    QString email;
    QString onBehalfOf; // the client's name when the agency issues; empty otherwise
    friend bool operator==(const DocumentIssuer &, const DocumentIssuer &) = default;
};

// Where to pay (振込先): the client's account or the debtor's virtual account.
struct PayeeAccount
{
    QString bankCode;
    QString bankName; // from the bank directory; may be empty when the code is unknown
    QString branchCode;
    QString branchName; // may be empty
    parties::BankAccountType type = parties::BankAccountType::Ordinary;
    QString accountNumber;
    QString accountName; // half-width kana
    bool isEmpty() const { return bankCode.isEmpty() && accountNumber.isEmpty(); }
    friend bool operator==(const PayeeAccount &, const PayeeAccount &) = default;
};

// One line as printed: what was supplied, when, how much. amount is quantity × unitPrice rounded by
// the client's rounding mode, stated in the document's price mode (tax-excluded or tax-included).
// On a credit note, amounts are positive and mean "returned".
struct DocumentLine
{
    QDate date; // delivery date (取引年月日)
    QString orderNumber;
    QString itemCode;
    QString description;
    money::Decimal quantity;
    QString unit;
    money::Decimal unitPrice;
    money::TaxCategory category = money::TaxCategory::Standard10;
    money::Yen amount;
    friend bool operator==(const DocumentLine &, const DocumentLine &) = default;
};

// The box at the top of a monthly summary invoice (合計請求書).
struct SummaryBox
{
    money::Yen previousBilled;   // 前回御請求額
    money::Yen received;         // 御入金額
    money::Yen carriedOver;      // 繰越金額 = previousBilled − received
    money::Yen currentPurchases; // 今回御買上額 (in the invoice's price mode)
    money::Yen tax;              // 消費税額 (0 shown as included when prices include tax)
    money::Yen currentBilled;    // 今回御請求額 = carriedOver + this invoice's total with tax
    friend bool operator==(const SummaryBox &, const SummaryBox &) = default;
};

// The frozen content of an issued document: everything a PDF, a print-out or a JP PINT XML needs,
// and nothing that can change after issue. It is stored as JSON with the issued document, so a
// reprint years later shows exactly what was issued.
struct BillingDocument
{
    DocumentKind kind = DocumentKind::Invoice;
    QString number; // e.g. C001-2026-000123
    QString clientCode;
    QDate issueDate;
    QDate dueDate;               // invoices: お支払期限
    QDate periodFrom;            // the transaction period (取引期間) of a summary invoice, or the
    QDate periodTo;              // first and last delivery date of the lines
    bool summaryInvoice = false; // 合計請求書 (true) or per-order invoice (false)
    DocumentIssuer issuer;
    DocumentRecipient recipient;
    PriceMode priceMode = PriceMode::TaxExcluded;
    money::RoundingMode rounding = money::RoundingMode::Down;
    QList<DocumentLine> lines;
    InvoiceTax tax;                    // per rate and totals, by computeInvoiceTax over the lines
    std::optional<SummaryBox> summary; // only on summary invoices
    PayeeAccount payee;                // invoices only
    QString notes;                     // 備考

    // Credit notes: the invoice corrected and why.
    QString originalNumber;
    QDate originalIssueDate;
    QString reason;

    // Receipts: the amount received for the invoice originalNumber and the 但し書き.
    money::Yen receivedAmount;
    QString proviso;

    // The amount the recipient pays (invoice), gets back (credit note) or paid (receipt), with tax.
    money::Yen payableAmount() const;
    // A paper receipt of 50,000 yen or more (tax-excluded, DOMAIN.md §2) needs a revenue stamp.
    bool needsRevenueStamp() const;

    QJsonObject toJson() const;
    static std::optional<BillingDocument> fromJson(const QJsonObject &json);
    friend bool operator==(const BillingDocument &, const BillingDocument &) = default;
};

} // namespace kaishu::billing
