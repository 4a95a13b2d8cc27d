#include "SmtpSink.h"
#include "mail/MailMessage.h"
#include "mail/MailTemplate.h"
#include "mail/SmtpSender.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kaishu::mail;
using kaishu::tests::pythonWithAiosmtpd;
using kaishu::tests::Received;
using kaishu::tests::SmtpSink;

namespace {

const QString InvoiceFileName = QStringLiteral("請求書_C001-2026-000001.pdf");

// ---- An independent reading of the MIME: Python's email package ------------------------------

const char *const EmailParser = R"PY(
import base64, email, email.policy, json, sys
m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)
def addresses(name):
    header = m[name]
    return [] if header is None else [[a.display_name, a.addr_spec] for a in header.addresses]
defects, parts = [], []
for part in m.walk():
    defects += [str(d) for d in part.defects]
    for key, value in part.items():
        defects += [key + ': ' + str(d) for d in getattr(value, 'defects', ())]
    if part.is_multipart():
        continue
    parts.append({'type': part.get_content_type(), 'charset': part.get_content_charset(),
                  'disposition': part.get_content_disposition(), 'filename': part.get_filename(),
                  'text': part.get_content() if part.get_content_maintype() == 'text' else None,
                  'data': base64.b64encode(part.get_payload(decode=True)).decode()})
print(json.dumps({'subject': m['subject'], 'from': addresses('from'), 'to': addresses('to'),
                  'cc': addresses('cc'), 'reply_to': addresses('reply-to'),
                  'date': m['date'].datetime.isoformat() if m['date'] else None,
                  'message_id': m['message-id'], 'mime_version': m['mime-version'],
                  'type': m.get_content_type(), 'defects': defects, 'parts': parts}))
)PY";

// The message as Python's email package (policy.default) reads it; an empty object on failure.
QJsonObject parseWithPython(const QByteArray &mime, QString *error)
{
    QString tried;
    const QString python = pythonWithAiosmtpd(&tried);
    if (python.isEmpty()) {
        *error =
            QStringLiteral("python3-aiosmtpd is missing: install it with apt-get install python3-aiosmtpd");
        return {};
    }
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("message.eml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(mime) != mime.size()) {
        *error = QStringLiteral("cannot write %1").arg(file.fileName());
        return {};
    }
    file.close();
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QString::fromUtf8(EmailParser), file.fileName()});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = QStringLiteral("the Python e-mail parser failed: %1")
                     .arg(QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

// ---- Our own reading of the MIME, for the limits Python does not check ------------------------

// What Python's strict parser reports beyond the defects we accept on purpose: the encoded-word
// file name fallback (name="=?UTF-8?B?…?=", what Outlook and Gmail write and read) is not RFC 2047
// inside a quoted string, and filename= beside filename*= is a "duplicate" to it; Python then uses
// the RFC 2231 value, as the test checks. Anything else, in any header or part, is a failure.
QStringList unexpectedDefects(const QJsonObject &parsed)
{
    static const QStringList accepted = {QStringLiteral("encoded word inside quoted string"),
                                         QStringLiteral("missing trailing whitespace after encoded-word"),
                                         QStringLiteral("duplicate parameter name; duplicate(s) ignored")};
    QStringList unexpected;
    for (const QJsonValue &value : parsed.value(QLatin1String("defects")).toArray()) {
        const QString defect = value.toString();
        const bool parameterHeader = defect.startsWith(QLatin1String("Content-Type: ")) ||
                                     defect.startsWith(QLatin1String("Content-Disposition: "));
        if (!parameterHeader || !accepted.contains(defect.mid(defect.indexOf(u':') + 2)))
            unexpected.append(defect);
    }
    return unexpected;
}

QList<QByteArray> crlfLines(const QByteArray &mime)
{
    QList<QByteArray> lines = mime.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines)
        if (line.endsWith('\r'))
            line.chop(1); // bare LF and CR are found by checkLineEnds()
    return lines;
}

// Every line ends in CRLF: no bare LF, no bare CR, and the last line is terminated.
bool checkLineEnds(const QByteArray &mime, QString *error)
{
    for (qsizetype i = 0; i < mime.size(); ++i) {
        if (mime[i] == '\n' && (i == 0 || mime[i - 1] != '\r')) {
            *error = QStringLiteral("bare LF at byte %1").arg(i);
            return false;
        }
        if (mime[i] == '\r' && (i + 1 == mime.size() || mime[i + 1] != '\n')) {
            *error = QStringLiteral("bare CR at byte %1").arg(i);
            return false;
        }
    }
    if (!mime.endsWith("\r\n")) {
        *error = QStringLiteral("the message does not end in CRLF");
        return false;
    }
    return true;
}

QByteArray headerBlock(const QByteArray &entity)
{
    return entity.left(entity.indexOf("\r\n\r\n") + 2);
}

QByteArray bodyOf(const QByteArray &entity)
{
    return entity.mid(entity.indexOf("\r\n\r\n") + 4);
}

// The unfolded value of a header (folding CRLF removed, the space kept).
QByteArray headerValue(const QByteArray &headers, const QByteArray &name)
{
    const QList<QByteArray> lines = crlfLines(headers);
    QByteArray value;
    bool inside = false;
    for (const QByteArray &line : lines) {
        if (inside && (line.startsWith(' ') || line.startsWith('\t'))) {
            value += line;
            continue;
        }
        if (inside)
            break;
        if (line.toLower().startsWith(name.toLower() + ':')) {
            value = line.mid(name.size() + 1);
            inside = true;
        }
    }
    return value.trimmed();
}

const QRegularExpression &encodedWordPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=)"));
    return pattern;
}

// Decoded bytes of one encoded-word's base64, checked to be whole UTF-8 on its own.
bool wordIsWholeUtf8(const QByteArray &word)
{
    const QRegularExpressionMatch match = encodedWordPattern().match(QString::fromLatin1(word));
    if (!match.hasMatch() || match.capturedLength(0) != word.size())
        return false;
    const QByteArray bytes = QByteArray::fromBase64(match.captured(1).toLatin1());
    const QString text = QString::fromUtf8(bytes);
    return !text.contains(QChar::ReplacementCharacter) && text.toUtf8() == bytes;
}

