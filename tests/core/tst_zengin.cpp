#include "payments/BankStatement.h"
#include "payments/ZenginReader.h"
#include "payments/ZenginWriter.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace kaishu::payments;
using kaishu::money::Yen;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kaishu::payments::BankStatement)
Q_DECLARE_METATYPE(kaishu::payments::ZenginWriteOptions)
Q_DECLARE_METATYPE(kaishu::payments::ZenginWriteOptions::LineBreaks)
Q_DECLARE_METATYPE(kaishu::payments::ZenginDateStyle)

namespace {

// The test builds its files byte by byte from DOMAIN.md §5, independently of ZenginWriter, so that
// the reader is checked against the layout and not against the writer's idea of it.

// Half-width katakana and ASCII in JIS X 0201 bytes.
QByteArray jis(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF61 && u <= 0xFF9F)
            bytes.append(static_cast<char>(0xA1 + (u - 0xFF61)));
        else
            bytes.append(static_cast<char>(u));
    }
    return bytes;
}

struct At
{
    int position; // 1-based, as DOMAIN.md numbers bytes
    QByteArray value;
};

QByteArray record(char kind, const QList<At> &fields)
{
    QByteArray bytes(200, ' ');
    bytes[0] = kind;
    for (const At &field : fields)
        bytes.replace(field.position - 1, field.value.size(), field.value);
    return bytes;
}

QByteArray digits(qint64 value, int width)
{
    return QByteArray::number(value).rightJustified(width, '0');
}

QByteArray transferHeader(const QByteArray &created = "070401", const QByteArray &from = "070401",
                          const QByteArray &to = "070402", const QByteArray &account = "1234567")
{
    return record('1', {{2, "01"},
                        {4, "0"},
                        {5, created},
                        {11, from},
                        {17, to},
                        {23, "0001"},
                        {27, jis(u"ﾐｽﾞﾎ"_s)},
                        {42, "001"},
                        {45, jis(u"ﾎﾝﾃﾝ"_s)},
                        {60, "1"},
                        {61, account},
                        {68, jis(u"ｶ)ｶｲｼﾕ"_s)}});
}

QByteArray transferData(const QByteArray &inquiry, const QByteArray &date, qint64 amount,
                        const QString &payer, bool cancelled = false, const QByteArray &valueDate = {})
{
    return record('2', {{2, inquiry},
                        {8, date},
                        {14, valueDate.isEmpty() ? date : valueDate},
                        {20, digits(amount, 10)},
                        {30, digits(0, 10)},
                        {40, digits(0, 10)},
                        {50, jis(payer)},
                        {98, jis(u"ﾐﾂｲｽﾐﾄﾓ"_s)},
                        {113, jis(u"ｼﾌﾞﾔ"_s)},
                        {128, cancelled ? "1" : "0"}});
}

QByteArray transferTrailer(int count, qint64 total, int cancelledCount, qint64 cancelledTotal)
{
    return record('8', {{2, digits(count, 6)},
                        {8, digits(total, 12)},
                        {20, digits(cancelledCount, 6)},
                        {26, digits(cancelledTotal, 12)}});
}

QByteArray endRecord()
{
    return record('9', {});
}

QByteArray join(const QList<QByteArray> &records, const QByteArray &separator = "\r\n")
{
    QByteArray bytes;
    for (const QByteArray &r : records)
        bytes += r + separator;
    return bytes;
}

