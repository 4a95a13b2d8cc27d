#include "MailMessage.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringView>

namespace kaishu::mail {

namespace {

// Messages for clerks, translated under one context per area (lupdate reads the declaration).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::mail)
};

// RFC 2047 asks lines holding encoded-words to stay within 76 characters; the same limit keeps
// every other folded header within RFC 5322's recommended 78.
constexpr qsizetype MaxHeaderLine = 76;
// Base64 line length of MIME (RFC 2045 §6.8).
constexpr qsizetype Base64LineLength = 76;
// "=?UTF-8?B?" + "?=".
constexpr int EncodedWordOverhead = 12;

bool isPrintableAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Line breaks or other controls in a name or subject would end the header early (header
// injection) or be shown as garbage: they become spaces.
QString withoutControls(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    return result;
}

// RFC 5322 atext plus the space: a display name made of these needs neither quotes nor encoding.
bool isAtomText(QStringView text)
{
    static const QByteArray specials = QByteArrayLiteral("!#$%&'*+-/=?^_`{|}~ ");
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (!alnum && (u > 0x7e || !specials.contains(char(u))))
            return false;
    }
    return true;
}

// The text of the code point starting at i (two QChars for a surrogate pair).
qsizetype codePointLength(QStringView text, qsizetype i)
{
    if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return 2;
    return 1;
}

QByteArray wrapBase64(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray wrapped;
    wrapped.reserve(encoded.size() + encoded.size() / Base64LineLength * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += Base64LineLength) {
        wrapped += encoded.mid(i, Base64LineLength);
        wrapped += "\r\n";
    }
    return wrapped;
}

QByteArray quoted(const QString &text)
{
    QByteArray result = "\"";
    for (char c : text.toLatin1()) {
        if (c == '"' || c == '\\')
            result += '\\';
        result += c;
    }
    result += '"';
    return result;
}

// Builds one header field, folding between tokens so that no line exceeds MaxHeaderLine (a single
// token longer than that, such as a long address, is left whole: RFC 5322 allows 998).
class HeaderField
{
public:
    explicit HeaderField(const char *name)
        : m_text(QByteArray(name) + ':')
    {}

    // Adds a token after a space, or at the start of a new line when it would not fit.
    void addToken(const QByteArray &token)
    {
        // An empty token (two spaces in a row) never folds: a line of only spaces is not allowed.
        if (m_lineHasToken && !token.isEmpty() && column() + 1 + token.size() > MaxHeaderLine)
            fold();
        else
            m_text += ' ';
        m_text += token;
        m_lineHasToken = true;
    }

    // Adds text to the previous token without a space (a comma or semicolon after an item).
    void append(const QByteArray &text) { m_text += text; }

    // Adds text as encoded-words, the first filling the current line when there is room; prefix
    // and suffix (such as the quotes of a parameter) stick to the first and the last word.
    void addEncoded(const QString &text, const QByteArray &prefix = {}, const QByteArray &suffix = {})
    {
        const qsizetype available = MaxHeaderLine - column() - 1 - prefix.size() - suffix.size();
        // Less room than a few characters' word: start on a new line instead of with a stub word.
        const bool foldFirst = m_lineHasToken && available < EncodedWordOverhead + 12;
        const qsizetype first = foldFirst ? MaxHeaderLine - 1 - prefix.size() - suffix.size() : available;
        const qsizetype rest = MaxHeaderLine - 1 - suffix.size();
        const QList<QByteArray> words =
            encodeWords(text, int(qMin<qsizetype>(75, first)), int(qMin<qsizetype>(75, rest)));
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (i > 0 || foldFirst)
                fold();
            else
                m_text += ' ';
            if (i == 0)
                m_text += prefix;
            m_text += words[i];
            if (i == words.size() - 1)
                m_text += suffix;
            m_lineHasToken = true;
        }
    }

