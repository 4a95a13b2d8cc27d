#include "Tax.h"

#include "WideDivision.h"

namespace kaishu::money {

QString toCode(TaxCategory category)
{
    switch (category) {
    case TaxCategory::Standard10:
        return QStringLiteral("10");
    case TaxCategory::Reduced8:
        return QStringLiteral("8");
    case TaxCategory::Exempt:
        return QStringLiteral("exempt");
    case TaxCategory::OutsideScope:
        return QStringLiteral("outside");
    }
    return {};
}

std::optional<TaxCategory> taxCategoryFromCode(const QString &code)
{
    const QString trimmed = code.trimmed();
    for (TaxCategory category :
         {TaxCategory::Standard10, TaxCategory::Reduced8, TaxCategory::Exempt, TaxCategory::OutsideScope}) {
        if (trimmed == toCode(category))
            return category;
    }
    return std::nullopt;
}

int ratePercent(TaxCategory category)
{
    switch (category) {
    case TaxCategory::Standard10:
        return 10;
    case TaxCategory::Reduced8:
        return 8;
    case TaxCategory::Exempt:
    case TaxCategory::OutsideScope:
        return 0;
    }
    return 0;
}

bool isTaxable(TaxCategory category)
{
    return ratePercent(category) > 0;
}

Yen taxOnExcluded(Yen netTotalOfRate, TaxCategory category, RoundingMode mode)
{
    const int rate = ratePercent(category);
    if (rate == 0)
        return Yen(0);
    return Yen(detail::divideRounded(detail::multiplyWide(netTotalOfRate.value(), rate), 100, mode));
}

Yen taxIncludedIn(Yen grossTotalOfRate, TaxCategory category, RoundingMode mode)
{
    const int rate = ratePercent(category);
    if (rate == 0)
        return Yen(0);
    return Yen(detail::divideRounded(detail::multiplyWide(grossTotalOfRate.value(), rate), 100 + rate, mode));
}

} // namespace kaishu::money
