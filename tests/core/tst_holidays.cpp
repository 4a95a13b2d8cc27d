#include "calendar/BankCalendar.h"
#include "calendar/HolidayCalendar.h"

#include <QFile>
#include <QMap>
#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;
using kaishu::calendar::BankCalendar;
using kaishu::calendar::Holiday;
using kaishu::calendar::HolidayCalendar;

namespace {

// The Cabinet Office list (syukujitsu.csv): date -> name. Returns an empty map and sets *error on failure.
QMap<QDate, QString> readOracle(QString *error)
{
    QFile file(QStringLiteral(KAISHU_SHARED_DATA_DIR "/holidays/syukujitsu.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open "_s + file.fileName();
        return {};
    }
    QStringDecoder decoder("Shift_JIS");
    if (!decoder.isValid()) {
        *error = u"QStringDecoder does not support Shift_JIS on this system"_s;
        return {};
    }
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        *error = u"the file is not valid Shift_JIS"_s;
        return {};
    }

    QMap<QDate, QString> oracle;
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    if (lines.isEmpty() || !lines.first().startsWith(u"国民の祝日"_s)) {
        *error = u"unexpected header"_s;
        return {};
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(u',');
        const QDate date = fields.size() == 2 ? QDate::fromString(fields.at(0), u"yyyy/M/d"_s) : QDate();
        if (!date.isValid() || oracle.contains(date)) {
            *error = u"bad line %1: %2"_s.arg(i + 1).arg(lines.at(i));
            return {};
        }
        oracle.insert(date, fields.at(1));
    }
    return oracle;
}

// Cabinet Office names and ours that mean the same day: the list calls every 振替休日 and 国民の休日
// 休日, names the special days in short, and gave 2019-10-14 both names.
bool sameMeaning(const QString &oracleName, const QString &ours)
{
    if (oracleName == u"休日"_s)
        return ours == u"振替休日"_s || ours == u"休日"_s;
    if (oracleName == u"休日（祝日扱い）"_s)
        return ours == u"天皇の即位の日"_s || ours == u"即位礼正殿の儀"_s;
    if (oracleName == u"体育の日（スポーツの日）"_s)
        return ours == u"体育の日"_s;
    return ours.endsWith(oracleName);
}

QDate date(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestHolidays : public QObject
{
    Q_OBJECT

private slots:
    void oracle();
    void holidayName_data();
    void holidayName();
    void specialYears_data();
    void specialYears();
    void equinoxes_data();
    void equinoxes();
    void everyYearSortedAndUnique();
    void year2099();
    void outOfRange();
    void bankHoliday_data();
    void bankHoliday();
    void businessDayNavigation_data();
    void businessDayNavigation();
    void addBusinessDays_data();
    void addBusinessDays();
};

void TestHolidays::oracle()
{
    QString error;
    const QMap<QDate, QString> oracle = readOracle(&error);
    QVERIFY2(!oracle.isEmpty(), qPrintable(error));
    const QDate first = oracle.firstKey();
    const QDate last = oracle.lastKey();
    QCOMPARE(first, QDate(1955, 1, 1));
    QCOMPARE(last, QDate(2027, 11, 23));

    QMap<QDate, QString> computed;
    for (int year = first.year(); year <= last.year(); ++year) {
        for (const Holiday &holiday : HolidayCalendar::holidaysOfYear(year)) {
            if (holiday.date <= last)
                computed.insert(holiday.date, holiday.name);
        }
    }

    int matched = 0;
    int sameName = 0;
    int equivalentName = 0;
    QStringList missing;
    QStringList extra;
    QStringList differentNames;
    for (auto it = oracle.cbegin(); it != oracle.cend(); ++it) {
        const auto found = computed.constFind(it.key());
        if (found == computed.cend()) {
            missing << it.key().toString(Qt::ISODate) + u' ' + it.value();
            continue;
        }
        ++matched;
        if (*found == it.value())
            ++sameName;
        else if (sameMeaning(it.value(), *found))
            ++equivalentName;
        else
            differentNames << it.key().toString(Qt::ISODate) + u' ' + it.value() + u" / "_s + *found;
    }
    for (auto it = computed.cbegin(); it != computed.cend(); ++it) {
        if (!oracle.contains(it.key()))
            extra << it.key().toString(Qt::ISODate) + u' ' + it.value();
    }

    qInfo().noquote() << u"oracle %1 days (%2 to %3): matched %4, missing %5, extra %6"_s.arg(oracle.size())
                             .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate))
                             .arg(matched)
                             .arg(missing.size())
                             .arg(extra.size());
    qInfo().noquote() << u"names: %1 identical, %2 equal in meaning, %3 different"_s.arg(sameName)
                             .arg(equivalentName)
                             .arg(differentNames.size());
    for (const QString &line : std::as_const(missing))
        qInfo().noquote() << "missing:" << line;
    for (const QString &line : std::as_const(extra))
        qInfo().noquote() << "extra:" << line;
    for (const QString &line : std::as_const(differentNames))
        qInfo().noquote() << "name differs:" << line;