// A 振込入金通知 of 令和7/4/1–4/2: three transfers, the second cancelled by the bank.
QList<QByteArray> transferRecords()
{
    return {transferHeader(),
            transferData("000101", "070401", 110000, u"1234567 ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s),
            transferData("000102", "070401", 55000, u"ｶ)ｽｽﾞｷ"_s, true),
            transferData("000103", "070402", 32560, u"ﾀﾅｶ ﾀﾛｳ"_s, false, "070401"),
            transferTrailer(3, 197560, 1, 55000),
            endRecord()};
}

QByteArray accountHeader(const QByteArray &opening = "00000001000000", char sign = '1',
                         const QByteArray &account = "0001234567")
{
    return record('1', {{2, "03"},
                        {4, "0"},
                        {5, "070405"},
                        {11, "070401"},
                        {17, "070404"},
                        {23, "0005"},
                        {27, jis(u"ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ"_s)},
                        {42, "123"},
                        {45, jis(u"ｼﾝｼﾞﾕｸ"_s)},
                        {60, "000"},
                        {63, "2"},
                        {64, account},
                        {74, jis(u"ｶ)ｶｲｼﾕ"_s)},
                        {114, QByteArray(1, sign)},
                        {116, opening}});
}

QByteArray accountData(const QByteArray &inquiry, const QByteArray &date, char direction,
                       const QByteArray &kind, qint64 amount, const QString &payer = {},
                       const QString &memo = {})
{
    return record('2', {{2, inquiry},
                        {10, date},
                        {16, date},
                        {22, QByteArray(1, direction)},
                        {23, kind},
                        {25, digits(amount, 12)},
                        {37, digits(0, 12)},
                        {72, digits(0, 10)},
                        {82, jis(payer)},
                        {160, jis(memo)}});
}

QByteArray accountTrailer(int inCount, qint64 inTotal, int outCount, qint64 outTotal, qint64 closing)
{
    return record('8', {{2, digits(inCount, 6)},
                        {8, digits(inTotal, 13)},
                        {21, digits(outCount, 6)},
                        {27, digits(outTotal, 13)},
                        {40, closing < 0 ? "2" : "1"},
                        {41, digits(closing < 0 ? -closing : closing, 14)}});
}

// A 入出金取引明細 of 令和7/4/1–4/4 starting at 1,000,000 yen.
QList<QByteArray> accountRecords()
{
    return {accountHeader(),
            accountData("00000001", "070401", '1', "11", 88000, u"ｽｽﾞｷ ｲﾁﾛｳ"_s, u"ﾌﾘｺﾐ"_s),
            accountData("00000002", "070402", '2', "10", 30000, {}, u"ｹﾞﾝｷﾝ"_s),
            accountData("00000003", "070404", '1', "11", 440000, u"ｶ)ﾔﾏﾀﾞ"_s),
            accountTrailer(2, 528000, 1, 30000, 1498000),
            endRecord()};
}

// CCSID 290 (EBCDIC Japanese katakana) as IBM publishes it, for the characters the samples use.
QByteArray toEbcdic(const QByteArray &jisBytes)
{
    static const QHash<char16_t, uchar> table = [] {
        QHash<char16_t, uchar> t;
        for (int i = 0; i < 10; ++i)
            t.insert(char16_t(u'0' + i), uchar(0xF0 + i));
        for (int i = 0; i < 9; ++i) {
            t.insert(char16_t(u'A' + i), uchar(0xC1 + i));
            t.insert(char16_t(u'J' + i), uchar(0xD1 + i));
        }
        for (int i = 0; i < 8; ++i)
            t.insert(char16_t(u'S' + i), uchar(0xE2 + i));
        const QList<std::pair<char16_t, uchar>> others{
            {u' ', 0x40},  {u'(', 0x4D}, {u')', 0x5D}, {u'-', 0x60}, {u'.', 0x4B}, {u'\r', 0x0D},
            {u'\n', 0x25}, {u'ｱ', 0x81}, {u'ｲ', 0x82}, {u'ｳ', 0x83}, {u'ｴ', 0x84}, {u'ｵ', 0x85},
            {u'ｶ', 0x86},  {u'ｷ', 0x87}, {u'ｸ', 0x88}, {u'ｹ', 0x89}, {u'ｺ', 0x8A}, {u'ｻ', 0x8C},
            {u'ｼ', 0x8D},  {u'ｽ', 0x8E}, {u'ｾ', 0x8F}, {u'ｿ', 0x90}, {u'ﾀ', 0x91}, {u'ﾁ', 0x92},
            {u'ﾂ', 0x93},  {u'ﾃ', 0x94}, {u'ﾄ', 0x95}, {u'ﾅ', 0x96}, {u'ﾆ', 0x97}, {u'ﾇ', 0x98},
            {u'ﾈ', 0x99},  {u'ﾉ', 0x9A}, {u'ﾊ', 0x9D}, {u'ﾋ', 0x9E}, {u'ﾌ', 0x9F}, {u'ﾍ', 0xA2},
            {u'ﾎ', 0xA3},  {u'ﾏ', 0xA4}, {u'ﾐ', 0xA5}, {u'ﾑ', 0xA6}, {u'ﾒ', 0xA7}, {u'ﾓ', 0xA8},
            {u'ﾔ', 0xA9},  {u'ﾕ', 0xAA}, {u'ﾖ', 0xAC}, {u'ﾗ', 0xAD}, {u'ﾘ', 0xAE}, {u'ﾙ', 0xAF},
            {u'ﾚ', 0xBA},  {u'ﾛ', 0xBB}, {u'ﾜ', 0xBC}, {u'ﾝ', 0xBD}, {u'ﾞ', 0xBE}, {u'ﾟ', 0xBF},
            {u'ｰ', 0x58}};
        for (const auto &[unicode, ebcdic] : others)
            t.insert(unicode, ebcdic);
        return t;
    }();
    QByteArray result;
    for (const char byte : jisBytes) {
        const uchar b = static_cast<uchar>(byte);
        const char16_t unicode = b >= 0xA1 && b <= 0xDF ? char16_t(0xFF61 + (b - 0xA1)) : char16_t(b);
        if (!table.contains(unicode))
            qFatal("toEbcdic: no table entry for %04x", unsigned(unicode));
        result.append(static_cast<char>(table.value(unicode)));
    }
    return result;
}

QStringList describe(const QList<StatementProblem> &problems)
{
    QStringList lines;
    for (const StatementProblem &problem : problems)
        lines << problem.toString();
    return lines;
}

bool hasProblem(const StatementReadResult &result, int record, const QString &field)
{
    for (const StatementProblem &problem : result.problems) {
        if (problem.record == record && problem.field == field)
            return true;
    }
    return false;
}

BankStatement sampleTransferStatement()
{
    BankStatement statement;
    statement.format = StatementFormat::ZenginTransferNotice;
    statement.created = QDate(2025, 4, 1);
    statement.from = QDate(2025, 4, 1);
    statement.to = QDate(2025, 4, 2);
    statement.account = {u"0001"_s, u"ﾐｽﾞﾎ"_s, u"001"_s, u"ﾎﾝﾃﾝ"_s, 1, u"1234567"_s, u"ｶ)ｶｲｼﾕ"_s};
    const auto line = [](int record, const QString &inquiry, QDate date, QDate value, qint64 amount,
                         const QString &payer, bool cancelled) {
        StatementLine l;
        l.recordNumber = record;
        l.inquiryNumber = inquiry;
        l.accountDate = date;
        l.valueDate = value;
        l.amount = Yen(amount);
        l.payerName = payer;
        l.sendingBank = u"ﾐﾂｲｽﾐﾄﾓ"_s;
        l.sendingBranch = u"ｼﾌﾞﾔ"_s;
        l.cancelled = cancelled;
        return l;
    };
    statement.lines = {
        line(2, u"000101"_s, QDate(2025, 4, 1), QDate(2025, 4, 1), 110000, u"1234567 ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, false),
        line(3, u"000102"_s, QDate(2025, 4, 1), QDate(2025, 4, 1), 55000, u"ｶ)ｽｽﾞｷ"_s, true),
        line(4, u"000103"_s, QDate(2025, 4, 2), QDate(2025, 4, 1), 32560, u"ﾀﾅｶ ﾀﾛｳ"_s, false)};
    return statement;
}

} // namespace

class TestZengin : public QObject
{
    Q_OBJECT

private slots:
    void transferNotice_data();
    void transferNotice();
    void accountStatement();
    void negativeBalances();
    void severalAccounts();
    void ebcdic();
    void eraDates_data();
    void eraDates();
    void corrections();
    void trailerMismatch_data();
    void trailerMismatch();
    void recordProblems_data();
    void recordProblems();
    void problemText();
    void problemsAreCapped();
    void looksLikeZengin_data();
    void looksLikeZengin();
    void writerReproducesFile_data();
    void writerReproducesFile();
    void roundTrip_data();
    void roundTrip();
    void writerRefuses_data();
    void writerRefuses();
    void mutationsNeverCrash();
    void fuzzSeedsAreSound();
};

void TestZengin::transferNotice_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QList<QByteArray> records = transferRecords();
    QTest::newRow("CRLF") << join(records);
    QTest::newRow("LF") << join(records, "\n");
    QTest::newRow("stream") << join(records, {});
    QTest::newRow("CRLF, EOF mark") << join(records) + '\x1a';
    QTest::newRow("stream, EOF mark") << join(records, {}) + '\x1a';
    QTest::newRow("trailing blank lines") << join(records) + "\r\n" + QByteArray(10, ' ') + "\r\n";
    QTest::newRow("no final line break") << join(records).chopped(2);
    QTest::newRow("stream, blank padding") << join(records, {}) + QByteArray(400, ' ');
}

