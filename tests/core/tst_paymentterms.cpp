#include "calendar/PaymentTerms.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kaishu::calendar::HolidayShift;
using kaishu::calendar::PaymentTerms;

Q_DECLARE_METATYPE(HolidayShift)

namespace kaishu::calendar {

// Readable QCOMPARE failures.
char *toString(const PaymentTerms &terms)
{
    const QString text = u"PaymentTerms(%1, %2, %3, %4)"_s.arg(terms.closingDay())
                             .arg(terms.monthOffset())
                             .arg(terms.paymentDay())
                             .arg(int(terms.shift()));
    return qstrdup(text.toUtf8().constData());
}

char *toString(HolidayShift shift)
{
    static constexpr const char *names[] = {"Previous", "Next", "None"};
    return qstrdup(names[int(shift)]);
}

} // namespace kaishu::calendar

namespace {

constexpr int Eom = PaymentTerms::EndOfMonth;

QDate date(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

PaymentTerms parsed(const QString &text)
{
    QString error;
    const std::optional<PaymentTerms> terms = PaymentTerms::parse(text, &error);
    if (!terms)
        qWarning().noquote() << "cannot parse" << text << ":" << error;
    return terms.value_or(PaymentTerms(0, 0, 0, HolidayShift::None));
}

} // namespace

class TestPaymentTerms : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void formats_data();
    void formats();
    void roundTripAll();
    void invalidTerms();
    void closingDate_data();
    void closingDate();
    void dueDate_data();
    void dueDate();
};

void TestPaymentTerms::defaults()
{
    const PaymentTerms terms;
    QCOMPARE(terms.closingDay(), Eom);
    QCOMPARE(terms.monthOffset(), 1);
    QCOMPARE(terms.paymentDay(), Eom);
    QCOMPARE(terms.shift(), HolidayShift::Next);
    QVERIFY(terms.isValid());
    QCOMPARE(terms, PaymentTerms(Eom, 1, Eom, HolidayShift::Next));
    QCOMPARE(terms.toJapanese(), u"月末締め翌月末払い（休日は翌営業日）"_s);
}

