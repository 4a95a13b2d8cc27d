#pragma once

#include "Database.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kaishu::storage {

// A numbered step of the one schema both engines share. Statements use a few placeholders for what
// the engines spell differently (see expandDialect()).
struct Migration
{
    int version;
    QString name;
    QStringList statements;
    // Run after the shared statements, on SQLite only (e.g. its full-text index; PostgreSQL does
    // without).
    QStringList sqliteStatements = {};
    // Run after the shared statements, on PostgreSQL only (e.g. its trigger functions).
    QStringList postgresStatements = {};
};

// All migrations in order; the last one's version is the schema this build expects.
const QList<Migration> &migrations();
int latestSchemaVersion();
// SQLite: the triggers that keep the debtors' full-text index (debtor_search) in step.
QStringList debtorSearchTriggers();
// Replaces %PK% (auto-increment id primary key), %INT64% and %BLOB% with the engine's spelling.
QString expandDialect(const QString &sql, SqlDialect dialect);

} // namespace kaishu::storage
