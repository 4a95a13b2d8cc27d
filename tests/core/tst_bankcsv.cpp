#include "io/TextEncoding.h"
#include "payments/BankCsvReader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace kaishu;
using namespace kaishu::payments;
using kaishu::money::Yen;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kaishu::payments::CsvMapping)
Q_DECLARE_METATYPE(kaishu::io::TextEncoding)

namespace {

QByteArray encoded(const QString &text, io::TextEncoding encoding)
{
    QString error;
    const auto bytes = io::encode(text, encoding, &error);
    if (!bytes)
        qFatal("cannot encode the test file: %s", qPrintable(error));
    return *bytes;
}

QStringList describe(const QList<StatementProblem> &problems)
{
    QStringList lines;
    for (const StatementProblem &problem : problems)
        lines << problem.toString();
    return lines;
}

// Three layouts as Japanese banks export them (made up, but in their usual shapes).

// Deposit and withdrawal columns, newest first, Shift_JIS, a title row above the header.
const QString TwoColumnsNewestFirst = uR"(口座番号：普通 1234567 カイシュウ(カ
日付,摘要,お引出し金額,お預り金額,差引残高,メモ
2025/04/03,振込 ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ,,"110,000","1,282,560",
2025/04/02,カード,"30,000",,"1,172,560",家賃
2025/04/01,振込 ﾀﾅｶ ﾀﾛｳ,,"32,560","1,202,560",
)"_s;

// One signed amount column, era dates, UTF-8 with BOM, quoted everything.
const QString SignedAmountEraDates = uR"("取引日","起算日","金額","振込依頼人名","照会番号","摘要","残高"
"R7.4.1","R7.3.31","¥110,000","ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ","000101","振込","1,110,000"
"令和7年4月2日","","-440","","000102","手数料","1,109,560"
"R07/04/03","","１２，３４５円","ﾀﾅｶ ﾀﾛｳ","000103","振込","1,121,905"
)"_s;

// Deposits only (a 入金明細 export), YYYYMMDD, no balance, UTF-8 without BOM.
const QString DepositsOnly = uR"(勘定日,入金額,振込依頼人名,EDI情報
20250401,110000,1234567 ﾔﾏﾀﾞｼﾖｳｼﾞ,INV-0001
20250402,"55,000",ｶ)ｽｽﾞｷ,
)"_s;

CsvMapping twoColumnsMapping()
{
    CsvMapping mapping;
    mapping.name = u"Bank A"_s;
    mapping.encoding = io::TextEncoding::ShiftJis;
    mapping.headerRows = 2;
    mapping.accountDate.header = u"日付"_s;
    mapping.withdrawal.header = u"お引出し金額"_s;
    mapping.deposit.header = u"お預り金額"_s;
    mapping.payerName.header = u"摘要"_s;
    mapping.memo.header = u"メモ"_s;
    mapping.balance.header = u"差引残高"_s;
    return mapping;
}

CsvMapping signedMapping()
{
    // By position, as a clerk might set it up for a file without usable headers.
    CsvMapping mapping;
    mapping.name = u"Bank B"_s;
    mapping.accountDate.index = 0;
    mapping.valueDate.index = 1;
    mapping.amount.index = 2;
    mapping.payerName.index = 3;
    mapping.inquiryNumber.index = 4;
    mapping.memo.index = 5;
    mapping.balance.index = 6;
    return mapping;
}

CsvMapping depositsMapping()
{
    CsvMapping mapping;
    mapping.name = u"Bank C"_s;
    mapping.accountDate.header = u"勘定日"_s;
    mapping.deposit.header = u"入金額"_s;
    mapping.payerName.header = u"振込依頼人名"_s;
    mapping.ediInfo.header = u"EDI情報"_s;
    return mapping;
}

struct ExpectedLine
{
    int line;
    QDate date;
    qint64 amount;
    bool incoming;
    QString payer;
};

} // namespace

class TestBankCsv : public QObject
{
    Q_OBJECT

private slots:
    void layouts_data();
    void layouts();
    void guess_data();
    void guess();
    void guessRejects();
    void encodings_data();
    void encodings();
    void jsonRoundTrip();
    void jsonRejects_data();
    void jsonRejects();
    void badRows_data();
    void badRows();
    void problemNamesLineAndColumn();
    void parseDate_data();
    void parseDate();
    void parseAmount_data();
    void parseAmount();
    void fuzzSeedsAreSound();
};