// The text of a header made of encoded-words (adjacent words joined, as RFC 2047 §6.2 says).
QString decodeWords(const QByteArray &value)
{
    QByteArray bytes;
    QRegularExpressionMatchIterator it = encodedWordPattern().globalMatch(QString::fromLatin1(value));
    while (it.hasNext())
        bytes += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return QString::fromUtf8(bytes);
}

// The parts of a multipart/mixed message, split on its boundary.
QList<QByteArray> partsOf(const QByteArray &mime)
{
    const QByteArray type = headerValue(headerBlock(mime), "Content-Type");
    const qsizetype start = type.indexOf("boundary=\"") + 10;
    const QByteArray boundary = "\r\n--" + type.mid(start, type.indexOf('"', start) - start);
    QList<QByteArray> parts;
    qsizetype position = mime.indexOf(boundary);
    while (position >= 0) {
        const qsizetype begin = position + boundary.size();
        if (mime.mid(begin, 2) == "--")
            break;
        const qsizetype next = mime.indexOf(boundary, begin);
        parts.append(mime.mid(begin + 2, (next < 0 ? mime.size() : next) - begin - 2));
        position = next;
    }
    return parts;
}

// Base64 body lines of 76 characters (the last may be shorter), and the bytes they hold.
QByteArray checkedBase64(const QByteArray &body, QString *error)
{
    const QList<QByteArray> lines = crlfLines(body);
    static const QRegularExpression alphabet(QStringLiteral("^[A-Za-z0-9+/=]*$"));
    QByteArray joined;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].size() > 76 || (i + 1 < lines.size() && lines[i].size() != 76)) {
            *error = QStringLiteral("base64 line %1 has %2 characters").arg(i + 1).arg(lines[i].size());
            return {};
        }
        if (!alphabet.match(QString::fromLatin1(lines[i])).hasMatch()) {
            *error = QStringLiteral("base64 line %1 holds other characters").arg(i + 1);
            return {};
        }
        joined += lines[i];
    }
    return QByteArray::fromBase64(joined);
}

QByteArray fakePdf(qsizetype size)
{
    // Fixed seed: the same bytes each run. Lines that look like the SMTP end of data sit inside,
    // though base64 keeps them from reaching the wire as such.
    QRandomGenerator generator(20260303);
    QByteArray data = "%PDF-1.7\n";
    while (data.size() < size)
        data += char(generator.bounded(256));
    data += "\r\n.\r\n..\r\n%%EOF\n";
    return data;
}

MailMessage invoiceMessage()
{
    MailMessage message;
    message.from = {QStringLiteral("seikyu@kaishu-agency.example"),
                    QStringLiteral("回収代行株式会社 請求係")};
    message.to = {
        {QStringLiteral("keiri@yamada-shoji.example"), QStringLiteral("山田商事株式会社 経理部 御中")},
        {QStringLiteral("tanaka@yamada-shoji.example"), QStringLiteral("田中 一郎")}};
    message.cc = {{QStringLiteral("archive@kaishu-agency.example"), QString()}};
    message.replyTo = {QStringLiteral("support@kaishu-agency.example"),
                       QStringLiteral("回収代行 サポート窓口")};
    message.subject = QStringLiteral("【請求書送付】C001-2026-000001 山田商事株式会社様 2026年3月分のご請求"
                                     "（お支払期日：2026年4月30日）🙇");
    message.body = QStringLiteral("山田商事株式会社\n経理部 御中\n\nいつもお世話になっております。\n"
                                  "2026年3月分の請求書（C001-2026-000001）をお送りいたします。\n"
                                  "ご請求金額：¥1,234,567（税込）\n.\n..ドットで始まる行\nFrom 行もそのまま\n"
                                  "お支払期日：2026年4月30日\n\n回収代行株式会社 請求係\n");
    message.attachments = {{InvoiceFileName, QStringLiteral("application/pdf"), fakePdf(20000)},
                           {QStringLiteral("明細.csv"), QStringLiteral("text/csv"),
                            QStringLiteral("品名,金額\r\n顧問料,100000\r\n").toUtf8()}};
    return message;
}

QString normalised(QString text)
{
    return text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

QDateTime tokyoDate()
{
    return QDateTime(QDate(2026, 3, 3), QTime(10, 15, 0), QTimeZone(9 * 3600));
}

QStringList names(const QJsonArray &addresses)
{
    QStringList result;
    for (const QJsonValue &pair : addresses)
        result.append(pair.toArray().at(0).toString() + u'|' + pair.toArray().at(1).toString());
    return result;
}

} // namespace

class TestMail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // toMime and its pieces
    void encodeWords_data();
    void encodeWords();
    void encodeWordsGivesEachWordOneCharacterAtLeast();
    void mimeLinesAreCrlfAndShort();
    void mimeHeadersDecode();
    void mimeAttachmentsRoundTrip();
    void mimeReadByPython();
    void plainMessageHasNoMultipart();
    void asciiHeadersStayReadable();
    void dateIsEnglishWhateverTheLocale();
    void headerInjectionIsDefused();
    void validation();

    // templates
    void expandPlaceholders_data();
    void expandPlaceholders();
    void templateNamesThePart();
    void placeholdersInTemplate();

    // SMTP against a real server on loopback
    void deliversJapaneseInvoice();
    void libcurlDotStuffs();
    void authenticates();
    void wrongPasswordIsReported();
    void missingCredentialsAreReported();
    void startTlsDelivers();
    void untrustedCertificateIsRefused();
    void startTlsNotOfferedIsRefused();
    void implicitTlsDelivers();
    void rejectedRecipientIsNotAccepted();
    void closedPortFailsQuickly();
    void invalidMessageIsNotSent();
    void securityCodes();

