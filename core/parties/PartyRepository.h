#pragma once

#include "Parties.h"

#include <QList>
#include <optional>

namespace kaishu::storage {
class Database;
}

namespace kaishu::parties {

// The SQL of clients, debtors and accounts. Callers hold the transaction; updates check the row
// version and throw ConcurrentChangeError when someone else saved first.
class PartyRepository
{
public:
    explicit PartyRepository(storage::Database &database);

    QList<Client> clients() const;
    std::optional<Client> clientById(qint64 id) const;
    std::optional<Client> clientByCode(const QString &code) const;
    qint64 insertClient(const Client &client);
    void updateClient(const Client &client); // bumps the version

    std::optional<Debtor> debtorById(qint64 id) const;
    std::optional<Debtor> debtorByCorporateNumber(const QString &corporateNumber) const;
    qint64 insertDebtor(const Debtor &debtor);
    void updateDebtor(const Debtor &debtor);

    std::optional<Account> accountById(qint64 id) const;
    std::optional<Account> accountByCustomerCode(qint64 clientId, const QString &customerCode) const;
    std::optional<Account> accountByVirtualAccount(const QString &virtualAccount) const;
    QList<Account> accountsOfDebtor(qint64 debtorId) const;
    qint64 insertAccount(const Account &account);
    void updateAccount(const Account &account);

private:
    storage::Database &m_database;
};

} // namespace kaishu::parties
