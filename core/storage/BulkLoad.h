#pragma once

namespace kaishu::storage {

class Database;

// For writes of many thousands of rows in one transaction (the demo agency, large imports): the
// full-text index of the debtors is not updated row by row but rebuilt once by finish(), which is
// several times faster. Must live inside the caller's Transaction; if the transaction rolls back, so
// does the suspension. A no-op on PostgreSQL, which has no such index.
class BulkLoad
{
public:
    explicit BulkLoad(Database &database);
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    // Rebuilds the index and restores its triggers; call before committing the transaction.
    void finish();

private:
    Database &m_database;
    bool m_active = false;
};

} // namespace kaishu::storage
