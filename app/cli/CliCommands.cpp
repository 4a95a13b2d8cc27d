#include "CliCommands.h"
#include "CommandContext.h"

#include "audit/AuditTrail.h"
#include "calendar/HolidayCalendar.h"
#include "calendar/PaymentTerms.h"
#include "demo/DemoAgency.h"
#include "demo/DemoBankFile.h"
#include "demo/DemoBilling.h"
#include "demo/DemoPaymentHistory.h"
#include "io/Csv.h"
#include "io/TextEncoding.h"
#include "parties/DebtorRegister.h"
#include "parties/Identifiers.h"
#include "parties/PartyExport.h"
#include "parties/PartyImport.h"
#include "parties/PartyRepository.h"
#include "payments/PaymentService.h"
#include "payments/ZenginWriter.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace kaishu::cli {

namespace {

const char *const Usage = R"(Usage: kaishu-cli [--db PATH|URL] COMMAND [OPTIONS]

The database is the SQLite file in the user's data folder unless --db (or the environment
variable KAISHU_DB) names another file or a postgresql://user@host:port/database URL.

Commands:
  --version                         print the version
  init                              create or upgrade the database
  demo [--seed N] [--debtors N] [--today YYYY-MM-DD] [--out DIR]
                                    add a demo billing agency (with three months of orders and
                                    invoices before today) to the database and print a summary;
                                    with --out, also write to DIR clients.csv, debtors.csv, the
                                    bank file with its truth and three years of payment history
  import clients|debtors FILE [--dry-run]
                                    import a CSV file (UTF-8 or Shift_JIS); all or nothing
  export clients|debtors --out FILE [--encoding utf-8-bom|shift_jis]
  check corporate-number VALUE      exit 0 if valid, 1 if not (reason on stderr)
  check registration-number VALUE [--sole-proprietor]
                                    T + 13 digits; the digits must be a valid 法人番号 unless the
                                    holder is a sole proprietor (whose numbers carry no check digit)
  calendar holidays --year Y        one "YYYY-MM-DD name" line per national holiday
  calendar due-date --date YYYY-MM-DD --terms TERMS
  audit verify                      check the audit trail's hash chain
  backup --out FILE                 write a consistent copy of the database
)";

} // namespace

QString usageText()
{
    return QString::fromUtf8(Usage) + billingUsage() + paymentUsage() + screeningUsage();
}

namespace {

// Lines of the demo's bank file: a morning's transfers for a mid-sized agency.
constexpr int DemoPaymentLines = 150;
// Customers of the three-year payment history the demo writes for the behavioural models.
constexpr int DemoHistoryCustomers = 2000;

class Commands : public CommandContext
{
public:
    using CommandContext::CommandContext;

