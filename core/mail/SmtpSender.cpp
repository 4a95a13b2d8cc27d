#include "SmtpSender.h"

#include <QCoreApplication>
#include <QUrl>

#include <curl/curl.h>

#include <cstring>
#include <memory>

namespace kaishu::mail {

namespace {

// Messages for clerks, translated under one context per area (lupdate reads the declaration).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::mail)
};

// curl_global_init is not safe to race with itself on every libcurl build; a function-static is
// initialised exactly once even when two sends start together.
CURLcode initialiseCurl()
{
    static const CURLcode code = curl_global_init(CURL_GLOBAL_DEFAULT);
    return code;
}

// One reply of the server (possibly several lines) and the command it answered.
struct Reply
{
    QString command;  // EHLO, AUTH, MAIL, RCPT, DATA, QUIT…; empty for the greeting
    QString argument; // the address of MAIL and RCPT, nothing else (AUTH carries credentials)
    QStringList lines;
    int code() const { return lines.isEmpty() ? 0 : QStringView(lines.last()).left(3).toInt(); }
};

// What the SMTP conversation looked like, fed by libcurl's debug callback. Only the command verbs
// (and MAIL/RCPT addresses) of what we sent are kept, never their arguments, so the password that
// AUTH carries in base64 never reaches memory outside libcurl's.
class Transcript
{
public:
    void serverLines(const QByteArray &data)
    {
        for (QByteArray line : data.split('\n')) {
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty())
                continue;
            m_open.append(QString::fromUtf8(line));
            // "250-…" continues a multi-line reply, "250 …" (or a bare code) ends it.
            if (line.size() < 4 || line.at(3) != '-') {
                m_replies.append({m_command, m_argument, m_open});
                m_open.clear();
            }
        }
    }

    void clientLine(const QByteArray &data)
    {
        // While AUTH is answering a 334 challenge, the lines we send are credentials.
        if (m_command == QLatin1String("AUTH") && !m_replies.isEmpty() && m_replies.last().code() == 334)
            return;
        const QByteArray line = data.trimmed();
        const qsizetype space = line.indexOf(' ');
        const QString verb = QString::fromLatin1(line.left(space < 0 ? line.size() : space)).toUpper();
        static const QStringList verbs = {QStringLiteral("EHLO"),     QStringLiteral("HELO"),
                                          QStringLiteral("STARTTLS"), QStringLiteral("AUTH"),
                                          QStringLiteral("MAIL"),     QStringLiteral("RCPT"),
                                          QStringLiteral("DATA"),     QStringLiteral("QUIT"),
                                          QStringLiteral("RSET"),     QStringLiteral("NOOP")};
        if (!verbs.contains(verb))
            return;
        m_command = verb;
        m_argument.clear();
        if (verb == QLatin1String("MAIL") || verb == QLatin1String("RCPT")) {
            const qsizetype open = line.indexOf('<');
            const qsizetype close = line.indexOf('>', open + 1);
            if (open >= 0 && close > open)
                m_argument = QString::fromLatin1(line.mid(open + 1, close - open - 1));
        }
    }

    // The last reply that was not to QUIT: after a send, the answer to the message or the refusal.
    const Reply *lastReply() const
    {
        for (qsizetype i = m_replies.size() - 1; i >= 0; --i) {
            if (m_replies[i].command != QLatin1String("QUIT"))
                return &m_replies[i];
        }
        return nullptr;
    }

private:
    QList<Reply> m_replies;
    QStringList m_open;
    QString m_command;
    QString m_argument;
};

int debugCallback(CURL *, curl_infotype type, char *data, size_t size, void *userData)
{
    auto *transcript = static_cast<Transcript *>(userData);
    if (type == CURLINFO_HEADER_IN)
        transcript->serverLines(QByteArray(data, qsizetype(size)));
    else if (type == CURLINFO_HEADER_OUT)
        transcript->clientLine(QByteArray(data, qsizetype(size)));
    return 0;
}

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readCallback(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const qsizetype left = upload->data->size() - upload->offset;
    const qsizetype chunk = qMin(left, qsizetype(size * count));
    if (chunk > 0)
        std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(chunk));
    upload->offset += chunk;
    return size_t(chunk);
}

struct CurlDeleter
{
    void operator()(CURL *handle) const { curl_easy_cleanup(handle); }
};
struct SlistDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

