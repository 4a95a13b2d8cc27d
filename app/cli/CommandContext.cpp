#include "CommandContext.h"

#include "storage/DatabaseLocation.h"
#include "storage/StorageError.h"

#include <QSaveFile>

namespace kaishu::cli {

int CommandContext::usage(const QString &message)
{
    m_err << message << Qt::endl << Qt::endl << usageText();
    return UsageError;
}

int CommandContext::fail(const QString &message, int code)
{
    m_err << message << Qt::endl;
    return code;
}

std::unique_ptr<storage::Database> CommandContext::openDatabase(const QString &override)
{
    QString target = override;
    if (target.isEmpty())
        target = m_line.option(QStringLiteral("db"));
    if (target.isEmpty())
        target = qEnvironmentVariable("KAISHU_DB");
    std::optional<storage::DatabaseLocation> location = storage::DatabaseLocation::defaultLocation();
    if (!target.isEmpty()) {
        QString error;
        location = storage::DatabaseLocation::parse(target, &error);
        if (!location)
            throw storage::StorageError(error);
    }
    return storage::Database::open(*location);
}

bool CommandContext::readInt(const QString &name, qint64 minimum, qint64 maximum, qint64 &value)
{
    if (!m_line.has(name))
        return true;
    bool ok = false;
    value = m_line.option(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        m_err << Text::tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum)
              << Qt::endl;
        return false;
    }
    return true;
}

bool CommandContext::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_err << Text::tr("Cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
        return false;
    }
    return true;
}

bool CommandContext::readDate(const QString &name, QDate &date)
{
    if (!m_line.has(name))
        return true;
    date = QDate::fromString(m_line.option(name), Qt::ISODate);
    if (!date.isValid()) {
        m_err << Text::tr("--%1 must be a date of the form YYYY-MM-DD.").arg(name) << Qt::endl;
        return false;
    }
    return true;
}

bool CommandContext::readYen(const QString &name, std::optional<money::Yen> &amount)
{
    if (!m_line.has(name))
        return true;
    amount = money::Yen::parse(m_line.option(name));
    if (!amount) {
        m_err << Text::tr("--%1 must be an amount in yen, e.g. 12,000.").arg(name) << Qt::endl;
        return false;
    }
    return true;
}

} // namespace kaishu::cli
