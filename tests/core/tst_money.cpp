#include "money/Decimal.h"
#include "money/Rounding.h"
#include "money/Tax.h"
#include "money/Yen.h"

#include <QTest>

#include <limits>

using namespace kaishu::money;
using namespace Qt::StringLiterals;

namespace kaishu::money {
// Lets QCOMPARE print amounts on failure.
char *toString(const Yen &yen)
{
    return qstrdup(yen.toString().toUtf8().constData());
}
char *toString(const Decimal &decimal)
{
    return qstrdup(decimal.toString().toUtf8().constData());
}
} // namespace kaishu::money

namespace {
constexpr qint64 maxI64 = std::numeric_limits<qint64>::max();
constexpr qint64 minI64 = std::numeric_limits<qint64>::min();

Decimal dec(const char16_t *text)
{
    const auto parsed = Decimal::parse(QString::fromUtf16(text));
    if (!parsed)
        qFatal("bad test decimal");
    return *parsed;
}
} // namespace

Q_DECLARE_METATYPE(kaishu::money::RoundingMode)
Q_DECLARE_METATYPE(kaishu::money::TaxCategory)

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void yenArithmetic();
    void yenComparison();
    void yenOverflowThrows();
    void yenCheckedOperations();
    void yenToString_data();
    void yenToString();
    void yenParse_data();
    void yenParse();

    void decimalParse_data();
    void decimalParse();
    void decimalToString_data();
    void decimalToString();
    void decimalArithmetic();
    void decimalMultiply_data();
    void decimalMultiply();
    void decimalMultiplyToYen_data();
    void decimalMultiplyToYen();
    void decimalOverflow();

    void roundingModeStrings();

    void taxCategories();
    void taxOnExcludedTable_data();
    void taxOnExcludedTable();
    void taxIncludedInTable_data();
    void taxIncludedInTable();
    void ntaExampleTaxIncluded();
    void ntaExampleOncePerRate();
    void creditNoteRoundsLikeInvoice();
    void taxOnHugeAmounts();
};

void TestMoney::yenArithmetic()
{
    const Yen a(1200);
    const Yen b(-300);
    QCOMPARE(a + b, Yen(900));
    QCOMPARE(a - b, Yen(1500));
    QCOMPARE(-a, Yen(-1200));
    QCOMPARE(a * 3, Yen(3600));
    QCOMPARE(3 * a, Yen(3600));
    QCOMPARE(b * -2, Yen(600));
    Yen total;
    QCOMPARE(total, Yen(0));
    QVERIFY(total.isZero());
    total += a;
    total += a;
    total -= Yen(400);
    QCOMPARE(total.value(), qint64(2000));
    QVERIFY(b.isNegative());
    static_assert(Yen(5).value() == 5);
}

void TestMoney::yenComparison()
{
    QVERIFY(Yen(1) < Yen(2));
    QVERIFY(Yen(-1) < Yen(0));
    QVERIFY(Yen(2) >= Yen(2));
    QVERIFY(Yen(2) != Yen(3));
    QVERIFY(Yen(7) == Yen(7));
    QVERIFY((Yen(3) <=> Yen(3)) == 0);
}

void TestMoney::yenOverflowThrows()
{
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, Yen(maxI64) + Yen(1));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, Yen(minI64) - Yen(1));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, -Yen(minI64));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, Yen(maxI64 / 2 + 1) * 2);
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, Yen(minI64) * -1);
    Yen y(maxI64);
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, y += Yen(1));
    QCOMPARE(y, Yen(maxI64)); // unchanged after the failed operation
    QVERIFY_THROWS_EXCEPTION(std::overflow_error, Yen(minI64) -= Yen(1));
    // Edges that still fit
    QCOMPARE(Yen(maxI64) + Yen(minI64), Yen(-1));
    QCOMPARE(-Yen(maxI64), Yen(minI64 + 1));
}

