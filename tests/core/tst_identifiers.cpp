#include "parties/Identifiers.h"
#include "parties/Kana.h"
#include "parties/Parties.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace kaishu::parties;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kaishu::parties::Registrant)

class TestIdentifiers : public QObject
{
    Q_OBJECT

private slots:
    void normalizeDigitsFolds();
    void bankAccountTypesAndZenginDepositKinds();
    void corporateNumber_data();
    void corporateNumber();
    void corporateCheckDigit();
    void registrationNumberNormalized_data();
    void registrationNumberNormalized();
    void registrationNumber_data();
    void registrationNumber();
    void postalCode_data();
    void postalCode();
    void bankAndBranchCodes();
    void accountNumber_data();
    void accountNumber();
    void phoneNumber_data();
    void phoneNumber();
    void email_data();
    void email();

    void fullWidthKana_data();
    void fullWidthKana();
    void toFullWidthKatakana_data();
    void toFullWidthKatakana();
    void bankPayerName_data();
    void bankPayerName();
    void bankPayerNameIsCutAt48();
    void payerNameValidity_data();
    void payerNameValidity();
    void legalEntityAbbreviations_data();
    void legalEntityAbbreviations();
    void companyPayerName_data();
    void companyPayerName();
    void conversionsAreThreadSafe();
};

void TestIdentifiers::normalizeDigitsFolds()
{
    QCOMPARE(normalizeDigits(u"１２３－４５６７"_s), u"1234567"_s);
    QCOMPARE(normalizeDigits(u" 03-1234 5678 "_s), u"0312345678"_s);
    QCOMPARE(normalizeDigits(u"7000\u3000012050002"_s), u"7000012050002"_s);
    QCOMPARE(normalizeDigits(u"12a3"_s), u"12a3"_s); // kept for the validator to reject
}

void TestIdentifiers::corporateNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reason");
    // DOMAIN.md §2 examples
    QTest::newRow("7000012050002") << u"7000012050002"_s << true << QString();
    QTest::newRow("4011001098993") << u"4011001098993"_s << true << QString();
    QTest::newRow("5835678256246") << u"5835678256246"_s << true << QString();
    QTest::newRow("2835678256246") << u"2835678256246"_s << false << u"check digit is 2, expected 5"_s;
    QTest::newRow("full-width") << u"４０１１００１０９８９９３"_s << true << QString();
    QTest::newRow("grouped 1-4-4-4") << u"4 0110 0109 8993"_s << true << QString();
    QTest::newRow("transposed digits") << u"4011001089993"_s << false << u"check digit is 4, expected 3"_s;
    QTest::newRow("twelve digits") << u"011001098993"_s << false << u"must be 13 digits, not 12"_s;
    QTest::newRow("fourteen digits") << u"40110010989930"_s << false << u"must be 13 digits, not 14"_s;
    QTest::newRow("empty") << QString() << false << u"must be 13 digits"_s;
    QTest::newRow("letter") << u"401100109899A"_s << false << u"must contain only digits"_s;
    QTest::newRow("leading zero") << u"0011001098993"_s << false << u"check digit is 0, expected 4"_s;
}

void TestIdentifiers::corporateNumber()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QFETCH(QString, reason);
    QString actualReason = u"stale"_s;
    QCOMPARE(isValidCorporateNumber(number, &actualReason), valid);
    QCOMPARE(actualReason, reason);
    QCOMPARE(isValidCorporateNumber(number), valid);
}

void TestIdentifiers::corporateCheckDigit()
{
    QCOMPARE(corporateNumberCheckDigit(u"000012050002"_s), 7);
    QCOMPARE(corporateNumberCheckDigit(u"011001098993"_s), 4);
    QCOMPARE(corporateNumberCheckDigit(u"835678256246"_s), 5);
    // The NTA's published calculation example: base 123456789012 → 7.
    QCOMPARE(corporateNumberCheckDigit(u"123456789012"_s), 7);
    QCOMPARE(corporateNumberCheckDigit(u"000000000000"_s), 9); // always 1–9, never 0
    QCOMPARE(corporateNumberCheckDigit(u"12345678901"_s), -1);
    QCOMPARE(corporateNumberCheckDigit(u"12345678901x"_s), -1);
}

