#include "parties/BankDirectory.h"
#include "parties/Kana.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <thread>
#include <vector>

using namespace kaishu::parties;

namespace {

// The source the tables were made from (../shared/data/banks), read here as the oracle.
QJsonObject readJson(const QString &relativePath)
{
    QFile file(QDir(QStringLiteral(KAISHU_SHARED_DATA_DIR)).filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList codesOf(const QList<Bank> &banks)
{
    QStringList codes;
    for (const Bank &bank : banks)
        codes.append(bank.code);
    return codes;
}

} // namespace

class TestBankDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mizuho();
    void mufg();
    void japanPostBank();
    void institutionsOtherThanBanks();
    void codesAreNormalized();
    void branches();
    void unknownCodesGiveNothing();
    void everyBankOfTheSource();
    void everyBranchOfTheSource();
    void searchByCodePrefix();
    void searchFoldsKana_data();
    void searchFoldsKana();
    void searchOrdersLeadingMatchesFirst();
    void searchBlankAndUnmatched();
};

void TestBankDirectory::initTestCase()
{
    // The first use from several threads at once: one directory, loaded once, from the resource
    // embedded in the static library kaishu_core.
    QElapsedTimer timer;
    timer.start();
    std::vector<const BankDirectory *> seen(4, nullptr);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < seen.size(); ++i)
        threads.emplace_back([&seen, i] { seen[i] = &BankDirectory::instance(); });
    for (std::thread &thread : threads)
        thread.join();
    qInfo("bank directory loaded in %lld ms", static_cast<long long>(timer.elapsed()));
    for (const BankDirectory *directory : seen)
        QCOMPARE(directory, &BankDirectory::instance());
    QVERIFY(!BankDirectory::instance().banks().isEmpty());
    QVERIFY(!readJson(QStringLiteral("banks/banks.json")).isEmpty());
}

void TestBankDirectory::mizuho()
{
    const std::optional<Bank> bank = BankDirectory::instance().bank(QStringLiteral("0001"));
    QVERIFY(bank);
    QCOMPARE(bank->code, QStringLiteral("0001"));
    QCOMPARE(bank->name, QStringLiteral("みずほ銀行"));
    QCOMPARE(bank->shortName, QStringLiteral("みずほ"));
    QCOMPARE(bank->kana, QStringLiteral("ミズホ"));
    QCOMPARE(bank->halfWidthKana, QStringLiteral("ﾐｽﾞﾎ"));
}

void TestBankDirectory::mufg()
{
    // The directory writes UFJ in full-width letters and the long vowel as a full-width hyphen.
    const std::optional<Bank> bank = BankDirectory::instance().bank(QStringLiteral("0005"));
    QVERIFY(bank);
    QCOMPARE(bank->name, QStringLiteral("三菱ＵＦＪ銀行"));
    QCOMPARE(bank->shortName, QStringLiteral("三菱ＵＦＪ"));
    QCOMPARE(bank->kana, QStringLiteral("ミツビシユ－エフジエイ"));
    QCOMPARE(bank->halfWidthKana, QStringLiteral("ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ"));
}

void TestBankDirectory::japanPostBank()
{
    const std::optional<Bank> bank = BankDirectory::instance().bank(QStringLiteral("9900"));
    QVERIFY(bank);
    QCOMPARE(bank->name, QStringLiteral("ゆうちょ銀行"));
    QCOMPARE(bank->kana, QStringLiteral("ユウチヨ"));
    QCOMPARE(bank->halfWidthKana, QStringLiteral("ﾕｳﾁﾖ"));
}

void TestBankDirectory::institutionsOtherThanBanks()
{
    // Only domestic banks get 銀行; others keep the directory's name.
    const BankDirectory &directory = BankDirectory::instance();
    QCOMPARE(directory.bank(QStringLiteral("1001"))->name, QStringLiteral("北海道信金"));
    QCOMPARE(directory.bank(QStringLiteral("0401"))->name, QStringLiteral("シティバンク、エヌ・エイ"));
    QCOMPARE(directory.bank(QStringLiteral("0200"))->name, QStringLiteral("ワイズ・ペイメンツ・ジャパン"));
    QCOMPARE(directory.bank(QStringLiteral("0288"))->name, QStringLiteral("三菱ＵＦＪ信託銀行"));
    QCOMPARE(directory.bank(QStringLiteral("0517"))->name, QStringLiteral("栃木銀行"));
}

