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

    // A debtor and one of its accounts edited together: both are written or neither; what did not
    // change is not written. The versions must be the ones read.
    void updateDebtorAndAccount(const Debtor &debtor, const Account &account);
    // Undo and redo: writes the snapshot over whatever version is stored now (audited as "restore").
    void restoreDebtorAndAccount(const Debtor &debtor, const Account &account);
    void restoreClient(const Client &client);

    // Every change of the debtor and of its accounts, newest first.
    QList<audit::AuditRecord> debtorHistory(qint64 debtorId) const;
    QList<audit::AuditRecord> clientHistory(qint64 clientId) const;

private:
    void checkVirtualAccountFree(const Account &account) const;
    Debtor writeDebtor(const Debtor &debtor, const QString &action);
    Account writeAccount(const Account &account, const QString &action);
    Client writeClient(const Client &client, const QString &action);

    storage::Database &m_database;
    PartyRepository m_repository;
    audit::AuditTrail m_audit;
};

} // namespace kaishu::parties