void TestMoney::yenCheckedOperations()
{
    QCOMPARE(Yen::checkedAdd(Yen(2), Yen(3)), std::optional<Yen>(Yen(5)));
    QCOMPARE(Yen::checkedAdd(Yen(maxI64), Yen(1)), std::nullopt);
    QCOMPARE(Yen::checkedSub(Yen(2), Yen(3)), std::optional<Yen>(Yen(-1)));
    QCOMPARE(Yen::checkedSub(Yen(minI64), Yen(1)), std::nullopt);
    QCOMPARE(Yen::checkedMul(Yen(110), 3), std::optional<Yen>(Yen(330)));
    QCOMPARE(Yen::checkedMul(Yen(maxI64), 2), std::nullopt);
    QCOMPARE(Yen::checkedMul(Yen(minI64), -1), std::nullopt);
}

void TestMoney::yenToString_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << u"0"_s;
    QTest::newRow("three digits") << qint64(999) << u"999"_s;
    QTest::newRow("four digits") << qint64(1000) << u"1,000"_s;
    QTest::newRow("millions") << qint64(1234567) << u"1,234,567"_s;
    QTest::newRow("negative") << qint64(-500) << u"-500"_s;
    QTest::newRow("negative grouped") << qint64(-1234567) << u"-1,234,567"_s;
    QTest::newRow("max") << maxI64 << u"9,223,372,036,854,775,807"_s;
    QTest::newRow("min") << minI64 << u"-9,223,372,036,854,775,808"_s;
}

void TestMoney::yenToString()
{
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    QCOMPARE(Yen(value).toString(), expected);
}

void TestMoney::yenParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("plain") << u"1234"_s << true << qint64(1234);
    QTest::newRow("grouped") << u"1,234"_s << true << qint64(1234);
    QTest::newRow("yen sign") << u"¥1,234"_s << true << qint64(1234);
    QTest::newRow("full-width yen sign") << u"￥1,234"_s << true << qint64(1234);
    QTest::newRow("en suffix") << u"1,234円"_s << true << qint64(1234);
    QTest::newRow("en suffix with space") << u"1,234 円"_s << true << qint64(1234);
    QTest::newRow("full-width digits") << u"１，２３４"_s << true << qint64(1234);
    QTest::newRow("full-width with yen and en") << u"￥１２，３４５円"_s << true << qint64(12345);
    QTest::newRow("minus") << u"-500"_s << true << qint64(-500);
    QTest::newRow("minus before yen") << u"-¥1,000"_s << true << qint64(-1000);
    QTest::newRow("minus after yen") << u"¥-1,000"_s << true << qint64(-1000);
    QTest::newRow("full-width minus") << u"－５００"_s << true << qint64(-500);
    QTest::newRow("white triangle") << u"△1,234"_s << true << qint64(-1234);
    QTest::newRow("black triangle") << u"▲440"_s << true << qint64(-440);
    QTest::newRow("surrounding spaces") << u"  1,000 "_s << true << qint64(1000);
    QTest::newRow("ideographic spaces") << u"\u30001000\u3000"_s << true << qint64(1000);
    QTest::newRow("zero") << u"0"_s << true << qint64(0);
    QTest::newRow("leading zeros") << u"007"_s << true << qint64(7);
    QTest::newRow("max") << u"9223372036854775807"_s << true << maxI64;
    QTest::newRow("min") << u"-9,223,372,036,854,775,808"_s << true << minI64;

    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("only sign") << u"-"_s << false << qint64(0);
    QTest::newRow("only yen") << u"¥"_s << false << qint64(0);
    QTest::newRow("decimal") << u"12.5"_s << false << qint64(0);
    QTest::newRow("decimal zero") << u"12.0"_s << false << qint64(0);
    QTest::newRow("letters") << u"12a"_s << false << qint64(0);
    QTest::newRow("junk") << u"abc"_s << false << qint64(0);
    QTest::newRow("misplaced comma") << u"12,34"_s << false << qint64(0);
    QTest::newRow("leading comma") << u",123"_s << false << qint64(0);
    QTest::newRow("trailing comma") << u"123,"_s << false << qint64(0);
    QTest::newRow("long first group") << u"1234,567"_s << false << qint64(0);
    QTest::newRow("double minus") << u"--5"_s << false << qint64(0);
    QTest::newRow("two marks") << u"-△5"_s << false << qint64(0);
    QTest::newRow("plus") << u"+5"_s << false << qint64(0);
    QTest::newRow("inner space") << u"1 000"_s << false << qint64(0);
    QTest::newRow("overflow") << u"9223372036854775808"_s << false << qint64(0);
    QTest::newRow("negative overflow") << u"-9223372036854775809"_s << false << qint64(0);
    QTest::newRow("huge") << u"99999999999999999999999"_s << false << qint64(0);
    QTest::newRow("arabic-indic digits") << u"١٢٣"_s << false << qint64(0);
    QTest::newRow("en before number") << u"円100"_s << false << qint64(0);
}

