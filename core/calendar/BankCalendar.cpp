#include "BankCalendar.h"

#include "HolidayCalendar.h"

namespace kaishu::calendar {

bool BankCalendar::isBankHoliday(QDate date)
{
    if (!date.isValid())
        return false;
    const int weekday = date.dayOfWeek();
    if (weekday == Qt::Saturday || weekday == Qt::Sunday)
        return true;
    if ((date.month() == 12 && date.day() == 31) || (date.month() == 1 && date.day() <= 3))
        return true;
    return HolidayCalendar::isHoliday(date);
}

bool BankCalendar::isBusinessDay(QDate date)
{
    return date.isValid() && !isBankHoliday(date);
}

QDate BankCalendar::nextBusinessDay(QDate date)
{
    if (!date.isValid())
        return {};
    while (isBankHoliday(date))
        date = date.addDays(1);
    return date;
}

QDate BankCalendar::previousBusinessDay(QDate date)
{
    if (!date.isValid())
        return {};
    while (isBankHoliday(date))
        date = date.addDays(-1);
    return date;
}

QDate BankCalendar::addBusinessDays(QDate date, int days)
{
    if (!date.isValid())
        return {};
    const int step = days < 0 ? -1 : 1;
    for (qint64 remaining = days < 0 ? -qint64(days) : qint64(days); remaining > 0; --remaining) {
        do {
            date = date.addDays(step);
        } while (isBankHoliday(date));
    }
    return date;
}

} // namespace kaishu::calendar
