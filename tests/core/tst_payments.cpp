// Payment confirmation end to end on SQLite and (label postgres) PostgreSQL: bank files imported once
// (a file twice, an overlapping statement, a broken file), the matching run (virtual account, name with
// a deducted fee over several invoices, an unknown payer), allocations as rows with the invoices'
// balances and statuses following, reversal, a clerk's allocation and the alias it teaches.
#include "BankStatementFixtures.h"
#include "TestDatabase.h"
#include "audit/AuditTrail.h"
#include "billing/InvoiceService.h"
#include "billing/OrderBook.h"
#include "parties/FieldError.h"
#include "parties/PartyImport.h"
#include "payments/PayerName.h"
#include "payments/PaymentService.h"
#include "payments/ZenginWriter.h"
#include "screening/ScreeningService.h"
#include "storage/Database.h"

#include <QFile>
#include <QTest>

using namespace kaishu;
using namespace kaishu::payments;
using money::Yen;

namespace {

QByteArray testData(const QString &name)
{
    QFile file(QStringLiteral(KAISHU_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

const QDate Today(2026, 12, 1);

using tests::clientAccount;
using tests::notice;
using tests::transfer;

QByteArray zengin(const QList<BankStatement> &statements)
{
    return tests::zenginBytes(statements);
}

struct Fixture
{
    tests::TestDatabase test;
    std::unique_ptr<storage::Database> database = test.open();
    PaymentService payments{*database, QStringLiteral("clerk")};
    billing::InvoiceService invoices{*database, QStringLiteral("clerk")};

    // C001's October invoices issued: K001 summary 68,678; K002 per order 6,600 and 11,000; K003
    // (closing on the 20th) 1,100.
    Fixture()
    {
        parties::PartyImporter importer(*database, QStringLiteral("tester"));
        if (!importer
                 .importFile(parties::ImportKind::Clients, testData(QStringLiteral("billing/clients.csv")))
                 .committed ||
            !importer
                 .importFile(parties::ImportKind::Debtors, testData(QStringLiteral("billing/debtors.csv")))
                 .committed)
            qFatal("fixture parties did not import");
        billing::OrderBook orders(*database, QStringLiteral("tester"));
        if (!orders.importFile(testData(QStringLiteral("billing/orders.csv"))).committed)
            qFatal("fixture orders did not import");
        invoices.settings().setInvoiceForm(accountId(QStringLiteral("K002")), billing::InvoiceForm::PerOrder);
        const qint64 client =
            database->scalar(QStringLiteral("SELECT id FROM clients WHERE code = 'C001'")).toLongLong();
        QList<qint64> drafts;
        for (const QDate closing : {QDate(2026, 10, 20), QDate(2026, 10, 31)}) {
            for (const billing::Invoice &draft : invoices.runBilling(client, closing, closing).drafts)
                drafts << draft.id;
        }
        // K002 goes over its credit limit: the clerk issues as a supervisor.
        screening::ScreeningService(*database, QStringLiteral("clerk"))
            .setSupervisors({QStringLiteral("clerk")});
        if (invoices.issue(drafts, QDate(2026, 11, 1), true).size() != 4)
            qFatal("fixture invoices were not issued");
    }
    qint64 accountId(const QString &customerCode) const
    {
        return database
            ->scalar(QStringLiteral("SELECT id FROM accounts WHERE customer_code = ?"), {customerCode})
            .toLongLong();
    }
    // The invoices of a customer, oldest first.
    QList<billing::Invoice> invoicesOf(const QString &customerCode)
    {
        billing::InvoiceFilter filter;
        filter.accountId = accountId(customerCode);
        QList<billing::Invoice> list = invoices.book().invoices(filter);
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
        return list;
    }
    qint64 count(const QString &table) const
    {
        return database->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
    }
    ImportSummary import(const QList<BankStatement> &statements,
                         const QString &name = QStringLiteral("bank.txt"))
    {
        ImportOptions options;
        options.today = Today;
        return payments.importBytes(zengin(statements), name, options);
    }
    BankTransaction byInquiry(const QString &inquiry) const
    {
        for (const BankTransaction &row : payments.transactions()) {
            if (row.line.inquiryNumber == inquiry)
                return row;
        }
        qFatal("no transaction %s", qPrintable(inquiry));
    }
};

} // namespace

class PaymentsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qInfo("engine: %s", qPrintable(tests::TestDatabase::engineName())); }

    void importIsOnceAndOverlapAddsOnlyNew()
    {
        Fixture f;
        const StatementLine a = transfer(QStringLiteral("000101"), 24, 1'000, QStringLiteral("ﾀﾅｶ ﾀﾛｳ"));
        const StatementLine b = transfer(QStringLiteral("000102"), 25, 2'000, QStringLiteral("ﾀﾅｶ ﾀﾛｳ"));
        const StatementLine c = transfer(QStringLiteral("000103"), 26, 3'000, QStringLiteral("ﾀﾅｶ ﾀﾛｳ"));
        ImportSummary first = f.import({notice(clientAccount(), {a, b})});
        QVERIFY(first.committed);
        QCOMPARE(first.linesRead, 2);
        QCOMPARE(first.newLines, 2);
        QCOMPARE(f.count(QStringLiteral("bank_transactions")), 2);

        // The same file again: recognised by its SHA-256, nothing read.
        const ImportSummary again = f.import({notice(clientAccount(), {a, b})});
        QVERIFY(again.alreadyImported);
        QVERIFY(!again.committed);
        QCOMPARE(f.count(QStringLiteral("bank_transactions")), 2);

        // An overlapping statement (b again, c new), in another file: only c is added.
        const ImportSummary overlap = f.import({notice(clientAccount(), {b, c})}, QStringLiteral("next.txt"));
        QVERIFY(overlap.committed);
        QCOMPARE(overlap.linesRead, 2);
        QCOMPARE(overlap.newLines, 1);
        QCOMPARE(overlap.duplicates, 1);
        QCOMPARE(f.count(QStringLiteral("bank_transactions")), 3);

        // A dry run reads and checks, and keeps nothing.
        ImportOptions dry;
        dry.today = Today;
        dry.dryRun = true;
        const StatementLine d = transfer(QStringLiteral("000104"), 27, 4'000, QStringLiteral("ﾀﾅｶ ﾀﾛｳ"));
        const ImportSummary dryRun = f.payments.importBytes(zengin({notice(clientAccount(), {d})}), {}, dry);
        QCOMPARE(dryRun.newLines, 1);
        QVERIFY(!dryRun.committed);
        QCOMPARE(f.count(QStringLiteral("bank_transactions")), 3);
        QCOMPARE(f.count(QStringLiteral("bank_statements")), 2);
        QVERIFY(audit::AuditTrail::verify(*f.database).isIntact());
    }

    void brokenFileLeavesTheDatabaseAsItWas()
    {
        Fixture f;
        QByteArray bytes = zengin({notice(
            clientAccount(), {transfer(QStringLiteral("000201"), 24, 5'000, QStringLiteral("ﾀﾅｶ ﾀﾛｳ"))})});
        // The amount of the data record (bytes 20–29 of record 2) no longer a number.
        const qsizetype record2 = bytes.indexOf("\r\n") + 2;
        bytes[record2 + 22] = 'X';
        const ImportSummary summary = f.payments.importBytes(bytes, QStringLiteral("broken.txt"));
        QVERIFY(!summary.committed);
        QVERIFY(!summary.problems.isEmpty());
        QCOMPARE(summary.problems.first().record, 2);
        QCOMPARE(f.count(QStringLiteral("bank_statements")), 0);
        QCOMPARE(f.count(QStringLiteral("bank_transactions")), 0);

        // A CSV nobody can read the columns of: refused with the reason, nothing kept.
        const ImportSummary csv =
            f.payments.importBytes(QByteArrayLiteral("a,b,c\n1,2,3\n"), QStringLiteral("odd.csv"));
        QVERIFY(!csv.committed);
        QCOMPARE(csv.problems.size(), 1);
        QCOMPARE(f.count(QStringLiteral("bank_transactions")), 0);
    }

    void csvWithTheClerksMappingAndAccount()
    {
        Fixture f;
        // An export with headers no guess knows: the clerk says which column is which, and which
        // account the statement is of (C001's), so the payments belong to C001.
        const QByteArray bytes = QStringLiteral("day,in,who\n2026/11/24,5000,ﾀﾅｶ ﾀﾛｳ\n").toUtf8();
        CsvMapping mapping;
        mapping.accountDate.index = 0;
        mapping.deposit.header = QStringLiteral("in");
        mapping.payerName.index = 2;
        ImportOptions options;
        options.csvMapping = mapping;
        options.statementAccount = clientAccount();
        const ImportSummary summary = f.payments.importBytes(bytes, QStringLiteral("export.csv"), options);
        QVERIFY(summary.committed);
        QCOMPARE(summary.newLines, 1);
        const QList<BankTransaction> rows = f.payments.transactions();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().line.amount, Yen(5'000));
        QCOMPARE(rows.first().line.payerName, QStringLiteral("ﾀﾅｶ ﾀﾛｳ"));
        QCOMPARE(
            rows.first().clientId,
            f.database->scalar(QStringLiteral("SELECT id FROM clients WHERE code = 'C001'")).toLongLong());
        // A mapping that misses the money column is refused before anything is read.
        options.csvMapping = CsvMapping{};
        options.csvMapping->accountDate.index = 0;
        const ImportSummary incomplete =
            f.payments.importBytes(bytes + "2026/11/25,1,x\n", QStringLiteral("export2.csv"), options);
        QVERIFY(!incomplete.committed);
        QVERIFY(!incomplete.problems.isEmpty());
        QCOMPARE(f.count(QStringLiteral("bank_transactions")), 1);
    }

    void matchingAppliesSuggestsAndLeavesTheUnknown()
    {
        Fixture f;
        const billing::Invoice k001 = f.invoicesOf(QStringLiteral("K001")).first();
        const QList<billing::Invoice> k002 = f.invoicesOf(QStringLiteral("K002"));
        QCOMPARE(k001.tax.gross, Yen(68'678));
        QCOMPARE(k002.size(), 2);
        // K001 pays into its virtual account 3000001; 佐藤商店 (K002) pays both its invoices at once,
        // less a 440 yen transfer fee, from its own name; someone unknown pays 12,345 yen.
        const ImportSummary imported = f.import(
            {notice(clientAccount(QStringLiteral("3000001")),
                    {transfer(QStringLiteral("000301"), 24, 68'678, QStringLiteral("ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"))}),
             notice(clientAccount(),
                    {transfer(QStringLiteral("000302"), 25, 17'600 - 440, QStringLiteral("ｻﾄｳｼﾖｳﾃﾝ")),
                     transfer(QStringLiteral("000303"), 26, 12'345, QStringLiteral("ﾀﾅｶ ﾀﾛｳ"))})});
        QVERIFY(imported.committed);
        QCOMPARE(imported.newLines, 3);

        const MatchRunSummary run = f.payments.matchOpen();
        QCOMPARE(run.autoMatched + run.suggested + run.unmatched, 3);
        QCOMPARE(run.unmatched, 1);

        // The virtual account is certain: applied, the invoice paid, one allocation row.
        const BankTransaction virtualPayment = f.byInquiry(QStringLiteral("000301"));
        QCOMPARE(virtualPayment.status, TransactionStatus::Matched);
        const QList<PaymentAllocation> allocations = f.payments.allocations(virtualPayment.id);
        QCOMPARE(allocations.size(), 1);
        QCOMPARE(allocations.first().invoiceId, k001.id);
        QCOMPARE(allocations.first().amount, Yen(68'678));
        QCOMPARE(allocations.first().method, MatchMethod::VirtualAccount);
        QCOMPARE(f.invoices.book().invoice(k001.id)->status, billing::InvoiceStatus::Paid);

        // 佐藤商店: both invoices, the fee recorded; applied or, if the engine is not sure, accepted.
        BankTransaction combined = f.byInquiry(QStringLiteral("000302"));
        if (combined.status == TransactionStatus::Suggested)
            combined = f.payments.accept(combined.id, combined.suggestions.first());
        QCOMPARE(combined.status, TransactionStatus::Matched);
        QCOMPARE(combined.allocated, Yen(17'600));
        QCOMPARE(combined.fee, Yen(440));
        for (const billing::Invoice &invoice : k002)
            QCOMPARE(f.invoices.book().invoice(invoice.id)->status, billing::InvoiceStatus::Paid);
        QCOMPARE(f.database
                     ->scalar(QStringLiteral("SELECT fee FROM payer_fees WHERE account_id = ?"),
                              {f.accountId(QStringLiteral("K002"))})
                     .toLongLong(),
                 440);

        // The unknown payer waits, with no candidate, and nothing was allocated from it.
        const BankTransaction unknown = f.byInquiry(QStringLiteral("000303"));
        QCOMPARE(unknown.status, TransactionStatus::Unmatched);
        QVERIFY(unknown.suggestions.isEmpty());
        QCOMPARE(f.payments.allocations(unknown.id).size(), 0);

        // A second run leaves what is matched alone.
        const MatchRunSummary second = f.payments.matchOpen();
        QCOMPARE(second.autoMatched, 0);
        QCOMPARE(second.unmatched, 1);
        QCOMPARE(f.count(QStringLiteral("payment_allocations")), 3);
        QVERIFY(audit::AuditTrail::verify(*f.database).isIntact());
    }

    void reversalGivesTheMoneyBack()
    {
        Fixture f;
        const billing::Invoice k001 = f.invoicesOf(QStringLiteral("K001")).first();
        f.import({notice(clientAccount(QStringLiteral("3000001")),
                         {transfer(QStringLiteral("000401"), 24, 68'678, QStringLiteral("ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"))})});
        f.payments.matchOpen();
        const BankTransaction matched = f.byInquiry(QStringLiteral("000401"));
        QCOMPARE(matched.status, TransactionStatus::Matched);

        QVERIFY_THROWS_EXCEPTION(parties::ValidationError,
                                 f.payments.reverse(matched.id, QStringLiteral(" ")));
        const BankTransaction reversed = f.payments.reverse(matched.id, QStringLiteral("wrong customer"));
        QCOMPARE(reversed.status, TransactionStatus::Unmatched);
        QCOMPARE(reversed.allocated, Yen(0));
        const std::optional<billing::Invoice> invoice = f.invoices.book().invoice(k001.id);
        QCOMPARE(invoice->status, billing::InvoiceStatus::Issued);
        QCOMPARE(invoice->balance(), Yen(68'678));
        // The allocation row stays, marked as reversed: the history is kept.
        const QList<PaymentAllocation> rows = f.payments.allocations(matched.id);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().reversed);
        // Reversing twice is refused; matching again applies it again.
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError,
                                 f.payments.reverse(matched.id, QStringLiteral("again")));
        QCOMPARE(f.payments.matchOpen().autoMatched, 1);
        QCOMPARE(f.invoices.book().invoice(k001.id)->status, billing::InvoiceStatus::Paid);
        QVERIFY(audit::AuditTrail::verify(*f.database).isIntact());
    }

    void clerkAllocationTeachesTheAlias()
    {
        Fixture f;
        const billing::Invoice k003 = f.invoicesOf(QStringLiteral("K003")).first();
        QCOMPARE(k003.tax.gross, Yen(1'100));
        // A parent company pays for 鈴木工業: nothing in the name says so.
        const QString parent = QStringLiteral("ｶ)ｵｵｿﾞﾗﾎｰﾙﾃﾞｲﾝｸﾞｽ");
        f.import({notice(clientAccount(), {transfer(QStringLiteral("000501"), 24, 1'100, parent)})});
        f.payments.matchOpen();
        const BankTransaction waiting = f.byInquiry(QStringLiteral("000501"));
        QVERIFY(waiting.status != TransactionStatus::Matched);

        // More than the payment (plus fee) cannot be allocated.
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError,
                                 f.payments.allocateManually(waiting.id, {{k003.id, Yen(1'200)}}, Yen(0)));
        const BankTransaction allocated =
            f.payments.allocateManually(waiting.id, {{k003.id, Yen(1'100)}}, Yen(0));
        QCOMPARE(allocated.status, TransactionStatus::Matched);
        QCOMPARE(f.invoices.book().invoice(k003.id)->status, billing::InvoiceStatus::Paid);
        const QList<PayerAlias> aliases = f.payments.aliases();
        QCOMPARE(aliases.size(), 1);
        QCOMPARE(aliases.first().key, parsePayerName(parent).key);
        QCOMPARE(
            aliases.first().debtorId,
            f.database->scalar(QStringLiteral("SELECT debtor_id FROM accounts WHERE customer_code = 'K003'"))
                .toLongLong());

        // Next time the same payer (spelt a little differently) is known by the alias.
        f.payments.reverse(allocated.id,
                           QStringLiteral("paid twice by mistake; the next transfer is the one"));
        f.payments.markAs(allocated.id, TransactionStatus::OtherIncome, QStringLiteral("refunded"));
        f.import({notice(clientAccount(), {transfer(QStringLiteral("000502"), 27, 1'100,
                                                    QStringLiteral("ｵｵｿﾞﾗﾎｰﾙﾃﾞｲﾝｸﾞｽ(ｶ"))})},
                 QStringLiteral("later.txt"));
        f.payments.matchOpen();
        const BankTransaction known = f.byInquiry(QStringLiteral("000502"));
        const QList<MatchCandidate> candidates =
            known.status == TransactionStatus::Matched ? QList<MatchCandidate>() : known.suggestions;
        if (known.status == TransactionStatus::Matched) {
            QCOMPARE(f.payments.allocations(known.id).first().method, MatchMethod::LearnedAlias);
        } else {
            QVERIFY(!candidates.isEmpty());
            QCOMPARE(candidates.first().method, MatchMethod::LearnedAlias);
            QCOMPARE(candidates.first().allocations.first().invoiceId, k003.id);
        }
    }

    void amountOnlySuggestionIsTheClerksDecision()
    {
        Fixture f;
        const billing::Invoice k003 = f.invoicesOf(QStringLiteral("K003")).first();
        // A parent company pays exactly 鈴木工業's invoice: the amount is the only clue.
        const QString parent = QStringLiteral("ｶ)ｵｵｿﾞﾗﾎｰﾙﾃﾞｲﾝｸﾞｽ");
        f.import({notice(clientAccount(), {transfer(QStringLiteral("000601"), 24, 1'100, parent)})});
        QCOMPARE(f.payments.matchOpen().suggested, 1);
        const BankTransaction waiting = f.byInquiry(QStringLiteral("000601"));
        QCOMPARE(waiting.status, TransactionStatus::Suggested);
        QVERIFY(!waiting.suggestions.isEmpty());
        const MatchCandidate suggestion = waiting.suggestions.first();
        QCOMPARE(suggestion.method, MatchMethod::Amount);
        QCOMPARE(suggestion.allocations, (QList<Allocation>{{k003.id, Yen(1'100)}}));

        // Accepted, it is booked as the clerk's allocation and the parent's name is learned.
        f.payments.accept(waiting.id, suggestion);
        const QList<PaymentAllocation> rows = f.payments.allocations(waiting.id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().method, MatchMethod::Manual);
        QCOMPARE(f.payments.aliases().size(), 1);
        QCOMPARE(f.payments.aliases().first().key, parsePayerName(parent).key);
        QVERIFY(audit::AuditTrail::verify(*f.database).isIntact());
    }

    void paymentForOneInvoiceIsAnAllocation()
    {
        Fixture f;
        const billing::Invoice k001 = f.invoicesOf(QStringLiteral("K001")).first();
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError, f.payments.recordPayment(k001.id, Yen(68'679)));
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError, f.payments.recordPayment(k001.id, Yen(0)));
        QCOMPARE(f.count(QStringLiteral("bank_transactions")), 0);

        const BankTransaction paid = f.payments.recordPayment(k001.id, Yen(10'000), QDate(2026, 11, 20));
        QCOMPARE(paid.status, TransactionStatus::Matched);
        QCOMPARE(paid.line.valueDate, QDate(2026, 11, 20));
        QCOMPARE(paid.line.payerName, QStringLiteral("ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ")); // 株式会社山田商事 as a bank prints it
        const QList<PaymentAllocation> rows = f.payments.allocations(paid.id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().invoiceId, k001.id);
        QCOMPARE(rows.first().method, MatchMethod::Manual);
        const std::optional<billing::Invoice> invoice = f.invoices.book().invoice(k001.id);
        QCOMPARE(invoice->status, billing::InvoiceStatus::PartlyPaid);
        QCOMPARE(invoice->balance(), Yen(58'678));
        // Its own payer name teaches nothing; a second payment in the same moment is its own row.
        QCOMPARE(f.payments.aliases().size(), 0);
        f.payments.recordPayment(k001.id, Yen(58'678), QDate(2026, 11, 20));
        QCOMPARE(f.invoices.book().invoice(k001.id)->status, billing::InvoiceStatus::Paid);
        QCOMPARE(f.count(QStringLiteral("payment_allocations")), 2);
        // A paid invoice takes no more.
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError, f.payments.recordPayment(k001.id, Yen(1)));
        QVERIFY(audit::AuditTrail::verify(*f.database).isIntact());
    }

    void manualPaymentIsChecked()
    {
        Fixture f;
        StatementLine line = transfer({}, 24, 0, QStringLiteral("ﾀﾅｶ ﾀﾛｳ"));
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError, f.payments.addManual(line));
        line.amount = Yen(6'600);
        const BankTransaction manual = f.payments.addManual(line);
        QCOMPARE(manual.line.amount, Yen(6'600));
        QCOMPARE(manual.status, TransactionStatus::Unmatched);
        QVERIFY_THROWS_EXCEPTION(
            parties::ValidationError,
            f.payments.markAs(manual.id, TransactionStatus::Matched, QStringLiteral("no")));
        const BankTransaction income =
            f.payments.markAs(manual.id, TransactionStatus::OtherIncome, QStringLiteral("interest"));
        QCOMPARE(income.status, TransactionStatus::OtherIncome);
        // Marked money no longer waits; taking it back opens it again.
        QCOMPARE(f.payments.transactions(TransactionFilter::waiting()).size(), 0);
        QCOMPARE(f.payments.reverse(manual.id, QStringLiteral("not interest")).status,
                 TransactionStatus::Unmatched);
    }
};

QTEST_GUILESS_MAIN(PaymentsTest)
#include "tst_payments.moc"