void TestIdentifiers::registrationNumberNormalized_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("canonical") << u"T7000012050002"_s << u"T7000012050002"_s;
    QTest::newRow("lower-case t") << u"t7000012050002"_s << u"T7000012050002"_s;
    QTest::newRow("full-width") << u"Ｔ７００００１２０５０００２"_s << u"T7000012050002"_s;
    QTest::newRow("full-width lower") << u"ｔ７００００１２０５０００２"_s << u"T7000012050002"_s;
    QTest::newRow("hyphens and spaces") << u" T-7000-0120-5000-2 "_s << u"T7000012050002"_s;
}

void TestIdentifiers::registrationNumberNormalized()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(normalizeRegistrationNumber(text), expected);
}

void TestIdentifiers::registrationNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Registrant>("registrant");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reason");
    QTest::newRow("corporation") << u"T7000012050002"_s << Registrant::Corporation << true << QString();
    QTest::newRow("corporation full-width")
        << u"ｔ４０１１００１０９８９９３"_s << Registrant::Corporation << true << QString();
    QTest::newRow("corporation bad check digit")
        << u"T2835678256246"_s << Registrant::Corporation << false << u"check digit is 2, expected 5"_s;
    // A sole proprietor's number is not a 法人番号: no check digit to verify, so the same digits pass.
    QTest::newRow("sole proprietor") << u"T2835678256246"_s << Registrant::SoleProprietor << true
                                     << QString();
    QTest::newRow("sole proprietor leading zero")
        << u"T0123456789012"_s << Registrant::SoleProprietor << true << QString();
    QTest::newRow("corporation leading zero")
        << u"T0123456789012"_s << Registrant::Corporation << false << u"check digit is 0, expected 7"_s;
    // Holder unknown: format only, since a sole proprietor's number would fail the check most of the time.
    QTest::newRow("unknown holder") << u"T2835678256246"_s << Registrant::Unknown << true << QString();
    QTest::newRow("missing T") << u"7000012050002"_s << Registrant::Unknown << false
                               << u"must start with T"_s;
    QTest::newRow("wrong letter") << u"X7000012050002"_s << Registrant::Unknown << false
                                  << u"must start with T"_s;
    QTest::newRow("short") << u"T700001205000"_s << Registrant::Unknown << false
                           << u"must be T followed by 13 digits"_s;
    QTest::newRow("long") << u"T70000120500021"_s << Registrant::SoleProprietor << false
                          << u"must be T followed by 13 digits"_s;
    QTest::newRow("letters") << u"T70000120500O2"_s << Registrant::Corporation << false
                             << u"must be T followed by 13 digits"_s;
    QTest::newRow("empty") << QString() << Registrant::Unknown << false
                           << u"must be T followed by 13 digits"_s;
}

void TestIdentifiers::registrationNumber()
{
    QFETCH(QString, text);
    QFETCH(Registrant, registrant);
    QFETCH(bool, valid);
    QFETCH(QString, reason);
    QString actualReason = u"stale"_s;
    QCOMPARE(isValidRegistrationNumber(text, registrant, &actualReason), valid);
    QCOMPARE(actualReason, reason);
    if (registrant == Registrant::Unknown)
        QCOMPARE(isValidRegistrationNumber(text), valid);
}

void TestIdentifiers::postalCode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("canonical") << u"100-0001"_s << u"100-0001"_s;
    QTest::newRow("digits only") << u"1000001"_s << u"100-0001"_s;
    QTest::newRow("full-width") << u"１００－０００１"_s << u"100-0001"_s;
    QTest::newRow("postal mark") << u"〒530-0001"_s << u"530-0001"_s;
    QTest::newRow("spaces") << u" 530 0001 "_s << u"530-0001"_s;
    QTest::newRow("six digits") << u"100-001"_s << QString();
    QTest::newRow("eight digits") << u"100-00012"_s << QString();
    QTest::newRow("letters") << u"ABC-DEFG"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestIdentifiers::postalCode()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QCOMPARE(normalizePostalCode(text), normalized);
    QString reason;
    QCOMPARE(isValidPostalCode(text, &reason), !normalized.isEmpty());
    QCOMPARE(reason.isEmpty(), !normalized.isEmpty());
}

