#include "DemoAgency.h"
#include "Dice.h"

#include "audit/AuditTrail.h"
#include "parties/Identifiers.h"
#include "parties/Kana.h"
#include "parties/PartyRepository.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>

namespace kaishu::demo {

using namespace kaishu::parties;

namespace {

struct Word
{
    const char *kanji;
    const char *kana;
    const char *romaji;
};

struct Trade
{
    const char *kanji;
    const char *kana;
    const char *romaji;
    char industry;
};

struct Place
{
    const char *prefecture;
    const char *city;
    const char *areaCode;
    const char *postalPrefix;
    int weight;
};

constexpr Word NameWords[] = {
    {"山田", "ヤマダ", "yamada"},       {"佐藤", "サトウ", "sato"},
    {"鈴木", "スズキ", "suzuki"},       {"高橋", "タカハシ", "takahashi"},
    {"田中", "タナカ", "tanaka"},       {"伊藤", "イトウ", "ito"},
    {"渡辺", "ワタナベ", "watanabe"},   {"中村", "ナカムラ", "nakamura"},
    {"小林", "コバヤシ", "kobayashi"},  {"加藤", "カトウ", "kato"},
    {"吉田", "ヨシダ", "yoshida"},      {"山本", "ヤマモト", "yamamoto"},
    {"松本", "マツモト", "matsumoto"},  {"井上", "イノウエ", "inoue"},
    {"木村", "キムラ", "kimura"},       {"清水", "シミズ", "shimizu"},
    {"山口", "ヤマグチ", "yamaguchi"},  {"池田", "イケダ", "ikeda"},
    {"橋本", "ハシモト", "hashimoto"},  {"石川", "イシカワ", "ishikawa"},
    {"前田", "マエダ", "maeda"},        {"藤田", "フジタ", "fujita"},
    {"岡田", "オカダ", "okada"},        {"後藤", "ゴトウ", "goto"},
    {"村上", "ムラカミ", "murakami"},   {"近藤", "コンドウ", "kondo"},
    {"坂本", "サカモト", "sakamoto"},   {"青木", "アオキ", "aoki"},
    {"西村", "ニシムラ", "nishimura"},  {"福田", "フクダ", "fukuda"},
    {"東京", "トウキョウ", "tokyo"},    {"大阪", "オオサカ", "osaka"},
    {"中央", "チュウオウ", "chuo"},     {"日本", "ニホン", "nihon"},
    {"東洋", "トウヨウ", "toyo"},       {"大和", "ヤマト", "yamato"},
    {"富士", "フジ", "fuji"},           {"平和", "ヘイワ", "heiwa"},
    {"協和", "キョウワ", "kyowa"},      {"三和", "サンワ", "sanwa"},
    {"旭", "アサヒ", "asahi"},          {"昭和", "ショウワ", "showa"},
    {"大成", "タイセイ", "taisei"},     {"北陸", "ホクリク", "hokuriku"},
    {"九州", "キュウシュウ", "kyushu"}, {"関東", "カントウ", "kanto"},
    {"第一", "ダイイチ", "daiichi"},    {"千代田", "チヨダ", "chiyoda"},
    {"青葉", "アオバ", "aoba"},         {"若葉", "ワカバ", "wakaba"},
    {"明治", "メイジ", "meiji"},        {"共栄", "キョウエイ", "kyoei"},
    {"丸山", "マルヤマ", "maruyama"},   {"桜井", "サクライ", "sakurai"},
    {"光陽", "コウヨウ", "koyo"},       {"北斗", "ホクト", "hokuto"},
    {"瑞穂", "ミズホ", "mizuho"},       {"白鳥", "シラトリ", "shiratori"},
    {"髙島", "タカシマ", "takashima"},  {"三ツ星", "ミツボシ", "mitsuboshi"},
};

constexpr Trade Trades[] = {
    {"商事", "ショウジ", "shoji", 'I'},
    {"物産", "ブッサン", "bussan", 'I'},
    {"工業", "コウギョウ", "kogyo", 'E'},
    {"製作所", "セイサクショ", "seisakusho", 'E'},
    {"建設", "ケンセツ", "kensetsu", 'D'},
    {"工務店", "コウムテン", "komuten", 'D'},
    {"電機", "デンキ", "denki", 'E'},
    {"食品", "ショクヒン", "shokuhin", 'E'},
    {"運輸", "ウンユ", "unyu", 'H'},
    {"運送", "ウンソウ", "unso", 'H'},
    {"システム", "システム", "system", 'G'},
    {"ソフトウェア", "ソフトウェア", "software", 'G'},
    {"不動産", "フドウサン", "fudosan", 'K'},
    {"印刷", "インサツ", "insatsu", 'E'},
    {"精機", "セイキ", "seiki", 'E'},
    {"化学", "カガク", "kagaku", 'E'},
    {"薬品", "ヤクヒン", "yakuhin", 'I'},
    {"設計", "セッケイ", "sekkei", 'L'},
    {"水産", "スイサン", "suisan", 'B'},
    {"農園", "ノウエン", "noen", 'A'},
    {"商会", "ショウカイ", "shokai", 'I'},
    {"設備", "セツビ", "setsubi", 'D'},
    {"観光", "カンコウ", "kanko", 'M'},
    {"フーズ", "フーズ", "foods", 'M'},
    {"物流", "ブツリュウ", "butsuryu", 'H'},
    {"企画", "キカク", "kikaku", 'L'},
    {"広告", "コウコク", "kokoku", 'L'},
    {"介護サービス", "カイゴサービス", "kaigo", 'P'},
    {"教育センター", "キョウイクセンター", "kyoiku", 'O'},
    {"クリーニング", "クリーニング", "cleaning", 'N'},
    {"鉱業", "コウギョウ", "kogyo", 'C'},
    {"エナジー", "エナジー", "energy", 'F'},
};

constexpr Word GivenNames[] = {
    {"太郎", "タロウ", "taro"},  {"花子", "ハナコ", "hanako"}, {"一郎", "イチロウ", "ichiro"},
    {"健太", "ケンタ", "kenta"}, {"美咲", "ミサキ", "misaki"}, {"大輔", "ダイスケ", "daisuke"},
    {"直子", "ナオコ", "naoko"}, {"浩", "ヒロシ", "hiroshi"},  {"裕子", "ユウコ", "yuko"},
    {"誠", "マコト", "makoto"},
};

constexpr const char *Towns[] = {"本町", "中町", "栄町", "緑町", "大手町", "駅前", "東町", "西町",
                                 "南町", "北町", "新町", "旭町", "錦町",   "幸町", "桜町", "松原"};

constexpr Place Places[] = {
    {"北海道", "札幌市中央区", "011", "060", 5},     {"青森県", "青森市", "017", "030", 1},
    {"岩手県", "盛岡市", "019", "020", 1},           {"宮城県", "仙台市青葉区", "022", "980", 2},
    {"秋田県", "秋田市", "018", "010", 1},           {"山形県", "山形市", "023", "990", 1},
    {"福島県", "福島市", "024", "960", 1},           {"茨城県", "水戸市", "029", "310", 2},
    {"栃木県", "宇都宮市", "028", "320", 2},         {"群馬県", "前橋市", "027", "371", 2},
    {"埼玉県", "さいたま市大宮区", "048", "330", 6}, {"千葉県", "千葉市中央区", "043", "260", 5},
    {"東京都", "千代田区", "03", "100", 25},         {"神奈川県", "横浜市中区", "045", "231", 8},
    {"新潟県", "新潟市中央区", "025", "951", 2},     {"富山県", "富山市", "076", "930", 1},
    {"石川県", "金沢市", "076", "920", 1},           {"福井県", "福井市", "0776", "910", 1},
    {"山梨県", "甲府市", "055", "400", 1},           {"長野県", "長野市", "026", "380", 2},
    {"岐阜県", "岐阜市", "058", "500", 2},           {"静岡県", "静岡市葵区", "054", "420", 3},
    {"愛知県", "名古屋市中区", "052", "460", 8},     {"三重県", "津市", "059", "514", 1},
    {"滋賀県", "大津市", "077", "520", 1},           {"京都府", "京都市中京区", "075", "604", 2},
    {"大阪府", "大阪市北区", "06", "530", 9},        {"兵庫県", "神戸市中央区", "078", "650", 4},
    {"奈良県", "奈良市", "0742", "630", 1},          {"和歌山県", "和歌山市", "073", "640", 1},
    {"鳥取県", "鳥取市", "0857", "680", 1},          {"島根県", "松江市", "0852", "690", 1},
    {"岡山県", "岡山市北区", "086", "700", 2},       {"広島県", "広島市中区", "082", "730", 3},
    {"山口県", "山口市", "083", "753", 1},           {"徳島県", "徳島市", "088", "770", 1},
    {"香川県", "高松市", "087", "760", 1},           {"愛媛県", "松山市", "089", "790", 1},
    {"高知県", "高知市", "088", "780", 1},           {"福岡県", "福岡市博多区", "092", "812", 5},
    {"佐賀県", "佐賀市", "0952", "840", 1},          {"長崎県", "長崎市", "095", "850", 1},
    {"熊本県", "熊本市中央区", "096", "860", 1},     {"大分県", "大分市", "097", "870", 1},
    {"宮崎県", "宮崎市", "0985", "880", 1},          {"鹿児島県", "鹿児島市", "099", "890", 1},
    {"沖縄県", "那覇市", "098", "900", 1},
};

constexpr const char *TermsChoices[] = {
    "closing=eom;month=1;day=eom;shift=next",     "closing=eom;month=1;day=eom;shift=next",
    "closing=eom;month=1;day=eom;shift=previous", "closing=20;month=1;day=10;shift=next",
    "closing=25;month=2;day=5;shift=next",        "closing=15;month=1;day=15;shift=next",
    "closing=eom;month=2;day=10;shift=previous",
};

constexpr qint64 CreditLimits[] = {300'000,   500'000,   1'000'000,  2'000'000,
                                   3'000'000, 5'000'000, 10'000'000, 20'000'000};

struct DemoClient
{
    const char *code;
    const char *name;
    const char *kana;        // without the legal form
    const char *accountKana; // as the bank account holder
    const char *bankCode;
    const char *branchCode;
    const char *terms;
    int weight;
};

constexpr DemoClient Clients[] = {
    {"C001", "株式会社みらい食品", "ミライショクヒン", "ミライショクヒン", "0001", "001",
     "closing=eom;month=1;day=eom;shift=next", 30},
    {"C002", "東都システム株式会社", "トウトシステム", "トウトシステム", "0005", "001",
     "closing=20;month=1;day=10;shift=next", 20},
    {"C003", "株式会社さくら建材", "サクラケンザイ", "サクラケンザイ", "0009", "001",
     "closing=25;month=2;day=5;shift=next", 18},
    {"C004", "北辰物流株式会社", "ホクシンブツリュウ", "ホクシンブツリュウ", "0010", "001",
     "closing=eom;month=1;day=eom;shift=previous", 14},
    {"C005", "株式会社アオバ医療サービス", "アオバイリョウサービス", "アオバイリョウサービス", "0001", "004",
     "closing=15;month=1;day=15;shift=next", 10},
    {"C006", "合同会社ハルカ企画", "ハルカキカク", "ハルカキカク", "0005", "002",
     "closing=eom;month=2;day=10;shift=previous", 8},
};

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// A 法人番号 that is unique by construction: a registry prefix and the running number.
QString corporateNumberFor(int index, Dice &dice)
{
    static constexpr const char *Registries[] = {"01000", "01100", "01200", "02000",
                                                 "12000", "18000", "27000"};
    const QString twelve =
        u8(dice.pick(Registries)) + QStringLiteral("%1").arg(index, 7, 10, QLatin1Char('0'));
    return QString::number(corporateNumberCheckDigit(twelve)) + twelve;
}

QString phoneFor(const Place &place, Dice &dice)
{
    const QString area = u8(place.areaCode);
    const int rest = 10 - int(area.size());
    const int local = rest - 4;
    return area + QLatin1Char('-') + dice.digits(local) + QLatin1Char('-') + dice.digits(4);
}

QString addressFor(const Place &place, Dice &dice)
{
    QString address = u8(place.city) + u8(dice.pick(Towns)) +
                      QStringLiteral("%1丁目%2番%3号")
                          .arg(1 + dice.below(5))
                          .arg(1 + dice.below(20))
                          .arg(1 + dice.below(30));
    if (dice.chance(40))
        address += QStringLiteral(" %1ビル%2階").arg(u8(dice.pick(NameWords).kanji)).arg(1 + dice.below(12));
    return address;
}

Debtor makeDebtor(int index, Dice &dice)
{
    Debtor debtor;
    const Place &place = dice.pickWeighted(Places);
    const Word &word = dice.pick(NameWords);
    const int form = dice.below(100);
    if (form < 6) {
        // A sole proprietor: a person, sometimes trading under a shop name.
        const Word &given = dice.pick(GivenNames);
        debtor.kind = DebtorKind::Person;
        if (dice.chance(50)) {
            debtor.name = u8(word.kanji) + QStringLiteral("商店");
            debtor.nameKana = u8(word.kana) + QStringLiteral("ショウテン");
        } else {
            debtor.name = u8(word.kanji) + QStringLiteral("　") + u8(given.kanji);
            debtor.nameKana = u8(word.kana) + QStringLiteral("　") + u8(given.kana);
        }
        debtor.industry = QStringLiteral("I");
        debtor.payerName = toBankPayerName(debtor.nameKana);
        debtor.email = QStringLiteral("%1.%2@example.jp").arg(u8(given.romaji), u8(word.romaji));
    } else {
        const Trade &trade = dice.pick(Trades);
        QString core = u8(word.kanji) + u8(trade.kanji);
        QString kana = u8(word.kana) + u8(trade.kana);
        QString domain =
            QString::fromLatin1(word.romaji) + QLatin1Char('-') + QString::fromLatin1(trade.romaji);
        if (dice.chance(15)) {
            const Word &second = dice.pick(NameWords);
            core = u8(second.kanji) + core;
            kana = u8(second.kana) + kana;
            domain = QString::fromLatin1(second.romaji) + domain;
        }
        if (form < 61)
            debtor.name = QStringLiteral("株式会社") + core;
        else if (form < 86)
            debtor.name = core + QStringLiteral("株式会社");
        else if (form < 94)
            debtor.name =
                (dice.chance(50) ? QStringLiteral("有限会社") + core : core + QStringLiteral("有限会社"));
        else
            debtor.name = QStringLiteral("合同会社") + core;
        debtor.kind = DebtorKind::Corporation;
        debtor.nameKana = kana;
        debtor.payerName = toBankPayerNameForCompany(debtor.name, kana);
        debtor.corporateNumber = corporateNumberFor(index, dice);
        debtor.industry = QString(QLatin1Char(trade.industry));
        debtor.email = QStringLiteral("keiri@%1.co.jp").arg(domain);
    }
    const Word &contactFamily = dice.pick(NameWords);
    const Word &contactGiven = dice.pick(GivenNames);
    debtor.contactName = u8(contactFamily.kanji) + QStringLiteral(" ") + u8(contactGiven.kanji);
    debtor.prefecture = u8(place.prefecture);
    debtor.postalCode = u8(place.postalPrefix) + QLatin1Char('-') + dice.digits(4);
    debtor.address = addressFor(place, dice);
    debtor.phone = phoneFor(place, dice);
    return debtor;
}

Client makeClient(const DemoClient &demo, int index, Dice &dice)
{
    Client client;
    client.code = u8(demo.code);
    client.name = u8(demo.name);
    client.nameKana = u8(demo.kana);
    const QString twelve = QStringLiteral("0100010%1").arg(index + 1, 5, 10, QLatin1Char('0'));
    client.registrationNumber = QStringLiteral("T%1%2").arg(corporateNumberCheckDigit(twelve)).arg(twelve);
    client.postalCode = QStringLiteral("100-%1").arg(dice.digits(4));
    client.address =
        QStringLiteral("東京都千代田区") + u8(dice.pick(Towns)) +
        QStringLiteral("%1-%2-%3").arg(1 + dice.below(5)).arg(1 + dice.below(20)).arg(1 + dice.below(30));
    client.payeeAccount.bankCode = u8(demo.bankCode);
    client.payeeAccount.branchCode = u8(demo.branchCode);
    client.payeeAccount.type = BankAccountType::Ordinary;
    client.payeeAccount.accountNumber = dice.digits(7);
    client.payeeAccount.accountName = toBankPayerNameForCompany(client.name, u8(demo.accountKana));
    client.terms = calendar::PaymentTerms::parse(u8(demo.terms)).value_or(calendar::PaymentTerms());
    return client;
}

} // namespace

DemoSummary DemoAgency::generate(storage::Database &database, const DemoSize &size, const QString &actor,
                                 const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    Dice dice(size.seed);
    DemoSummary summary;
    PartyRepository repository(database);
    audit::AuditTrail trail(database, actor);
    storage::Transaction transaction(database);
    storage::BulkLoad bulkLoad(database);

    QList<Client> clients;
    for (int i = 0; i < int(std::size(Clients)); ++i) {
        Client client = makeClient(Clients[i], i, dice);
        if (const std::optional<Client> existing = repository.clientByCode(client.code)) {
            clients.append(*existing);
            continue;
        }
        client.id = repository.insertClient(client);
        client.version = 1;
        trail.record(QStringLiteral("client"), client.id, QStringLiteral("create"), {}, client.toJson());
        clients.append(client);
        ++summary.clients;
        ++summary.auditRecords;
    }

    // Customer codes and virtual accounts continue after what the database holds already.
    const qint64 firstIndex = database.scalar(QStringLiteral("SELECT COUNT(*) FROM debtors")).toLongLong();
    QHash<qint64, int> nextCustomerNumber;
    for (const Client &client : clients)
        nextCustomerNumber.insert(client.id,
                                  int(database
                                          .scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE "
                                                                 "client_id = ?"),
                                                  {client.id})
                                          .toLongLong()) +
                                      1);
    int nextVirtualAccount =
        3'000'000 + int(database.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toLongLong());

    auto addAccount = [&](const Client &client, qint64 debtorId) {
        Account account;
        account.clientId = client.id;
        account.debtorId = debtorId;
        const int number = nextCustomerNumber[client.id]++;
        account.customerCode = QStringLiteral("%1-%2").arg(client.code).arg(number, 6, 10, QLatin1Char('0'));
        account.terms =
            dice.chance(70)
                ? client.terms
                : calendar::PaymentTerms::parse(u8(dice.pick(TermsChoices))).value_or(client.terms);
        account.creditLimit = money::Yen(CreditLimits[dice.below(int(std::size(CreditLimits)))]);
        if (dice.chance(35))
            account.virtualAccount = QString::number(nextVirtualAccount++);
        const int status = dice.below(100);
        account.status = status < 95   ? AccountStatus::Active
                         : status < 99 ? AccountStatus::Suspended
                                       : AccountStatus::Closed;
        account.id = repository.insertAccount(account);
        account.version = 1;
        trail.record(QStringLiteral("account"), account.id, QStringLiteral("create"), {}, account.toJson());
        ++summary.accounts;
        ++summary.auditRecords;
    };

    for (int i = 0; i < size.debtors; ++i) {
        Debtor debtor = makeDebtor(int(firstIndex) + i, dice);
        debtor.id = repository.insertDebtor(debtor);
        debtor.version = 1;
        trail.record(QStringLiteral("debtor"), debtor.id, QStringLiteral("create"), {}, debtor.toJson());
        ++summary.debtors;
        ++summary.auditRecords;
        // clients holds the demo clients in the order of Clients, so the weight's index is the client's.
        const int first = int(&dice.pickWeighted(Clients) - Clients);
        addAccount(clients.at(first), debtor.id);
        // A second client for some companies: the 法人番号 makes them one debtor with two accounts
        // (persons have no such key, so a file could not say they are the same debtor).
        if (debtor.kind == DebtorKind::Corporation && dice.chance(10))
            addAccount(clients.at((first + 1 + dice.below(int(clients.size()) - 1)) % int(clients.size())),
                       debtor.id);
        if (progress && (i % 1000 == 999 || i + 1 == size.debtors) && !progress(i + 1, size.debtors))
            return {}; // cancelled: the transaction rolls back, nothing is kept
    }
    bulkLoad.finish();
    transaction.commit();
    summary.milliseconds = timer.elapsed();
    return summary;
}

} // namespace kaishu::demo
