#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace kaishu::calendar {

struct Holiday
{
    QDate date;
    QString
        name; // Japanese, as the Cabinet Office names it; 振替休日 for substitute days, 休日 for 国民の休日

    friend bool operator==(const Holiday &, const Holiday &) = default;
};

// Japanese national holidays (国民の祝日 and the 休日 the 祝日法 adds), computed by rule for
// FirstYear..LastYear: the fixed days and their changes since 1955, the Happy-Monday days, the
// equinox days, 振替休日 (from 1973-04-12; the 2007 rule from 2007), 国民の休日 (from 1985-12-27),
// the one-off days set by special laws and the 2020/2021 Olympic moves. Years after the last
// known law follow the current law. Outside FirstYear..LastYear nothing is a holiday.
class HolidayCalendar
{
public:
    static constexpr int FirstYear = 1955;
    static constexpr int LastYear = 2099;

    static bool isHoliday(QDate date);
    static QString holidayName(QDate date);         // empty when not a holiday
    static QList<Holiday> holidaysOfYear(int year); // sorted by date; empty outside FirstYear..LastYear

    // Day of March / September of the equinox holiday; 0 outside FirstYear..LastYear.
    static int vernalEquinoxDay(int year);
    static int autumnalEquinoxDay(int year);
};

} // namespace kaishu::calendar