    QCOMPARE(missing.size(), 0);
    QCOMPARE(extra.size(), 0);
    QCOMPARE(differentNames.size(), 0);
    QCOMPARE(matched, int(oracle.size()));

    // isHoliday and holidayName agree with the list on every day of the covered period.
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (HolidayCalendar::isHoliday(day) != oracle.contains(day))
            QFAIL(qPrintable(u"isHoliday wrong on "_s + day.toString(Qt::ISODate)));
        if (HolidayCalendar::holidayName(day).isEmpty() == oracle.contains(day))
            QFAIL(qPrintable(u"holidayName wrong on "_s + day.toString(Qt::ISODate)));
    }
}

void TestHolidays::holidayName_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("name"); // empty: not a holiday

    // Fixed days and their changes.
    QTest::newRow("1955 元日") << date("1955-01-01") << u"元日"_s;
    QTest::newRow("1988 天皇誕生日 4/29") << date("1988-04-29") << u"天皇誕生日"_s;
    QTest::newRow("1989 みどりの日") << date("1989-04-29") << u"みどりの日"_s;
    QTest::newRow("2006 みどりの日 4/29") << date("2006-04-29") << u"みどりの日"_s;
    QTest::newRow("2007 昭和の日") << date("2007-04-29") << u"昭和の日"_s;
    QTest::newRow("2007 みどりの日 5/4") << date("2007-05-04") << u"みどりの日"_s;
    QTest::newRow("1989 天皇誕生日 12/23") << date("1989-12-23") << u"天皇誕生日"_s;
    QTest::newRow("2018 天皇誕生日 12/23") << date("2018-12-23") << u"天皇誕生日"_s;
    QTest::newRow("2019 no 12/23") << date("2019-12-23") << QString();
    QTest::newRow("2019 no 2/23") << date("2019-02-23") << QString();
    QTest::newRow("2020 天皇誕生日 2/23") << date("2020-02-23") << u"天皇誕生日"_s;
    QTest::newRow("1966 no 建国記念の日") << date("1966-02-11") << QString();
    QTest::newRow("1967 建国記念の日") << date("1967-02-11") << u"建国記念の日"_s;
    QTest::newRow("1965 no 敬老の日") << date("1965-09-15") << QString();
    QTest::newRow("1966 敬老の日") << date("1966-09-15") << u"敬老の日"_s;
    QTest::newRow("1966 体育の日") << date("1966-10-10") << u"体育の日"_s;
    QTest::newRow("1995 no 海の日") << date("1995-07-20") << QString();
    QTest::newRow("1996 海の日") << date("1996-07-20") << u"海の日"_s;
    QTest::newRow("2015 no 山の日") << date("2015-08-11") << QString();
    QTest::newRow("2016 山の日") << date("2016-08-11") << u"山の日"_s;
    // Happy Monday.
    QTest::newRow("1999 成人の日 1/15") << date("1999-01-15") << u"成人の日"_s;
    QTest::newRow("2000 成人の日 2nd Monday") << date("2000-01-10") << u"成人の日"_s;
    QTest::newRow("2000 no 1/15") << date("2000-01-15") << QString();
    QTest::newRow("2000 体育の日 2nd Monday") << date("2000-10-09") << u"体育の日"_s;
    QTest::newRow("2003 海の日 3rd Monday") << date("2003-07-21") << u"海の日"_s;
    QTest::newRow("2003 敬老の日 3rd Monday") << date("2003-09-15") << u"敬老の日"_s;
    QTest::newRow("2022 スポーツの日") << date("2022-10-10") << u"スポーツの日"_s;
    // One-off days.
    QTest::newRow("1959 結婚の儀") << date("1959-04-10") << u"皇太子明仁親王の結婚の儀"_s;
    QTest::newRow("1989 大喪の礼") << date("1989-02-24") << u"昭和天皇の大喪の礼"_s;
    QTest::newRow("1990 即位礼正殿の儀") << date("1990-11-12") << u"即位礼正殿の儀"_s;
    QTest::newRow("1993 結婚の儀") << date("1993-06-09") << u"皇太子徳仁親王の結婚の儀"_s;
    // 振替休日.
    QTest::newRow("1973-02-12 before 振替休日 law") << date("1973-02-12") << QString();
    QTest::newRow("1973-04-30 first 振替休日") << date("1973-04-30") << u"振替休日"_s;
    QTest::newRow("1987-05-04 振替休日 not 国民の休日") << date("1987-05-04") << u"振替休日"_s;
    QTest::newRow("2006-01-02 振替休日 (old rule)") << date("2006-01-02") << u"振替休日"_s;
    QTest::newRow("2008-05-06 振替休日 (2007 rule)") << date("2008-05-06") << u"振替休日"_s;
    QTest::newRow("2019-08-12 振替休日") << date("2019-08-12") << u"振替休日"_s;
    QTest::newRow("2021-08-09 振替休日 of 山の日") << date("2021-08-09") << u"振替休日"_s;
    QTest::newRow("2025-11-24 振替休日") << date("2025-11-24") << u"振替休日"_s;
    QTest::newRow("2026-05-06 振替休日") << date("2026-05-06") << u"振替休日"_s;
    QTest::newRow("2027-03-22 振替休日 of 春分") << date("2027-03-22") << u"振替休日"_s;
    // 国民の休日.
    QTest::newRow("1985-05-04 before 国民の休日 law") << date("1985-05-04") << QString();
    QTest::newRow("1988-05-04 first 国民の休日") << date("1988-05-04") << u"休日"_s;
    QTest::newRow("2009-09-22 国民の休日") << date("2009-09-22") << u"休日"_s;
    QTest::newRow("2015-09-22 国民の休日") << date("2015-09-22") << u"休日"_s;
    QTest::newRow("2026-09-22 国民の休日") << date("2026-09-22") << u"休日"_s;
    QTest::newRow("2026-09-21 敬老の日") << date("2026-09-21") << u"敬老の日"_s;
    QTest::newRow("2026-09-23 秋分の日") << date("2026-09-23") << u"秋分の日"_s;
    QTest::newRow("2032-09-21 国民の休日") << date("2032-09-21") << u"休日"_s;
    // Ordinary days.
    QTest::newRow("2026-12-31") << date("2026-12-31") << QString();
    QTest::newRow("2027-01-02") << date("2027-01-02") << QString();
    QTest::newRow("invalid date") << QDate() << QString();
}

