#pragma once

#include "Rounding.h"
#include "Yen.h"

#include <QString>

#include <optional>

namespace kaishu::money {

// The consumption-tax treatment of an invoice line.
enum class TaxCategory {
    Standard10,   // 標準税率 10%
    Reduced8,     // 軽減税率 8% (food, newspapers): marked ※ on a qualified invoice
    Exempt,       // 非課税 (e.g. rent of housing, some medical services)
    OutsideScope, // 不課税 (outside consumption tax: compensation, dues, transfers)
};

// Stable codes for storage and files: "10", "8", "exempt", "outside".
QString toCode(TaxCategory category);
std::optional<TaxCategory> taxCategoryFromCode(const QString &code);

int ratePercent(TaxCategory category); // 10, 8, 0, 0
bool isTaxable(TaxCategory category);  // Standard10 and Reduced8

// The tax on the tax-excluded total of all lines of one rate on one invoice: net × r / 100,
// rounded once (the invoice rule: never round per line and add). Zero when not taxable.
Yen taxOnExcluded(Yen netTotalOfRate, TaxCategory category, RoundingMode mode);

// The tax contained in the tax-included total of one rate on one invoice: gross × r / (100 + r),
// rounded once. Zero when not taxable.
Yen taxIncludedIn(Yen grossTotalOfRate, TaxCategory category, RoundingMode mode);

} // namespace kaishu::money
