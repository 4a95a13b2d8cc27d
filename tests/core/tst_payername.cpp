#include "parties/Kana.h"
#include "payments/PayerName.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace kaishu::payments;
using namespace Qt::StringLiterals;

namespace {

// Register readings of real-looking debtors, all of at least six kana.
const QStringList &registerReadings()
{
    static const QStringList readings{
        u"ヤマダショウジ"_s,         u"スズキコウギョウ"_s,       u"タナカケンセツ"_s,
        u"サトウブッサン"_s,         u"ワタナベデンキ"_s,         u"イトウセイサクショ"_s,
        u"ナカムラウンユ"_s,         u"コバヤシヤッキョク"_s,     u"カトウフドウサン"_s,
        u"マツモトガクエン"_s,       u"ホッカイドウリョウカン"_s, u"ミライデザイン"_s,
        u"ニホンキカイキョウカイ"_s, u"ヒマワリフクシカイ"_s,     u"アールエーシー"_s,
        u"オガワソフトウェア"_s,
    };
    return readings;
}

// Pairs that have nothing to do with each other beyond a kana here and there.
const QList<std::pair<QString, QString>> &unrelatedPairs()
{
    static const QList<std::pair<QString, QString>> pairs{
        {u"ヤマダショウジ"_s, u"タナカケンセツ"_s},         {u"ヤマダショウジ"_s, u"ワタナベデンキ"_s},
        {u"スズキコウギョウ"_s, u"ナカムラウンユ"_s},       {u"サトウブッサン"_s, u"ミライデザイン"_s},
        {u"イトウセイサクショ"_s, u"ヒマワリフクシカイ"_s}, {u"コバヤシヤッキョク"_s, u"タナカケンセツ"_s},
        {u"カトウフドウサン"_s, u"オガワソフトウェア"_s},   {u"マツモトガクエン"_s, u"ワタナベデンキ"_s},
        {u"ホッカイドウリョウカン"_s, u"ミライデザイン"_s}, {u"アールエーシー"_s, u"ヤマダショウジ"_s},
        {u"ニホンキカイキョウカイ"_s, u"サトウブッサン"_s}, {u"ナカムラウンユ"_s, u"ヒマワリフクシカイ"_s},
    };
    return pairs;
}

QString keyOf(const QString &text)
{
    return parsePayerName(text).key;
}

} // namespace

class TestPayerName : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void sameKey_data();
    void sameKey();
    void everyLegalEntityFormIsRecognised_data();
    void everyLegalEntityFormIsRecognised();
    void cutNameIsThePrefixOfTheWholeName();
    void rawIsKept();

    void similarity_data();
    void similarity();
    void similarityIsSymmetricWithIdentityAtTheTop();
    void oneEditKeepsALongNameSimilar();
    void unrelatedNamesScoreLow();
    void emptyKeysMatchNothing();

    void parsingIsThreadSafe();
    void parseSpeed();
    void similaritySpeed();
};

