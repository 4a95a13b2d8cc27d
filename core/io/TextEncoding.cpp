#include "TextEncoding.h"

#include <QCoreApplication>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>

namespace kaishu::io {

namespace {

struct TextEncodingText
{
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)
};

constexpr char Utf8Bom[] = "\xEF\xBB\xBF";
constexpr qsizetype Utf8BomSize = 3;

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

const char *icuName(TextEncoding encoding)
{
    // windows-31j is ICU's alias for ibm-943_P15A-2003, the CP932 table with the NEC and IBM rows.
    return encoding == TextEncoding::ShiftJis ? "windows-31j" : "UTF-8";
}

QString displayName(TextEncoding encoding)
{
    return encoding == TextEncoding::ShiftJis ? QStringLiteral("Shift_JIS (CP932)") : QStringLiteral("UTF-8");
}

// A converter that stops at the first invalid or unmapped sequence instead of substituting.
Converter openStrictConverter(TextEncoding encoding, QString *error)
{
    UErrorCode status = U_ZERO_ERROR;
    Converter converter(ucnv_open(icuName(encoding), &status));
    if (U_FAILURE(status) || !converter) {
        if (error)
            *error = TextEncodingText::tr("no converter for %1 (%2)")
                         .arg(displayName(encoding), QString::fromLatin1(u_errorName(status)));
        return nullptr;
    }
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    // Only round-trip mappings: a "best fit" (e.g. ¥ written as 0x5C, which reads back as "\") would
    // silently change the text.
    ucnv_setFallback(converter.get(), false);
    if (U_FAILURE(status)) {
        if (error)
            *error = QString::fromLatin1(u_errorName(status));
        return nullptr;
    }
    return converter;
}

bool hasUtf8Bom(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayView(Utf8Bom, Utf8BomSize));
}

QString hexBytes(const char *bytes, int8_t length)
{
    QStringList parts;
    for (int8_t i = 0; i < length; ++i)
        parts << QStringLiteral("%1").arg(static_cast<uchar>(bytes[i]), 2, 16, QLatin1Char('0')).toUpper();
    return parts.join(u' ');
}

} // namespace

QString toCode(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case TextEncoding::ShiftJis:
        return QStringLiteral("shift_jis");
    }
    return {};
}

std::optional<TextEncoding> textEncodingFromCode(const QString &text)
{
    const QString name = text.trimmed().toLower();
    for (TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::ShiftJis}) {
        if (name == toCode(encoding))
            return encoding;
    }
    if (name == u"utf8")
        return TextEncoding::Utf8;
    if (name == u"sjis" || name == u"cp932" || name == u"windows-31j" || name == u"ms932")
        return TextEncoding::ShiftJis;
    return std::nullopt;
}

TextEncoding detectEncoding(const QByteArray &bytes)
{
    if (hasUtf8Bom(bytes))
        return TextEncoding::Utf8Bom;
    if (decode(bytes, TextEncoding::Utf8))
        return TextEncoding::Utf8;
    return TextEncoding::ShiftJis;
}