void TestBankCsv::layouts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CsvMapping>("mapping");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QList<QDate>>("dates");
    QTest::addColumn<QList<qint64>>("signedAmounts");
    QTest::addColumn<QStringList>("payers");
    QTest::addColumn<qint64>("opening");
    QTest::addColumn<qint64>("closing");

    QTest::newRow("two columns, newest first, Shift_JIS")
        << encoded(TwoColumnsNewestFirst, io::TextEncoding::ShiftJis) << twoColumnsMapping()
        << QList<int>{3, 4, 5} << QList<QDate>{QDate(2025, 4, 3), QDate(2025, 4, 2), QDate(2025, 4, 1)}
        << QList<qint64>{110000, -30000, 32560}
        << QStringList{u"振込 ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s, u"カード"_s, u"振込 ﾀﾅｶ ﾀﾛｳ"_s} << qint64(1170000)
        << qint64(1282560);
    QTest::newRow("signed amount, era dates, UTF-8 BOM")
        << encoded(SignedAmountEraDates, io::TextEncoding::Utf8Bom) << signedMapping() << QList<int>{2, 3, 4}
        << QList<QDate>{QDate(2025, 4, 1), QDate(2025, 4, 2), QDate(2025, 4, 3)}
        << QList<qint64>{110000, -440, 12345} << QStringList{u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s, QString(), u"ﾀﾅｶ ﾀﾛｳ"_s}
        << qint64(1000000) << qint64(1121905);
    QTest::newRow("deposits only, UTF-8")
        << encoded(DepositsOnly, io::TextEncoding::Utf8) << depositsMapping() << QList<int>{2, 3}
        << QList<QDate>{QDate(2025, 4, 1), QDate(2025, 4, 2)} << QList<qint64>{110000, 55000}
        << QStringList{u"1234567 ﾔﾏﾀﾞｼﾖｳｼﾞ"_s, u"ｶ)ｽｽﾞｷ"_s} << qint64(-1) << qint64(-1);
}

void TestBankCsv::layouts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(CsvMapping, mapping);
    QFETCH(QList<int>, lines);
    QFETCH(QList<QDate>, dates);
    QFETCH(QList<qint64>, signedAmounts);
    QFETCH(QStringList, payers);
    QFETCH(qint64, opening);
    QFETCH(qint64, closing);

    const StatementReadResult result = BankCsvReader::read(bytes, mapping);
    QVERIFY2(result.ok(), qPrintable(describe(result.problems).join(u'\n')));
    QCOMPARE(result.statements.size(), 1);
    const BankStatement &statement = result.statements.first();
    QCOMPARE(statement.format, StatementFormat::BankCsv);
    QCOMPARE(statement.lines.size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const StatementLine &line = statement.lines.at(i);
        QCOMPARE(line.recordNumber, lines.at(i));
        QCOMPARE(line.accountDate, dates.at(i));
        QCOMPARE(line.incoming, signedAmounts.at(i) > 0);
        QCOMPARE(line.amount, Yen(qAbs(signedAmounts.at(i))));
        QCOMPARE(line.payerName, payers.at(i));
    }
    QCOMPARE(statement.from, *std::min_element(dates.begin(), dates.end()));
    QCOMPARE(statement.to, *std::max_element(dates.begin(), dates.end()));
    QCOMPARE(statement.openingBalance, opening < 0 ? std::nullopt : std::optional<Yen>(Yen(opening)));
    QCOMPARE(statement.closingBalance, closing < 0 ? std::nullopt : std::optional<Yen>(Yen(closing)));
}

void TestBankCsv::guess_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CsvMapping>("explicitMapping");
    QTest::addColumn<int>("headerRows");
    QTest::newRow("two columns") << encoded(TwoColumnsNewestFirst, io::TextEncoding::ShiftJis)
                                 << twoColumnsMapping() << 2;
    QTest::newRow("signed") << encoded(SignedAmountEraDates, io::TextEncoding::Utf8Bom) << signedMapping()
                            << 1;
    QTest::newRow("deposits") << encoded(DepositsOnly, io::TextEncoding::Utf8) << depositsMapping() << 1;
    const QString tabbed = u"取引日\t入金金額\t出金金額\t内容\t残高\n2025-04-01\t1000\t\tｱ\t1000\n"_s;
    CsvMapping tabMapping;
    tabMapping.delimiter = u'\t';
    tabMapping.accountDate.index = 0;
    tabMapping.deposit.index = 1;
    tabMapping.withdrawal.index = 2;
    tabMapping.payerName.index = 3;
    tabMapping.balance.index = 4;
    QTest::newRow("tab separated") << encoded(tabbed, io::TextEncoding::Utf8) << tabMapping << 1;
}