void TestPaymentTerms::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("closingDay");
    QTest::addColumn<int>("monthOffset");
    QTest::addColumn<int>("paymentDay");
    QTest::addColumn<HolidayShift>("shift");

    const auto next = HolidayShift::Next;
    const auto previous = HolidayShift::Previous;
    const auto none = HolidayShift::None;

    QTest::newRow("月末締め翌月末払い") << u"月末締め翌月末払い"_s << Eom << 1 << Eom << next;
    QTest::newRow("20日締め翌月10日払い") << u"20日締め翌月10日払い"_s << 20 << 1 << 10 << next;
    QTest::newRow("25日締め翌々月5日払い") << u"25日締め翌々月5日払い"_s << 25 << 2 << 5 << next;
    QTest::newRow("末締め翌月末払い") << u"末締め翌月末払い"_s << Eom << 1 << Eom << next;
    QTest::newRow("15日締め当月末払い") << u"15日締め当月末払い"_s << 15 << 0 << Eom << next;
    QTest::newRow("月末締め翌々々月10日払い") << u"月末締め翌々々月10日払い"_s << Eom << 3 << 10 << next;
    QTest::newRow("full-width digits") << u"２０日締め翌月１０日払い"_s << 20 << 1 << 10 << next;
    QTest::newRow("休日は前営業日") << u"月末締め翌月末払い（休日は前営業日）"_s << Eom << 1 << Eom
                                    << previous;
    QTest::newRow("休日は翌営業日") << u"月末締め翌月末払い（休日は翌営業日）"_s << Eom << 1 << Eom << next;
    QTest::newRow("ASCII brackets") << u"20日締め翌月10日払い(休日は前営業日)"_s << 20 << 1 << 10 << previous;
    QTest::newRow("bare 前営業日") << u"20日締め翌月10日払い 前営業日"_s << 20 << 1 << 10 << previous;
    QTest::newRow("bare 翌営業日") << u"20日締め翌月10日払い翌営業日"_s << 20 << 1 << 10 << next;
    QTest::newRow("前営業日払い") << u"月末締め翌月末前営業日払い"_s << Eom << 1 << Eom << previous;
    QTest::newRow("土日祝の場合は前営業日")
        << u"10日締め翌月5日払い（土日祝の場合は前営業日）"_s << 10 << 1 << 5 << previous;
    QTest::newRow("休日調整なし") << u"月末締め翌月末払い（休日調整なし）"_s << Eom << 1 << Eom << none;
    QTest::newRow("翌翌月") << u"25日締め翌翌月5日払い"_s << 25 << 2 << 5 << next;
    QTest::newRow("翌翌翌月") << u"月末締め翌翌翌月末払い"_s << Eom << 3 << Eom << next;
    QTest::newRow("full-width 翌々月") << u"５日締め翌々月２８日払い"_s << 5 << 2 << 28 << next;
    QTest::newRow("31日締め is month end") << u"31日締め翌月末払い"_s << Eom << 1 << Eom << next;
    QTest::newRow("月末日") << u"月末日締め翌月末日払い"_s << Eom << 1 << Eom << next;
    QTest::newRow("〆 and 払") << u"20日〆翌月10日払"_s << 20 << 1 << 10 << next;
    QTest::newRow("comma and spaces") << u" 20日締め、 翌月 10日支払い "_s << 20 << 1 << 10 << next;
    QTest::newRow("毎月") << u"毎月25日締め翌月25日払い"_s << 25 << 1 << 25 << next;
    QTest::newRow("no 払い") << u"月末締め翌月末"_s << Eom << 1 << Eom << next;
    QTest::newRow("2ヶ月後") << u"月末締め2ヶ月後10日払い"_s << Eom << 2 << 10 << next;
    QTest::newRow("当月 same day") << u"20日締め当月20日払い"_s << 20 << 0 << 20 << next;
    QTest::newRow("structured") << u"closing=eom;month=1;day=eom;shift=previous"_s << Eom << 1 << Eom
                                << previous;
    QTest::newRow("structured without shift") << u"closing=20;month=1;day=10"_s << 20 << 1 << 10 << next;
    QTest::newRow("structured none") << u"closing=25;month=2;day=5;shift=none"_s << 25 << 2 << 5 << none;
    QTest::newRow("structured loose")
        << u" Closing = 15 ; MONTH=0; day=EOM; shift=Next ;"_s << 15 << 0 << Eom << next;
    QTest::newRow("structured any order") << u"shift=next;day=28;month=3;closing=1"_s << 1 << 3 << 28 << next;
    QTest::newRow("structured full-width")
        << u"closing＝２０；month＝１；day＝１０"_s << 20 << 1 << 10 << next;
}

