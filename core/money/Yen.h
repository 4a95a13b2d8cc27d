#pragma once

#include "MoneyOverflow.h"

#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace kaishu::money {

// An amount of money in whole yen. The yen has no minor unit in Japanese invoicing, so an amount
// is an integer; fractions only arise from quantities and tax, and are rounded explicitly by the
// caller (see Decimal and Tax). Every arithmetic operator throws MoneyOverflow instead of wrapping.
class Yen
{
public:
    constexpr Yen() = default;
    explicit constexpr Yen(qint64 value)
        : m_value(value)
    {}

    constexpr qint64 value() const { return m_value; }
    constexpr bool isZero() const { return m_value == 0; }
    constexpr bool isNegative() const { return m_value < 0; }

    friend constexpr auto operator<=>(const Yen &, const Yen &) = default;

    Yen operator+(Yen other) const;
    Yen operator-(Yen other) const;
    Yen operator-() const;
    Yen operator*(qint64 factor) const;
    friend Yen operator*(qint64 factor, Yen amount) { return amount * factor; }
    Yen &operator+=(Yen other);
    Yen &operator-=(Yen other);

    // The same operations without exceptions: nothing when the result leaves qint64.
    static std::optional<Yen> checkedAdd(Yen a, Yen b);
    static std::optional<Yen> checkedSub(Yen a, Yen b);
    static std::optional<Yen> checkedMul(Yen amount, qint64 factor);

    // "1,234,567", "-500": digits grouped by three, no currency sign (the layout adds 円 or ¥).
    QString toString() const;

    // What a clerk types or a spreadsheet exports: "1234", "1,234", "¥1,234", "￥1,234", "1,234円",
    // full-width "１，２３４", negative as "-1,234", "△1,234" or "▲1,234" (the Japanese accounting
    // marks), surrounding spaces ignored. Decimals, misplaced commas, other text and amounts beyond
    // qint64 give nothing.
    static std::optional<Yen> parse(const QString &text);

private:
    qint64 m_value = 0;
};

} // namespace kaishu::money
