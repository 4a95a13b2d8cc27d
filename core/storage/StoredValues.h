#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace kaishu::storage {

// How dates and moments are kept in the database's TEXT columns, in one place: ISO dates (empty when
// unknown) and UTC timestamps with milliseconds.

inline QString timestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

inline QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace kaishu::storage
