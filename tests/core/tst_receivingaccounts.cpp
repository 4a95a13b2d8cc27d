// Receiving accounts (入金口座) on SQLite and (label postgres) PostgreSQL: created with digits
// normalised, listed by bank, branch and number, updated against the version read, refused when the
// number is known already (as a receiving account or as a client's payee account) or a code is
// malformed, removed; every write audited in an intact chain; and a Zengin statement of a client's
// receiving account imported with that client.
#include "TestDatabase.h"
#include "audit/AuditTrail.h"
#include "parties/FieldError.h"
#include "parties/PartyService.h"
#include "payments/PaymentService.h"
#include "payments/ReceivingAccounts.h"
#include "payments/ZenginWriter.h"
#include "storage/Database.h"

#include <QTest>

using namespace kaishu;
using parties::BankAccountType;
using parties::FieldError;
using payments::ReceivingAccount;

namespace {

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList fields;
    for (const FieldError &error : errors)
        fields << error.field;
    return fields;
}

ReceivingAccount receivingAccount(qint64 clientId, const QString &bank, const QString &branch,
                                  const QString &number, const QString &holder = QStringLiteral("ｶｲｼﾕ(ｶ"))
{
    ReceivingAccount account;
    account.clientId = clientId;
    account.account = {bank, branch, BankAccountType::Ordinary, number, holder};
    return account;
}

struct Fixture
{
    tests::TestDatabase test;
    std::unique_ptr<storage::Database> database = test.open();
    parties::PartyService parties{*database, QStringLiteral("clerk")};
    payments::ReceivingAccountBook book{*database, QStringLiteral("clerk")};
    // C001 is paid into みずほ銀行 東京営業部 1234567; C002 has no payee account.
    parties::Client mirai =
        addClient(QStringLiteral("C001"), QStringLiteral("株式会社みらい食品"),
                  {QStringLiteral("0001"), QStringLiteral("001"), BankAccountType::Ordinary,
                   QStringLiteral("1234567"), QStringLiteral("ｶ)ﾐﾗｲｼﾖｸﾋﾝ")});
    parties::Client toto = addClient(QStringLiteral("C002"), QStringLiteral("東都システム株式会社"), {});

    parties::Client addClient(const QString &code, const QString &name, const parties::BankAccount &payee)
    {
        parties::Client client;
        client.code = code;
        client.name = name;
        client.payeeAccount = payee;
        client.terms = *calendar::PaymentTerms::parse(QStringLiteral("月末締め翌月末払い"));
        return parties.createClient(client);
    }
    qint64 count(const QString &table) const
    {
        return database->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
    }
    // The fields a refused save names; empty (and a failed test) when it was not refused.
    QStringList refusedFields(const ReceivingAccount &account, QString *reasons = nullptr)
    {
        try {
            book.save(account);
        } catch (const parties::ValidationError &error) {
            if (reasons)
                *reasons = error.message();
            return fieldsOf(error.errors());
        }
        return {};
    }
};

} // namespace

class ReceivingAccountsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qInfo("engine: %s", qPrintable(tests::TestDatabase::engineName())); }

    void createNormalisesAndFinds()
    {
        Fixture f;
        const ReceivingAccount saved = f.book.save(receivingAccount(
            0, QStringLiteral("０００５"), QStringLiteral("１２３"), QStringLiteral("12-345")));
        QVERIFY(saved.id > 0);
        QCOMPARE(saved.version, 1);
        QCOMPARE(saved.account.bankCode, QStringLiteral("0005"));
        QCOMPARE(saved.account.branchCode, QStringLiteral("123"));
        QCOMPARE(saved.account.accountNumber, QStringLiteral("0012345"));
        QCOMPARE(f.book.find(saved.id), std::optional(saved));
        QVERIFY(!f.book.find(saved.id + 1));
        // The agency's own account has no client: NULL, not 0.
        QCOMPARE(
            f.database
                ->scalar(QStringLiteral("SELECT COUNT(*) FROM receiving_accounts WHERE client_id IS NULL"))
                .toLongLong(),
            1);

        const ReceivingAccount ofClient =
            f.book.save(receivingAccount(f.toto.id, QStringLiteral("0009"), QStringLiteral("250"),
                                         QStringLiteral("7777777"), QStringLiteral("ﾄｳﾄｼｽﾃﾑ(ｶ")));
        QCOMPARE(f.book.find(ofClient.id)->clientId, f.toto.id);
    }

    void listIsByBankBranchAndNumber()
    {
        Fixture f;
        for (const auto &[bank, branch, number] :
             {std::tuple{"0009", "100", "0000001"}, std::tuple{"0005", "002", "0000001"},
              std::tuple{"0005", "001", "9999999"}, std::tuple{"0005", "001", "0000002"}})
            f.book.save(receivingAccount(0, QString::fromLatin1(bank), QString::fromLatin1(branch),
                                         QString::fromLatin1(number)));
        QStringList order;
        for (const ReceivingAccount &account : f.book.list())
            order << account.account.bankCode + QLatin1Char('-') + account.account.branchCode +
                         QLatin1Char('-') + account.account.accountNumber;
        QCOMPARE(order,
                 (QStringList{QStringLiteral("0005-001-0000002"), QStringLiteral("0005-001-9999999"),
                              QStringLiteral("0005-002-0000001"), QStringLiteral("0009-100-0000001")}));
    }

    void updateNeedsTheVersionRead()
    {
        Fixture f;
        const ReceivingAccount first = f.book.save(
            receivingAccount(0, QStringLiteral("0005"), QStringLiteral("001"), QStringLiteral("1111111")));
        ReceivingAccount edited = first;
        edited.clientId = f.toto.id;
        edited.account.type = BankAccountType::Current;
        edited.account.accountName = QStringLiteral("ﾄｳﾄｼｽﾃﾑ(ｶ");
        const ReceivingAccount second = f.book.save(edited);
        QCOMPARE(second.version, 2);
        QCOMPARE(f.book.find(first.id), std::optional(second));

        // A second clerk still holding version 1: refused, the first clerk's change stays.
        ReceivingAccount stale = first;
        stale.account.accountName = QStringLiteral("ﾍﾞﾂﾉﾅﾏｴ");
        QVERIFY_THROWS_EXCEPTION(parties::ConcurrentChangeError, f.book.save(stale));
        QCOMPARE(f.book.find(first.id), std::optional(second));
    }

    void knownNumbersAreRefusedOnTheNumber()
    {
        Fixture f;
        f.book.save(
            receivingAccount(0, QStringLiteral("0005"), QStringLiteral("001"), QStringLiteral("1111111")));
        // Same bank, branch and number (another type and holder make no other account).
        ReceivingAccount again = receivingAccount(f.toto.id, QStringLiteral("0005"), QStringLiteral("001"),
                                                  QStringLiteral("1111111"));
        again.account.type = BankAccountType::Savings;
        QString reasons;
        QCOMPARE(f.refusedFields(again, &reasons), QStringList{QStringLiteral("account_number")});
        QVERIFY2(reasons.contains(QStringLiteral("already registered")), qPrintable(reasons));
        // The same number at another branch is another account.
        f.book.save(
            receivingAccount(0, QStringLiteral("0005"), QStringLiteral("002"), QStringLiteral("1111111")));

        // C001's payee account is known as C001's already.
        QCOMPARE(f.refusedFields(receivingAccount(f.toto.id, QStringLiteral("0001"), QStringLiteral("001"),
                                                  QStringLiteral("1234567")),
                                 &reasons),
                 QStringList{QStringLiteral("account_number")});
        QVERIFY2(reasons.contains(QStringLiteral("C001")), qPrintable(reasons));
        QCOMPARE(f.count(QStringLiteral("receiving_accounts")), 2);
    }

    void malformedAccountsAreNamedByField()
    {
        Fixture f;
        const ReceivingAccount bad = receivingAccount(0, QStringLiteral("12"), QStringLiteral("1x3"),
                                                      QStringLiteral("12345678"), QString());
        const QStringList expected{QStringLiteral("bank_code"), QStringLiteral("branch_code"),
                                   QStringLiteral("account_number"), QStringLiteral("account_name")};
        QCOMPARE(fieldsOf(payments::validate(bad)), expected);
        QCOMPARE(f.refusedFields(bad), expected);
        // Half-width kana only, as the bank prints the holder.
        QCOMPARE(f.refusedFields(receivingAccount(0, QStringLiteral("0005"), QStringLiteral("001"),
                                                  QStringLiteral("1111111"),
                                                  QStringLiteral("株式会社カイシュウ"))),
                 QStringList{QStringLiteral("account_name")});
        // A client that does not exist.
        QCOMPARE(f.refusedFields(receivingAccount(f.toto.id + 1000, QStringLiteral("0005"),
                                                  QStringLiteral("001"), QStringLiteral("1111111"))),
                 QStringList{QStringLiteral("client_id")});
        QCOMPARE(f.count(QStringLiteral("receiving_accounts")), 0);

        // A client's payee account follows the same rules, with the same reasons.
        parties::Client client = f.mirai;
        client.payeeAccount = bad.account;
        QCOMPARE(parties::validate(client), parties::validate(bad.account));
    }

    void removeNeedsTheVersionRead()
    {
        Fixture f;
        const ReceivingAccount first = f.book.save(
            receivingAccount(0, QStringLiteral("0005"), QStringLiteral("001"), QStringLiteral("1111111")));
        ReceivingAccount edited = first;
        edited.account.accountName = QStringLiteral("ｶｲｼﾕ");
        const ReceivingAccount second = f.book.save(edited);
        QVERIFY_THROWS_EXCEPTION(parties::ConcurrentChangeError, f.book.remove(first.id, first.version));
        QVERIFY(f.book.find(first.id));
        f.book.remove(second.id, second.version);
        QVERIFY(!f.book.find(first.id));
        QVERIFY(f.book.list().isEmpty());
        // Removed meanwhile by someone else.
        QVERIFY_THROWS_EXCEPTION(parties::ConcurrentChangeError, f.book.remove(second.id, second.version));
    }

    void everyWriteIsAudited()
    {
        Fixture f;
        const qint64 before = f.count(QStringLiteral("audit_log"));
        const ReceivingAccount created = f.book.save(
            receivingAccount(0, QStringLiteral("0005"), QStringLiteral("001"), QStringLiteral("1111111")));
        ReceivingAccount edited = created;
        edited.clientId = f.toto.id;
        const ReceivingAccount updated = f.book.save(edited);
        // Refused writes leave no record.
        f.refusedFields(
            receivingAccount(0, QStringLiteral("0005"), QStringLiteral("001"), QStringLiteral("1111111")));
        QVERIFY_THROWS_EXCEPTION(parties::ConcurrentChangeError, f.book.remove(created.id, created.version));
        f.book.remove(updated.id, updated.version);
        QCOMPARE(f.count(QStringLiteral("audit_log")), before + 3);

        const QList<audit::AuditRecord> history =
            audit::AuditTrail::history(*f.database, {{QStringLiteral("receiving_account"), created.id}});
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).action, QStringLiteral("delete"));
        QCOMPARE(history.at(1).action, QStringLiteral("update"));
        QCOMPARE(history.at(2).action, QStringLiteral("create"));
        QCOMPARE(history.at(2).actor, QStringLiteral("clerk"));
        QVERIFY(history.at(2).before.isEmpty());
        QCOMPARE(history.at(2).after.value(QStringLiteral("account_number")).toString(),
                 QStringLiteral("1111111"));
        QVERIFY(history.at(2).after.value(QStringLiteral("client_id")).isNull());
        QCOMPARE(history.at(1).after.value(QStringLiteral("client_id")).toInteger(), f.toto.id);
        QCOMPARE(history.at(0).before.value(QStringLiteral("client_id")).toInteger(), f.toto.id);
        QVERIFY(history.at(0).after.isEmpty());
        QVERIFY(audit::AuditTrail::verify(*f.database).isIntact());
    }

    void statementOfAClientsReceivingAccountGoesToTheClient()
    {
        Fixture f;
        f.book.save(receivingAccount(f.toto.id, QStringLiteral("0009"), QStringLiteral("250"),
                                     QStringLiteral("7777777"), QStringLiteral("ﾄｳﾄｼｽﾃﾑ(ｶ")));
        f.book.save(
            receivingAccount(0, QStringLiteral("0005"), QStringLiteral("001"), QStringLiteral("1111111")));

        // One file, two accounts: C002's receiving account and the agency's own.
        QList<payments::BankStatement> statements;
        for (const QString &number : {QStringLiteral("7777777"), QStringLiteral("1111111")}) {
            payments::BankStatement statement;
            statement.format = payments::StatementFormat::ZenginTransferNotice;
            statement.created = QDate(2026, 11, 30);
            const bool ofClient = number == QLatin1String("7777777");
            statement.account = {ofClient ? QStringLiteral("0009") : QStringLiteral("0005"),
                                 QStringLiteral("ﾐﾂｲｽﾐﾄﾓ"),
                                 ofClient ? QStringLiteral("250") : QStringLiteral("001"),
                                 QStringLiteral("ｼﾃﾝ"),
                                 1,
                                 number,
                                 QStringLiteral("ﾃｽﾄ")};
            payments::StatementLine line;
            line.inquiryNumber = number.left(3);
            line.accountDate = line.valueDate = QDate(2026, 11, 27);
            line.amount = money::Yen(ofClient ? 5'500 : 770);
            line.payerName = QStringLiteral("ﾔﾏﾀﾞ ﾀﾛｳ");
            statement.lines = {line};
            statements << statement;
        }
        QString error;
        const std::optional<QByteArray> file = payments::ZenginWriter::write(statements, {}, &error);
        QVERIFY2(file, qPrintable(error));
        payments::PaymentService service(*f.database, QStringLiteral("clerk"));
        payments::ImportOptions options;
        options.today = QDate(2026, 12, 1);
        const payments::ImportSummary summary =
            service.importBytes(*file, QStringLiteral("bank.txt"), options);
        QVERIFY(summary.committed);

        QHash<QString, qint64> clientOfAccount;
        for (const payments::BankTransaction &transaction : service.transactions())
            clientOfAccount.insert(transaction.accountNumber, transaction.clientId);
        QCOMPARE(clientOfAccount.size(), 2);
        QCOMPARE(clientOfAccount.value(QStringLiteral("7777777"), -1), f.toto.id);
        QCOMPARE(clientOfAccount.value(QStringLiteral("1111111"), -1), qint64(0));
        QVERIFY(audit::AuditTrail::verify(*f.database).isIntact());
    }
};

QTEST_GUILESS_MAIN(ReceivingAccountsTest)
#include "tst_receivingaccounts.moc"