void TestZengin::transferNotice()
{
    QFETCH(QByteArray, bytes);
    const StatementReadResult result = ZenginReader::read(bytes);
    QVERIFY2(result.ok(), qPrintable(describe(result.problems).join(u'\n')));
    QCOMPARE(result.statements.size(), 1);
    const BankStatement &statement = result.statements.first();
    const BankStatement expected = sampleTransferStatement();
    QCOMPARE(statement.format, StatementFormat::ZenginTransferNotice);
    QCOMPARE(statement.created, QDate(2025, 4, 1)); // 令和7
    QCOMPARE(statement.account, expected.account);
    QCOMPARE(statement.lines.size(), 3);
    for (qsizetype i = 0; i < 3; ++i)
        QCOMPARE(statement.lines.at(i), expected.lines.at(i));
    QVERIFY(!statement.openingBalance);
    QVERIFY(!statement.closingBalance);
}

void TestZengin::accountStatement()
{
    const StatementReadResult result = ZenginReader::read(join(accountRecords()));
    QVERIFY2(result.ok(), qPrintable(describe(result.problems).join(u'\n')));
    const BankStatement &statement = result.statements.first();
    QCOMPARE(statement.format, StatementFormat::ZenginAccountStatement);
    QCOMPARE(statement.account.accountNumber, u"1234567"_s); // N10 cut to the bank's 7 digits
    QCOMPARE(statement.account.depositKind, 2);
    QCOMPARE(statement.account.bankName, u"ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ"_s);
    QCOMPARE(statement.from, QDate(2025, 4, 1));
    QCOMPARE(statement.to, QDate(2025, 4, 4));
    QCOMPARE(statement.openingBalance, std::optional<Yen>(Yen(1000000)));
    QCOMPARE(statement.closingBalance, std::optional<Yen>(Yen(1498000)));
    QCOMPARE(statement.lines.size(), 3);
    QCOMPARE(statement.lines.at(0).incoming, true);
    QCOMPARE(statement.lines.at(0).transactionKind, u"11"_s);
    QCOMPARE(statement.lines.at(0).memo, u"ﾌﾘｺﾐ"_s);
    QCOMPARE(statement.lines.at(0).inquiryNumber, u"00000001"_s);
    QCOMPARE(statement.lines.at(1).incoming, false);
    QCOMPARE(statement.lines.at(1).amount, Yen(30000));
    QCOMPARE(statement.lines.at(1).payerName, QString());
    QCOMPARE(statement.lines.at(2).payerName, u"ｶ)ﾔﾏﾀﾞ"_s);
    QCOMPARE(statement.lines.at(2).recordNumber, 4);

    // A ten-digit account number that does not start with 000 is kept whole.
    QList<QByteArray> records = accountRecords();
    records[0] = accountHeader("00000001000000", '1', "9876543210");
    const StatementReadResult whole = ZenginReader::read(join(records));
    QVERIFY(whole.ok());
    QCOMPARE(whole.statements.first().account.accountNumber, u"9876543210"_s);
}

void TestZengin::negativeBalances()
{
    // An overdrawn account: 貸越区分 2 before, and still minus after.
    const QByteArray bytes = join({accountHeader("00000000050000", '2'),
                                   accountData("00000001", "070401", '1', "11", 20000, u"ｱ"_s),
                                   accountTrailer(1, 20000, 0, 0, -30000), endRecord()});
    const StatementReadResult result = ZenginReader::read(bytes);
    QVERIFY2(result.ok(), qPrintable(describe(result.problems).join(u'\n')));
    QCOMPARE(result.statements.first().openingBalance, std::optional<Yen>(Yen(-50000)));
    QCOMPARE(result.statements.first().closingBalance, std::optional<Yen>(Yen(-30000)));
}