void TestBankDirectory::codesAreNormalized()
{
    const BankDirectory &directory = BankDirectory::instance();
    QCOMPARE(directory.bank(QStringLiteral("０００１"))->code, QStringLiteral("0001"));
    QCOMPARE(directory.bank(QStringLiteral(" 0001 "))->code, QStringLiteral("0001"));
    QCOMPARE(directory.branch(QStringLiteral("０００１"), QStringLiteral("００１"))->code,
             QStringLiteral("001"));
}

void TestBankDirectory::branches()
{
    const BankDirectory &directory = BankDirectory::instance();
    const std::optional<Branch> tokyo = directory.branch(QStringLiteral("0001"), QStringLiteral("001"));
    QVERIFY(tokyo);
    QCOMPARE(tokyo->bankCode, QStringLiteral("0001"));
    QCOMPARE(tokyo->code, QStringLiteral("001"));
    QCOMPARE(tokyo->name, QStringLiteral("東京営業部"));
    QCOMPARE(tokyo->kana, QStringLiteral("トウキヨウ"));
    QCOMPARE(tokyo->halfWidthKana, QStringLiteral("ﾄｳｷﾖｳ"));

    const std::optional<Branch> yucho = directory.branch(QStringLiteral("9900"), QStringLiteral("008"));
    QVERIFY(yucho);
    QCOMPARE(yucho->name, QStringLiteral("〇〇八"));
    QCOMPARE(yucho->halfWidthKana, QStringLiteral("ｾﾞﾛｾﾞﾛﾊﾁ"));

    QVERIFY(directory.hasBranches(QStringLiteral("0010")));
    QVERIFY(!directory.hasBranches(QStringLiteral("0116")));
    const QList<Branch> ofMizuho = directory.branches(QStringLiteral("0001"));
    QCOMPARE(ofMizuho.size(), readJson(QStringLiteral("banks/branches/0001.json")).size());
    QCOMPARE(ofMizuho.constFirst().code, QStringLiteral("001"));
    QVERIFY(std::is_sorted(ofMizuho.cbegin(), ofMizuho.cend(),
                           [](const Branch &a, const Branch &b) { return a.code < b.code; }));
    QVERIFY(directory.branches(QStringLiteral("0116")).isEmpty());
}

void TestBankDirectory::unknownCodesGiveNothing()
{
    const BankDirectory &directory = BankDirectory::instance();
    const QJsonObject banks = readJson(QStringLiteral("banks/banks.json"));
    QVERIFY(!banks.contains(QStringLiteral("0002")));
    QVERIFY(!directory.bank(QStringLiteral("0002")));
    for (const QString &malformed :
         {QString(), QStringLiteral("1"), QStringLiteral("001"), QStringLiteral("00001"),
          QStringLiteral("abcd"), QStringLiteral("00 1"), QStringLiteral("-001")})
        QVERIFY2(!directory.bank(malformed), qPrintable(malformed));

    const QJsonObject mizuho = readJson(QStringLiteral("banks/branches/0001.json"));
    QVERIFY(!mizuho.contains(QStringLiteral("002")));
    QVERIFY(!directory.branch(QStringLiteral("0001"), QStringLiteral("002")));
    QVERIFY(!directory.branch(QStringLiteral("0001"), QStringLiteral("01")));
    QVERIFY(!directory.branch(QStringLiteral("0001"), QStringLiteral("0001")));
    QVERIFY(!directory.branch(QStringLiteral("0116"), QStringLiteral("001"))); // no branch data
    QVERIFY(!directory.branch(QStringLiteral("0002"), QStringLiteral("001")));
}

void TestBankDirectory::everyBankOfTheSource()
{
    const BankDirectory &directory = BankDirectory::instance();
    const QJsonObject banks = readJson(QStringLiteral("banks/banks.json"));
    QCOMPARE(banks.size(), 1146);
    QCOMPARE(directory.banks().size(), banks.size());
    for (auto it = banks.constBegin(); it != banks.constEnd(); ++it) {
        const QJsonObject source = it.value().toObject();
        const std::optional<Bank> bank = directory.bank(it.key());
        QVERIFY2(bank, qPrintable(it.key()));
        QCOMPARE(bank->code, it.key());
        QCOMPARE(bank->shortName, source.value(QStringLiteral("name")).toString());
        QCOMPARE(bank->kana, source.value(QStringLiteral("kana")).toString());
        QVERIFY2(bank->name == bank->shortName || bank->name == bank->shortName + QStringLiteral("銀行"),
                 qPrintable(bank->name));
        QString reason;
        QVERIFY2(isValidPayerName(bank->halfWidthKana, &reason),
                 qPrintable(it.key() + u' ' + bank->halfWidthKana + u' ' + reason));
    }
}