void TestMoney::yenParse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);
    const std::optional<Yen> parsed = Yen::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(parsed->value(), expected);
}

void TestMoney::decimalParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("scaled");
    QTest::newRow("fraction") << u"1.25"_s << true << qint64(12500);
    QTest::newRow("integer") << u"-3"_s << true << qint64(-30000);
    QTest::newRow("full-width") << u"１２．５"_s << true << qint64(125000);
    QTest::newRow("grouped") << u"1,000.5"_s << true << qint64(10005000);
    QTest::newRow("four decimals") << u"12.3456"_s << true << qint64(123456);
    QTest::newRow("unit price") << u"12.345"_s << true << qint64(123450);
    QTest::newRow("small negative") << u"-0.0001"_s << true << qint64(-1);
    QTest::newRow("triangle") << u"△1.5"_s << true << qint64(-15000);
    QTest::newRow("spaces") << u" 2.5 "_s << true << qint64(25000);
    QTest::newRow("zero") << u"0"_s << true << qint64(0);
    QTest::newRow("max") << u"922337203685477.5807"_s << true << maxI64;

    QTest::newRow("five decimals") << u"1.23456"_s << false << qint64(0);
    QTest::newRow("five decimals zero") << u"1.00000"_s << false << qint64(0);
    QTest::newRow("no integer part") << u".5"_s << false << qint64(0);
    QTest::newRow("no fraction") << u"5."_s << false << qint64(0);
    QTest::newRow("two points") << u"1.2.3"_s << false << qint64(0);
    QTest::newRow("exponent") << u"1e3"_s << false << qint64(0);
    QTest::newRow("comma in fraction") << u"1.2,5"_s << false << qint64(0);
    QTest::newRow("misplaced comma") << u"1,00.5"_s << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("junk") << u"abc"_s << false << qint64(0);
    QTest::newRow("overflow") << u"922337203685477.5808"_s << false << qint64(0);
    QTest::newRow("integer overflow") << u"99999999999999999999"_s << false << qint64(0);
}

void TestMoney::decimalParse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, scaled);
    const std::optional<Decimal> parsed = Decimal::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(parsed->scaled(), scaled);
}

void TestMoney::decimalToString_data()
{
    QTest::addColumn<qint64>("scaled");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one and a half") << qint64(15000) << u"1.5"_s;
    QTest::newRow("integer") << qint64(30000) << u"3"_s;
    QTest::newRow("zero") << qint64(0) << u"0"_s;
    QTest::newRow("unit price") << qint64(123450) << u"12.345"_s;
    QTest::newRow("smallest") << qint64(1) << u"0.0001"_s;
    QTest::newRow("negative fraction") << qint64(-125) << u"-0.0125"_s;
    QTest::newRow("negative") << qint64(-30000) << u"-3"_s;
    QTest::newRow("large") << qint64(10005000) << u"1000.5"_s;
    QTest::newRow("min") << minI64 << u"-922337203685477.5808"_s;
}

void TestMoney::decimalToString()
{
    QFETCH(qint64, scaled);
    QFETCH(QString, expected);
    const Decimal d = Decimal::fromScaled(scaled);
    QCOMPARE(d.toString(), expected);
    if (scaled != minI64) // the most negative value has no positive counterpart to parse
        QCOMPARE(Decimal::parse(d.toString()), std::optional<Decimal>(d));
}

