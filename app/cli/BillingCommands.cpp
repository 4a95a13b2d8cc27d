// kaishu-cli's invoicing commands: orders, billing runs, invoices, credit notes, receipts, e-invoices,
// the archive and the agency settings they use.
#include "CommandContext.h"

#include "audit/AuditTrail.h"
#include "billing/DocumentArchive.h"
#include "billing/InvoiceService.h"
#include "billing/JpPint.h"
#include "billing/OrderBook.h"
#include "documents/InvoiceOutput.h"
#include "io/Csv.h"
#include "parties/PartyRepository.h"
#include "payments/PaymentService.h"

#include <QFile>

namespace kaishu::cli {

using billing::Invoice;
using money::Yen;

QString billingUsage()
{
    return QStringLiteral(R"(
Invoicing:
  orders import FILE [--dry-run]    import order lines (CSV); all or nothing, an order only once
  billing run --client CODE --closing YYYY-MM-DD [--issue-date YYYY-MM-DD]
                                    make draft invoices of the unbilled lines and print them
  invoice issue --client CODE --all-drafts | --id ID [--date YYYY-MM-DD] [--approve-over-limit]
                                    issue drafts: numbers are taken and the invoices frozen; over a
                                    credit limit only a supervisor issues, with --approve-over-limit
  invoice list [--status S] [--client CODE] [--format table|csv]
                                    S: draft, issued, sent, partly_paid, paid, cancelled, overdue
  invoice pdf NUMBER --out FILE     the invoice or credit note as PDF (archived on first output;
                                    later outputs are the archived file, byte for byte)
  invoice xml NUMBER --out FILE     the JP PINT 1.1.3 e-invoice (UBL 2.1), archived on first export
  invoice email NUMBER [--to ADDRESS]
                                    send the PDF by e-mail through the agency's SMTP server
                                    (settings smtp.*); every attempt is in the send log
  invoice credit-note NUMBER --reason TEXT [--lines N:QTY,...] [--date YYYY-MM-DD]
                                    credit note for lines of an issued invoice (line N, quantity
                                    returned; without --lines every line in full)
  invoice cancel NUMBER --reason TEXT
  invoice payment NUMBER --amount YEN
                                    record money received for an invoice
  receipt issue NUMBER --out FILE [--proviso TEXT] [--date YYYY-MM-DD]
                                    a receipt (領収書) PDF for the money received on an invoice
  archive search [--from D] [--to D] [--min YEN] [--max YEN] [--debtor TEXT]
                                    archived PDFs and e-invoices by date, amount and debtor
  settings get KEY | settings set KEY VALUE
                                    agency settings: agency.name, agency.registration_number,
                                    agency.address, smtp.host, smtp.port, smtp.security, …
)");
}

namespace {

class BillingCommands : public CommandContext
{
public:
    using CommandContext::CommandContext;

    std::optional<int> dispatch()
    {
        const QString command = m_line.words.value(0);
        const QString sub = m_line.words.value(1);
        if (command == QLatin1String("orders") && sub == QLatin1String("import"))
            return importOrders();
        if (command == QLatin1String("billing") && sub == QLatin1String("run"))
            return billingRun();
        if (command == QLatin1String("invoice")) {
            if (sub == QLatin1String("issue"))
                return issue();
            if (sub == QLatin1String("list"))
                return list();
            if (sub == QLatin1String("xml"))
                return exportXml();
            if (sub == QLatin1String("pdf"))
                return exportPdf();
            if (sub == QLatin1String("email"))
                return email();
            if (sub == QLatin1String("credit-note"))
                return creditNote();
            if (sub == QLatin1String("cancel"))
                return cancel();
            if (sub == QLatin1String("payment"))
                return payment();
        }
        if (command == QLatin1String("receipt") && sub == QLatin1String("issue"))
            return issueReceipt();
        if (command == QLatin1String("archive") && sub == QLatin1String("search"))
            return searchArchive();
        if (command == QLatin1String("settings") &&
            (sub == QLatin1String("get") || sub == QLatin1String("set")))
            return settings(sub == QLatin1String("set"));
        return std::nullopt;
    }

private:
    std::optional<parties::Client> client(storage::Database &database)
    {
        const QString code = m_line.option(QStringLiteral("client"));
        std::optional<parties::Client> found = parties::PartyRepository(database).clientByCode(code);
        if (!found)
            m_err << Text::tr("No client has the code %1.").arg(code) << Qt::endl;
        return found;
    }