void TestIdentifiers::bankAndBranchCodes()
{
    QString reason;
    QVERIFY(isValidBankCode(u"0001"_s, &reason));
    QVERIFY(reason.isEmpty());
    QVERIFY(isValidBankCode(u"９９００"_s));
    QVERIFY(!isValidBankCode(u"1"_s, &reason));
    QCOMPARE(reason, u"must be 4 digits, not 1"_s);
    QVERIFY(!isValidBankCode(u"00011"_s));
    QVERIFY(!isValidBankCode(u"00a1"_s, &reason));
    QCOMPARE(reason, u"must contain only digits"_s);
    QVERIFY(!isValidBankCode(QString(), &reason));
    QCOMPARE(reason, u"must be 4 digits"_s);

    QVERIFY(isValidBranchCode(u"001"_s));
    QVERIFY(isValidBranchCode(u"１２３"_s));
    QVERIFY(!isValidBranchCode(u"01"_s, &reason));
    QCOMPARE(reason, u"must be 3 digits, not 2"_s);
    QVERIFY(!isValidBranchCode(u"0123"_s));
}

void TestIdentifiers::accountNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("seven") << u"1234567"_s << u"1234567"_s;
    QTest::newRow("padded") << u"12345"_s << u"0012345"_s;
    QTest::newRow("one digit") << u"7"_s << u"0000007"_s;
    QTest::newRow("full-width") << u"１２３４５６７"_s << u"1234567"_s;
    QTest::newRow("eight") << u"12345678"_s << QString();
    QTest::newRow("letters") << u"12A45"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestIdentifiers::accountNumber()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QCOMPARE(normalizeAccountNumber(text), normalized);
    QString reason;
    QCOMPARE(isValidAccountNumber(text, &reason), !normalized.isEmpty());
    QCOMPARE(reason.isEmpty(), !normalized.isEmpty());
}

void TestIdentifiers::phoneNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("tokyo") << u"03-1234-5678"_s << true;
    QTest::newRow("parentheses") << u"(03) 1234-5678"_s << true;
    QTest::newRow("area code in parentheses") << u"03(1234)5678"_s << true;
    QTest::newRow("mobile") << u"090-1234-5678"_s << true;
    QTest::newRow("free dial") << u"0120-123-456"_s << true;
    QTest::newRow("digits only") << u"0312345678"_s << true;
    QTest::newRow("full-width") << u"０３－１２３４－５６７８"_s << true;
    QTest::newRow("nine digits") << u"03-1234-567"_s << false;
    QTest::newRow("twelve digits") << u"090-1234-56789"_s << false;
    QTest::newRow("no leading zero") << u"3-1234-56789"_s << false;
    QTest::newRow("international") << u"+81-3-1234-5678"_s << false;
    QTest::newRow("letters") << u"03-1234-ABCD"_s << false;
    QTest::newRow("extension text") << u"03-1234-5678 内線12"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestIdentifiers::phoneNumber()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString reason;
    QCOMPARE(isValidPhoneNumber(text, &reason), valid);
    QCOMPARE(reason.isEmpty(), valid);
}

void TestIdentifiers::email_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << u"keiri@yamada-shoji.co.jp"_s << true;
    QTest::newRow("plus and dots") << u"taro.yamada+billing@example.com"_s << true;
    QTest::newRow("surrounding spaces") << u" info@example.jp "_s << true;
    QTest::newRow("no at") << u"keiri.example.jp"_s << false;
    QTest::newRow("two ats") << u"a@b@example.jp"_s << false;
    QTest::newRow("no domain dot") << u"keiri@localhost"_s << false;
    QTest::newRow("empty local") << u"@example.jp"_s << false;
    QTest::newRow("double dot local") << u"taro..yamada@example.jp"_s << false;
    QTest::newRow("leading dot local") << u".taro@example.jp"_s << false;
    QTest::newRow("empty label") << u"taro@example..jp"_s << false;
    QTest::newRow("hyphen label") << u"taro@-example.jp"_s << false;
    QTest::newRow("numeric tld") << u"taro@example.123"_s << false;
    QTest::newRow("space inside") << u"taro yamada@example.jp"_s << false;
    QTest::newRow("full-width at") << u"taro＠example.jp"_s << false;
    QTest::newRow("comma") << u"taro,yamada@example.jp"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestIdentifiers::email()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString reason;
    QCOMPARE(isValidEmail(text, &reason), valid);
    QCOMPARE(reason.isEmpty(), valid);
}

