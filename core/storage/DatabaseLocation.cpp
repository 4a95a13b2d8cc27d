#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace kaishu::storage {

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.m_kind = Kind::Sqlite;
    location.m_filePath = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return location;
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return sqliteFile(QDir(dir).filePath(QStringLiteral("kaishu.sqlite")));
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &pathOrUrl, QString *error)
{
    const QString text = pathOrUrl.trimmed();
    auto fail = [error](const QString &reason) -> std::optional<DatabaseLocation> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (text.isEmpty())
        return fail(QCoreApplication::translate("kaishu::storage", "The database location is empty."));
    if (!text.startsWith(QLatin1String("postgresql://")) && !text.startsWith(QLatin1String("postgres://"))) {
        if (text.contains(QLatin1String("://")))
            return fail(QCoreApplication::translate("kaishu::storage",
                                                    "Unsupported database URL \"%1\": use a file path or "
                                                    "postgresql://user@host:port/database.")
                            .arg(text));
        return sqliteFile(text);
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(QCoreApplication::translate("kaishu::storage", "Malformed PostgreSQL URL: %1")
                        .arg(url.errorString()));
    DatabaseLocation location;
    location.m_kind = Kind::Postgres;
    location.m_host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    location.m_port = url.port(5432);
    location.m_user = url.userName();
    location.m_password = url.password();
    location.m_databaseName = url.path().mid(1);
    if (location.m_databaseName.isEmpty() || location.m_databaseName.contains(QLatin1Char('/')))
        return fail(QCoreApplication::translate("kaishu::storage",
                                                "The PostgreSQL URL names no database: use "
                                                "postgresql://user@host:port/database."));
    return location;
}

QString DatabaseLocation::displayName() const
{
    if (m_kind == Kind::Sqlite)
        return QDir::toNativeSeparators(m_filePath);
    return toString();
}

QString DatabaseLocation::toString() const
{
    if (m_kind == Kind::Sqlite)
        return m_filePath;
    const QString userPart = m_user.isEmpty() ? QString() : m_user + QLatin1Char('@');
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(userPart, m_host).arg(m_port).arg(m_databaseName);
}

} // namespace kaishu::storage