void TestZengin::severalAccounts()
{
    QList<QByteArray> records = transferRecords();
    records.removeLast(); // the end record comes after the second group
    records +=
        {transferHeader("070401", "070401", "070402", "7654321"),
         transferData("000201", "070402", 9000, u"ｻﾄｳ"_s), transferTrailer(1, 9000, 0, 0), endRecord()};
    for (const QByteArray &separator : {QByteArray("\r\n"), QByteArray()}) {
        const StatementReadResult result = ZenginReader::read(join(records, separator));
        QVERIFY2(result.ok(), qPrintable(describe(result.problems).join(u'\n')));
        QCOMPARE(result.statements.size(), 2);
        QCOMPARE(result.statements.at(0).account.accountNumber, u"1234567"_s);
        QCOMPARE(result.statements.at(0).lines.size(), 3);
        QCOMPARE(result.statements.at(1).account.accountNumber, u"7654321"_s);
        QCOMPARE(result.statements.at(1).lines.size(), 1);
        QCOMPARE(result.statements.at(1).lines.first().recordNumber, 7);
    }
}

void TestZengin::ebcdic()
{
    QList<QByteArray> records = transferRecords();
    records[0][3] = '1'; // コード区分 1: EBCDIC
    const StatementReadResult jisResult = ZenginReader::read(join(transferRecords()));
    QVERIFY(jisResult.ok());
    for (const QByteArray &separator : {QByteArray("\r\n"), QByteArray()}) {
        const QByteArray bytes = toEbcdic(join(records, separator));
        QCOMPARE(static_cast<uchar>(bytes.at(0)), uchar(0xF1));
        QVERIFY(ZenginReader::looksLikeZengin(bytes));
        const StatementReadResult result = ZenginReader::read(bytes);
        QVERIFY2(result.ok(), qPrintable(describe(result.problems).join(u'\n')));
        QCOMPARE(result.statements.first().account, jisResult.statements.first().account);
        QCOMPARE(result.statements.first().lines, jisResult.statements.first().lines);
    }

    // A header that says EBCDIC on a JIS file is a problem, and so is a byte CCSID 290 does not have.
    const StatementReadResult mismatch = ZenginReader::read(join(records));
    QVERIFY(hasProblem(mismatch, 1, u"コード区分"_s));
    QByteArray unmapped = toEbcdic(join(records));
    unmapped[202 + 49] = char(0x57); // no character at 0x57 in CCSID 290; in the first payer name
    const StatementReadResult bad = ZenginReader::read(unmapped);
    QVERIFY(!bad.ok());
    QVERIFY(hasProblem(bad, 2, u"振込依頼人名"_s));
    QVERIFY2(bad.problems.first().problem.contains(u"0x57"_s), qPrintable(bad.problems.first().problem));

    // The writer's EBCDIC reads back the same.
    ZenginWriteOptions options;
    options.ebcdic = true;
    const auto written = ZenginWriter::write(jisResult.statements, options);
    QVERIFY(written);
    QCOMPARE(*written, toEbcdic(join(records)));
}

void TestZengin::eraDates_data()
{
    QTest::addColumn<ZenginDateStyle>("style");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QByteArray>("created");
    QTest::addColumn<QByteArray>("accountDate");
    QTest::addColumn<QDate>("expectedCreated");
    QTest::addColumn<QDate>("expectedAccountDate");

    const auto era = ZenginDateStyle::JapaneseEra;
    const auto autoStyle = ZenginDateStyle::Auto;
    QTest::newRow("令和7") << era << QDate() << QByteArray("070405") << QByteArray("070401")
                           << QDate(2025, 4, 5) << QDate(2025, 4, 1);
    QTest::newRow("令和元年") << era << QDate() << QByteArray("010510") << QByteArray("010501")
                              << QDate(2019, 5, 10) << QDate(2019, 5, 1);
    // Created in 令和1, accounts of the last days of 平成31.
    QTest::newRow("平成31 in a 令和1 file") << era << QDate() << QByteArray("010507") << QByteArray("310426")
                                            << QDate(2019, 5, 7) << QDate(2019, 4, 26);
    // 310430 is no 令和 date (令和31 would be 2049, far from 2019): 平成 by nearness.
    QTest::newRow("平成31/4/30 before 令和") << era << QDate() << QByteArray("010501") << QByteArray("310430")
                                             << QDate(2019, 5, 1) << QDate(2019, 4, 30);
    // 010401: 令和1 had not begun on 4/1, so only 平成1 (1989) is a reading.
    QTest::newRow("平成1 only") << era << QDate() << QByteArray("010401") << QByteArray("010401")
                                << QDate(1989, 4, 1) << QDate(1989, 4, 1);
    QTest::newRow("平成30 by reference") << era << QDate(2018, 6, 1) << QByteArray("300401")
                                         << QByteArray("300331") << QDate(2018, 4, 1) << QDate(2018, 3, 31);
    QTest::newRow("令和30 without reference")
        << era << QDate() << QByteArray("300401") << QByteArray("300331") << QDate(2048, 4, 1)
        << QDate(2048, 3, 31);
    QTest::newRow("Western") << ZenginDateStyle::Western << QDate() << QByteArray("250405")
                             << QByteArray("250401") << QDate(2025, 4, 5) << QDate(2025, 4, 1);
    QTest::newRow("auto: Western year") << autoStyle << QDate(2026, 11, 1) << QByteArray("261101")
                                        << QByteArray("261031") << QDate(2026, 11, 1) << QDate(2026, 10, 31);
    QTest::newRow("auto: 令和 year") << autoStyle << QDate(2026, 11, 1) << QByteArray("081101")
                                     << QByteArray("081031") << QDate(2026, 11, 1) << QDate(2026, 10, 31);
    QTest::newRow("auto without reference: era")
        << autoStyle << QDate() << QByteArray("081101") << QByteArray("081031") << QDate(2026, 11, 1)
        << QDate(2026, 10, 31);
}

