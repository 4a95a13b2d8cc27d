// kaishu-cli's payment commands: bank files in, the matching run, the result out, the queue.
#include "CommandContext.h"

#include "audit/AuditTrail.h"
#include "io/Csv.h"
#include "payments/PaymentService.h"

#include <QRegularExpression>

namespace kaishu::cli {

using money::Yen;
using payments::BankTransaction;
using payments::PaymentService;

QString paymentUsage()
{
    return QStringLiteral(R"(
Payments:
  payments import FILE [--format auto|zengin|csv] [--mapping NAME] [--dry-run]
                                    read a bank file (Zengin 01/03 or bank CSV); a file or a line
                                    already imported is never imported again
  payments match [--auto-threshold X]
                                    match open payments to invoices; X (0–1, default 0.9) is the
                                    confidence from which a match is applied without a clerk
  payments unmatched                the payments waiting for a clerk, with the best candidate
  payments accept ID [--candidate N]
                                    apply suggestion N (default 1) of payment ID
  payments reverse ID --reason TEXT take back the allocations of payment ID
  payments export-matches --out FILE.csv
                                    every incoming payment with its invoices and how it matched
)");
}

namespace {

// A confidence in per mille as the decimal clerks read: 950 → "0.950".
QString confidenceText(int perMille)
{
    return QStringLiteral("%1.%2").arg(perMille / 1000).arg(perMille % 1000, 3, 10, QLatin1Char('0'));
}

// "0.9", "0.95", "1" or a per-mille whole number "900": exact, without floating point.
std::optional<int> parseThreshold(const QString &text)
{
    static const QRegularExpression Decimal(QStringLiteral("^(0|1)(?:\\.(\\d{1,3}))?$"));
    const QRegularExpressionMatch match = Decimal.match(text);
    if (match.hasMatch()) {
        const int fraction = match.captured(2).leftJustified(3, QLatin1Char('0')).toInt();
        const int value = match.captured(1).toInt() * 1000 + fraction;
        return value <= 1000 ? std::optional<int>(value) : std::nullopt;
    }
    bool ok = false;
    const int perMille = text.toInt(&ok);
    return ok && perMille >= 0 && perMille <= 1000 ? std::optional<int>(perMille) : std::nullopt;
}

class PaymentCommands : public CommandContext
{
public:
    using CommandContext::CommandContext;

    std::optional<int> dispatch()
    {
        if (m_line.words.value(0) != QLatin1String("payments"))
            return std::nullopt;
        const QString sub = m_line.words.value(1);
        if (sub == QLatin1String("import"))
            return importFile();
        if (sub == QLatin1String("match"))
            return match();
        if (sub == QLatin1String("unmatched"))
            return unmatched();
        if (sub == QLatin1String("accept"))
            return accept();
        if (sub == QLatin1String("reverse"))
            return reverse();
        if (sub == QLatin1String("export-matches"))
            return exportMatches();
        return std::nullopt;
    }

private:
    QString invoiceNumber(storage::Database &database, qint64 invoiceId)
    {
        return database.scalar(QStringLiteral("SELECT number FROM invoices WHERE id = ?"), {invoiceId})
            .toString();
    }

    int importFile()
    {
        const QString path = m_line.words.value(2);
        if (path.isEmpty())
            return usage(Text::tr("payments import needs a FILE."));
        payments::ImportOptions options;
        if (m_line.has(QStringLiteral("format"))) {
            const auto format = payments::bankFileFormatFromCode(m_line.option(QStringLiteral("format")));
            if (!format)
                return usage(Text::tr("--format must be auto, zengin or csv."));
            options.format = *format;
        }
        options.mappingName = m_line.option(QStringLiteral("mapping"));
        options.dryRun = m_line.has(QStringLiteral("dry-run"));
        const auto database = openDatabase();
        PaymentService service(*database, audit::AuditTrail::defaultActor());
        const payments::ImportSummary summary = service.importFile(path, options);
        if (summary.alreadyImported) {
            m_out << Text::tr("This file was imported on %1; nothing was imported again.")
                         .arg(summary.previousImport.toLocalTime().toString(
                             QStringLiteral("yyyy-MM-dd HH:mm")))
                  << Qt::endl;
            return Success;
        }
        if (!summary.problems.isEmpty()) {
            for (const payments::StatementProblem &problem : summary.problems)
                m_err << problem.toString() << Qt::endl;
            return fail(Text::tr("Nothing was imported: the file has %n problem(s).", nullptr,
                                 int(summary.problems.size())),
                        Invalid);
        }
        m_out << Text::tr("%1 line(s) read, %2 new, %3 duplicate(s) skipped (%4 outgoing, %5 cancelled)%6")
                     .arg(summary.linesRead)
                     .arg(summary.newLines)
                     .arg(summary.duplicates)
                     .arg(summary.outgoing)
                     .arg(summary.cancelled)
                     .arg(options.dryRun ? Text::tr("; dry run, nothing kept") : QString())
              << Qt::endl;
        return Success;
    }

    int match()
    {
        payments::MatchSettings settings;
        if (m_line.has(QStringLiteral("auto-threshold"))) {
            const std::optional<int> threshold =
                parseThreshold(m_line.option(QStringLiteral("auto-threshold")));
            if (!threshold)
                return usage(Text::tr("--auto-threshold must be a number from 0 to 1, e.g. 0.9."));
            settings.autoThreshold = *threshold;
        }
        const auto database = openDatabase();
        PaymentService service(*database, audit::AuditTrail::defaultActor());
        return guarded([&] {
            const payments::MatchRunSummary summary = service.matchOpen(settings);
            m_out << Text::tr("auto %1, suggested %2, unmatched %3 (%4 ms)")
                         .arg(summary.autoMatched)
                         .arg(summary.suggested)
                         .arg(summary.unmatched)
                         .arg(summary.milliseconds)
                  << Qt::endl;
            return Success;
        });
    }