private:
    SmtpSettings settingsFor(int port, SmtpSecurity security = SmtpSecurity::None) const;

    QTemporaryDir m_tlsDir;
    QString m_certificate;
    QString m_key;
    QString m_tlsError;
};

void TestMail::initTestCase()
{
    // A self-signed certificate for 127.0.0.1, made fresh for this run: no key is kept anywhere.
    QVERIFY(m_tlsDir.isValid());
    m_certificate = m_tlsDir.filePath(QStringLiteral("cert.pem"));
    m_key = m_tlsDir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_certificate, QStringLiteral("-days"),
         QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
         QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0 || !QFile::exists(m_certificate))
        m_tlsError = QStringLiteral("openssl could not make a test certificate: %1 %2")
                         .arg(openssl.errorString(), QString::fromUtf8(openssl.readAllStandardError()));
}

SmtpSettings TestMail::settingsFor(int port, SmtpSecurity security) const
{
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = security;
    settings.timeoutSeconds = 20;
    settings.fromAddress = QStringLiteral("seikyu@kaishu-agency.example");
    settings.fromName = QStringLiteral("回収代行株式会社 請求係");
    return settings;
}

void TestMail::encodeWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("first");

    const QString japanese =
        QStringLiteral("【請求書送付】山田商事株式会社様 2026年3月分のご請求（お支払期日：2026年4月30日）");
    QTest::newRow("japanese, full words") << japanese << 75;
    QTest::newRow("japanese, short first word") << japanese << 30;
    // 4-byte characters (surrogate pairs in UTF-16) at every offset against the 45-byte word.
    QTest::newRow("emoji") << QStringLiteral("🙇").repeated(40) << 75;
    QTest::newRow("emoji shifted") << (QStringLiteral("ab") + QStringLiteral("🙇𠮷").repeated(20)) << 40;
    QTest::newRow("mixed widths") << QStringLiteral("aé請🙇").repeated(25) << 67;
    QTest::newRow("ascii") << QStringLiteral("x").repeated(200) << 75;
    QTest::newRow("half-width kana") << QStringLiteral("ｾｲｷｭｳｼｮ").repeated(10) << 50;
}

void TestMail::encodeWords()
{
    QFETCH(QString, text);
    QFETCH(int, first);
    const QList<QByteArray> words = kaishu::mail::encodeWords(text, first, 75);
    QVERIFY(!words.isEmpty());
    QString joined;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray &word = words[i];
        QVERIFY2(word.size() <= (i == 0 ? first : 75), word.constData());
        QVERIFY2(wordIsWholeUtf8(word), word.constData());
        joined += decodeWords(word);
    }
    QCOMPARE(joined, text);
    // Full words are used: splitting more often than needed would also be within the limits, but
    // it would waste header lines; every word but the last is at least 60 characters here.
    for (qsizetype i = 1; i + 1 < words.size(); ++i)
        QVERIFY2(words[i].size() >= 60, words[i].constData());
}

void TestMail::encodeWordsGivesEachWordOneCharacterAtLeast()
{
    const QList<QByteArray> words = kaishu::mail::encodeWords(QStringLiteral("🙇請"), 5, 75);
    QCOMPARE(words.size(), 2);
    QCOMPARE(decodeWords(words[0]), QStringLiteral("🙇"));
    QCOMPARE(decodeWords(words[1]), QStringLiteral("請"));
    QVERIFY(kaishu::mail::encodeWords(QString()).isEmpty());
}

void TestMail::mimeLinesAreCrlfAndShort()
{
    MailMessage message = invoiceMessage();
    message.attachments[0].fileName =
        QStringLiteral("請求書_C001-2026-000001_山田商事株式会社_経理部御中_2026年3月分_再発行.pdf");
    const QByteArray mime = toMime(message, tokyoDate(), QStringLiteral("kaishu-agency.example"));
    QString error;
    QVERIFY2(checkLineEnds(mime, &error), qPrintable(error));
    const QList<QByteArray> lines = crlfLines(mime);
    for (qsizetype i = 0; i < lines.size(); ++i)
        QVERIFY2(lines[i].size() <= 76,
                 qPrintable(QStringLiteral("line %1: %2").arg(i + 1).arg(QString::fromLatin1(lines[i]))));
    // Only ASCII on the wire: Japanese travels in encoded-words, RFC 2231 and base64.
    for (char c : mime)
        QVERIFY(uchar(c) < 0x80);
    // Every encoded-word in the headers, of any part, is at most 75 characters and whole UTF-8.
    QRegularExpressionMatchIterator it = encodedWordPattern().globalMatch(QString::fromLatin1(mime));
    int count = 0;
    while (it.hasNext()) {
        const QByteArray word = it.next().captured(0).toLatin1();
        QVERIFY2(word.size() <= 75, word.constData());
        QVERIFY2(wordIsWholeUtf8(word), word.constData());
        ++count;
    }
    QVERIFY(count > 10);
}

void TestMail::mimeHeadersDecode()
{
    const MailMessage message = invoiceMessage();
    const QByteArray mime = toMime(message, tokyoDate(), QStringLiteral("kaishu-agency.example"));
    const QByteArray headers = headerBlock(mime);
    QCOMPARE(decodeWords(headerValue(headers, "Subject")), message.subject);
    QCOMPARE(headerValue(headers, "Date"), QByteArray("Tue, 03 Mar 2026 10:15:00 +0900"));
    QCOMPARE(headerValue(headers, "MIME-Version"), QByteArray("1.0"));
    QVERIFY(QRegularExpression(QStringLiteral(R"(^<\d{8}T\d{6}\.[0-9a-f]{24}@kaishu-agency\.example>$)"))
                .match(QString::fromLatin1(headerValue(headers, "Message-ID")))
                .hasMatch());
    const QByteArray from = headerValue(headers, "From");
    QVERIFY(from.endsWith(" <seikyu@kaishu-agency.example>"));
    QCOMPARE(decodeWords(from), message.from.displayName);
    const QByteArray to = headerValue(headers, "To");
    QVERIFY(to.contains("<keiri@yamada-shoji.example>,"));
    QVERIFY(to.endsWith("<tanaka@yamada-shoji.example>"));
    QCOMPARE(headerValue(headers, "Cc"), QByteArray("<archive@kaishu-agency.example>"));
    QCOMPARE(decodeWords(headerValue(headers, "Reply-To")), message.replyTo.displayName);
    QVERIFY(headerValue(headers, "Content-Type").startsWith("multipart/mixed; boundary=\"=_kaishu_"));

    // A Message-ID given in advance is the one sent.
    MailMessage withId = message;
    withId.messageId = QStringLiteral("<fixed.1@kaishu-agency.example>");
    QCOMPARE(headerValue(headerBlock(toMime(withId, tokyoDate(), QString())), "Message-ID"),
             QByteArray("<fixed.1@kaishu-agency.example>"));
    // Without a domain, the sender's.
    QVERIFY(headerValue(headerBlock(toMime(message, tokyoDate(), QString())), "Message-ID")
                .endsWith("@kaishu-agency.example>"));
}