QString errorMessage(CURLcode code, const SmtpSettings &settings, const Reply *reply, const QString &detail,
                     long osErrno)
{
    const QString server = QStringLiteral("%1 port %2").arg(settings.host).arg(settings.port);
    const QString replyText = reply ? reply->lines.join(u' ') : QString();
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return Text::tr("The mail server %1 was not found (%2)").arg(settings.host, detail);
    case CURLE_COULDNT_CONNECT:
        // errno says what the clerk can act on ("Connection refused", "No route to host").
        return Text::tr("Cannot connect to the mail server %1: %2")
            .arg(server, osErrno != 0 ? qt_error_string(int(osErrno)) : detail);
    case CURLE_OPERATION_TIMEDOUT:
        return Text::tr("The mail server %1 did not answer within %2 seconds")
            .arg(server)
            .arg(settings.timeoutSeconds);
    case CURLE_LOGIN_DENIED:
        return Text::tr("Authentication failed for user %1: %2")
            .arg(settings.userName, replyText.isEmpty() ? detail : replyText);
    case CURLE_USE_SSL_FAILED:
        return Text::tr("The mail server %1 does not offer STARTTLS: choose another security setting")
            .arg(server);
    case CURLE_PEER_FAILED_VERIFICATION:
        return Text::tr("The certificate of the mail server %1 could not be verified: %2")
            .arg(server, detail);
    case CURLE_SSL_CACERT_BADFILE:
        return Text::tr("The CA file %1 cannot be used: %2").arg(settings.caFile, detail);
    case CURLE_SSL_CONNECT_ERROR:
        return Text::tr("The TLS connection to the mail server %1 failed: %2").arg(server, detail);
    default:
        break;
    }
    if (reply && reply->code() >= 400) {
        if (reply->command == QLatin1String("RCPT"))
            return Text::tr("Recipient %1 rejected by the mail server: %2").arg(reply->argument, replyText);
        if (reply->command == QLatin1String("MAIL") && reply->code() == 530)
            return Text::tr("The mail server requires authentication (set a user name and password): %1")
                .arg(replyText);
        if (reply->command == QLatin1String("MAIL"))
            return Text::tr("Sender %1 rejected by the mail server: %2").arg(reply->argument, replyText);
        if (reply->command == QLatin1String("DATA"))
            return Text::tr("The mail server rejected the message: %1").arg(replyText);
        if (reply->command == QLatin1String("AUTH"))
            return Text::tr("Authentication failed for user %1: %2").arg(settings.userName, replyText);
        return Text::tr("The mail server %1 refused: %2").arg(server, replyText);
    }
    return Text::tr("Sending through %1 failed: %2")
        .arg(server, detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : detail);
}

SendResult failure(const QString &error)
{
    SendResult result;
    result.error = error;
    result.at = QDateTime::currentDateTime();
    return result;
}

} // namespace

QString toCode(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::None:
        return QStringLiteral("none");
    case SmtpSecurity::StartTls:
        return QStringLiteral("starttls");
    case SmtpSecurity::ImplicitTls:
        return QStringLiteral("tls");
    }
    return {};
}

std::optional<SmtpSecurity> smtpSecurityFromCode(const QString &code)
{
    for (SmtpSecurity security : {SmtpSecurity::None, SmtpSecurity::StartTls, SmtpSecurity::ImplicitTls}) {
        if (code.trimmed().compare(toCode(security), Qt::CaseInsensitive) == 0)
            return security;
    }
    return std::nullopt;
}

int defaultPort(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::None:
        return 25;
    case SmtpSecurity::StartTls:
        return 587;
    case SmtpSecurity::ImplicitTls:
        return 465;
    }
    return 25;
}

SendResult SmtpSender::send(const SmtpSettings &settings, const MailMessage &message)
{
    MailMessage complete = message;
    if (complete.from.isEmpty())
        complete.from = {settings.fromAddress.trimmed(), settings.fromName};
    const QString problem = validateMessage(complete);
    if (!problem.isEmpty())
        return failure(problem);
    if (complete.messageId.isEmpty())
        complete.messageId =
            makeMessageId(complete.from.address.mid(complete.from.address.indexOf(u'@') + 1));
    const QByteArray mime = toMime(complete, QDateTime::currentDateTime(), QString());
    SendResult result = sendMime(settings, complete.from.address, complete.recipientAddresses(), mime);
    result.messageId = complete.messageId;
    return result;
}