void TestZengin::eraDates()
{
    QFETCH(ZenginDateStyle, style);
    QFETCH(QDate, reference);
    QFETCH(QByteArray, created);
    QFETCH(QByteArray, accountDate);
    QFETCH(QDate, expectedCreated);
    QFETCH(QDate, expectedAccountDate);
    const QByteArray bytes = join({transferHeader(created, accountDate, accountDate),
                                   transferData("000001", accountDate, 1000, u"ｱ"_s),
                                   transferTrailer(1, 1000, 0, 0), endRecord()});
    const StatementReadResult result = ZenginReader::read(bytes, {style, reference});
    QVERIFY2(result.ok(), qPrintable(describe(result.problems).join(u'\n')));
    QCOMPARE(result.statements.first().created, expectedCreated);
    QCOMPARE(result.statements.first().from, expectedAccountDate);
    QCOMPARE(result.statements.first().lines.first().accountDate, expectedAccountDate);

    // The writer writes the date back the same way.
    ZenginWriteOptions options;
    options.dateStyle =
        style == ZenginDateStyle::Western || (style == ZenginDateStyle::Auto && created.startsWith("26"))
            ? ZenginDateStyle::Western
            : ZenginDateStyle::JapaneseEra;
    const auto written = ZenginWriter::write(result.statements, options);
    QVERIFY(written);
    QCOMPARE(written->mid(4, 6), created);
    QCOMPARE(written->mid(202 + 7, 6), accountDate);
}

void TestZengin::corrections()
{
    // A transfer of 88,000 booked by mistake and reversed by a 19 correction the same day; then a
    // correction whose original was in an earlier file.
    const QByteArray bytes =
        join({accountHeader(), accountData("00000001", "070401", '1', "11", 88000, u"ｽｽﾞｷ"_s),
              accountData("00000002", "070401", '2', "19", 88000, {}, u"ﾃｲｾｲ"_s),
              accountData("00000003", "070402", '1', "11", 88000, u"ｽｽﾞｷ"_s),
              accountData("00000004", "070403", '2', "19", 5000),
              accountTrailer(2, 176000, 2, 93000, 1083000), endRecord()});
    const StatementReadResult result = ZenginReader::read(bytes);
    QVERIFY2(result.ok(), qPrintable(describe(result.problems).join(u'\n')));
    const QList<StatementLine> &lines = result.statements.first().lines;
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).cancelled);
    QVERIFY(lines.at(1).cancelled);
    QVERIFY(!lines.at(2).cancelled); // the real transfer
    QVERIFY(!lines.at(3).cancelled); // unpaired: real money left the account
    QCOMPARE(lines.at(3).transactionKind, u"19"_s);
}

void TestZengin::trailerMismatch_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("field");
    const auto transfer = [](const QByteArray &trailer) {
        QList<QByteArray> records = transferRecords();
        records[4] = trailer;
        return join(records);
    };
    QTest::newRow("01 件数") << transfer(transferTrailer(4, 197560, 1, 55000)) << u"件数"_s;
    QTest::newRow("01 合計金額") << transfer(transferTrailer(3, 197561, 1, 55000)) << u"合計金額"_s;
    // The total without the cancelled transfer is not what the bank counts.
    QTest::newRow("01 合計金額 without cancelled")
        << transfer(transferTrailer(3, 142560, 1, 55000)) << u"合計金額"_s;
    QTest::newRow("01 取消件数") << transfer(transferTrailer(3, 197560, 0, 55000)) << u"取消件数"_s;
    QTest::newRow("01 取消合計金額") << transfer(transferTrailer(3, 197560, 1, 5500)) << u"取消合計金額"_s;
    const auto account = [](const QByteArray &trailer) {
        QList<QByteArray> records = accountRecords();
        records[4] = trailer;
        return join(records);
    };
    QTest::newRow("03 入金件数") << account(accountTrailer(3, 528000, 1, 30000, 1498000)) << u"入金件数"_s;
    QTest::newRow("03 入金額合計") << account(accountTrailer(2, 528001, 1, 30000, 1498000))
                                   << u"入金額合計"_s;
    QTest::newRow("03 出金件数") << account(accountTrailer(2, 528000, 0, 30000, 1498000)) << u"出金件数"_s;
    QTest::newRow("03 出金額合計") << account(accountTrailer(2, 528000, 1, 3000, 1498000)) << u"出金額合計"_s;
    QTest::newRow("03 取引後残高") << account(accountTrailer(2, 528000, 1, 30000, 1497000))
                                   << u"取引後残高"_s;
    QTest::newRow("03 取引後残高 sign")
        << account(accountTrailer(2, 528000, 1, 30000, -1498000)) << u"取引後残高"_s;
}

void TestZengin::trailerMismatch()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, field);
    const StatementReadResult result = ZenginReader::read(bytes);
    QVERIFY(!result.ok());
    QVERIFY(result.statements.isEmpty());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().record, 5);
    QCOMPARE(result.problems.first().field, field);
}