    QByteArray text() const { return m_text + "\r\n"; }

private:
    qsizetype column() const { return m_text.size() - m_lineStart; }
    void fold()
    {
        m_text += "\r\n";
        m_lineStart = m_text.size();
        m_text += ' ';
    }

    QByteArray m_text;
    qsizetype m_lineStart = 0;
    bool m_lineHasToken = false;
};

void addPhrase(HeaderField &field, const QString &name)
{
    const QString clean = withoutControls(name).trimmed();
    if (clean.isEmpty())
        return;
    if (isAtomText(clean) && !clean.contains(QLatin1String("=?"))) {
        for (const QString &word : clean.split(u' ', Qt::SkipEmptyParts))
            field.addToken(word.toLatin1());
    } else if (isPrintableAscii(clean) && !clean.contains(QLatin1String("=?"))) {
        field.addToken(quoted(clean));
    } else {
        field.addEncoded(clean);
    }
}

QByteArray addressListField(const char *name, const QList<MailAddress> &addresses)
{
    HeaderField field(name);
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        addPhrase(field, addresses[i].displayName);
        field.addToken('<' + addresses[i].address.toLatin1() + '>');
        if (i + 1 < addresses.size())
            field.append(",");
    }
    return field.text();
}

QByteArray subjectField(const QString &subject)
{
    HeaderField field("Subject");
    const QString clean = withoutControls(subject);
    if (isPrintableAscii(clean) && !clean.contains(QLatin1String("=?"))) {
        // Split on single spaces so that folding (which unfolds to one space) keeps every space.
        const QStringList words = clean.split(u' ');
        for (const QString &word : words)
            field.addToken(word.toLatin1());
    } else if (!clean.isEmpty()) {
        field.addEncoded(clean);
    }
    return field.text();
}

