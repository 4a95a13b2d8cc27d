// Invoicing end to end on SQLite and (label postgres) PostgreSQL: order import (all or nothing,
// problems by line and column, never twice), the billing run (terms, forms, due dates, tax once per
// rate, credit warnings, lines billed once), issuing with gapless numbers, cancellation, credit notes,
// corrective re-issue, receipts and the send log.
#include "TestDatabase.h"
#include "audit/AuditTrail.h"
#include "billing/DocumentArchive.h"
#include "billing/InvoiceService.h"
#include "billing/OrderBook.h"
#include "parties/PartyImport.h"
#include "payments/PaymentService.h"
#include "screening/ScreeningService.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QTest>

using namespace kaishu;
using namespace kaishu::billing;
using money::Yen;

namespace {

QByteArray testData(const QString &name)
{
    QFile file(QStringLiteral(KAISHU_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

const QByteArray ClientsCsv = testData(QStringLiteral("billing/clients.csv"));

// K001 summary (month end), K002 per order with a small credit limit, K003 closes on the 20th.
const QByteArray DebtorsCsv = testData(QStringLiteral("billing/debtors.csv"));

const QByteArray OrdersCsv = testData(QStringLiteral("billing/orders.csv"));

struct Fixture
{
    tests::TestDatabase test;
    std::unique_ptr<storage::Database> database = test.open();

    Fixture()
    {
        parties::PartyImporter importer(*database, QStringLiteral("tester"));
        if (!importer.importFile(parties::ImportKind::Clients, ClientsCsv).committed ||
            !importer.importFile(parties::ImportKind::Debtors, DebtorsCsv).committed)
            qFatal("fixture parties did not import");
    }
    qint64 clientId(const QString &code) const
    {
        return database->scalar(QStringLiteral("SELECT id FROM clients WHERE code = ?"), {code}).toLongLong();
    }
    qint64 accountId(const QString &customerCode) const
    {
        return database
            ->scalar(QStringLiteral("SELECT id FROM accounts WHERE customer_code = ?"), {customerCode})
            .toLongLong();
    }
    qint64 count(const QString &table) const
    {
        return database->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
    }
    void importOrders()
    {
        const parties::ImportResult result =
            OrderBook(*database, QStringLiteral("tester")).importFile(OrdersCsv);
        QStringList problems;
        for (const parties::ImportProblem &problem : result.problems)
            problems << problem.toString();
        if (!result.committed)
            qFatal("orders did not import: %s", qPrintable(problems.join(u'\n')));
    }
};

QString problemsText(const parties::ImportResult &result)
{
    QStringList lines;
    for (const parties::ImportProblem &problem : result.problems)
        lines << problem.toString();
    return lines.join(u'\n');
}

const Invoice *draftOf(const BillingRunPlan &plan, const QString &customerCode,
                       const QString &orderNumber = {})
{
    for (const Invoice &draft : plan.drafts) {
        if (draft.customerCode == customerCode &&
            (orderNumber.isEmpty() || draft.lines.first().orderNumber == orderNumber))
            return &draft;
    }
    return nullptr;
}

} // namespace

class TestBilling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qInfo("engine: %s", qPrintable(tests::TestDatabase::engineName())); }

    void ordersImportAllOrNothing()
    {
        Fixture f;
        OrderBook book(*f.database, QStringLiteral("tester"));
        const QByteArray bad =
            QStringLiteral("client_code,customer_code,order_no,order_date,delivery_date,description,quantity,"
                           "unit_price,tax_category\n"
                           "C001,K001,X-1,2026-10-01,2026-10-02,ok,1,100,10\n"
                           "C001,K999,X-2,2026-10-01,2026-10-02,unknown customer,1,100,10\n"
                           "C001,K001,X-3,2026-10-05,2026-10-02,delivered before ordered,1,100,10\n"
                           "C001,K001,X-4,2026-10-01,2026-10-02,bad quantity,1.23456,100,10\n"
                           "C001,K001,X-5,2026-10-01,2026-10-02,bad tax,1,100,5\n")
                .toUtf8();
        const parties::ImportResult result = book.importFile(bad);
        QVERIFY(!result.committed);
        QCOMPARE(result.problems.size(), 4);
        QCOMPARE(result.problems.at(0).line, 3);
        QCOMPARE(result.problems.at(0).column, QStringLiteral("customer_code"));
        QCOMPARE(result.problems.at(1).line, 4);
        QCOMPARE(result.problems.at(1).column, QStringLiteral("delivery_date"));
        QCOMPARE(result.problems.at(2).column, QStringLiteral("quantity"));
        QCOMPARE(result.problems.at(3).column, QStringLiteral("tax_category"));
        QCOMPARE(f.count(QStringLiteral("order_lines")), 0);

        const parties::ImportResult good = book.importFile(OrdersCsv);
        QVERIFY2(good.committed, qPrintable(problemsText(good)));
        QCOMPARE(good.created, 7);
        QCOMPARE(f.count(QStringLiteral("order_lines")), 7);
        // Order A-1 has two lines numbered in file order; importing the file again is refused.
        QCOMPARE(
            f.database->scalar(QStringLiteral("SELECT MAX(line_no) FROM order_lines WHERE order_no = 'A-1'"))
                .toInt(),
            2);
        const parties::ImportResult again = book.importFile(OrdersCsv);
        QVERIFY(!again.committed);
        QVERIFY(problemsText(again).contains(QStringLiteral("A-1")));
        QCOMPARE(f.count(QStringLiteral("order_lines")), 7);
    }

    void billingRunMakesDraftsByTerms()
    {
        Fixture f;
        f.importOrders();
        InvoiceService service(*f.database, QStringLiteral("clerk"));
        BillingSettings settings = service.settings().settings(f.clientId(QStringLiteral("C001")));
        service.settings().save(settings);
        service.settings().setInvoiceForm(f.accountId(QStringLiteral("K002")), InvoiceForm::PerOrder);

        const QDate closing(2026, 10, 31);
        const BillingRunPlan plan = service.runBilling(f.clientId(QStringLiteral("C001")), closing, closing);
        // K001: one summary invoice (A-1, A-2; A-3 is delivered after the closing date); K002: one
        // invoice per order; K003 closes on the 20th and is not in this run.
        QCOMPARE(plan.drafts.size(), 3);
        QCOMPARE(plan.orderLines, 5);
        const Invoice *summary = draftOf(plan, QStringLiteral("K001"));
        QVERIFY(summary);
        QCOMPARE(summary->lines.size(), 3);
        QCOMPARE(summary->form, InvoiceForm::Summary);
        QCOMPARE(summary->periodFrom, QDate(2026, 10, 1));
        QCOMPARE(summary->periodTo, closing);
        // 月末締め翌月末払い: 2026-11-30 is a Monday.
        QCOMPARE(summary->dueDate, QDate(2026, 11, 30));
        // 10%: 3 × 105 + 50,000 = 50,315 → tax 5,031 (once per rate, rounded down); 8%: 10 × 1,234.5 =
        // 12,345 → 987.6 → 987.
        QCOMPARE(summary->tax.net, Yen(62'660));
        QCOMPARE(summary->tax.tax, Yen(5'031 + 987));
        QCOMPARE(summary->tax.gross, Yen(62'660 + 6'018));
        // K002 (tax-included, per order): B-1 6,600 incl. → 600 tax; credit limit 10,000 exceeded by 17,600.
        const Invoice *perOrder = draftOf(plan, QStringLiteral("K002"), QStringLiteral("B-2"));
        QVERIFY(perOrder);
        QCOMPARE(perOrder->tax.gross, Yen(11'000));
        QCOMPARE(perOrder->tax.tax, Yen(1'000));
        QCOMPARE(plan.warnings.size(), 1);
        QCOMPARE(plan.warnings.first().customerCode, QStringLiteral("K002"));
        QCOMPARE(plan.warnings.first().exposure, Yen(17'600));

        // The lines are on the drafts now: a second run makes nothing.
        QCOMPARE(service.runBilling(f.clientId(QStringLiteral("C001")), closing, closing).drafts.size(), 0);
        QCOMPARE(
            f.database->scalar(QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE invoice_id IS NULL"))
                .toInt(),
            2);
        // Discarding a draft returns its lines to the order book.
        const Invoice draft = *service.book().invoice(summary->id);
        service.discardDraft(draft);
        QCOMPARE(
            f.database->scalar(QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE invoice_id IS NULL"))
                .toInt(),
            5);

        // The 20th closing run picks up K003.
        const BillingRunPlan twentieth =
            service.runBilling(f.clientId(QStringLiteral("C001")), QDate(2026, 10, 20), {});
        QCOMPARE(twentieth.drafts.size(), 1);
        QCOMPARE(twentieth.drafts.first().customerCode, QStringLiteral("K003"));
        QCOMPARE(twentieth.drafts.first().dueDate, QDate(2026, 11, 10));
    }

    void issuingNumbersGaplessAndFreezes()
    {
        Fixture f;
        f.importOrders();
        InvoiceService service(*f.database, QStringLiteral("clerk"));
        const qint64 client = f.clientId(QStringLiteral("C001"));
        service.settings().setInvoiceForm(f.accountId(QStringLiteral("K002")), InvoiceForm::PerOrder);
        const BillingRunPlan plan = service.runBilling(client, QDate(2026, 10, 31), {});
        QList<qint64> ids;
        for (const Invoice &draft : plan.drafts)
            ids << draft.id;

        // A failure part-way (an id that is not a draft) issues nothing and uses no number.
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError,
                                 service.issue({ids.at(0), ids.at(1), 999'999}, QDate(2026, 11, 1)));
        QCOMPARE(f.database->scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = 'issued'"))
                     .toInt(),
                 0);

        // K002 goes over its limit of 10,000 yen: only a supervisor issues it, saying so.
        QCOMPARE(service.creditLimitBreaches(ids).size(), 1);
        QCOMPARE(service.creditLimitBreaches(ids).first().exposure, Yen(17'600));
        try {
            service.issue(ids, QDate(2026, 11, 1));
            QFAIL("issued over the credit limit");
        } catch (const parties::ValidationError &error) {
            QCOMPARE(error.errors().first().field, QStringLiteral("credit_limit"));
            QVERIFY2(error.message().contains(QStringLiteral("K002")), qPrintable(error.message()));
        }
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError, service.issue(ids, QDate(2026, 11, 1), true));
        QCOMPARE(f.database->scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = 'issued'"))
                     .toInt(),
                 0);
        screening::ScreeningService(*f.database, QStringLiteral("clerk"))
            .setSupervisors({QStringLiteral("chief")});
        InvoiceService chief(*f.database, QStringLiteral("chief"));
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError, chief.issue(ids, QDate(2026, 11, 1)));
        const QList<Invoice> issued = chief.issue(ids, QDate(2026, 11, 1), true);
        QCOMPARE(issued.size(), 3);
        const QList<audit::AuditRecord> approval = audit::AuditTrail::history(
            *f.database, {{QStringLiteral("account"), f.accountId(QStringLiteral("K002"))}});
        QCOMPARE(approval.first().action, QStringLiteral("over_limit_approved"));
        QCOMPARE(approval.first().after.value(QStringLiteral("approved_by")).toString(),
                 QStringLiteral("chief"));
        QStringList numbers;
        for (const Invoice &invoice : issued)
            numbers << invoice.number;
        QCOMPARE(numbers, (QStringList{QStringLiteral("C001-2026-000001"), QStringLiteral("C001-2026-000002"),
                                       QStringLiteral("C001-2026-000003")}));
        // Frozen: the document is stored; editing or issuing again is refused.
        const BillingDocument document = service.document(issued.first().id);
        QCOMPARE(document.number, numbers.first());
        QCOMPARE(document.issuer.registrationNumber, QStringLiteral("T7000012050002"));
        QCOMPARE(document.payee.bankName, QStringLiteral("みずほ銀行"));
        // Payment goes to the debtor's virtual account where it has one, else to the client's account.
        int toVirtualAccounts = 0;
        for (const Invoice &invoice : issued) {
            const BillingDocument issuedDocument = service.document(invoice.id);
            const bool virtualAccount = invoice.accountId == f.accountId(QStringLiteral("K001"));
            toVirtualAccounts += virtualAccount ? 1 : 0;
            QCOMPARE(issuedDocument.payee.accountNumber,
                     virtualAccount ? QStringLiteral("3000001") : QStringLiteral("1234567"));
            QCOMPARE(issuedDocument.payee.branchCode, QStringLiteral("001"));
        }
        QCOMPARE(toVirtualAccounts, 1);
        Invoice edited = issued.first();
        edited.notes = QStringLiteral("changed");
        QVERIFY_THROWS_EXCEPTION(parties::ConcurrentChangeError, service.saveDraft(edited));
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError, service.issue({issued.first().id}, {}));

        // A custom format per client; the next year restarts the series.
        BillingSettings settings = service.settings().settings(client);
        settings.numberFormat = QStringLiteral("INV{yy}{mm}-{seq:4}");
        settings = service.settings().save(settings);
        BillingSettings broken = settings;
        broken.numberFormat = QStringLiteral("{client}-{seq}");
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError, service.settings().save(broken));
        const BillingRunPlan november = service.runBilling(client, QDate(2026, 11, 30), {});
        QCOMPARE(november.drafts.size(), 1);
        QCOMPARE(service.issue({november.drafts.first().id}, QDate(2027, 1, 4)).first().number,
                 QStringLiteral("INV2701-0001"));
        // Each change is in the audit trail, and the chain verifies.
        QVERIFY(audit::AuditTrail::verify(*f.database).isIntact());
    }

    void cancelCreditNoteReissueAndReceipt()
    {
        Fixture f;
        f.importOrders();
        InvoiceService service(*f.database, QStringLiteral("clerk"));
        const qint64 client = f.clientId(QStringLiteral("C001"));
        const BillingRunPlan plan = service.runBilling(client, QDate(2026, 10, 31), {});
        const Invoice *summary = draftOf(plan, QStringLiteral("K001"));
        const Invoice invoice = service.issue({summary->id}, QDate(2026, 11, 1)).first();

        // A credit note for the tea (8%), returned: 2 boxes of 1,234.5 = 2,469 → 8% tax 197.
        InvoiceLine returned = invoice.lines.at(1);
        returned.quantity = money::Decimal::fromInt(2);
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError,
                                 service.issueCreditNote(invoice.id, {returned}, QString(), {}));
        const Invoice note = service.issueCreditNote(invoice.id, {returned}, QStringLiteral("破損による返品"),
                                                     QDate(2026, 11, 10));
        QCOMPARE(note.kind, DocumentKind::CreditNote);
        QCOMPARE(note.number, QStringLiteral("C001-2026-000002"));
        QCOMPARE(note.tax.perRate.size(), 1);
        QCOMPARE(note.tax.perRate.first().category, money::TaxCategory::Reduced8);
        QCOMPARE(note.tax.net, Yen(2'469));
        QCOMPARE(note.tax.tax, Yen(197));
        const BillingDocument noteDocument = service.document(note.id);
        QCOMPARE(noteDocument.originalNumber, invoice.number);
        QCOMPARE(noteDocument.reason, QStringLiteral("破損による返品"));
        const Invoice credited = *service.book().invoice(invoice.id);
        QCOMPARE(credited.credited, Yen(2'666));
        QCOMPARE(credited.balance(), invoice.tax.gross - Yen(2'666));
        // More than is left is refused.
        InvoiceLine tooMuch = invoice.lines.at(2);
        tooMuch.unitPrice = money::Decimal::fromInt(1'000'000);
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError,
                                 service.issueCreditNote(invoice.id, {tooMuch}, QStringLiteral("x"), {}));

        // With a credit note it cannot simply be cancelled; the K002 invoice can, and be re-issued.
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError,
                                 service.cancel(invoice.id, QStringLiteral("誤り")));
        // (K002 owes more than its limit: the clerk, a supervisor here, approves.)
        screening::ScreeningService(*f.database, QStringLiteral("clerk"))
            .setSupervisors({QStringLiteral("clerk")});
        const Invoice other =
            service.issue({draftOf(plan, QStringLiteral("K002"))->id}, QDate(2026, 11, 1), true).first();
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError, service.cancel(other.id, QString()));
        const Invoice corrected = service.reissue(other.id, QStringLiteral("単価誤り"));
        QCOMPARE(service.book().invoice(other.id)->status, InvoiceStatus::Cancelled);
        QCOMPARE(service.book().invoice(other.id)->cancelReason, QStringLiteral("単価誤り"));
        QCOMPARE(corrected.status, InvoiceStatus::Draft);
        QCOMPARE(corrected.replacesInvoiceId, other.id);
        QCOMPARE(corrected.tax.gross, other.tax.gross);

        // Payment, then a receipt for what was received; the stamp notice follows the amount without tax.
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError, service.issueReceipt(invoice.id, {}, {}));
        payments::PaymentService(*f.database, QStringLiteral("clerk"))
            .recordPayment(invoice.id, credited.balance());
        QCOMPARE(service.book().invoice(invoice.id)->status, InvoiceStatus::Paid);
        const BillingDocument receipt = service.issueReceipt(invoice.id, QDate(2026, 11, 30), QString());
        QCOMPARE(receipt.kind, DocumentKind::Receipt);
        QCOMPARE(receipt.number, QStringLiteral("C001-R2026-000001"));
        QCOMPARE(receipt.receivedAmount, credited.balance());
        QVERIFY(receipt.needsRevenueStamp());
        QCOMPARE(service.receipts(invoice.id).size(), 1);
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError, service.issueReceipt(invoice.id, {}, {}));
    }

    void sendLogMarksSent()
    {
        Fixture f;
        f.importOrders();
        InvoiceService service(*f.database, QStringLiteral("clerk"));
        const BillingRunPlan plan =
            service.runBilling(f.clientId(QStringLiteral("C001")), QDate(2026, 10, 31), {});
        const Invoice invoice = service.issue({plan.drafts.first().id}, {}).first();
        service.recordSend({invoice.id,
                            QStringLiteral("email"),
                            QStringLiteral("a@example.jp"),
                            {},
                            false,
                            {},
                            QStringLiteral("connection refused"),
                            {}});
        QCOMPARE(service.book().invoice(invoice.id)->status, InvoiceStatus::Issued);
        service.recordSend({invoice.id,
                            QStringLiteral("email"),
                            QStringLiteral("a@example.jp"),
                            {},
                            true,
                            QStringLiteral("250 ok"),
                            {},
                            {}});
        QCOMPARE(service.book().invoice(invoice.id)->status, InvoiceStatus::Sent);
        const QList<SendAttempt> log = service.sendLog(invoice.id);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.first().error, QStringLiteral("connection refused"));
        QCOMPARE(log.last().serverReply, QStringLiteral("250 ok"));
        QCOMPARE(log.last().actor, QStringLiteral("clerk"));
    }

    void summaryBoxCarriesTheBalanceOver()
    {
        Fixture f;
        f.importOrders();
        InvoiceService service(*f.database, QStringLiteral("clerk"));
        const qint64 client = f.clientId(QStringLiteral("C001"));
        const BillingRunPlan october = service.runBilling(client, QDate(2026, 10, 31), {});
        const Invoice first =
            service.issue({draftOf(october, QStringLiteral("K001"))->id}, QDate(2026, 10, 31)).first();
        const std::optional<SummaryBox> firstBox = service.document(first.id).summary;
        QVERIFY(firstBox);
        QCOMPARE(firstBox->previousBilled, Yen(0));
        QCOMPARE(firstBox->carriedOver, Yen(0));
        QCOMPARE(firstBox->currentPurchases, Yen(62'660));
        QCOMPARE(firstBox->tax, Yen(6'018));
        QCOMPARE(firstBox->currentBilled, Yen(68'678));

        payments::PaymentService(*f.database, QStringLiteral("clerk")).recordPayment(first.id, Yen(60'000));
        const BillingRunPlan november = service.runBilling(client, QDate(2026, 11, 30), {});
        const Invoice second =
            service.issue({draftOf(november, QStringLiteral("K001"))->id}, QDate(2026, 11, 30)).first();
        const std::optional<SummaryBox> box = service.document(second.id).summary;
        QVERIFY(box);
        QCOMPARE(box->previousBilled, Yen(68'678)); // 前回御請求額
        QCOMPARE(box->received, Yen(60'000));       // 御入金額
        QCOMPARE(box->carriedOver, Yen(8'678));     // 繰越金額
        QCOMPARE(box->currentPurchases, Yen(500));  // 今回御買上額
        QCOMPARE(box->tax, Yen(50));                // 消費税額
        QCOMPARE(box->currentBilled, Yen(9'228));   // 今回御請求額
    }

    void archiveKeepsFilesAppendOnly()
    {
        Fixture f;
        f.importOrders();
        InvoiceService service(*f.database, QStringLiteral("clerk"));
        service.settings().setInvoiceForm(f.accountId(QStringLiteral("K002")), InvoiceForm::PerOrder);
        const BillingRunPlan plan =
            service.runBilling(f.clientId(QStringLiteral("C001")), QDate(2026, 10, 31), {});
        QList<qint64> ids;
        for (const Invoice &draft : plan.drafts)
            ids << draft.id;
        screening::ScreeningService(*f.database, QStringLiteral("clerk"))
            .setSupervisors({QStringLiteral("clerk")});
        const QList<Invoice> issued = service.issue(ids, QDate(2026, 11, 2), true);
        DocumentArchive archive(*f.database, QStringLiteral("clerk"));
        for (const Invoice &invoice : issued) {
            const BillingDocument document = service.document(invoice.id);
            archive.keep(document, ArchiveFormat::Pdf, QByteArray("%PDF ") + invoice.number.toUtf8());
            archive.keep(document, ArchiveFormat::Xml, QByteArray("<Invoice/>") + invoice.number.toUtf8());
        }
        // Keeping again returns the first file, byte for byte.
        const BillingDocument first = service.document(issued.first().id);
        const ArchivedDocument kept =
            archive.keep(first, ArchiveFormat::Pdf, QByteArrayLiteral("something else"));
        QCOMPARE(archive.content(kept), QByteArray("%PDF ") + first.number.toUtf8());
        QCOMPARE(kept.sha256, DocumentArchive::sha256Of(QByteArray("%PDF ") + first.number.toUtf8()));
        QCOMPARE(f.count(QStringLiteral("document_archive")), 6);

        // Search by date range, amount range and debtor, alone and combined.
        ArchiveQuery byDebtor;
        byDebtor.debtor = QStringLiteral("佐藤");
        QCOMPARE(archive.search(byDebtor).size(), 4); // two per-order invoices × PDF and XML
        ArchiveQuery byAmount;
        byAmount.minAmount = Yen(10'000);
        byAmount.maxAmount = Yen(20'000);
        QCOMPARE(archive.search(byAmount).size(), 2); // B-2: 11,000
        ArchiveQuery combined = byDebtor;
        combined.maxAmount = Yen(7'000);
        combined.from = QDate(2026, 11, 1);
        combined.to = QDate(2026, 11, 30);
        const QList<ArchivedDocument> found = archive.search(combined);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.first().amount, Yen(6'600));
        combined.to = QDate(2026, 11, 1);
        QCOMPARE(archive.search(combined).size(), 0);

        // The table refuses changes and deletions.
        QVERIFY_THROWS_EXCEPTION(
            storage::StorageError,
            f.database->exec(QStringLiteral("UPDATE document_archive SET content = ? WHERE id = ?"),
                             {QByteArray("forged"), kept.id}));
        QVERIFY_THROWS_EXCEPTION(
            storage::StorageError,
            f.database->exec(QStringLiteral("DELETE FROM document_archive WHERE id = ?"), {kept.id}));
        QCOMPARE(archive.content(kept), QByteArray("%PDF ") + first.number.toUtf8());
    }

    void agencyIssuesUnderIntermediaryRule()
    {
        Fixture f;
        f.importOrders();
        InvoiceService service(*f.database, QStringLiteral("clerk"));
        const qint64 client = f.clientId(QStringLiteral("C001"));
        BillingSettings settings = service.settings().settings(client);
        settings.issuer = IssuerMode::Agency;
        service.settings().save(settings);
        const BillingRunPlan plan = service.runBilling(client, QDate(2026, 10, 31), {});
        // Without the agency's registration number nothing is issued.
        QVERIFY_THROWS_EXCEPTION(parties::ValidationError, service.issue({plan.drafts.first().id}, {}));
        service.settings().saveAgency(
            {QStringLiteral("回収代行株式会社"), QStringLiteral("T4011001098993"), {}, {}, {}, {}});
        const Invoice invoice = service.issue({plan.drafts.first().id}, {}).first();
        const BillingDocument document = service.document(invoice.id);
        QCOMPARE(document.issuer.name, QStringLiteral("回収代行株式会社"));
        QCOMPARE(document.issuer.registrationNumber, QStringLiteral("T4011001098993"));
        QCOMPARE(document.issuer.onBehalfOf, QStringLiteral("株式会社みらい食品"));
    }
};

QTEST_GUILESS_MAIN(TestBilling)
#include "tst_billing.moc"