    std::optional<Invoice> invoiceByNumber(billing::InvoiceService &service)
    {
        const QString number = m_line.words.value(2);
        std::optional<Invoice> invoice = service.book().invoiceByNumber(number);
        if (!invoice)
            m_err << Text::tr("No invoice has the number %1.").arg(number) << Qt::endl;
        return invoice;
    }

    int importOrders()
    {
        const QString path = m_line.words.value(2);
        if (path.isEmpty())
            return usage(Text::tr("orders import needs a FILE."));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
        const auto database = openDatabase();
        const parties::ImportResult result =
            billing::OrderBook(*database, audit::AuditTrail::defaultActor())
                .importFile(file.readAll(), m_line.has(QStringLiteral("dry-run")));
        if (!result.problems.isEmpty()) {
            for (const parties::ImportProblem &problem : result.problems)
                m_err << path << QStringLiteral(": ") << problem.toString() << Qt::endl;
            m_err << Text::tr("Nothing was imported: %n problem(s).", nullptr, int(result.problems.size()))
                  << Qt::endl;
            return Invalid;
        }
        m_out << (result.committed
                      ? Text::tr("%1 order lines imported.").arg(result.created)
                      : Text::tr("%1 order lines checked; nothing written (dry run).").arg(result.created))
              << Qt::endl;
        return Success;
    }

    int billingRun()
    {
        QDate closing;
        QDate issueDate;
        if (!m_line.has(QStringLiteral("client")) || !m_line.has(QStringLiteral("closing")))
            return usage(Text::tr("billing run needs --client CODE and --closing YYYY-MM-DD."));
        if (!readDate(QStringLiteral("closing"), closing) ||
            !readDate(QStringLiteral("issue-date"), issueDate))
            return UsageError;
        const auto database = openDatabase();
        const std::optional<parties::Client> owner = client(*database);
        if (!owner)
            return Invalid;
        billing::InvoiceService service(*database, audit::AuditTrail::defaultActor());
        return guarded([&] {
            const billing::BillingRunPlan plan = service.runBilling(owner->id, closing, issueDate);
            m_out << Text::tr("Billing run %1, closing %2: %3 drafts from %4 order lines.")
                         .arg(owner->code, closing.toString(Qt::ISODate))
                         .arg(plan.drafts.size())
                         .arg(plan.orderLines)
                  << Qt::endl;
            for (const Invoice &draft : plan.drafts)
                m_out << QStringLiteral("  #%1  %2  %3  %4 lines  net %5  tax %6  total %7  due %8")
                             .arg(draft.id)
                             .arg(draft.customerCode, draft.debtorName)
                             .arg(draft.lines.size())
                             .arg(draft.tax.net.toString(), draft.tax.tax.toString(),
                                  draft.tax.gross.toString(), draft.dueDate.toString(Qt::ISODate))
                      << Qt::endl;
            for (const billing::CreditWarning &warning : plan.warnings)
                m_out << Text::tr("  credit limit exceeded: %1 %2, limit %3, exposure %4")
                             .arg(warning.customerCode, warning.debtorName, warning.creditLimit.toString(),
                                  warning.exposure.toString())
                      << Qt::endl;
            return int(Success);
        });
    }

    int issue()
    {
        QDate date;
        if (!readDate(QStringLiteral("date"), date))
            return UsageError;
        const bool all = m_line.has(QStringLiteral("all-drafts"));
        if (all == m_line.has(QStringLiteral("id")) || (all && !m_line.has(QStringLiteral("client"))))
            return usage(Text::tr("invoice issue needs --client CODE --all-drafts, or --id ID."));
        const auto database = openDatabase();
        billing::InvoiceService service(*database, audit::AuditTrail::defaultActor());
        QList<qint64> ids;
        if (all) {
            const std::optional<parties::Client> owner = client(*database);
            if (!owner)
                return Invalid;
            billing::InvoiceFilter filter;
            filter.clientId = owner->id;
            filter.status = billing::InvoiceStatus::Draft;
            for (const Invoice &draft : service.book().invoices(filter))
                ids.prepend(draft.id); // oldest first, so numbers follow the order drafts were made
        } else {
            qint64 id = 0;
            if (!readInt(QStringLiteral("id"), 1, std::numeric_limits<qint64>::max(), id))
                return UsageError;
            ids << id;
        }
        if (ids.isEmpty())
            return fail(Text::tr("There are no drafts to issue."), Invalid);
        return guarded([&] {
            for (const Invoice &invoice :
                 service.issue(ids, date, m_line.has(QStringLiteral("approve-over-limit"))))
                m_out << QStringLiteral("%1  %2  %3  %4")
                             .arg(invoice.number, invoice.customerCode, invoice.debtorName,
                                  invoice.tax.gross.toString())
                      << Qt::endl;
            return int(Success);
        });
    }

