#include "io/Csv.h"
#include "io/TextEncoding.h"

#include <QTest>

using namespace kaishu::io;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kaishu::io::TextEncoding)

namespace kaishu::io {
// Lets QCOMPARE print encodings on failure.
char *toString(TextEncoding encoding)
{
    return qstrdup(toCode(encoding).toUtf8().constData());
}
} // namespace kaishu::io

namespace {

QList<QStringList> fieldsOf(const QList<CsvRecord> &records)
{
    QList<QStringList> rows;
    for (const CsvRecord &record : records)
        rows.append(record.fields);
    return rows;
}

QList<int> linesOf(const QList<CsvRecord> &records)
{
    QList<int> lines;
    for (const CsvRecord &record : records)
        lines.append(record.lineNumber);
    return lines;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void decodeValid_data();
    void decodeValid();
    void decodeReportsByteOffset_data();
    void decodeReportsByteOffset();
    void encodeShiftJis();
    void encodeUtf8Bom();
    void encodeRejectsUnrepresentable_data();
    void encodeRejectsUnrepresentable();
    void encodingNames();

    void readValid_data();
    void readValid();
    void readMalformed_data();
    void readMalformed();
    void readerStreaming();
    void emptyLinesAsRecords();
    void otherDelimiter();

    void writeQuoting_data();
    void writeQuoting();
    void writeRecords();
    void roundTrip_data();
    void roundTrip();
    void shiftJisFileRoundTrip();
    void writerEncodingError();
};

void TestCsv::detect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("expected");
    QTest::newRow("empty") << QByteArray() << TextEncoding::Utf8;
    QTest::newRow("ascii") << "code,name\r\n1,ABC\r\n"_ba << TextEncoding::Utf8;
    QTest::newRow("utf-8") << u"株式会社,髙橋"_s.toUtf8() << TextEncoding::Utf8;
    QTest::newRow("bom") << "\xEF\xBB\xBF" + u"コード"_s.toUtf8() << TextEncoding::Utf8Bom;
    QTest::newRow("bom only") << "\xEF\xBB\xBF"_ba << TextEncoding::Utf8Bom;
    // 株式会社 in Shift_JIS
    QTest::newRow("shift_jis") << "\x8A\x94\x8E\xAE\x89\xEF\x8E\xD0"_ba << TextEncoding::ShiftJis;
    // ｱｲｳ as single-byte half-width katakana
    QTest::newRow("half-width katakana") << "\xB1\xB2\xB3"_ba << TextEncoding::ShiftJis;
}

void TestCsv::detect()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, expected);
    QCOMPARE(detectEncoding(bytes), expected);
}

void TestCsv::decodeValid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utf-8") << u"山田,100"_s.toUtf8() << TextEncoding::Utf8 << u"山田,100"_s;
    QTest::newRow("utf-8 bom stripped")
        << "\xEF\xBB\xBF" + u"山田"_s.toUtf8() << TextEncoding::Utf8Bom << u"山田"_s;
    QTest::newRow("bom stripped in utf-8 mode") << "\xEF\xBB\xBF"
                                                   "a"_ba
                                                << TextEncoding::Utf8 << u"a"_s;
    QTest::newRow("utf-8 emoji") << u"😀"_s.toUtf8() << TextEncoding::Utf8 << u"😀"_s;
    QTest::newRow("sjis kanji") << "\x8A\x94\x8E\xAE\x89\xEF\x8E\xD0"_ba << TextEncoding::ShiftJis
                                << u"株式会社"_s;
    QTest::newRow("sjis half-width kana") << "\xB6\xDE\xB2"_ba << TextEncoding::ShiftJis << u"ｶﾞｲ"_s;
    // CP932: 0x5C is a backslash and 0x8160 the full-width tilde (not U+301C as in JIS).
    QTest::newRow("cp932 backslash") << "C:\\x"_ba << TextEncoding::ShiftJis << u"C:\\x"_s;
    QTest::newRow("cp932 wave dash") << "\x81\x60"_ba << TextEncoding::ShiftJis << u"～"_s;
    // NEC row 13 (①) and the IBM extension 髙 (0xFBFC), both CP932-only.
    QTest::newRow("cp932 circled one") << "\x87\x40"_ba << TextEncoding::ShiftJis << u"①"_s;
    QTest::newRow("cp932 taka") << "\xFB\xFC"_ba << TextEncoding::ShiftJis << u"髙"_s;
    QTest::newRow("empty sjis") << QByteArray() << TextEncoding::ShiftJis << QString();
}

