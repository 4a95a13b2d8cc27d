#pragma once

// Internal to core/money: exact division of a 128-bit intermediate, used where a product of two
// qint64 values (quantity × price, amount × rate) is divided back down. Not part of the public API.

#include "MoneyOverflow.h"
#include "Rounding.h"

#include <QtGlobal>

namespace kaishu::money::detail {

__extension__ typedef __int128 Int128;

// numerator / denominator rounded by mode (symmetric around zero); throws MoneyOverflow when the
// result does not fit in qint64. denominator must not be zero.
qint64 divideRounded(Int128 numerator, Int128 denominator, RoundingMode mode);

// Multiplies with overflow detection in 128 bits (only fails for operands beyond qint64 products).
Int128 multiplyWide(qint64 a, qint64 b);

} // namespace kaishu::money::detail
