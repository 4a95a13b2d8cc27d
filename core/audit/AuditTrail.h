#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kaishu::storage {
class Database;
}

namespace kaishu::audit {

// One line of the append-only audit log: who changed what, when, from what to what.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime recordedAt;
    QString actor;
    QString entity;
    qint64 entityId = 0;
    QString action;
    QJsonObject before;
    QJsonObject after;
    QString previousHash;
    QString hash;
};

struct EntityRef
{
    QString entity;
    qint64 id = 0;
};

// The outcome of AuditTrail::verify(): the chain is intact, or the first record that does not fit.
struct AuditVerification
{
    qint64 recordsChecked = 0;
    std::optional<qint64> firstBrokenId;
    QString reason;
    bool isIntact() const { return !firstBrokenId.has_value(); }
};

// Writes audit records inside the caller's transaction. Each record carries the SHA-256 hash of its
// content and of the previous record's hash, so any later edit, deletion or insertion in the log
// breaks the chain and verify() finds it.
class AuditTrail
{
public:
    AuditTrail(storage::Database &database, QString actor);

    // Must be called inside a storage::Transaction; the record commits or rolls back with the change.
    void record(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &before,
                const QJsonObject &after);

    // The history of the given entities together, newest first.
    static QList<AuditRecord> history(const storage::Database &database, const QList<EntityRef> &entities);
    static AuditVerification verify(const storage::Database &database);
    // The actor recorded when nobody says otherwise: the operating-system user.
    static QString defaultActor();

private:
    storage::Database &m_database;
    QString m_actor;
    qint64 m_lastStampMSecs = -1;
    QString m_lastStamp;
};

} // namespace kaishu::audit