void TestMoney::decimalArithmetic()
{
    QCOMPARE(dec(u"1.25") + dec(u"2.5"), dec(u"3.75"));
    QCOMPARE(dec(u"1.25") - dec(u"2.5"), dec(u"-1.25"));
    QCOMPARE(-dec(u"0.5"), dec(u"-0.5"));
    QCOMPARE(Decimal::fromInt(7), dec(u"7"));
    QCOMPARE(Decimal::fromInt(-2).scaled(), qint64(-20000));
    QVERIFY(dec(u"1.5") < dec(u"1.5001"));
    QVERIFY(dec(u"-0.0001") < Decimal());
    QVERIFY(dec(u"2") > dec(u"1.9999"));
    QVERIFY(dec(u"2.0") == dec(u"2"));
}

void TestMoney::decimalMultiply_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact") << u"1.5"_s << u"2"_s << RoundingMode::Down << u"3"_s;
    QTest::newRow("exact fraction") << u"0.25"_s << u"0.5"_s << RoundingMode::Down << u"0.125"_s;
    // 0.0003 × 0.5 = 0.00015
    QTest::newRow("down") << u"0.0003"_s << u"0.5"_s << RoundingMode::Down << u"0.0001"_s;
    QTest::newRow("up") << u"0.0003"_s << u"0.5"_s << RoundingMode::Up << u"0.0002"_s;
    QTest::newRow("half-up at half") << u"0.0003"_s << u"0.5"_s << RoundingMode::HalfUp << u"0.0002"_s;
    QTest::newRow("half-up below half") << u"0.0001"_s << u"0.4"_s << RoundingMode::HalfUp << u"0"_s;
    QTest::newRow("negative down") << u"-0.0003"_s << u"0.5"_s << RoundingMode::Down << u"-0.0001"_s;
    QTest::newRow("negative up") << u"-0.0003"_s << u"0.5"_s << RoundingMode::Up << u"-0.0002"_s;
    QTest::newRow("negative half-up") << u"0.0003"_s << u"-0.5"_s << RoundingMode::HalfUp << u"-0.0002"_s;
    QTest::newRow("both negative") << u"-1.5"_s << u"-1.5"_s << RoundingMode::Down << u"2.25"_s;
    // An intermediate beyond qint64 (10^14 scaled × 10^8 scaled) whose result fits.
    QTest::newRow("wide intermediate")
        << u"10000000000"_s << u"0.0001"_s << RoundingMode::Down << u"1000000"_s;
}

void TestMoney::decimalMultiply()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(RoundingMode, mode);
    QFETCH(QString, expected);
    QCOMPARE(Decimal::parse(a)->multiply(*Decimal::parse(b), mode), *Decimal::parse(expected));
}

void TestMoney::decimalMultiplyToYen_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("unitPrice");
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("integers") << u"3"_s << u"105"_s << RoundingMode::Down << qint64(315);
    QTest::newRow("hours") << u"1.5"_s << u"8000"_s << RoundingMode::Down << qint64(12000);
    // 2.5 × 12.345 = 30.8625
    QTest::newRow("down") << u"2.5"_s << u"12.345"_s << RoundingMode::Down << qint64(30);
    QTest::newRow("up") << u"2.5"_s << u"12.345"_s << RoundingMode::Up << qint64(31);
    QTest::newRow("half-up") << u"2.5"_s << u"12.345"_s << RoundingMode::HalfUp << qint64(31);
    // 3 × 0.5 = 1.5 exactly
    QTest::newRow("half-up at half") << u"3"_s << u"0.5"_s << RoundingMode::HalfUp << qint64(2);
    QTest::newRow("half at half down") << u"3"_s << u"0.5"_s << RoundingMode::Down << qint64(1);
    // 0.0001 × 0.0001 = 0.00000001: the smallest product, still rounds up
    QTest::newRow("tiny up") << u"0.0001"_s << u"0.0001"_s << RoundingMode::Up << qint64(1);
    QTest::newRow("tiny half-up") << u"0.0001"_s << u"0.0001"_s << RoundingMode::HalfUp << qint64(0);
    // a returned quantity: symmetric rounding gives exactly the negated invoice amount
    QTest::newRow("credit down") << u"-2.5"_s << u"12.345"_s << RoundingMode::Down << qint64(-30);
    QTest::newRow("credit up") << u"-2.5"_s << u"12.345"_s << RoundingMode::Up << qint64(-31);
    QTest::newRow("credit half-up") << u"-3"_s << u"0.5"_s << RoundingMode::HalfUp << qint64(-2);
    QTest::newRow("large") << u"1000000"_s << u"9999999.9999"_s << RoundingMode::Down
                           << qint64(9999999999900);
}

