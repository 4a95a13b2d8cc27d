#include "BillingDocument.h"

#include "money/WideDivision.h"

#include <QJsonArray>

namespace kaishu::billing {

using money::Decimal;
using money::Yen;

QString toCode(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Invoice:
        return QStringLiteral("invoice");
    case DocumentKind::CreditNote:
        return QStringLiteral("credit_note");
    case DocumentKind::Receipt:
        return QStringLiteral("receipt");
    }
    return {};
}

std::optional<DocumentKind> documentKindFromCode(const QString &code)
{
    for (DocumentKind kind : {DocumentKind::Invoice, DocumentKind::CreditNote, DocumentKind::Receipt}) {
        if (toCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString toText(Honorific honorific)
{
    return honorific == Honorific::Onchu ? QStringLiteral("御中") : QStringLiteral("様");
}

Yen BillingDocument::payableAmount() const
{
    return kind == DocumentKind::Receipt ? receivedAmount : tax.gross;
}

bool BillingDocument::needsRevenueStamp() const
{
    if (kind != DocumentKind::Receipt)
        return false;
    // With the tax shown separately the stamp duty looks at the amount without tax. For a part
    // payment the tax is taken in proportion, rounded down, which errs toward the stamp.
    Yen withoutTax = receivedAmount;
    if (!tax.gross.isZero() && !tax.tax.isZero()) {
        const qint64 share =
            money::detail::divideRounded(money::detail::multiplyWide(tax.tax.value(), receivedAmount.value()),
                                         tax.gross.value(), money::RoundingMode::Down);
        withoutTax = receivedAmount - Yen(share);
    }
    return withoutTax >= Yen(50'000);
}

// JSON keeps every amount as a decimal string: JSON numbers are doubles and would not stay exact.
namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QJsonObject &json, const QString &key)
{
    return QDate::fromString(json.value(key).toString(), Qt::ISODate);
}

QString yenText(Yen amount)
{
    return QString::number(amount.value());
}

std::optional<Yen> yenFrom(const QJsonObject &json, const QString &key)
{
    bool ok = false;
    const qint64 value = json.value(key).toString(QStringLiteral("0")).toLongLong(&ok);
    return ok ? std::optional<Yen>(Yen(value)) : std::nullopt;
}

struct Reader
{
    const QJsonObject &json;
    bool ok = true;
    Yen yen(const QString &key)
    {
        const std::optional<Yen> value = yenFrom(json, key);
        ok = ok && value.has_value();
        return value.value_or(Yen());
    }
    Decimal decimal(const QString &key)
    {
        const std::optional<Decimal> value = Decimal::parse(json.value(key).toString());
        ok = ok && value.has_value();
        return value.value_or(Decimal());
    }
    money::TaxCategory category(const QString &key)
    {
        const std::optional<money::TaxCategory> value =
            money::taxCategoryFromCode(json.value(key).toString());
        ok = ok && value.has_value();
        return value.value_or(money::TaxCategory::Standard10);
    }
    QString text(const QString &key) const { return json.value(key).toString(); }
};

QJsonObject toJson(const DocumentRecipient &recipient)
{
    return {{QStringLiteral("name"), recipient.name},
            {QStringLiteral("honorific"),
             recipient.honorific == Honorific::Onchu ? QStringLiteral("onchu") : QStringLiteral("sama")},
            {QStringLiteral("contact_name"), recipient.contactName},
            {QStringLiteral("postal_code"), recipient.postalCode},
            {QStringLiteral("address"), recipient.address},
            {QStringLiteral("customer_code"), recipient.customerCode},
            {QStringLiteral("corporate_number"), recipient.corporateNumber}};
}

DocumentRecipient recipientFrom(const Reader &in)
{
    DocumentRecipient recipient;
    recipient.name = in.text(QStringLiteral("name"));
    recipient.honorific =
        in.text(QStringLiteral("honorific")) == QLatin1String("sama") ? Honorific::Sama : Honorific::Onchu;
    recipient.contactName = in.text(QStringLiteral("contact_name"));
    recipient.postalCode = in.text(QStringLiteral("postal_code"));
    recipient.address = in.text(QStringLiteral("address"));
    recipient.customerCode = in.text(QStringLiteral("customer_code"));
    recipient.corporateNumber = in.text(QStringLiteral("corporate_number"));
    return recipient;
}

QJsonObject toJson(const DocumentIssuer &issuer)
{
    return {{QStringLiteral("name"), issuer.name},
            {QStringLiteral("registration_number"), issuer.registrationNumber},
            {QStringLiteral("postal_code"), issuer.postalCode},
            {QStringLiteral("address"), issuer.address},
            {QStringLiteral("phone"), issuer.phone},
            {QStringLiteral("email"), issuer.email},
            {QStringLiteral("on_behalf_of"), issuer.onBehalfOf}};
}

DocumentIssuer issuerFrom(const Reader &in)
{
    DocumentIssuer issuer;
    issuer.name = in.text(QStringLiteral("name"));
    issuer.registrationNumber = in.text(QStringLiteral("registration_number"));
    issuer.postalCode = in.text(QStringLiteral("postal_code"));
    issuer.address = in.text(QStringLiteral("address"));
    issuer.phone = in.text(QStringLiteral("phone"));
    issuer.email = in.text(QStringLiteral("email"));
    issuer.onBehalfOf = in.text(QStringLiteral("on_behalf_of"));
    return issuer;
}

QJsonObject toJson(const PayeeAccount &payee)
{
    return {{QStringLiteral("bank_code"), payee.bankCode},
            {QStringLiteral("bank_name"), payee.bankName},
            {QStringLiteral("branch_code"), payee.branchCode},
            {QStringLiteral("branch_name"), payee.branchName},
            {QStringLiteral("account_type"), parties::toCode(payee.type)},
            {QStringLiteral("account_number"), payee.accountNumber},
            {QStringLiteral("account_name"), payee.accountName}};
}

PayeeAccount payeeFrom(Reader &in)
{
    PayeeAccount payee;
    payee.bankCode = in.text(QStringLiteral("bank_code"));
    payee.bankName = in.text(QStringLiteral("bank_name"));
    payee.branchCode = in.text(QStringLiteral("branch_code"));
    payee.branchName = in.text(QStringLiteral("branch_name"));
    const std::optional<parties::BankAccountType> type =
        parties::bankAccountTypeFromText(in.text(QStringLiteral("account_type")));
    in.ok = in.ok && type.has_value();
    payee.type = type.value_or(parties::BankAccountType::Ordinary);
    payee.accountNumber = in.text(QStringLiteral("account_number"));
    payee.accountName = in.text(QStringLiteral("account_name"));
    return payee;
}

QJsonObject toJson(const DocumentLine &line)
{
    return {{QStringLiteral("date"), dateText(line.date)},
            {QStringLiteral("order_no"), line.orderNumber},
            {QStringLiteral("item_code"), line.itemCode},
            {QStringLiteral("description"), line.description},
            {QStringLiteral("quantity"), line.quantity.toString()},
            {QStringLiteral("unit"), line.unit},
            {QStringLiteral("unit_price"), line.unitPrice.toString()},
            {QStringLiteral("tax_category"), money::toCode(line.category)},
            {QStringLiteral("amount"), yenText(line.amount)}};
}

DocumentLine lineFrom(Reader &in)
{
    DocumentLine line;
    line.date = dateFrom(in.json, QStringLiteral("date"));
    line.orderNumber = in.text(QStringLiteral("order_no"));
    line.itemCode = in.text(QStringLiteral("item_code"));
    line.description = in.text(QStringLiteral("description"));
    line.quantity = in.decimal(QStringLiteral("quantity"));
    line.unit = in.text(QStringLiteral("unit"));
    line.unitPrice = in.decimal(QStringLiteral("unit_price"));
    line.category = in.category(QStringLiteral("tax_category"));
    line.amount = in.yen(QStringLiteral("amount"));
    return line;
}

QJsonObject toJson(const RateTotal &rate)
{
    return {{QStringLiteral("tax_category"), money::toCode(rate.category)},
            {QStringLiteral("net"), yenText(rate.net)},
            {QStringLiteral("tax"), yenText(rate.tax)},
            {QStringLiteral("gross"), yenText(rate.gross)}};
}

RateTotal rateFrom(Reader &in)
{
    RateTotal rate;
    rate.category = in.category(QStringLiteral("tax_category"));
    rate.net = in.yen(QStringLiteral("net"));
    rate.tax = in.yen(QStringLiteral("tax"));
    rate.gross = in.yen(QStringLiteral("gross"));
    return rate;
}

QJsonObject toJson(const SummaryBox &box)
{
    return {{QStringLiteral("previous_billed"), yenText(box.previousBilled)},
            {QStringLiteral("received"), yenText(box.received)},
            {QStringLiteral("carried_over"), yenText(box.carriedOver)},
            {QStringLiteral("current_purchases"), yenText(box.currentPurchases)},
            {QStringLiteral("tax"), yenText(box.tax)},
            {QStringLiteral("current_billed"), yenText(box.currentBilled)}};
}

SummaryBox summaryFrom(Reader &in)
{
    SummaryBox box;
    box.previousBilled = in.yen(QStringLiteral("previous_billed"));
    box.received = in.yen(QStringLiteral("received"));
    box.carriedOver = in.yen(QStringLiteral("carried_over"));
    box.currentPurchases = in.yen(QStringLiteral("current_purchases"));
    box.tax = in.yen(QStringLiteral("tax"));
    box.currentBilled = in.yen(QStringLiteral("current_billed"));
    return box;
}

template<typename T, typename Read> QList<T> listFrom(const QJsonArray &array, bool &ok, Read read)
{
    QList<T> items;
    items.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Reader in{object};
        items.append(read(in));
        ok = ok && in.ok;
    }
    return items;
}

template<typename T> QJsonArray arrayOf(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return array;
}

} // namespace

QJsonObject BillingDocument::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), toCode(kind)},
                     {QStringLiteral("number"), number},
                     {QStringLiteral("client_code"), clientCode},
                     {QStringLiteral("issue_date"), dateText(issueDate)},
                     {QStringLiteral("due_date"), dateText(dueDate)},
                     {QStringLiteral("period_from"), dateText(periodFrom)},
                     {QStringLiteral("period_to"), dateText(periodTo)},
                     {QStringLiteral("summary_invoice"), summaryInvoice},
                     {QStringLiteral("issuer"), billing::toJson(issuer)},
                     {QStringLiteral("recipient"), billing::toJson(recipient)},
                     {QStringLiteral("price_mode"),
                      priceMode == PriceMode::TaxIncluded ? QStringLiteral("incl") : QStringLiteral("excl")},
                     {QStringLiteral("rounding"), money::toString(rounding)},
                     {QStringLiteral("lines"), arrayOf(lines)},
                     {QStringLiteral("tax_per_rate"), arrayOf(tax.perRate)},
                     {QStringLiteral("net"), yenText(tax.net)},
                     {QStringLiteral("tax"), yenText(tax.tax)},
                     {QStringLiteral("gross"), yenText(tax.gross)},
                     {QStringLiteral("payee"), billing::toJson(payee)},
                     {QStringLiteral("notes"), notes},
                     {QStringLiteral("original_number"), originalNumber},
                     {QStringLiteral("original_issue_date"), dateText(originalIssueDate)},
                     {QStringLiteral("reason"), reason},
                     {QStringLiteral("received_amount"), yenText(receivedAmount)},
                     {QStringLiteral("proviso"), proviso}};
    if (summary)
        json.insert(QStringLiteral("summary"), billing::toJson(*summary));
    return json;
}