void TestZengin::recordProblems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("record");
    QTest::addColumn<QString>("field");

    const QList<QByteArray> good = transferRecords();
    const auto with = [&good](int index, const QByteArray &replacement,
                              const QByteArray &separator = "\r\n") {
        QList<QByteArray> records = good;
        records[index] = replacement;
        return join(records, separator);
    };
    const auto patched = [&good](int index, int position, const QByteArray &value) {
        QList<QByteArray> records = good;
        records[index].replace(position - 1, value.size(), value);
        return join(records);
    };

    QTest::newRow("empty file") << QByteArray() << 0 << QString();
    QTest::newRow("only line breaks") << QByteArray("\r\n\r\n") << 0 << QString();
    QTest::newRow("garbage") << QByteArray("hello, world\nthis is not a bank file\n") << 1 << u"データ区分"_s;
    QTest::newRow("binary garbage") << QByteArray(1000, '\xff') << 1 << u"データ区分"_s;
    QTest::newRow("short record") << with(2, good.at(2).left(150)) << 3 << QString();
    QTest::newRow("long record") << with(2, good.at(2) + "XX") << 3 << QString();
    QTest::newRow("short last record in a stream") << join(good, {}).chopped(50) << 6 << QString();
    QTest::newRow("金額 not a number") << patched(1, 24, "12a4") << 2 << u"金額"_s;
    QTest::newRow("金額 with spaces") << patched(1, 20, "   1100000") << 2 << u"金額"_s;
    QTest::newRow("金額 zero") << patched(1, 20, "0000000000") << 2 << u"金額"_s;
    QTest::newRow("うち他店券金額 above 金額") << patched(1, 30, "0000999999") << 2 << u"うち他店券金額"_s;
    QTest::newRow("勘定日 month 13") << patched(1, 8, "071301") << 2 << u"勘定日"_s;
    QTest::newRow("勘定日 letters") << patched(1, 8, "07O401") << 2 << u"勘定日"_s;
    QTest::newRow("勘定日 outside range") << patched(1, 8, "070403") << 2 << u"勘定日"_s;
    QTest::newRow("起算日 Feb 30") << patched(1, 14, "070230") << 2 << u"起算日"_s;
    QTest::newRow("作成日 zeros") << patched(0, 5, "000000") << 1 << u"作成日"_s;
    QTest::newRow("勘定日(至) before (自)") << patched(0, 17, "070331") << 1 << u"勘定日(至)"_s;
    QTest::newRow("照会番号 letters") << patched(1, 2, "00A101") << 2 << u"照会番号"_s;
    QTest::newRow("銀行コード letters") << patched(0, 23, "00X1") << 1 << u"銀行コード"_s;
    QTest::newRow("口座番号 blank") << patched(0, 61, "       ") << 1 << u"口座番号"_s;
    QTest::newRow("預金種目 3") << patched(0, 60, "3") << 1 << u"預金種目"_s;
    QTest::newRow("種別コード 21") << patched(0, 2, "21") << 1 << u"種別コード"_s;
    QTest::newRow("コード区分 5") << patched(0, 4, "5") << 1 << u"コード区分"_s;
    QTest::newRow("取消区分 7") << patched(1, 128, "7") << 2 << u"取消区分"_s;
    QTest::newRow("振込依頼人名 control byte")
        << patched(1, 55, QByteArray(1, '\x07')) << 2 << u"振込依頼人名"_s;
    QTest::newRow("振込依頼人名 byte 0x80")
        << patched(1, 55, QByteArray(1, '\x80')) << 2 << u"振込依頼人名"_s;
    QTest::newRow("件数 letters") << patched(4, 2, "00000X") << 5 << u"件数"_s;
    QTest::newRow("unknown record type") << with(2, "7" + good.at(2).mid(1)) << 3 << u"データ区分"_s;
    QTest::newRow("missing trailer") << join({good.at(0), good.at(1), good.at(5)}) << 3 << u"データ区分"_s;
    QTest::newRow("missing trailer before next header")
        << join({good.at(0), good.at(1), good.at(0), good.at(1), good.at(2), good.at(3), good.at(4),
                 good.at(5)})
        << 3 << u"データ区分"_s;
    QTest::newRow("missing end") << join(good.mid(0, 5)) << 0 << u"データ区分"_s;
    QTest::newRow("missing trailer and end") << join(good.mid(0, 4)) << 0 << u"データ区分"_s;
    QTest::newRow("record after end") << join(good + QList<QByteArray>{good.at(1)}) << 7 << u"データ区分"_s;
    QTest::newRow("data before header")
        << join({good.at(0), good.at(1), good.at(2), good.at(3), good.at(4), good.at(1), good.at(5)}) << 6
        << u"データ区分"_s;
    QTest::newRow("trailer without header")
        << join({good.at(0), good.at(1), good.at(2), good.at(3), good.at(4), good.at(4), good.at(5)}) << 6
        << u"データ区分"_s;
    QList<QByteArray> account = accountRecords();
    account[1].replace(21, 1, "3");
    QTest::newRow("03 入払区分 3") << join(account) << 2 << u"入払区分"_s;
    account = accountRecords();
    account[0].replace(113, 1, "X");
    QTest::newRow("03 貸越区分 X") << join(account) << 1 << u"貸越区分"_s;
    account = accountRecords();
    account[2].replace(24, 12, "00000003000 ");
    QTest::newRow("03 取引金額 trailing space") << join(account) << 3 << u"取引金額"_s;
}

void TestZengin::recordProblems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, record);
    QFETCH(QString, field);
    const StatementReadResult result = ZenginReader::read(bytes);
    QVERIFY(!result.ok());
    QVERIFY(result.statements.isEmpty());
    QVERIFY(!result.problems.isEmpty());
    QVERIFY2(hasProblem(result, record, field), qPrintable(describe(result.problems).join(u'\n')));
    for (const StatementProblem &problem : result.problems)
        QVERIFY(!problem.problem.isEmpty());
}