// RFC 2231 attribute-char: everything else in a parameter value is written as %XX.
bool isAttributeChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$&+-.^_`|~").contains(c);
}

// filename*=UTF-8''… (RFC 2231), in numbered continuations when one line would be too long; the
// value is split between characters so every piece is valid UTF-8 on its own.
QList<QByteArray> rfc2231Parameters(const char *name, const QString &value)
{
    constexpr qsizetype MaxSegment = 56;
    QList<QByteArray> segments;
    QByteArray current = "UTF-8''";
    for (qsizetype i = 0; i < value.size();) {
        const qsizetype length = codePointLength(value, i);
        QByteArray piece;
        for (char c : QStringView(value).mid(i, length).toUtf8()) {
            if (isAttributeChar(c))
                piece += c;
            else
                piece += '%' + QByteArray::number(uchar(c), 16).toUpper().rightJustified(2, '0');
        }
        if (current.size() + piece.size() > MaxSegment && !current.isEmpty() && current != "UTF-8''") {
            segments.append(current);
            current.clear();
        }
        current += piece;
        i += length;
    }
    segments.append(current);
    QList<QByteArray> parameters;
    if (segments.size() == 1) {
        parameters.append(QByteArray(name) + "*=" + segments.first());
    } else {
        for (qsizetype i = 0; i < segments.size(); ++i)
            parameters.append(QByteArray(name) + '*' + QByteArray::number(i) + "*=" + segments[i]);
    }
    return parameters;
}

QByteArray attachmentHeaders(const MailAttachment &attachment)
{
    QString fileName = withoutControls(attachment.fileName).trimmed();
    if (fileName.isEmpty())
        fileName = QStringLiteral("attachment");
    QByteArray mimeType = attachment.mimeType.trimmed().toLower().toLatin1();
    static const auto isToken = [](QByteArrayView part) {
        if (part.isEmpty())
            return false;
        for (char c : part) {
            if (uchar(c) <= 0x20 || uchar(c) >= 0x7f || QByteArrayView("()<>@,;:\\\"/[]?=").contains(c))
                return false;
        }
        return true;
    };
    const qsizetype slash = mimeType.indexOf('/');
    if (slash < 0 || !isToken(QByteArrayView(mimeType).first(slash)) ||
        !isToken(QByteArrayView(mimeType).sliced(slash + 1)))
        mimeType = "application/octet-stream";

    // A plain ASCII name that fits is written as it is; any other name both as RFC 2231 (what
    // standard readers use) and as encoded-words in quotes (what Outlook and older readers show).
    const bool plain =
        isPrintableAscii(fileName) && !fileName.contains(QLatin1String("=?")) && fileName.size() <= 60;

    HeaderField type("Content-Type");
    type.addToken(mimeType + ';');
    HeaderField disposition("Content-Disposition");
    disposition.addToken("attachment;");
    if (plain) {
        type.addToken("name=" + quoted(fileName));
        disposition.addToken("filename=" + quoted(fileName));
    } else {
        type.addEncoded(fileName, "name=\"", "\"");
        disposition.addEncoded(fileName, "filename=\"", "\"");
        const QList<QByteArray> parameters = rfc2231Parameters("filename", fileName);
        for (const QByteArray &parameter : parameters) {
            disposition.append(";");
            disposition.addToken(parameter);
        }
    }
    return type.text() + disposition.text() + "Content-Transfer-Encoding: base64\r\n";
}

QByteArray canonicalBody(const QString &body)
{
    QString text = body;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    text.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    return text.toUtf8();
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.mid(at + 1);
}

QByteArray randomHex(int bytes)
{
    QByteArray random(bytes, '\0');
    QRandomGenerator *generator = QRandomGenerator::system();
    for (char &c : random)
        c = char(generator->bounded(256));
    return random.toHex();
}

} // namespace

QStringList MailMessage::recipientAddresses() const
{
    QStringList addresses;
    for (const QList<MailAddress> *list : {&to, &cc}) {
        for (const MailAddress &address : *list) {
            const QString trimmed = address.address.trimmed();
            if (!trimmed.isEmpty() && !addresses.contains(trimmed, Qt::CaseInsensitive))
                addresses.append(trimmed);
        }
    }
    return addresses;
}

bool isValidAddress(const QString &address)
{
    if (address.isEmpty() || address.size() > 254)
        return false;
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0 || at != address.lastIndexOf(u'@') || at == address.size() - 1 || at > 64)
        return false;
    for (QChar c : address) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u >= 0x7f || QStringView(u"<>()[],;:\\\"").contains(c))
            return false;
    }
    const QStringView domain = QStringView(address).sliced(at + 1);
    return !domain.startsWith(u'.') && !domain.endsWith(u'.') && !domain.contains(QLatin1String(".."));
}

QString validateMessage(const MailMessage &message)
{
    if (message.from.address.isEmpty())
        return Text::tr("no sender address");
    if (!isValidAddress(message.from.address))
        return Text::tr("invalid sender address: %1").arg(message.from.address);
    if (message.to.isEmpty())
        return Text::tr("no recipient");
    const QList<std::pair<QString, const QList<MailAddress> *>> lists = {{QStringLiteral("To"), &message.to},
                                                                         {QStringLiteral("Cc"), &message.cc}};
    for (const auto &[header, list] : lists) {
        for (const MailAddress &address : *list) {
            if (!isValidAddress(address.address))
                return Text::tr("invalid address in %1: %2").arg(header, address.address);
        }
    }
    if (!message.replyTo.isEmpty() && !isValidAddress(message.replyTo.address))
        return Text::tr("invalid address in Reply-To: %1").arg(message.replyTo.address);
    for (const MailAttachment &attachment : message.attachments) {
        if (attachment.fileName.trimmed().isEmpty())
            return Text::tr("an attachment has no file name");
    }
    return {};
}

QString makeMessageId(const QString &domain)
{
    QString host = domain.trimmed();
    if (host.isEmpty() || !isValidAddress(QStringLiteral("x@") + host))
        host = QStringLiteral("localhost");
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
    return u'<' + stamp + u'.' + QString::fromLatin1(randomHex(12)) + u'@' + host + u'>';
}

QByteArray formatMailDate(const QDateTime &date)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime when = date.isValid() ? date : QDateTime::currentDateTime();
    const QDate day = when.date();
    const QTime time = when.time();
    const int offsetMinutes = when.offsetFromUtc() / 60;
    const int absolute = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    return QByteArray(days[day.dayOfWeek() - 1]) + ", " +
           QByteArray::number(day.day()).rightJustified(2, '0') + ' ' + months[day.month() - 1] + ' ' +
           QByteArray::number(day.year()).rightJustified(4, '0') + ' ' +
           QByteArray::number(time.hour()).rightJustified(2, '0') + ':' +
           QByteArray::number(time.minute()).rightJustified(2, '0') + ':' +
           QByteArray::number(time.second()).rightJustified(2, '0') + ' ' + (offsetMinutes < 0 ? '-' : '+') +
           QByteArray::number(absolute / 60).rightJustified(2, '0') +
           QByteArray::number(absolute % 60).rightJustified(2, '0');
}

QList<QByteArray> encodeWords(const QString &text, int firstMaxLength, int maxLength)
{
    // Base64 turns 3 bytes into 4 characters; a word holds whole 3-byte groups so that no padding
    // sits in the middle of the text.
    const auto bytesFor = [](int length) {
        return qsizetype(qMax(0, (length - EncodedWordOverhead) / 4) * 3);
    };
    QList<QByteArray> words;
    QByteArray current;
    qsizetype allowed = bytesFor(firstMaxLength);
    const auto flush = [&] {
        words.append("=?UTF-8?B?" + current.toBase64() + "?=");
        current.clear();
        allowed = bytesFor(maxLength);
    };
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = codePointLength(text, i);
        const QByteArray bytes = QStringView(text).mid(i, length).toUtf8();
        // A word always takes at least one character, however small the room.
        if (!current.isEmpty() && current.size() + bytes.size() > allowed)
            flush();
        current += bytes;
        i += length;
    }
    if (!current.isEmpty())
        flush();
    return words;
}

QByteArray toMime(const MailMessage &message, const QDateTime &date, const QString &messageIdDomain)
{
    QByteArray mime;
    mime += "Date: " + formatMailDate(date) + "\r\n";
    mime += addressListField("From", {message.from});
    mime += addressListField("To", message.to);
    if (!message.cc.isEmpty())
        mime += addressListField("Cc", message.cc);
    if (!message.replyTo.isEmpty())
        mime += addressListField("Reply-To", {message.replyTo});
    mime += subjectField(message.subject);
    QString messageId = message.messageId;
    if (messageId.isEmpty())
        messageId =
            makeMessageId(messageIdDomain.isEmpty() ? domainOf(message.from.address) : messageIdDomain);
    mime += "Message-ID: " + withoutControls(messageId).toLatin1() + "\r\n";
    mime += "MIME-Version: 1.0\r\n";

    const QByteArray textHeaders = "Content-Type: text/plain; charset=UTF-8\r\n"
                                   "Content-Transfer-Encoding: base64\r\n";
    const QByteArray body = wrapBase64(canonicalBody(message.body));
    if (message.attachments.isEmpty()) {
        mime += textHeaders + "\r\n" + body;
        return mime;
    }

    // "=_" cannot occur in base64 or quoted-printable text, and every part here is base64, so
    // the boundary can never be mistaken for content; the random part keeps it unique when the
    // message is later forwarded inside another.
    const QByteArray boundary = "=_kaishu_" + randomHex(12);
    mime += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    mime += "This is a multi-part message in MIME format.\r\n";
    mime += "--" + boundary + "\r\n" + textHeaders + "\r\n" + body;
    for (const MailAttachment &attachment : message.attachments) {
        mime += "--" + boundary + "\r\n";
        mime += attachmentHeaders(attachment) + "\r\n";
        mime += wrapBase64(attachment.data);
    }
    mime += "--" + boundary + "--\r\n";
    return mime;
}

} // namespace kaishu::mail
