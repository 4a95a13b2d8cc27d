#include "Database.h"

#include "Migrations.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>

namespace kaishu::storage {

namespace {

// Messages for clerks, translated under one context per area (lupdate reads the declaration).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::storage)
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("kaishu-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString describe(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    return text;
}

// Qt's drivers bind a null QString as SQL NULL. An empty text field is '' in Kaishu; only a QVariant
// without a value (see PartyRepository's optional identifiers) stands for NULL.
QVariant bindable(const QVariant &value)
{
    if (!value.isNull() && value.metaType().id() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString::fromLatin1(""));
    return value;
}

} // namespace

Database::Database(const DatabaseLocation &location)
    : m_location(location)
    , m_dialect(location.kind() == DatabaseLocation::Kind::Sqlite ? SqlDialect::Sqlite : SqlDialect::Postgres)
    , m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const DatabaseLocation &location)
{
    return open(location, migrations());
}

std::unique_ptr<Database> Database::open(const DatabaseLocation &location, const QList<Migration> &schema)
{
    std::unique_ptr<Database> database(new Database(location));
    const bool sqlite = location.kind() == DatabaseLocation::Kind::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        throw StorageError(Text::tr("The Qt SQL driver %1 is not installed.").arg(driver));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, database->m_connectionName);
    if (sqlite) {
        const QFileInfo file(location.filePath());
        if (!QDir().mkpath(file.absolutePath()))
            throw StorageError(Text::tr("Cannot create the folder %1.").arg(file.absolutePath()));
        db.setDatabaseName(location.filePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(location.host());
        db.setPort(location.port());
        db.setUserName(location.user());
        db.setPassword(location.password());
        db.setDatabaseName(location.databaseName());
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open())
        throw StorageError(Text::tr("Cannot open the database %1: %2")
                               .arg(location.displayName(), describe(db.lastError())));
    database->configure();
    database->migrate(schema);
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::configure()
{
    if (m_dialect == SqlDialect::Sqlite) {
        exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        exec(QStringLiteral("PRAGMA busy_timeout=10000"));
        // 32 MiB of page cache: large writes (imports, the demo) no longer spill pages to the WAL
        // before their commit, and register pages stay warm.
        exec(QStringLiteral("PRAGMA cache_size=-32768"));
        exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    } else {
        exec(QStringLiteral("SET client_encoding TO 'UTF8'"));
        exec(QStringLiteral("SET client_min_messages TO WARNING"));
    }
}

QSqlQuery Database::exec(const QString &sql, std::initializer_list<QVariant> values) const
{
    return exec(sql, QVariantList(values));
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    // Forward-only saves memory on SQLite. QPSQL runs forward-only queries in single-row mode, where
    // any other statement on the connection cuts the result short, so there results are buffered.
    query.setForwardOnly(m_dialect == SqlDialect::Sqlite);
    // Without values the statement runs directly: PostgreSQL cannot PREPARE utility statements
    // (BEGIN, SET, LOCK, CREATE …).
    const bool ok = values.isEmpty() ? query.exec(sql) : [&] {
        if (!query.prepare(sql))
            return false;
        for (const QVariant &value : values)
            query.addBindValue(bindable(value));
        return query.exec();
    }();
    if (!ok)
        throw StorageError(
            Text::tr("Database error: %1 (in: %2)").arg(describe(query.lastError()), sql.simplified()));
    return query;
}

qint64 Database::insert(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query = exec(sql + QStringLiteral(" RETURNING id"), values);
    if (!query.next())
        throw StorageError(
            Text::tr("Database error: the insert returned no id (in: %1)").arg(sql.simplified()));
    return query.value(0).toLongLong();
}

QSqlQuery &Database::cachedStatement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throw StorageError(
                Text::tr("Database error: %1 (in: %2)").arg(describe(query.lastError()), sql.simplified()));
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return it->second;
}

void Database::runCached(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), bindable(values.at(i)));
    if (!query.exec())
        throw StorageError(
            Text::tr("Database error: %1 (in: %2)").arg(describe(query.lastError()), sql.simplified()));
}