void TestPaymentTerms::parse()
{
    QFETCH(QString, text);
    QFETCH(int, closingDay);
    QFETCH(int, monthOffset);
    QFETCH(int, paymentDay);
    QFETCH(HolidayShift, shift);

    QString error = u"untouched"_s;
    const std::optional<PaymentTerms> terms = PaymentTerms::parse(text, &error);
    QVERIFY2(terms.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(terms->closingDay(), closingDay);
    QCOMPARE(terms->monthOffset(), monthOffset);
    QCOMPARE(terms->paymentDay(), paymentDay);
    QCOMPARE(terms->shift(), shift);
    QVERIFY(terms->isValid());
    QVERIFY(PaymentTerms::parse(text).has_value()); // error pointer optional
}

void TestPaymentTerms::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("blank") << u"   "_s << u"empty"_s;
    QTest::newRow("junk") << u"hello world"_s << u"unrecognised payment terms"_s;
    QTest::newRow("junk Japanese") << u"いつでも払います"_s << u"unrecognised payment terms"_s;
    QTest::newRow("closing 29") << u"29日締め翌月末払い"_s << u"closing day 29 is not allowed"_s;
    QTest::newRow("closing 30") << u"30日締め翌月末払い"_s << u"closing day 30 is not allowed"_s;
    QTest::newRow("closing 0") << u"0日締め翌月末払い"_s << u"closing day 0 is not a valid day"_s;
    QTest::newRow("closing 32") << u"32日締め翌月末払い"_s << u"closing day 32 is not a valid day"_s;
    QTest::newRow("payment 29") << u"月末締め翌月29日払い"_s << u"payment day 29 is not allowed"_s;
    QTest::newRow("payment 30 full-width")
        << u"月末締め翌月３０日払い"_s << u"payment day 30 is not allowed"_s;
    QTest::newRow("offset 4") << u"月末締め翌々々々月末払い"_s << u"offset 4"_s;
    QTest::newRow("4ヶ月後") << u"月末締め4ヶ月後末払い"_s << u"offset 4"_s;
    QTest::newRow("missing month") << u"20日締め10日払い"_s << u"missing the payment month"_s;
    QTest::newRow("missing 締め") << u"20日翌月10日払い締め"_s << u"expected 締め"_s;
    QTest::newRow("missing 日") << u"20締め翌月10日払い"_s << u"expected 日 after the closing day 20"_s;
    QTest::newRow("missing payment day") << u"20日締め翌月払い"_s << u"cannot read the payment day"_s;
    QTest::newRow("bad holiday rule")
        << u"月末締め翌月末払い（雨の日は休み）"_s << u"unrecognised holiday rule"_s;
    QTest::newRow("trailing junk") << u"月末締め翌月末払いxyz"_s << u"unrecognised holiday rule 'xyz'"_s;
    QTest::newRow("payment before closing") << u"20日締め当月10日払い"_s << u"before the closing day"_s;
    QTest::newRow("eom closing, 当月 day") << u"月末締め当月25日払い"_s << u"before the closing day"_s;
    QTest::newRow("structured closing 29")
        << u"closing=29;month=1;day=eom"_s << u"closing day 29 is not allowed"_s;
    QTest::newRow("structured closing 31")
        << u"closing=31;month=1;day=eom"_s << u"closing day 31 is not allowed"_s;
    QTest::newRow("structured day 30")
        << u"closing=eom;month=1;day=30"_s << u"payment day 30 is not allowed"_s;
    QTest::newRow("structured day 0")
        << u"closing=eom;month=1;day=0"_s << u"payment day 0 is not a valid day"_s;
    QTest::newRow("structured month 4") << u"closing=eom;month=4;day=eom"_s << u"offset 4 is out of range"_s;
    QTest::newRow("structured month -1")
        << u"closing=eom;month=-1;day=eom"_s << u"offset -1 is out of range"_s;
    QTest::newRow("structured month word") << u"closing=eom;month=next;day=eom"_s << u"is not a number"_s;
    QTest::newRow("structured closing word")
        << u"closing=end;month=1;day=eom"_s << u"closing day 'end' is neither a number nor eom"_s;
    QTest::newRow("structured missing day") << u"closing=eom;month=1"_s << u"missing 'day'"_s;
    QTest::newRow("structured missing closing") << u"month=1;day=eom"_s << u"missing 'closing'"_s;
    QTest::newRow("structured bad shift")
        << u"closing=eom;month=1;day=eom;shift=later"_s << u"unknown shift 'later'"_s;
    QTest::newRow("structured unknown key")
        << u"closing=eom;month=1;day=eom;foo=1"_s << u"unknown key 'foo'"_s;
    QTest::newRow("structured duplicate")
        << u"closing=eom;closing=20;month=1;day=eom"_s << u"duplicate key 'closing'"_s;
    QTest::newRow("structured malformed") << u"closing=eom;month;day=eom"_s << u"malformed item 'month'"_s;
    QTest::newRow("structured empty value")
        << u"closing=;month=1;day=eom"_s << u"empty value for 'closing'"_s;
    QTest::newRow("structured before closing")
        << u"closing=20;month=0;day=10"_s << u"before the closing day"_s;
}

