#pragma once

#include "TextEncoding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kaishu::io {

// One record of a CSV file and the 1-based line on which it starts (a quoted field may span
// lines, so records and lines differ), for messages such as "line 12: unknown debtor code".
struct CsvRecord
{
    QStringList fields;
    int lineNumber = 0;
    friend bool operator==(const CsvRecord &, const CsvRecord &) = default;
};

// Reads RFC 4180 text: fields separated by the delimiter, optionally in double quotes, a quote
// inside a quoted field doubled, delimiters and line breaks allowed inside quotes. Records end in
// CRLF, LF or CR; a final line break is optional; a leading BOM is ignored. Empty lines are skipped
// by default (spreadsheets leave them at the end). Malformed input stops the reader with an error
// and its line: an unterminated quoted field (the line where it opened), a quote inside an
// unquoted field, or text after a closing quote. Fields are returned as written (no trimming).
class CsvReader
{
public:
    explicit CsvReader(const QString &text, QChar delimiter = u',');

    // When false, an empty line is a record with one empty field, as RFC 4180 reads it.
    void setSkipEmptyLines(bool skip) { m_skipEmptyLines = skip; }

    // The next record, or nothing at the end of the text or on an error (see hasError()).
    std::optional<CsvRecord> readRecord();

    bool atEnd() const;
    bool hasError() const { return !m_error.isEmpty(); }
    // "line 3: unterminated quoted field"; empty without an error.
    QString errorString() const;
    int errorLine() const { return m_errorLine; }

    // Every record, or nothing with *error set to errorString().
    static std::optional<QList<CsvRecord>> readAll(const QString &text, QString *error = nullptr,
                                                   QChar delimiter = u',');

private:
    bool fail(int line, const QString &message);
    bool atLineBreak() const;
    void consumeLineBreak();

    QString m_text;
    QChar m_delimiter;
    qsizetype m_position = 0;
    int m_line = 1;
    bool m_skipEmptyLines = true;
    QString m_error;
    int m_errorLine = 0;
};

// Writes RFC 4180 text: a field is quoted when it holds the delimiter, a quote, a line break or
// leading/trailing spaces (quotes doubled); every record ends in CRLF.
class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter = u',');

    void writeRecord(const QStringList &fields);
    const QString &text() const { return m_text; }
    // The text in the chosen encoding, or nothing and *error naming a character it cannot hold.
    std::optional<QByteArray> toBytes(TextEncoding encoding, QString *error = nullptr) const;
    void clear() { m_text.clear(); }

    static QString escapeField(const QString &field, QChar delimiter = u',');

private:
    QChar m_delimiter;
    QString m_text;
};

} // namespace kaishu::io
