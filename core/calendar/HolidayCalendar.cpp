#include "HolidayCalendar.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace kaishu::calendar {

namespace {

constexpr int YearCount = HolidayCalendar::LastYear - HolidayCalendar::FirstYear + 1;

constexpr bool inRange(int year)
{
    return year >= HolidayCalendar::FirstYear && year <= HolidayCalendar::LastYear;
}

// The n-th given weekday (1 = Monday) of a month.
QDate nthWeekday(int year, int month, int n, int weekday)
{
    const QDate first(year, month, 1);
    const int offset = (weekday - first.dayOfWeek() + 7) % 7;
    return first.addDays(offset + 7 * (n - 1));
}

// The usual approximation of the equinox days (valid 1900-2099), in exact integer arithmetic:
// int(base + 0.242194 * (year - 1980) - int((year - leapBase) / 4)), constants in millionths. Both
// int() truncate toward zero; before 1983 (year - 1983) / 4 is negative and must not be floored.
int equinoxDay(int year, int base1900, int base1980)
{
    const bool early = year < 1980;
    const int base = early ? base1900 : base1980;
    const int leapBase = early ? 1983 : 1980;
    const int numerator = base + 242194 * (year - 1980); // positive for every year from 1955
    return numerator / 1000000 - (year - leapBase) / 4;
}

// 国民の祝日 of a year, including the one-off days that count as 祝日; unsorted.
QList<Holiday> nationalHolidays(int year)
{
    QList<Holiday> days;
    const auto add = [&days](QDate date, const QString &name) { days.append(Holiday{date, name}); };

    add(QDate(year, 1, 1), u"元日"_s);
    add(year < 2000 ? QDate(year, 1, 15) : nthWeekday(year, 1, 2, Qt::Monday), u"成人の日"_s);
    if (year >= 1967)
        add(QDate(year, 2, 11), u"建国記念の日"_s);
    if (year >= 2020)
        add(QDate(year, 2, 23), u"天皇誕生日"_s);
    add(QDate(year, 3, HolidayCalendar::vernalEquinoxDay(year)), u"春分の日"_s);
    if (year <= 1988)
        add(QDate(year, 4, 29), u"天皇誕生日"_s);
    else if (year <= 2006)
        add(QDate(year, 4, 29), u"みどりの日"_s);
    else
        add(QDate(year, 4, 29), u"昭和の日"_s);
    add(QDate(year, 5, 3), u"憲法記念日"_s);
    if (year >= 2007)
        add(QDate(year, 5, 4), u"みどりの日"_s);
    add(QDate(year, 5, 5), u"こどもの日"_s);

    if (year == 2020)
        add(QDate(2020, 7, 23), u"海の日"_s);
    else if (year == 2021)
        add(QDate(2021, 7, 22), u"海の日"_s);
    else if (year >= 2003)
        add(nthWeekday(year, 7, 3, Qt::Monday), u"海の日"_s);
    else if (year >= 1996)
        add(QDate(year, 7, 20), u"海の日"_s);

    if (year == 2020)
        add(QDate(2020, 8, 10), u"山の日"_s);
    else if (year == 2021)
        add(QDate(2021, 8, 8), u"山の日"_s);
    else if (year >= 2016)
        add(QDate(year, 8, 11), u"山の日"_s);

    if (year >= 2003)
        add(nthWeekday(year, 9, 3, Qt::Monday), u"敬老の日"_s);
    else if (year >= 1966)
        add(QDate(year, 9, 15), u"敬老の日"_s);
    add(QDate(year, 9, HolidayCalendar::autumnalEquinoxDay(year)), u"秋分の日"_s);

    if (year == 2020)
        add(QDate(2020, 7, 24), u"スポーツの日"_s);
    else if (year == 2021)
        add(QDate(2021, 7, 23), u"スポーツの日"_s);
    else if (year >= 2020)
        add(nthWeekday(year, 10, 2, Qt::Monday), u"スポーツの日"_s);
    else if (year >= 2000)
        add(nthWeekday(year, 10, 2, Qt::Monday), u"体育の日"_s);
    else if (year >= 1966)
        add(QDate(year, 10, 10), u"体育の日"_s);

    add(QDate(year, 11, 3), u"文化の日"_s);
    add(QDate(year, 11, 23), u"勤労感謝の日"_s);
    if (year >= 1989 && year <= 2018)
        add(QDate(year, 12, 23), u"天皇誕生日"_s);

    // Days made holidays by special laws; each counts as a 祝日 for the 国民の休日 rule.
    switch (year) {
    case 1959:
        add(QDate(1959, 4, 10), u"皇太子明仁親王の結婚の儀"_s);
        break;
    case 1989:
        add(QDate(1989, 2, 24), u"昭和天皇の大喪の礼"_s);
        break;
    case 1990:
        add(QDate(1990, 11, 12), u"即位礼正殿の儀"_s);
        break;
    case 1993:
        add(QDate(1993, 6, 9), u"皇太子徳仁親王の結婚の儀"_s);
        break;
    case 2019:
        add(QDate(2019, 5, 1), u"天皇の即位の日"_s);
        add(QDate(2019, 10, 22), u"即位礼正殿の儀"_s);
        break;
    default:
        break;
    }
    return days;
}

QList<Holiday> computeYear(int year)
{
    // Dates on which rule changes of the 祝日法 took effect.
    const QDate substituteHolidayLaw(1973, 4, 12); // 振替休日 introduced
    const QDate citizensHolidayLaw(1985, 12, 27);  // 国民の休日 introduced
    const QDate newSubstituteRule(2007, 1, 1);     // 振替休日 moves to the next non-祝日 day

    QList<Holiday> days = nationalHolidays(year);
    const auto byDate = [](const Holiday &a, const Holiday &b) { return a.date < b.date; };
    std::sort(days.begin(), days.end(), byDate);

    const auto isNational = [&days](QDate date) {
        return std::any_of(days.cbegin(), days.cend(), [date](const Holiday &h) { return h.date == date; });
    };

    // 振替休日: a 祝日 on a Sunday gives the next day (until 2006) or the nearest following day that
    // is not a 祝日 (from 2007).
    QList<Holiday> substitutes;
    for (const Holiday &holiday : std::as_const(days)) {
        if (holiday.date < substituteHolidayLaw || holiday.date.dayOfWeek() != Qt::Sunday)
            continue;
        QDate substitute = holiday.date.addDays(1);
        if (holiday.date >= newSubstituteRule) {
            while (isNational(substitute))
                substitute = substitute.addDays(1);
        } else if (isNational(substitute)) {
            continue;
        }
        substitutes.append(Holiday{substitute, u"振替休日"_s});
    }

    // 国民の休日: a day between two 祝日 that is not one itself. Until 2006 the law also left out
    // Sundays and days already 振替休日; a 振替休日 keeps that name under either rule.
    QList<Holiday> citizens;
    for (qsizetype i = 0; i + 1 < days.size(); ++i) {
        const QDate between = days.at(i).date.addDays(1);
        if (days.at(i + 1).date != between.addDays(1) || between < citizensHolidayLaw)
            continue;
        const bool isSubstitute = std::any_of(substitutes.cbegin(), substitutes.cend(),
                                              [between](const Holiday &h) { return h.date == between; });
        if (isSubstitute || (between < newSubstituteRule && between.dayOfWeek() == Qt::Sunday))
            continue;
        citizens.append(Holiday{between, u"休日"_s});
    }

    days.append(substitutes);
    days.append(citizens);
    std::sort(days.begin(), days.end(), byDate);
    return days;
}

const std::array<QList<Holiday>, YearCount> &holidayTable()
{
    static const std::array<QList<Holiday>, YearCount> table = [] {
        std::array<QList<Holiday>, YearCount> years;
        for (int i = 0; i < YearCount; ++i)
            years[std::size_t(i)] = computeYear(HolidayCalendar::FirstYear + i);
        return years;
    }();
    return table;
}

const Holiday *findHoliday(QDate date)
{
    if (!date.isValid() || !inRange(date.year()))
        return nullptr;
    const QList<Holiday> &days = holidayTable()[std::size_t(date.year() - HolidayCalendar::FirstYear)];
    const auto it = std::lower_bound(days.cbegin(), days.cend(), date,
                                     [](const Holiday &h, QDate d) { return h.date < d; });
    return (it != days.cend() && it->date == date) ? &*it : nullptr;
}

} // namespace

bool HolidayCalendar::isHoliday(QDate date)
{
    return findHoliday(date) != nullptr;
}

QString HolidayCalendar::holidayName(QDate date)
{
    const Holiday *holiday = findHoliday(date);
    return holiday ? holiday->name : QString();
}

QList<Holiday> HolidayCalendar::holidaysOfYear(int year)
{
    if (!inRange(year))
        return {};
    return holidayTable()[std::size_t(year - FirstYear)];
}

int HolidayCalendar::vernalEquinoxDay(int year)
{
    return inRange(year) ? equinoxDay(year, 20835700, 20843100) : 0;
}

int HolidayCalendar::autumnalEquinoxDay(int year)
{
    return inRange(year) ? equinoxDay(year, 23258800, 23248800) : 0;
}

} // namespace kaishu::calendar