    int dispatch()
    {
        const QStringList &words = m_line.words;
        if (words.isEmpty() || words.first() == QLatin1String("--help") ||
            words.first() == QLatin1String("help")) {
            m_out << usageText();
            return words.isEmpty() ? UsageError : Success;
        }
        const QString command = words.first();
        const QString sub = words.value(1);
        if (command == QLatin1String("--version")) {
            m_out << "kaishu-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        }
        if (command == QLatin1String("init"))
            return init();
        if (command == QLatin1String("demo"))
            return demo();
        if (command == QLatin1String("import") &&
            (sub == QLatin1String("clients") || sub == QLatin1String("debtors")))
            return importFile(sub == QLatin1String("clients") ? parties::ImportKind::Clients
                                                              : parties::ImportKind::Debtors);
        if (command == QLatin1String("export") &&
            (sub == QLatin1String("clients") || sub == QLatin1String("debtors")))
            return exportFile(sub == QLatin1String("clients"));
        if (command == QLatin1String("check") && sub == QLatin1String("corporate-number"))
            return checkNumber(false);
        if (command == QLatin1String("check") && sub == QLatin1String("registration-number"))
            return checkNumber(true);
        if (command == QLatin1String("calendar") && sub == QLatin1String("holidays"))
            return holidays();
        if (command == QLatin1String("calendar") && sub == QLatin1String("due-date"))
            return dueDate();
        if (command == QLatin1String("audit") && sub == QLatin1String("verify"))
            return verifyAudit();
        if (command == QLatin1String("backup"))
            return backup();
        if (const std::optional<int> billing = runBillingCommand(m_line, m_out, m_err))
            return *billing;
        if (const std::optional<int> payment = runPaymentCommand(m_line, m_out, m_err))
            return *payment;
        if (const std::optional<int> screening = runScreeningCommand(m_line, m_out, m_err))
            return *screening;
        return usage(Text::tr("Unknown command: %1").arg(words.join(QLatin1Char(' '))));
    }

private:
    int init()
    {
        const auto database = openDatabase();
        m_out << Text::tr("Database ready: %1 (schema %2)")
                     .arg(database->location().displayName())
                     .arg(database->schemaVersion())
              << Qt::endl;
        return Success;
    }

    int demo()
    {
        qint64 seed = 1;
        qint64 debtors = 2000;
        if (!readInt(QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), seed) ||
            !readInt(QStringLiteral("debtors"), 1, 1'000'000, debtors))
            return UsageError;
        const QString outDir = m_line.option(QStringLiteral("out"));
        QTemporaryDir scratch;
        // With --out the demo goes to files; a scratch database is used unless --db names one.
        const bool scratchDatabase = !outDir.isEmpty() && !m_line.has(QStringLiteral("db"));
        if (scratchDatabase && !scratch.isValid())
            return fail(Text::tr("Cannot create a temporary folder: %1").arg(scratch.errorString()));
        const auto database =
            openDatabase(scratchDatabase ? scratch.filePath(QStringLiteral("demo.sqlite")) : QString());
        QDate today = QDate::currentDate();
        if (m_line.has(QStringLiteral("today"))) {
            today = QDate::fromString(m_line.option(QStringLiteral("today")), Qt::ISODate);
            if (!today.isValid())
                return usage(Text::tr("--today must be a date of the form YYYY-MM-DD."));
        }
        const demo::DemoSummary summary = demo::DemoAgency::generate(*database, {quint64(seed), int(debtors)},
                                                                     audit::AuditTrail::defaultActor());
        const demo::DemoBillingSummary billing =
            demo::DemoBilling::generate(*database, quint64(seed), today, audit::AuditTrail::defaultActor());
        // This morning's bank file (Zengin 01) with the truth of every line, imported and matched.
        const demo::DemoBankFile bankFile =
            demo::DemoBankFileGenerator::generate(*database, quint64(seed), today, DemoPaymentLines);
        QString bankError;
        const std::optional<QByteArray> bankBytes =
            payments::ZenginWriter::write(bankFile.statements, {}, &bankError);
        if (!bankBytes)
            return fail(bankError);
        payments::PaymentService payments(*database, audit::AuditTrail::defaultActor());
        payments::ImportOptions bankOptions;
        bankOptions.today = today;
        payments.importBytes(*bankBytes, QStringLiteral("demo-bank.txt"), bankOptions);
        const payments::MatchRunSummary matched = payments.matchOpen();
        if (!outDir.isEmpty()) {
            if (!QDir().mkpath(outDir))
                return fail(Text::tr("Cannot create the folder %1.").arg(outDir));
            QString error;
            const auto clients = parties::exportClientsCsv(*database, io::TextEncoding::Utf8Bom, &error);
            const auto register_ = parties::exportDebtorsCsv(*database, io::TextEncoding::Utf8Bom, &error);
            if (!clients || !register_)
                return fail(error);
            io::CsvWriter truth;
            truth.writeRecord(
                {QStringLiteral("inquiry_no"), QStringLiteral("story"), QStringLiteral("invoices")});
            for (const demo::PaymentTruth &line : bankFile.truth) {
                QStringList numbers;
                for (const qint64 invoiceId : line.invoiceIds)
                    numbers << database
                                   ->scalar(QStringLiteral("SELECT number FROM invoices WHERE id = ?"),
                                            {invoiceId})
                                   .toString();
                truth.writeRecord(
                    {line.inquiryNumber, demo::toCode(line.story), numbers.join(QLatin1Char(';'))});
            }
            const std::optional<QByteArray> truthBytes = truth.toBytes(io::TextEncoding::Utf8Bom, &error);
            if (!truthBytes)
                return fail(error);
            if (!writeFile(QDir(outDir).filePath(QStringLiteral("clients.csv")), *clients) ||
                !writeFile(QDir(outDir).filePath(QStringLiteral("debtors.csv")), *register_) ||
                !writeFile(QDir(outDir).filePath(QStringLiteral("bank-01.txt")), *bankBytes) ||
                !writeFile(QDir(outDir).filePath(QStringLiteral("bank-truth.csv")), *truthBytes) ||
                !writeFile(QDir(outDir).filePath(QStringLiteral("payment-history.csv")),
                           screening::writeHistoryCsv(demo::DemoPaymentHistory::generate(
                               quint64(seed), DemoHistoryCustomers, today.addYears(-3), today))))
                return Failure;
        }
        printDemoSummary(*database, summary, scratchDatabase ? QDir(outDir).absolutePath() : QString());
        m_out << Text::tr(
                     "  invoicing:       %1 order lines, %2 invoices issued (%3 paid, %4 overdue) in %5 ms")
                     .arg(billing.orderLines)
                     .arg(billing.invoices)
                     .arg(billing.paid)
                     .arg(billing.overdue)
                     .arg(billing.milliseconds)
              << Qt::endl;
        m_out << (billing.modelAuc > 0
                      ? Text::tr(
                            "  screening:       %1 accounts screened by the trained model (held-out AUC %2)")
                            .arg(billing.screened)
                            .arg(billing.modelAuc, 0, 'f', 3)
                      : Text::tr("  screening:       %1 accounts screened by the expert card")
                            .arg(billing.screened))
              << Qt::endl;
        m_out << Text::tr(
                     "  payments:        %1 bank lines, %2 matched automatically, %3 suggested, %4 unmatched")
                     .arg(bankFile.truth.size())
                     .arg(matched.autoMatched)
                     .arg(matched.suggested)
                     .arg(matched.unmatched)
              << Qt::endl;
        return Success;
    }

