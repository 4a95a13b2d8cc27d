// Storage and audit: migrations, transactions, repositories and the hash-chained audit trail, on
// SQLite and (label postgres) on a real PostgreSQL server.
#include "TestDatabase.h"
#include "audit/AuditTrail.h"
#include "parties/PartyService.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kaishu;
using namespace kaishu::parties;

namespace {

Client sampleClient(const QString &code = QStringLiteral("C001"))
{
    Client client;
    client.code = code;
    client.name = QStringLiteral("株式会社みらい食品");
    client.nameKana = QStringLiteral("ミライショクヒン");
    client.registrationNumber = QStringLiteral("T7000012050002");
    client.terms = *calendar::PaymentTerms::parse(QStringLiteral("月末締め翌月末払い"));
    return client;
}

Debtor sampleDebtor()
{
    Debtor debtor;
    debtor.name = QStringLiteral("株式会社山田商事");
    debtor.nameKana = QStringLiteral("ヤマダショウジ");
    debtor.payerName = QStringLiteral("ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ");
    debtor.corporateNumber = QStringLiteral("4011001098993");
    debtor.prefecture = QStringLiteral("東京都");
    debtor.industry = QStringLiteral("I");
    return debtor;
}

qint64 count(const storage::Database &database, const QString &table)
{
    return database.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qInfo("engine: %s", qPrintable(tests::TestDatabase::engineName())); }

    void migrationsAreRecordedOnceAndReopenIsIdempotent()
    {
        tests::TestDatabase test;
        {
            const auto database = test.open();
            QCOMPARE(database->schemaVersion(), storage::latestSchemaVersion());
            QCOMPARE(count(*database, QStringLiteral("schema_migrations")),
                     qint64(storage::migrations().size()));
        }
        const auto again = test.open();
        QCOMPARE(again->schemaVersion(), storage::latestSchemaVersion());
        QCOMPARE(count(*again, QStringLiteral("schema_migrations")), qint64(storage::migrations().size()));
    }

    void newerSchemaIsRefused()
    {
        tests::TestDatabase test;
        {
            const auto database = test.open();
            database->exec(
                QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                {storage::latestSchemaVersion() + 1, QStringLiteral("future"), QStringLiteral("2030-01-01")});
        }
        QVERIFY_THROWS_EXCEPTION(storage::StorageError, test.open());
    }

    void sqliteSettingsAreApplied()
    {
        if (tests::TestDatabase::usesPostgres())
            return; // PRAGMAs exist only on SQLite; PostgreSQL has its own defaults (checked by the other
                    // tests)
        tests::TestDatabase test;
        const auto database = test.open();
        QCOMPARE(database->scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(database->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(database->scalar(QStringLiteral("PRAGMA busy_timeout")).toInt() >= 5000);
        QVERIFY_THROWS_EXCEPTION(
            storage::StorageError,
            database->exec(QStringLiteral("INSERT INTO accounts (client_id, debtor_id, customer_code, "
                                          "terms, created_at, updated_at) VALUES (99, 99, 'X', "
                                          "'', '', '')")));
    }

    void failedTransactionLeavesNothing()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        PartyService service(*database, QStringLiteral("tester"));
        try {
            storage::Transaction transaction(*database);
            service.createClient(sampleClient());
            service.createClient(sampleClient()); // same code: refused
            transaction.commit();
            QFAIL("a duplicate client code was accepted");
        } catch (const ValidationError &error) {
            QCOMPARE(error.errors().constFirst().field, QStringLiteral("client_code"));
        }
        QCOMPARE(count(*database, QStringLiteral("clients")), 0);
        QCOMPARE(count(*database, QStringLiteral("audit_log")), 0);
    }

    void innerFailureRollsBackOuterTransaction()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        PartyService service(*database, QStringLiteral("tester"));
        storage::Transaction outer(*database);
        service.createClient(sampleClient(QStringLiteral("A1")));
        try {
            storage::Transaction inner(*database);
            throw std::runtime_error("inner step fails");
        } catch (const std::runtime_error &) {
        }
        QVERIFY_THROWS_EXCEPTION(storage::StorageError, outer.commit());
        QCOMPARE(count(*database, QStringLiteral("clients")), 0);
    }