int Database::execPrepared(const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = cachedStatement(sql);
    runCached(query, sql, values);
    const int affected = query.numRowsAffected();
    query.finish();
    return affected;
}

qint64 Database::insertPrepared(const QString &sql, const QVariantList &values)
{
    // SQLite hands out the new rowid for free; RETURNING would make it buffer a result row.
    if (m_dialect == SqlDialect::Sqlite) {
        QSqlQuery &query = cachedStatement(sql);
        runCached(query, sql, values);
        const qint64 id = query.lastInsertId().toLongLong();
        query.finish();
        return id;
    }
    const QString returning = sql + QStringLiteral(" RETURNING id");
    QSqlQuery &query = cachedStatement(returning);
    runCached(query, returning, values);
    if (!query.next())
        throw StorageError(
            Text::tr("Database error: the insert returned no id (in: %1)").arg(sql.simplified()));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

QVariant Database::scalar(const QString &sql, std::initializer_list<QVariant> values) const
{
    QSqlQuery query = exec(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

int Database::schemaVersion() const
{
    return scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")).toInt();
}

QString Database::backupDirectory() const
{
    if (m_dialect == SqlDialect::Sqlite)
        return QFileInfo(m_location.filePath()).absoluteDir().filePath(QStringLiteral("backups"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("backups"));
}

void Database::backupTo(const QString &targetPath) const
{
    const QFileInfo target(targetPath);
    if (!QDir().mkpath(target.absolutePath()))
        throw StorageError(Text::tr("Cannot create the folder %1.").arg(target.absolutePath()));
    if (target.exists())
        throw StorageError(Text::tr("The backup file %1 exists already.").arg(target.absoluteFilePath()));
    if (m_dialect == SqlDialect::Sqlite) {
        QString quoted = target.absoluteFilePath();
        quoted.replace(QLatin1Char('\''), QLatin1String("''"));
        exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted));
        return;
    }
    QProcess dump;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!m_location.password().isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), m_location.password());
    dump.setProcessEnvironment(environment);
    QStringList arguments{QStringLiteral("--format=custom"), QStringLiteral("--host=") + m_location.host(),
                          QStringLiteral("--port=") + QString::number(m_location.port()),
                          QStringLiteral("--file=") + target.absoluteFilePath()};
    if (!m_location.user().isEmpty())
        arguments << QStringLiteral("--username=") + m_location.user();
    arguments << m_location.databaseName();
    dump.start(QStringLiteral("pg_dump"), arguments);
    if (!dump.waitForStarted())
        throw StorageError(Text::tr("Cannot back up the PostgreSQL database: pg_dump is not installed."));
    dump.waitForFinished(-1);
    if (dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0)
        throw StorageError(Text::tr("pg_dump failed: %1")
                               .arg(QString::fromLocal8Bit(dump.readAllStandardError()).trimmed()));
}

void Database::migrate(const QList<Migration> &schema)
{
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                        "name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
    const int current = schemaVersion();
    const int latest = schema.isEmpty() ? 0 : schema.constLast().version;
    if (current > latest)
        throw StorageError(
            Text::tr("This database has schema version %1, newer than this Kaishu understands (%2). "
                     "Please update Kaishu.")
                .arg(current)
                .arg(latest));
    if (current == latest)
        return;
    if (current > 0) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString suffix =
            m_dialect == SqlDialect::Sqlite ? QStringLiteral(".sqlite") : QStringLiteral(".dump");
        backupTo(QDir(backupDirectory())
                     .filePath(QStringLiteral("kaishu-schema%1-%2%3").arg(current).arg(stamp, suffix)));
    }
    for (const Migration &migration : schema) {
        if (migration.version <= current)
            continue;
        Transaction transaction(*this);
        for (const QString &statement : migration.statements)
            exec(expandDialect(statement, m_dialect));
        if (m_dialect == SqlDialect::Sqlite) {
            for (const QString &statement : migration.sqliteStatements)
                exec(statement);
        } else {
            for (const QString &statement : migration.postgresStatements)
                exec(statement);
        }
        exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
             {migration.version, migration.name, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        transaction.commit();
    }
}

} // namespace kaishu::storage
