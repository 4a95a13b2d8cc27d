#include "ZenginLayout.h"

#include <unicode/ucnv.h>

#include <memory>

namespace kaishu::payments::zengin {

namespace {

constexpr char16_t HalfwidthKanaFirst = 0xFF61; // ｡ at JIS X 0201 0xA1
constexpr char16_t HalfwidthKanaLast = 0xFF9F;  // ﾟ at JIS X 0201 0xDF
constexpr uchar JisKanaFirst = 0xA1;
constexpr uchar JisKanaLast = 0xDF;

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};

// The JIS X 0201 byte a Unicode character read from EBCDIC stands for, keeping the record structure
// bytes (line breaks, end-of-file mark) so that an EBCDIC file can be split like a JIS one.
int jisStructureByte(char16_t unicode)
{
    switch (unicode) {
    case u'\r':
        return '\r';
    case u'\n':
    case 0x0085: // NEL, EBCDIC's own new line (0x15)
        return '\n';
    case 0x001A: // SUB (EBCDIC 0x3F), the end-of-file mark of DOS-era transfers
        return 0x1A;
    default:
        break;
    }
    if (const auto byte = jisByte(QChar(unicode)))
        return *byte;
    return -1;
}

struct EbcdicTables
{
    ByteTable toJis{};
    ByteTable fromJis{};
    bool available = false;
};

EbcdicTables buildEbcdicTables()
{
    EbcdicTables tables;
    tables.toJis.fill(-1);
    tables.fromJis.fill(-1);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open("ibm-290", &status));
    if (U_FAILURE(status) || !converter)
        return tables;
    for (int byte = 0; byte < 256; ++byte) {
        const char source = static_cast<char>(byte);
        UChar target[4] = {};
        status = U_ZERO_ERROR;
        ucnv_reset(converter.get());
        const int32_t length = ucnv_toUChars(converter.get(), target, 4, &source, 1, &status);
        if (U_FAILURE(status) || length != 1 || target[0] == 0xFFFD)
            continue;
        const int jis = jisStructureByte(target[0]);
        if (jis < 0)
            continue;
        tables.toJis[byte] = jis;
        // NEL and LF both read as LF; LF (0x25) is the one written back.
        if (tables.fromJis[jis] < 0 || target[0] == u'\n')
            tables.fromJis[jis] = byte;
    }
    tables.available = true;
    return tables;
}

const EbcdicTables &ebcdicTables()
{
    static const EbcdicTables tables = buildEbcdicTables();
    return tables;
}

} // namespace

std::optional<QChar> jisCharacter(uchar byte)
{
    if (byte >= 0x20 && byte <= 0x7E)
        return QChar(char16_t(byte));
    if (byte >= JisKanaFirst && byte <= JisKanaLast)
        return QChar(char16_t(HalfwidthKanaFirst + (byte - JisKanaFirst)));
    return std::nullopt;
}

std::optional<uchar> jisByte(QChar character)
{
    const char16_t unicode = character.unicode();
    if (unicode >= 0x20 && unicode <= 0x7E)
        return static_cast<uchar>(unicode);
    if (unicode >= HalfwidthKanaFirst && unicode <= HalfwidthKanaLast)
        return static_cast<uchar>(JisKanaFirst + (unicode - HalfwidthKanaFirst));
    return std::nullopt;
}

const ByteTable *ebcdicToJis()
{
    const EbcdicTables &tables = ebcdicTables();
    return tables.available ? &tables.toJis : nullptr;
}

const ByteTable *jisToEbcdic()
{
    const EbcdicTables &tables = ebcdicTables();
    return tables.available ? &tables.fromJis : nullptr;
}

QDate reiwaStart()
{
    return QDate(2019, 5, 1);
}

QDate heiseiStart()
{
    return QDate(1989, 1, 8);
}

std::optional<QDate> dateFromDigits(int yy, int mm, int dd, Calendar calendar, QDate anchor)
{
    if (yy < 0 || yy > 99)
        return std::nullopt;
    if (calendar == Calendar::Western) {
        const QDate date(2000 + yy, mm, dd);
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    std::optional<QDate> reiwa;
    std::optional<QDate> heisei;
    if (yy >= 1) {
        const QDate r(2018 + yy, mm, dd);
        if (r.isValid() && r >= reiwaStart())
            reiwa = r;
        const QDate h(1988 + yy, mm, dd);
        if (h.isValid() && h >= heiseiStart() && h < reiwaStart())
            heisei = h;
    }
    if (reiwa && heisei && anchor.isValid()) {
        const qint64 toReiwa = qAbs(anchor.daysTo(*reiwa));
        const qint64 toHeisei = qAbs(anchor.daysTo(*heisei));
        return toHeisei < toReiwa ? heisei : reiwa;
    }
    return reiwa ? reiwa : heisei;
}

std::optional<QByteArray> digitsFromDate(QDate date, Calendar calendar)
{
    if (!date.isValid())
        return std::nullopt;
    int yy = 0;
    if (calendar == Calendar::Western) {
        if (date.year() < 2000 || date.year() > 2099)
            return std::nullopt;
        yy = date.year() - 2000;
    } else if (date >= reiwaStart()) {
        yy = date.year() - 2018;
    } else if (date >= heiseiStart()) {
        yy = date.year() - 1988;
    } else {
        return std::nullopt;
    }
    if (yy > 99)
        return std::nullopt;
    return QByteArray::number(yy).rightJustified(2, '0') +
           QByteArray::number(date.month()).rightJustified(2, '0') +
           QByteArray::number(date.day()).rightJustified(2, '0');
}

} // namespace kaishu::payments::zengin