void TestBankCsv::guess()
{
    QFETCH(QByteArray, bytes);
    QFETCH(CsvMapping, explicitMapping);
    QFETCH(int, headerRows);
    const auto guessed = CsvMapping::guess(bytes);
    QVERIFY(guessed);
    QCOMPARE(guessed->headerRows, headerRows);
    QVERIFY(guessed->accountDate.isSet());
    // The guessed mapping reads the file exactly as the clerk's explicit one.
    const StatementReadResult byGuess = BankCsvReader::read(bytes, *guessed);
    const StatementReadResult byMapping = BankCsvReader::read(bytes, explicitMapping);
    QVERIFY2(byGuess.ok(), qPrintable(describe(byGuess.problems).join(u'\n')));
    QVERIFY(byMapping.ok());
    const BankStatement &a = byGuess.statements.first();
    const BankStatement &b = byMapping.statements.first();
    QCOMPARE(a.lines, b.lines);
    QCOMPARE(a.openingBalance, b.openingBalance);
    QCOMPARE(a.closingBalance, b.closingBalance);
}

void TestBankCsv::guessRejects()
{
    QVERIFY(!CsvMapping::guess(QByteArray()));
    QVERIFY(!CsvMapping::guess("name,email\nyamada,y@example.invalid\n"));
    QVERIFY(!CsvMapping::guess(
        encoded(u"摘要,残高\nｱ,1000\n"_s, io::TextEncoding::ShiftJis))); // no date, no money
}

void TestBankCsv::encodings_data()
{
    QTest::addColumn<io::TextEncoding>("encoding");
    QTest::newRow("Shift_JIS") << io::TextEncoding::ShiftJis;
    QTest::newRow("UTF-8") << io::TextEncoding::Utf8;
    QTest::newRow("UTF-8 BOM") << io::TextEncoding::Utf8Bom;
}

void TestBankCsv::encodings()
{
    // The same file in each encoding, read with the encoding detected and with it set.
    QFETCH(io::TextEncoding, encoding);
    const QByteArray bytes = encoded(TwoColumnsNewestFirst, encoding);
    CsvMapping detected = twoColumnsMapping();
    detected.encoding.reset();
    CsvMapping fixed = twoColumnsMapping();
    fixed.encoding = encoding;
    const StatementReadResult reference =
        BankCsvReader::read(encoded(TwoColumnsNewestFirst, io::TextEncoding::ShiftJis), twoColumnsMapping());
    for (const CsvMapping &mapping : {detected, fixed}) {
        const StatementReadResult result = BankCsvReader::read(bytes, mapping);
        QVERIFY2(result.ok(), qPrintable(describe(result.problems).join(u'\n')));
        QCOMPARE(result.statements.first().lines, reference.statements.first().lines);
    }
    // A Shift_JIS file read as UTF-8 is a problem, not mojibake.
    if (encoding == io::TextEncoding::ShiftJis) {
        CsvMapping wrong = twoColumnsMapping();
        wrong.encoding = io::TextEncoding::Utf8;
        const StatementReadResult result = BankCsvReader::read(bytes, wrong);
        QVERIFY(!result.ok());
        QCOMPARE(result.problems.size(), 1);
    }
}

void TestBankCsv::jsonRoundTrip()
{
    CsvMapping mapping = twoColumnsMapping();
    mapping.delimiter = u';';
    mapping.inquiryNumber.index = 7;
    mapping.ediInfo.header = u"EDI"_s;
    for (const CsvMapping &original : {mapping, signedMapping(), depositsMapping()}) {
        // Through text, as PaymentService stores it.
        const QByteArray json = QJsonDocument(original.toJson()).toJson(QJsonDocument::Compact);
        const auto back = CsvMapping::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY2(back, json.constData());
        QVERIFY2(*back == original, json.constData());
    }
    QCOMPARE(twoColumnsMapping().toJson().value(u"encoding"_s).toString(), u"shift_jis"_s);
    QVERIFY(!signedMapping().toJson().contains(u"encoding"_s));
}

void TestBankCsv::jsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no columns") << QByteArray(R"({"name":"x"})");
    QTest::newRow("no money") << QByteArray(R"({"columns":{"accountDate":0}})");
    QTest::newRow("no date") << QByteArray(R"({"columns":{"amount":1}})");
    QTest::newRow("negative index") << QByteArray(R"({"columns":{"accountDate":-1,"amount":1}})");
    QTest::newRow("fractional index") << QByteArray(R"({"columns":{"accountDate":0.5,"amount":1}})");
    QTest::newRow("column is a list") << QByteArray(R"({"columns":{"accountDate":[0],"amount":1}})");
    QTest::newRow("unknown encoding")
        << QByteArray(R"({"encoding":"koi8-r","columns":{"accountDate":0,"amount":1}})");
    QTest::newRow("long delimiter") << QByteArray(
        R"({"delimiter":",,","columns":{"accountDate":0,"amount":1}})");
    QTest::newRow("negative header rows")
        << QByteArray(R"({"headerRows":-2,"columns":{"accountDate":0,"amount":1}})");
}

