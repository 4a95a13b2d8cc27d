#include "DocumentStyle.h"

namespace kaishu::billing {

namespace {
const QString LogoKey = QStringLiteral("logo");
const QString SealKey = QStringLiteral("seal");
const QString AccentKey = QStringLiteral("accent_color");
const QString InvoiceTitleKey = QStringLiteral("invoice_title");
const QString CreditNoteTitleKey = QStringLiteral("credit_note_title");
const QString ReceiptTitleKey = QStringLiteral("receipt_title");
const QString GreetingKey = QStringLiteral("greeting");
const QString FooterKey = QStringLiteral("footer");

void readText(const QJsonObject &json, const QString &key, QString &into)
{
    if (json.contains(key))
        into = json.value(key).toString();
}
} // namespace

QJsonObject DocumentStyle::toJson() const
{
    return {{LogoKey, QString::fromLatin1(logo.toBase64())},
            {SealKey, QString::fromLatin1(seal.toBase64())},
            {AccentKey, accentColor},
            {InvoiceTitleKey, invoiceTitle},
            {CreditNoteTitleKey, creditNoteTitle},
            {ReceiptTitleKey, receiptTitle},
            {GreetingKey, greeting},
            {FooterKey, footer}};
}

DocumentStyle DocumentStyle::fromJson(const QJsonObject &json)
{
    DocumentStyle style;
    style.logo = QByteArray::fromBase64(json.value(LogoKey).toString().toLatin1());
    style.seal = QByteArray::fromBase64(json.value(SealKey).toString().toLatin1());
    readText(json, AccentKey, style.accentColor);
    readText(json, InvoiceTitleKey, style.invoiceTitle);
    readText(json, CreditNoteTitleKey, style.creditNoteTitle);
    readText(json, ReceiptTitleKey, style.receiptTitle);
    readText(json, GreetingKey, style.greeting);
    readText(json, FooterKey, style.footer);
    return style;
}

} // namespace kaishu::billing
