#include "DocumentArchive.h"

#include "audit/AuditTrail.h"
#include "parties/FieldError.h"
#include "storage/Database.h"
#include "storage/StoredValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>

namespace kaishu::billing {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::billing)
};

const QString Columns = QStringLiteral("a.id, a.document_kind, a.format, a.number, c.code, a.debtor_name, "
                                       "a.issue_date, a.amount, a.sha256, a.archived_at, "
                                       "a.archived_by, LENGTH(a.content)");
const QString Joins = QStringLiteral(" FROM document_archive a JOIN clients c ON c.id = a.client_id");

ArchivedDocument archivedFrom(const QSqlQuery &query)
{
    ArchivedDocument document;
    document.id = query.value(0).toLongLong();
    document.kind = documentKindFromCode(query.value(1).toString()).value_or(DocumentKind::Invoice);
    document.format =
        query.value(2).toString() == QLatin1String("xml") ? ArchiveFormat::Xml : ArchiveFormat::Pdf;
    document.number = query.value(3).toString();
    document.clientCode = query.value(4).toString();
    document.debtorName = query.value(5).toString();
    document.issueDate = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    document.amount = money::Yen(query.value(7).toLongLong());
    document.sha256 = query.value(8).toString();
    document.archivedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
    document.archivedBy = query.value(10).toString();
    document.size = query.value(11).toLongLong();
    return document;
}

} // namespace

QString toCode(ArchiveFormat format)
{
    return format == ArchiveFormat::Xml ? QStringLiteral("xml") : QStringLiteral("pdf");
}

DocumentArchive::DocumentArchive(storage::Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{}

QString DocumentArchive::sha256Of(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

std::optional<ArchivedDocument> DocumentArchive::find(const QString &number, DocumentKind kind,
                                                      ArchiveFormat format) const
{
    QSqlQuery query =
        m_database.exec(QStringLiteral("SELECT ") + Columns + Joins +
                            QStringLiteral(" WHERE a.number = ? AND a.document_kind = ? AND a.format = ?"),
                        {number, toCode(kind), toCode(format)});
    if (!query.next())
        return std::nullopt;
    return archivedFrom(query);
}

ArchivedDocument DocumentArchive::keep(const BillingDocument &document, ArchiveFormat format,
                                       const QByteArray &content)
{
    if (document.number.isEmpty())
        throw parties::ValidationError(
            {{QStringLiteral("number"), Text::tr("only issued documents are archived")}});
    storage::Transaction transaction(m_database);
    if (std::optional<ArchivedDocument> kept = find(document.number, document.kind, format)) {
        transaction.commit();
        return *kept;
    }
    // The debtor is the account's, found through the client and the customer code on the document.
    QSqlQuery owner = m_database.exec(
        QStringLiteral("SELECT c.id, a.debtor_id FROM clients c JOIN accounts a ON a.client_id = c.id "
                       "WHERE c.code = ? AND a.customer_code = ?"),
        {document.clientCode, document.recipient.customerCode});
    if (!owner.next())
        throw parties::ValidationError({{QStringLiteral("customer_code"),
                                         Text::tr("client %1 has no customer %2")
                                             .arg(document.clientCode, document.recipient.customerCode)}});
    const QString sha256 = sha256Of(content);
    const QString stamp = storage::timestampNow();
    const qint64 id = m_database.insert(
        QStringLiteral(
            "INSERT INTO document_archive (document_kind, format, number, client_id, debtor_id, debtor_name, "
            "issue_date, "
            "amount, sha256, content, archived_at, archived_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {toCode(document.kind), toCode(format), document.number, owner.value(0), owner.value(1),
         document.recipient.name, document.issueDate.toString(Qt::ISODate), document.payableAmount().value(),
         sha256, content, stamp, m_actor});
    audit::AuditTrail(m_database, m_actor)
        .record(QStringLiteral("document_archive"), id, QStringLiteral("keep"), {},
                {{QStringLiteral("number"), document.number},
                 {QStringLiteral("kind"), toCode(document.kind)},
                 {QStringLiteral("format"), toCode(format)},
                 {QStringLiteral("sha256"), sha256}});
    transaction.commit();
    return *find(document.number, document.kind, format);
}

QByteArray DocumentArchive::content(const ArchivedDocument &document) const
{
    const QByteArray bytes =
        m_database.scalar(QStringLiteral("SELECT content FROM document_archive WHERE id = ?"), {document.id})
            .toByteArray();
    if (sha256Of(bytes) != document.sha256)
        throw ArchiveTampered(Text::tr("the archived %1 of %2 does not match its SHA-256")
                                  .arg(toCode(document.format), document.number)
                                  .toStdString());
    return bytes;
}

QList<ArchivedDocument> DocumentArchive::search(const ArchiveQuery &query) const
{
    QString sql = QStringLiteral("SELECT ") + Columns + Joins + QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND a.issue_date >= ?");
        values << query.from.toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND a.issue_date <= ?");
        values << query.to.toString(Qt::ISODate);
    }
    if (query.minAmount) {
        sql += QStringLiteral(" AND a.amount >= ?");
        values << query.minAmount->value();
    }
    if (query.maxAmount) {
        sql += QStringLiteral(" AND a.amount <= ?");
        values << query.maxAmount->value();
    }
    if (!query.debtor.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND (a.debtor_name LIKE ? OR a.debtor_id IN (SELECT debtor_id FROM accounts "
                              "WHERE customer_code = ?))");
        values << QLatin1Char('%') + query.debtor.trimmed() + QLatin1Char('%') << query.debtor.trimmed();
    }
    if (!query.number.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND a.number LIKE ?");
        values << QLatin1Char('%') + query.number.trimmed() + QLatin1Char('%');
    }
    sql += QStringLiteral(" ORDER BY a.issue_date, a.number, a.format LIMIT %1")
               .arg(query.limit > 0 ? query.limit : 1000);
    QSqlQuery rows = m_database.exec(sql, values);
    QList<ArchivedDocument> result;
    while (rows.next())
        result.append(archivedFrom(rows));
    return result;
}

} // namespace kaishu::billing