void TestBankCsv::jsonRejects()
{
    QFETCH(QByteArray, json);
    QVERIFY(!CsvMapping::fromJson(QJsonDocument::fromJson(json).object()));
}

void TestBankCsv::badRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");

    const QString header = u"日付,摘要,お引出し金額,お預り金額,差引残高,メモ\n"_s;
    const QString title = u"口座番号：普通 1234567\n"_s;
    QTest::newRow("bad date") << title + header + u"2025/13/01,ｱ,,100,100,\n"_s << 3 << u"日付"_s;
    QTest::newRow("missing date") << title + header + u"2025/04/01,ｱ,,100,100,\n,ｲ,,100,200,\n"_s << 4
                                  << u"日付"_s;
    QTest::newRow("bad amount") << title + header + u"2025/04/01,ｱ,,12a,100,\n"_s << 3 << u"お預り金額"_s;
    QTest::newRow("decimal amount") << title + header + u"2025/04/01,ｱ,,100.5,100,\n"_s << 3
                                    << u"お預り金額"_s;
    QTest::newRow("both filled") << title + header + u"2025/04/01,ｱ,50,100,100,\n"_s << 3 << u"お預り金額"_s;
    QTest::newRow("neither filled") << title + header + u"2025/04/01,ｱ,,,100,\n"_s << 3 << u"お預り金額"_s;
    QTest::newRow("negative deposit")
        << title + header + u"2025/04/01,ｱ,,-100,100,\n"_s << 3 << u"お預り金額"_s;
    QTest::newRow("short row") << title + header + u"2025/04/01,ｱ\n"_s << 3 << u"お預り金額"_s;
    QTest::newRow("balance does not follow")
        << title + header + u"2025/04/01,ｱ,,100,1100,\n2025/04/02,ｲ,,200,1200,\n"_s << 4 << u"差引残高"_s;
    // Deposit and withdrawal swapped in the mapping show as balances that do not follow.
    QTest::newRow("bad balance text") << title + header + u"2025/04/01,ｱ,,100,abc,\n"_s << 3 << u"差引残高"_s;
    QTest::newRow("unterminated quote") << title + header + u"2025/04/01,\"ｱ,,100,100,\n"_s << 3 << QString();
    QTest::newRow("header without the column")
        << title + u"日付,摘要,お預り金額,差引残高\n2025/04/01,ｱ,100,100\n"_s << 2 << u"お引出し金額"_s;
    QTest::newRow("header only") << title + header << 2 << QString();
}

void TestBankCsv::badRows()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, column);
    CsvMapping mapping = twoColumnsMapping();
    mapping.encoding = io::TextEncoding::Utf8;
    const StatementReadResult result = BankCsvReader::read(encoded(text, io::TextEncoding::Utf8), mapping);
    QVERIFY(!result.ok());
    QVERIFY(result.statements.isEmpty());
    bool found = false;
    for (const StatementProblem &problem : result.problems) {
        QCOMPARE(problem.unit, StatementProblem::Unit::Line);
        found = found || (problem.record == line && problem.field == column);
    }
    QVERIFY2(found, qPrintable(describe(result.problems).join(u'\n')));
}

void TestBankCsv::problemNamesLineAndColumn()
{
    CsvMapping mapping = twoColumnsMapping();
    mapping.encoding = io::TextEncoding::Utf8;
    const QString text =
        u"口座\n日付,摘要,お引出し金額,お預り金額,差引残高,メモ\n2025/04/01,ｱ,,1２a,100,\n"_s;
    const StatementReadResult result = BankCsvReader::read(encoded(text, io::TextEncoding::Utf8), mapping);
    QCOMPARE(describe(result.problems), QStringList{u"line 3, お預り金額: not an amount: \"1２a\""_s});

    // By position, a column without a header is named by its number.
    CsvMapping positional;
    positional.headerRows = 0;
    positional.accountDate.index = 0;
    positional.amount.index = 1;
    const StatementReadResult numbered = BankCsvReader::read("2025/04/01,100\n2025/04/02,x\n", positional);
    QCOMPARE(describe(numbered.problems), QStringList{u"line 2, column 2: not an amount: \"x\""_s});
}