void TestMoney::decimalMultiplyToYen()
{
    QFETCH(QString, quantity);
    QFETCH(QString, unitPrice);
    QFETCH(RoundingMode, mode);
    QFETCH(qint64, expected);
    QCOMPARE(Decimal::parse(quantity)->multiplyToYen(*Decimal::parse(unitPrice), mode), Yen(expected));
}

void TestMoney::decimalOverflow()
{
    const Decimal max = Decimal::fromScaled(maxI64);
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, max + dec(u"0.0001"));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, Decimal::fromScaled(minI64) - dec(u"0.0001"));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, -Decimal::fromScaled(minI64));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, Decimal::fromInt(maxI64 / 10000 + 1));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, max.multiply(dec(u"2"), RoundingMode::Down));
    // 10^14 × 10^6 yen does not fit qint64 (≈ 9.2 × 10^18)
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow,
                             dec(u"100000000000000").multiplyToYen(dec(u"1000000"), RoundingMode::Down));
    QCOMPARE(max.multiplyToYen(dec(u"1"), RoundingMode::Down), Yen(maxI64 / 10000));
    QCOMPARE(dec(u"2.5").toYen(RoundingMode::HalfUp), Yen(3));
    QCOMPARE(dec(u"-2.5").toYen(RoundingMode::HalfUp), Yen(-3));
}

void TestMoney::roundingModeStrings()
{
    QCOMPARE(toString(RoundingMode::Down), u"down"_s);
    QCOMPARE(toString(RoundingMode::Up), u"up"_s);
    QCOMPARE(toString(RoundingMode::HalfUp), u"half-up"_s);
    for (RoundingMode mode : {RoundingMode::Down, RoundingMode::Up, RoundingMode::HalfUp})
        QCOMPARE(roundingModeFromString(toString(mode)), std::optional<RoundingMode>(mode));
    QCOMPARE(roundingModeFromString(u"half-even"_s), std::nullopt);
    QCOMPARE(roundingModeFromString(QString()), std::nullopt);
}

void TestMoney::taxCategories()
{
    QCOMPARE(toCode(TaxCategory::Standard10), u"10"_s);
    QCOMPARE(toCode(TaxCategory::Reduced8), u"8"_s);
    QCOMPARE(toCode(TaxCategory::Exempt), u"exempt"_s);
    QCOMPARE(toCode(TaxCategory::OutsideScope), u"outside"_s);
    for (TaxCategory category :
         {TaxCategory::Standard10, TaxCategory::Reduced8, TaxCategory::Exempt, TaxCategory::OutsideScope})
        QCOMPARE(taxCategoryFromCode(toCode(category)), std::optional<TaxCategory>(category));
    QCOMPARE(taxCategoryFromCode(u"5"_s), std::nullopt);
    QCOMPARE(taxCategoryFromCode(u"10%"_s), std::nullopt);
    QCOMPARE(ratePercent(TaxCategory::Standard10), 10);
    QCOMPARE(ratePercent(TaxCategory::Reduced8), 8);
    QCOMPARE(ratePercent(TaxCategory::Exempt), 0);
    QCOMPARE(ratePercent(TaxCategory::OutsideScope), 0);
    QVERIFY(isTaxable(TaxCategory::Standard10));
    QVERIFY(isTaxable(TaxCategory::Reduced8));
    QVERIFY(!isTaxable(TaxCategory::Exempt));
    QVERIFY(!isTaxable(TaxCategory::OutsideScope));
}

