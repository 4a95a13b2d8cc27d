#pragma once

#include "Parties.h"
#include "PartyRepository.h"
#include "audit/AuditTrail.h"

namespace kaishu::storage {
class Database;
}

namespace kaishu::parties {

// What the GUI and the CLI call to change clients, debtors and accounts: validates, writes in one
// transaction and records the change in the audit trail in the same transaction. Every method either
// succeeds entirely or leaves the database as it was and throws (ValidationError,
// ConcurrentChangeError, storage::StorageError).
class PartyService
{
public:
    PartyService(storage::Database &database, const QString &actor);

    PartyRepository &repository() { return m_repository; }

    Client createClient(Client client);
    Client updateClient(const Client &client);

    Debtor createDebtor(Debtor debtor);
    Debtor updateDebtor(const Debtor &debtor);

    Account createAccount(Account account);
    Account updateAccount(const Account &account);

    // Every change of the debtor and of its accounts, newest first.
    QList<audit::AuditRecord> debtorHistory(qint64 debtorId) const;

private:
    void checkVirtualAccountFree(const Account &account) const;

    storage::Database &m_database;
    PartyRepository m_repository;
    audit::AuditTrail m_audit;
};

} // namespace kaishu::parties
