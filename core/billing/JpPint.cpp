#include "JpPint.h"

#include "money/Decimal.h"
#include "money/MoneyOverflow.h"
#include "money/Tax.h"
#include "parties/Identifiers.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace kaishu::billing {

using namespace Qt::StringLiterals;
using money::Decimal;
using money::TaxCategory;
using money::Yen;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::billing)
};

__extension__ typedef __int128 Int128;

// The categories in the order the tax breakdown lists them (the order of computeInvoiceTax).
constexpr TaxCategory AllCategories[] = {TaxCategory::Standard10, TaxCategory::Reduced8, TaxCategory::Exempt,
                                         TaxCategory::OutsideScope};

// UNCL 5305 codes as JP PINT uses them: S standard rate, AA lower (reduced) rate, E exempt (非課税),
// O outside the scope of tax (不課税).
QString categoryCode(TaxCategory category)
{
    switch (category) {
    case TaxCategory::Standard10:
        return u"S"_s;
    case TaxCategory::Reduced8:
        return u"AA"_s;
    case TaxCategory::Exempt:
        return u"E"_s;
    case TaxCategory::OutsideScope:
        return u"O"_s;
    }
    return {};
}

// JP PINT (aligned-ibrp-051-jp, as in the official examples) gives category O no rate at all; E has 0.
bool hasPercent(TaxCategory category)
{
    return category != TaxCategory::OutsideScope;
}

qint64 floorDiv(Int128 numerator, Int128 denominator)
{
    Int128 quotient = numerator / denominator;
    if ((numerator % denominator != 0) && ((numerator < 0) != (denominator < 0)))
        --quotient;
    if (quotient > std::numeric_limits<qint64>::max() || quotient < std::numeric_limits<qint64>::min())
        throw money::MoneyOverflow("JP PINT: quotient out of range");
    return static_cast<qint64>(quotient);
}

// Why document.tax cannot be stated as the lines' tax breakdown, or empty. The export never
// recomputes the tax (the XML must say what the issued document says), so a breakdown that does not
// come from these lines is refused rather than silently corrected.
QString taxMismatch(const BillingDocument &document)
{
    const auto mismatch = [](TaxCategory category) {
        return Text::tr(
                   "The tax breakdown of category %1 does not match the lines; recompute the document's tax.")
            .arg(money::toCode(category));
    };
    Yen net;
    Yen tax;
    Yen gross;
    for (TaxCategory category : AllCategories) {
        const auto rates =
            std::count_if(document.tax.perRate.cbegin(), document.tax.perRate.cend(),
                          [category](const RateTotal &rate) { return rate.category == category; });
        bool present = false;
        Yen lineTotal;
        for (const DocumentLine &line : document.lines) {
            if (line.category == category) {
                present = true;
                lineTotal += line.amount;
            }
        }
        if (rates == 0 && !present)
            continue;
        if (rates != 1 || !present)
            return mismatch(category);
        const RateTotal &rate =
            *std::find_if(document.tax.perRate.cbegin(), document.tax.perRate.cend(),
                          [category](const RateTotal &r) { return r.category == category; });
        const Yen stated = document.priceMode == PriceMode::TaxExcluded ? rate.net : rate.gross;
        if (stated != lineTotal || rate.net + rate.tax != rate.gross ||
            (!money::isTaxable(category) && !rate.tax.isZero()))
            return mismatch(category);
        net += rate.net;
        tax += rate.tax;
        gross += rate.gross;
    }
    if (net != document.tax.net || tax != document.tax.tax || gross != document.tax.gross)
        return Text::tr(
            "The document's tax totals are not the sum of its tax breakdown; recompute the document's tax.");
    return {};
}

