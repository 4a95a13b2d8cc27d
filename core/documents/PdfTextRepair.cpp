#include "PdfTextRepair.h"

#include <QString>

#include <array>

namespace kaishu::documents::detail {

namespace {

constexpr char16_t RadicalsFirst = 0x2E80; // CJK Radicals Supplement, then Kangxi Radicals
constexpr char16_t RadicalsLast = 0x2FDF;

// The ideograph for each radical that has one (by NFKC), or 0.
const std::array<char16_t, RadicalsLast - RadicalsFirst + 1> &radicalTable()
{
    static const auto table = [] {
        std::array<char16_t, RadicalsLast - RadicalsFirst + 1> t{};
        for (char16_t c = RadicalsFirst; c <= RadicalsLast; ++c) {
            const QString folded = QString(QChar(c)).normalized(QString::NormalizationForm_KC);
            if (folded.size() == 1 && folded.at(0).unicode() != c)
                t[c - RadicalsFirst] = folded.at(0).unicode();
        }
        return t;
    }();
    return table;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// A "<hhhh>" token at data[pos]: its value, or -1.
int readCode(const QByteArray &data, qsizetype pos, qsizetype end)
{
    if (pos + 6 > end || data.at(pos) != '<' || data.at(pos + 5) != '>')
        return -1;
    int value = 0;
    for (qsizetype i = pos + 1; i < pos + 5; ++i) {
        const int digit = hexValue(data.at(i));
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

bool repairCode(QByteArray &data, qsizetype pos, qsizetype end)
{
    const int code = readCode(data, pos, end);
    if (code < RadicalsFirst || code > RadicalsLast)
        return false;
    const char16_t ideograph = radicalTable()[static_cast<std::size_t>(code - RadicalsFirst)];
    if (ideograph == 0)
        return false;
    static constexpr char Digits[] = "0123456789ABCDEF";
    for (int i = 0; i < 4; ++i)
        data[pos + 1 + i] = Digits[(ideograph >> (12 - 4 * i)) & 0xF];
    return true;
}

qsizetype skipSpaces(const QByteArray &data, qsizetype pos, qsizetype end)
{
    while (pos < end && (data.at(pos) == ' ' || data.at(pos) == '\r'))
        ++pos;
    return pos;
}

// One "bfrange" line: "<src> <src> <dst>" or "<first> <last> [<dst> <dst> …]". A range of several
// sources with one destination means consecutive code points and is left alone (radicals never come
// ten in a row, which is when Qt writes that form).
int repairLine(QByteArray &data, qsizetype pos, qsizetype end)
{
    const int first = readCode(data, pos, end);
    pos = skipSpaces(data, pos + 6, end);
    const int last = readCode(data, pos, end);
    if (first < 0 || last < 0)
        return 0;
    pos = skipSpaces(data, pos + 6, end);
    if (pos < end && data.at(pos) == '[') {
        int repaired = 0;
        for (pos = skipSpaces(data, pos + 1, end); pos < end && data.at(pos) == '<';
             pos = skipSpaces(data, pos + 6, end))
            repaired += repairCode(data, pos, end) ? 1 : 0;
        return repaired;
    }
    return first == last && repairCode(data, pos, end) ? 1 : 0;
}

} // namespace

int repairToUnicodeMaps(QByteArray &pdf)
{
    static const QByteArray CMapStart("/CIDInit /ProcSet findresource begin");
    static const QByteArray RangeStart("beginbfrange");
    static const QByteArray RangeEnd("endbfrange");
    static const QByteArray CMapEnd("endcmap");

    int repaired = 0;
    qsizetype from = 0;
    while ((from = pdf.indexOf(CMapStart, from)) >= 0) {
        const qsizetype cmapEnd = pdf.indexOf(CMapEnd, from);
        if (cmapEnd < 0)
            break;
        qsizetype section = from;
        while ((section = pdf.indexOf(RangeStart, section)) >= 0 && section < cmapEnd) {
            const qsizetype sectionEnd = pdf.indexOf(RangeEnd, section);
            if (sectionEnd < 0 || sectionEnd > cmapEnd)
                break;
            qsizetype line = pdf.indexOf('\n', section) + 1;
            while (line > 0 && line < sectionEnd) {
                qsizetype lineEnd = pdf.indexOf('\n', line);
                if (lineEnd < 0 || lineEnd > sectionEnd)
                    lineEnd = sectionEnd;
                repaired += repairLine(pdf, line, lineEnd);
                line = lineEnd + 1;
            }
            section = sectionEnd + RangeEnd.size();
        }
        from = cmapEnd;
    }
    return repaired;
}

} // namespace kaishu::documents::detail