    int list()
    {
        const QString format = m_line.has(QStringLiteral("format")) ? m_line.option(QStringLiteral("format"))
                                                                    : QStringLiteral("table");
        if (format != QLatin1String("table") && format != QLatin1String("csv"))
            return usage(Text::tr("--format must be table or csv."));
        billing::InvoiceFilter filter;
        const QString status = m_line.option(QStringLiteral("status"));
        if (status == QLatin1String("overdue")) {
            filter.overdueOnly = true;
            filter.today = QDate::currentDate();
        } else if (!status.isEmpty()) {
            filter.status = billing::invoiceStatusFromCode(status);
            if (!filter.status)
                return usage(Text::tr("Unknown status %1.").arg(status));
        }
        const auto database = openDatabase();
        if (m_line.has(QStringLiteral("client"))) {
            const std::optional<parties::Client> owner = client(*database);
            if (!owner)
                return Invalid;
            filter.clientId = owner->id;
        }
        const QList<Invoice> invoices = billing::InvoiceBook(*database).invoices(filter);
        if (format == QLatin1String("csv")) {
            io::CsvWriter csv;
            csv.writeRecord({QStringLiteral("number"), QStringLiteral("client_code"),
                             QStringLiteral("customer_code"), QStringLiteral("debtor"),
                             QStringLiteral("issue_date"), QStringLiteral("due_date"),
                             QStringLiteral("total"), QStringLiteral("tax_10"), QStringLiteral("tax_8"),
                             QStringLiteral("status"), QStringLiteral("balance")});
            for (const Invoice &invoice : invoices)
                csv.writeRecord(
                    {invoice.number, invoice.clientCode, invoice.customerCode, invoice.debtorName,
                     invoice.issueDate.toString(Qt::ISODate), invoice.dueDate.toString(Qt::ISODate),
                     QString::number(invoice.tax.gross.value()), QString::number(invoice.tax10.value()),
                     QString::number(invoice.tax8.value()), billing::toCode(invoice.status),
                     QString::number(invoice.balance().value())});
            m_out << csv.text();
            m_out.flush();
            return Success;
        }
        for (const Invoice &invoice : invoices)
            m_out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                         .arg(invoice.number.isEmpty() ? QStringLiteral("(#%1)").arg(invoice.id)
                                                       : invoice.number,
                              -18)
                         .arg(invoice.customerCode, -8)
                         .arg(invoice.debtorName)
                         .arg(invoice.issueDate.toString(Qt::ISODate), invoice.dueDate.toString(Qt::ISODate))
                         .arg(invoice.tax.gross.toString(), 12)
                         .arg(invoice.balance().toString(), 12)
                         .arg(billing::toCode(invoice.status))
                  << Qt::endl;
        m_out << Text::tr("%n invoice(s)", nullptr, int(invoices.size())) << Qt::endl;
        return Success;
    }

    // An issued invoice named by the NUMBER word and an --out FILE, for the file commands.
    std::optional<Invoice> issuedInvoiceForOutput(billing::InvoiceService &service, const QString &command)
    {
        if (m_line.words.value(2).isEmpty() || m_line.option(QStringLiteral("out")).isEmpty()) {
            usage(Text::tr("%1 needs a NUMBER and --out FILE.").arg(command));
            return std::nullopt;
        }
        return invoiceByNumber(service);
    }

    int exportXml()
    {
        const auto database = openDatabase();
        billing::InvoiceService service(*database, audit::AuditTrail::defaultActor());
        const std::optional<Invoice> invoice = issuedInvoiceForOutput(service, QStringLiteral("invoice xml"));
        if (!invoice)
            return Invalid;
        QString error;
        const QByteArray xml =
            documents::InvoiceOutput(*database, audit::AuditTrail::defaultActor()).xml(invoice->id, &error);
        if (xml.isEmpty())
            return fail(error, Invalid);
        return writeFile(m_line.option(QStringLiteral("out")), xml) ? Success : Failure;
    }

