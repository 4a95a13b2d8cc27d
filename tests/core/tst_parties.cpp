// Parties end to end: the debtor register (search, filters, paging), CSV import (all or nothing,
// problems named by line and column, Shift_JIS), export round trips and the demo agency, on SQLite
// and (label postgres) on a real PostgreSQL server.
#include "TestDatabase.h"
#include "audit/AuditTrail.h"
#include "demo/DemoAgency.h"
#include "io/TextEncoding.h"
#include "parties/DebtorRegister.h"
#include "parties/Identifiers.h"
#include "parties/Kana.h"
#include "parties/PartyExport.h"
#include "parties/PartyImport.h"
#include "parties/PartyService.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTest>

using namespace kaishu;
using namespace kaishu::parties;

namespace {

const QByteArray ClientsCsv = QByteArrayLiteral(
    "client_code,name,name_kana,registration_number,postal_code,address,bank_code,branch_code,account_type,"
    "account_number,account_name,terms\r\n"
    "C001,株式会社みらい食品,ミライショクヒン,T7000012050002,1000001,東京都千代田区千代田1-1,0001,001,普通,"
    "1234567,"
    "ｶ)ﾐﾗｲｼﾖｸﾋﾝ,月末締め翌月末払い\r\n"
    "C002,東都システム株式会社,トウトシステム,,,,,,,,,20日締め翌月10日払い\r\n");

QByteArray debtorsCsv(const QString &extraRows = {})
{
    const QString text = QStringLiteral("client_code,customer_code,name,name_kana,payer_name,corporate_"
                                        "number,postal_code,prefecture,address,"
                                        "industry,email,phone,terms,credit_limit,virtual_account\n"
                                        "C001,K001,株式会社山田商事,ヤマダショウジ,ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ,4011001098993,"
                                        "100-0005,東京都,千代田区丸の内1-1,I,"
                                        "keiri@yamada.co.jp,03-1234-5678,,\"1,000,000\",3000001\n"
                                        "C002,T-77,株式会社山田商事,ヤマダショウジ,ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ,4011001098993,"
                                        "100-0005,東京都,千代田区丸の内1-1,I,"
                                        "keiri@yamada.co.jp,03-1234-5678,25日締め翌々月5日払い,500000,\n"
                                        "C001,K002,佐藤商店,さとうしょうてん,ｻﾄｳｼﾖｳﾃﾝ,,530-0001,大阪府,"
                                        "大阪市北区梅田1-1,I,,06-1111-2222,,0,\n") +
                         extraRows;
    return text.toUtf8();
}

void importOrFail(PartyImporter &importer, ImportKind kind, const QByteArray &bytes)
{
    const ImportResult result = importer.importFile(kind, bytes);
    QStringList problems;
    for (const ImportProblem &problem : result.problems)
        problems << problem.toString();
    QVERIFY2(result.committed, qPrintable(problems.join(QStringLiteral("\n"))));
}

qint64 count(const storage::Database &database, const QString &table)
{
    return database.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

} // namespace

class TestParties : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qInfo("engine: %s", qPrintable(tests::TestDatabase::engineName())); }

    void importCreatesDebtorsAndAccounts()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        PartyImporter importer(*database, QStringLiteral("importer"));
        importOrFail(importer, ImportKind::Clients, ClientsCsv);
        importOrFail(importer, ImportKind::Debtors, debtorsCsv());
        // The same 法人番号 under two clients is one debtor with two accounts.
        QCOMPARE(count(*database, QStringLiteral("debtors")), 2);
        QCOMPARE(count(*database, QStringLiteral("accounts")), 3);
        PartyRepository repository(*database);
        const Debtor yamada = *repository.debtorByCorporateNumber(QStringLiteral("4011001098993"));
        const QList<Account> accounts = repository.accountsOfDebtor(yamada.id);
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0).creditLimit, money::Yen(1'000'000));
        QCOMPARE(accounts.at(0).virtualAccount, QStringLiteral("3000001"));
        QCOMPARE(accounts.at(0).terms.toStructured(),
                 repository.clientByCode(QStringLiteral("C001"))->terms.toStructured());
        QCOMPARE(accounts.at(1).terms.toStructured(), QStringLiteral("closing=25;month=2;day=5;shift=next"));
        // Hiragana kana is stored as katakana; a shop without 法人番号 is a person.
        const Account sato = *repository.accountByCustomerCode(
            repository.clientByCode(QStringLiteral("C001"))->id, QStringLiteral("K002"));
        const Debtor satoDebtor = *repository.debtorById(sato.debtorId);
        QCOMPARE(satoDebtor.nameKana, QStringLiteral("サトウショウテン"));
        QCOMPARE(satoDebtor.kind, DebtorKind::Person);
        QVERIFY(audit::AuditTrail::verify(*database).isIntact());
    }

    void reimportIsUnchangedAndUpdatesChangedRows()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        PartyImporter importer(*database, QStringLiteral("importer"));
        importOrFail(importer, ImportKind::Clients, ClientsCsv);
        importOrFail(importer, ImportKind::Debtors, debtorsCsv());
        const qint64 auditBefore = count(*database, QStringLiteral("audit_log"));
        const ImportResult again = importer.importFile(ImportKind::Debtors, debtorsCsv());
        QVERIFY(again.committed);
        QCOMPARE(again.created, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(count(*database, QStringLiteral("audit_log")), auditBefore);

        QByteArray changed = debtorsCsv();
        changed.replace("06-1111-2222", "06-9999-8888");
        const ImportResult update = importer.importFile(ImportKind::Debtors, changed);
        QCOMPARE(update.updated, 1);
        QCOMPARE(update.unchanged, 2);
    }

    void badRowsAreNamedAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("extraRow");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::newRow("check digit") << QStringLiteral("C001,K9,株式会社誤記,ゴキ,,2835678256246,,,,,,,,,\n")
                                     << 5 << QStringLiteral("corporate_number");
        QTest::newRow("unknown client")
            << QStringLiteral("C999,K9,株式会社誤記,ゴキ,,,,,,,,,,,\n") << 5 << QStringLiteral("client_code");
        QTest::newRow("terms") << QStringLiteral("C001,K9,株式会社誤記,ゴキ,,,,,,,,,30日締め翌月末払い,,\n")
                               << 5 << QStringLiteral("terms");
        QTest::newRow("amount") << QStringLiteral("C001,K9,株式会社誤記,ゴキ,,,,,,,,,,12.5,\n") << 5
                                << QStringLiteral("credit_limit");
        QTest::newRow("prefecture") << QStringLiteral("C001,K9,株式会社誤記,ゴキ,,,,大坂府,,,,,,,\n") << 5
                                    << QStringLiteral("prefecture");
        QTest::newRow("duplicate key") << QStringLiteral("C001,K001,株式会社重複,ジュウフク,,,,,,,,,,,\n")
                                       << 5 << QStringLiteral("customer_code");
        QTest::newRow("missing name")
            << QStringLiteral("C001,K9,,,,,,,,,,,,,\n") << 5 << QStringLiteral("name");
        QTest::newRow("payer name") << QStringLiteral("C001,K9,株式会社誤記,ゴキ,山田,,,,,,,,,,\n") << 5
                                    << QStringLiteral("payer_name");
        QTest::newRow("virtual account twice")
            << QStringLiteral("C001,K9,株式会社誤記,ゴキ,,,,,,,,,,,3000001\n") << 5
            << QStringLiteral("virtual_account");
        QTest::newRow("email") << QStringLiteral("C001,K9,株式会社誤記,ゴキ,,,,,,,keiri@,,,,\n") << 5
                               << QStringLiteral("email");
    }

    void badRowsAreNamedAndNothingIsWritten()
    {
        QFETCH(QString, extraRow);
        QFETCH(int, line);
        QFETCH(QString, column);
        tests::TestDatabase test;
        const auto database = test.open();
        PartyImporter importer(*database, QStringLiteral("importer"));
        importOrFail(importer, ImportKind::Clients, ClientsCsv);
        const qint64 auditBefore = count(*database, QStringLiteral("audit_log"));
        const ImportResult result = importer.importFile(ImportKind::Debtors, debtorsCsv(extraRow));
        QVERIFY(!result.committed);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.constFirst().line, line);
        QCOMPARE(result.problems.constFirst().column, column);
        QVERIFY(!result.problems.constFirst().reason.isEmpty());
        QCOMPARE(count(*database, QStringLiteral("debtors")), 0);
        QCOMPARE(count(*database, QStringLiteral("accounts")), 0);
        QCOMPARE(count(*database, QStringLiteral("audit_log")), auditBefore);
    }

    void companyRegistrationNumbersNeedTheCheckDigit()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        PartyImporter importer(*database, QStringLiteral("importer"));
        const ImportResult company = importer.importFile(
            ImportKind::Clients,
            QStringLiteral("client_code,name,registration_number\nC9,株式会社誤記,T2835678256246\n")
                .toUtf8());
        QVERIFY(!company.committed);
        QCOMPARE(company.problems.constFirst().column, QStringLiteral("registration_number"));
        // A sole proprietor's number carries no check digit.
        const ImportResult proprietor = importer.importFile(
            ImportKind::Clients,
            QStringLiteral("client_code,name,registration_number\nC9,山田太郎,T2835678256246\n").toUtf8());
        QVERIFY(proprietor.committed);
    }

    void malformedFilesAreRefused()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        PartyImporter importer(*database, QStringLiteral("importer"));
        importOrFail(importer, ImportKind::Clients, ClientsCsv);
        ImportResult unterminated = importer.importFile(
            ImportKind::Debtors, QByteArrayLiteral("client_code,customer_code,name\nC001,K1,\"株式会社\n"));
        QVERIFY(!unterminated.committed);
        QCOMPARE(unterminated.problems.constFirst().line, 2);
        ImportResult noName = importer.importFile(ImportKind::Debtors,
                                                  QByteArrayLiteral("client_code,customer_code\nC001,K1\n"));
        QVERIFY(!noName.committed);
        QCOMPARE(noName.problems.constFirst().column, QStringLiteral("name"));
        ImportResult empty = importer.importFile(ImportKind::Debtors, QByteArray());
        QVERIFY(!empty.committed);
        QCOMPARE(count(*database, QStringLiteral("debtors")), 0);
    }

    void shiftJisAndJapaneseHeadersAreRead()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        PartyImporter importer(*database, QStringLiteral("importer"));
        importOrFail(importer, ImportKind::Clients, ClientsCsv);
        const QString text = QStringLiteral(
            "依頼者コード,得意先コード,得意先名,フリガナ,振込依頼人名,法人番号,都道府県,与信限度額\r\n"
            "C001,S1,株式会社髙島商会,タカシマショウカイ,ｶ)ﾀｶｼﾏｼﾖｳｶｲ,7000012050002,"
            "北海道,\"2,000,000\"\r\n");
        const QByteArray sjis = *io::encode(text, io::TextEncoding::ShiftJis);
        QCOMPARE(io::detectEncoding(sjis), io::TextEncoding::ShiftJis);
        importOrFail(importer, ImportKind::Debtors, sjis);
        const Debtor debtor =
            *PartyRepository(*database).debtorByCorporateNumber(QStringLiteral("7000012050002"));
        QCOMPARE(debtor.name, QStringLiteral("株式会社髙島商会"));
        QCOMPARE(debtor.prefecture, QStringLiteral("北海道"));
    }

    void exportImportsBackUnchanged_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::newRow("utf-8 with BOM") << int(io::TextEncoding::Utf8Bom);
        QTest::newRow("shift_jis") << int(io::TextEncoding::ShiftJis);
    }

    void exportImportsBackUnchanged()
    {
        QFETCH(int, encoding);
        tests::TestDatabase test;
        const auto database = test.open();
        demo::DemoAgency::generate(*database, {7, 300}, QStringLiteral("demo"));
        QString error;
        const auto clients = exportClientsCsv(*database, io::TextEncoding(encoding), &error);
        const auto debtors = exportDebtorsCsv(*database, io::TextEncoding(encoding), &error);
        QVERIFY2(clients && debtors, qPrintable(error));
        if (io::TextEncoding(encoding) == io::TextEncoding::Utf8Bom)
            QVERIFY(debtors->startsWith("\xEF\xBB\xBF"));
        QCOMPARE(io::detectEncoding(*debtors), io::TextEncoding(encoding));

        // Into the same database: nothing changes.
        PartyImporter importer(*database, QStringLiteral("importer"));
        const ImportResult same = importer.importFile(ImportKind::Debtors, *debtors);
        QVERIFY(same.committed);
        QCOMPARE(same.unchanged, int(count(*database, QStringLiteral("accounts"))));
        // Into a fresh database: the same register.
        tests::TestDatabase otherTest;
        const auto other = otherTest.open();
        PartyImporter otherImporter(*other, QStringLiteral("importer"));
        importOrFail(otherImporter, ImportKind::Clients, *clients);
        importOrFail(otherImporter, ImportKind::Debtors, *debtors);
        QCOMPARE(count(*other, QStringLiteral("debtors")), count(*database, QStringLiteral("debtors")));
        QCOMPARE(count(*other, QStringLiteral("accounts")), count(*database, QStringLiteral("accounts")));
        QCOMPARE(*exportDebtorsCsv(*other, io::TextEncoding(encoding)), *debtors);
    }

    void registerSearchesEveryNameForm()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        PartyImporter importer(*database, QStringLiteral("importer"));
        importOrFail(importer, ImportKind::Clients, ClientsCsv);
        importOrFail(importer, ImportKind::Debtors, debtorsCsv());
        const DebtorRegister debtorRegister(*database);
        auto found = [&](const QString &search) {
            RegisterFilter filter;
            filter.search = search;
            return debtorRegister.count(filter);
        };
        QCOMPARE(found({}), 3);
        QCOMPARE(found(QStringLiteral("山田")), 2);            // name, both accounts
        QCOMPARE(found(QStringLiteral("やまだ")), 2);          // hiragana finds the kana
        QCOMPARE(found(QStringLiteral("ﾔﾏﾀﾞ")), 2);            // half-width kana
        QCOMPARE(found(QStringLiteral("ヤマダ ショウジ")), 2); // spaces ignored
        QCOMPARE(found(QStringLiteral("4011001098")), 2);      // 法人番号
        QCOMPARE(found(QStringLiteral("k002")), 1);            // customer code, any case
        QCOMPARE(found(QStringLiteral("t-77")), 1);
        QCOMPARE(found(QStringLiteral("100%")), 0); // LIKE wildcards are literal
        QCOMPARE(found(QStringLiteral("_")), 0);

        QCOMPARE(found(QStringLiteral("ショウテン")), 1); // three or more characters: the index
        QCOMPARE(found(QStringLiteral("\"x")), 0);        // quotes cannot break the query

        // The search follows edits (the full-text index is kept in step with the debtors).
        PartyService service(*database, QStringLiteral("tester"));
        Debtor renamed = *service.repository().debtorByCorporateNumber(QStringLiteral("4011001098993"));
        renamed.name = QStringLiteral("株式会社富士見物産");
        renamed.nameKana = QStringLiteral("フジミブッサン");
        service.updateDebtor(renamed);
        QCOMPARE(found(QStringLiteral("富士見物産")), 2);
        QCOMPARE(found(QStringLiteral("ふじみ")), 2);
        QCOMPARE(found(QStringLiteral("ヤマダショウジ")), 0);

        RegisterFilter byClient;
        byClient.clientId = PartyRepository(*database).clientByCode(QStringLiteral("C002"))->id;
        QCOMPARE(debtorRegister.count(byClient), 1);
        RegisterFilter byPrefecture;
        byPrefecture.prefecture = QStringLiteral("大阪府");
        QCOMPARE(
            debtorRegister.fetch(byPrefecture, RegisterColumn::Name, true, 0, 10).constFirst().customerCode,
            QStringLiteral("K002"));
    }

    void registerPagesAndSortsInSql()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        const demo::DemoSummary summary =
            demo::DemoAgency::generate(*database, {3, 1000}, QStringLiteral("demo"));
        const DebtorRegister debtorRegister(*database);
        QCOMPARE(debtorRegister.count({}), summary.accounts);
        QStringList codes;
        for (int offset = 0; offset < summary.accounts; offset += 97)
            for (const RegisterRow &row :
                 debtorRegister.fetch({}, RegisterColumn::CustomerCode, true, offset, 97))
                codes << row.customerCode;
        QCOMPARE(codes.size(), summary.accounts);
        QStringList sorted = codes;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(codes, sorted);
        QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
        const QList<RegisterRow> descending =
            debtorRegister.fetch({}, RegisterColumn::CreditLimit, false, 0, 50);
        for (qsizetype i = 1; i < descending.size(); ++i)
            QVERIFY(descending.at(i - 1).creditLimit >= descending.at(i).creditLimit);
        // Pages read from the far end (with the total) are the same rows in the same order, for every
        // kind of sort column, both directions and a filter.
        RegisterFilter tokyo;
        tokyo.prefecture = QStringLiteral("東京都");
        QList<RegisterFilter> filters{RegisterFilter{}, tokyo};
        // Searches too: with the total, few matches are read from the matches; without, by walking
        // the sort index and testing each row. Both must give the same page.
        for (const QString &search : {QStringLiteral("ヤ"), QStringLiteral("c00"), QStringLiteral("ショウジ"),
                                      QStringLiteral("01")}) {
            RegisterFilter filter;
            filter.search = search;
            QVERIFY(debtorRegister.count(filter) > 0);
            filters << filter;
        }
        for (const RegisterFilter &filter : std::as_const(filters)) {
            const int total = debtorRegister.count(filter);
            for (RegisterColumn column : {RegisterColumn::NameKana, RegisterColumn::CreditLimit,
                                          RegisterColumn::ClientCode, RegisterColumn::Phone}) {
                for (bool ascending : {true, false}) {
                    for (int offset : {0, total / 2 + 1, std::max(0, total - 40), std::max(0, total - 97)}) {
                        const auto key = [](const QList<RegisterRow> &rows) {
                            QList<qint64> ids;
                            for (const RegisterRow &row : rows)
                                ids << row.accountId;
                            return ids;
                        };
                        QCOMPARE(key(debtorRegister.fetch(filter, column, ascending, offset, 97, total)),
                                 key(debtorRegister.fetch(filter, column, ascending, offset, 97)));
                    }
                }
            }
        }
        RegisterFilter status;
        status.status = AccountStatus::Suspended;
        for (const RegisterRow &row : debtorRegister.fetch(status, RegisterColumn::Name, true, 0, 1000))
            QCOMPARE(row.status, QStringLiteral("suspended"));
    }

    void demoIsDeterministicValidAndRealistic()
    {
        tests::TestDatabase first;
        tests::TestDatabase second;
        const auto a = first.open();
        const auto b = second.open();
        const QString schemaObjects =
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type IN ('index', 'trigger')");
        const int objectsBefore = tests::TestDatabase::usesPostgres() ? 0 : a->scalar(schemaObjects).toInt();
        const demo::DemoSummary summary = demo::DemoAgency::generate(*a, {42, 500}, QStringLiteral("demo"));
        if (!tests::TestDatabase::usesPostgres()) // the bulk load put back every index and trigger
            QCOMPARE(a->scalar(schemaObjects).toInt(), objectsBefore);
        demo::DemoAgency::generate(*b, {42, 500}, QStringLiteral("demo"));
        QCOMPARE(summary.clients, 6);
        QCOMPARE(summary.debtors, 500);
        QVERIFY(summary.accounts > 500 && summary.accounts < 600);
        QCOMPARE(*exportDebtorsCsv(*a, io::TextEncoding::Utf8),
                 *exportDebtorsCsv(*b, io::TextEncoding::Utf8));

        PartyRepository repository(*a);
        for (const Client &client : repository.clients())
            QVERIFY2(validate(client).isEmpty(), qPrintable(ValidationError::summary(validate(client))));
        QSqlQuery ids = a->exec(QStringLiteral("SELECT id FROM debtors ORDER BY id"));
        int corporations = 0;
        while (ids.next()) {
            const Debtor debtor = *repository.debtorById(ids.value(0).toLongLong());
            QVERIFY2(validate(debtor).isEmpty(), qPrintable(debtor.name + QStringLiteral(": ") +
                                                            ValidationError::summary(validate(debtor))));
            QVERIFY(!debtor.payerName.isEmpty());
            QVERIFY(!debtor.nameKana.isEmpty());
            if (debtor.kind == DebtorKind::Corporation) {
                ++corporations;
                QVERIFY(isValidCorporateNumber(debtor.corporateNumber));
            }
        }
        QVERIFY2(corporations > 400, qPrintable(QString::number(corporations)));

        // The bulk load rebuilt the full-text index and restored its triggers.
        const DebtorRegister debtorRegister(*a);
        Debtor sample = *repository.debtorById(1);
        RegisterFilter byName;
        byName.search = sample.name.right(4);
        QVERIFY(debtorRegister.count(byName) >= 1);
        PartyService service(*a, QStringLiteral("tester"));
        sample.name = QStringLiteral("株式会社瑠璃色商会");
        service.updateDebtor(sample);
        byName.search = QStringLiteral("瑠璃色商会");
        QCOMPARE(debtorRegister.count(byName), int(repository.accountsOfDebtor(sample.id).size()));
        QVERIFY(audit::AuditTrail::verify(*a).isIntact());
        // More than one prefecture and industry, Tokyo the largest.
        QSqlQuery prefectures = a->exec(QStringLiteral(
            "SELECT prefecture, COUNT(*) AS n FROM debtors GROUP BY prefecture ORDER BY n DESC, prefecture"));
        QVERIFY(prefectures.next());
        QCOMPARE(prefectures.value(0).toString(), QStringLiteral("東京都"));
        QVERIFY(a->scalar(QStringLiteral("SELECT COUNT(DISTINCT prefecture) FROM debtors")).toInt() > 20);
        QVERIFY(a->scalar(QStringLiteral("SELECT COUNT(DISTINCT industry) FROM debtors")).toInt() > 8);
    }
};

QTEST_GUILESS_MAIN(TestParties)
#include "tst_parties.moc"
