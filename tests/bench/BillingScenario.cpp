#include "BillingScenario.h"

#include "BenchReport.h"
#include "billing/InvoiceService.h"
#include "billing/OrderBook.h"
#include "demo/DemoAgency.h"
#include "documents/DocumentBatch.h"
#include "documents/DocumentLayout.h"
#include "parties/PartyRepository.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace kaishu::bench {

namespace {

// order lines spread over month-end accounts: ten per account, mixed rates, delivered in October.
QList<billing::OrderLine> makeOrderLines(storage::Database &database, int count)
{
    QList<billing::OrderLine> lines;
    lines.reserve(count);
    QSqlQuery accounts = database.exec(QStringLiteral("SELECT id, client_id FROM accounts WHERE status = "
                                                      "'active' AND terms LIKE 'closing=eom%' ORDER BY id"));
    int order = 0;
    while (lines.size() < count && accounts.next()) {
        for (int i = 0; i < 10 && lines.size() < count; ++i) {
            billing::OrderLine line;
            line.accountId = accounts.value(0).toLongLong();
            line.clientId = accounts.value(1).toLongLong();
            if (i % 5 == 0)
                ++order;
            line.orderNumber = QStringLiteral("B-%1").arg(order);
            line.lineNumber = i % 5 + 1;
            line.orderDate = QDate(2026, 10, 1 + i);
            line.deliveryDate = QDate(2026, 10, 2 + i);
            line.itemCode = QStringLiteral("IT-%1").arg(i);
            line.description =
                i % 3 == 0 ? QStringLiteral("緑茶 500ml ケース") : QStringLiteral("事務用品セット");
            line.quantity = money::Decimal::fromInt(1 + i);
            line.unit = QStringLiteral("個");
            line.unitPrice = money::Decimal::fromScaled(12'345'000 + 10'000 * i);
            line.category = i % 3 == 0 ? money::TaxCategory::Reduced8 : money::TaxCategory::Standard10;
            lines.append(line);
        }
    }
    return lines;
}

} // namespace

int runBillingScenario(int orderLines, quint64 seed)
{
    BenchReport report(QStringLiteral("billing"));
    QTemporaryDir folder;
    auto database = storage::Database::open(
        storage::DatabaseLocation::sqliteFile(folder.filePath(QStringLiteral("bench.sqlite"))));
    demo::DemoAgency::generate(*database, {seed, qMax(2'000, orderLines / 5)}, QStringLiteral("bench"));

    QElapsedTimer timer;
    timer.start();
    const QList<billing::OrderLine> lines = makeOrderLines(*database, orderLines);
    billing::OrderBook(*database, QStringLiteral("bench")).addLines(lines);
    report.figure(QStringLiteral("write %1 order lines").arg(lines.size()), BenchReport::seconds(timer),
                  QStringLiteral("s"));

    billing::InvoiceService service(*database, QStringLiteral("bench"));
    const QList<parties::Client> clients = parties::PartyRepository(*database).clients();
    QList<qint64> drafts;
    timer.restart();
    for (const parties::Client &client : clients) {
        for (const billing::Invoice &draft :
             service.runBilling(client.id, QDate(2026, 10, 31), QDate(2026, 10, 31)).drafts)
            drafts << draft.id;
    }
    report.figure(QStringLiteral("billing run: %1 order lines into %2 draft invoices")
                      .arg(lines.size())
                      .arg(drafts.size()),
                  BenchReport::seconds(timer), QStringLiteral("s"), QStringLiteral("≤ 3 s for 100,000"));

    timer.restart();
    const QList<billing::Invoice> issued = service.issue(drafts, QDate(2026, 10, 31));
    report.figure(QStringLiteral("issue %1 invoices (numbers, frozen documents)").arg(issued.size()),
                  BenchReport::seconds(timer), QStringLiteral("s"));

    // A two-page invoice: 40 lines of one customer.
    billing::BillingDocument twoPages = service.document(issued.first().id);
    while (twoPages.lines.size() < 40)
        twoPages.lines += twoPages.lines;
    twoPages.lines.resize(40);
    QList<billing::TaxableLine> taxable;
    for (const billing::DocumentLine &line : std::as_const(twoPages.lines))
        taxable.append({line.amount, line.category});
    twoPages.tax = billing::computeInvoiceTax(taxable, twoPages.priceMode, twoPages.rounding);
    const billing::DocumentStyle style = service.settings().settings(issued.first().clientId).style;
    documents::DocumentLayout layout;
    report.figure(QStringLiteral("pages of the sample invoice"), layout.pageCount(twoPages, style),
                  QStringLiteral("pages"));
    const int renders = 200;
    timer.restart();
    qint64 bytes = 0;
    for (int i = 0; i < renders; ++i) {
        twoPages.number = QStringLiteral("BENCH-%1").arg(i);
        bytes += layout.toPdf(twoPages, style).size();
    }
    report.figure(
        QStringLiteral("two-page invoice PDFs, one file each (%1 KiB each)").arg(bytes / renders / 1024),
        double(renders) / BenchReport::seconds(timer), QStringLiteral("invoices/s"),
        QStringLiteral("≥ 50 on one core"));

    QList<billing::BillingDocument> thousand;
    for (int i = 0; i < 1000 && i < issued.size(); ++i)
        thousand.append(service.document(issued.at(i).id));
    timer.restart();
    const documents::BatchResult batch = documents::renderToOnePdf(
        thousand, [&](const QString &) { return style; }, folder.filePath(QStringLiteral("batch.pdf")));
    report.figure(QStringLiteral("%1 invoices into one PDF (%2 MiB)")
                      .arg(batch.written)
                      .arg(double(QFileInfo(folder.filePath(QStringLiteral("batch.pdf"))).size()) / 1048576.0,
                           0, 'f', 1),
                  BenchReport::seconds(timer), QStringLiteral("s"), QStringLiteral("≤ 20 s"));
    report.figure(QStringLiteral("peak memory"), BenchReport::peakMemoryMiB(), QStringLiteral("MiB"),
                  QStringLiteral("≤ 300 MB"));
    return batch.ok() ? 0 : 1;
}

} // namespace kaishu::bench