void TestIdentifiers::fullWidthKana_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("company") << u"ヤマダショウジ"_s << true << QString();
    QTest::newRow("person with space") << u"ヤマダ　タロウ"_s << true << QString();
    QTest::newRow("middle dot") << u"エヌ・ティ・ティ"_s << true << QString();
    QTest::newRow("long vowel and small kana") << u"キャピタルワークス・ジャパン"_s << true << QString();
    QTest::newRow("full-width latin and digits") << u"ＡＢＣショウジ１０"_s << true << QString();
    QTest::newRow("vu") << u"ヴィレッジ"_s << true << QString();
    QTest::newRow("hiragana") << u"やまだ"_s << false << u"hiragana"_s;
    QTest::newRow("hiragana mixed") << u"ヤマダたろう"_s << false << u"'た' (U+305F)"_s;
    QTest::newRow("half-width kana") << u"ﾔﾏﾀﾞ"_s << false << u"half-width katakana"_s;
    QTest::newRow("ascii space") << u"ヤマダ タロウ"_s << false << u"half-width character"_s;
    QTest::newRow("ascii letters") << u"ABCショウジ"_s << false << u"half-width character 'A'"_s;
    QTest::newRow("kanji") << u"山田"_s << false << u"not katakana"_s;
    QTest::newRow("emoji") << u"ヤマダ😀"_s << false << u"'😀' (U+1F600), which is not katakana"_s;
    QTest::newRow("empty") << QString() << false << u"empty"_s;
    QTest::newRow("blank") << u"\u3000"_s << false << u"empty"_s;
}

void TestIdentifiers::fullWidthKana()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, reasonContains);
    QString reason;
    QCOMPARE(isFullWidthKana(text, &reason), valid);
    if (valid)
        QVERIFY(reason.isEmpty());
    else
        QVERIFY2(reason.contains(reasonContains), qPrintable(reason));
}

void TestIdentifiers::toFullWidthKatakana_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hiragana") << u"やまだしょうじ"_s << u"ヤマダショウジ"_s;
    QTest::newRow("half-width with voiced marks") << u"ﾔﾏﾀﾞ ｼｮｳｼﾞ"_s << u"ヤマダ　ショウジ"_s;
    QTest::newRow("half-width handakuten") << u"ﾊﾟｰｸ"_s << u"パーク"_s;
    QTest::newRow("small tsu") << u"ぱっく"_s << u"パック"_s;
    QTest::newRow("vu") << u"ゔぃれっじ"_s << u"ヴィレッジ"_s;
    QTest::newRow("already katakana") << u"ヤマダ　タロウ"_s << u"ヤマダ　タロウ"_s;
    QTest::newRow("latin and digits") << u"ABC ｼｮｳｼﾞ 10"_s << u"ＡＢＣ　ショウジ　１０"_s;
}

void TestIdentifiers::toFullWidthKatakana()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString converted = kaishu::parties::toFullWidthKatakana(text);
    QCOMPARE(converted, expected);
    QVERIFY(isFullWidthKana(converted));
}