    int exportPdf()
    {
        const auto database = openDatabase();
        billing::InvoiceService service(*database, audit::AuditTrail::defaultActor());
        const std::optional<Invoice> invoice = issuedInvoiceForOutput(service, QStringLiteral("invoice pdf"));
        if (!invoice)
            return Invalid;
        if (invoice->number.isEmpty())
            return fail(Text::tr("A draft has no number yet: issue it first."), Invalid);
        const QByteArray pdf =
            documents::InvoiceOutput(*database, audit::AuditTrail::defaultActor()).pdf(invoice->id);
        return writeFile(m_line.option(QStringLiteral("out")), pdf) ? Success : Failure;
    }

    int email()
    {
        if (m_line.words.value(2).isEmpty())
            return usage(Text::tr("invoice email needs a NUMBER."));
        const auto database = openDatabase();
        billing::InvoiceService service(*database, audit::AuditTrail::defaultActor());
        const std::optional<Invoice> invoice = invoiceByNumber(service);
        if (!invoice)
            return Invalid;
        documents::InvoiceOutput output(*database, audit::AuditTrail::defaultActor());
        const mail::SmtpSettings settings = output.smtpSettings();
        if (settings.host.isEmpty())
            return fail(
                Text::tr("No mail server is set: kaishu-cli settings set smtp.host HOST (and smtp.port, "
                         "smtp.security, smtp.user, smtp.password, smtp.from)."),
                Invalid);
        const mail::SendResult result =
            output.send(invoice->id, settings, m_line.option(QStringLiteral("to")));
        if (!result.accepted)
            return fail(Text::tr("Not sent (logged, can be retried): %1").arg(result.error), Failure);
        m_out << Text::tr("Invoice %1 sent: %2").arg(invoice->number, result.serverReply) << Qt::endl;
        return Success;
    }

    int issueReceipt()
    {
        QDate date = QDate::currentDate();
        if (!readDate(QStringLiteral("date"), date))
            return UsageError;
        const auto database = openDatabase();
        billing::InvoiceService service(*database, audit::AuditTrail::defaultActor());
        const std::optional<Invoice> invoice =
            issuedInvoiceForOutput(service, QStringLiteral("receipt issue"));
        if (!invoice)
            return Invalid;
        return guarded([&] {
            const billing::BillingDocument receipt =
                service.issueReceipt(invoice->id, date, m_line.option(QStringLiteral("proviso")));
            const QByteArray pdf =
                documents::InvoiceOutput(*database, audit::AuditTrail::defaultActor()).pdf(receipt);
            if (!writeFile(m_line.option(QStringLiteral("out")), pdf))
                return int(Failure);
            m_out << Text::tr("Receipt %1 for invoice %2: %3 yen%4.")
                         .arg(receipt.number, invoice->number, receipt.receivedAmount.toString(),
                              receipt.needsRevenueStamp() ? Text::tr(" (a paper copy needs a revenue stamp)")
                                                          : QString())
                  << Qt::endl;
            return int(Success);
        });
    }