void TestPaymentTerms::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonContains);

    QString error;
    const std::optional<PaymentTerms> terms = PaymentTerms::parse(text, &error);
    QVERIFY2(!terms.has_value(), qPrintable(terms ? terms->toStructured() : QString()));
    QVERIFY2(error.contains(reasonContains), qPrintable(error));
    QVERIFY(!PaymentTerms::parse(text).has_value()); // no error pointer: still fails, no crash
}

void TestPaymentTerms::formats_data()
{
    QTest::addColumn<PaymentTerms>("terms");
    QTest::addColumn<QString>("structured");
    QTest::addColumn<QString>("japanese");

    QTest::newRow("default") << PaymentTerms() << u"closing=eom;month=1;day=eom;shift=next"_s
                             << u"月末締め翌月末払い（休日は翌営業日）"_s;
    QTest::newRow("20/1/10 previous")
        << PaymentTerms(20, 1, 10, HolidayShift::Previous) << u"closing=20;month=1;day=10;shift=previous"_s
        << u"20日締め翌月10日払い（休日は前営業日）"_s;
    QTest::newRow("25/2/5 none") << PaymentTerms(25, 2, 5, HolidayShift::None)
                                 << u"closing=25;month=2;day=5;shift=none"_s
                                 << u"25日締め翌々月5日払い（休日調整なし）"_s;
    QTest::newRow("15/0/eom") << PaymentTerms(15, 0, Eom, HolidayShift::Next)
                              << u"closing=15;month=0;day=eom;shift=next"_s
                              << u"15日締め当月末払い（休日は翌営業日）"_s;
    QTest::newRow("eom/3/10") << PaymentTerms(Eom, 3, 10, HolidayShift::Previous)
                              << u"closing=eom;month=3;day=10;shift=previous"_s
                              << u"月末締め翌々々月10日払い（休日は前営業日）"_s;
    QTest::newRow("1/1/28") << PaymentTerms(1, 1, 28, HolidayShift::Next)
                            << u"closing=1;month=1;day=28;shift=next"_s
                            << u"1日締め翌月28日払い（休日は翌営業日）"_s;
}

void TestPaymentTerms::formats()
{
    QFETCH(PaymentTerms, terms);
    QFETCH(QString, structured);
    QFETCH(QString, japanese);

    QCOMPARE(terms.toStructured(), structured);
    QCOMPARE(terms.toJapanese(), japanese);
    QCOMPARE(parsed(structured), terms);
    QCOMPARE(parsed(japanese), terms);
}

void TestPaymentTerms::roundTripAll()
{
    // Every valid combination survives both forms.
    const QList<int> days{1, 5, 10, 15, 20, 25, 28, Eom};
    int count = 0;
    for (int closing : days) {
        for (int offset = 0; offset <= PaymentTerms::MaxMonthOffset; ++offset) {
            for (int payment : days) {
                for (HolidayShift shift : {HolidayShift::Previous, HolidayShift::Next, HolidayShift::None}) {
                    const PaymentTerms terms(closing, offset, payment, shift);
                    if (!terms.isValid()) {
                        QVERIFY(offset == 0 && payment < closing);
                        continue;
                    }
                    QCOMPARE(parsed(terms.toStructured()), terms);
                    QCOMPARE(parsed(terms.toJapanese()), terms);
                    ++count;
                }
            }
        }
    }
    qInfo() << "round-tripped" << count << "terms";
    QVERIFY(count > 600);
}

void TestPaymentTerms::invalidTerms()
{
    for (const PaymentTerms &terms :
         {PaymentTerms(29, 1, Eom, HolidayShift::Next), PaymentTerms(Eom, 1, 30, HolidayShift::Next),
          PaymentTerms(Eom, 4, Eom, HolidayShift::Next), PaymentTerms(Eom, -1, Eom, HolidayShift::Next),
          PaymentTerms(20, 0, 10, HolidayShift::Next), PaymentTerms(0, 1, 10, HolidayShift::Next)}) {
        QVERIFY(!terms.isValid());
        QVERIFY(!terms.closingDateFor(date("2026-01-15")).isValid());
        QVERIFY(!terms.dueDateFor(date("2026-01-15")).isValid());
        QVERIFY(terms.toStructured().isEmpty());
        QVERIFY(terms.toJapanese().isEmpty());
    }
    QVERIFY(!PaymentTerms().closingDateFor(QDate()).isValid());
    QVERIFY(!PaymentTerms().dueDateFor(QDate()).isValid());
}