void TestIdentifiers::bankPayerName_data()
{
    QTest::addColumn<QString>("kana");
    QTest::addColumn<QString>("expected");
    QTest::newRow("voiced marks separate") << u"ヤマダショウジ"_s << u"ﾔﾏﾀﾞｼﾖｳｼﾞ"_s;
    QTest::newRow("small kana large") << u"キャッシュ"_s << u"ｷﾔﾂｼﾕ"_s;
    QTest::newRow("small vowels large") << u"ファミリーマート"_s << u"ﾌｱﾐﾘｰﾏｰﾄ"_s;
    QTest::newRow("small wa and ke") << u"ヮヵヶ"_s << u"ﾜｶｹ"_s;
    QTest::newRow("person") << u"ヤマダ　タロウ"_s << u"ﾔﾏﾀﾞ ﾀﾛｳ"_s;
    QTest::newRow("spaces collapsed and trimmed") << u"\u3000ヤマダ\u3000\u3000タロウ "_s << u"ﾔﾏﾀﾞ ﾀﾛｳ"_s;
    QTest::newRow("full-width latin") << u"ＡＢＣトレーディング"_s << u"ABCﾄﾚｰﾃﾞｲﾝｸﾞ"_s;
    QTest::newRow("lower-case latin") << u"ｅコマース"_s << u"Eｺﾏｰｽ"_s;
    QTest::newRow("digits") << u"ダイ１０ショウカイ"_s << u"ﾀﾞｲ10ｼﾖｳｶｲ"_s;
    QTest::newRow("middle dot") << u"エヌ・ティ・ティ"_s << u"ｴﾇ.ﾃｲ.ﾃｲ"_s;
    QTest::newRow("vu") << u"ヴィレッジ"_s << u"ｳﾞｲﾚﾂｼﾞ"_s;
    QTest::newRow("handakuten") << u"パンプキン"_s << u"ﾊﾟﾝﾌﾟｷﾝ"_s;
    QTest::newRow("brackets") << u"（カ）ヤマダ"_s << u"(ｶ)ﾔﾏﾀﾞ"_s;
    QTest::newRow("hiragana input") << u"やまだ しょうじ"_s << u"ﾔﾏﾀﾞ ｼﾖｳｼﾞ"_s;
    QTest::newRow("half-width input") << u"ｷｬｯｼｭ"_s << u"ｷﾔﾂｼﾕ"_s;
    QTest::newRow("obsolete kana") << u"ヰヱ"_s << u"ｲｴ"_s;
    QTest::newRow("wo") << u"ヲ"_s << u"ｦ"_s;
}

void TestIdentifiers::bankPayerName()
{
    QFETCH(QString, kana);
    QFETCH(QString, expected);
    const QString payer = toBankPayerName(kana);
    QCOMPARE(payer, expected);
    QString reason;
    QVERIFY2(isValidPayerName(payer, &reason), qPrintable(reason));
}

void TestIdentifiers::bankPayerNameIsCutAt48()
{
    // 30 × ガ = 60 characters once the voiced marks stand alone: cut to 48 = 24 × ｶﾞ.
    const QString long60 = toBankPayerName(QString(30, u'ガ'));
    QCOMPARE(long60.size(), PayerNameMaxLength);
    QCOMPARE(long60, QString(u"ｶﾞ"_s).repeated(24));
    // The 48th character may separate a kana from its voiced mark, as the byte-cut of the bank does.
    const QString cut = toBankPayerName(QString(47, u'ア') + u"ガ"_s);
    QCOMPARE(cut.size(), 48);
    QVERIFY(cut.endsWith(u'ｶ'));
    // Exactly 48 stays whole.
    QCOMPARE(toBankPayerName(QString(48, u'ア')), QString(48, u'ｱ'));
    // A space at the cut is not left dangling.
    QCOMPARE(toBankPayerName(QString(47, u'ア') + u"　ア"_s), QString(47, u'ｱ'));
}

void TestIdentifiers::payerNameValidity_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("company") << u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s << true;
    QTest::newRow("suffix") << u"ﾄｳｷﾖｳﾌﾞﾂｻﾝ(ﾕ"_s << true;
    QTest::newRow("customer number first") << u"1234567 ﾔﾏﾀﾞｼﾖｳｼﾞ"_s << true;
    QTest::newRow("punctuation") << u"ABC-1.2/3,(X)"_s << true;
    QTest::newRow("small kana code point range") << u"ﾔﾏﾀﾞｼｮｳｼﾞ"_s << true;
    QTest::newRow("exactly 48") << QString(48, u'ｱ') << true;
    QTest::newRow("49") << QString(49, u'ｱ') << false;
    QTest::newRow("lower-case") << u"ﾔﾏﾀﾞ abc"_s << false;
    QTest::newRow("full-width katakana") << u"ヤマダ"_s << false;
    QTest::newRow("full-width space") << u"ﾔﾏﾀﾞ\u3000ﾀﾛｳ"_s << false;
    QTest::newRow("kanji") << u"山田"_s << false;
    QTest::newRow("emoji") << u"ﾔﾏﾀﾞ😀"_s << false;
    QTest::newRow("ampersand") << u"A&B"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestIdentifiers::payerNameValidity()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QString reason;
    QCOMPARE(isValidPayerName(name, &reason), valid);
    QCOMPARE(reason.isEmpty(), valid);
    if (QTest::currentDataTag() == "emoji"_ba)
        QVERIFY2(reason.contains(u"U+1F600"_s) && reason.contains(u"position 5"_s), qPrintable(reason));
}