void TestHolidays::holidayName()
{
    QFETCH(QDate, date);
    QFETCH(QString, name);
    QCOMPARE(HolidayCalendar::holidayName(date), name);
    QCOMPARE(HolidayCalendar::isHoliday(date), !name.isEmpty());
}

void TestHolidays::specialYears_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("expected"); // "MM-DD name", in order

    QTest::newRow("2019 enthronement")
        << 2019 << QStringList{u"01-01 元日"_s,           u"01-14 成人の日"_s,   u"02-11 建国記念の日"_s,
                               u"03-21 春分の日"_s,       u"04-29 昭和の日"_s,   u"04-30 休日"_s,
                               u"05-01 天皇の即位の日"_s, u"05-02 休日"_s,       u"05-03 憲法記念日"_s,
                               u"05-04 みどりの日"_s,     u"05-05 こどもの日"_s, u"05-06 振替休日"_s,
                               u"07-15 海の日"_s,         u"08-11 山の日"_s,     u"08-12 振替休日"_s,
                               u"09-16 敬老の日"_s,       u"09-23 秋分の日"_s,   u"10-14 体育の日"_s,
                               u"10-22 即位礼正殿の儀"_s, u"11-03 文化の日"_s,   u"11-04 振替休日"_s,
                               u"11-23 勤労感謝の日"_s};
    QTest::newRow("2020 Olympics") << 2020 << QStringList{u"01-01 元日"_s,         u"01-13 成人の日"_s,
                                                          u"02-11 建国記念の日"_s, u"02-23 天皇誕生日"_s,
                                                          u"02-24 振替休日"_s,     u"03-20 春分の日"_s,
                                                          u"04-29 昭和の日"_s,     u"05-03 憲法記念日"_s,
                                                          u"05-04 みどりの日"_s,   u"05-05 こどもの日"_s,
                                                          u"05-06 振替休日"_s,     u"07-23 海の日"_s,
                                                          u"07-24 スポーツの日"_s, u"08-10 山の日"_s,
                                                          u"09-21 敬老の日"_s,     u"09-22 秋分の日"_s,
                                                          u"11-03 文化の日"_s,     u"11-23 勤労感謝の日"_s};
    QTest::newRow("2021 Olympics") << 2021 << QStringList{u"01-01 元日"_s,         u"01-11 成人の日"_s,
                                                          u"02-11 建国記念の日"_s, u"02-23 天皇誕生日"_s,
                                                          u"03-20 春分の日"_s,     u"04-29 昭和の日"_s,
                                                          u"05-03 憲法記念日"_s,   u"05-04 みどりの日"_s,
                                                          u"05-05 こどもの日"_s,   u"07-22 海の日"_s,
                                                          u"07-23 スポーツの日"_s, u"08-08 山の日"_s,
                                                          u"08-09 振替休日"_s,     u"09-20 敬老の日"_s,
                                                          u"09-23 秋分の日"_s,     u"11-03 文化の日"_s,
                                                          u"11-23 勤労感謝の日"_s};
    QTest::newRow("2026") << 2026
                          << QStringList{
                                 u"01-01 元日"_s,         u"01-12 成人の日"_s,   u"02-11 建国記念の日"_s,
                                 u"02-23 天皇誕生日"_s,   u"03-20 春分の日"_s,   u"04-29 昭和の日"_s,
                                 u"05-03 憲法記念日"_s,   u"05-04 みどりの日"_s, u"05-05 こどもの日"_s,
                                 u"05-06 振替休日"_s,     u"07-20 海の日"_s,     u"08-11 山の日"_s,
                                 u"09-21 敬老の日"_s,     u"09-22 休日"_s,       u"09-23 秋分の日"_s,
                                 u"10-12 スポーツの日"_s, u"11-03 文化の日"_s,   u"11-23 勤労感謝の日"_s};
}