void TestPayerName::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("legalEntity");
    QTest::addColumn<QString>("branchWord");
    QTest::addColumn<QStringList>("numbers");

    const QString yamada = u"ヤマダシヨウジ"_s;
    const auto row = [](const char *name, const QString &text, const QString &key,
                        const QString &legalEntity = {}, const QString &branchWord = {},
                        const QStringList &numbers = {}) {
        QTest::newRow(name) << text << key << legalEntity << branchWord << numbers;
    };

    // 株式会社 in every bracket form a bank writes, at either end and in the middle.
    row("ｶ) prefix", u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s, yamada, u"ｶ"_s);
    row("(ｶ suffix", u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, yamada, u"ｶ"_s);
    row("(ｶ) prefix", u"(ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s, yamada, u"ｶ"_s);
    row("(ｶ) suffix", u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ)"_s, yamada, u"ｶ"_s);
    row("ｶ) and a space", u"ｶ) ﾔﾏﾀﾞｼﾖｳｼﾞ"_s, yamada, u"ｶ"_s);
    row("(ｶ at the start", u"(ｶ ﾔﾏﾀﾞｼﾖｳｼﾞ"_s, yamada, u"ｶ"_s);
    row("(ｶ) in the middle", u"ﾔﾏﾀﾞ(ｶ)ｼﾖｳｼﾞ"_s, yamada, u"ｶ"_s);
    row("ｶ) after a space at the end", u"ﾔﾏﾀﾞｼﾖｳｼﾞ ｶ)"_s, yamada, u"ｶ"_s);
    row("(ｶ after a space", u"ﾔﾏﾀﾞｼﾖｳｼﾞ (ｶ"_s, yamada, u"ｶ"_s);
    row("small kana and suffix", u"ﾔﾏﾀﾞ ｼｮｳｼﾞ(ｶ"_s, yamada, u"ｶ"_s);
    row("ｶ) before a name starting with ｶ", u"ｶ)ｶﾄｳｼﾖｳｼﾞ"_s, u"カトウシヨウジ"_s, u"ｶ"_s);
    row("person named ｶﾄｳ keeps the ｶ", u"ｶﾄｳ ﾀﾛｳ"_s, u"カトウタロウ"_s);
    row("ｶ) glued to letters is a name", u"ﾔﾏﾀﾞｶ)"_s, u"ヤマダカ"_s);
    row("bracketed word that is no abbreviation", u"ﾔﾏﾀﾞ(ﾀﾞｲﾋﾖｳ)"_s, u"ヤマダダイヒヨウ"_s);

    // The other abbreviations of DOMAIN.md §5.
    row("ﾕ) 有限会社", u"ﾕ)ｻｲﾄｳﾃﾞﾝｷ"_s, u"サイトウデンキ"_s, u"ﾕ"_s);
    row("(ﾕ 有限会社", u"ｻｲﾄｳﾃﾞﾝｷ(ﾕ"_s, u"サイトウデンキ"_s, u"ﾕ"_s);
    row("ﾒ) 合名会社", u"ﾒ)ﾀｶﾊｼｼﾖｳﾃﾝ"_s, u"タカハシシヨウテン"_s, u"ﾒ"_s);
    row("(ﾒ) 合名会社", u"ﾀｶﾊｼｼﾖｳﾃﾝ(ﾒ)"_s, u"タカハシシヨウテン"_s, u"ﾒ"_s);
    row("ｼ) 合資会社", u"ｼ)ｵｶﾞﾜｼﾖｳｶｲ"_s, u"オガワシヨウカイ"_s, u"ｼ"_s);
    row("(ｼ 合資会社", u"ｵｶﾞﾜｼﾖｳｶｲ(ｼ"_s, u"オガワシヨウカイ"_s, u"ｼ"_s);
    row("ﾄﾞ) 合同会社", u"ﾄﾞ)ﾐﾗｲﾃﾞｻﾞｲﾝ"_s, u"ミライデザイン"_s, u"ﾄﾞ"_s);
    row("(ﾄﾞ 合同会社", u"ﾐﾗｲﾃﾞｻﾞｲﾝ(ﾄﾞ"_s, u"ミライデザイン"_s, u"ﾄﾞ"_s);
    row("ｲ) 医療法人", u"ｲ)ｹﾝｺｳｶｲ"_s, u"ケンコウカイ"_s, u"ｲ"_s);
    row("(ｲ) 医療法人 with hospital", u"(ｲ)ｹﾝｺｳｶｲ ｻｸﾗﾋﾞﾖｳｲﾝ"_s, u"ケンコウカイサクラビヨウイン"_s, u"ｲ"_s);
    row("ｻﾞｲ) 財団法人", u"ｻﾞｲ)ﾆﾎﾝﾌﾞﾝｶｼﾝｺｳｶｲ"_s, u"ニホンブンカシンコウカイ"_s, u"ｻﾞｲ"_s);
    row("(ｻﾞｲ 財団法人", u"ﾆﾎﾝﾌﾞﾝｶｼﾝｺｳｶｲ(ｻﾞｲ"_s, u"ニホンブンカシンコウカイ"_s, u"ｻﾞｲ"_s);
    row("ｼﾔ) 社団法人", u"ｼﾔ)ﾆﾎﾝｷｶｲｷﾖｳｶｲ"_s, u"ニホンキカイキヨウカイ"_s, u"ｼﾔ"_s);
    row("(ｼﾔ 社団法人", u"ﾆﾎﾝｷｶｲｷﾖｳｶｲ(ｼﾔ"_s, u"ニホンキカイキヨウカイ"_s, u"ｼﾔ"_s);
    row("ｶﾞｸ) 学校法人", u"ｶﾞｸ)ｻｸﾗｶﾞｸｴﾝ"_s, u"サクラガクエン"_s, u"ｶﾞｸ"_s);
    row("(ｶﾞｸ) 学校法人", u"ｻｸﾗｶﾞｸｴﾝ(ｶﾞｸ)"_s, u"サクラガクエン"_s, u"ｶﾞｸ"_s);
    row("ﾌｸ) 社会福祉法人", u"ﾌｸ)ﾋﾏﾜﾘｶｲ"_s, u"ヒマワリカイ"_s, u"ﾌｸ"_s);
    row("(ﾌｸ 社会福祉法人", u"ﾋﾏﾜﾘｶｲ(ﾌｸ"_s, u"ヒマワリカイ"_s, u"ﾌｸ"_s);
    row("ﾄｸﾋ) NPO", u"ﾄｸﾋ)ﾐﾄﾞﾘﾉｶｲ"_s, u"ミドリノカイ"_s, u"ﾄｸﾋ"_s);
    row("(ﾄｸﾋ) NPO", u"ﾐﾄﾞﾘﾉｶｲ(ﾄｸﾋ)"_s, u"ミドリノカイ"_s, u"ﾄｸﾋ"_s);
    row("ﾄﾞｸ) 独立行政法人", u"ﾄﾞｸ)ｺｸﾘﾂｹﾝｷﾕｳｷｺｳ"_s, u"コクリツケンキユウキコウ"_s, u"ﾄﾞｸ"_s);
    row("(ﾄﾞｸ 独立行政法人", u"ｺｸﾘﾂｹﾝｷﾕｳｷｺｳ(ﾄﾞｸ"_s, u"コクリツケンキユウキコウ"_s, u"ﾄﾞｸ"_s);
    row("(ｴｲ) in the middle", u"ﾄｳｷﾖｳ(ｴｲ)ﾔﾏﾀﾞ"_s, u"トウキヨウヤマダ"_s, QString(), u"ｴｲ"_s);
    row("ｶ) and (ｴｲ", u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ(ｴｲ"_s, yamada, u"ｶ"_s, u"ｴｲ"_s);
    row("ｶ) and ... (ｼﾕﾂ", u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ ｵｵｻｶ(ｼﾕﾂ"_s, u"ヤマダシヨウジオオサカ"_s, u"ｶ"_s, u"ｼﾕﾂ"_s);
    row("(ｶ) and (ｼﾕﾂ)", u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ)ｵｵｻｶ(ｼﾕﾂ)"_s, u"ヤマダシヨウジオオサカ"_s, u"ｶ"_s, u"ｼﾕﾂ"_s);
    row("two types: the first is reported", u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ(ﾕ"_s, yamada, u"ｶ"_s);
    row("full-width brackets and reading", u"（カ）ヤマダショウジ"_s, yamada, u"ｶ"_s);

    // Small kana, voiced marks, long vowels.
    row("small ｯ written large", u"ﾆﾂﾎﾟﾝﾂｰﾘｽﾄ"_s, u"ニツポンツーリスト"_s);
    row("small ッ folded", u"ニッポンツーリスト"_s, u"ニツポンツーリスト"_s);
    row("small ｬｯｼｭ", u"ｷｬｯｼｭｻｰﾋﾞｽ"_s, u"キヤツシユサービス"_s);
    row("small ァ", u"ファミリーマート"_s, u"フアミリーマート"_s);
    row("small ィ after ヴ", u"ヴィクトリア"_s, u"ヴイクトリア"_s);
    row("small ヮ", u"クヮンノン"_s, u"クワンノン"_s);
    row("ｳﾞ composed", u"ｳﾞｲｸﾄﾘｱ"_s, u"ヴイクトリア"_s);
    row("ﾊﾞ and ﾅﾑｺ", u"ﾊﾞﾝﾀﾞｲﾅﾑｺ"_s, u"バンダイナムコ"_s);
    row("ﾟ composed", u"ﾎﾟｰﾗｰｽﾀｰ"_s, u"ポーラースター"_s);
    row("stray ゛", u"カ゛ス"_s, u"ガス"_s);
    row("stray ゜", u"ハ゜ン"_s, u"パン"_s);
    row("combining voiced mark", u"カ\u3099ス"_s, u"ガス"_s);
    row("half-width ﾞ after full-width kana", u"カﾞス"_s, u"ガス"_s);
    row("mark after a kana that takes none", u"アﾞイ"_s, u"アイ"_s);
    row("mark at the start", u"ﾞｱｲ"_s, u"アイ"_s);
    row("long vowel as -", u"ｺ-ﾋ-ｼﾖﾂﾌﾟ"_s, u"コーヒーシヨツプ"_s);
    row("long vowel as ‐ and −", u"コ‐ヒ−"_s, u"コーヒー"_s);
    row("long vowel as －", u"ｺ－ﾋｰ"_s, u"コーヒー"_s);
    row("long vowel as ｰ", u"ﾃﾞｰﾀｰ"_s, u"データー"_s);

    // Spaces and punctuation.
    row("space", u"ﾔﾏﾀﾞ ｼﾖｳｼﾞ"_s, yamada);
    row("ideographic space", u"ﾔﾏﾀﾞ　ｼｮｳｼﾞ"_s, yamada);
    row("dot", u"ﾔﾏﾀﾞ.ｼﾖｳｼﾞ"_s, yamada);
    row("comma and slash", u"ﾔﾏﾀﾞ,ｼﾖｳｼﾞ/ﾄｳｷﾖｳ"_s, u"ヤマダシヨウジトウキヨウ"_s);
    row("middle dot", u"ヤマダ・ショウジ"_s, yamada);
    row("surrounding spaces", u"  ﾔﾏﾀﾞｼﾖｳｼﾞ  "_s, yamada);
    row("dash between words", u"ﾔﾏﾀﾞ - ｼﾖｳｼﾞ"_s, yamada);

    // Hiragana and full-width input.
    row("hiragana", u"やまだしょうじ"_s, yamada);
    row("hiragana with a space", u"さとう　はなこ"_s, u"サトウハナコ"_s);
    row("full-width katakana", u"ヤマダショウジ"_s, yamada);
    row("full-width latin and reading", u"ＡＢＣ　ショウカイ"_s, u"ABCシヨウカイ"_s);
    row("full-width lower-case latin", u"ａｂｃ"_s, u"ABC"_s);

    // Kanji names: the kanji stay, the legal-entity word goes wherever it stands.
    row("株式会社 first", u"株式会社山田商事"_s, u"山田商事"_s, u"ｶ"_s);
    row("株式会社 last", u"山田商事株式会社"_s, u"山田商事"_s, u"ｶ"_s);
    row("（株） last", u"山田商事（株）"_s, u"山田商事"_s, u"ｶ"_s);
    row("(株) first", u"(株)山田商事"_s, u"山田商事"_s, u"ｶ"_s);
    row("㈱ first", u"㈱山田商事"_s, u"山田商事"_s, u"ｶ"_s);
    row("（株） in the middle", u"東京（株）山田"_s, u"東京山田"_s, u"ｶ"_s);
    row("㍿", u"㍿ヤマダ"_s, u"ヤマダ"_s, u"ｶ"_s);
    row("有限会社", u"有限会社鈴木工業"_s, u"鈴木工業"_s, u"ﾕ"_s);
    row("㈲", u"㈲鈴木工業"_s, u"鈴木工業"_s, u"ﾕ"_s);
    row("医療法人", u"医療法人健康会"_s, u"健康会"_s, u"ｲ"_s);
    row("一般社団法人 not 社団法人", u"一般社団法人日本機械協会"_s, u"日本機械協会"_s, u"ｼﾔ"_s);
    row("特定非営利活動法人 with hiragana", u"特定非営利活動法人みどりの会"_s, u"ミドリノ会"_s, u"ﾄｸﾋ"_s);
    row("NPO法人", u"NPO法人みどりの会"_s, u"ミドリノ会"_s, u"ﾄｸﾋ"_s);
    row("合同会社 with katakana", u"合同会社ミライデザイン"_s, u"ミライデザイン"_s, u"ﾄﾞ"_s);
    row("株式会社 and a kanji branch", u"株式会社 山田商事 東京営業所"_s, u"山田商事東京営業所"_s, u"ｶ"_s);
    row("ヶ in a place name", u"霞ヶ関ビル"_s, u"霞ケ関ビル"_s);
    row("person in kanji", u"山田　太郎"_s, u"山田太郎"_s);

    // Numbers and codes in front of and after the name.
    row("number in front", u"1234567 ﾔﾏﾀﾞｼﾖｳｼﾞ"_s, yamada, {}, {}, {u"1234567"_s});
    row("number after", u"ﾔﾏﾀﾞｼﾖｳｼﾞ 1234567"_s, yamada, {}, {}, {u"1234567"_s});
    row("number glued in front", u"1234567ﾔﾏﾀﾞｼﾖｳｼﾞ"_s, yamada, {}, {}, {u"1234567"_s});
    row("customer code in front", u"C001-000123 ﾔﾏﾀﾞ"_s, u"ヤマダ"_s, {}, {}, {u"C001-000123"_s});
    row("invoice number after", u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ C001-2026-000123"_s, yamada, u"ｶ"_s, {},
        {u"C001-2026-000123"_s});
    row("number before ｶ)", u"1234567 ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s, yamada, u"ｶ"_s, {}, {u"1234567"_s});
    row("number and dash before ｶ)", u"1234567-ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s, yamada, u"ｶ"_s, {}, {u"1234567"_s});
    row("ｶｰ is no abbreviation", u"(ｶｰﾄﾞ ｻｰﾋﾞｽ"_s, u"カードサービス"_s);
    row("number after (ｶ", u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ 1234567"_s, yamada, u"ｶ"_s, {}, {u"1234567"_s});
    row("full-width number", u"１２３４５６７　ヤマダショウジ"_s, yamada, {}, {}, {u"1234567"_s});
    row("full-width code", u"ｃ００１－０００１２３　ﾔﾏﾀﾞ"_s, u"ヤマダ"_s, {}, {}, {u"C001-000123"_s});
    row("two numbers in front", u"123 456 ﾔﾏﾀﾞ"_s, u"ヤマダ"_s, {}, {}, {u"123"_s, u"456"_s});
    row("numbers at both ends", u"1234567 ﾔﾏﾀﾞｼﾖｳｼﾞ 7654321"_s, yamada, {}, {}, {u"1234567"_s, u"7654321"_s});
    row("number after a dash", u"ﾔﾏﾀﾞ-1234567"_s, u"ヤマダ"_s, {}, {}, {u"1234567"_s});
    row("number after a long vowel", u"ｺｰﾋｰ 1234567"_s, u"コーヒー"_s, {}, {}, {u"1234567"_s});
    row("NO.123 in front", u"NO.123 ﾔﾏﾀﾞ"_s, u"ヤマダ"_s, {}, {}, {u"NO.123"_s});
    row("date-like number after", u"ﾔﾏﾀﾞ 2026/10"_s, u"ヤマダ"_s, {}, {}, {u"2026/10"_s});
    row("number inside the name stays", u"ﾔﾏﾀﾞ 2 ｼﾖｳｼﾞ"_s, u"ヤマダ2シヨウジ"_s);
    row("only a number", u"1234567"_s, QString(), {}, {}, {u"1234567"_s});

    // Latin names keep their letters.
    row("latin word", u"ABC ｼﾖｳｶｲ"_s, u"ABCシヨウカイ"_s);
    row("latin glued to kana", u"ABCｼﾖｳｶｲ"_s, u"ABCシヨウカイ"_s);
    row("latin with a digit", u"3M ｼﾞﾔﾊﾟﾝ"_s, u"3Mジヤパン"_s);
    row("3M with ｶ) and a number", u"ｶ)3M ｼﾞﾔﾊﾟﾝ 1234567"_s, u"3Mジヤパン"_s, u"ｶ"_s, {}, {u"1234567"_s});
    row("digit-dash-latin brand", u"7-ELEVEN ｼﾞﾔﾊﾟﾝ"_s, u"7ELEVENジヤパン"_s);
    row("latin with dots", u"A.B.C ﾄﾚｰﾃﾞｨﾝｸﾞ"_s, u"ABCトレーデイング"_s);
    row("latin only", u"IBM"_s, u"IBM"_s);
    row("lower-case latin", u"ibm japan"_s, u"IBMJAPAN"_s);
    row("kana initials with dots", u"ｴｽ.ｴｽ.ｹｲ"_s, u"エスエスケイ"_s);

    // DOMAIN.md §5's known weakness: spacing must not matter.
    row("ｱｰﾙ ｴｰｼｰ", u"ｱｰﾙ ｴｰｼｰ"_s, u"アールエーシー"_s);
    row("ｱｰﾙｴｰｼｰ", u"ｱｰﾙｴｰｼｰ"_s, u"アールエーシー"_s);
    row("アール・エー・シー", u"アール・エー・シー"_s, u"アールエーシー"_s);
    row("ｶ)ｱｰﾙ ｴｰｼｰ", u"ｶ)ｱｰﾙ ｴｰｼｰ"_s, u"アールエーシー"_s, u"ｶ"_s);

    // Nothing to parse.
    row("empty", QString(), QString());
    row("spaces", u"   "_s, QString());
    row("ideographic space", u"\u3000"_s, QString());
    row("only an abbreviation", u"(ｶ)"_s, QString(), u"ｶ"_s);
    row("only punctuation", u"( ) - . ,"_s, QString());
}

void TestPayerName::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, legalEntity);
    QFETCH(QString, branchWord);
    QFETCH(QStringList, numbers);

    const PayerName name = parsePayerName(text);
    QCOMPARE(name.key, key);
    QCOMPARE(name.legalEntity, legalEntity);
    QCOMPARE(name.branchWord, branchWord);
    QCOMPARE(name.numbers, numbers);
}

void TestPayerName::sameKey_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");

    QTest::newRow("bank vs reading") << u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s << u"ヤマダショウジ"_s;
    QTest::newRow("bank vs hiragana") << u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s << u"やまだしょうじ"_s;
    QTest::newRow("bank vs toBankPayerNameForCompany")
        << u"ﾔﾏﾀﾞ ｼﾖｳｼﾞ"_s
        << kaishu::parties::toBankPayerNameForCompany(u"株式会社山田商事"_s, u"ヤマダショウジ"_s);
    QTest::newRow("spaced vs unspaced") << u"ｱｰﾙ ｴｰｼｰ"_s << u"ｱｰﾙｴｰｼｰ"_s;
    QTest::newRow("dash vs ｰ") << u"ｺ-ﾋ- ﾊｳｽ"_s << u"ｺｰﾋｰﾊｳｽ"_s;
    QTest::newRow("reading with ー vs bank -") << u"コーヒーハウス"_s << u"ｺ-ﾋ-ﾊｳｽ"_s;
    QTest::newRow("number in front vs none") << u"1234567 ﾔﾏﾀﾞｼﾖｳｼﾞ"_s << u"ヤマダショウジ"_s;
    QTest::newRow("code after vs none") << u"ﾔﾏﾀﾞｼﾖｳｼﾞ C001-000123"_s << u"ヤマダショウジ"_s;
    QTest::newRow("full-width vs half-width latin") << u"ＡＢＣ　ｼｮｳｶｲ"_s << u"ABC ｼﾖｳｶｲ"_s;
    QTest::newRow("kanji forms of 株式会社") << u"株式会社山田商事"_s << u"山田商事㈱"_s;
    QTest::newRow("(株) vs （株）") << u"(株)山田商事"_s << u"山田商事（株）"_s;
    QTest::newRow("small vs large kana") << u"キャッシュ"_s << u"ｷﾔﾂｼﾕ"_s;
    QTest::newRow("separate vs composed voicing") << u"ｶﾞｸｴﾝ"_s << u"ガクエン"_s;
}

void TestPayerName::sameKey()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    const QString leftKey = keyOf(left);
    QVERIFY(!leftKey.isEmpty());
    QCOMPARE(leftKey, keyOf(right));
}

void TestPayerName::everyLegalEntityFormIsRecognised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("legalEntity");

    // Whatever legalEntityForms() knows is recognised in every position and bracket form.
    for (const kaishu::parties::LegalEntityForm &form : kaishu::parties::legalEntityForms()) {
        const QString abbreviation = form.abbreviation;
        const QString name = u"ﾐﾄﾞﾘｼﾖｳｼﾞ"_s;
        const QString key = u"ミドリシヨウジ"_s;
        const QStringList bankForms{
            abbreviation + u")"_s + name,          name + u"("_s + abbreviation,
            u"("_s + abbreviation + u")"_s + name, name + u"("_s + abbreviation + u")"_s,
            abbreviation + u") "_s + name,         u"ﾐﾄﾞﾘ("_s + abbreviation + u")ｼﾖｳｼﾞ"_s};
        for (const QString &text : bankForms)
            QTest::addRow("%s", qPrintable(text)) << text << key << abbreviation;
        for (const QString &spelling : form.spellings) {
            QTest::addRow("%s first", qPrintable(spelling))
                << spelling + u"緑商事"_s << u"緑商事"_s << abbreviation;
            QTest::addRow("%s last", qPrintable(spelling))
                << u"緑商事"_s + spelling << u"緑商事"_s << abbreviation;
        }
    }
}

void TestPayerName::everyLegalEntityFormIsRecognised()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, legalEntity);

    const PayerName name = parsePayerName(text);
    QCOMPARE(name.key, key);
    QCOMPARE(name.legalEntity, legalEntity);
}

void TestPayerName::cutNameIsThePrefixOfTheWholeName()
{
    // The bank keeps 48 characters: the voiced marks take their own, so the reading is cut short.
    const QString reading =
        u"トウキョウコクサイブツリュウセンターホールディングスジャパンニシニホンシテンカンサイエイギョウブ"_s;
    const QString bankName = kaishu::parties::toBankPayerNameForCompany(
        u"株式会社東京国際物流センターホールディングス"_s, reading);
    QCOMPARE(bankName.size(), kaishu::parties::PayerNameMaxLength);

    const PayerName cut = parsePayerName(bankName);
    const PayerName whole = parsePayerName(reading);
    QCOMPARE(cut.legalEntity, u"ｶ"_s);
    QVERIFY2(cut.key.size() < whole.key.size(), qPrintable(cut.key));
    QVERIFY2(whole.key.startsWith(cut.key), qPrintable(cut.key + u" / "_s + whole.key));

    const int similarity = payerNameSimilarity(cut.key, whole.key);
    QVERIFY2(similarity >= 900 && similarity < 1000, qPrintable(QString::number(similarity)));
    // A cut name with one wrong kana is still close to the whole name.
    QString typo = cut.key;
    typo[5] = u'ヌ';
    QVERIFY(payerNameSimilarity(typo, whole.key) >= 900);
}

void TestPayerName::rawIsKept()
{
    const QString text = u" 1234567 ｶ)ﾔﾏﾀﾞ "_s;
    QCOMPARE(parsePayerName(text).raw, text);
}

void TestPayerName::similarity_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("atLeast");
    QTest::addColumn<int>("atMost");

    QTest::newRow("same name, other spelling") << u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s << u"ヤマダショウジ"_s << 1000 << 1000;
    QTest::newRow("same kanji") << u"山田商事"_s << u"株式会社山田商事"_s << 1000 << 1000;
    QTest::newRow("long vowel left out") << u"ｻｰﾋﾞｽ"_s << u"ｻﾋﾞｽ"_s << 900 << 999;
    QTest::newRow("voicing mark lost") << u"ﾔﾏﾀﾞｼﾖｳｼﾞ"_s << u"ﾔﾏﾀｼﾖｳｼﾞ"_s << 900 << 999;
    QTest::newRow("one kana changed, 7 kana") << u"ﾔﾏﾀﾞｼﾖｳｼﾞ"_s << u"ﾔﾏﾈﾞｼﾖｳｼﾞ"_s << 850 << 999;
    QTest::newRow("one kana dropped, 7 kana") << u"ﾔﾏﾀﾞｼﾖｳｼﾞ"_s << u"ﾔﾏﾀﾞｼﾖｼﾞ"_s << 850 << 999;
    QTest::newRow("swapped pair") << u"ﾔﾏﾀﾞｼﾖｳｼﾞ"_s << u"ﾔﾏﾀﾞﾖｼｳｼﾞ"_s << 850 << 999;
    QTest::newRow("two kana changed") << u"ﾔﾏﾀﾞｼﾖｳｼﾞ"_s << u"ﾔﾏﾈﾞｼﾖｳｷﾞ"_s << 600 << 849;
    QTest::newRow("short prefix is another name") << u"ﾔﾏﾀﾞ"_s << u"ﾔﾏﾀﾞｼﾖｳｼﾞ"_s << 300 << 700;
    QTest::newRow("branch added") << u"ﾔﾏﾀﾞｼﾖｳｼﾞ"_s << u"ﾔﾏﾀﾞｼﾖｳｼﾞ ﾄｳｷﾖｳｼﾃﾝ"_s << 300 << 700;
    QTest::newRow("family name only shared") << u"ﾔﾏﾀﾞｼﾖｳｼﾞ"_s << u"ﾔﾏﾀﾞｹﾝｾﾂ"_s << 300 << 700;
    QTest::newRow("unrelated") << u"ﾔﾏﾀﾞｼﾖｳｼﾞ"_s << u"ﾜﾀﾅﾍﾞﾃﾞﾝｷ"_s << 0 << 499;
    QTest::newRow("kanji vs reading do not meet") << u"山田商事"_s << u"ヤマダショウジ"_s << 0 << 200;
    QTest::newRow("latin one letter off") << u"ABC ｼﾖｳｶｲ"_s << u"ABD ｼﾖｳｶｲ"_s << 850 << 999;
}

void TestPayerName::similarity()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(int, atLeast);
    QFETCH(int, atMost);

    const int similarity = payerNameSimilarity(keyOf(left), keyOf(right));
    QVERIFY2(similarity >= atLeast && similarity <= atMost,
             qPrintable(u"%1 vs %2: %3"_s.arg(keyOf(left), keyOf(right)).arg(similarity)));
}