    void printDemoSummary(const storage::Database &database, const demo::DemoSummary &summary,
                          const QString &outDir)
    {
        m_out << Text::tr("Kaishu demo billing agency") << Qt::endl;
        if (outDir.isEmpty())
            m_out << Text::tr("  database:        %1").arg(database.location().displayName()) << Qt::endl;
        else
            m_out << Text::tr("  written to:      %1 (clients.csv, debtors.csv, bank-01.txt, bank-truth.csv, "
                              "payment-history.csv)")
                         .arg(outDir)
                  << Qt::endl;
        m_out << Text::tr("  created:         %1 clients, %2 debtors, %3 accounts in %4 ms")
                     .arg(summary.clients)
                     .arg(summary.debtors)
                     .arg(summary.accounts)
                     .arg(summary.milliseconds)
              << Qt::endl;
        QSqlQuery perClient = database.exec(QStringLiteral(
            "SELECT c.code, c.name, COUNT(a.id), COALESCE(SUM(a.credit_limit), 0) FROM clients c "
            "LEFT JOIN accounts a ON a.client_id = c.id GROUP BY c.code, c.name ORDER BY c.code"));
        m_out << Text::tr("  accounts per client (credit limits in yen):") << Qt::endl;
        while (perClient.next())
            m_out << QStringLiteral("    %1  %2  %3  %4")
                         .arg(perClient.value(0).toString(), -6)
                         .arg(perClient.value(1).toString(), -16)
                         .arg(perClient.value(2).toLongLong(), 7)
                         .arg(money::Yen(perClient.value(3).toLongLong()).toString(), 16)
                  << Qt::endl;
        QSqlQuery perPrefecture =
            database.exec(QStringLiteral("SELECT prefecture, COUNT(*) AS n FROM debtors GROUP BY prefecture "
                                         "ORDER BY n DESC, prefecture LIMIT 5"));
        QStringList top;
        while (perPrefecture.next())
            top << QStringLiteral("%1 %2")
                       .arg(perPrefecture.value(0).toString())
                       .arg(perPrefecture.value(1).toLongLong());
        m_out << Text::tr("  top prefectures: %1").arg(top.join(QStringLiteral(", "))) << Qt::endl;
        parties::DebtorRegister register_(database);
        m_out << Text::tr("  sample debtors:") << Qt::endl;
        for (const parties::RegisterRow &row :
             register_.fetch({}, parties::RegisterColumn::CustomerCode, true, 0, 5))
            m_out << QStringLiteral("    %1  %2  %3  %4  %5")
                         .arg(row.customerCode, row.name, row.payerName, row.corporateNumber, row.prefecture)
                  << Qt::endl;
        const audit::AuditVerification verification = audit::AuditTrail::verify(database);
        m_out << Text::tr("  audit trail:     %1 records, chain %2")
                     .arg(verification.recordsChecked)
                     .arg(verification.isIntact() ? Text::tr("intact")
                                                  : Text::tr("BROKEN: %1").arg(verification.reason))
              << Qt::endl;
    }

    int importFile(parties::ImportKind kind)
    {
        const QString path = m_line.words.value(2);
        if (path.isEmpty())
            return usage(Text::tr("import needs a FILE."));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
        const QByteArray bytes = file.readAll();
        const auto database = openDatabase();
        parties::PartyImporter importer(*database, audit::AuditTrail::defaultActor());
        const parties::ImportResult result =
            importer.importFile(kind, bytes, m_line.has(QStringLiteral("dry-run")));
        if (!result.problems.isEmpty()) {
            for (const parties::ImportProblem &problem : result.problems)
                m_err << path << QStringLiteral(": ") << problem.toString() << Qt::endl;
            m_err << Text::tr("Nothing was imported: %n problem(s).", nullptr, int(result.problems.size()))
                  << Qt::endl;
            return Invalid;
        }
        m_out << Text::tr("%1 rows read: %2 created, %3 updated, %4 unchanged.")
                     .arg(result.rowsRead)
                     .arg(result.created)
                     .arg(result.updated)
                     .arg(result.unchanged)
              << Qt::endl;
        return Success;
    }