// Shares total among parts in proportion to weights so that the shares add up to total exactly:
// each part first gets the floor of its exact share, and the units left over (fewer than the number
// of parts) go one each to the parts with the largest remainders, earlier lines first on a tie.
// Largest remainder rather than "the rest on the last line": every share is within one yen of its
// exact proportion, so no single line absorbs the rounding of the whole category, and the result
// depends only on the amounts and their order — the same document always gives the same XML.
QList<qint64> shareInProportion(const QList<qint64> &weights, qint64 total)
{
    Int128 weightSum = 0;
    for (qint64 weight : weights)
        weightSum += weight;
    QList<qint64> shares(weights.size(), 0);
    if (weightSum == 0) {
        if (total != 0)
            throw std::invalid_argument("JP PINT: tax on lines that add up to zero");
        return shares;
    }
    // Work with a positive sum (a category of discounts only has a negative one) and turn the signs
    // back at the end; the shares then round the same way for an amount and its negation.
    const int sign = weightSum < 0 ? -1 : 1;
    const Int128 denominator = weightSum * sign;
    const Int128 signedTotal = static_cast<Int128>(total) * sign;
    QList<Int128> remainders(weights.size(), 0);
    Int128 allotted = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const Int128 numerator = signedTotal * (static_cast<Int128>(weights.at(i)) * sign);
        shares[i] = floorDiv(numerator, denominator);
        remainders[i] = numerator - static_cast<Int128>(shares.at(i)) * denominator;
        allotted += shares.at(i);
    }
    QList<qsizetype> order(weights.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&remainders](qsizetype a, qsizetype b) { return remainders.at(a) > remainders.at(b); });
    const Int128 leftover = signedTotal - allotted; // 0 ≤ leftover < number of parts
    for (Int128 k = 0; k < leftover; ++k)
        ++shares[order.at(static_cast<qsizetype>(k))];
    if (sign < 0) {
        for (qint64 &share : shares)
            share = -share;
    }
    return shares;
}

// The JP PINT rule aligned-ibrp-051-jp: a category's tax must lie between the floor and the ceiling
// of taxable amount × rate. With tax-excluded prices that always holds (the tax is that product,
// rounded once). With tax-included prices the tax is gross × r / (100 + r), rounded, and the net is
// what remains, so a tax rounded by almost a yen (e.g. 1,099 yen at 10% rounded down: tax 99,
// net 1,000) falls outside the range, and JP PINT cannot state the tax the document was issued with.
bool taxWithinJpPintRange(const RateTotal &rate)
{
    if (!hasPercent(rate.category) || money::ratePercent(rate.category) == 0)
        return rate.tax.isZero();
    const Int128 product = static_cast<Int128>(rate.net.value()) * money::ratePercent(rate.category);
    const qint64 low = floorDiv(product, 100);
    const qint64 high = -floorDiv(-product, 100);
    return rate.tax.value() >= low && rate.tax.value() <= high;
}

// UN/ECE Recommendation 20 codes for the units clerks commonly type; everything else is a piece
// (H87), as in the official JP PINT examples. The unit as typed always travels as the item property
// 表示単位名称 (display unit name), so nothing the clerk wrote is lost.
QString unitCode(const QString &unit)
{
    const QString folded = unit.trimmed().toLower();
    if (folded == u"時間"_s || folded == u"h"_s || folded == u"hr"_s)
        return u"HUR"_s;
    if (folded == u"日"_s)
        return u"DAY"_s;
    if (folded == u"月"_s || folded == u"ヶ月"_s || folded == u"か月"_s || folded == u"カ月"_s)
        return u"MON"_s;
    if (folded == u"kg"_s)
        return u"KGM"_s;
    if (folded == u"g"_s)
        return u"GRM"_s;
    if (folded == u"m"_s)
        return u"MTR"_s;
    if (folded == u"l"_s || folded == u"ℓ"_s || folded == u"リットル"_s)
        return u"LTR"_s;
    return u"H87"_s;
}

// Zengin account type digits, as in the examples' account identifier "bank:branch:type:number".
QString accountTypeDigit(parties::BankAccountType type)
{
    switch (type) {
    case parties::BankAccountType::Ordinary:
        return u"1"_s;
    case parties::BankAccountType::Current:
        return u"2"_s;
    case parties::BankAccountType::Savings:
        return u"4"_s;
    }
    return {};
}

Decimal absolute(const Decimal &value)
{
    return value.isNegative() ? -value : value;
}

// How a line's quantity and price are stated so that quantity × price / base quantity is exactly
// the line's net amount, with every amount in whole yen (JPY has no minor unit). The net unit price
// when the net amount divides evenly by the quantity (1,000 yen × 3, 3,000 yen × 1.5 h); otherwise
// the net amount as the price of the whole quantity (a price of 1,234 yen per 100 units). Prices
// are never negative in UBL, so a line whose amount and quantity differ in sign (a discount typed
// as a negative price) states the quantity with the amount's sign.
struct LinePrice
{
    Decimal quantity;
    qint64 priceAmount = 0;
    Decimal baseQuantity;
};