void TestCsv::decodeValid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, expected);
    QString error = u"stale"_s;
    const std::optional<QString> text = decode(bytes, encoding, &error);
    QVERIFY2(text.has_value(), qPrintable(error));
    QCOMPARE(*text, expected);
}

void TestCsv::decodeReportsByteOffset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("expectedInError");
    QTest::newRow("utf-8 stray continuation") << "abc\x80"
                                                 "def"_ba
                                              << TextEncoding::Utf8 << u"byte offset 3"_s;
    QTest::newRow("utf-8 bad lead on line 2")
        << "a,b\nc\xFF"_ba << TextEncoding::Utf8 << u"byte offset 5 (line 2)"_s;
    QTest::newRow("utf-8 truncated") << "ab\xE5\xB1"_ba << TextEncoding::Utf8 << u"byte offset 2"_s;
    QTest::newRow("utf-8 overlong") << "x\xC0\xAF"_ba << TextEncoding::Utf8 << u"byte offset 1"_s;
    // Shift_JIS: a lead byte followed by a byte that cannot trail it
    QTest::newRow("sjis bad trail") << "\x8A\x94,\x81\x0A"_ba << TextEncoding::ShiftJis << u"byte offset 3"_s;
    QTest::newRow("sjis truncated lead") << "\x8A\x94\x8E"_ba << TextEncoding::ShiftJis << u"byte offset 2"_s;
    QTest::newRow("sjis unmapped") << "ab\x85\x40"_ba << TextEncoding::ShiftJis << u"byte offset 2"_s;
    QTest::newRow("sjis invalid single") << "ab\xA0"_ba << TextEncoding::ShiftJis << u"byte offset 2"_s;
}

void TestCsv::decodeReportsByteOffset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, expectedInError);
    QString error;
    QCOMPARE(decode(bytes, encoding, &error), std::nullopt);
    QVERIFY2(error.contains(expectedInError), qPrintable(error));
}

void TestCsv::encodeShiftJis()
{
    QString error;
    QCOMPARE(encode(u"株式会社"_s, TextEncoding::ShiftJis, &error),
             std::optional("\x8A\x94\x8E\xAE\x89\xEF\x8E\xD0"_ba));
    QCOMPARE(encode(u"ｶﾞ"_s, TextEncoding::ShiftJis), std::optional("\xB6\xDE"_ba));
    QCOMPARE(encode(u"～"_s, TextEncoding::ShiftJis), std::optional("\x81\x60"_ba));
    QCOMPARE(encode(u"\\"_s, TextEncoding::ShiftJis), std::optional("\x5C"_ba));
    // 髙 exists only in CP932; it must encode, and decode back to itself.
    const std::optional<QByteArray> taka = encode(u"株式会社 髙橋"_s, TextEncoding::ShiftJis, &error);
    QVERIFY2(taka.has_value(), qPrintable(error));
    QCOMPARE(decode(*taka, TextEncoding::ShiftJis), std::optional(u"株式会社 髙橋"_s));
    QCOMPARE(encode(QString(), TextEncoding::ShiftJis), std::optional(QByteArray()));
}

void TestCsv::encodeUtf8Bom()
{
    QCOMPARE(encode(u"a"_s, TextEncoding::Utf8Bom), std::optional("\xEF\xBB\xBF"
                                                                  "a"_ba));
    QCOMPARE(encode(QString(), TextEncoding::Utf8Bom), std::optional("\xEF\xBB\xBF"_ba));
    QCOMPARE(encode(u"髙😀"_s, TextEncoding::Utf8), std::optional(u"髙😀"_s.toUtf8()));
}

void TestCsv::encodeRejectsUnrepresentable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("expectedInError");
    QTest::newRow("emoji") << u"山田😀商店"_s << TextEncoding::ShiftJis
                           << u"'😀' (U+1F600) at line 1, column 3 cannot be written in Shift_JIS (CP932)"_s;
    QTest::newRow("emoji on line 2") << u"a,b\r\n😀😀,x🍣"_s << TextEncoding::ShiftJis
                                     << u"'😀' (U+1F600) at line 2, column 1"_s;
    QTest::newRow("column counts characters")
        << u"ab\n髙🍣"_s << TextEncoding::ShiftJis << u"(U+1F363) at line 2, column 2"_s;
    // JIS wave dash: CP932 has only the full-width tilde; never silently substituted.
    QTest::newRow("wave dash") << u"10〜20"_s << TextEncoding::ShiftJis << u"U+301C"_s;
    QTest::newRow("yen sign") << u"¥100"_s << TextEncoding::ShiftJis << u"U+00A5"_s;
    QTest::newRow("hangul") << u"한"_s << TextEncoding::ShiftJis << u"U+D55C"_s;
    QTest::newRow("lone surrogate utf-8")
        << u"a"_s + QChar(0xd800) + u"b"_s << TextEncoding::Utf8 << u"U+D800"_s;
}