    int exportFile(bool clients)
    {
        const QString path = m_line.option(QStringLiteral("out"));
        if (path.isEmpty())
            return usage(Text::tr("export needs --out FILE."));
        const QString encodingName = m_line.option(QStringLiteral("encoding"));
        io::TextEncoding encoding = io::TextEncoding::Utf8Bom;
        if (encodingName == QLatin1String("shift_jis") || encodingName == QLatin1String("shift-jis") ||
            encodingName == QLatin1String("cp932"))
            encoding = io::TextEncoding::ShiftJis;
        else if (!encodingName.isEmpty() && encodingName != QLatin1String("utf-8-bom"))
            return usage(Text::tr("--encoding must be utf-8-bom or shift_jis."));
        const auto database = openDatabase();
        QString error;
        const auto bytes = clients ? parties::exportClientsCsv(*database, encoding, &error)
                                   : parties::exportDebtorsCsv(*database, encoding, &error);
        if (!bytes)
            return fail(error);
        return writeFile(path, *bytes) ? Success : Failure;
    }

    int checkNumber(bool registration)
    {
        const QString value = m_line.words.value(2);
        if (value.isEmpty())
            return usage(Text::tr("check needs a VALUE."));
        QString reason;
        const parties::Registrant holder = m_line.has(QStringLiteral("sole-proprietor"))
                                               ? parties::Registrant::SoleProprietor
                                               : parties::Registrant::Corporation;
        const bool valid = registration ? parties::isValidRegistrationNumber(value, holder, &reason)
                                        : parties::isValidCorporateNumber(value, &reason);
        if (!valid && registration && holder == parties::Registrant::Corporation &&
            parties::isValidRegistrationNumber(value, parties::Registrant::SoleProprietor))
            reason +=
                Text::tr(" (a sole proprietor's number has no check digit: check it with --sole-proprietor)");
        if (!valid)
            return fail(reason, Invalid);
        m_out << Text::tr("valid") << Qt::endl;
        return Success;
    }

    int holidays()
    {
        qint64 year = 0;
        if (!m_line.has(QStringLiteral("year")))
            return usage(Text::tr("calendar holidays needs --year Y."));
        if (!readInt(QStringLiteral("year"), calendar::HolidayCalendar::FirstYear,
                     calendar::HolidayCalendar::LastYear, year))
            return UsageError;
        for (const calendar::Holiday &holiday : calendar::HolidayCalendar::holidaysOfYear(int(year)))
            m_out << holiday.date.toString(Qt::ISODate) << QLatin1Char(' ') << holiday.name << Qt::endl;
        return Success;
    }

    int dueDate()
    {
        const QString dateText = m_line.option(QStringLiteral("date"));
        const QString termsText = m_line.option(QStringLiteral("terms"));
        if (dateText.isEmpty() || termsText.isEmpty())
            return usage(Text::tr("calendar due-date needs --date YYYY-MM-DD and --terms TERMS."));
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid())
            return fail(Text::tr("\"%1\" is not a date of the form YYYY-MM-DD.").arg(dateText), Invalid);
        QString reason;
        const auto terms = calendar::PaymentTerms::parse(termsText, &reason);
        if (!terms)
            return fail(Text::tr("Terms \"%1\": %2").arg(termsText, reason), Invalid);
        m_out << terms->dueDateFor(date).toString(Qt::ISODate) << Qt::endl;
        return Success;
    }

    int verifyAudit()
    {
        const auto database = openDatabase();
        const audit::AuditVerification verification = audit::AuditTrail::verify(*database);
        if (!verification.isIntact())
            return fail(verification.reason, Invalid);
        m_out << Text::tr("The audit trail is intact: %1 records.").arg(verification.recordsChecked)
              << Qt::endl;
        return Success;
    }

    int backup()
    {
        const QString path = m_line.option(QStringLiteral("out"));
        if (path.isEmpty())
            return usage(Text::tr("backup needs --out FILE."));
        const auto database = openDatabase();
        database->backupTo(path);
        m_out << Text::tr("Backup written to %1").arg(path) << Qt::endl;
        return Success;
    }
};

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const CommandLine line = CommandLine::parse(arguments);
    if (!line.error.isEmpty()) {
        err << line.error << Qt::endl;
        return UsageError;
    }
    try {
        return Commands(line, out, err).dispatch();
    } catch (const storage::StorageError &error) {
        err << error.message() << Qt::endl;
        return Failure;
    } catch (const std::exception &error) {
        err << QString::fromUtf8(error.what()) << Qt::endl;
        return Failure;
    }
}

} // namespace kaishu::cli
