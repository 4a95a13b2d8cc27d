#include "InvoiceOutput.h"

#include "billing/InvoiceService.h"
#include "billing/JpPint.h"
#include "documents/DocumentLayout.h"
#include "documents/DocumentText.h"
#include "mail/MailTemplate.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace kaishu::documents {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::documents)
};
} // namespace

InvoiceOutput::InvoiceOutput(storage::Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{}

QString InvoiceOutput::defaultSubject()
{
    return QStringLiteral("【請求書送付】{number}（{client}）");
}

QString InvoiceOutput::defaultBody()
{
    return QStringLiteral("{debtor} ご担当者様\n\n"
                          "いつもお世話になっております。{client}でございます。\n"
                          "請求書 {number} をお送りいたします。\n\n"
                          "ご請求金額：{amount}円\n"
                          "お支払期限：{due_date}\n\n"
                          "添付のPDFをご確認のうえ、期日までにお振込みくださいますようお願い申し上げます。\n"
                          "本メールにお心当たりのない場合はお手数ですがご連絡ください。\n");
}

QByteArray InvoiceOutput::pdf(const billing::BillingDocument &document)
{
    billing::InvoiceService service(m_database, m_actor);
    const billing::DocumentStyle style = [&] {
        QSqlQuery query =
            m_database.exec(QStringLiteral("SELECT id FROM clients WHERE code = ?"), {document.clientCode});
        return query.next() ? service.settings().settings(query.value(0).toLongLong()).style
                            : billing::DocumentStyle();
    }();
    if (document.number.isEmpty())
        return DocumentLayout().toPdf(document, style);
    billing::DocumentArchive archive(m_database, m_actor);
    std::optional<billing::ArchivedDocument> kept =
        archive.find(document.number, document.kind, billing::ArchiveFormat::Pdf);
    if (!kept)
        kept = archive.keep(document, billing::ArchiveFormat::Pdf, DocumentLayout().toPdf(document, style));
    return archive.content(*kept);
}

QByteArray InvoiceOutput::pdf(qint64 invoiceId)
{
    return pdf(billing::InvoiceService(m_database, m_actor).document(invoiceId));
}

QByteArray InvoiceOutput::xml(qint64 invoiceId, QString *error)
{
    const billing::BillingDocument document =
        billing::InvoiceService(m_database, m_actor).document(invoiceId);
    if (document.number.isEmpty()) {
        if (error)
            *error = Text::tr("Only issued invoices have an e-invoice.");
        return {};
    }
    billing::DocumentArchive archive(m_database, m_actor);
    std::optional<billing::ArchivedDocument> kept =
        archive.find(document.number, document.kind, billing::ArchiveFormat::Xml);
    if (!kept) {
        const billing::JpPintXml xml = billing::toJpPintXml(document);
        if (!xml.isValid()) {
            if (error)
                *error = xml.error;
            return {};
        }
        kept = archive.keep(document, billing::ArchiveFormat::Xml, xml.xml);
    }
    return archive.content(*kept);
}

mail::SmtpSettings InvoiceOutput::smtpSettings() const
{
    const billing::BillingSettingsStore store(m_database, m_actor);
    mail::SmtpSettings settings;
    settings.host = store.value(QStringLiteral("smtp.host"));
    const mail::SmtpSecurity security =
        mail::smtpSecurityFromCode(store.value(QStringLiteral("smtp.security")))
            .value_or(mail::SmtpSecurity::StartTls);
    settings.security = security;
    bool ok = false;
    const int port = store.value(QStringLiteral("smtp.port")).toInt(&ok);
    settings.port = ok && port > 0 ? port : mail::defaultPort(security);
    settings.userName = store.value(QStringLiteral("smtp.user"));
    settings.password = store.value(QStringLiteral("smtp.password"));
    settings.caFile = store.value(QStringLiteral("smtp.ca_file"));
    settings.verifyPeer = store.value(QStringLiteral("smtp.verify_peer")) != QLatin1String("false");
    settings.fromAddress = store.value(QStringLiteral("smtp.from"));
    settings.fromName = store.value(QStringLiteral("smtp.from_name"));
    return settings;
}

std::optional<mail::MailMessage> InvoiceOutput::email(qint64 invoiceId, QString *error)
{
    billing::InvoiceService service(m_database, m_actor);
    const std::optional<billing::Invoice> invoice = service.book().invoice(invoiceId);
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!invoice || invoice->number.isEmpty())
        return failWith(Text::tr("Only issued invoices are sent."));
    const billing::BillingDocument document = service.document(invoiceId);
    const billing::BillingSettings settings = service.settings().settings(invoice->clientId);
    QSqlQuery address =
        m_database.exec(QStringLiteral("SELECT COALESCE(NULLIF(b.email, ''), d.email), c.name FROM accounts "
                                       "a JOIN debtors d ON d.id = a.debtor_id "
                                       "JOIN clients c ON c.id = a.client_id LEFT JOIN account_billing b ON "
                                       "b.account_id = a.id WHERE a.id = ?"),
                        {invoice->accountId});
    const QString to = address.next() ? address.value(0).toString() : QString();
    const QString clientName = address.value(1).toString();
    const QHash<QString, QString> values{{QStringLiteral("number"), document.number},
                                         {QStringLiteral("debtor"), document.recipient.name},
                                         {QStringLiteral("client"), clientName},
                                         {QStringLiteral("due_date"), japaneseDate(document.dueDate)},
                                         {QStringLiteral("amount"), document.payableAmount().toString()}};
    const mail::MailTemplate wording{settings.emailSubject.isEmpty() ? defaultSubject()
                                                                     : settings.emailSubject,
                                     settings.emailBody.isEmpty() ? defaultBody() : settings.emailBody};
    QString problem;
    const std::optional<mail::MailTemplate> text = wording.expand(values, &problem);
    if (!text)
        return failWith(Text::tr("The e-mail template of client %1: %2").arg(document.clientCode, problem));
    const mail::SmtpSettings smtp = smtpSettings();
    mail::MailMessage message;
    message.from = {smtp.fromAddress, smtp.fromName.isEmpty() ? clientName : smtp.fromName};
    if (!to.isEmpty())
        message.to.append({to, document.recipient.name});
    message.subject = text->subject;
    message.body = text->body;
    message.attachments.append(
        {pdfFileName(document.number), QStringLiteral("application/pdf"), pdf(document)});
    return message;
}

mail::SendResult InvoiceOutput::send(qint64 invoiceId, const mail::SmtpSettings &settings,
                                     const QString &recipientOverride)
{
    QString problem;
    std::optional<mail::MailMessage> message = email(invoiceId, &problem);
    if (message && !recipientOverride.isEmpty())
        message->to = {
            {recipientOverride, message->to.isEmpty() ? QString() : message->to.first().displayName}};
    if (message && message->to.isEmpty())
        problem = Text::tr("The debtor has no e-mail address: enter one on the debtor or give a recipient.");
    if (message && problem.isEmpty())
        problem = mail::validateMessage(*message);
    mail::SendResult result;
    if (!message || !problem.isEmpty()) {
        result.error = problem;
        result.at = QDateTime::currentDateTimeUtc();
    } else {
        result = mail::SmtpSender::send(settings, *message);
    }
    billing::InvoiceService service(m_database, m_actor);
    service.recordSend({invoiceId, QStringLiteral("email"),
                        message && !message->to.isEmpty() ? message->to.first().address : QString(),
                        result.at, result.accepted, result.serverReply, result.error, m_actor});
    return result;
}

} // namespace kaishu::documents