void TestCsv::encodeRejectsUnrepresentable()
{
    QFETCH(QString, text);
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, expectedInError);
    QString error;
    QCOMPARE(encode(text, encoding, &error), std::nullopt);
    QVERIFY2(error.contains(expectedInError), qPrintable(error));
}

void TestCsv::encodingNames()
{
    for (TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::ShiftJis})
        QCOMPARE(textEncodingFromCode(toCode(encoding)), std::optional(encoding));
    QCOMPARE(textEncodingFromCode(u"CP932"_s), std::optional(TextEncoding::ShiftJis));
    QCOMPARE(textEncodingFromCode(u"latin1"_s), std::nullopt);
}

void TestCsv::readValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("simple lf") << u"a,b,c\n1,2,3\n"_s
                               << QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}}
                               << QList<int>{1, 2};
    QTest::newRow("crlf") << u"a,b\r\nc,d\r\n"_s << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
                          << QList<int>{1, 2};
    QTest::newRow("cr") << u"a,b\rc,d\r"_s << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
                        << QList<int>{1, 2};
    QTest::newRow("no trailing newline")
        << u"a,b\nc,d"_s << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << QList<int>{1, 2};
    QTest::newRow("empty fields") << u",a,,\n,\n"_s
                                  << QList<QStringList>{{QString(), u"a"_s, QString(), QString()},
                                                        {QString(), QString()}}
                                  << QList<int>{1, 2};
    QTest::newRow("quoted comma") << u"\"山田, 太郎\",100\n"_s
                                  << QList<QStringList>{{u"山田, 太郎"_s, u"100"_s}} << QList<int>{1};
    QTest::newRow("doubled quotes") << u"\"say \"\"hello\"\"\",x\n"_s
                                    << QList<QStringList>{{u"say \"hello\""_s, u"x"_s}} << QList<int>{1};
    QTest::newRow("only a quote") << u"\"\"\"\"\n"_s << QList<QStringList>{{u"\""_s}} << QList<int>{1};
    QTest::newRow("empty quoted") << u"\"\",\"\"\n"_s << QList<QStringList>{{QString(), QString()}}
                                  << QList<int>{1};
    QTest::newRow("embedded lf") << u"1,\"line one\nline two\",x\n2,y,z\n"_s
                                 << QList<QStringList>{{u"1"_s, u"line one\nline two"_s, u"x"_s},
                                                       {u"2"_s, u"y"_s, u"z"_s}}
                                 << QList<int>{1, 3};
    QTest::newRow("embedded crlf") << u"\"a\r\nb\r\nc\"\r\nnext\r\n"_s
                                   << QList<QStringList>{{u"a\r\nb\r\nc"_s}, {u"next"_s}} << QList<int>{1, 4};
    QTest::newRow("embedded cr") << u"\"a\rb\"\rnext"_s << QList<QStringList>{{u"a\rb"_s}, {u"next"_s}}
                                 << QList<int>{1, 3};
    QTest::newRow("quoted at end without newline")
        << u"a,\"b\""_s << QList<QStringList>{{u"a"_s, u"b"_s}} << QList<int>{1};
    QTest::newRow("trailing empty field at eof")
        << u"a,"_s << QList<QStringList>{{u"a"_s, QString()}} << QList<int>{1};
    QTest::newRow("spaces kept") << u" a , b \n"_s << QList<QStringList>{{u" a "_s, u" b "_s}}
                                 << QList<int>{1};
    QTest::newRow("empty lines skipped")
        << u"a\n\n\nb\r\n\r\n"_s << QList<QStringList>{{u"a"_s}, {u"b"_s}} << QList<int>{1, 4};
    QTest::newRow("bom ignored") << u"\uFEFFcode,name\n"_s << QList<QStringList>{{u"code"_s, u"name"_s}}
                                 << QList<int>{1};
    QTest::newRow("empty text") << QString() << QList<QStringList>{} << QList<int>{};
    QTest::newRow("only newlines") << u"\r\n\n"_s << QList<QStringList>{} << QList<int>{};
    QTest::newRow("japanese") << u"取引先コード,取引先名,金額\r\nC001,株式会社 髙橋,\"1,234\"\r\n"_s
                              << QList<QStringList>{{u"取引先コード"_s, u"取引先名"_s, u"金額"_s},
                                                    {u"C001"_s, u"株式会社 髙橋"_s, u"1,234"_s}}
                              << QList<int>{1, 2};
}

