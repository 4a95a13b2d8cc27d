#pragma once

#include "io/TextEncoding.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kaishu::storage {
class Database;
}

namespace kaishu::parties {

enum class ImportKind { Clients, Debtors };

// A decoded CSV file: its header, its records and the line each record starts on.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines;
    io::TextEncoding encoding = io::TextEncoding::Utf8;
};

// Canonical field → column index in the file (-1 or absent: the file has no such column).
using ColumnMapping = QHash<QString, int>;

// The header's columns matched to canonical field names or (after NFKC) one of their aliases.
ColumnMapping matchColumns(const QStringList &fields, const QHash<QString, QStringList> &aliases,
                           const QStringList &header);

struct ImportProblem
{
    int line = 0;   // 1-based line of the file; 0 for the file as a whole
    QString column; // canonical field name, or empty
    QString reason;
    QString toString() const;
};

struct ImportResult
{
    int rowsRead = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    QList<ImportProblem> problems;
    bool committed = false;
};

// Imports clients.csv / debtors.csv (canonical headers in any order, Japanese header aliases, or an
// explicit mapping from the column-mapping dialog). Every row is validated first; a single problem
// anywhere means nothing is written. All rows are written in one transaction, with audit records.
class PartyImporter
{
public:
    PartyImporter(storage::Database &database, QString actor);

    // Decodes (UTF-8 with or without BOM, or Shift_JIS) and parses; false and a problem on failure.
    static bool readTable(const QByteArray &bytes, CsvTable &table, QList<ImportProblem> &problems);
    static QStringList canonicalFields(ImportKind kind);
    static QStringList requiredFields(ImportKind kind);
    // The header's columns matched to canonical names and their Japanese aliases.
    static ColumnMapping guessMapping(ImportKind kind, const QStringList &header);

    // With dryRun, validates and counts what would change without writing.
    ImportResult run(ImportKind kind, const CsvTable &table, const ColumnMapping &mapping,
                     bool dryRun = false);
    // readTable + guessMapping + run, for the CLI.
    ImportResult importFile(ImportKind kind, const QByteArray &bytes, bool dryRun = false);

private:
    storage::Database &m_database;
    QString m_actor;
};

} // namespace kaishu::parties
