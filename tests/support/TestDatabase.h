#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace kaishu::tests {

// A fresh, empty Kaishu database for one test: an SQLite file in a temporary folder, or — when the
// environment variable KAISHU_TEST_POSTGRES names a server (postgresql://user@host:port) — a new
// database on that real PostgreSQL server. The same suites run against both engines.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    static bool usesPostgres();
    static QString engineName();

    std::unique_ptr<storage::Database> open();
    storage::DatabaseLocation location() const { return m_location; }

private:
    QTemporaryDir m_folder;
    storage::DatabaseLocation m_location;
    QString m_postgresDatabase;
};

} // namespace kaishu::tests