void TestCsv::readValid()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, lines);
    QString error = u"stale"_s;
    const auto records = CsvReader::readAll(text, &error);
    QVERIFY2(records.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(fieldsOf(*records), rows);
    QCOMPARE(linesOf(*records), lines);
}

void TestCsv::readMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expectedInError");
    QTest::newRow("unterminated quote")
        << u"a,b\nc,\"never closed\nmore\n"_s << 2 << u"line 2: quoted field is not closed"_s;
    QTest::newRow("unterminated at eof") << u"\"abc"_s << 1 << u"not closed"_s;
    QTest::newRow("stray quote") << u"a,b\nc,d\"e\n"_s << 2 << u"line 2: quote inside unquoted field 2"_s;
    QTest::newRow("quote at end of unquoted") << u"ab\"\n"_s << 1 << u"quote inside unquoted field 1"_s;
    QTest::newRow("text after closing quote")
        << u"x\n\"a\"b,c\n"_s << 2 << u"line 2: unexpected text after the closing quote of field 1"_s;
    QTest::newRow("space after closing quote") << u"\"a\" ,b"_s << 1 << u"closing quote"_s;
    QTest::newRow("after multi-line field") << u"\"a\nb\"x\n"_s << 2 << u"line 2"_s;
}

void TestCsv::readMalformed()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, expectedInError);
    QString error;
    QCOMPARE(CsvReader::readAll(text, &error), std::nullopt);
    QVERIFY2(error.contains(expectedInError), qPrintable(error));

    CsvReader reader(text);
    while (reader.readRecord()) {
    }
    QVERIFY(reader.hasError());
    QVERIFY(reader.atEnd());
    QCOMPARE(reader.errorLine(), line);
}

void TestCsv::readerStreaming()
{
    CsvReader reader(u"h1,h2\r\nv1,v2\r\n\"bad"_s);
    QVERIFY(!reader.atEnd());
    QCOMPARE(reader.readRecord(), std::optional(CsvRecord{{u"h1"_s, u"h2"_s}, 1}));
    QCOMPARE(reader.readRecord(), std::optional(CsvRecord{{u"v1"_s, u"v2"_s}, 2}));
    QVERIFY(!reader.hasError());
    QCOMPARE(reader.readRecord(), std::nullopt);
    QVERIFY(reader.hasError());
    QCOMPARE(reader.errorLine(), 3);
    QCOMPARE(reader.errorString(), u"line 3: quoted field is not closed"_s);
    QCOMPARE(reader.readRecord(), std::nullopt); // stays stopped
}

void TestCsv::emptyLinesAsRecords()
{
    CsvReader reader(u"a\n\nb\n"_s);
    reader.setSkipEmptyLines(false);
    QList<CsvRecord> records;
    while (auto record = reader.readRecord())
        records.append(*record);
    QCOMPARE(fieldsOf(records), (QList<QStringList>{{u"a"_s}, {QString()}, {u"b"_s}}));
    QCOMPARE(linesOf(records), (QList<int>{1, 2, 3}));
}

void TestCsv::otherDelimiter()
{
    const auto records = CsvReader::readAll(u"a\tb,c\t\"d\te\"\n"_s, nullptr, u'\t');
    QVERIFY(records);
    QCOMPARE(fieldsOf(*records), (QList<QStringList>{{u"a"_s, u"b,c"_s, u"d\te"_s}}));
    CsvWriter writer(u'\t');
    writer.writeRecord({u"a,b"_s, u"c\td"_s});
    QCOMPARE(writer.text(), u"a,b\t\"c\td\"\r\n"_s);
}

void TestCsv::writeQuoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"abc"_s << u"abc"_s;
    QTest::newRow("japanese") << u"株式会社 髙橋"_s << u"株式会社 髙橋"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"1,234"_s << u"\"1,234\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("lf") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("cr") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("leading space") << u" a"_s << u"\" a\""_s;
    QTest::newRow("trailing space") << u"a "_s << u"\"a \""_s;
}

void TestCsv::writeQuoting()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::escapeField(field), expected);
}