    int creditNote()
    {
        const QString reason = m_line.option(QStringLiteral("reason"));
        QDate date = QDate::currentDate();
        if (m_line.words.value(2).isEmpty() || reason.isEmpty())
            return usage(Text::tr("invoice credit-note needs a NUMBER and --reason TEXT."));
        if (!readDate(QStringLiteral("date"), date))
            return UsageError;
        const auto database = openDatabase();
        billing::InvoiceService service(*database, audit::AuditTrail::defaultActor());
        const std::optional<Invoice> invoice = invoiceByNumber(service);
        if (!invoice)
            return Invalid;
        QList<billing::InvoiceLine> lines;
        if (!m_line.has(QStringLiteral("lines"))) {
            lines = invoice->lines;
        } else {
            for (const QString &item :
                 m_line.option(QStringLiteral("lines")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QStringList parts = item.split(QLatin1Char(':'));
                bool ok = false;
                const int position = parts.value(0).toInt(&ok);
                const std::optional<money::Decimal> quantity = money::Decimal::parse(parts.value(1));
                if (parts.size() != 2 || !ok || position < 1 || position > invoice->lines.size() || !quantity)
                    return usage(Text::tr("--lines: “%1” is not LINE:QUANTITY with a line from 1 to %2.")
                                     .arg(item)
                                     .arg(invoice->lines.size()));
                billing::InvoiceLine line = invoice->lines.at(position - 1);
                line.quantity = *quantity;
                lines << line;
            }
        }
        return guarded([&] {
            const Invoice note = service.issueCreditNote(invoice->id, lines, reason, date);
            m_out << Text::tr("Credit note %1 for invoice %2: net %3, tax %4, total %5.")
                         .arg(note.number, invoice->number, note.tax.net.toString(), note.tax.tax.toString(),
                              note.tax.gross.toString())
                  << Qt::endl;
            return int(Success);
        });
    }

    int cancel()
    {
        const QString reason = m_line.option(QStringLiteral("reason"));
        if (m_line.words.value(2).isEmpty() || reason.isEmpty())
            return usage(Text::tr("invoice cancel needs a NUMBER and --reason TEXT."));
        const auto database = openDatabase();
        billing::InvoiceService service(*database, audit::AuditTrail::defaultActor());
        const std::optional<Invoice> invoice = invoiceByNumber(service);
        if (!invoice)
            return Invalid;
        return guarded([&] {
            service.cancel(invoice->id, reason);
            m_out << Text::tr("Invoice %1 cancelled.").arg(invoice->number) << Qt::endl;
            return int(Success);
        });
    }

    int payment()
    {
        std::optional<Yen> amount;
        if (m_line.words.value(2).isEmpty() || !m_line.has(QStringLiteral("amount")))
            return usage(Text::tr("invoice payment needs a NUMBER and --amount YEN."));
        if (!readYen(QStringLiteral("amount"), amount))
            return UsageError;
        const auto database = openDatabase();
        billing::InvoiceService service(*database, audit::AuditTrail::defaultActor());
        const std::optional<Invoice> invoice = invoiceByNumber(service);
        if (!invoice)
            return Invalid;
        return guarded([&] {
            payments::PaymentService(*database, audit::AuditTrail::defaultActor())
                .recordPayment(invoice->id, *amount);
            const Invoice paid = *service.book().invoice(invoice->id);
            m_out << Text::tr("Invoice %1: %2 received, balance %3.")
                         .arg(paid.number, paid.paid.toString(), paid.balance().toString())
                  << Qt::endl;
            return int(Success);
        });
    }

    int searchArchive()
    {
        billing::ArchiveQuery query;
        if (!readDate(QStringLiteral("from"), query.from) || !readDate(QStringLiteral("to"), query.to) ||
            !readYen(QStringLiteral("min"), query.minAmount) ||
            !readYen(QStringLiteral("max"), query.maxAmount))
            return UsageError;
        query.debtor = m_line.option(QStringLiteral("debtor"));
        const auto database = openDatabase();
        const QList<billing::ArchivedDocument> found =
            billing::DocumentArchive(*database, audit::AuditTrail::defaultActor()).search(query);
        for (const billing::ArchivedDocument &document : found)
            m_out << QStringLiteral("%1  %2  %3  %4  %5  %6  sha256:%7")
                         .arg(document.issueDate.toString(Qt::ISODate), document.number,
                              billing::toCode(document.kind), billing::toCode(document.format),
                              document.debtorName)
                         .arg(document.amount.toString(), 12)
                         .arg(document.sha256)
                  << Qt::endl;
        m_out << Text::tr("%n document(s)", nullptr, int(found.size())) << Qt::endl;
        return Success;
    }

    int settings(bool set)
    {
        const QString key = m_line.words.value(2);
        static const QStringList Keys{
            QStringLiteral("agency.name"),        QStringLiteral("agency.registration_number"),
            QStringLiteral("agency.postal_code"), QStringLiteral("agency.address"),
            QStringLiteral("agency.phone"),       QStringLiteral("agency.email"),
            QStringLiteral("smtp.host"),          QStringLiteral("smtp.port"),
            QStringLiteral("smtp.security"),      QStringLiteral("smtp.user"),
            QStringLiteral("smtp.password"),      QStringLiteral("smtp.from"),
            QStringLiteral("smtp.from_name"),     QStringLiteral("smtp.ca_file"),
            QStringLiteral("smtp.verify_peer"),
        };
        if (!Keys.contains(key))
            return usage(Text::tr("KEY must be one of: %1").arg(Keys.join(QStringLiteral(", "))));
        if (set && m_line.words.size() < 4)
            return usage(Text::tr("settings set needs a KEY and a VALUE."));
        const auto database = openDatabase();
        billing::BillingSettingsStore store(*database, audit::AuditTrail::defaultActor());
        if (set) {
            store.setValue(key, m_line.words.value(3));
            return Success;
        }
        m_out << (key.endsWith(QLatin1String("password")) && !store.value(key).isEmpty()
                      ? QStringLiteral("***")
                      : store.value(key))
              << Qt::endl;
        return Success;
    }
};

} // namespace

std::optional<int> runBillingCommand(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    return BillingCommands(line, out, err).dispatch();
}

} // namespace kaishu::cli