LinePrice linePrice(const Decimal &quantity, Yen net)
{
    LinePrice result;
    const Decimal magnitude = absolute(quantity);
    result.quantity = net.isNegative() ? -magnitude : (net.isZero() ? quantity : magnitude);
    const qint64 netMagnitude = net.isNegative() ? -net.value() : net.value();
    if (magnitude.isZero()) {
        // Only a line of no quantity and no amount gets here (its amount is quantity × price).
        result.priceAmount = netMagnitude;
        result.baseQuantity = Decimal::fromInt(1);
        return result;
    }
    const Int128 scaledNet = static_cast<Int128>(netMagnitude) * Decimal::ScaleFactor;
    if (scaledNet % magnitude.scaled() == 0) {
        result.priceAmount = floorDiv(scaledNet, magnitude.scaled());
        result.baseQuantity = Decimal::fromInt(1);
    } else {
        result.priceAmount = netMagnitude;
        result.baseQuantity = magnitude;
    }
    return result;
}

class UblWriter
{
public:
    explicit UblWriter(QByteArray *output)
        : m_xml(output)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
    }

    void startDocument(const QString &rootNamespace, const QString &rootName)
    {
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(rootNamespace);
        m_xml.writeNamespace(m_cac, u"cac"_s);
        m_xml.writeNamespace(m_cbc, u"cbc"_s);
        m_xml.writeStartElement(rootNamespace, rootName);
    }
    void endDocument() { m_xml.writeEndDocument(); }

    void start(const QString &aggregate) { m_xml.writeStartElement(m_cac, aggregate); }
    void end() { m_xml.writeEndElement(); }

    void text(const QString &name, const QString &value) { m_xml.writeTextElement(m_cbc, name, value); }
    void optionalText(const QString &name, const QString &value)
    {
        if (!value.trimmed().isEmpty())
            text(name, value.trimmed());
    }
    void text(const QString &name, const QString &value, const QString &attribute,
              const QString &attributeValue)
    {
        m_xml.writeStartElement(m_cbc, name);
        m_xml.writeAttribute(attribute, attributeValue);
        m_xml.writeCharacters(value);
        m_xml.writeEndElement();
    }
    void date(const QString &name, const QDate &value) { text(name, value.toString(Qt::ISODate)); }
    void amount(const QString &name, qint64 yen)
    {
        text(name, QString::number(yen), u"currencyID"_s, u"JPY"_s);
    }
    void amount(const QString &name, Yen yen) { amount(name, yen.value()); }
    void quantity(const QString &name, const Decimal &value, const QString &unit)
    {
        text(name, value.toString(), u"unitCode"_s, unit);
    }

    void taxCategory(const QString &aggregate, TaxCategory category)
    {
        start(aggregate);
        text(u"ID"_s, categoryCode(category));
        if (hasPercent(category))
            text(u"Percent"_s, QString::number(money::ratePercent(category)));
        start(u"TaxScheme"_s);
        text(u"ID"_s, u"VAT"_s); // UNECE 5153 VAT stands for the consumption tax (aligned-ibr-jp-03)
        end();
        end();
    }

    void postalAddress(const QString &postalCode, const QString &address)
    {
        start(u"PostalAddress"_s);
        optionalText(u"StreetName"_s, address);
        // Seven digits as in the examples ("1600044"), whatever the clerk typed.
        optionalText(u"PostalZone"_s, parties::normalizeDigits(postalCode).remove(u'〒'));
        start(u"Country"_s);
        text(u"IdentificationCode"_s, u"JP"_s);
        end();
        end();
    }

private:
    QXmlStreamWriter m_xml;
    const QString m_cac = u"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"_s;
    const QString m_cbc = u"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"_s;
};

