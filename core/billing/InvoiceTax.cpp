#include "InvoiceTax.h"

namespace kaishu::billing {

QString toCode(PriceMode mode)
{
    return mode == PriceMode::TaxIncluded ? QStringLiteral("incl") : QStringLiteral("excl");
}

std::optional<PriceMode> priceModeFromCode(const QString &code)
{
    const QString folded = code.trimmed().toLower();
    if (folded.isEmpty() || folded == QLatin1String("excl") || folded == QStringLiteral("税抜"))
        return PriceMode::TaxExcluded;
    if (folded == QLatin1String("incl") || folded == QStringLiteral("税込"))
        return PriceMode::TaxIncluded;
    return std::nullopt;
}

InvoiceTax computeInvoiceTax(const QList<TaxableLine> &lines, PriceMode mode, money::RoundingMode rounding)
{
    using money::TaxCategory;
    InvoiceTax result;
    for (TaxCategory category :
         {TaxCategory::Standard10, TaxCategory::Reduced8, TaxCategory::Exempt, TaxCategory::OutsideScope}) {
        bool present = false;
        money::Yen total;
        for (const TaxableLine &line : lines) {
            if (line.category == category) {
                total += line.amount;
                present = true;
            }
        }
        if (!present)
            continue;
        RateTotal rate;
        rate.category = category;
        if (mode == PriceMode::TaxExcluded) {
            rate.net = total;
            rate.tax = money::taxOnExcluded(total, category, rounding);
            rate.gross = rate.net + rate.tax;
        } else {
            rate.gross = total;
            rate.tax = money::taxIncludedIn(total, category, rounding);
            rate.net = rate.gross - rate.tax;
        }
        result.net += rate.net;
        result.tax += rate.tax;
        result.gross += rate.gross;
        result.perRate.append(rate);
    }
    return result;
}

} // namespace kaishu::billing
