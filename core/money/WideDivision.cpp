#include "WideDivision.h"

#include <limits>

namespace kaishu::money::detail {

qint64 divideRounded(Int128 numerator, Int128 denominator, RoundingMode mode)
{
    Q_ASSERT(denominator != 0);
    // C++ division truncates toward zero, which is already RoundingMode::Down for either sign.
    Int128 quotient = numerator / denominator;
    const Int128 remainder = numerator % denominator;
    if (remainder != 0) {
        const bool negative = (numerator < 0) != (denominator < 0);
        const Int128 awayFromZero = negative ? -1 : 1;
        const Int128 absRemainder = remainder < 0 ? -remainder : remainder;
        const Int128 absDenominator = denominator < 0 ? -denominator : denominator;
        switch (mode) {
        case RoundingMode::Down:
            break;
        case RoundingMode::Up:
            quotient += awayFromZero;
            break;
        case RoundingMode::HalfUp:
            if (absRemainder * 2 >= absDenominator)
                quotient += awayFromZero;
            break;
        }
    }
    if (quotient > std::numeric_limits<qint64>::max() || quotient < std::numeric_limits<qint64>::min())
        throw MoneyOverflow("amount out of range");
    return static_cast<qint64>(quotient);
}

Int128 multiplyWide(qint64 a, qint64 b)
{
    // |a·b| < 2^126 for any two qint64 values, so the 128-bit product cannot overflow.
    return static_cast<Int128>(a) * static_cast<Int128>(b);
}

} // namespace kaishu::money::detail
