#include "DocumentText.h"

#include "billing/DocumentStyle.h"

namespace kaishu::documents {

using billing::DocumentKind;
using money::TaxCategory;

QString japaneseDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString yenText(money::Yen amount)
{
    const QString digits = amount.toString();
    if (digits.startsWith(QLatin1Char('-')))
        return QStringLiteral("-¥") + digits.mid(1);
    return QStringLiteral("¥") + digits;
}

QString groupedDecimal(const money::Decimal &value)
{
    // Decimal::toString() is exact ("1234.5"); only the grouping of the integer part is added here.
    QString text = value.toString();
    QString sign;
    if (text.startsWith(QLatin1Char('-'))) {
        sign = QStringLiteral("-");
        text.remove(0, 1);
    }
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    QString integerPart = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point);
    for (qsizetype i = integerPart.size() - 3; i > 0; i -= 3)
        integerPart.insert(i, QLatin1Char(','));
    return sign + integerPart + fraction;
}

QString taxCategoryLabel(TaxCategory category)
{
    switch (category) {
    case TaxCategory::Standard10:
        return QStringLiteral("10%対象");
    case TaxCategory::Reduced8:
        return QStringLiteral("8%対象※");
    case TaxCategory::Exempt:
        return QStringLiteral("非課税");
    case TaxCategory::OutsideScope:
        return QStringLiteral("不課税");
    }
    return {};
}

QString accountTypeText(parties::BankAccountType type)
{
    switch (type) {
    case parties::BankAccountType::Ordinary:
        return QStringLiteral("普通");
    case parties::BankAccountType::Current:
        return QStringLiteral("当座");
    case parties::BankAccountType::Savings:
        return QStringLiteral("貯蓄");
    }
    return {};
}

QString pageNumberText(int page, int pageCount)
{
    return QStringLiteral("ページ %1 / %2").arg(page).arg(pageCount);
}

QString documentTitle(const billing::BillingDocument &document, const billing::DocumentStyle &style)
{
    switch (document.kind) {
    case DocumentKind::Invoice:
        return style.invoiceTitle.isEmpty() ? QStringLiteral("請求書") : style.invoiceTitle;
    case DocumentKind::CreditNote:
        return style.creditNoteTitle.isEmpty() ? QStringLiteral("返還請求書") : style.creditNoteTitle;
    case DocumentKind::Receipt:
        return style.receiptTitle.isEmpty() ? QStringLiteral("領収書") : style.receiptTitle;
    }
    return {};
}

QString pdfFileName(const QString &documentNumber)
{
    QString name = documentNumber.trimmed();
    for (QChar &c : name) {
        // Windows forbids these, POSIX forbids "/", and control characters confuse every shell.
        if (c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c))
            c = QLatin1Char('_');
    }
    if (name.isEmpty() || name == QStringLiteral(".") || name == QStringLiteral(".."))
        name = QStringLiteral("document");
    return name + QStringLiteral(".pdf");
}

} // namespace kaishu::documents