void TestHolidays::specialYears()
{
    QFETCH(int, year);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const Holiday &holiday : HolidayCalendar::holidaysOfYear(year))
        actual << holiday.date.toString(u"MM-dd"_s) + u' ' + holiday.name;
    QCOMPARE(actual, expected);
}

void TestHolidays::equinoxes_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("vernal");
    QTest::addColumn<int>("autumnal");

    QTest::newRow("1955") << 1955 << 21 << 24;
    QTest::newRow("1979") << 1979 << 21 << 24;
    QTest::newRow("1980") << 1980 << 20 << 23;
    QTest::newRow("2012") << 2012 << 20 << 22;
    QTest::newRow("2023") << 2023 << 21 << 23;
    QTest::newRow("2027") << 2027 << 21 << 23;
    QTest::newRow("2044") << 2044 << 20 << 22;
    QTest::newRow("2092") << 2092 << 19 << 22;
    QTest::newRow("2096") << 2096 << 19 << 22;
    QTest::newRow("2099") << 2099 << 20 << 23;
    QTest::newRow("1954 out of range") << 1954 << 0 << 0;
    QTest::newRow("2100 out of range") << 2100 << 0 << 0;
}

void TestHolidays::equinoxes()
{
    QFETCH(int, year);
    QFETCH(int, vernal);
    QFETCH(int, autumnal);
    QCOMPARE(HolidayCalendar::vernalEquinoxDay(year), vernal);
    QCOMPARE(HolidayCalendar::autumnalEquinoxDay(year), autumnal);
    if (vernal != 0) {
        QCOMPARE(HolidayCalendar::holidayName(QDate(year, 3, vernal)), u"春分の日"_s);
        QCOMPARE(HolidayCalendar::holidayName(QDate(year, 9, autumnal)), u"秋分の日"_s);
    }
}

