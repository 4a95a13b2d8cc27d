#include "AuditTrail.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kaishu::audit {

namespace {

const QString GenesisHash = QString(64, QLatin1Char('0'));

QString compactJson(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString chainHash(const QString &previousHash, const QString &recordedAt, const QString &actor,
                  const QString &entity, qint64 entityId, const QString &action, const QString &before,
                  const QString &after)
{
    // Fields are length-prefixed so that no two different records serialise alike.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &field :
         {previousHash, recordedAt, actor, entity, QString::number(entityId), action, before, after}) {
        const QByteArray bytes = field.toUtf8();
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(QByteArrayView(":"));
        hash.addData(bytes);
        hash.addData(QByteArrayView(";"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

AuditTrail::AuditTrail(storage::Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{}

QString AuditTrail::defaultActor()
{
    QString user = qEnvironmentVariable("KAISHU_USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

void AuditTrail::record(const QString &entity, qint64 entityId, const QString &action,
                        const QJsonObject &before, const QJsonObject &after)
{
    auto &transaction = m_database.transactionState();
    if (transaction.depth == 0)
        throw storage::StorageError(QStringLiteral("AuditTrail::record outside a transaction"));
    // The chain's head is read once per transaction (which holds the lock) and shared by every
    // trail recording in it, so bulk work does not read it again for each record.
    QString &head = transaction.auditChainHead;
    if (head.isEmpty()) {
        // Two clerks on one PostgreSQL database append to the same chain: serialise the appends.
        if (m_database.dialect() == storage::SqlDialect::Postgres)
            m_database.exec(QStringLiteral("LOCK TABLE audit_log IN EXCLUSIVE MODE"));
        const QVariant last =
            m_database.scalar(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        head = last.isValid() ? last.toString() : GenesisHash;
    }
    // Formatting a time costs more than reading the clock; many records share a millisecond in bulk work.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now != m_lastStampMSecs) {
        m_lastStampMSecs = now;
        m_lastStamp = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs);
    }
    const QString &recordedAt = m_lastStamp;
    const QString beforeText = compactJson(before);
    const QString afterText = compactJson(after);
    const QString hash =
        chainHash(head, recordedAt, m_actor, entity, entityId, action, beforeText, afterText);
    m_database.execPrepared(
        QStringLiteral("INSERT INTO audit_log (recorded_at, actor, entity, entity_id, action, "
                       "before_data, after_data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {recordedAt, m_actor, entity, entityId, action, beforeText, afterText, head, hash});
    head = hash;
}

QList<AuditRecord> AuditTrail::history(const storage::Database &database, const QList<EntityRef> &entities)
{
    QList<AuditRecord> records;
    if (entities.isEmpty())
        return records;
    QStringList conditions;
    QVariantList values;
    for (const EntityRef &ref : entities) {
        conditions << QStringLiteral("(entity = ? AND entity_id = ?)");
        values << ref.entity << ref.id;
    }
    QSqlQuery query = database.exec(
        QStringLiteral("SELECT id, recorded_at, actor, entity, entity_id, action, before_data, after_data, "
                       "prev_hash, hash FROM audit_log WHERE %1 ORDER BY id DESC")
            .arg(conditions.join(QStringLiteral(" OR "))),
        values);
    while (query.next()) {
        AuditRecord record;
        record.id = query.value(0).toLongLong();
        record.recordedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        record.actor = query.value(2).toString();
        record.entity = query.value(3).toString();
        record.entityId = query.value(4).toLongLong();
        record.action = query.value(5).toString();
        record.before = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        record.after = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        record.previousHash = query.value(8).toString();
        record.hash = query.value(9).toString();
        records.append(record);
    }
    return records;
}

AuditVerification AuditTrail::verify(const storage::Database &database)
{
    QSqlQuery query =
        database.exec(QStringLiteral("SELECT id, recorded_at, actor, entity, entity_id, action, "
                                     "before_data, after_data, prev_hash, hash FROM audit_log "
                                     "ORDER BY id"));
    AuditVerification result;
    QString expectedPrevious = GenesisHash;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString previous = query.value(8).toString();
        const QString stored = query.value(9).toString();
        ++result.recordsChecked;
        if (previous != expectedPrevious) {
            result.firstBrokenId = id;
            result.reason = QCoreApplication::translate("kaishu::audit",
                                                        "Record %1 does not follow the record before it: a "
                                                        "record was removed or inserted.")
                                .arg(id);
            return result;
        }
        const QString computed =
            chainHash(previous, query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toString(),
                      query.value(6).toString(), query.value(7).toString());
        if (computed != stored) {
            result.firstBrokenId = id;
            result.reason =
                QCoreApplication::translate("kaishu::audit", "Record %1 was changed after it was written.")
                    .arg(id);
            return result;
        }
        expectedPrevious = stored;
    }
    return result;
}

} // namespace kaishu::audit