void TestMail::mimeAttachmentsRoundTrip()
{
    const MailMessage message = invoiceMessage();
    const QByteArray mime = toMime(message, tokyoDate(), QStringLiteral("kaishu-agency.example"));
    const QList<QByteArray> parts = partsOf(mime);
    QCOMPARE(parts.size(), 3);
    QVERIFY(mime.endsWith("--\r\n"));

    QString error;
    QCOMPARE(headerValue(headerBlock(parts[0]), "Content-Type"), QByteArray("text/plain; charset=UTF-8"));
    QCOMPARE(headerValue(headerBlock(parts[0]), "Content-Transfer-Encoding"), QByteArray("base64"));
    const QByteArray text = checkedBase64(bodyOf(parts[0]), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(QString::fromUtf8(text),
             QString(message.body).replace(QLatin1String("\n"), QLatin1String("\r\n")));

    for (int i = 0; i < 2; ++i) {
        const MailAttachment &attachment = message.attachments[i];
        const QByteArray headers = headerBlock(parts[i + 1]);
        QVERIFY(headerValue(headers, "Content-Type")
                    .startsWith(attachment.mimeType.toLatin1() + "; name=\"=?UTF-8?B?"));
        const QByteArray disposition = headerValue(headers, "Content-Disposition");
        QVERIFY(disposition.startsWith("attachment;"));
        // RFC 2231: filename*=UTF-8''<percent-encoded UTF-8>.
        const qsizetype star = disposition.indexOf("filename*=UTF-8''");
        QVERIFY2(star > 0, disposition.constData());
        QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(disposition.mid(star + 17))),
                 attachment.fileName);
        // The encoded-word fallback, for readers that ignore RFC 2231.
        const qsizetype plain = disposition.indexOf("filename=\"");
        QVERIFY(plain > 0);
        QCOMPARE(decodeWords(disposition.mid(plain, disposition.indexOf('"', plain + 10) - plain)),
                 attachment.fileName);
        QCOMPARE(checkedBase64(bodyOf(parts[i + 1]), &error), attachment.data);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Boundaries differ between messages.
    QVERIFY(headerValue(headerBlock(mime), "Content-Type") !=
            headerValue(headerBlock(toMime(message, tokyoDate(), QString())), "Content-Type"));
}