void TestMoney::taxOnExcludedTable_data()
{
    QTest::addColumn<qint64>("net");
    QTest::addColumn<TaxCategory>("category");
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("10% exact") << qint64(10000) << TaxCategory::Standard10 << RoundingMode::Down
                               << qint64(1000);
    QTest::newRow("8% exact") << qint64(10000) << TaxCategory::Reduced8 << RoundingMode::Down << qint64(800);
    // 1,234 × 10% = 123.4
    QTest::newRow("10% down") << qint64(1234) << TaxCategory::Standard10 << RoundingMode::Down << qint64(123);
    QTest::newRow("10% up") << qint64(1234) << TaxCategory::Standard10 << RoundingMode::Up << qint64(124);
    QTest::newRow("10% half-up below")
        << qint64(1234) << TaxCategory::Standard10 << RoundingMode::HalfUp << qint64(123);
    QTest::newRow("10% half-up at half")
        << qint64(1235) << TaxCategory::Standard10 << RoundingMode::HalfUp << qint64(124);
    // 999 × 8% = 79.92
    QTest::newRow("8% down") << qint64(999) << TaxCategory::Reduced8 << RoundingMode::Down << qint64(79);
    QTest::newRow("8% half-up") << qint64(999) << TaxCategory::Reduced8 << RoundingMode::HalfUp << qint64(80);
    QTest::newRow("exempt") << qint64(99999) << TaxCategory::Exempt << RoundingMode::Up << qint64(0);
    QTest::newRow("outside") << qint64(99999) << TaxCategory::OutsideScope << RoundingMode::Up << qint64(0);
    QTest::newRow("zero") << qint64(0) << TaxCategory::Standard10 << RoundingMode::Up << qint64(0);
    QTest::newRow("negative down") << qint64(-1234) << TaxCategory::Standard10 << RoundingMode::Down
                                   << qint64(-123);
    QTest::newRow("negative up") << qint64(-1234) << TaxCategory::Standard10 << RoundingMode::Up
                                 << qint64(-124);
    QTest::newRow("negative half-up")
        << qint64(-1235) << TaxCategory::Standard10 << RoundingMode::HalfUp << qint64(-124);
}

void TestMoney::taxOnExcludedTable()
{
    QFETCH(qint64, net);
    QFETCH(TaxCategory, category);
    QFETCH(RoundingMode, mode);
    QFETCH(qint64, expected);
    QCOMPARE(taxOnExcluded(Yen(net), category, mode), Yen(expected));
}

void TestMoney::taxIncludedInTable_data()
{
    QTest::addColumn<qint64>("gross");
    QTest::addColumn<TaxCategory>("category");
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("10% exact") << qint64(1100) << TaxCategory::Standard10 << RoundingMode::Down
                               << qint64(100);
    QTest::newRow("8% exact") << qint64(1080) << TaxCategory::Reduced8 << RoundingMode::Down << qint64(80);
    // NTA Q&A: 60,000 × 10/110 = 5,454.54…
    QTest::newRow("NTA 10% down") << qint64(60000) << TaxCategory::Standard10 << RoundingMode::Down
                                  << qint64(5454);
    QTest::newRow("NTA 10% up") << qint64(60000) << TaxCategory::Standard10 << RoundingMode::Up
                                << qint64(5455);
    QTest::newRow("NTA 10% half-up") << qint64(60000) << TaxCategory::Standard10 << RoundingMode::HalfUp
                                     << qint64(5455);
    // NTA Q&A: 40,000 × 8/108 = 2,962.96…
    QTest::newRow("NTA 8% down") << qint64(40000) << TaxCategory::Reduced8 << RoundingMode::Down
                                 << qint64(2962);
    QTest::newRow("NTA 8% half-up") << qint64(40000) << TaxCategory::Reduced8 << RoundingMode::HalfUp
                                    << qint64(2963);
    // 55 × 10/110 = 5 exactly; 1,111 × 10/110 = 101
    QTest::newRow("small exact") << qint64(55) << TaxCategory::Standard10 << RoundingMode::Up << qint64(5);
    QTest::newRow("exact 101") << qint64(1111) << TaxCategory::Standard10 << RoundingMode::Up << qint64(101);
    // 165 × 10/110 = 15; 160 × 10/110 = 14.54…
    QTest::newRow("half-up 14.54") << qint64(160) << TaxCategory::Standard10 << RoundingMode::HalfUp
                                   << qint64(15);
    QTest::newRow("exempt") << qint64(60000) << TaxCategory::Exempt << RoundingMode::Up << qint64(0);
    QTest::newRow("outside") << qint64(60000) << TaxCategory::OutsideScope << RoundingMode::Up << qint64(0);
    QTest::newRow("negative NTA down")
        << qint64(-60000) << TaxCategory::Standard10 << RoundingMode::Down << qint64(-5454);
}

