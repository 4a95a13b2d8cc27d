#include "Csv.h"

#include <QCoreApplication>

namespace kaishu::io {

namespace {

struct Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

} // namespace

CsvReader::CsvReader(const QString &text, QChar delimiter)
    : m_text(text)
    , m_delimiter(delimiter)
{
    if (m_text.startsWith(QChar(0xfeff)))
        m_position = 1;
}

bool CsvReader::atEnd() const
{
    return hasError() || m_position >= m_text.size();
}

QString CsvReader::errorString() const
{
    if (m_error.isEmpty())
        return {};
    return Csv::tr("line %1: %2").arg(m_errorLine).arg(m_error);
}

bool CsvReader::fail(int line, const QString &message)
{
    m_error = message;
    m_errorLine = line;
    return false;
}

bool CsvReader::atLineBreak() const
{
    return m_position < m_text.size() && isLineBreak(m_text.at(m_position));
}

void CsvReader::consumeLineBreak()
{
    // CRLF, LF and a lone CR each end one line.
    if (m_text.at(m_position) == u'\r' && m_position + 1 < m_text.size() &&
        m_text.at(m_position + 1) == u'\n')
        ++m_position;
    ++m_position;
    ++m_line;
}

std::optional<CsvRecord> CsvReader::readRecord()
{
    if (hasError())
        return std::nullopt;
    if (m_skipEmptyLines) {
        while (atLineBreak())
            consumeLineBreak();
    }
    if (m_position >= m_text.size())
        return std::nullopt;

    CsvRecord record;
    record.lineNumber = m_line;
    const qsizetype size = m_text.size();
    for (;;) {
        QString field;
        if (m_position < size && m_text.at(m_position) == u'"') {
            const int openedOnLine = m_line;
            ++m_position;
            for (;;) {
                if (m_position >= size) {
                    fail(openedOnLine, Csv::tr("quoted field is not closed"));
                    return std::nullopt;
                }
                const QChar c = m_text.at(m_position);
                if (c == u'"') {
                    if (m_position + 1 < size && m_text.at(m_position + 1) == u'"') {
                        field.append(u'"');
                        m_position += 2;
                        continue;
                    }
                    ++m_position;
                    break;
                }
                if (c == u'\r' && m_position + 1 < size && m_text.at(m_position + 1) == u'\n') {
                    field.append(QStringView(u"\r\n"));
                    m_position += 2;
                    ++m_line;
                    continue;
                }
                if (isLineBreak(c))
                    ++m_line;
                field.append(c);
                ++m_position;
            }
            if (m_position < size && m_text.at(m_position) != m_delimiter &&
                !isLineBreak(m_text.at(m_position))) {
                fail(m_line, Csv::tr("unexpected text after the closing quote of field %1")
                                 .arg(record.fields.size() + 1));
                return std::nullopt;
            }
        } else {
            const qsizetype start = m_position;
            while (m_position < size && m_text.at(m_position) != m_delimiter &&
                   !isLineBreak(m_text.at(m_position))) {
                if (m_text.at(m_position) == u'"') {
                    fail(m_line,
                         Csv::tr("quote inside unquoted field %1 (a field containing quotes must be quoted "
                                 "and its quotes doubled)")
                             .arg(record.fields.size() + 1));
                    return std::nullopt;
                }
                ++m_position;
            }
            field = m_text.mid(start, m_position - start);
        }
        record.fields.append(field);

        if (m_position >= size)
            return record;
        if (m_text.at(m_position) == m_delimiter) {
            ++m_position;
            continue;
        }
        consumeLineBreak();
        return record;
    }
}

std::optional<QList<CsvRecord>> CsvReader::readAll(const QString &text, QString *error, QChar delimiter)
{
    CsvReader reader(text, delimiter);
    QList<CsvRecord> records;
    while (auto record = reader.readRecord())
        records.append(std::move(*record));
    if (reader.hasError()) {
        if (error)
            *error = reader.errorString();
        return std::nullopt;
    }
    if (error)
        error->clear();
    return records;
}

CsvWriter::CsvWriter(QChar delimiter)
    : m_delimiter(delimiter)
{}

QString CsvWriter::escapeField(const QString &field, QChar delimiter)
{
    const bool needsQuotes = field.contains(delimiter) || field.contains(u'"') || field.contains(u'\n') ||
                             field.contains(u'\r') ||
                             (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    // A record of one empty field is written as "" so that it does not read back as an empty line.
    if (fields.size() == 1 && fields.front().isEmpty()) {
        m_text += QStringLiteral("\"\"\r\n");
        return;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += m_delimiter;
        m_text += escapeField(fields.at(i), m_delimiter);
    }
    m_text += QStringLiteral("\r\n");
}

std::optional<QByteArray> CsvWriter::toBytes(TextEncoding encoding, QString *error) const
{
    return encode(m_text, encoding, error);
}

} // namespace kaishu::io