void TestZengin::problemText()
{
    QList<QByteArray> records = transferRecords();
    records[2].replace(19, 10, "000012a400");
    const StatementReadResult result = ZenginReader::read(join(records));
    QCOMPARE(describe(result.problems), QStringList{u"record 3, 金額: not a number: \"000012a400\""_s});
    // 件数 still adds up (three data records), the money is not compared once a record is unreadable.
    StatementProblem line{5, u"入金額"_s, u"not an amount: \"x\""_s};
    line.unit = StatementProblem::Unit::Line;
    QCOMPARE(line.toString(), u"line 5, 入金額: not an amount: \"x\""_s);
    QCOMPARE((StatementProblem{0, {}, u"the file is empty"_s}.toString()), u"the file is empty"_s);
}

void TestZengin::problemsAreCapped()
{
    QList<QByteArray> records{transferHeader()};
    for (int i = 0; i < 500; ++i)
        records << transferData("000001", "07X401", 1000, u"ｱ"_s);
    records << transferTrailer(500, 500000, 0, 0) << endRecord();
    const StatementReadResult result = ZenginReader::read(join(records));
    QCOMPARE(result.problems.size(), ZenginReader::MaxProblems);
    QVERIFY(result.problems.last().problem.contains(u"more than"_s));
    QVERIFY(result.statements.isEmpty());
}

void TestZengin::looksLikeZengin_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("expected");
    QTest::newRow("01") << join(transferRecords()) << true;
    QTest::newRow("03 stream") << join(accountRecords(), {}) << true;
    QTest::newRow("header only") << transferHeader() << true;
    QTest::newRow("CSV") << QByteArray("日付,摘要,入金額\r\n2025/04/01,ﾔﾏﾀﾞ,1000\r\n") << false;
    QTest::newRow("numeric CSV") << QByteArray("1030405123,1,2\n") << false;
    QTest::newRow("総合振込 21") << QByteArray("121" + QByteArray(197, '0')) << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestZengin::looksLikeZengin()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, expected);
    QCOMPARE(ZenginReader::looksLikeZengin(bytes), expected);
}

void TestZengin::writerReproducesFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ZenginWriteOptions::LineBreaks>("lineBreaks");
    QTest::newRow("01 CRLF") << join(transferRecords()) << ZenginWriteOptions::LineBreaks::Crlf;
    QTest::newRow("01 stream") << join(transferRecords(), {}) << ZenginWriteOptions::LineBreaks::None;
    QTest::newRow("03 CRLF") << join(accountRecords()) << ZenginWriteOptions::LineBreaks::Crlf;
    QTest::newRow("03 LF") << join(accountRecords(), "\n") << ZenginWriteOptions::LineBreaks::Lf;
}

void TestZengin::writerReproducesFile()
{
    // The hand-built files follow the layout's conventions to the byte, so the writer must write them
    // exactly: trailer counts and totals, zero-filled and space-filled fields, the end record.
    QFETCH(QByteArray, bytes);
    QFETCH(ZenginWriteOptions::LineBreaks, lineBreaks);
    const StatementReadResult result = ZenginReader::read(bytes);
    QVERIFY(result.ok());
    ZenginWriteOptions options;
    options.lineBreaks = lineBreaks;
    QString error;
    const auto written = ZenginWriter::write(result.statements, options, &error);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(*written, bytes);
}

void TestZengin::roundTrip_data()
{
    QTest::addColumn<BankStatement>("statement");
    QTest::addColumn<ZenginWriteOptions>("options");

    const BankStatement transfer = sampleTransferStatement();
    ZenginWriteOptions crlf;
    ZenginWriteOptions stream;
    stream.lineBreaks = ZenginWriteOptions::LineBreaks::None;
    ZenginWriteOptions ebcdic;
    ebcdic.ebcdic = true;
    QTest::newRow("01 CRLF") << transfer << crlf;
    QTest::newRow("01 stream") << transfer << stream;
    QTest::newRow("01 EBCDIC") << transfer << ebcdic;

    BankStatement account;
    account.format = StatementFormat::ZenginAccountStatement;
    account.created = QDate(2026, 3, 2);
    account.from = QDate(2026, 2, 27);
    account.to = QDate(2026, 3, 2);
    account.account = {u"0009"_s, u"ﾐﾂｲｽﾐﾄﾓ"_s, u"250"_s, u"ﾋﾞｼﾞﾈｽ"_s, 1, u"0042424"_s, u"ﾕ)ﾃｽﾄ"_s};
    account.openingBalance = Yen(12345);
    StatementLine in;
    in.recordNumber = 2;
    in.inquiryNumber = u"12345678"_s;
    in.accountDate = QDate(2026, 2, 27);
    in.valueDate = QDate(2026, 2, 26);
    in.amount = Yen(999999999999);
    in.transactionKind = u"11"_s;
    in.payerCode = u"0000012345"_s;
    in.payerName = u"ｶ)ｴｰﾋﾞｰｼｰ ｼﾖｳｼﾞ ﾄｳｷﾖｳ(ｴｲ"_s;
    in.sendingBank = u"ﾐｽﾞﾎ"_s;
    in.sendingBranch = u"ﾏﾙﾉｳﾁ"_s;
    in.memo = u"ﾌﾘｺﾐ"_s;
    in.ediInfo = u"INV-2026-0042"_s;
    StatementLine out = in;
    out.recordNumber = 3;
    out.inquiryNumber = u"12345679"_s;
    out.incoming = false;
    out.amount = Yen(440);
    out.transactionKind = u"18"_s;
    out.payerCode.clear();
    out.payerName.clear();
    out.ediInfo.clear();
    account.lines = {in, out};
    account.closingBalance = Yen(12345 + 999999999999 - 440);
    QTest::newRow("03 CRLF") << account << crlf;
    QTest::newRow("03 stream") << account << stream;
    QTest::newRow("03 EBCDIC") << account << ebcdic;
}

