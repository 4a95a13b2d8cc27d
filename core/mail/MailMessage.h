#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kaishu::mail {

// An address and the name shown beside it ("株式会社山田商事 経理部 <keiri@yamada.example>").
// Addresses are ASCII (no SMTPUTF8); the display name may be any text.
struct MailAddress
{
    QString address;
    QString displayName;
    bool isEmpty() const { return address.isEmpty(); }
    friend bool operator==(const MailAddress &, const MailAddress &) = default;
};

// A file sent with the message, e.g. 請求書_C001-2026-000001.pdf as application/pdf.
struct MailAttachment
{
    QString fileName;
    QString mimeType; // empty: application/octet-stream
    QByteArray data;
};

// One e-mail as the clerk composed it: plain text and attachments, no HTML.
struct MailMessage
{
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    MailAddress replyTo; // empty address: no Reply-To header
    QString subject;
    QString body; // line ends in any convention; sent as CRLF
    QList<MailAttachment> attachments;
    // "<…@domain>"; empty: toMime() makes one. Set beforehand when the send log must know it.
    QString messageId;

    // The envelope recipients: every To and Cc address, each once, in order.
    QStringList recipientAddresses() const;
};

// Whether an address is one this program can put in a header and in RCPT TO: local@domain, ASCII
// without spaces, controls or the characters that delimit addresses in a header (so a pasted
// "a@b.example, c@d.example" or an injected line break is refused rather than sent somewhere).
bool isValidAddress(const QString &address);

// The first problem that keeps the message from being sent ("no recipient", "invalid address in
// Cc: …"), or an empty string.
QString validateMessage(const MailMessage &message);

// A new Message-ID for a message from the given domain: "<20260303T011500.5f0c…@domain>".
QString makeMessageId(const QString &domain);

// "Tue, 03 Mar 2026 10:15:00 +0900": RFC 5322 date-time with English names whatever the locale,
// in the offset the QDateTime carries.
QByteArray formatMailDate(const QDateTime &date);

// The RFC 2047 B encoded-words ("=?UTF-8?B?…?=") holding text: the first at most firstMaxLength
// characters long, the others at most maxLength (75, the RFC's limit), each split between
// characters so no UTF-8 sequence (and no surrogate pair) is cut in two. firstMaxLength lets a
// caller fill the rest of a header line; it is raised to what one character needs.
QList<QByteArray> encodeWords(const QString &text, int firstMaxLength = 75, int maxLength = 75);

// The message as RFC 5322 / MIME bytes with CRLF line ends, ready for SMTP DATA (dot-stuffing is
// the transport's job): headers with encoded-words for non-ASCII text, the body as UTF-8 base64,
// attachments in multipart/mixed with RFC 2231 file names. messageIdDomain is used when the
// message has no Message-ID yet (empty: the domain of the From address).
QByteArray toMime(const MailMessage &message, const QDateTime &date, const QString &messageIdDomain);

} // namespace kaishu::mail
