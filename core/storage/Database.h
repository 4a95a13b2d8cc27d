#pragma once

#include "DatabaseLocation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <unordered_map>

namespace kaishu::storage {

struct Migration;

enum class SqlDialect { Sqlite, Postgres };

// One open connection to the Kaishu database. Owns a named QSqlDatabase connection, applies the
// connection settings (WAL, foreign keys, busy timeout on SQLite) and brings the schema up to date.
// A Database is used from the thread that opened it.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating an SQLite file if needed) and migrates. A backup is written before any upgrade
    // of an existing database. Throws StorageError with a clear message on failure.
    // The schema is the product's own migrations; tests pass a longer list to exercise upgrades.
    static std::unique_ptr<Database> open(const DatabaseLocation &location, const QList<Migration> &schema);
    static std::unique_ptr<Database> open(const DatabaseLocation &location);

    const DatabaseLocation &location() const { return m_location; }
    SqlDialect dialect() const { return m_dialect; }
    QSqlDatabase connection() const;

    // Prepares and runs a statement with positional (?) bindings; throws StorageError on failure.
    QSqlQuery exec(const QString &sql, std::initializer_list<QVariant> values = {}) const;
    QSqlQuery exec(const QString &sql, const QVariantList &values) const;
    // Runs an INSERT and returns the new row's id (INSERT ... RETURNING id on both engines).
    qint64 insert(const QString &sql, const QVariantList &values) const;
    // For statements that return no rows and run often (inserts, updates in bulk): prepared once per
    // connection and reused. Returns the number of rows affected.
    int execPrepared(const QString &sql, const QVariantList &values);
    // As insert(), through the prepared-statement cache.
    qint64 insertPrepared(const QString &sql, const QVariantList &values);
    // The first column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values = {}) const;

    int schemaVersion() const;
    // A consistent copy of the whole database: an SQLite file (VACUUM INTO) or a pg_dump archive.
    void backupTo(const QString &targetPath) const;
    // Where automatic backups before upgrades go.
    QString backupDirectory() const;

    // Transaction objects on this connection: only the outermost one commits, and a failed inner
    // one marks the whole transaction rollback-only.
    struct TransactionState
    {
        int depth = 0;
        bool rollbackOnly = false;
        // The audit chain's last hash, read once per transaction by whichever AuditTrail records
        // first and kept current by every record (empty: not read yet in this transaction).
        QString auditChainHead;
    };
    TransactionState &transactionState() { return m_transactionState; }

private:
    explicit Database(const DatabaseLocation &location);
    void configure();
    void migrate(const QList<Migration> &schema);
    QSqlQuery &cachedStatement(const QString &sql);
    void runCached(QSqlQuery &query, const QString &sql, const QVariantList &values);

    DatabaseLocation m_location;
    SqlDialect m_dialect = SqlDialect::Sqlite;
    QString m_connectionName;
    TransactionState m_transactionState;
    std::unordered_map<QString, QSqlQuery> m_statements;
};

} // namespace kaishu::storage