void TestPayerName::similarityIsSymmetricWithIdentityAtTheTop()
{
    QStringList keys;
    for (const QString &reading : registerReadings())
        keys << keyOf(reading);
    // Near-miss spellings too, so symmetry is checked where the costs differ in kind.
    keys << keyOf(u"ﾔﾏﾀｼﾖｳｼﾞ"_s) << keyOf(u"ｻｰﾋﾞｽ"_s) << keyOf(u"ｻﾋﾞｽ"_s) << keyOf(u"ﾔﾏﾀﾞﾖｼｳｼﾞ"_s)
         << keyOf(u"ﾔﾏﾀﾞ"_s) << keyOf(u"3M ｼﾞﾔﾊﾟﾝ"_s) << keyOf(u"山田商事"_s) << QString(40, u'ア') + u"イ"_s
         << QString(40, u'ア');
    for (const QString &left : std::as_const(keys)) {
        QCOMPARE(payerNameSimilarity(left, left), 1000);
        for (const QString &right : std::as_const(keys)) {
            const int forth = payerNameSimilarity(left, right);
            QCOMPARE(forth, payerNameSimilarity(right, left));
            QVERIFY(forth >= 0 && forth <= 1000);
            if (left != right)
                QVERIFY2(forth < 1000, qPrintable(left + u" / "_s + right));
        }
    }
}