void TestCsv::writeRecords()
{
    CsvWriter writer;
    writer.writeRecord({u"コード"_s, u"名前"_s, u"金額"_s});
    writer.writeRecord({u"C001"_s, u"山田, 太郎"_s, u"1,234"_s});
    writer.writeRecord({QString(), QString()});
    writer.writeRecord({QString()});
    QCOMPARE(writer.text(), u"コード,名前,金額\r\nC001,\"山田, 太郎\",\"1,234\"\r\n,\r\n\"\"\r\n"_s);
    QCOMPARE(writer.toBytes(TextEncoding::Utf8Bom)->left(3), "\xEF\xBB\xBF"_ba);
    writer.clear();
    QVERIFY(writer.text().isEmpty());
}

void TestCsv::roundTrip_data()
{
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<TextEncoding>("encoding");
    const QList<QStringList> rows{
        {u"取引先コード"_s, u"取引先名"_s, u"備考"_s, u"金額"_s},
        {u"C001"_s, u"株式会社 髙橋"_s, u"1行目\r\n2行目"_s, u"1,234"_s},
        {u"C002"_s, u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s, u"\"至急\"と記載"_s, u"-500"_s},
        {u"C003"_s, QString(), u" 前後に空白 "_s, u"①②"_s},
        {QString()},
    };
    QTest::newRow("utf-8") << rows << TextEncoding::Utf8;
    QTest::newRow("utf-8 bom") << rows << TextEncoding::Utf8Bom;
    QTest::newRow("shift_jis") << rows << TextEncoding::ShiftJis;
}

void TestCsv::roundTrip()
{
    QFETCH(QList<QStringList>, rows);
    QFETCH(TextEncoding, encoding);
    CsvWriter writer;
    for (const QStringList &row : rows)
        writer.writeRecord(row);
    QString error;
    const std::optional<QByteArray> bytes = writer.toBytes(encoding, &error);
    QVERIFY2(bytes.has_value(), qPrintable(error));
    QCOMPARE(detectEncoding(*bytes), encoding);
    const std::optional<QString> text = decode(*bytes, detectEncoding(*bytes), &error);
    QVERIFY2(text.has_value(), qPrintable(error));
    const auto records = CsvReader::readAll(*text, &error);
    QVERIFY2(records.has_value(), qPrintable(error));
    QCOMPARE(fieldsOf(*records), rows);
    QCOMPARE(linesOf(*records), (QList<int>{1, 2, 4, 5, 6}));
}

void TestCsv::shiftJisFileRoundTrip()
{
    // A clerk's Excel export: CP932 with CRLF, a quoted amount, 髙 (IBM extension) and ｶﾅ.
    const QByteArray file =
        "\x8E\xE6\x88\xF8\x90\xE6,\x8B\xE0\x8A\x7A\r\n"                   // 取引先,金額
        "\x8A\x94\x8E\xAE\x89\xEF\x8E\xD0 \xFB\xFC\x8B\xB4,\"1,234\"\r\n" // 株式会社 髙橋,"1,234"
        "\xB6)\xD4\xCF\xC0\xDE,500\r\n"_ba;                               // ｶ)ﾔﾏﾀﾞ,500
    QCOMPARE(detectEncoding(file), TextEncoding::ShiftJis);
    QString error;
    const std::optional<QString> text = decode(file, TextEncoding::ShiftJis, &error);
    QVERIFY2(text.has_value(), qPrintable(error));
    const auto records = CsvReader::readAll(*text, &error);
    QVERIFY2(records.has_value(), qPrintable(error));
    QCOMPARE(fieldsOf(*records),
             (QList<QStringList>{
                 {u"取引先"_s, u"金額"_s}, {u"株式会社 髙橋"_s, u"1,234"_s}, {u"ｶ)ﾔﾏﾀﾞ"_s, u"500"_s}}));
    CsvWriter writer;
    for (const CsvRecord &record : *records)
        writer.writeRecord(record.fields);
    const std::optional<QByteArray> written = writer.toBytes(TextEncoding::ShiftJis, &error);
    QVERIFY2(written.has_value(), qPrintable(error));
    QCOMPARE(decode(*written, TextEncoding::ShiftJis), text);
}

void TestCsv::writerEncodingError()
{
    CsvWriter writer;
    writer.writeRecord({u"code"_s, u"name"_s});
    writer.writeRecord({u"C001"_s, u"山田商店🍣"_s});
    QString error;
    QCOMPARE(writer.toBytes(TextEncoding::ShiftJis, &error), std::nullopt);
    QVERIFY2(error.contains(u"'🍣' (U+1F363) at line 2, column 10"_s), qPrintable(error));
    QVERIFY(writer.toBytes(TextEncoding::Utf8, &error).has_value());
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