void TestMail::mimeReadByPython()
{
    MailMessage message = invoiceMessage();
    // A name long enough to need RFC 2231 continuations (filename*0*, filename*1*).
    message.attachments[1].fileName =
        QStringLiteral("山田商事株式会社_2026年3月分_ご請求明細_顧問料および事務手数料.csv");
    const QByteArray mime = toMime(message, tokyoDate(), QStringLiteral("kaishu-agency.example"));
    QVERIFY(mime.contains("filename*1*="));
    QString error;
    const QJsonObject parsed = parseWithPython(mime, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(unexpectedDefects(parsed), QStringList());
    QCOMPARE(parsed.value(QLatin1String("subject")).toString(), message.subject);
    QCOMPARE(names(parsed.value(QLatin1String("from")).toArray()),
             QStringList{message.from.displayName + QStringLiteral("|seikyu@kaishu-agency.example")});
    QCOMPARE(names(parsed.value(QLatin1String("to")).toArray()),
             (QStringList{QStringLiteral("山田商事株式会社 経理部 御中|keiri@yamada-shoji.example"),
                          QStringLiteral("田中 一郎|tanaka@yamada-shoji.example")}));
    QCOMPARE(names(parsed.value(QLatin1String("reply_to")).toArray()),
             QStringList{QStringLiteral("回収代行 サポート窓口|support@kaishu-agency.example")});
    QCOMPARE(parsed.value(QLatin1String("date")).toString(), QStringLiteral("2026-03-03T10:15:00+09:00"));
    QCOMPARE(parsed.value(QLatin1String("type")).toString(), QStringLiteral("multipart/mixed"));
    const QJsonArray parts = parsed.value(QLatin1String("parts")).toArray();
    QCOMPARE(parts.size(), 3);
    QCOMPARE(normalised(parts[0].toObject().value(QLatin1String("text")).toString()), message.body);
    QCOMPARE(parts[1].toObject().value(QLatin1String("filename")).toString(), InvoiceFileName);
    QCOMPARE(parts[2].toObject().value(QLatin1String("filename")).toString(),
             message.attachments[1].fileName);
    QCOMPARE(QByteArray::fromBase64(parts[1].toObject().value(QLatin1String("data")).toString().toLatin1()),
             message.attachments[0].data);
}

void TestMail::plainMessageHasNoMultipart()
{
    MailMessage message = invoiceMessage();
    message.attachments.clear();
    const QByteArray mime = toMime(message, tokyoDate(), QString());
    const QByteArray headers = headerBlock(mime);
    QCOMPARE(headerValue(headers, "Content-Type"), QByteArray("text/plain; charset=UTF-8"));
    QCOMPARE(headerValue(headers, "Content-Transfer-Encoding"), QByteArray("base64"));
    QString error;
    QCOMPARE(QString::fromUtf8(checkedBase64(bodyOf(mime), &error)),
             QString(message.body).replace(QLatin1String("\n"), QLatin1String("\r\n")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMail::asciiHeadersStayReadable()
{
    MailMessage message;
    message.from = {QStringLiteral("billing@agency.example"), QStringLiteral("Kaishu Billing")};
    message.to = {{QStringLiteral("ap@client.example"), QStringLiteral("Smith, John \"JJ\"")}};
    message.subject = QStringLiteral("Invoice C001-2026-000001  due 2026-04-30");
    message.attachments = {{QStringLiteral("invoice.pdf"), QString(), QByteArray("x")}};
    const QByteArray mime = toMime(message, tokyoDate(), QString());
    const QByteArray headers = headerBlock(mime);
    QCOMPARE(headerValue(headers, "Subject"), QByteArray("Invoice C001-2026-000001  due 2026-04-30"));
    QCOMPARE(headerValue(headers, "From"), QByteArray("Kaishu Billing <billing@agency.example>"));
    QCOMPARE(headerValue(headers, "To"), QByteArray("\"Smith, John \\\"JJ\\\"\" <ap@client.example>"));
    const QByteArray part = partsOf(mime).at(1);
    QCOMPARE(headerValue(headerBlock(part), "Content-Type"),
             QByteArray("application/octet-stream; name=\"invoice.pdf\""));
    QCOMPARE(headerValue(headerBlock(part), "Content-Disposition"),
             QByteArray("attachment; filename=\"invoice.pdf\""));

    // A long ASCII subject is folded at spaces, within 76 characters, and unfolds to the original.
    message.subject =
        QStringLiteral("Reminder: invoice C001-2026-000001 of 2026-03-03 is overdue since 2026-04-30, "
                       "please transfer the amount of JPY 1,234,567 within seven days");
    const QByteArray folded = headerBlock(toMime(message, tokyoDate(), QString()));
    QCOMPARE(QString::fromLatin1(headerValue(folded, "Subject")), message.subject);
    for (const QByteArray &line : crlfLines(folded))
        QVERIFY(line.size() <= 76);
}

void TestMail::dateIsEnglishWhateverTheLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    const QByteArray tokyo = formatMailDate(tokyoDate());
    const QByteArray newfoundland =
        formatMailDate(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), QTimeZone(-(3 * 3600 + 1800))));
    const QByteArray utc = formatMailDate(QDateTime(QDate(2027, 1, 4), QTime(0, 0, 7), QTimeZone::utc()));
    QLocale::setDefault(previous);
    QCOMPARE(tokyo, QByteArray("Tue, 03 Mar 2026 10:15:00 +0900"));
    QCOMPARE(newfoundland, QByteArray("Thu, 31 Dec 2026 23:59:59 -0330"));
    QCOMPARE(utc, QByteArray("Mon, 04 Jan 2027 00:00:07 +0000"));
}

void TestMail::headerInjectionIsDefused()
{
    MailMessage message = invoiceMessage();
    message.subject = QStringLiteral("Invoice\r\nBcc: thief@evil.example");
    message.to[0].displayName = QStringLiteral("Yamada\nBcc: thief@evil.example");
    const QByteArray mime = toMime(message, tokyoDate(), QString());
    QVERIFY(!mime.contains("\r\nBcc:"));
    QCOMPARE(headerValue(headerBlock(mime), "Subject"), QByteArray("Invoice  Bcc: thief@evil.example"));
}

void TestMail::validation()
{
    QVERIFY(isValidAddress(QStringLiteral("keiri@yamada-shoji.example")));
    QVERIFY(isValidAddress(QStringLiteral("first.last+invoice@sub.example.co.jp")));
    QVERIFY(!isValidAddress(QString()));
    QVERIFY(!isValidAddress(QStringLiteral("keiri")));
    QVERIFY(!isValidAddress(QStringLiteral("a@b@c.example")));
    QVERIFY(!isValidAddress(QStringLiteral("a@b.example, c@d.example")));
    QVERIFY(!isValidAddress(QStringLiteral("a@b.example\r\nRCPT TO:<c@d.example>")));
    QVERIFY(!isValidAddress(QStringLiteral("経理@yamada.example")));
    QVERIFY(!isValidAddress(QStringLiteral("a@.example")));
    QVERIFY(!isValidAddress(QStringLiteral("a@example..jp")));

    MailMessage message = invoiceMessage();
    QCOMPARE(validateMessage(message), QString());
    message.cc.append({QStringLiteral("broken address"), QString()});
    QCOMPARE(validateMessage(message), QStringLiteral("invalid address in Cc: broken address"));
    message.cc.clear();
    message.to.clear();
    QCOMPARE(validateMessage(message), QStringLiteral("no recipient"));
    QCOMPARE(invoiceMessage().recipientAddresses(),
             (QStringList{QStringLiteral("keiri@yamada-shoji.example"),
                          QStringLiteral("tanaka@yamada-shoji.example"),
                          QStringLiteral("archive@kaishu-agency.example")}));
}

void TestMail::expandPlaceholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("error");

    QTest::newRow("all")
        << QStringLiteral("{client}より{debtor}様へ: 請求書{number} ¥{amount} 期日{due_date}")
        << QStringLiteral(
               "回収代行より山田商事株式会社様へ: 請求書C001-2026-000001 ¥1,234,567 期日2026年4月30日")
        << QString();
    QTest::newRow("escaped braces") << QStringLiteral("{{number}} is {number}, }}{{")
                                    << QStringLiteral("{number} is C001-2026-000001, }{") << QString();
    QTest::newRow("placeholder in braces")
        << QStringLiteral("{{{number}}}") << QStringLiteral("{C001-2026-000001}") << QString();
    QTest::newRow("no placeholder") << QStringLiteral("ご確認ください。")
                                    << QStringLiteral("ご確認ください。") << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("unknown") << QStringLiteral("{debtor}様 {debtr}") << QString()
                             << QStringLiteral("unknown placeholder {debtr}");
    QTest::newRow("case matters") << QStringLiteral("{Number}") << QString()
                                  << QStringLiteral("unknown placeholder {Number}");
    QTest::newRow("unclosed") << QStringLiteral("請求書{number") << QString()
                              << QStringLiteral("'{' at position 4 is not closed (write {{ for a brace)");
    QTest::newRow("nested open") << QStringLiteral("{num{ber}") << QString()
                                 << QStringLiteral("'{' at position 1 is not closed (write {{ for a brace)");
    QTest::newRow("lone close") << QStringLiteral("金額} {amount}") << QString()
                                << QStringLiteral(
                                       "'}' at position 3 has no opening '{' (write }} for a brace)");
    QTest::newRow("empty placeholder")
        << QStringLiteral("a{}") << QString() << QStringLiteral("empty placeholder {} at position 2");
}

