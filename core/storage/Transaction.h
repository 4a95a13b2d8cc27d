#pragma once

#include "Database.h"

namespace kaishu::storage {

// Every write runs inside one Transaction: it commits only through commit(); leaving the scope
// otherwise (an exception, an early return) rolls everything back, so bad input never leaves half a
// change behind. Transactions nest: inner ones join the outermost.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    Database &database() { return m_database; }

private:
    Database &m_database;
    bool m_outermost = false;
    bool m_finished = false;
};

} // namespace kaishu::storage