void TestPaymentTerms::closingDate_data()
{
    QTest::addColumn<QString>("terms");
    QTest::addColumn<QDate>("transaction");
    QTest::addColumn<QDate>("closing");

    QTest::newRow("20日締め on the 20th")
        << u"20日締め翌月10日払い"_s << date("2026-01-20") << date("2026-01-20");
    QTest::newRow("20日締め on the 21st")
        << u"20日締め翌月10日払い"_s << date("2026-01-21") << date("2026-02-20");
    QTest::newRow("20日締め on the 1st")
        << u"20日締め翌月10日払い"_s << date("2026-03-01") << date("2026-03-20");
    QTest::newRow("20日締め across the year")
        << u"20日締め翌月10日払い"_s << date("2025-12-21") << date("2026-01-20");
    QTest::newRow("1日締め on the 1st")
        << u"1日締め翌月1日払い"_s << date("2026-05-01") << date("2026-05-01");
    QTest::newRow("1日締め on the 2nd")
        << u"1日締め翌月1日払い"_s << date("2026-05-02") << date("2026-06-01");
    QTest::newRow("28日締め on Feb 29")
        << u"28日締め翌月末払い"_s << date("2024-02-29") << date("2024-03-28");
    QTest::newRow("月末締め leap February")
        << u"月末締め翌月末払い"_s << date("2024-02-10") << date("2024-02-29");
    QTest::newRow("月末締め on Feb 29")
        << u"月末締め翌月末払い"_s << date("2024-02-29") << date("2024-02-29");
    QTest::newRow("月末締め February") << u"月末締め翌月末払い"_s << date("2025-02-10") << date("2025-02-28");
    QTest::newRow("月末締め 30-day month")
        << u"月末締め翌月末払い"_s << date("2026-04-01") << date("2026-04-30");
    QTest::newRow("月末締め on 12/31") << u"月末締め翌月末払い"_s << date("2026-12-31") << date("2026-12-31");
    QTest::newRow("closing on a holiday stays")
        << u"月末締め翌月末払い"_s << date("2026-05-02") << date("2026-05-31");
}

void TestPaymentTerms::closingDate()
{
    QFETCH(QString, terms);
    QFETCH(QDate, transaction);
    QFETCH(QDate, closing);
    QCOMPARE(parsed(terms).closingDateFor(transaction), closing);
}

