#include "Rounding.h"

namespace kaishu::money {

QString toString(RoundingMode mode)
{
    switch (mode) {
    case RoundingMode::Down:
        return QStringLiteral("down");
    case RoundingMode::Up:
        return QStringLiteral("up");
    case RoundingMode::HalfUp:
        return QStringLiteral("half-up");
    }
    return {};
}

std::optional<RoundingMode> roundingModeFromString(const QString &text)
{
    for (RoundingMode mode : {RoundingMode::Down, RoundingMode::Up, RoundingMode::HalfUp}) {
        if (text.trimmed() == toString(mode))
            return mode;
    }
    return std::nullopt;
}

} // namespace kaishu::money