void writeSeller(UblWriter &out, const DocumentIssuer &issuer, const QString &registrationNumber)
{
    out.start(u"AccountingSupplierParty"_s);
    out.start(u"Party"_s);
    // The Peppol address: EAS 0221 is the registration number of a qualified invoice issuer, the one
    // identifier every issuer of a qualified invoice has (a 法人番号, EAS 0188, only corporations have).
    out.text(u"EndpointID"_s, registrationNumber, u"schemeID"_s, u"0221"_s);
    out.start(u"PartyName"_s);
    out.text(u"Name"_s, issuer.name);
    out.end();
    out.postalAddress(issuer.postalCode, issuer.address);
    out.start(u"PartyTaxScheme"_s);
    out.text(u"CompanyID"_s, registrationNumber); // ibt-031, "T" + 13 digits (aligned-ibr-jp-01, -04)
    out.start(u"TaxScheme"_s);
    out.text(u"ID"_s, u"VAT"_s);
    out.end();
    out.end();
    out.start(u"PartyLegalEntity"_s);
    out.text(u"RegistrationName"_s, issuer.name);
    out.end();
    if (!issuer.phone.trimmed().isEmpty() || !issuer.email.trimmed().isEmpty()) {
        out.start(u"Contact"_s);
        out.optionalText(u"Telephone"_s, issuer.phone);
        out.optionalText(u"ElectronicMail"_s, issuer.email);
        out.end();
    }
    out.end();
    out.end();
}

void writeBuyer(UblWriter &out, const DocumentRecipient &recipient)
{
    const QString corporateNumber = parties::normalizeDigits(recipient.corporateNumber);
    const bool hasCorporateNumber = parties::isValidCorporateNumber(corporateNumber);
    out.start(u"AccountingCustomerParty"_s);
    out.start(u"Party"_s);
    if (hasCorporateNumber)
        out.text(u"EndpointID"_s, corporateNumber, u"schemeID"_s, u"0188"_s);
    if (!recipient.customerCode.trimmed().isEmpty()) {
        out.start(u"PartyIdentification"_s);
        out.text(u"ID"_s, recipient.customerCode.trimmed());
        out.end();
    }
    out.start(u"PartyName"_s);
    out.text(u"Name"_s, recipient.name);
    out.end();
    out.postalAddress(recipient.postalCode, recipient.address);
    out.start(u"PartyLegalEntity"_s);
    out.text(u"RegistrationName"_s, recipient.name);
    if (hasCorporateNumber)
        out.text(u"CompanyID"_s, corporateNumber, u"schemeID"_s, u"0188"_s);
    out.end();
    if (!recipient.contactName.trimmed().isEmpty()) {
        out.start(u"Contact"_s);
        out.text(u"Name"_s, recipient.contactName.trimmed());
        out.end();
    }
    out.end();
    out.end();
}

void writePaymentMeans(UblWriter &out, const PayeeAccount &payee)
{
    out.start(u"PaymentMeans"_s);
    out.text(u"PaymentMeansCode"_s, u"30"_s, u"name"_s, u"Credit transfer"_s);
    out.start(u"PayeeFinancialAccount"_s);
    out.text(
        u"ID"_s,
        QStringList{payee.bankCode, payee.branchCode, accountTypeDigit(payee.type), payee.accountNumber}.join(
            u':'));
    out.optionalText(u"Name"_s, payee.accountName);
    out.end();
    out.end();
}

// The invoice note (ibt-022, at most one): the credit note's reason, the client an agency issues for
// (媒介者交付特例: JP PINT has no party for the principal) and the clerk's notes. Fixed Japanese
// labels, not tr(): the XML is the document itself and must not depend on the clerk's language.
QString noteText(const BillingDocument &document)
{
    QStringList parts;
    if (document.kind == DocumentKind::CreditNote && !document.reason.trimmed().isEmpty())
        parts.append(u"返還理由: "_s + document.reason.trimmed());
    if (!document.issuer.onBehalfOf.trimmed().isEmpty())
        parts.append(u"委託者: "_s + document.issuer.onBehalfOf.trimmed());
    if (!document.notes.trimmed().isEmpty())
        parts.append(document.notes.trimmed());
    return parts.join(u'\n');
}