void TestBankCsv::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    const QDate april1(2024, 4, 1);
    QTest::newRow("slashes") << u"2024/04/01"_s << april1;
    QTest::newRow("slashes short") << u"2024/4/1"_s << april1;
    QTest::newRow("hyphens") << u"2024-04-01"_s << april1;
    QTest::newRow("dots") << u"2024.04.01"_s << april1;
    QTest::newRow("compact") << u"20240401"_s << april1;
    QTest::newRow("kanji") << u"2024年4月1日"_s << april1;
    QTest::newRow("full-width") << u"２０２４／０４／０１"_s << april1;
    QTest::newRow("with time") << u"2024/04/01 09:15:00"_s << april1;
    QTest::newRow("R6.4.1") << u"R6.4.1"_s << april1;
    QTest::newRow("R06/04/01") << u"R06/04/01"_s << april1;
    QTest::newRow("r6-4-1") << u"r6-4-1"_s << april1;
    QTest::newRow("令和6年4月1日") << u"令和6年4月1日"_s << april1;
    QTest::newRow("令和元年") << u"令和元年5月1日"_s << QDate(2019, 5, 1);
    QTest::newRow("H31.4.30") << u"H31.4.30"_s << QDate(2019, 4, 30);
    QTest::newRow("平成31年4月30日") << u"平成31年4月30日"_s << QDate(2019, 4, 30);
    QTest::newRow("S64.1.7") << u"S64.1.7"_s << QDate(1989, 1, 7);
    QTest::newRow("R1.4.30 before 令和") << u"R1.4.30"_s << QDate();
    QTest::newRow("H31.5.1 after 平成") << u"H31.5.1"_s << QDate();
    QTest::newRow("R0.5.1") << u"R0.5.1"_s << QDate();
    QTest::newRow("Feb 30") << u"2024/02/30"_s << QDate();
    QTest::newRow("mixed separators") << u"2024/04-01"_s << QDate();
    QTest::newRow("two-digit year") << u"24/04/01"_s << QDate();
    QTest::newRow("words") << u"yesterday"_s << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestBankCsv::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const auto date = BankCsvReader::parseDate(text);
    QCOMPARE(date.value_or(QDate()), expected);
    QCOMPARE(date.has_value(), expected.isValid());
}

void TestBankCsv::parseAmount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"1234"_s << qint64(1234) << true;
    QTest::newRow("commas") << u"1,234,567"_s << qint64(1234567) << true;
    QTest::newRow("yen sign") << u"¥1,234"_s << qint64(1234) << true;
    QTest::newRow("full-width yen") << u"￥1,234"_s << qint64(1234) << true;
    QTest::newRow("backslash yen") << u"\\1,234"_s << qint64(1234) << true;
    QTest::newRow("円") << u"1,234円"_s << qint64(1234) << true;
    QTest::newRow("full-width digits") << u"１，２３４"_s << qint64(1234) << true;
    QTest::newRow("plus") << u"+1,234"_s << qint64(1234) << true;
    QTest::newRow("minus") << u"-1,234"_s << qint64(-1234) << true;
    QTest::newRow("triangle") << u"△1,234"_s << qint64(-1234) << true;
    QTest::newRow("decimal") << u"12.5"_s << qint64(0) << false;
    QTest::newRow("bad commas") << u"12,34"_s << qint64(0) << false;
    QTest::newRow("letters") << u"12a"_s << qint64(0) << false;
}

void TestBankCsv::parseAmount()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QFETCH(bool, valid);
    const auto amount = BankCsvReader::parseAmount(text);
    QCOMPARE(amount.has_value(), valid);
    if (valid)
        QCOMPARE(amount->value(), expected);
}

void TestBankCsv::fuzzSeedsAreSound()
{
    // The CSV seeds of tests/fuzz must be files the guessed mapping reads, so the fuzzer starts deep.
    const QDir seeds(QStringLiteral(KAISHU_TEST_DATA_DIR "/../fuzz/corpus/bankcsv"));
    const QStringList names = seeds.entryList({u"*.csv"_s, u"*.tsv"_s}, QDir::Files);
    QVERIFY(names.size() >= 3);
    for (const QString &name : names) {
        QFile file(seeds.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const auto mapping = CsvMapping::guess(bytes);
        QVERIFY2(mapping, qPrintable(name));
        const StatementReadResult result = BankCsvReader::read(bytes, *mapping);
        QVERIFY2(result.ok(), qPrintable(name + u": "_s + describe(result.problems).join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestBankCsv)
#include "tst_bankcsv.moc"