void TestPayerName::oneEditKeepsALongNameSimilar()
{
    // Every single edit of every reading: each kana dropped, changed, doubled, and each adjacent
    // pair swapped.
    int edits = 0;
    for (const QString &reading : registerReadings()) {
        const QString key = keyOf(reading);
        QVERIFY(key.size() >= 6);
        QStringList variants;
        for (qsizetype i = 0; i < key.size(); ++i) {
            variants << QString(key).remove(i, 1);
            QString changed = key;
            changed[i] = changed[i] == u'ヌ' ? u'ネ' : u'ヌ';
            variants << changed;
            variants << QString(key).insert(i, u'ヌ');
            if (i + 1 < key.size() && key[i] != key[i + 1]) {
                QString swapped = key;
                std::swap(swapped[i], swapped[i + 1]);
                variants << swapped;
            }
        }
        for (const QString &variant : std::as_const(variants)) {
            const int similarity = payerNameSimilarity(key, variant);
            QVERIFY2(similarity >= 850 && similarity < 1000,
                     qPrintable(u"%1 vs %2: %3"_s.arg(key, variant).arg(similarity)));
            ++edits;
        }
    }
    QVERIFY(edits > 400);
}

void TestPayerName::unrelatedNamesScoreLow()
{
    for (const auto &[left, right] : unrelatedPairs()) {
        const int similarity = payerNameSimilarity(keyOf(left), keyOf(right));
        QVERIFY2(similarity < 500, qPrintable(u"%1 vs %2: %3"_s.arg(left, right).arg(similarity)));
    }
}