// Everything the rules need that the XML cannot repair; empty when the document can be exported.
QString exportProblem(const BillingDocument &document, const QString &registrationNumber)
{
    if (document.kind == DocumentKind::Receipt)
        return Text::tr(
            "A receipt has no JP PINT form; only invoices and credit notes can be sent as e-invoices.");
    if (document.lines.isEmpty())
        return Text::tr("A JP PINT e-invoice needs at least one line.");
    if (document.number.trimmed().isEmpty())
        return Text::tr("The document has no number.");
    if (!document.issueDate.isValid())
        return Text::tr("The document has no issue date.");
    if (!parties::isValidRegistrationNumber(registrationNumber))
        return Text::tr("The issuer's registration number \"%1\" is not T followed by 13 digits.")
            .arg(document.issuer.registrationNumber);
    if (document.issuer.name.trimmed().isEmpty())
        return Text::tr("The issuer has no name.");
    if (document.recipient.name.trimmed().isEmpty())
        return Text::tr("The recipient has no name.");
    if (document.kind == DocumentKind::CreditNote && document.originalNumber.trimmed().isEmpty())
        return Text::tr("A credit note must name the invoice it corrects.");
    for (qsizetype i = 0; i < document.lines.size(); ++i) {
        if (document.lines.at(i).description.trimmed().isEmpty())
            return Text::tr("Line %1 has no description.").arg(i + 1);
    }
    const QString mismatch = taxMismatch(document);
    if (!mismatch.isEmpty())
        return mismatch;
    for (const RateTotal &rate : document.tax.perRate) {
        if (!taxWithinJpPintRange(rate))
            return Text::tr(
                       "JP PINT requires the tax of a rate to be its net amount × the rate, rounded up or "
                       "down (rule aligned-ibrp-051-jp): the %1% tax is %2 on a net amount of %3. This "
                       "tax-included rounding cannot be sent as a JP PINT e-invoice; send the PDF instead.")
                .arg(money::ratePercent(rate.category))
                .arg(rate.tax.toString(), rate.net.toString());
    }
    return {};
}

QByteArray writeDocument(const BillingDocument &document, const QString &registrationNumber,
                         const QList<Yen> &netAmounts)
{
    const bool invoice = document.kind == DocumentKind::Invoice;
    QByteArray output;
    UblWriter out(&output);
    out.startDocument(invoice ? u"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"_s
                              : u"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"_s,
                      invoice ? u"Invoice"_s : u"CreditNote"_s);
    out.text(u"CustomizationID"_s, u"urn:peppol:pint:billing-1@jp-1"_s);
    out.text(u"ProfileID"_s, u"urn:peppol:bis:billing"_s);
    out.text(u"ID"_s, document.number);
    out.date(u"IssueDate"_s, document.issueDate);
    if (invoice) {
        if (document.dueDate.isValid())
            out.date(u"DueDate"_s, document.dueDate); // a UBL 2.1 credit note has no due date
        out.text(u"InvoiceTypeCode"_s, u"380"_s);
    } else {
        out.text(u"CreditNoteTypeCode"_s, u"381"_s);
    }
    out.optionalText(u"Note"_s, noteText(document));
    out.text(u"DocumentCurrencyCode"_s, u"JPY"_s);
    // The transaction period (取引期間) of a summary invoice, or the first and last delivery date.
    if (document.periodFrom.isValid() && document.periodTo.isValid() &&
        document.periodFrom <= document.periodTo) {
        out.start(u"InvoicePeriod"_s);
        out.date(u"StartDate"_s, document.periodFrom);
        out.date(u"EndDate"_s, document.periodTo);
        out.end();
    }
    if (!invoice) {
        // A 返還インボイス states the sale it returns: the original invoice and its date.
        out.start(u"BillingReference"_s);
        out.start(u"InvoiceDocumentReference"_s);
        out.text(u"ID"_s, document.originalNumber.trimmed());
        if (document.originalIssueDate.isValid())
            out.date(u"IssueDate"_s, document.originalIssueDate);
        out.end();
        out.end();
    }
    writeSeller(out, document.issuer, registrationNumber);
    writeBuyer(out, document.recipient);
    if (invoice && !document.payee.isEmpty())
        writePaymentMeans(out, document.payee);

    out.start(u"TaxTotal"_s);
    out.amount(u"TaxAmount"_s, document.tax.tax);
    for (TaxCategory category : AllCategories) {
        for (const RateTotal &rate : document.tax.perRate) {
            if (rate.category != category)
                continue;
            out.start(u"TaxSubtotal"_s);
            out.amount(u"TaxableAmount"_s, rate.net);
            out.amount(u"TaxAmount"_s, rate.tax);
            out.taxCategory(u"TaxCategory"_s, category);
            out.end();
        }
    }
    out.end();

    out.start(u"LegalMonetaryTotal"_s);
    out.amount(u"LineExtensionAmount"_s, document.tax.net); // = the sum of the lines' net amounts
    out.amount(u"TaxExclusiveAmount"_s, document.tax.net);  // no document-level allowances or charges
    out.amount(u"TaxInclusiveAmount"_s, document.tax.gross);
    out.amount(u"PayableAmount"_s, document.tax.gross);
    out.end();

    for (qsizetype i = 0; i < document.lines.size(); ++i) {
        const DocumentLine &line = document.lines.at(i);
        const LinePrice price = linePrice(line.quantity, netAmounts.at(i));
        const QString unit = unitCode(line.unit);
        out.start(invoice ? u"InvoiceLine"_s : u"CreditNoteLine"_s);
        out.text(u"ID"_s, QString::number(i + 1));
        out.quantity(invoice ? u"InvoicedQuantity"_s : u"CreditedQuantity"_s, price.quantity, unit);
        out.amount(u"LineExtensionAmount"_s, netAmounts.at(i));
        if (line.date.isValid()) {
            // The transaction date (取引年月日) of the line, as the examples state it.
            out.start(u"InvoicePeriod"_s);
            out.date(u"StartDate"_s, line.date);
            out.date(u"EndDate"_s, line.date);
            out.end();
        }
        if (!line.orderNumber.trimmed().isEmpty()) {
            out.start(u"DocumentReference"_s);
            out.text(u"ID"_s, line.orderNumber.trimmed());
            out.end();
        }
        out.start(u"Item"_s);
        out.text(u"Name"_s, line.description.trimmed());
        if (!line.itemCode.trimmed().isEmpty()) {
            out.start(u"SellersItemIdentification"_s);
            out.text(u"ID"_s, line.itemCode.trimmed());
            out.end();
        }
        out.taxCategory(u"ClassifiedTaxCategory"_s, line.category);
        if (!line.unit.trimmed().isEmpty()) {
            out.start(u"AdditionalItemProperty"_s);
            out.text(u"Name"_s, u"表示単位名称"_s);
            out.text(u"Value"_s, line.unit.trimmed());
            out.end();
        }
        out.end();
        out.start(u"Price"_s);
        out.amount(u"PriceAmount"_s, price.priceAmount);
        out.quantity(u"BaseQuantity"_s, price.baseQuantity, unit);
        out.end();
        out.end();
    }
    out.endDocument();
    return output;
}

} // namespace

