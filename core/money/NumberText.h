#pragma once

// Internal to core/money: the lexical rules amounts and quantities share when parsed from what a
// clerk typed or a file contained. Not part of the public API.

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace kaishu::money::detail {

// Full-width digits, comma, full stop, minus and yen sign folded to their ASCII (or ¥) forms,
// ideographic space to a plain space. Anything else is left for the caller to reject.
QString foldNumberText(const QString &text);

// Strips a leading negative marker ("-", "△", "▲") and the spaces after it.
bool takeNegativeSign(QStringView &text);

// "1234" or "1,234,567" (groups of exactly three after the first): the magnitude, or nothing when
// the text is empty, has anything but digits and well-placed commas, or exceeds quint64.
std::optional<quint64> parseGroupedDigits(QStringView text);

// Applies a sign to a magnitude, or nothing when the result leaves qint64.
std::optional<qint64> applySign(quint64 magnitude, bool negative);

// "1,234,567"; the sign is the caller's.
QString groupThousands(quint64 magnitude);

} // namespace kaishu::money::detail
