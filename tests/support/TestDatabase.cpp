#include "TestDatabase.h"

#include "storage/StorageError.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace kaishu::tests {

namespace {

QString serverUrl()
{
    return qEnvironmentVariable("KAISHU_TEST_POSTGRES");
}

// Runs a statement on the server's maintenance database "postgres".
void onServer(const QString &sql)
{
    const auto server = storage::DatabaseLocation::parse(serverUrl() + QStringLiteral("/postgres"));
    if (!server)
        throw storage::StorageError(QStringLiteral("KAISHU_TEST_POSTGRES is not a URL: ") + serverUrl());
    const QString name = QStringLiteral("kaishu-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server->host());
        db.setPort(server->port());
        db.setUserName(server->user());
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open())
            throw storage::StorageError(QStringLiteral("Cannot reach the test server: ") +
                                        db.lastError().text());
        QSqlQuery query(db);
        if (!query.exec(sql))
            throw storage::StorageError(sql + QStringLiteral(": ") + query.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TestDatabase::TestDatabase()
{
    if (usesPostgres()) {
        m_postgresDatabase =
            QStringLiteral("kaishu_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        onServer(QStringLiteral("CREATE DATABASE %1").arg(m_postgresDatabase));
        m_location = *storage::DatabaseLocation::parse(serverUrl() + QLatin1Char('/') + m_postgresDatabase);
    } else {
        m_location =
            storage::DatabaseLocation::sqliteFile(m_folder.filePath(QStringLiteral("kaishu.sqlite")));
    }
}

TestDatabase::~TestDatabase()
{
    if (!m_postgresDatabase.isEmpty()) {
        try {
            onServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresDatabase));
        } catch (const storage::StorageError &) {
            // The server goes away with the fixture anyway.
        }
    }
}

bool TestDatabase::usesPostgres()
{
    return !serverUrl().isEmpty();
}

QString TestDatabase::engineName()
{
    return usesPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

std::unique_ptr<storage::Database> TestDatabase::open()
{
    return storage::Database::open(m_location);
}

} // namespace kaishu::tests