    void repositoryRoundTripsEveryField()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        PartyService service(*database, QStringLiteral("tester"));
        Client client = sampleClient();
        client.payeeAccount = {QStringLiteral("0001"), QStringLiteral("001"), BankAccountType::Current,
                               QStringLiteral("1234567"), QStringLiteral("ﾐﾗｲｼﾖｸﾋﾝ(ｶ")};
        client.postalCode = QStringLiteral("100-0001");
        client.address = QStringLiteral("東京都千代田区千代田1-1");
        const Client savedClient = service.createClient(client);
        QCOMPARE(*service.repository().clientByCode(QStringLiteral("C001")), savedClient);

        Debtor debtor = sampleDebtor();
        debtor.email = QStringLiteral("keiri@yamada-shoji.co.jp");
        debtor.phone = QStringLiteral("03-1234-5678");
        const Debtor savedDebtor = service.createDebtor(debtor);
        QCOMPARE(*service.repository().debtorById(savedDebtor.id), savedDebtor);

        Account account;
        account.clientId = savedClient.id;
        account.debtorId = savedDebtor.id;
        account.customerCode = QStringLiteral("K-0001");
        account.terms = *calendar::PaymentTerms::parse(QStringLiteral("20日締め翌月10日払い"));
        account.creditLimit = money::Yen(9'000'000'000'000LL); // beyond 32 bits
        account.virtualAccount = QStringLiteral("3000001");
        const Account savedAccount = service.createAccount(account);
        QCOMPARE(*service.repository().accountByCustomerCode(savedClient.id, QStringLiteral("K-0001")),
                 savedAccount);
        QCOMPARE(service.repository().accountsOfDebtor(savedDebtor.id).size(), 1);
    }

    void staleVersionIsAConcurrentChange()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        PartyService service(*database, QStringLiteral("clerk-a"));
        const Debtor original = service.createDebtor(sampleDebtor());
        Debtor first = original;
        first.phone = QStringLiteral("03-1111-2222");
        service.updateDebtor(first);
        Debtor second = original; // still version 1
        second.phone = QStringLiteral("03-3333-4444");
        QVERIFY_THROWS_EXCEPTION(ConcurrentChangeError, service.updateDebtor(second));
        QCOMPARE(service.repository().debtorById(original.id)->phone, QStringLiteral("03-1111-2222"));
    }

    void duplicatesAreRefusedWithTheField()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        PartyService service(*database, QStringLiteral("tester"));
        const Client client = service.createClient(sampleClient());
        const Debtor debtor = service.createDebtor(sampleDebtor());
        try {
            service.createDebtor(sampleDebtor());
            QFAIL("the same corporate number was accepted twice");
        } catch (const ValidationError &error) {
            QCOMPARE(error.errors().constFirst().field, QStringLiteral("corporate_number"));
        }
        Account account;
        account.clientId = client.id;
        account.debtorId = debtor.id;
        account.customerCode = QStringLiteral("K1");
        account.virtualAccount = QStringLiteral("3000001");
        service.createAccount(account);
        Debtor other = sampleDebtor();
        other.corporateNumber = QStringLiteral("7000012050002");
        account.debtorId = service.createDebtor(other).id;
        account.customerCode = QStringLiteral("K2");
        try {
            service.createAccount(account);
            QFAIL("a virtual account was assigned twice");
        } catch (const ValidationError &error) {
            QCOMPARE(error.errors().constFirst().field, QStringLiteral("virtual_account"));
        }
    }

    void invalidDebtorIsRefusedWithFieldAndReason()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        PartyService service(*database, QStringLiteral("tester"));
        Debtor debtor = sampleDebtor();
        debtor.corporateNumber = QStringLiteral("2835678256246");
        debtor.prefecture = QStringLiteral("東京");
        try {
            service.createDebtor(debtor);
            QFAIL("an invalid debtor was accepted");
        } catch (const ValidationError &error) {
            QStringList fields;
            for (const FieldError &fieldError : error.errors()) {
                fields << fieldError.field;
                QVERIFY(!fieldError.reason.isEmpty());
            }
            QCOMPARE(fields, (QStringList{QStringLiteral("corporate_number"), QStringLiteral("prefecture")}));
        }
        QCOMPARE(count(*database, QStringLiteral("debtors")), 0);
    }

    void debtorAndAccountAreOneEditAndRestoreIsAudited()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        PartyService service(*database, QStringLiteral("clerk-a"));
        const Client client = service.createClient(sampleClient());
        const Debtor debtor = service.createDebtor(sampleDebtor());
        Account account;
        account.clientId = client.id;
        account.debtorId = debtor.id;
        account.customerCode = QStringLiteral("K1");
        account = service.createAccount(account);
        Account other = account;
        other.id = 0;
        other.customerCode = QStringLiteral("K2");
        other.debtorId = service
                             .createDebtor([] {
                                 Debtor d = sampleDebtor();
                                 d.corporateNumber = QStringLiteral("7000012050002");
                                 return d;
                             }())
                             .id;
        other.virtualAccount = QStringLiteral("3000009");
        service.createAccount(other);

        // The account half fails (its virtual account is taken): the debtor half is not kept either.
        Debtor editedDebtor = debtor;
        editedDebtor.phone = QStringLiteral("03-5555-6666");
        Account editedAccount = account;
        editedAccount.virtualAccount = QStringLiteral("3000009");
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 service.updateDebtorAndAccount(editedDebtor, editedAccount));
        QCOMPARE(service.repository().debtorById(debtor.id)->phone, QString());

        editedAccount.virtualAccount = QStringLiteral("3000010");
        service.updateDebtorAndAccount(editedDebtor, editedAccount);
        QCOMPARE(service.repository().debtorById(debtor.id)->phone, QStringLiteral("03-5555-6666"));
        QCOMPARE(service.repository().accountById(account.id)->virtualAccount, QStringLiteral("3000010"));

        // Undo writes the old snapshot over the current version, audited as a restore.
        service.restoreDebtorAndAccount(debtor, account);
        QCOMPARE(service.repository().debtorById(debtor.id)->phone, QString());
        QCOMPARE(service.repository().accountById(account.id)->virtualAccount, QString());
        const QList<audit::AuditRecord> history = service.debtorHistory(debtor.id);
        QCOMPARE(history.at(0).action, QStringLiteral("restore"));
        QCOMPARE(history.at(1).action, QStringLiteral("restore"));
        QVERIFY(audit::AuditTrail::verify(*database).isIntact());
    }

    void everyChangeIsAuditedWithBeforeAndAfter()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        PartyService service(*database, QStringLiteral("clerk-a"));
        Debtor debtor = service.createDebtor(sampleDebtor());
        debtor.phone = QStringLiteral("03-9999-0000");
        service.updateDebtor(debtor);
        const QList<audit::AuditRecord> history = service.debtorHistory(debtor.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).action, QStringLiteral("update"));
        QCOMPARE(history.at(0).actor, QStringLiteral("clerk-a"));
        QCOMPARE(history.at(0).before.value(QStringLiteral("phone")).toString(), QString());
        QCOMPARE(history.at(0).after.value(QStringLiteral("phone")).toString(),
                 QStringLiteral("03-9999-0000"));
        QCOMPARE(history.at(1).action, QStringLiteral("create"));
        QVERIFY(history.at(0).recordedAt.isValid());
        QCOMPARE(history.at(0).previousHash, history.at(1).hash);
    }

    void verifyFindsTamperingDeletionAndInsertion()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        PartyService service(*database, QStringLiteral("tester"));
        Debtor debtor = service.createDebtor(sampleDebtor());
        for (int i = 0; i < 4; ++i) {
            debtor.phone = QStringLiteral("03-0000-000%1").arg(i);
            debtor = service.updateDebtor(debtor);
        }
        audit::AuditVerification intact = audit::AuditTrail::verify(*database);
        QVERIFY(intact.isIntact());
        QCOMPARE(intact.recordsChecked, 5);

        const qint64 third =
            database->scalar(QStringLiteral("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 2"))
                .toLongLong();
        database->exec(QStringLiteral("UPDATE audit_log SET after_data = REPLACE(after_data, '03-0000-0001', "
                                      "'03-0000-9999') WHERE id = ?"),
                       {third});
        audit::AuditVerification edited = audit::AuditTrail::verify(*database);
        QVERIFY(!edited.isIntact());
        QCOMPARE(*edited.firstBrokenId, third);

        tests::TestDatabase second;
        const auto other = second.open();
        PartyService otherService(*other, QStringLiteral("tester"));
        Debtor d = otherService.createDebtor(sampleDebtor());
        for (int i = 0; i < 3; ++i) {
            d.phone = QStringLiteral("03-0000-000%1").arg(i);
            d = otherService.updateDebtor(d);
        }
        const qint64 victim =
            other->scalar(QStringLiteral("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 1"))
                .toLongLong();
        other->exec(QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {victim});
        audit::AuditVerification deleted = audit::AuditTrail::verify(*other);
        QVERIFY(!deleted.isIntact());
        QVERIFY(*deleted.firstBrokenId > victim);
    }

    void trailsSharingATransactionKeepOneChain()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        PartyService service(*database, QStringLiteral("clerk-a"));
        Debtor debtor = service.createDebtor(sampleDebtor()); // a long-lived trail, recording first
        {
            // Two trails writing in turn within one transaction, as services calling each other do.
            storage::Transaction transaction(*database);
            audit::AuditTrail first(*database, QStringLiteral("clerk-a"));
            audit::AuditTrail second(*database, QStringLiteral("clerk-b"));
            for (int i = 0; i < 3; ++i) {
                first.record(QStringLiteral("test"), i, QStringLiteral("first"), {}, {});
                second.record(QStringLiteral("test"), i, QStringLiteral("second"), {}, {});
            }
            transaction.commit();
        }
        {
            // A transaction rolled back takes its records with it; the next one starts from the table.
            storage::Transaction transaction(*database);
            audit::AuditTrail(*database, QStringLiteral("clerk-a"))
                .record(QStringLiteral("test"), 9, QStringLiteral("lost"), {}, {});
        }
        debtor.phone = QStringLiteral("03-1111-2222");
        service.updateDebtor(debtor);
        const audit::AuditVerification verification = audit::AuditTrail::verify(*database);
        QVERIFY(verification.isIntact());
        QCOMPARE(verification.recordsChecked, 8);
    }

    void backupIsAConsistentCopy()
    {
        tests::TestDatabase test;
        const auto database = test.open();
        PartyService service(*database, QStringLiteral("tester"));
        service.createClient(sampleClient());
        service.createDebtor(sampleDebtor());
        QTemporaryDir folder;
        const QString target = folder.filePath(QStringLiteral("copy.backup"));
        database->backupTo(target);
        QVERIFY(QFileInfo(target).size() > 0);
        QVERIFY_THROWS_EXCEPTION(storage::StorageError, database->backupTo(target)); // never overwrites
        if (!tests::TestDatabase::usesPostgres()) {
            const auto copy = storage::Database::open(storage::DatabaseLocation::sqliteFile(target));
            QCOMPARE(count(*copy, QStringLiteral("debtors")), 1);
            QCOMPARE(count(*copy, QStringLiteral("audit_log")), 2);
            QVERIFY(audit::AuditTrail::verify(*copy).isIntact());
        }
    }

    void upgradeWritesABackupFirst()
    {
        if (tests::TestDatabase::usesPostgres())
            return; // the pg_dump path is covered by backupIsAConsistentCopy on the server
        tests::TestDatabase test;
        {
            const auto database = test.open();
            PartyService(*database, QStringLiteral("tester")).createClient(sampleClient());
        }
        // A later Kaishu adds a migration: opening the old database upgrades it, after a backup.
        QList<storage::Migration> later = storage::migrations();
        later.append({storage::latestSchemaVersion() + 1,
                      QStringLiteral("test column"),
                      {QStringLiteral("ALTER TABLE clients ADD COLUMN test_note TEXT")}});
        const QString backups =
            QFileInfo(test.location().filePath()).absoluteDir().filePath(QStringLiteral("backups"));
        const auto upgraded = storage::Database::open(test.location(), later);
        QCOMPARE(upgraded->schemaVersion(), storage::latestSchemaVersion() + 1);
        const QStringList files = QDir(backups).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.constFirst().startsWith(
            QStringLiteral("kaishu-schema%1-").arg(storage::latestSchemaVersion())));
        const auto copy = storage::Database::open(
            storage::DatabaseLocation::sqliteFile(QDir(backups).filePath(files.constFirst())));
        QCOMPARE(count(*copy, QStringLiteral("clients")), 1);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
