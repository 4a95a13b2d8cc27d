#pragma once

#include "MoneyOverflow.h"
#include "Rounding.h"
#include "Yen.h"

#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace kaishu::money {

// A fixed-point number with four fractional digits, for quantities (1.5 h, 0.25 kg) and unit
// prices (12.345 yen). Stored as an integer count of 1/10,000, so sums are exact; products are
// formed in 128 bits and rounded once, by an explicit RoundingMode. Overflow throws MoneyOverflow.
class Decimal
{
public:
    static constexpr int FractionDigits = 4;
    static constexpr qint64 ScaleFactor = 10'000;

    constexpr Decimal() = default;

    // n as a Decimal; throws MoneyOverflow when n × 10,000 leaves qint64.
    static Decimal fromInt(qint64 n);
    // The stored representation, value × 10,000 (for storage and for tests).
    static constexpr Decimal fromScaled(qint64 scaled)
    {
        Decimal d;
        d.m_scaled = scaled;
        return d;
    }
    constexpr qint64 scaled() const { return m_scaled; }
    constexpr bool isZero() const { return m_scaled == 0; }
    constexpr bool isNegative() const { return m_scaled < 0; }

    // "1.25", "-3", "1,000.5", full-width "１２．５", a leading "△"/"▲" as minus. More than four
    // fractional digits is an error (the caller decides how to round, never the parser), as are
    // ".5", "5.", exponents, other text and out-of-range values.
    static std::optional<Decimal> parse(const QString &text);

    // Shortest exact form without grouping: "1.5", "3", "-0.0125", "12.345".
    QString toString() const;

    friend constexpr auto operator<=>(const Decimal &, const Decimal &) = default;

    Decimal operator+(const Decimal &other) const;
    Decimal operator-(const Decimal &other) const;
    Decimal operator-() const;

    // this × other, rounded to four fractional digits.
    Decimal multiply(const Decimal &other, RoundingMode mode) const;
    // this (a quantity) × unitPrice (yen per unit), rounded to whole yen: the amount of a line.
    Yen multiplyToYen(const Decimal &unitPrice, RoundingMode mode) const;
    // This value as whole yen, rounded.
    Yen toYen(RoundingMode mode) const;

private:
    qint64 m_scaled = 0;
};

} // namespace kaishu::money
