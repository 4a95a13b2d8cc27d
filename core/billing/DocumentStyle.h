#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace kaishu::billing {

// A client's look and wording for its documents (請求書テンプレート): kept per client, applied when a
// document is rendered. The content of an issued document never depends on it (BillingDocument holds
// that); a new logo changes how later print-outs look, and the archive keeps the PDF as issued.
struct DocumentStyle
{
    QByteArray logo; // PNG or JPEG bytes, printed top right; may be empty
    QByteArray seal; // 角印 image (PNG with transparency), over the issuer block
    QString accentColor = QStringLiteral("#1f4e79"); // #rrggbb: title rule, table headers, summary box
    QString invoiceTitle = QStringLiteral("請求書");
    QString creditNoteTitle = QStringLiteral("返還請求書");
    QString receiptTitle = QStringLiteral("領収書");
    QString greeting = QStringLiteral("下記のとおりご請求申し上げます。");
    QString footer; // printed at the foot of every page, e.g. 振込手数料は貴社にてご負担ください。

    QJsonObject toJson() const;                             // images as base64
    static DocumentStyle fromJson(const QJsonObject &json); // missing keys keep the defaults
    friend bool operator==(const DocumentStyle &, const DocumentStyle &) = default;
};

} // namespace kaishu::billing