    int unmatched()
    {
        const auto database = openDatabase();
        PaymentService service(*database, audit::AuditTrail::defaultActor());
        const QList<BankTransaction> open = service.transactions(payments::TransactionFilter::waiting());
        for (const BankTransaction &row : open) {
            if (!row.line.incoming)
                continue;
            m_out << row.id << '\t' << row.line.valueDate.toString(Qt::ISODate) << '\t'
                  << row.line.amount.toString() << '\t' << row.line.payerName;
            if (!row.suggestions.isEmpty()) {
                const payments::MatchCandidate &best = row.suggestions.first();
                QStringList numbers;
                for (const payments::Allocation &allocation : best.allocations)
                    numbers << invoiceNumber(*database, allocation.invoiceId);
                m_out << '\t' << confidenceText(best.confidence) << '\t' << numbers.join(QLatin1Char(';'))
                      << '\t' << best.reason;
            }
            m_out << Qt::endl;
        }
        m_out << Text::tr("%n payment(s) waiting", nullptr, int(open.size())) << Qt::endl;
        return Success;
    }

    std::optional<qint64> transactionId()
    {
        bool ok = false;
        const qint64 id = m_line.words.value(2).toLongLong(&ok);
        if (!ok || id <= 0) {
            usage(Text::tr("Name the payment by its ID (see payments unmatched)."));
            return std::nullopt;
        }
        return id;
    }

    int accept()
    {
        const std::optional<qint64> id = transactionId();
        if (!id)
            return UsageError;
        qint64 index = 1;
        if (!readInt(QStringLiteral("candidate"), 1, 100, index))
            return UsageError;
        const auto database = openDatabase();
        PaymentService service(*database, audit::AuditTrail::defaultActor());
        return guarded([&]() -> int {
            const std::optional<BankTransaction> row = service.transaction(*id);
            if (!row)
                return fail(Text::tr("No payment has the ID %1.").arg(*id), Invalid);
            if (index > row->suggestions.size())
                return fail(
                    Text::tr("Payment %1 has %n suggestion(s).", nullptr, int(row->suggestions.size()))
                        .arg(*id),
                    Invalid);
            const BankTransaction after = service.accept(*id, row->suggestions.at(index - 1));
            m_out
                << Text::tr("Payment %1 matched: %2 yen allocated.").arg(*id).arg(after.allocated.toString())
                << Qt::endl;
            return Success;
        });
    }

    int reverse()
    {
        const std::optional<qint64> id = transactionId();
        if (!id)
            return UsageError;
        const auto database = openDatabase();
        PaymentService service(*database, audit::AuditTrail::defaultActor());
        return guarded([&] {
            service.reverse(*id, m_line.option(QStringLiteral("reason")));
            m_out << Text::tr("Payment %1 is open again; its invoices owe what they owed before.").arg(*id)
                  << Qt::endl;
            return Success;
        });
    }

    int exportMatches()
    {
        const QString out = m_line.option(QStringLiteral("out"));
        if (out.isEmpty())
            return usage(Text::tr("payments export-matches needs --out FILE.csv."));
        const auto database = openDatabase();
        PaymentService service(*database, audit::AuditTrail::defaultActor());
        io::CsvWriter csv;
        csv.writeRecord({QStringLiteral("inquiry_no"), QStringLiteral("value_date"), QStringLiteral("amount"),
                         QStringLiteral("payer_name"), QStringLiteral("status"), QStringLiteral("invoices"),
                         QStringLiteral("allocated"), QStringLiteral("method"),
                         QStringLiteral("confidence")});
        for (const BankTransaction &row : service.transactions()) {
            if (!row.line.incoming)
                continue;
            QStringList numbers;
            QStringList amounts;
            QString method;
            QString confidence;
            if (row.status == payments::TransactionStatus::Matched) {
                for (const payments::PaymentAllocation &allocation : service.allocations(row.id)) {
                    if (allocation.reversed)
                        continue;
                    numbers << allocation.invoiceNumber;
                    amounts << QString::number(allocation.amount.value());
                    method = payments::toCode(allocation.method);
                    confidence = confidenceText(allocation.confidence);
                }
            } else if (!row.suggestions.isEmpty()) {
                const payments::MatchCandidate &best = row.suggestions.first();
                for (const payments::Allocation &allocation : best.allocations) {
                    numbers << invoiceNumber(*database, allocation.invoiceId);
                    amounts << QString::number(allocation.amount.value());
                }
                method = payments::toCode(best.method);
                confidence = confidenceText(best.confidence);
            }
            csv.writeRecord({row.line.inquiryNumber, row.line.valueDate.toString(Qt::ISODate),
                             QString::number(row.line.amount.value()), row.line.payerName,
                             payments::toCode(row.status), numbers.join(QLatin1Char(';')),
                             amounts.join(QLatin1Char(';')), method, confidence});
        }
        QString error;
        const std::optional<QByteArray> bytes = csv.toBytes(io::TextEncoding::Utf8Bom, &error);
        if (!bytes)
            return fail(error);
        return writeFile(out, *bytes) ? Success : Failure;
    }
};

} // namespace

std::optional<int> runPaymentCommand(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    return PaymentCommands(line, out, err).dispatch();
}

} // namespace kaishu::cli
