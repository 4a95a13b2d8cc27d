#pragma once

#include "billing/BillingDocument.h"
#include "money/Yen.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kaishu::storage {
class Database;
}

namespace kaishu::billing {

enum class ArchiveFormat { Pdf, Xml };
QString toCode(ArchiveFormat format); // pdf, xml

// One kept file: what it is, whose, when, how much, and its SHA-256.
struct ArchivedDocument
{
    qint64 id = 0;
    DocumentKind kind = DocumentKind::Invoice;
    ArchiveFormat format = ArchiveFormat::Pdf;
    QString number;
    QString clientCode;
    QString debtorName;
    QDate issueDate;
    money::Yen amount;
    QString sha256; // hex
    qint64 size = 0;
    QDateTime archivedAt;
    QString archivedBy;
};

// The search the 電子帳簿保存法 requires: transaction date and amount as ranges, the counterparty, and
// any combination of them.
struct ArchiveQuery
{
    QDate from;
    QDate to;
    std::optional<money::Yen> minAmount;
    std::optional<money::Yen> maxAmount;
    QString debtor; // part of the debtor's name or customer code
    QString number; // part of the document number
    int limit = 1000;
};

// Thrown when a kept file no longer matches its recorded SHA-256.
class ArchiveTampered : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// 電子帳簿保存: every issued PDF and XML, kept once, byte for byte, with its SHA-256. The table refuses
// UPDATE and DELETE (a trigger), so nothing kept can be changed or removed; corrections are new
// documents (credit notes, re-issues) that are kept beside the old ones. Keeping is audited.
class DocumentArchive
{
public:
    DocumentArchive(storage::Database &database, QString actor);

    // Keeps the file of an issued document (the first time; later calls return what was kept first,
    // so a reprint is identical to the first print).
    ArchivedDocument keep(const BillingDocument &document, ArchiveFormat format, const QByteArray &content);
    std::optional<ArchivedDocument> find(const QString &number, DocumentKind kind,
                                         ArchiveFormat format) const;
    // The kept bytes, checked against their SHA-256 (throws ArchiveTampered on a mismatch).
    QByteArray content(const ArchivedDocument &document) const;
    QList<ArchivedDocument> search(const ArchiveQuery &query) const;

    static QString sha256Of(const QByteArray &content);

private:
    storage::Database &m_database;
    QString m_actor;
};

} // namespace kaishu::billing
