#pragma once

#include "billing/BillingDocument.h"
#include "money/Yen.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace kaishu::billing {

// A JP PINT export: the XML, or why the document has no valid JP PINT form. A failed export never
// yields half a document, so a caller cannot send XML that the receiving access point would reject.
struct JpPintXml
{
    QByteArray xml; // UTF-8; empty when error is set
    QString error;  // a sentence for the clerk; empty on success
    bool isValid() const { return error.isEmpty(); }
};

// The document as a Peppol BIS Standard Invoice JP PINT 1.1.3 e-invoice (CustomizationID
// urn:peppol:pint:billing-1@jp-1): a UBL 2.1 Invoice for DocumentKind::Invoice, a UBL 2.1 CreditNote for
// DocumentKind::CreditNote, in JPY with every amount in whole yen. The tax breakdown is
// document.tax.perRate as issued — never recomputed — so the XML states the same tax per rate as the
// printed document. Errors: a receipt (JP PINT has no receipt), no lines, a line without description,
// an issuer registration number that is not "T" + 13 digits, a credit note without the original
// invoice number, and a document.tax that does not match the lines.
JpPintXml toJpPintXml(const BillingDocument &document);

// The amount without tax of each line, as the XML states it (UBL line amounts exclude tax). With
// tax-excluded prices these are the line amounts. With tax-included prices each category's tax is
// shared among its lines in proportion to their amounts (largest remainder), so the lines of each
// category add up exactly to that category's net in document.tax.perRate. Nothing when document.tax
// does not match the lines.
std::optional<QList<money::Yen>> jpPintLineNetAmounts(const BillingDocument &document);

} // namespace kaishu::billing
