#pragma once

#include "MailMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace kaishu::mail {

// How the connection to the mail server is protected.
enum class SmtpSecurity {
    None,       // plain SMTP (a relay on the local network)
    StartTls,   // plain connection upgraded with STARTTLS, usually port 587; refused if not offered
    ImplicitTls // TLS from the first byte (SMTPS), usually port 465
};
QString toCode(SmtpSecurity security); // none, starttls, tls
std::optional<SmtpSecurity> smtpSecurityFromCode(const QString &code);
int defaultPort(SmtpSecurity security); // 25, 587, 465

// One mail account of the agency.
struct SmtpSettings
{
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString userName;        // empty: no AUTH
    QString password;        // never logged, never put in a URL or a message
    QString caFile;          // PEM bundle to trust; empty: the system's store
    bool verifyPeer = true;  // false also skips the host name check (a test relay only)
    int timeoutSeconds = 30; // to connect, and for each server answer or stalled upload
    QString fromAddress;     // sender used when the message has none
    QString fromName;
};

// What happened to one message, for the send log.
struct SendResult
{
    bool accepted = false; // the server took the message for delivery (250 after DATA)
    // The server's last reply before QUIT, lines joined by "\n": "250 2.0.0 Ok: queued as 4Tx…"
    // when accepted, otherwise the reply that refused ("550 5.1.1 <x@y>: Recipient address
    // rejected"); empty when no server answered.
    QString serverReply;
    // For the clerk, empty when accepted: "Cannot connect to the mail server smtp.example.jp port
    // 587: Connection refused", "Authentication failed for user billing: 535 …", "Recipient x@y
    // rejected by the mail server: 550 …".
    QString error;
    QDateTime at;      // when the attempt ended
    QString messageId; // the Message-ID header sent (empty for sendMime)
};

// Sends e-mail through libcurl's SMTP client. Each call opens its own connection and blocks until
// the server has answered (or the timeout); call it from a worker thread in the GUI. Safe to call
// from several threads at once.
class SmtpSender
{
public:
    // Builds the MIME message (toMime, dated now, Message-ID from the sender's domain) and sends
    // it to every To and Cc address. The message's From is taken from the settings when empty.
    // A recipient the server rejects fails the whole send: nobody gets a message that was only
    // partly delivered.
    static SendResult send(const SmtpSettings &settings, const MailMessage &message);

    // Sends prepared RFC 5322 bytes (CRLF line ends, not dot-stuffed: libcurl stuffs) with the
    // given envelope; used by send() and to resend a stored message unchanged.
    static SendResult sendMime(const SmtpSettings &settings, const QString &envelopeFrom,
                               const QStringList &recipients, const QByteArray &mime);
};

} // namespace kaishu::mail