void TestIdentifiers::legalEntityAbbreviations_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("abbreviation");
    QTest::newRow("株式会社") << u"株式会社"_s << u"ｶ"_s;
    QTest::newRow("(株)") << u"(株)"_s << u"ｶ"_s;
    QTest::newRow("㈱") << u"㈱"_s << u"ｶ"_s;
    QTest::newRow("有限会社") << u"有限会社"_s << u"ﾕ"_s;
    QTest::newRow("合同会社") << u"合同会社"_s << u"ﾄﾞ"_s;
    QTest::newRow("合資会社") << u"合資会社"_s << u"ｼ"_s;
    QTest::newRow("合名会社") << u"合名会社"_s << u"ﾒ"_s;
    QTest::newRow("医療法人") << u"医療法人"_s << u"ｲ"_s;
    QTest::newRow("一般社団法人") << u"一般社団法人"_s << u"ｼﾔ"_s;
    QTest::newRow("社団法人") << u"社団法人"_s << u"ｼﾔ"_s;
    QTest::newRow("財団法人") << u"財団法人"_s << u"ｻﾞｲ"_s;
    QTest::newRow("公益財団法人") << u"公益財団法人"_s << u"ｻﾞｲ"_s;
    QTest::newRow("学校法人") << u"学校法人"_s << u"ｶﾞｸ"_s;
    QTest::newRow("社会福祉法人") << u"社会福祉法人"_s << u"ﾌｸ"_s;
    QTest::newRow("特定非営利活動法人") << u"特定非営利活動法人"_s << u"ﾄｸﾋ"_s;
    QTest::newRow("独立行政法人") << u"独立行政法人"_s << u"ﾄﾞｸ"_s;
    QTest::newRow("unknown") << u"商店"_s << QString();
}

void TestIdentifiers::legalEntityAbbreviations()
{
    QFETCH(QString, word);
    QFETCH(QString, abbreviation);
    QCOMPARE(legalEntityAbbreviation(word), abbreviation);
}

