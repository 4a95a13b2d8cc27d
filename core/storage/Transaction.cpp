#include "Transaction.h"

#include "StorageError.h"

#include <QCoreApplication>

namespace kaishu::storage {

namespace {
void rollback(Database &database)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("ROLLBACK"));
}
} // namespace

Transaction::Transaction(Database &database)
    : m_database(database)
{
    auto &state = m_database.transactionState();
    m_outermost = state.depth == 0;
    if (m_outermost) {
        // IMMEDIATE takes SQLite's write lock up front, so two writers queue on the busy timeout
        // instead of failing half-way when a read lock cannot be upgraded.
        m_database.exec(m_database.dialect() == SqlDialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                                   : QStringLiteral("BEGIN"));
        state.rollbackOnly = false;
        state.auditChainHead.clear();
    }
    ++state.depth;
}

Transaction::~Transaction()
{
    if (m_finished)
        return;
    auto &state = m_database.transactionState();
    --state.depth;
    if (m_outermost)
        rollback(m_database);
    else
        state.rollbackOnly = true;
}

void Transaction::commit()
{
    if (m_finished)
        return;
    m_finished = true;
    auto &state = m_database.transactionState();
    --state.depth;
    if (!m_outermost)
        return;
    if (state.rollbackOnly) {
        rollback(m_database);
        throw StorageError(QCoreApplication::translate(
            "kaishu::storage", "An inner step failed, so the whole change was rolled back."));
    }
    m_database.exec(QStringLiteral("COMMIT"));
}

} // namespace kaishu::storage
