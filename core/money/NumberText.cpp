#include "NumberText.h"

#include <limits>

namespace kaishu::money::detail {

QString foldNumberText(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'０' && u <= u'９')
            folded.append(QChar(char16_t(u'0' + (u - u'０'))));
        else if (u == u'，')
            folded.append(u',');
        else if (u == u'．')
            folded.append(u'.');
        else if (u == u'－' || u == u'−' || u == u'‐' || u == u'ー')
            folded.append(u'-');
        else if (u == u'￥')
            folded.append(u'¥');
        else if (u == u'\u3000')
            folded.append(u' ');
        else
            folded.append(c);
    }
    return folded;
}

bool takeNegativeSign(QStringView &text)
{
    if (text.startsWith(u'-') || text.startsWith(u'△') || text.startsWith(u'▲')) {
        text = text.mid(1).trimmed();
        return true;
    }
    return false;
}

std::optional<quint64> parseGroupedDigits(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    const bool grouped = text.contains(u',');
    quint64 value = 0;
    qsizetype digitsInGroup = 0;
    bool firstGroup = true;
    for (QChar c : text) {
        if (c == u',') {
            if (digitsInGroup == 0 || (firstGroup && digitsInGroup > 3) ||
                (!firstGroup && digitsInGroup != 3))
                return std::nullopt;
            firstGroup = false;
            digitsInGroup = 0;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        const auto digit = static_cast<quint64>(c.unicode() - u'0');
        if (__builtin_mul_overflow(value, quint64(10), &value) ||
            __builtin_add_overflow(value, digit, &value))
            return std::nullopt;
        ++digitsInGroup;
    }
    if (grouped && digitsInGroup != 3)
        return std::nullopt;
    return value;
}

std::optional<qint64> applySign(quint64 magnitude, bool negative)
{
    constexpr quint64 maxPositive = static_cast<quint64>(std::numeric_limits<qint64>::max());
    if (!negative) {
        if (magnitude > maxPositive)
            return std::nullopt;
        return static_cast<qint64>(magnitude);
    }
    if (magnitude > maxPositive + 1)
        return std::nullopt;
    if (magnitude == maxPositive + 1)
        return std::numeric_limits<qint64>::min();
    return -static_cast<qint64>(magnitude);
}

QString groupThousands(quint64 magnitude)
{
    const QString digits = QString::number(magnitude);
    QString grouped;
    grouped.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped.append(u',');
        grouped.append(digits.at(i));
    }
    return grouped;
}

} // namespace kaishu::money::detail