std::optional<QList<Yen>> jpPintLineNetAmounts(const BillingDocument &document)
{
    if (!taxMismatch(document).isEmpty())
        return std::nullopt;
    QList<Yen> result;
    result.reserve(document.lines.size());
    for (const DocumentLine &line : document.lines)
        result.append(line.amount);
    if (document.priceMode == PriceMode::TaxExcluded)
        return result;
    for (const RateTotal &rate : document.tax.perRate) {
        QList<qsizetype> indexes;
        QList<qint64> weights;
        for (qsizetype i = 0; i < document.lines.size(); ++i) {
            if (document.lines.at(i).category == rate.category) {
                indexes.append(i);
                weights.append(document.lines.at(i).amount.value());
            }
        }
        const QList<qint64> taxShares = shareInProportion(weights, rate.tax.value());
        for (qsizetype k = 0; k < indexes.size(); ++k)
            result[indexes.at(k)] = document.lines.at(indexes.at(k)).amount - Yen(taxShares.at(k));
    }
    return result;
}

JpPintXml toJpPintXml(const BillingDocument &document)
{
    JpPintXml result;
    const QString registrationNumber =
        parties::normalizeRegistrationNumber(document.issuer.registrationNumber);
    try {
        result.error = exportProblem(document, registrationNumber);
        if (!result.error.isEmpty())
            return result;
        const std::optional<QList<Yen>> netAmounts = jpPintLineNetAmounts(document);
        if (!netAmounts) // exportProblem checked the tax; kept so a future change cannot index past the end
            result.error = taxMismatch(document);
        else
            result.xml = writeDocument(document, registrationNumber, *netAmounts);
    } catch (const std::exception &) {
        // Amounts beyond qint64 (MoneyOverflow) or a tax on lines that add up to nothing: a corrupt
        // document, which no XML can state.
        result.xml.clear();
        result.error = Text::tr("The document's amounts are out of range and cannot be exported.");
    }
    return result;
}

} // namespace kaishu::billing
