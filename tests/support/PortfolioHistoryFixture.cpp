#include "PortfolioHistoryFixture.h"

#include "storage/Database.h"
#include "storage/StoredValues.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace kaishu::tests {

QList<HistoryAccount> historyAccounts(const storage::Database &database)
{
    QList<HistoryAccount> accounts;
    QSqlQuery query = database.exec(
        QStringLiteral("SELECT id, client_id FROM accounts WHERE status = 'active' ORDER BY id"));
    while (query.next())
        accounts.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return accounts;
}

int writePortfolioHistory(storage::Database &database, const QList<screening::HistoryInvoice> &history,
                          const QList<HistoryAccount> &accounts)
{
    if (accounts.isEmpty())
        return 0;
    storage::Transaction transaction(database);
    const QString now = storage::timestampNow();
    const qint64 statementId = database.insert(
        QStringLiteral(
            "INSERT INTO bank_statements (format, file_name, file_sha256, lines_read, lines_new, "
            "imported_at, imported_by) VALUES ('manual', 'history', 'history', 0, 0, ?, 'history')"),
        {now});
    const qint64 firstNumber =
        database.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong() + 1;
    QHash<QString, HistoryAccount> accountOf;
    int written = 0;
    for (const screening::HistoryInvoice &invoice : history) {
        auto account = accountOf.find(invoice.customerId);
        if (account == accountOf.end())
            account = accountOf.insert(invoice.customerId, accounts.at(accountOf.size() % accounts.size()));
        const qint64 gross = invoice.amount;
        const qint64 tax = gross / 11;
        const QString issued = storage::dateText(invoice.invoiceDate);
        const qint64 invoiceId = database.insertPrepared(
            QStringLiteral(
                "INSERT INTO invoices (client_id, account_id, kind, status, number, closing_date, "
                "issue_date, due_date, period_from, period_to, invoice_form, price_mode, rounding, net, "
                "tax, gross, tax_10, paid, settled_on, first_paid_on, issued_at, issued_by, created_at, "
                "updated_at) "
                "VALUES (?, ?, 'invoice', ?, ?, ?, ?, ?, ?, ?, 'summary', 'incl', 'down', ?, ?, ?, ?, ?, ?, "
                "?, ?, "
                "'history', ?, ?)"),
            {account->clientId, account->accountId,
             invoice.settledDate ? QStringLiteral("paid") : QStringLiteral("issued"),
             QStringLiteral("H-%1").arg(firstNumber + written), issued, issued,
             storage::dateText(invoice.dueDate),
             storage::dateText(invoice.invoiceDate.addMonths(-1).addDays(1)), issued, gross - tax, tax, gross,
             tax, invoice.settledDate ? gross : 0,
             invoice.settledDate ? QVariant(storage::dateText(*invoice.settledDate))
                                 : QVariant(QMetaType(QMetaType::QString)),
             invoice.settledDate ? QVariant(storage::dateText(*invoice.settledDate))
                                 : QVariant(QMetaType(QMetaType::QString)),
             now, now, now});
        ++written;
        if (!invoice.settledDate)
            continue;
        const QString settled = storage::dateText(*invoice.settledDate);
        const qint64 transactionId = database.insertPrepared(
            QStringLiteral(
                "INSERT INTO bank_transactions (statement_id, dedup_key, client_id, account_date, "
                "value_date, amount, incoming, status, allocated, created_at) VALUES (?, ?, ?, ?, ?, ?, "
                "1, 'matched', ?, ?)"),
            {statementId, QStringLiteral("history-%1").arg(invoiceId), account->clientId, settled, settled,
             gross, gross, now});
        database.execPrepared(
            QStringLiteral(
                "INSERT INTO payment_allocations (transaction_id, invoice_id, amount, method, confidence, "
                "created_at, created_by) VALUES (?, ?, ?, 'manual', 1000, ?, 'history')"),
            {transactionId, invoiceId, gross, now});
    }
    transaction.commit();
    return written;
}

} // namespace kaishu::tests