void TestHolidays::everyYearSortedAndUnique()
{
    for (int year = HolidayCalendar::FirstYear; year <= HolidayCalendar::LastYear; ++year) {
        const QList<Holiday> days = HolidayCalendar::holidaysOfYear(year);
        QVERIFY2(days.size() >= 9 && days.size() <= 24, qPrintable(QString::number(year)));
        for (qsizetype i = 0; i < days.size(); ++i) {
            const Holiday &day = days.at(i);
            QVERIFY(day.date.isValid());
            QCOMPARE(day.date.year(), year);
            QVERIFY(!day.name.isEmpty());
            QCOMPARE(HolidayCalendar::holidayName(day.date), day.name);
            if (i > 0)
                QVERIFY2(days.at(i - 1).date < day.date, qPrintable(day.date.toString(Qt::ISODate)));
            // A 振替休日 ends an unbroken run of holidays that contains a Sunday; a 国民の休日 lies
            // between two holidays.
            if (day.name == u"振替休日"_s) {
                QVERIFY(day.date.dayOfWeek() != Qt::Sunday);
                QDate before = day.date.addDays(-1);
                while (HolidayCalendar::isHoliday(before) && before.dayOfWeek() != Qt::Sunday)
                    before = before.addDays(-1);
                QVERIFY2(HolidayCalendar::isHoliday(before), qPrintable(day.date.toString(Qt::ISODate)));
            } else if (day.name == u"休日"_s) {
                QVERIFY(HolidayCalendar::isHoliday(day.date.addDays(-1)));
                QVERIFY(HolidayCalendar::isHoliday(day.date.addDays(1)));
            }
        }
    }
}

void TestHolidays::year2099()
{
    const QList<Holiday> days = HolidayCalendar::holidaysOfYear(2099);
    QStringList actual;
    for (const Holiday &holiday : days)
        actual << holiday.date.toString(u"MM-dd"_s) + u' ' + holiday.name;
    const QStringList expected{u"01-01 元日"_s,         u"01-12 成人の日"_s,   u"02-11 建国記念の日"_s,
                               u"02-23 天皇誕生日"_s,   u"03-20 春分の日"_s,   u"04-29 昭和の日"_s,
                               u"05-03 憲法記念日"_s,   u"05-04 みどりの日"_s, u"05-05 こどもの日"_s,
                               u"05-06 振替休日"_s,     u"07-20 海の日"_s,     u"08-11 山の日"_s,
                               u"09-21 敬老の日"_s,     u"09-22 休日"_s,       u"09-23 秋分の日"_s,
                               u"10-12 スポーツの日"_s, u"11-03 文化の日"_s,   u"11-23 勤労感謝の日"_s};
    QCOMPARE(actual, expected);
}

void TestHolidays::outOfRange()
{
    QVERIFY(HolidayCalendar::holidaysOfYear(HolidayCalendar::FirstYear - 1).isEmpty());
    QVERIFY(HolidayCalendar::holidaysOfYear(HolidayCalendar::LastYear + 1).isEmpty());
    QVERIFY(!HolidayCalendar::holidaysOfYear(HolidayCalendar::FirstYear).isEmpty());
    QVERIFY(!HolidayCalendar::holidaysOfYear(HolidayCalendar::LastYear).isEmpty());
    QVERIFY(!HolidayCalendar::isHoliday(QDate(1954, 1, 1)));
    QVERIFY(!HolidayCalendar::isHoliday(QDate(2100, 1, 1)));
    QVERIFY(HolidayCalendar::holidayName(QDate(2100, 11, 3)).isEmpty());
    // Bank holidays outside the range still know weekends and the year end.
    QVERIFY(BankCalendar::isBankHoliday(QDate(2100, 1, 1)));
    QVERIFY(BankCalendar::isBusinessDay(QDate(2100, 1, 4)));
}