std::optional<QString> decode(const QByteArray &bytes, TextEncoding encoding, QString *error)
{
    Converter converter = openStrictConverter(encoding, error);
    if (!converter)
        return std::nullopt;

    qsizetype start = 0;
    if (encoding != TextEncoding::ShiftJis && hasUtf8Bom(bytes))
        start = Utf8BomSize;

    // Neither UTF-8 nor CP932 yields more UTF-16 units than it has bytes.
    QString text(bytes.size() - start + 1, Qt::Uninitialized);
    UChar *const targetBegin = reinterpret_cast<UChar *>(text.data());
    UChar *target = targetBegin;
    const char *const sourceBegin = bytes.constData();
    const char *source = sourceBegin + start;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, targetBegin + text.size(), &source, sourceBegin + bytes.size(),
                   nullptr, true, &status);
    if (U_FAILURE(status)) {
        if (error) {
            char invalid[32] = {};
            int8_t invalidLength = sizeof invalid;
            UErrorCode invalidStatus = U_ZERO_ERROR;
            ucnv_getInvalidChars(converter.get(), invalid, &invalidLength, &invalidStatus);
            if (U_FAILURE(invalidStatus))
                invalidLength = 0;
            const qsizetype offset = (source - sourceBegin) - invalidLength;
            const qsizetype line = QByteArrayView(sourceBegin, offset).count('\n') + 1;
            *error =
                status == U_TRUNCATED_CHAR_FOUND
                    ? TextEncodingText::tr("the %1 text ends inside a character (bytes %2 at byte offset %3, "
                                           "line %4)")
                          .arg(displayName(encoding), hexBytes(invalid, invalidLength))
                          .arg(offset)
                          .arg(line)
                    : TextEncodingText::tr("invalid %1 bytes %2 at byte offset %3 (line %4)")
                          .arg(displayName(encoding), hexBytes(invalid, invalidLength))
                          .arg(offset)
                          .arg(line);
        }
        return std::nullopt;
    }
    text.truncate(target - targetBegin);
    return text;
}

std::optional<QByteArray> encode(const QString &text, TextEncoding encoding, QString *error)
{
    Converter converter = openStrictConverter(encoding, error);
    if (!converter)
        return std::nullopt;

    const qsizetype prefix = encoding == TextEncoding::Utf8Bom ? Utf8BomSize : 0;
    const auto capacity = UCNV_GET_MAX_BYTES_FOR_STRING(text.size(), ucnv_getMaxCharSize(converter.get()));
    QByteArray bytes(prefix + capacity, Qt::Uninitialized);
    if (prefix > 0)
        std::copy(Utf8Bom, Utf8Bom + Utf8BomSize, bytes.data());
    char *const targetBegin = bytes.data();
    char *target = targetBegin + prefix;
    const UChar *const sourceBegin = reinterpret_cast<const UChar *>(text.utf16());
    const UChar *source = sourceBegin;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_fromUnicode(converter.get(), &target, targetBegin + bytes.size(), &source, sourceBegin + text.size(),
                     nullptr, true, &status);
    if (U_FAILURE(status)) {
        if (error) {
            UChar invalid[8] = {};
            int8_t invalidLength = 8;
            UErrorCode invalidStatus = U_ZERO_ERROR;
            ucnv_getInvalidUChars(converter.get(), invalid, &invalidLength, &invalidStatus);
            if (U_FAILURE(invalidStatus))
                invalidLength = 0;
            const qsizetype offset = (source - sourceBegin) - invalidLength;
            const QString character(reinterpret_cast<const QChar *>(invalid), invalidLength);
            const QStringView before = QStringView(text).left(offset);
            const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
            const qsizetype line = before.count(u'\n') + 1;
            // Columns count characters, so an emoji earlier on the line counts once.
            const qsizetype column = before.mid(lineStart).toUcs4().size() + 1;
            QString codePoints;
            for (qsizetype i = 0; i < character.size(); ++i) {
                char32_t c = character.at(i).unicode();
                if (character.at(i).isHighSurrogate() && i + 1 < character.size() &&
                    character.at(i + 1).isLowSurrogate()) {
                    c = QChar::surrogateToUcs4(character.at(i), character.at(i + 1));
                    ++i;
                }
                if (!codePoints.isEmpty())
                    codePoints += u' ';
                codePoints += QStringLiteral("U+") +
                              QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, u'0');
            }
            *error =
                TextEncodingText::tr("the character '%1' (%2) at line %3, column %4 cannot be written in %5")
                    .arg(character, codePoints)
                    .arg(line)
                    .arg(column)
                    .arg(displayName(encoding));
        }
        return std::nullopt;
    }
    bytes.truncate(target - targetBegin);
    return bytes;
}

} // namespace kaishu::io
