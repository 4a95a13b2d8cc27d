#pragma once

#include "billing/BillingDocument.h"
#include "billing/BillingSettings.h"
#include "billing/Invoice.h"
#include "billing/InvoiceBook.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kaishu::storage {
class Database;
}

namespace kaishu::billing {

// An account whose open invoices and new drafts together exceed its credit limit (与信限度額).
struct CreditWarning
{
    qint64 accountId = 0;
    QString customerCode;
    QString debtorName;
    money::Yen creditLimit;
    money::Yen exposure; // open balance + drafts, including the ones this run makes
};

// What a billing run makes (or would make): the drafts and the credit warnings.
struct BillingRunPlan
{
    qint64 clientId = 0;
    QDate closingDate;
    QDate issueDate;
    QList<Invoice> drafts;             // with lines; ids only after runBilling
    QList<QList<qint64>> orderLineIds; // per draft, the order lines it bills
    QList<CreditWarning> warnings;
    int orderLines = 0;
};

// One attempt to deliver an invoice (e-mail, e-invoice file), as the send log keeps it.
struct SendAttempt
{
    qint64 invoiceId = 0;
    QString channel; // email, pint
    QString recipient;
    QDateTime attemptedAt;
    bool accepted = false;
    QString serverReply;
    QString error;
    QString actor;
};

// 請求業務: billing runs, drafts, issuing with gapless numbers, cancellation, credit notes, corrective
// re-issue, receipts and the send log. Every operation is one transaction with its audit records;
// an issued invoice is frozen (its BillingDocument is stored and never rewritten).
class InvoiceService
{
public:
    InvoiceService(storage::Database &database, QString actor);

    InvoiceBook &book() { return m_book; }
    BillingSettingsStore &settings() { return m_settings; }

    // For the client and closing date: each active account whose terms close on that date gets its
    // unbilled lines delivered up to the closing date as drafts — one summary invoice, or one invoice per
    // order, by the account's form; lines of different price modes go on separate invoices. The due date
    // follows the account's terms with the bank-holiday shift.
    BillingRunPlan planBillingRun(qint64 clientId, QDate closingDate, QDate issueDate) const;
    BillingRunPlan runBilling(qint64 clientId, QDate closingDate, QDate issueDate);

    // Saves a draft's lines, dates and notes (tax recomputed); throws ValidationError or
    // ConcurrentChangeError.
    Invoice saveDraft(const Invoice &draft);
    // Deletes a draft; its order lines become unbilled again.
    void discardDraft(const Invoice &draft);

    // The accounts these drafts would take over their credit limit once issued: what they owe on
    // issued invoices plus the drafts, against the limit in force (none when the limit is 0).
    QList<CreditWarning> creditLimitBreaches(const QList<qint64> &draftIds) const;
    // Issues drafts: each takes the next number of its client's series and is frozen. All or none.
    // Drafts that take an account over its credit limit need a supervisor's approval: the actor
    // must be a supervisor and say so (approveOverLimit); the approval is audited. Otherwise a
    // ValidationError (field credit_limit) names the accounts.
    QList<Invoice> issue(const QList<qint64> &draftIds, QDate issueDate, bool approveOverLimit = false);
    // Cancels an issued invoice without payments (取消), with a reason; the number stays used.
    Invoice cancel(qint64 invoiceId, const QString &reason);
    // Cancels an issued invoice and makes a corrected draft of it, pointing back to it (訂正再発行).
    Invoice reissue(qint64 invoiceId, const QString &reason);
    // Issues a credit note (返還インボイス) for lines returned or discounted from an issued invoice;
    // the lines' amounts are positive. Throws ValidationError when it exceeds what is left.
    Invoice issueCreditNote(qint64 invoiceId, const QList<InvoiceLine> &lines, const QString &reason,
                            QDate issueDate);

    // Money received is recorded by payments::PaymentService (recordPayment, or a bank file), as
    // allocation rows; invoices' paid amounts follow those rows.

    // The document of an invoice or credit note: frozen for issued ones, assembled for drafts (preview).
    BillingDocument document(qint64 invoiceId) const;
    // Issues a receipt (領収書) for the money received on an invoice.
    BillingDocument issueReceipt(qint64 invoiceId, QDate issueDate, const QString &proviso);
    QList<BillingDocument> receipts(qint64 invoiceId) const;

    void recordSend(const SendAttempt &attempt);
    QList<SendAttempt> sendLog(qint64 invoiceId) const;

private:
    BillingDocument assemble(const Invoice &invoice) const;
    QString takeNumber(qint64 clientId, const QString &clientCode, const QString &format, QDate issueDate);
    Invoice requireInvoice(qint64 invoiceId) const;
    void audit(const Invoice &invoice, const QString &action, const QJsonObject &before,
               const QJsonObject &after);

    storage::Database &m_database;
    QString m_actor;
    InvoiceBook m_book;
    BillingSettingsStore m_settings;
};

QJsonObject summaryJson(const Invoice &invoice);

} // namespace kaishu::billing
