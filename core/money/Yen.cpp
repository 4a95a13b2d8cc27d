#include "Yen.h"

#include "NumberText.h"

namespace kaishu::money {

Yen Yen::operator+(Yen other) const
{
    if (const auto sum = checkedAdd(*this, other))
        return *sum;
    throw MoneyOverflow("yen addition overflows");
}

Yen Yen::operator-(Yen other) const
{
    if (const auto difference = checkedSub(*this, other))
        return *difference;
    throw MoneyOverflow("yen subtraction overflows");
}

Yen Yen::operator-() const
{
    if (const auto negated = checkedSub(Yen(0), *this))
        return *negated;
    throw MoneyOverflow("yen negation overflows");
}

Yen Yen::operator*(qint64 factor) const
{
    if (const auto product = checkedMul(*this, factor))
        return *product;
    throw MoneyOverflow("yen multiplication overflows");
}

Yen &Yen::operator+=(Yen other)
{
    *this = *this + other;
    return *this;
}

Yen &Yen::operator-=(Yen other)
{
    *this = *this - other;
    return *this;
}

std::optional<Yen> Yen::checkedAdd(Yen a, Yen b)
{
    qint64 result = 0;
    if (__builtin_add_overflow(a.m_value, b.m_value, &result))
        return std::nullopt;
    return Yen(result);
}

std::optional<Yen> Yen::checkedSub(Yen a, Yen b)
{
    qint64 result = 0;
    if (__builtin_sub_overflow(a.m_value, b.m_value, &result))
        return std::nullopt;
    return Yen(result);
}

std::optional<Yen> Yen::checkedMul(Yen amount, qint64 factor)
{
    qint64 result = 0;
    if (__builtin_mul_overflow(amount.m_value, factor, &result))
        return std::nullopt;
    return Yen(result);
}

QString Yen::toString() const
{
    // The magnitude as unsigned, so that the most negative qint64 prints too.
    const quint64 magnitude =
        m_value < 0 ? quint64(0) - static_cast<quint64>(m_value) : static_cast<quint64>(m_value);
    const QString digits = detail::groupThousands(magnitude);
    return m_value < 0 ? u'-' + digits : digits;
}

std::optional<Yen> Yen::parse(const QString &text)
{
    const QString folded = detail::foldNumberText(text);
    QStringView rest = QStringView(folded).trimmed();
    bool negative = detail::takeNegativeSign(rest);
    if (rest.startsWith(u'¥'))
        rest = rest.mid(1).trimmed();
    if (!negative)
        negative = detail::takeNegativeSign(rest); // "¥-1,234"
    if (rest.endsWith(u'円'))
        rest = rest.chopped(1).trimmed();
    const auto magnitude = detail::parseGroupedDigits(rest);
    if (!magnitude)
        return std::nullopt;
    const auto value = detail::applySign(*magnitude, negative);
    if (!value)
        return std::nullopt;
    return Yen(*value);
}

} // namespace kaishu::money
