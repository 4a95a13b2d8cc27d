#pragma once

#include <QDate>

namespace kaishu::calendar {

// 銀行休業日: Saturdays, Sundays, national holidays (HolidayCalendar), 12/31 and 1/1 to 1/3.
// An invalid date is neither a bank holiday nor a business day; functions given one return an
// invalid date.
class BankCalendar
{
public:
    static bool isBankHoliday(QDate date);
    static bool isBusinessDay(QDate date);
    static QDate nextBusinessDay(QDate date);     // first business day >= date
    static QDate previousBusinessDay(QDate date); // last business day <= date
    // The days-th business day after date (before it when days is negative); date itself when 0.
    static QDate addBusinessDays(QDate date, int days);
};

} // namespace kaishu::calendar