void TestMail::expandPlaceholders()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, error);
    const QHash<QString, QString> values = {{QStringLiteral("number"), QStringLiteral("C001-2026-000001")},
                                            {QStringLiteral("debtor"), QStringLiteral("山田商事株式会社")},
                                            {QStringLiteral("client"), QStringLiteral("回収代行")},
                                            {QStringLiteral("due_date"), QStringLiteral("2026年4月30日")},
                                            {QStringLiteral("amount"), QStringLiteral("1,234,567")}};
    QString actualError;
    const std::optional<QString> expanded = kaishu::mail::expandPlaceholders(text, values, &actualError);
    QCOMPARE(actualError, error);
    QCOMPARE(expanded.has_value(), error.isEmpty());
    if (expanded)
        QCOMPARE(*expanded, expected);
}

void TestMail::templateNamesThePart()
{
    const QHash<QString, QString> values = {{QStringLiteral("number"), QStringLiteral("C001-2026-000001")}};
    MailTemplate mailTemplate{QStringLiteral("請求書 {number}"), QStringLiteral("{debtor}様")};
    QString error;
    QVERIFY(!mailTemplate.expand(values, &error));
    QCOMPARE(error, QStringLiteral("body: unknown placeholder {debtor}"));
    mailTemplate.subject = QStringLiteral("請求書 {numbr}");
    QVERIFY(!mailTemplate.expand(values, &error));
    QCOMPARE(error, QStringLiteral("subject: unknown placeholder {numbr}"));
    mailTemplate = {QStringLiteral("請求書 {number}"), QStringLiteral("{{number}} = {number}")};
    const std::optional<MailTemplate> expanded = mailTemplate.expand(values, &error);
    QVERIFY(expanded);
    QCOMPARE(*expanded, (MailTemplate{QStringLiteral("請求書 C001-2026-000001"),
                                      QStringLiteral("{number} = C001-2026-000001")}));
}

void TestMail::placeholdersInTemplate()
{
    QCOMPARE(placeholdersIn(QStringLiteral("{debtor}様 {{x}} {number} {debtor}")),
             (QStringList{QStringLiteral("debtor"), QStringLiteral("number")}));
    QCOMPARE(standardPlaceholders(),
             (QStringList{QStringLiteral("number"), QStringLiteral("debtor"), QStringLiteral("client"),
                          QStringLiteral("due_date"), QStringLiteral("amount")}));
}

void TestMail::deliversJapaneseInvoice()
{
    SmtpSink sink;
    QString why;
    const bool started = sink.start({}, &why);
    QVERIFY2(started, qPrintable(why));

    const MailMessage message = invoiceMessage();
    const SendResult result = SmtpSender::send(settingsFor(sink.port()), message);
    QVERIFY2(result.accepted, qPrintable(result.error));
    QCOMPARE(result.error, QString());
    QCOMPARE(result.serverReply, QStringLiteral("250 2.0.0 Ok: queued as KAISHU001"));
    QVERIFY(qAbs(result.at.secsTo(QDateTime::currentDateTime())) < 60);
    QVERIFY(result.messageId.endsWith(QLatin1String("@kaishu-agency.example>")));

    const QList<Received> received = sink.messages();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].mailFrom, QStringLiteral("seikyu@kaishu-agency.example"));
    QCOMPARE(received[0].recipients, (QStringList{QStringLiteral("keiri@yamada-shoji.example"),
                                                  QStringLiteral("tanaka@yamada-shoji.example"),
                                                  QStringLiteral("archive@kaishu-agency.example")}));
    QVERIFY(!received[0].authenticated);
    QVERIFY(!received[0].tls);

    QString error;
    QVERIFY2(checkLineEnds(received[0].data, &error), qPrintable(error));
    const QJsonObject parsed = parseWithPython(received[0].data, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(unexpectedDefects(parsed), QStringList());
    QCOMPARE(parsed.value(QLatin1String("message_id")).toString(), result.messageId);
    QCOMPARE(parsed.value(QLatin1String("mime_version")).toString(), QStringLiteral("1.0"));
    QCOMPARE(parsed.value(QLatin1String("subject")).toString(), message.subject);
    QCOMPARE(names(parsed.value(QLatin1String("from")).toArray()),
             QStringList{QStringLiteral("回収代行株式会社 請求係|seikyu@kaishu-agency.example")});
    QCOMPARE(names(parsed.value(QLatin1String("to")).toArray()),
             (QStringList{QStringLiteral("山田商事株式会社 経理部 御中|keiri@yamada-shoji.example"),
                          QStringLiteral("田中 一郎|tanaka@yamada-shoji.example")}));
    QCOMPARE(names(parsed.value(QLatin1String("cc")).toArray()),
             QStringList{QStringLiteral("|archive@kaishu-agency.example")});
    QCOMPARE(parsed.value(QLatin1String("type")).toString(), QStringLiteral("multipart/mixed"));

    const QJsonArray parts = parsed.value(QLatin1String("parts")).toArray();
    QCOMPARE(parts.size(), 3);
    const QJsonObject text = parts[0].toObject();
    QCOMPARE(text.value(QLatin1String("type")).toString(), QStringLiteral("text/plain"));
    QCOMPARE(text.value(QLatin1String("charset")).toString(), QStringLiteral("utf-8"));
    QCOMPARE(normalised(text.value(QLatin1String("text")).toString()), message.body);
    const QJsonObject pdf = parts[1].toObject();
    QCOMPARE(pdf.value(QLatin1String("type")).toString(), QStringLiteral("application/pdf"));
    QCOMPARE(pdf.value(QLatin1String("disposition")).toString(), QStringLiteral("attachment"));
    QCOMPARE(pdf.value(QLatin1String("filename")).toString(), InvoiceFileName);
    QCOMPARE(QByteArray::fromBase64(pdf.value(QLatin1String("data")).toString().toLatin1()),
             message.attachments[0].data);
    const QJsonObject csv = parts[2].toObject();
    QCOMPARE(csv.value(QLatin1String("filename")).toString(), QStringLiteral("明細.csv"));
    QCOMPARE(QByteArray::fromBase64(csv.value(QLatin1String("data")).toString().toLatin1()),
             message.attachments[1].data);
}