std::optional<BillingDocument> BillingDocument::fromJson(const QJsonObject &json)
{
    Reader in{json};
    BillingDocument document;
    const std::optional<DocumentKind> kind = documentKindFromCode(in.text(QStringLiteral("kind")));
    const std::optional<money::RoundingMode> rounding =
        money::roundingModeFromString(in.text(QStringLiteral("rounding")));
    if (!kind || !rounding)
        return std::nullopt;
    document.kind = *kind;
    document.rounding = *rounding;
    document.number = in.text(QStringLiteral("number"));
    document.clientCode = in.text(QStringLiteral("client_code"));
    document.issueDate = dateFrom(json, QStringLiteral("issue_date"));
    document.dueDate = dateFrom(json, QStringLiteral("due_date"));
    document.periodFrom = dateFrom(json, QStringLiteral("period_from"));
    document.periodTo = dateFrom(json, QStringLiteral("period_to"));
    document.summaryInvoice = json.value(QStringLiteral("summary_invoice")).toBool();
    document.issuer = issuerFrom(Reader{json.value(QStringLiteral("issuer")).toObject()});
    document.recipient = recipientFrom(Reader{json.value(QStringLiteral("recipient")).toObject()});
    document.priceMode = in.text(QStringLiteral("price_mode")) == QLatin1String("incl")
                             ? PriceMode::TaxIncluded
                             : PriceMode::TaxExcluded;
    document.lines = listFrom<DocumentLine>(json.value(QStringLiteral("lines")).toArray(), in.ok, lineFrom);
    document.tax.perRate =
        listFrom<RateTotal>(json.value(QStringLiteral("tax_per_rate")).toArray(), in.ok, rateFrom);
    document.tax.net = in.yen(QStringLiteral("net"));
    document.tax.tax = in.yen(QStringLiteral("tax"));
    document.tax.gross = in.yen(QStringLiteral("gross"));
    const QJsonObject payeeJson = json.value(QStringLiteral("payee")).toObject();
    Reader payeeIn{payeeJson};
    document.payee = payeeFrom(payeeIn);
    document.notes = in.text(QStringLiteral("notes"));
    document.originalNumber = in.text(QStringLiteral("original_number"));
    document.originalIssueDate = dateFrom(json, QStringLiteral("original_issue_date"));
    document.reason = in.text(QStringLiteral("reason"));
    document.receivedAmount = in.yen(QStringLiteral("received_amount"));
    document.proviso = in.text(QStringLiteral("proviso"));
    if (json.contains(QStringLiteral("summary"))) {
        const QJsonObject summaryJson = json.value(QStringLiteral("summary")).toObject();
        Reader summaryIn{summaryJson};
        document.summary = summaryFrom(summaryIn);
        in.ok = in.ok && summaryIn.ok;
    }
    if (!in.ok || !payeeIn.ok)
        return std::nullopt;
    return document;
}

} // namespace kaishu::billing
