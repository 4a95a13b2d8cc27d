#pragma once

#include <QString>

namespace kaishu::parties {

// The checks of identifiers and names answer true/false and, when asked, the reason in words.
inline bool fail(QString *reason, const QString &text)
{
    if (reason)
        *reason = text;
    return false;
}

inline bool succeed(QString *reason)
{
    if (reason)
        reason->clear();
    return true;
}

} // namespace kaishu::parties
