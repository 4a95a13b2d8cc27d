#pragma once

#include "billing/Invoice.h"

#include <QList>
#include <QString>

#include <optional>

namespace kaishu::storage {
class Database;
}

namespace kaishu::billing {

// Which invoices a list shows.
struct InvoiceFilter
{
    qint64 clientId = 0; // 0: all
    qint64 accountId = 0;
    std::optional<InvoiceStatus> status;
    bool overdueOnly = false;
    QDate today; // for overdueOnly
    std::optional<DocumentKind> kind;
    QString search; // number, customer code or debtor name contains
    QDate issuedFrom;
    QDate issuedTo;
    int limit = 0; // 0: all
};

struct InvoiceTotals
{
    int count = 0;
    money::Yen gross; // invoices less credit notes; cancelled ones count for nothing
    money::Yen balance;
};

// The invoices table: reads, and the writes the billing services make (always inside their
// transaction, with their audit record). Views use it read-only through the services.
class InvoiceBook
{
public:
    explicit InvoiceBook(storage::Database &database);

    QList<Invoice> invoices(const InvoiceFilter &filter) const;
    InvoiceTotals totals(const InvoiceFilter &filter) const;
    std::optional<Invoice> invoice(qint64 id) const; // with its lines
    std::optional<Invoice> invoiceByNumber(const QString &number) const;
    QList<Invoice> creditNotesOf(qint64 invoiceId) const;

    // The open balance of an account: issued invoices not yet paid or credited, plus drafts.
    money::Yen openBalance(qint64 accountId, qint64 excludingInvoiceId = 0) const;
    money::Yen draftTotal(qint64 accountId) const;
    // The last issued summary invoice of an account before a date, if any.
    std::optional<Invoice> lastSummaryInvoice(qint64 accountId, QDate before) const;

    qint64 insert(const Invoice &invoice); // with its lines; returns the id
    // Rewrites a draft's header and lines; false when the version no longer matches.
    bool updateDraft(const Invoice &invoice);
    bool setStatus(qint64 id, int version, InvoiceStatus status, const QString &cancelReason = {});
    void setIssued(qint64 id, const QString &number, const QString &documentJson, const QString &actor);
    void addCredited(qint64 id, money::Yen amount);
    // Money allocated to (amount > 0) or taken back from (amount < 0) an issued invoice, with its
    // status following (partly paid, paid, or back to issued). False when the invoice is not an open
    // issued invoice or the amount would take its balance below zero or paid below zero. The
    // invoice's settled_on is the value date of the money that completes it (cleared when money is
    // taken back).
    bool addPaid(qint64 id, money::Yen amount, QDate valueDate);
    void deleteDraft(qint64 id);
    QString documentJson(qint64 id) const;

private:
    void insertLines(qint64 invoiceId, const QList<InvoiceLine> &lines);
    QList<InvoiceLine> linesOf(qint64 invoiceId) const;

    storage::Database &m_database;
};

} // namespace kaishu::billing
