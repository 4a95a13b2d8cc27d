#pragma once

// A portfolio's invoice and payment history written straight into the database, for the screening
// suites and the benchmark: years of invoices are too many to issue one by one.

#include "screening/PaymentHistory.h"

#include <QList>

namespace kaishu::storage {
class Database;
}

namespace kaishu::tests {

struct HistoryAccount
{
    qint64 accountId = 0;
    qint64 clientId = 0;
};

// Writes every invoice of the history as an issued invoice of an account: the history's customers,
// in order of first appearance, go to the accounts in turn. A settled invoice is paid in full by a
// manual transaction on its settled date (status paid); an open one stays issued. One transaction
// of bulk inserts. Returns the invoices written.
int writePortfolioHistory(storage::Database &database, const QList<screening::HistoryInvoice> &history,
                          const QList<HistoryAccount> &accounts);

// Every active account of the database with its client, by id.
QList<HistoryAccount> historyAccounts(const storage::Database &database);

} // namespace kaishu::tests