void TestPayerName::emptyKeysMatchNothing()
{
    QCOMPARE(payerNameSimilarity(QString(), QString()), 0);
    QCOMPARE(payerNameSimilarity(QString(), u"ヤマダ"_s), 0);
    QCOMPARE(payerNameSimilarity(u"ヤマダ"_s, QString()), 0);
}

void TestPayerName::parsingIsThreadSafe()
{
    // The character forms are built once and read by all threads; ICU runs per thread.
    const QStringList inputs{u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ 1234567"_s, u"株式会社山田商事"_s, u"やまだしょうじ"_s,
                             u"ｱｰﾙ ｴｰｼｰ(ﾕ"_s, u"𠮷野家"_s};
    QList<PayerName> expected;
    for (const QString &input : inputs)
        expected << parsePayerName(input);
    std::atomic<int> mismatches = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 6; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 300; ++i) {
                for (qsizetype n = 0; n < inputs.size(); ++n) {
                    const PayerName name = parsePayerName(inputs[n]);
                    if (name.key != expected[n].key || name.numbers != expected[n].numbers ||
                        name.legalEntity != expected[n].legalEntity)
                        ++mismatches;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
    QCOMPARE(expected.last().key, u"𠮷野家"_s);
}

void TestPayerName::parseSpeed()
{
    // What one matching run reads: bank lines, register payer names, readings and kanji names.
    const QStringList corpus{
        u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s,
        u"1234567 ﾄｳｷﾖｳﾌﾞﾂｻﾝ(ﾕ"_s,
        u"ｶ)ﾎﾂｶｲﾄﾞｳﾘﾖｳｶﾝ ｻﾂﾎﾟﾛ(ｴｲ"_s,
        u"ﾆﾎﾝｷｶｲｷﾖｳｶｲ(ｼﾔ C001-2026-000123"_s,
        u"ｱｰﾙ ｴｰｼｰ"_s,
        u"ヤマダショウジ"_s,
        u"スズキコウギョウ"_s,
        u"株式会社山田商事"_s,
        u"有限会社鈴木工業"_s,
        u"やまだしょうじ"_s,
        u"ＡＢＣ　ショウカイ"_s,
        u"ｻｸﾗｶﾞｸｴﾝ(ｶﾞｸ)"_s,
    };
    constexpr int Rounds = 10000;
    qsizetype keyCharacters = 0; // keeps the work from being optimised away
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < Rounds; ++round) {
        for (const QString &text : corpus)
            keyCharacters += parsePayerName(text).key.size();
    }
    const qint64 nanoseconds = std::max<qint64>(timer.nsecsElapsed(), 1);
    const double parses = double(Rounds) * double(corpus.size());
    qInfo("parsePayerName: %.0f parses/s (%lld key characters)", parses * 1e9 / double(nanoseconds),
          static_cast<long long>(keyCharacters));
    QVERIFY(keyCharacters > 0);
}

void TestPayerName::similaritySpeed()
{
    QStringList keys;
    for (const QString &reading : registerReadings())
        keys << keyOf(reading);
    constexpr int Rounds = 2000;
    qint64 total = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < Rounds; ++round) {
        for (const QString &left : std::as_const(keys)) {
            for (const QString &right : std::as_const(keys))
                total += payerNameSimilarity(left, right);
        }
    }
    const qint64 nanoseconds = std::max<qint64>(timer.nsecsElapsed(), 1);
    const double comparisons = double(Rounds) * double(keys.size()) * double(keys.size());
    qInfo("payerNameSimilarity: %.0f comparisons/s", comparisons * 1e9 / double(nanoseconds));
    QVERIFY(total > 0);
}

QTEST_GUILESS_MAIN(TestPayerName)
#include "tst_payername.moc"