SendResult SmtpSender::sendMime(const SmtpSettings &settings, const QString &envelopeFrom,
                                const QStringList &recipients, const QByteArray &mime)
{
    if (settings.host.trimmed().isEmpty())
        return failure(Text::tr("No mail server is set"));
    if (settings.port <= 0 || settings.port > 65535)
        return failure(Text::tr("Invalid mail server port %1").arg(settings.port));
    if (!isValidAddress(envelopeFrom))
        return failure(Text::tr("invalid sender address: %1").arg(envelopeFrom));
    if (recipients.isEmpty())
        return failure(Text::tr("no recipient"));
    for (const QString &recipient : recipients) {
        if (!isValidAddress(recipient))
            return failure(Text::tr("invalid recipient address: %1").arg(recipient));
    }
    if (initialiseCurl() != CURLE_OK)
        return failure(Text::tr("The network library could not be initialised"));

    QUrl url;
    url.setScheme(settings.security == SmtpSecurity::ImplicitTls ? QStringLiteral("smtps")
                                                                 : QStringLiteral("smtp"));
    url.setHost(settings.host.trimmed());
    url.setPort(settings.port);
    if (!url.isValid())
        return failure(Text::tr("Invalid mail server name %1").arg(settings.host));
    const QByteArray urlBytes = url.toEncoded();
    const int timeout = settings.timeoutSeconds > 0 ? settings.timeoutSeconds : 30;

    // The transcript outlives the handle: curl_easy_cleanup may still talk to the server (QUIT).
    Transcript transcript;
    Upload upload{&mime, 0};
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_slist *list = nullptr;
    for (const QString &recipient : recipients) {
        curl_slist *appended = curl_slist_append(list, ('<' + recipient.toLatin1() + '>').constData());
        if (!appended) {
            curl_slist_free_all(list);
            return failure(Text::tr("Out of memory"));
        }
        list = appended;
    }
    const std::unique_ptr<curl_slist, SlistDeleter> rcpt(list);
    const QByteArray from = '<' + envelopeFrom.toLatin1() + '>';
    const QByteArray user = settings.userName.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    const QByteArray caFile = settings.caFile.toLocal8Bit();

    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return failure(Text::tr("The network library could not be initialised"));
    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, urlBytes.constData());
    // Signals are not thread-safe; without this a resolver timeout would use SIGALRM.
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, rcpt.get());
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, readCallback);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(mime.size()));
    curl_easy_setopt(handle, CURLOPT_USE_SSL,
                     settings.security == SmtpSecurity::StartTls ? long(CURLUSESSL_ALL)
                                                                 : long(CURLUSESSL_NONE));
    if (!user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }
    if (!caFile.isEmpty())
        curl_easy_setopt(handle, CURLOPT_CAINFO, caFile.constData());
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, settings.verifyPeer ? 1L : 0L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, settings.verifyPeer ? 2L : 0L);
    // No overall limit: a large attachment on a slow line may take long, but a silent server or a
    // stalled upload ends the attempt after the timeout.
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, long(timeout));
    curl_easy_setopt(handle, CURLOPT_SERVER_RESPONSE_TIMEOUT, long(timeout));
    curl_easy_setopt(handle, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(handle, CURLOPT_LOW_SPEED_TIME, long(timeout));
    // The debug callback is how the server's replies reach the send log; libcurl calls it only
    // in verbose mode, and with the callback set nothing is printed.
    curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, debugCallback);
    curl_easy_setopt(handle, CURLOPT_DEBUGDATA, &transcript);
    curl_easy_setopt(handle, CURLOPT_VERBOSE, 1L);

    const CURLcode code = curl_easy_perform(handle);
    long osErrno = 0;
    curl_easy_getinfo(handle, CURLINFO_OS_ERRNO, &osErrno);
    curl.reset();

    SendResult result;
    result.at = QDateTime::currentDateTime();
    const Reply *reply = transcript.lastReply();
    if (reply)
        result.serverReply = reply->lines.join(u'\n');
    if (code == CURLE_OK) {
        result.accepted = true;
        return result;
    }
    const QString detail = QString::fromUtf8(errorBuffer).trimmed();
    result.error =
        errorMessage(code, settings, reply,
                     detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : detail, osErrno);
    return result;
}

} // namespace kaishu::mail
