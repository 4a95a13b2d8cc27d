#pragma once

#include <stdexcept>

namespace kaishu::money {

// An amount left the range of qint64. Never wrapped or clamped: an amount that cannot be
// represented is a bug or a corrupt input, and must stop the calculation.
class MoneyOverflow : public std::overflow_error
{
public:
    explicit MoneyOverflow(const char *what)
        : std::overflow_error(what)
    {}
};

} // namespace kaishu::money