void TestMoney::taxIncludedInTable()
{
    QFETCH(qint64, gross);
    QFETCH(TaxCategory, category);
    QFETCH(RoundingMode, mode);
    QFETCH(qint64, expected);
    QCOMPARE(taxIncludedIn(Yen(gross), category, mode), Yen(expected));
}

void TestMoney::ntaExampleTaxIncluded()
{
    // DOMAIN.md §2: a tax-included invoice with 60,000 yen at 10% and 40,000 yen at 8%, rounding down.
    const Yen tax10 = taxIncludedIn(Yen(60000), TaxCategory::Standard10, RoundingMode::Down);
    const Yen tax8 = taxIncludedIn(Yen(40000), TaxCategory::Reduced8, RoundingMode::Down);
    QCOMPARE(tax10, Yen(5454));
    QCOMPARE(tax8, Yen(2962));
    QCOMPARE(tax10 + tax8, Yen(8416));
}

void TestMoney::ntaExampleOncePerRate()
{
    // Three lines of 105 yen tax-excluded at 10%, rounding down.
    const QList<Yen> lines{Yen(105), Yen(105), Yen(105)};
    Yen netOfRate;
    Yen perLine;
    for (Yen line : lines) {
        netOfRate += line;
        perLine += taxOnExcluded(line, TaxCategory::Standard10, RoundingMode::Down);
    }
    QCOMPARE(netOfRate, Yen(315));
    QCOMPARE(taxOnExcluded(netOfRate, TaxCategory::Standard10, RoundingMode::Down), Yen(31)); // correct
    QCOMPARE(perLine, Yen(30));                                                               // not allowed
}

void TestMoney::creditNoteRoundsLikeInvoice()
{
    for (RoundingMode mode : {RoundingMode::Down, RoundingMode::Up, RoundingMode::HalfUp}) {
        for (qint64 amount : {1, 5, 105, 315, 1235, 60000, 40000, 99999}) {
            for (TaxCategory category : {TaxCategory::Standard10, TaxCategory::Reduced8}) {
                QCOMPARE(taxOnExcluded(Yen(-amount), category, mode),
                         -taxOnExcluded(Yen(amount), category, mode));
                QCOMPARE(taxIncludedIn(Yen(-amount), category, mode),
                         -taxIncludedIn(Yen(amount), category, mode));
            }
        }
    }
}

void TestMoney::taxOnHugeAmounts()
{
    // gross × 10 exceeds qint64; the 128-bit intermediate keeps it exact.
    QCOMPARE(taxOnExcluded(Yen(maxI64), TaxCategory::Standard10, RoundingMode::Down), Yen(maxI64 / 10));
    QCOMPARE(taxIncludedIn(Yen(maxI64), TaxCategory::Standard10, RoundingMode::Down), Yen(maxI64 / 11));
    QCOMPARE(taxIncludedIn(Yen(minI64), TaxCategory::Reduced8, RoundingMode::Down),
             Yen(-683212743470724133)); // −9,223,372,036,854,775,808 × 8/108 toward zero
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
