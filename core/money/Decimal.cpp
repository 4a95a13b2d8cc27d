#include "Decimal.h"

#include "NumberText.h"
#include "WideDivision.h"

namespace kaishu::money {

Decimal Decimal::fromInt(qint64 n)
{
    qint64 scaled = 0;
    if (__builtin_mul_overflow(n, ScaleFactor, &scaled))
        throw MoneyOverflow("decimal out of range");
    return fromScaled(scaled);
}

std::optional<Decimal> Decimal::parse(const QString &text)
{
    const QString folded = detail::foldNumberText(text);
    QStringView rest = QStringView(folded).trimmed();
    const bool negative = detail::takeNegativeSign(rest);

    QStringView integerPart = rest;
    QStringView fractionPart;
    const qsizetype point = rest.indexOf(u'.');
    if (point >= 0) {
        integerPart = rest.left(point);
        fractionPart = rest.mid(point + 1);
        if (fractionPart.isEmpty() || fractionPart.size() > FractionDigits)
            return std::nullopt;
    }
    const auto integer = detail::parseGroupedDigits(integerPart);
    if (!integer)
        return std::nullopt;

    quint64 fraction = 0;
    for (qsizetype i = 0; i < FractionDigits; ++i) {
        quint64 digit = 0;
        if (i < fractionPart.size()) {
            const QChar c = fractionPart.at(i);
            if (c < u'0' || c > u'9')
                return std::nullopt;
            digit = c.unicode() - u'0';
        }
        fraction = fraction * 10 + digit;
    }

    quint64 magnitude = 0;
    if (__builtin_mul_overflow(*integer, quint64(ScaleFactor), &magnitude) ||
        __builtin_add_overflow(magnitude, fraction, &magnitude))
        return std::nullopt;
    const auto scaled = detail::applySign(magnitude, negative);
    if (!scaled)
        return std::nullopt;
    return fromScaled(*scaled);
}

QString Decimal::toString() const
{
    const bool negative = m_scaled < 0;
    const quint64 magnitude =
        negative ? quint64(0) - static_cast<quint64>(m_scaled) : static_cast<quint64>(m_scaled);
    const quint64 factor = static_cast<quint64>(ScaleFactor);
    QString text = QString::number(magnitude / factor);
    quint64 fraction = magnitude % factor;
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(FractionDigits, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    return negative ? u'-' + text : text;
}

Decimal Decimal::operator+(const Decimal &other) const
{
    qint64 result = 0;
    if (__builtin_add_overflow(m_scaled, other.m_scaled, &result))
        throw MoneyOverflow("decimal addition overflows");
    return fromScaled(result);
}

Decimal Decimal::operator-(const Decimal &other) const
{
    qint64 result = 0;
    if (__builtin_sub_overflow(m_scaled, other.m_scaled, &result))
        throw MoneyOverflow("decimal subtraction overflows");
    return fromScaled(result);
}

Decimal Decimal::operator-() const
{
    return Decimal() - *this;
}

Decimal Decimal::multiply(const Decimal &other, RoundingMode mode) const
{
    // (a/10⁴)·(b/10⁴) = (a·b/10⁴)/10⁴: one division of the exact 128-bit product.
    return fromScaled(
        detail::divideRounded(detail::multiplyWide(m_scaled, other.m_scaled), ScaleFactor, mode));
}

Yen Decimal::multiplyToYen(const Decimal &unitPrice, RoundingMode mode) const
{
    const detail::Int128 denominator = detail::Int128(ScaleFactor) * ScaleFactor;
    return Yen(detail::divideRounded(detail::multiplyWide(m_scaled, unitPrice.m_scaled), denominator, mode));
}

Yen Decimal::toYen(RoundingMode mode) const
{
    return Yen(detail::divideRounded(m_scaled, ScaleFactor, mode));
}

} // namespace kaishu::money
