#include "MatchingScenario.h"

#include "BenchReport.h"
#include "billing/InvoiceBook.h"
#include "demo/DemoAgency.h"
#include "demo/DemoBankFile.h"
#include "payments/PaymentService.h"
#include "payments/ZenginWriter.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <map>

namespace kaishu::bench {

namespace {

// Issued invoices of every active account, oldest first, five per account until the count is
// reached: amounts from 1,100 to about 550,000 yen, issued from August to November.
int makeOpenInvoices(storage::Database &database, int count, quint64 seed)
{
    QList<QPair<qint64, qint64>> accounts; // account, client
    QSqlQuery rows = database.exec(
        QStringLiteral("SELECT id, client_id FROM accounts WHERE status = 'active' ORDER BY id"));
    while (rows.next())
        accounts.append({rows.value(0).toLongLong(), rows.value(1).toLongLong()});
    storage::Transaction transaction(database);
    billing::InvoiceBook book(database);
    quint64 state = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    auto next = [&state](int bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((state >> 33) % quint64(bound));
    };
    int made = 0;
    for (int round = 0; round < 5 && made < count; ++round) {
        for (const auto &[accountId, clientId] : std::as_const(accounts)) {
            if (made >= count)
                break;
            billing::Invoice invoice;
            invoice.clientId = clientId;
            invoice.accountId = accountId;
            invoice.kind = billing::DocumentKind::Invoice;
            invoice.status = billing::InvoiceStatus::Draft;
            invoice.issueDate = QDate(2026, 8 + round % 4, 1 + next(27));
            invoice.closingDate = invoice.periodTo = invoice.issueDate;
            invoice.periodFrom = invoice.issueDate.addMonths(-1);
            invoice.dueDate = invoice.issueDate.addMonths(1);
            const money::Yen net(1'000 * (1 + next(500)) + 10 * next(100));
            invoice.tax.net = net;
            invoice.tax.tax = money::Yen(net.value() / 10);
            invoice.tax.gross = net + invoice.tax.tax;
            book.insert(invoice);
            ++made;
        }
    }
    database.exec(QStringLiteral(
        "UPDATE invoices SET status = 'issued', number = 'INV-' || id WHERE status = 'draft'"));
    transaction.commit();
    return made;
}

// A waiting line the engine got wrong, for whoever tunes it: the truth and the top suggestions.
QString describeMiss(const demo::PaymentTruth &truth, const payments::BankTransaction &row)
{
    QStringList expected;
    for (const qint64 id : truth.invoiceIds)
        expected.append(QString::number(id));
    QString text = QStringLiteral("  miss %1 %2: %3 yen from %4, pays invoices %5")
                       .arg(demo::toCode(truth.story), truth.inquiryNumber, row.line.amount.toString(),
                            row.line.payerName, expected.join(u','));
    for (qsizetype i = 0; i < std::min<qsizetype>(3, row.suggestions.size()); ++i) {
        const payments::MatchCandidate &candidate = row.suggestions.at(i);
        QStringList paid;
        for (const payments::Allocation &allocation : candidate.allocations)
            paid.append(QStringLiteral("%1:%2").arg(allocation.invoiceId).arg(allocation.amount.toString()));
        text += QStringLiteral("\n      %1 account %2 [%3] %4")
                    .arg(candidate.confidence)
                    .arg(candidate.accountId)
                    .arg(paid.join(u' '), candidate.reason);
    }
    return text;
}

} // namespace

int runMatchingScenario(int paymentLines, int openInvoices, quint64 seed, int missesShown)
{
    BenchReport report(QStringLiteral("matching"));
    QTemporaryDir folder;
    auto database = storage::Database::open(
        storage::DatabaseLocation::sqliteFile(folder.filePath(QStringLiteral("bench.sqlite"))));
    demo::DemoAgency::generate(*database, {seed, qMax(2'000, openInvoices / 5)}, QStringLiteral("bench"));
    QElapsedTimer timer;
    timer.start();
    const int invoices = makeOpenInvoices(*database, openInvoices, seed);
    report.figure(QStringLiteral("open invoices written: %1").arg(invoices), BenchReport::seconds(timer),
                  QStringLiteral("s"));

    timer.restart();
    const demo::DemoBankFile file =
        demo::DemoBankFileGenerator::generate(*database, seed, QDate(2026, 11, 30), paymentLines);
    QString error;
    const std::optional<QByteArray> bytes = payments::ZenginWriter::write(file.statements, {}, &error);
    if (!bytes) {
        QTextStream(stderr) << "generated statements not writable: " << error << Qt::endl;
        return 1;
    }
    report.figure(QStringLiteral("bank file generated: %1 lines in %2 accounts")
                      .arg(file.truth.size())
                      .arg(file.statements.size()),
                  BenchReport::seconds(timer), QStringLiteral("s"));

    payments::PaymentService service(*database, QStringLiteral("bench"));
    timer.restart();
    payments::ImportOptions options;
    options.today = QDate(2026, 11, 30);
    const payments::ImportSummary imported =
        service.importBytes(*bytes, QStringLiteral("bench.txt"), options);
    report.figure(QStringLiteral("import %1 lines (%2 new)").arg(imported.linesRead).arg(imported.newLines),
                  BenchReport::seconds(timer), QStringLiteral("s"));
    timer.restart();
    const payments::MatchRunSummary run = service.matchOpen();
    report.figure(
        QStringLiteral("match %1 lines against %2 open invoices (auto %3, suggested %4, unmatched %5)")
            .arg(imported.newLines)
            .arg(invoices)
            .arg(run.autoMatched)
            .arg(run.suggested)
            .arg(run.unmatched),
        BenchReport::seconds(timer), QStringLiteral("s"), QStringLiteral("≤ 2 s for 10,000 against 100,000"));

    // Scoring against the truth.
    QHash<QString, payments::BankTransaction> byInquiry;
    for (const payments::BankTransaction &row : service.transactions())
        byInquiry.insert(row.line.inquiryNumber, row);
    struct Tally
    {
        int lines = 0, autoApplied = 0, autoWrong = 0, rest = 0, topThree = 0;
    };
    std::map<QString, Tally> stories;
    Tally all;
    QStringList misses; // waiting lines whose right invoices are not among the top 3
    for (const demo::PaymentTruth &truth : file.truth) {
        const payments::BankTransaction &row = byInquiry.value(truth.inquiryNumber);
        const QSet<qint64> expected(truth.invoiceIds.cbegin(), truth.invoiceIds.cend());
        Tally &story = stories[demo::toCode(truth.story)];
        const bool applied = row.status == payments::TransactionStatus::Matched;
        bool wrong = false;
        bool inTopThree = false;
        if (applied) {
            QSet<qint64> paid;
            for (const payments::PaymentAllocation &allocation : service.allocations(row.id))
                paid.insert(allocation.invoiceId);
            wrong = paid != expected;
        } else {
            for (qsizetype i = 0; i < std::min<qsizetype>(3, row.suggestions.size()) && !inTopThree; ++i) {
                QSet<qint64> suggested;
                for (const payments::Allocation &allocation : row.suggestions.at(i).allocations)
                    suggested.insert(allocation.invoiceId);
                inTopThree = suggested == expected;
            }
        }
        const bool waiting = !applied && !expected.isEmpty();
        for (Tally *tally : {&story, &all}) {
            ++tally->lines;
            tally->autoApplied += applied ? 1 : 0;
            tally->autoWrong += wrong ? 1 : 0;
            tally->rest += waiting ? 1 : 0;
            tally->topThree += waiting && inTopThree ? 1 : 0;
        }
        if (waiting && !inTopThree && misses.size() < missesShown)
            misses.append(describeMiss(truth, row));
    }
    int paying = 0;
    for (const demo::PaymentTruth &truth : file.truth)
        paying += truth.invoiceIds.isEmpty() ? 0 : 1;
    const auto percent = [](int part, int whole) { return whole == 0 ? 100.0 : 100.0 * part / whole; };
    report.figure(QStringLiteral("auto-applied matches correct (%1 of %2)")
                      .arg(all.autoApplied - all.autoWrong)
                      .arg(all.autoApplied),
                  percent(all.autoApplied - all.autoWrong, all.autoApplied), QStringLiteral("%"),
                  QStringLiteral("≥ 99.5%"));
    report.figure(QStringLiteral("payment lines auto-matched (%1 of %2 that pay invoices)")
                      .arg(all.autoApplied - all.autoWrong)
                      .arg(paying),
                  percent(all.autoApplied - all.autoWrong, paying), QStringLiteral("%"),
                  QStringLiteral("≥ 90%"));
    report.figure(QStringLiteral("right invoices among the top 3 suggestions for the rest (%1 of %2)")
                      .arg(all.topThree)
                      .arg(all.rest),
                  percent(all.topThree, all.rest), QStringLiteral("%"), QStringLiteral("≥ 98%"));
    QTextStream out(stdout);
    out << "  by story: lines, auto applied, auto wrong, waiting, right in top 3" << Qt::endl;
    for (const auto &[name, tally] : stories)
        out << QStringLiteral("    %1 %2 %3 %4 %5 %6")
                   .arg(name, -16)
                   .arg(tally.lines, 6)
                   .arg(tally.autoApplied, 6)
                   .arg(tally.autoWrong, 6)
                   .arg(tally.rest, 6)
                   .arg(tally.topThree, 6)
            << Qt::endl;
    for (const QString &miss : std::as_const(misses))
        out << miss << Qt::endl;
    report.figure(QStringLiteral("peak memory"), BenchReport::peakMemoryMiB(), QStringLiteral("MiB"),
                  QStringLiteral("≤ 300 MB"));
    return 0;
}

} // namespace kaishu::bench
