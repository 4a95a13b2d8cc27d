#pragma once

#include "money/Rounding.h"
#include "money/Tax.h"
#include "money/Yen.h"

#include <QList>
#include <QString>

#include <optional>

namespace kaishu::billing {

// Whether an invoice's amounts are stated without tax (税抜) or with tax included (税込).
enum class PriceMode { TaxExcluded, TaxIncluded };
QString toCode(PriceMode mode); // excl, incl
// "excl"/"税抜" (or empty, the default) and "incl"/"税込".
std::optional<PriceMode> priceModeFromCode(const QString &code);

// One line's amount, in the invoice's price mode, and its tax category.
struct TaxableLine
{
    money::Yen amount;
    money::TaxCategory category = money::TaxCategory::Standard10;
};

// The totals of one tax category on an invoice, as a qualified invoice shows them.
struct RateTotal
{
    money::TaxCategory category = money::TaxCategory::Standard10;
    money::Yen net;   // without tax
    money::Yen tax;   // consumption tax, rounded once for the rate
    money::Yen gross; // with tax
    friend bool operator==(const RateTotal &, const RateTotal &) = default;
};

struct InvoiceTax
{
    QList<RateTotal> perRate; // 10%, 8%, exempt, outside: only the categories present
    money::Yen net;
    money::Yen tax;
    money::Yen gross;
    friend bool operator==(const InvoiceTax &, const InvoiceTax &) = default;
};

// The tax of an invoice by the インボイス rule (消費税法57条の4, DOMAIN.md §2): lines are summed per
// tax category, and the tax is computed and rounded once per category — never per line. With tax-
// included prices the tax is the part r/(100+r) of each category's total. Credit notes (negative
// amounts) round like invoices, symmetrically around zero.
InvoiceTax computeInvoiceTax(const QList<TaxableLine> &lines, PriceMode mode, money::RoundingMode rounding);

} // namespace kaishu::billing