void TestMail::libcurlDotStuffs()
{
    // libcurl doubles a dot at the start of a line of an SMTP upload and adds the final "." line
    // itself (RFC 5321 §4.5.2), so toMime must not: the server, which removes one dot again,
    // receives exactly the bytes we gave. Stuffing them ourselves too would corrupt such lines.
    SmtpSink sink;
    QString why;
    const bool started = sink.start({}, &why);
    QVERIFY2(started, qPrintable(why));
    const QByteArray raw = "From: <seikyu@kaishu-agency.example>\r\nTo: <keiri@yamada-shoji.example>\r\n"
                           "Subject: dots\r\n\r\nfirst\r\n.\r\n..two\r\n.leading\r\n. \r\n.\r\n\r\nlast\r\n";
    const SendResult result =
        SmtpSender::sendMime(settingsFor(sink.port()), QStringLiteral("seikyu@kaishu-agency.example"),
                             {QStringLiteral("keiri@yamada-shoji.example")}, raw);
    QVERIFY2(result.accepted, qPrintable(result.error));
    QCOMPARE(result.messageId, QString());
    const QList<Received> received = sink.messages();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].data, raw);
}

void TestMail::authenticates()
{
    SmtpSink sink;
    QString why;
    const bool started =
        sink.start({QStringLiteral("--auth"), QStringLiteral("kaishu:秘密-pass word")}, &why);
    QVERIFY2(started, qPrintable(why));
    SmtpSettings settings = settingsFor(sink.port());
    settings.userName = QStringLiteral("kaishu");
    settings.password = QStringLiteral("秘密-pass word");
    const SendResult result = SmtpSender::send(settings, invoiceMessage());
    QVERIFY2(result.accepted, qPrintable(result.error));
    const QList<Received> received = sink.messages();
    QCOMPARE(received.size(), 1);
    QVERIFY(received[0].authenticated);
    QCOMPARE(received[0].login, QStringLiteral("kaishu"));
}

void TestMail::wrongPasswordIsReported()
{
    SmtpSink sink;
    QString why;
    const bool started = sink.start({QStringLiteral("--auth"), QStringLiteral("kaishu:right")}, &why);
    QVERIFY2(started, qPrintable(why));
    SmtpSettings settings = settingsFor(sink.port());
    settings.userName = QStringLiteral("kaishu");
    settings.password = QStringLiteral("wrong-secret");
    const SendResult result = SmtpSender::send(settings, invoiceMessage());
    QVERIFY(!result.accepted);
    QCOMPARE(result.error,
             QStringLiteral(
                 "Authentication failed for user kaishu: 535 5.7.8 Authentication credentials invalid"));
    QCOMPARE(result.serverReply, QStringLiteral("535 5.7.8 Authentication credentials invalid"));
    QVERIFY(!result.error.contains(QLatin1String("wrong-secret")));
    QVERIFY(!result.serverReply.contains(QLatin1String("wrong-secret")));
    QVERIFY(sink.messages().isEmpty());
}

void TestMail::missingCredentialsAreReported()
{
    SmtpSink sink;
    QString why;
    const bool started = sink.start({QStringLiteral("--auth"), QStringLiteral("kaishu:right")}, &why);
    QVERIFY2(started, qPrintable(why));
    const SendResult result = SmtpSender::send(settingsFor(sink.port()), invoiceMessage());
    QVERIFY(!result.accepted);
    QVERIFY2(result.error.startsWith(QLatin1String("The mail server requires authentication")),
             qPrintable(result.error));
    QVERIFY2(result.serverReply.startsWith(QLatin1String("530")), qPrintable(result.serverReply));
    QVERIFY(sink.messages().isEmpty());
}

