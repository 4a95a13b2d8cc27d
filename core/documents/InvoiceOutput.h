#pragma once

#include "billing/BillingDocument.h"
#include "billing/DocumentArchive.h"
#include "mail/MailMessage.h"
#include "mail/SmtpSender.h"

#include <QByteArray>
#include <QString>

namespace kaishu::storage {
class Database;
}

namespace kaishu::documents {

// The files and messages made of issued documents, the same for the GUI and the CLI. An issued
// document's PDF and XML are rendered once and kept in the archive; every later request returns the
// kept bytes, so a reprint or a resend is identical to the first. Drafts render without archiving
// (preview only).
class InvoiceOutput
{
public:
    InvoiceOutput(storage::Database &database, QString actor);

    QByteArray pdf(qint64 invoiceId);
    QByteArray pdf(const billing::BillingDocument &document); // a receipt, or any issued document
    // The JP PINT XML; empty and *error set when the document has no valid e-invoice form.
    QByteArray xml(qint64 invoiceId, QString *error = nullptr);

    // The e-mail for an invoice: the client's subject and body templates (or the standard wording)
    // with {number}, {debtor}, {client}, {due_date}, {amount}, to the account's billing address (or
    // the debtor's), the PDF attached. Nothing and *error when a template or address is wrong.
    std::optional<mail::MailMessage> email(qint64 invoiceId, QString *error = nullptr);
    // Sends it and records the attempt in the send log (a sent invoice becomes "sent"); a failed
    // attempt is logged with the server's reply and can be retried.
    mail::SendResult send(qint64 invoiceId, const mail::SmtpSettings &settings,
                          const QString &recipientOverride = {});

    // The agency's SMTP server from the settings (smtp.host, smtp.port, …).
    mail::SmtpSettings smtpSettings() const;

    static QString defaultSubject();
    static QString defaultBody();

private:
    storage::Database &m_database;
    QString m_actor;
};

} // namespace kaishu::documents
