#pragma once

#include <QString>

#include <optional>

namespace kaishu::storage {

// Where the data lives: the local SQLite file (the default) or a shared PostgreSQL database given as
// postgresql://user[:password]@host[:port]/dbname.
class DatabaseLocation
{
public:
    enum class Kind { Sqlite, Postgres };

    static DatabaseLocation sqliteFile(const QString &path);
    // The SQLite file in the user's data directory.
    static DatabaseLocation defaultLocation();
    // A path or a postgresql:// URL; std::nullopt and a reason when the URL is malformed.
    static std::optional<DatabaseLocation> parse(const QString &pathOrUrl, QString *error = nullptr);

    Kind kind() const { return m_kind; }
    QString filePath() const { return m_filePath; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_databaseName; }
    // For the status bar and logs: never shows the password.
    QString displayName() const;
    // The form parse() accepts, with the password left out.
    QString toString() const;

private:
    Kind m_kind = Kind::Sqlite;
    QString m_filePath;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_databaseName;
};

} // namespace kaishu::storage