void TestPaymentTerms::dueDate_data()
{
    QTest::addColumn<QString>("terms");
    QTest::addColumn<QDate>("transaction");
    QTest::addColumn<QDate>("due");

    // Closing day 20: the 20th belongs to this month's period, the 21st to the next.
    QTest::newRow("20日締め翌月10日 on 20th")
        << u"20日締め翌月10日払い"_s << date("2026-01-20") << date("2026-02-10");
    QTest::newRow("20日締め翌月10日 on 21st")
        << u"20日締め翌月10日払い"_s << date("2026-01-21") << date("2026-03-10");
    QTest::newRow("20日締め翌月末 on 20th")
        << u"20日締め翌月末払い"_s << date("2026-03-20") << date("2026-04-30");
    QTest::newRow("20日締め翌月末 on 21st (5/31 Sun)")
        << u"20日締め翌月末払い"_s << date("2026-03-21") << date("2026-06-01");
    // Month ends and leap years.
    QTest::newRow("leap: due 2024-02-29")
        << u"月末締め翌月末払い"_s << date("2024-01-15") << date("2024-02-29");
    QTest::newRow("leap: from 1/31") << u"月末締め翌月末払い"_s << date("2024-01-31") << date("2024-02-29");
    QTest::newRow("non-leap: 2023-02-28")
        << u"月末締め翌月末払い"_s << date("2023-01-31") << date("2023-02-28");
    QTest::newRow("当月末 leap") << u"15日締め当月末払い"_s << date("2024-02-01") << date("2024-02-29");
    QTest::newRow("当月末 after closing, 3/31 Sun")
        << u"15日締め当月末払い"_s << date("2024-02-16") << date("2024-04-01");
    QTest::newRow("25日締め翌々月5日")
        << u"25日締め翌々月5日払い"_s << date("2026-01-10") << date("2026-03-05");
    QTest::newRow("28日締め from Feb 29")
        << u"28日締め翌月28日払い"_s << date("2024-02-29") << date("2024-04-30");
    // Month end on a weekend: previous / next / none.
    QTest::newRow("5/31 Sun previous")
        << u"月末締め翌月末払い（休日は前営業日）"_s << date("2026-04-10") << date("2026-05-29");
    QTest::newRow("5/31 Sun next") << u"月末締め翌月末払い（休日は翌営業日）"_s << date("2026-04-10")
                                   << date("2026-06-01");
    QTest::newRow("5/31 Sun none") << u"月末締め翌月末払い（休日調整なし）"_s << date("2026-04-10")
                                   << date("2026-05-31");
    // New Year: 2026-12-31 and 2027-01-01..03 are bank holidays.
    QTest::newRow("due 12/31 next") << u"月末締め翌月末払い"_s << date("2026-11-15") << date("2027-01-04");
    QTest::newRow("due 12/31 previous")
        << u"月末締め翌月末払い 前営業日"_s << date("2026-11-15") << date("2026-12-30");
    QTest::newRow("due 12/31 none") << u"closing=eom;month=1;day=eom;shift=none"_s << date("2026-11-15")
                                    << date("2026-12-31");
    QTest::newRow("due 1/1 next") << u"月末締め翌々月1日払い"_s << date("2026-11-30") << date("2027-01-04");
    QTest::newRow("due 1/1 previous")
        << u"月末締め翌々月1日払い（休日は前営業日）"_s << date("2026-11-30") << date("2026-12-30");
    QTest::newRow("due 1/2 next") << u"20日締め翌月2日払い"_s << date("2026-12-15") << date("2027-01-04");
    QTest::newRow("due 1/2 previous")
        << u"20日締め翌月2日払い（休日は前営業日）"_s << date("2026-12-15") << date("2026-12-30");
    QTest::newRow("due 1/3 next") << u"25日締め翌々月3日払い"_s << date("2026-11-20") << date("2027-01-04");
    QTest::newRow("due 1/3 previous")
        << u"25日締め翌々月3日払い（休日は前営業日）"_s << date("2026-11-20") << date("2026-12-30");
    QTest::newRow("due 1/3 none") << u"closing=25;month=2;day=3;shift=none"_s << date("2026-11-20")
                                  << date("2027-01-03");
    QTest::newRow("closing 12/31, due 1/31 Sun")
        << u"月末締め翌月末払い"_s << date("2026-12-31") << date("2027-02-01");
    // National holidays.
    QTest::newRow("due 5/5 next over 振替休日")
        << u"20日締め翌月5日払い"_s << date("2026-04-20") << date("2026-05-07");
    QTest::newRow("due 5/5 previous over GW")
        << u"20日締め翌月5日払い（休日は前営業日）"_s << date("2026-04-20") << date("2026-05-01");
    QTest::newRow("翌々々月 10th, Sun then 成人の日")
        << u"月末締め翌々々月10日払い"_s << date("2026-10-05") << date("2027-01-12");
    QTest::newRow("翌々々月 10th previous")
        << u"月末締め翌々々月10日払い（休日は前営業日）"_s << date("2026-10-05") << date("2027-01-08");
    QTest::newRow("due on 国民の休日 2026-09-22")
        << u"20日締め翌月22日払い"_s << date("2026-08-01") << date("2026-09-24");
}

void TestPaymentTerms::dueDate()
{
    QFETCH(QString, terms);
    QFETCH(QDate, transaction);
    QFETCH(QDate, due);
    QCOMPARE(parsed(terms).dueDateFor(transaction), due);
}

QTEST_GUILESS_MAIN(TestPaymentTerms)
#include "tst_paymentterms.moc"
