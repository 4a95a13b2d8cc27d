#pragma once

#include <QString>

#include <optional>

namespace kaishu::money {

// How a fraction of a yen (or of the last decimal place) is rounded. Every mode is symmetric
// around zero, so a credit note (negative amounts) rounds exactly like the invoice it reverses.
enum class RoundingMode {
    Down,   // toward zero (切り捨て)
    Up,     // away from zero (切り上げ)
    HalfUp, // half away from zero (四捨五入)
};

// "down", "up", "half-up": the form stored in settings and the database.
QString toString(RoundingMode mode);
std::optional<RoundingMode> roundingModeFromString(const QString &text);

} // namespace kaishu::money