void TestHolidays::bankHoliday_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("bankHoliday");

    QTest::newRow("2025-12-29 Mon") << date("2025-12-29") << false;
    QTest::newRow("2025-12-30 Tue") << date("2025-12-30") << false;
    QTest::newRow("2025-12-31 Wed") << date("2025-12-31") << true;
    QTest::newRow("2026-01-01 元日") << date("2026-01-01") << true;
    QTest::newRow("2026-01-02 Fri") << date("2026-01-02") << true;
    QTest::newRow("2026-01-03 Sat") << date("2026-01-03") << true;
    QTest::newRow("2026-01-04 Sun") << date("2026-01-04") << true;
    QTest::newRow("2026-01-05 Mon") << date("2026-01-05") << false;
    QTest::newRow("2026-12-30 Wed") << date("2026-12-30") << false;
    QTest::newRow("2026-12-31 Thu") << date("2026-12-31") << true;
    QTest::newRow("2027-01-01 Fri") << date("2027-01-01") << true;
    QTest::newRow("2027-01-02 Sat") << date("2027-01-02") << true;
    QTest::newRow("2027-01-03 Sun") << date("2027-01-03") << true;
    QTest::newRow("2027-01-04 Mon") << date("2027-01-04") << false;
    QTest::newRow("2026-09-22 国民の休日") << date("2026-09-22") << true;
    QTest::newRow("2026-09-24 Thu") << date("2026-09-24") << false;
    QTest::newRow("2026-05-06 振替休日") << date("2026-05-06") << true;
    QTest::newRow("2026-07-18 Sat") << date("2026-07-18") << true;
    QTest::newRow("2026-07-21 Tue") << date("2026-07-21") << false;
    QTest::newRow("invalid") << QDate() << false;
}

void TestHolidays::bankHoliday()
{
    QFETCH(QDate, date);
    QFETCH(bool, bankHoliday);
    QCOMPARE(BankCalendar::isBankHoliday(date), bankHoliday);
    QCOMPARE(BankCalendar::isBusinessDay(date), date.isValid() && !bankHoliday);
}

void TestHolidays::businessDayNavigation_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("next");
    QTest::addColumn<QDate>("previous");

    QTest::newRow("business day stays") << date("2026-12-30") << date("2026-12-30") << date("2026-12-30");
    QTest::newRow("2026-12-31") << date("2026-12-31") << date("2027-01-04") << date("2026-12-30");
    QTest::newRow("2027-01-01") << date("2027-01-01") << date("2027-01-04") << date("2026-12-30");
    QTest::newRow("2027-01-03") << date("2027-01-03") << date("2027-01-04") << date("2026-12-30");
    QTest::newRow("2026 silver week") << date("2026-09-19") << date("2026-09-24") << date("2026-09-18");
    QTest::newRow("2026 golden week") << date("2026-05-03") << date("2026-05-07") << date("2026-05-01");
    QTest::newRow("2027-01-09 before 成人の日")
        << date("2027-01-09") << date("2027-01-12") << date("2027-01-08");
    QTest::newRow("invalid") << QDate() << QDate() << QDate();
}

void TestHolidays::businessDayNavigation()
{
    QFETCH(QDate, date);
    QFETCH(QDate, next);
    QFETCH(QDate, previous);
    QCOMPARE(BankCalendar::nextBusinessDay(date), next);
    QCOMPARE(BankCalendar::previousBusinessDay(date), previous);
}

void TestHolidays::addBusinessDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("zero keeps the date") << date("2027-01-01") << 0 << date("2027-01-01");
    QTest::newRow("+1 over the New Year") << date("2026-12-30") << 1 << date("2027-01-04");
    QTest::newRow("-1 over the New Year") << date("2027-01-04") << -1 << date("2026-12-30");
    QTest::newRow("+1 from a holiday") << date("2027-01-01") << 1 << date("2027-01-04");
    QTest::newRow("-1 from a holiday") << date("2027-01-01") << -1 << date("2026-12-30");
    QTest::newRow("+5 over a weekend") << date("2026-07-15") << 5 << date("2026-07-23");
    QTest::newRow("+2 over silver week") << date("2026-09-18") << 2 << date("2026-09-25");
    QTest::newRow("-3 over golden week") << date("2026-05-08") << -3 << date("2026-04-30");
    QTest::newRow("invalid") << QDate() << 3 << QDate();
}

void TestHolidays::addBusinessDays()
{
    QFETCH(QDate, date);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    QCOMPARE(BankCalendar::addBusinessDays(date, days), expected);
}

QTEST_GUILESS_MAIN(TestHolidays)
#include "tst_holidays.moc"