void TestIdentifiers::companyPayerName_data()
{
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("kana");
    QTest::addColumn<QString>("expected");
    QTest::newRow("株式会社 prefix") << u"株式会社山田商事"_s << u"ヤマダショウジ"_s << u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s;
    QTest::newRow("株式会社 suffix") << u"山田商事株式会社"_s << u"ヤマダショウジ"_s << u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s;
    QTest::newRow("有限会社 suffix") << u"東京物産有限会社"_s << u"トウキョウブッサン"_s << u"ﾄｳｷﾖｳﾌﾞﾂｻﾝ(ﾕ"_s;
    QTest::newRow("有限会社 prefix") << u"有限会社ハヤシ工務店"_s << u"ハヤシコウムテン"_s << u"ﾕ)ﾊﾔｼｺｳﾑﾃﾝ"_s;
    QTest::newRow("合同会社") << u"合同会社キャピタルワークス"_s << u"キャピタルワークス"_s
                              << u"ﾄﾞ)ｷﾔﾋﾟﾀﾙﾜｰｸｽ"_s;
    QTest::newRow("合資会社") << u"佐藤酒造合資会社"_s << u"サトウシュゾウ"_s << u"ｻﾄｳｼﾕｿﾞｳ(ｼ"_s;
    QTest::newRow("合名会社") << u"合名会社鈴木商店"_s << u"スズキショウテン"_s << u"ﾒ)ｽｽﾞｷｼﾖｳﾃﾝ"_s;
    QTest::newRow("医療法人") << u"医療法人健友会"_s << u"ケンユウカイ"_s << u"ｲ)ｹﾝﾕｳｶｲ"_s;
    QTest::newRow("一般社団法人") << u"一般社団法人日本物流協会"_s << u"ニホンブツリュウキョウカイ"_s
                                  << u"ｼﾔ)ﾆﾎﾝﾌﾞﾂﾘﾕｳｷﾖｳｶｲ"_s;
    QTest::newRow("公益財団法人") << u"公益財団法人みどり基金"_s << u"ミドリキキン"_s << u"ｻﾞｲ)ﾐﾄﾞﾘｷｷﾝ"_s;
    QTest::newRow("学校法人") << u"学校法人青山学園"_s << u"アオヤマガクエン"_s << u"ｶﾞｸ)ｱｵﾔﾏｶﾞｸｴﾝ"_s;
    QTest::newRow("社会福祉法人") << u"社会福祉法人ひまわり会"_s << u"ヒマワリカイ"_s << u"ﾌｸ)ﾋﾏﾜﾘｶｲ"_s;
    QTest::newRow("特定非営利活動法人")
        << u"特定非営利活動法人こどもの森"_s << u"コドモノモリ"_s << u"ﾄｸﾋ)ｺﾄﾞﾓﾉﾓﾘ"_s;
    QTest::newRow("㈱ abbreviation") << u"㈱エービーシー"_s << u"エービーシー"_s << u"ｶ)ｴｰﾋﾞｰｼｰ"_s;
    QTest::newRow("（株） abbreviation") << u"（株）山田"_s << u"ヤマダ"_s << u"ｶ)ﾔﾏﾀﾞ"_s;
    QTest::newRow("space after type") << u"株式会社　山田商事"_s << u"ヤマダショウジ"_s << u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s;
    QTest::newRow("sole proprietor") << u"山田太郎"_s << u"ヤマダ　タロウ"_s << u"ﾔﾏﾀﾞ ﾀﾛｳ"_s;
    QTest::newRow("shop name") << u"やまだ商店"_s << u"ヤマダショウテン"_s << u"ﾔﾏﾀﾞｼﾖｳﾃﾝ"_s;
    QTest::newRow("hiragana reading") << u"株式会社やまと"_s << u"やまと"_s << u"ｶ)ﾔﾏﾄ"_s;
    QTest::newRow("long name cut") << u"株式会社インターナショナルビジネスコンサルティングパートナーズ"_s
                                   << u"インターナショナルビジネスコンサルティングパートナーズ"_s
                                   << u"ｶ)ｲﾝﾀｰﾅｼﾖﾅﾙﾋﾞｼﾞﾈｽｺﾝｻﾙﾃｲﾝｸﾞﾊﾟｰﾄﾅｰｽﾞ"_s.left(48);
}

void TestIdentifiers::companyPayerName()
{
    QFETCH(QString, company);
    QFETCH(QString, kana);
    QFETCH(QString, expected);
    const QString payer = toBankPayerNameForCompany(company, kana);
    QCOMPARE(payer, expected);
    QVERIFY(payer.size() <= PayerNameMaxLength);
    QString reason;
    QVERIFY2(isValidPayerName(payer, &reason), qPrintable(reason));
}

void TestIdentifiers::conversionsAreThreadSafe()
{
    // Each thread converts many names at once; the per-thread transliterators must give identical results.
    std::atomic<int> mismatches = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&mismatches] {
            for (int i = 0; i < 200; ++i) {
                if (toBankPayerNameForCompany(u"株式会社山田商事"_s, u"ヤマダショウジ"_s) != u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s)
                    ++mismatches;
                if (kaishu::parties::toFullWidthKatakana(u"ﾊﾟｰｸ"_s) != u"パーク"_s)
                    ++mismatches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestIdentifiers::bankAccountTypesAndZenginDepositKinds()
{
    using kaishu::parties::BankAccountType;
    QCOMPARE(kaishu::parties::zenginDepositKind(BankAccountType::Ordinary), 1);
    QCOMPARE(kaishu::parties::zenginDepositKind(BankAccountType::Current), 2);
    QCOMPARE(kaishu::parties::zenginDepositKind(BankAccountType::Savings), 4);
    // A Zengin 預金種目 reads back as the type it was written from.
    for (const BankAccountType type : kaishu::parties::BankAccountTypes)
        QCOMPARE(kaishu::parties::bankAccountTypeFromText(
                     QString::number(kaishu::parties::zenginDepositKind(type))),
                 type);
}

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