void TestMail::startTlsDelivers()
{
    QVERIFY2(m_tlsError.isEmpty(), qPrintable(m_tlsError));
    SmtpSink sink;
    QString why;
    // AUTH only after STARTTLS, as on a real submission port.
    const bool started = sink.start({QStringLiteral("--starttls"), m_certificate, m_key,
                                     QStringLiteral("--auth"), QStringLiteral("kaishu:secret")},
                                    &why);
    QVERIFY2(started, qPrintable(why));
    SmtpSettings settings = settingsFor(sink.port(), SmtpSecurity::StartTls);
    settings.userName = QStringLiteral("kaishu");
    settings.password = QStringLiteral("secret");
    settings.caFile = m_certificate;
    const SendResult verified = SmtpSender::send(settings, invoiceMessage());
    QVERIFY2(verified.accepted, qPrintable(verified.error));
    QCOMPARE(verified.serverReply, QStringLiteral("250 2.0.0 Ok: queued as KAISHU001"));

    // Without a CA file but with verification off (a test relay): still encrypted, still delivered.
    settings.caFile.clear();
    settings.verifyPeer = false;
    const SendResult unverified = SmtpSender::send(settings, invoiceMessage());
    QVERIFY2(unverified.accepted, qPrintable(unverified.error));

    const QList<Received> received = sink.messages();
    QCOMPARE(received.size(), 2);
    for (const Received &message : received) {
        QVERIFY(message.tls);
        QVERIFY(message.authenticated);
    }
    QString error;
    const QJsonObject parsed = parseWithPython(received[0].data, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(parsed.value(QLatin1String("subject")).toString(), invoiceMessage().subject);
}

void TestMail::untrustedCertificateIsRefused()
{
    QVERIFY2(m_tlsError.isEmpty(), qPrintable(m_tlsError));
    SmtpSink sink;
    QString why;
    const bool started = sink.start({QStringLiteral("--starttls"), m_certificate, m_key}, &why);
    QVERIFY2(started, qPrintable(why));
    // The system store does not trust a self-signed certificate made a second ago.
    const SendResult result =
        SmtpSender::send(settingsFor(sink.port(), SmtpSecurity::StartTls), invoiceMessage());
    QVERIFY(!result.accepted);
    QVERIFY2(result.error.contains(QLatin1String("certificate of the mail server 127.0.0.1 port")),
             qPrintable(result.error));
    QVERIFY(sink.messages().isEmpty());

    SmtpSettings missingCa = settingsFor(sink.port(), SmtpSecurity::StartTls);
    missingCa.caFile = QStringLiteral("/nonexistent/kaishu-ca.pem");
    const SendResult badFile = SmtpSender::send(missingCa, invoiceMessage());
    QVERIFY(!badFile.accepted);
    QVERIFY2(badFile.error.contains(QLatin1String("/nonexistent/kaishu-ca.pem")), qPrintable(badFile.error));
}

void TestMail::startTlsNotOfferedIsRefused()
{
    SmtpSink sink;
    QString why;
    const bool started = sink.start({}, &why);
    QVERIFY2(started, qPrintable(why));
    const SendResult result =
        SmtpSender::send(settingsFor(sink.port(), SmtpSecurity::StartTls), invoiceMessage());
    QVERIFY(!result.accepted);
    QVERIFY2(result.error.contains(QLatin1String("does not offer STARTTLS")), qPrintable(result.error));
    QVERIFY(sink.messages().isEmpty());
}

void TestMail::implicitTlsDelivers()
{
    QVERIFY2(m_tlsError.isEmpty(), qPrintable(m_tlsError));
    SmtpSink sink;
    QString why;
    const bool started = sink.start({QStringLiteral("--implicit-tls"), m_certificate, m_key}, &why);
    QVERIFY2(started, qPrintable(why));
    SmtpSettings settings = settingsFor(sink.port(), SmtpSecurity::ImplicitTls);
    settings.caFile = m_certificate;
    const SendResult result = SmtpSender::send(settings, invoiceMessage());
    QVERIFY2(result.accepted, qPrintable(result.error));
    const QList<Received> received = sink.messages();
    QCOMPARE(received.size(), 1);
    QVERIFY(received[0].tls);
}

void TestMail::rejectedRecipientIsNotAccepted()
{
    SmtpSink sink;
    QString why;
    const bool started = sink.start({}, &why);
    QVERIFY2(started, qPrintable(why));
    MailMessage message = invoiceMessage();
    message.cc = {{QStringLiteral("reject@yamada-shoji.example"), QStringLiteral("存在しない宛先")}};
    const SendResult result = SmtpSender::send(settingsFor(sink.port()), message);
    QVERIFY(!result.accepted);
    const QString reply = QStringLiteral("550 5.1.1 <reject@yamada-shoji.example>: Recipient address "
                                         "rejected: User unknown in local recipient table");
    QCOMPARE(result.serverReply, reply);
    QCOMPARE(result.error,
             QStringLiteral("Recipient reject@yamada-shoji.example rejected by the mail server: ") + reply);
    // Nobody got a partly addressed copy.
    QVERIFY(sink.messages().isEmpty());
}

void TestMail::closedPortFailsQuickly()
{
    // A port that was just free: take one from a server and stop it.
    int port = 0;
    {
        SmtpSink sink;
        QString why;
        const bool started = sink.start({}, &why);
        QVERIFY2(started, qPrintable(why));
        port = sink.port();
    }
    SmtpSettings settings = settingsFor(port);
    settings.timeoutSeconds = 30; // quickness must come from the refusal, not from the timeout
    QElapsedTimer timer;
    timer.start();
    const SendResult result = SmtpSender::send(settings, invoiceMessage());
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!result.accepted);
    QCOMPARE(result.serverReply, QString());
    QCOMPARE(
        result.error,
        QStringLiteral("Cannot connect to the mail server 127.0.0.1 port %1: Connection refused").arg(port));
    QVERIFY(result.at.isValid());
}

void TestMail::invalidMessageIsNotSent()
{
    MailMessage message = invoiceMessage();
    message.to.clear();
    message.cc.clear();
    const SendResult result = SmtpSender::send(settingsFor(1), message);
    QVERIFY(!result.accepted);
    QCOMPARE(result.error, QStringLiteral("no recipient"));

    SmtpSettings noHost = settingsFor(25);
    noHost.host.clear();
    QCOMPARE(SmtpSender::send(noHost, invoiceMessage()).error, QStringLiteral("No mail server is set"));
}

void TestMail::securityCodes()
{
    for (SmtpSecurity security : {SmtpSecurity::None, SmtpSecurity::StartTls, SmtpSecurity::ImplicitTls})
        QCOMPARE(smtpSecurityFromCode(toCode(security)), std::optional<SmtpSecurity>(security));
    QCOMPARE(smtpSecurityFromCode(QStringLiteral("ssl")), std::optional<SmtpSecurity>());
    QCOMPARE(defaultPort(SmtpSecurity::StartTls), 587);
    QCOMPARE(defaultPort(SmtpSecurity::ImplicitTls), 465);
}

QTEST_GUILESS_MAIN(TestMail)
#include "tst_mail.moc"