void TestBankDirectory::everyBranchOfTheSource()
{
    const BankDirectory &directory = BankDirectory::instance();
    qsizetype total = 0;
    for (const QString &bankCode : {QStringLiteral("0001"), QStringLiteral("0005"), QStringLiteral("0009"),
                                    QStringLiteral("0010"), QStringLiteral("9900")}) {
        const QJsonObject branches = readJson(QStringLiteral("banks/branches/%1.json").arg(bankCode));
        QVERIFY2(!branches.isEmpty(), qPrintable(bankCode));
        QCOMPARE(directory.branches(bankCode).size(), branches.size());
        total += branches.size();
        for (auto it = branches.constBegin(); it != branches.constEnd(); ++it) {
            const QJsonObject source = it.value().toObject();
            const std::optional<Branch> branch = directory.branch(bankCode, it.key());
            QVERIFY2(branch, qPrintable(bankCode + u'-' + it.key()));
            QCOMPARE(branch->name, source.value(QStringLiteral("name")).toString());
            QCOMPARE(branch->kana, source.value(QStringLiteral("kana")).toString());
            QVERIFY2(isValidPayerName(branch->halfWidthKana), qPrintable(branch->halfWidthKana));
        }
    }
    QCOMPARE(directory.branchCount(), total);
}

void TestBankDirectory::searchByCodePrefix()
{
    const BankDirectory &directory = BankDirectory::instance();
    QCOMPARE(codesOf(directory.searchBanks(QStringLiteral("000"))),
             (QStringList{QStringLiteral("0001"), QStringLiteral("0005"), QStringLiteral("0009")}));
    QCOMPARE(codesOf(directory.searchBanks(QStringLiteral("０００５"))), QStringList{QStringLiteral("0005")});
}

void TestBankDirectory::searchFoldsKana_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("hiragana for a katakana name") << QStringLiteral("せぶん") << QStringLiteral("0034");
    QTest::newRow("long vowel ー against the directory's －")
        << QStringLiteral("ろーそん") << QStringLiteral("0042");
    QTest::newRow("small kana against the directory's large")
        << QStringLiteral("しょうない") << QStringLiteral("0121");
    QTest::newRow("hiragana for a kanji name, by its reading")
        << QStringLiteral("ちば") << QStringLiteral("0134");
    QTest::newRow("half-width kana") << QStringLiteral("ﾐｽﾞﾎ") << QStringLiteral("0001");
    QTest::newRow("katakana for a hiragana name") << QStringLiteral("ユウチョ") << QStringLiteral("9900");
    QTest::newRow("kanji substring") << QStringLiteral("住友") << QStringLiteral("0009");
    QTest::newRow("latin, any width or case") << QStringLiteral("ufj") << QStringLiteral("0005");
    QTest::newRow("full-width latin") << QStringLiteral("ＰａｙＰａｙ") << QStringLiteral("0033");
}

void TestBankDirectory::searchFoldsKana()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const QStringList found = codesOf(BankDirectory::instance().searchBanks(text));
    QVERIFY2(found.contains(code), qPrintable(found.join(u',')));
}

void TestBankDirectory::searchOrdersLeadingMatchesFirst()
{
    const BankDirectory &directory = BankDirectory::instance();
    // みずほ and みずほ信託 start with the text; banks that merely contain it come after.
    const QStringList mizuho = codesOf(directory.searchBanks(QStringLiteral("みずほ")));
    QCOMPARE(mizuho.mid(0, 2), (QStringList{QStringLiteral("0001"), QStringLiteral("0289")}));

    const QStringList ufj = codesOf(directory.searchBanks(QStringLiteral("ＵＦＪ")));
    QVERIFY(ufj.contains(QStringLiteral("0005")));
    QVERIFY(ufj.contains(QStringLiteral("0288")));

    const QStringList hokkaido = codesOf(directory.searchBanks(QStringLiteral("ほっかいどう")));
    QCOMPARE(hokkaido.constFirst(), QStringLiteral("0116"));
    QVERIFY(hokkaido.contains(QStringLiteral("1001")));
}

void TestBankDirectory::searchBlankAndUnmatched()
{
    const BankDirectory &directory = BankDirectory::instance();
    QCOMPARE(directory.searchBanks(QString()).size(), directory.banks().size());
    QCOMPARE(directory.searchBanks(QStringLiteral("　 ")).size(), directory.banks().size());
    QVERIFY(directory.searchBanks(QStringLiteral("存在しない銀行名")).isEmpty());
    QVERIFY(directory.searchBanks(QStringLiteral("99999")).isEmpty());
}

QTEST_GUILESS_MAIN(TestBankDirectory)
#include "tst_bankdirectory.moc"
