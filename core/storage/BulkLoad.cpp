#include "BulkLoad.h"

#include "Database.h"
#include "Migrations.h"
#include "StorageError.h"

namespace kaishu::storage {

BulkLoad::BulkLoad(Database &database)
    : m_database(database)
{
    if (m_database.dialect() != SqlDialect::Sqlite)
        return;
    if (m_database.transactionState().depth == 0)
        throw StorageError(QStringLiteral("BulkLoad outside a transaction"));
    for (const QString &trigger :
         {QStringLiteral("debtor_search_insert"), QStringLiteral("debtor_search_delete"),
          QStringLiteral("debtor_search_update")})
        m_database.exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + trigger);
    m_active = true;
}

void BulkLoad::finish()
{
    if (!m_active)
        return;
    m_database.exec(QStringLiteral("INSERT INTO debtor_search(debtor_search) VALUES ('rebuild')"));
    for (const QString &statement : debtorSearchTriggers())
        m_database.exec(statement);
    m_active = false;
}

} // namespace kaishu::storage