void TestZengin::roundTrip()
{
    QFETCH(BankStatement, statement);
    QFETCH(ZenginWriteOptions, options);
    QString error;
    const auto bytes = ZenginWriter::write(statement, options, &error);
    QVERIFY2(bytes, qPrintable(error));
    QCOMPARE(bytes->size() % (options.lineBreaks == ZenginWriteOptions::LineBreaks::None ? 200 : 202), 0);
    const StatementReadResult result = ZenginReader::read(*bytes);
    QVERIFY2(result.ok(), qPrintable(describe(result.problems).join(u'\n')));
    QCOMPARE(result.statements.size(), 1);
    const BankStatement &read = result.statements.first();
    QCOMPARE(read.format, statement.format);
    QCOMPARE(read.created, statement.created);
    QCOMPARE(read.from, statement.from);
    QCOMPARE(read.to, statement.to);
    QCOMPARE(read.account, statement.account);
    QCOMPARE(read.openingBalance, statement.openingBalance);
    QCOMPARE(read.closingBalance, statement.closingBalance);
    QCOMPARE(read.lines.size(), statement.lines.size());
    for (qsizetype i = 0; i < read.lines.size(); ++i)
        QCOMPARE(read.lines.at(i), statement.lines.at(i));
}

void TestZengin::writerRefuses_data()
{
    QTest::addColumn<BankStatement>("statement");
    QTest::addColumn<QString>("field");
    const BankStatement good = sampleTransferStatement();
    BankStatement s = good;
    s.lines[0].payerName = u"山田商事"_s;
    QTest::newRow("kanji") << s << u"振込依頼人名"_s;
    s = good;
    s.lines[0].payerName = QString(49, u'ｱ');
    QTest::newRow("49 bytes") << s << u"振込依頼人名"_s;
    s = good;
    s.lines[0].amount = Yen(10000000000);
    QTest::newRow("beyond N10") << s << u"金額"_s;
    s = good;
    s.lines[0].incoming = false;
    QTest::newRow("01 withdrawal") << s << u"金額"_s;
    s = good;
    s.created = QDate(1980, 1, 1);
    QTest::newRow("before 平成") << s << u"作成日"_s;
    s = good;
    s.account.accountNumber = u"12345678"_s;
    QTest::newRow("account number of 8") << s << u"口座番号"_s;
}

void TestZengin::writerRefuses()
{
    QFETCH(BankStatement, statement);
    QFETCH(QString, field);
    QString error;
    QVERIFY(!ZenginWriter::write(statement, {}, &error));
    QVERIFY2(error.contains(field), qPrintable(error));
}

void TestZengin::mutationsNeverCrash()
{
    // A small deterministic fuzz run inside the unit tests (tests/fuzz has the real one): flipped,
    // inserted and deleted bytes must give problems or a statement that writes and reads back the same.
    QRandomGenerator random(20250401);
    const QList<QByteArray> seeds{join(transferRecords()), join(accountRecords(), {}),
                                  join(accountRecords(), "\n")};
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = seeds.at(round % seeds.size());
        const int edits = 1 + int(random.bounded(4));
        for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
            const qsizetype at = random.bounded(bytes.size());
            switch (random.bounded(4)) {
            case 0:
                bytes[at] = static_cast<char>(random.bounded(256));
                break;
            case 1:
                bytes[at] = static_cast<char>('0' + random.bounded(10));
                break;
            case 2:
                bytes.insert(at, static_cast<char>(random.bounded(256)));
                break;
            default:
                bytes.remove(at, 1 + random.bounded(3));
                break;
            }
        }
        const StatementReadResult result = ZenginReader::read(bytes);
        QVERIFY(result.problems.isEmpty() != result.statements.isEmpty());
        QVERIFY(result.problems.size() <= ZenginReader::MaxProblems);
        if (!result.ok())
            continue;
        ++accepted;
        const auto written = ZenginWriter::write(result.statements);
        QVERIFY(written);
        const StatementReadResult again = ZenginReader::read(*written);
        QVERIFY(again.ok());
        QCOMPARE(again.statements.size(), result.statements.size());
        for (qsizetype i = 0; i < again.statements.size(); ++i) {
            const BankStatement &first = result.statements.at(i);
            const BankStatement &second = again.statements.at(i);
            QCOMPARE(second.format, first.format);
            QCOMPARE(second.account, first.account);
            QCOMPARE(second.created, first.created);
            QCOMPARE(second.from, first.from);
            QCOMPARE(second.to, first.to);
            QCOMPARE(second.openingBalance, first.openingBalance);
            QCOMPARE(second.closingBalance, first.closingBalance);
            QCOMPARE(second.lines, first.lines);
        }
    }
    // Some mutations (a digit in a text field, a changed name) leave the file sound.
    QVERIFY(accepted > 0);
}

void TestZengin::fuzzSeedsAreSound()
{
    // The seeds of tests/fuzz must be files the reader accepts, or the fuzzer starts from nothing.
    const QDir seeds(QStringLiteral(KAISHU_TEST_DATA_DIR "/../fuzz/corpus/zengin"));
    const QStringList names = seeds.entryList(QDir::Files);
    QVERIFY(names.size() >= 4);
    for (const QString &name : names) {
        QFile file(seeds.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const StatementReadResult result = ZenginReader::read(file.readAll());
        QVERIFY2(result.ok(), qPrintable(name + u": "_s + describe(result.problems).join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestZengin)
#include "tst_zengin.moc"
