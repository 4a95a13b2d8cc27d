#pragma once

#include "parties/Parties.h"

#include <QList>
#include <QString>

#include <optional>

namespace kaishu::storage {
class Database;
}

namespace kaishu::payments {

// An account money arrives in (入金口座) besides the clients' payee accounts: the agency's own, or a
// further account of a client. A bank statement of the account gives its transactions the client.
struct ReceivingAccount
{
    qint64 id = 0;
    qint64 clientId = 0;          // 0: the agency's own account (client_id NULL)
    parties::BankAccount account; // bank, branch, type, number, holder as the bank prints it
    int version = 0;
    friend bool operator==(const ReceivingAccount &, const ReceivingAccount &) = default;
};

// The rules of the account itself; that the client exists and that the number is not known yet
// need the database and are checked by ReceivingAccountBook::save.
QList<parties::FieldError> validate(const ReceivingAccount &account);

// The receiving accounts as SQL: validated, audited writes, one transaction each, versions checked
// so that two clerks on a shared database never overwrite each other.
class ReceivingAccountBook
{
public:
    ReceivingAccountBook(storage::Database &database, QString actor);

    QList<ReceivingAccount> list() const; // by bank code, branch code, number
    std::optional<ReceivingAccount> find(qint64 id) const;
    // Id 0 inserts, else updates the version read. Digits are normalised first (full-width, hyphens,
    // the number zero-padded to 7). Throws ValidationError (a number already known as a receiving
    // or a client's payee account is refused on account_number), ConcurrentChangeError.
    ReceivingAccount save(const ReceivingAccount &account);
    // Throws ConcurrentChangeError when the account was changed or removed since it was read.
    void remove(qint64 id, int version);

private:
    void checkNumberIsNew(const ReceivingAccount &account, QList<parties::FieldError> &errors) const;
    ReceivingAccount requireUnchanged(const ReceivingAccount &account) const;

    storage::Database &m_database;
    QString m_actor;
};

} // namespace kaishu::payments
