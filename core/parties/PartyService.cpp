#include "PartyService.h"

#include "storage/Transaction.h"

namespace kaishu::parties {

namespace {

template<typename T> void throwIfInvalid(const T &value)
{
    const QList<FieldError> errors = validate(value);
    if (!errors.isEmpty())
        throw ValidationError(errors);
}

// Messages for clerks, translated under one context per area (lupdate reads the declaration).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::parties)
};

} // namespace

PartyService::PartyService(storage::Database &database, const QString &actor)
    : m_database(database)
    , m_repository(database)
    , m_audit(database, actor)
{}

Client PartyService::createClient(Client client)
{
    throwIfInvalid(client);
    storage::Transaction transaction(m_database);
    if (m_repository.clientByCode(client.code))
        throw ValidationError(
            {{QStringLiteral("client_code"), Text::tr("client %1 exists already").arg(client.code)}});
    client.id = m_repository.insertClient(client);
    client.version = 1;
    m_audit.record(QStringLiteral("client"), client.id, QStringLiteral("create"), {}, client.toJson());
    transaction.commit();
    return client;
}

Client PartyService::updateClient(const Client &client)
{
    return writeClient(client, QStringLiteral("update"));
}

Client PartyService::writeClient(const Client &client, const QString &action)
{
    throwIfInvalid(client);
    storage::Transaction transaction(m_database);
    const std::optional<Client> before = m_repository.clientById(client.id);
    if (!before)
        throw ConcurrentChangeError(Text::tr("Client %1 was deleted by someone else.").arg(client.code));
    const std::optional<Client> sameCode = m_repository.clientByCode(client.code);
    if (sameCode && sameCode->id != client.id)
        throw ValidationError(
            {{QStringLiteral("client_code"), Text::tr("client %1 exists already").arg(client.code)}});
    m_repository.updateClient(client);
    m_audit.record(QStringLiteral("client"), client.id, action, before->toJson(), client.toJson());
    transaction.commit();
    Client saved = client;
    saved.version = client.version + 1;
    return saved;
}

Debtor PartyService::createDebtor(Debtor debtor)
{
    throwIfInvalid(debtor);
    storage::Transaction transaction(m_database);
    if (!debtor.corporateNumber.isEmpty() && m_repository.debtorByCorporateNumber(debtor.corporateNumber))
        throw ValidationError(
            {{QStringLiteral("corporate_number"),
              Text::tr("a debtor with corporate number %1 exists already").arg(debtor.corporateNumber)}});
    debtor.id = m_repository.insertDebtor(debtor);
    debtor.version = 1;
    m_audit.record(QStringLiteral("debtor"), debtor.id, QStringLiteral("create"), {}, debtor.toJson());
    transaction.commit();
    return debtor;
}

Debtor PartyService::updateDebtor(const Debtor &debtor)
{
    return writeDebtor(debtor, QStringLiteral("update"));
}

Debtor PartyService::writeDebtor(const Debtor &debtor, const QString &action)
{
    throwIfInvalid(debtor);
    storage::Transaction transaction(m_database);
    const std::optional<Debtor> before = m_repository.debtorById(debtor.id);
    if (!before)
        throw ConcurrentChangeError(Text::tr("Debtor %1 was deleted by someone else.").arg(debtor.name));
    if (!debtor.corporateNumber.isEmpty()) {
        const std::optional<Debtor> other = m_repository.debtorByCorporateNumber(debtor.corporateNumber);
        if (other && other->id != debtor.id)
            throw ValidationError(
                {{QStringLiteral("corporate_number"),
                  Text::tr("corporate number %1 belongs to %2").arg(debtor.corporateNumber, other->name)}});
    }
    m_repository.updateDebtor(debtor);
    m_audit.record(QStringLiteral("debtor"), debtor.id, action, before->toJson(), debtor.toJson());
    transaction.commit();
    Debtor saved = debtor;
    saved.version = debtor.version + 1;
    return saved;
}

void PartyService::updateDebtorAndAccount(const Debtor &debtor, const Account &account)
{
    storage::Transaction transaction(m_database);
    const std::optional<Debtor> storedDebtor = m_repository.debtorById(debtor.id);
    const std::optional<Account> storedAccount = m_repository.accountById(account.id);
    if (!storedDebtor || !storedAccount || account.debtorId != debtor.id)
        throw ConcurrentChangeError(Text::tr("Debtor %1 no longer exists.").arg(debtor.name));
    if (!(debtor == *storedDebtor))
        writeDebtor(debtor, QStringLiteral("update"));
    if (!(account == *storedAccount))
        writeAccount(account, QStringLiteral("update"));
    transaction.commit();
}

void PartyService::restoreDebtorAndAccount(const Debtor &debtor, const Account &account)
{
    storage::Transaction transaction(m_database);
    const std::optional<Debtor> storedDebtor = m_repository.debtorById(debtor.id);
    const std::optional<Account> storedAccount = m_repository.accountById(account.id);
    if (!storedDebtor || !storedAccount)
        throw ConcurrentChangeError(Text::tr("Debtor %1 no longer exists.").arg(debtor.name));
    Debtor targetDebtor = debtor;
    targetDebtor.version = storedDebtor->version;
    if (!(targetDebtor == *storedDebtor))
        writeDebtor(targetDebtor, QStringLiteral("restore"));
    Account targetAccount = account;
    targetAccount.version = storedAccount->version;
    if (!(targetAccount == *storedAccount))
        writeAccount(targetAccount, QStringLiteral("restore"));
    transaction.commit();
}

void PartyService::restoreClient(const Client &client)
{
    storage::Transaction transaction(m_database);
    const std::optional<Client> stored = m_repository.clientById(client.id);
    if (!stored)
        throw ConcurrentChangeError(Text::tr("Client %1 no longer exists.").arg(client.code));
    Client target = client;
    target.version = stored->version;
    if (!(target == *stored))
        writeClient(target, QStringLiteral("restore"));
    transaction.commit();
}

QList<audit::AuditRecord> PartyService::clientHistory(qint64 clientId) const
{
    return audit::AuditTrail::history(m_database, {{QStringLiteral("client"), clientId}});
}

QList<audit::AuditRecord> PartyService::debtorHistory(qint64 debtorId) const
{
    QList<audit::EntityRef> entities{{QStringLiteral("debtor"), debtorId}};
    for (const Account &account : m_repository.accountsOfDebtor(debtorId))
        entities.append({QStringLiteral("account"), account.id});
    return audit::AuditTrail::history(m_database, entities);
}

void PartyService::checkVirtualAccountFree(const Account &account) const
{
    if (account.virtualAccount.isEmpty())
        return;
    const std::optional<Account> holder = m_repository.accountByVirtualAccount(account.virtualAccount);
    if (holder && holder->id != account.id)
        throw ValidationError({{QStringLiteral("virtual_account"),
                                Text::tr("virtual account %1 is assigned to customer %2 already")
                                    .arg(account.virtualAccount, holder->customerCode)}});
}

Account PartyService::createAccount(Account account)
{
    throwIfInvalid(account);
    storage::Transaction transaction(m_database);
    if (!m_repository.clientById(account.clientId) || !m_repository.debtorById(account.debtorId))
        throw ValidationError(
            {{QStringLiteral("customer_code"), Text::tr("the client or the debtor does not exist")}});
    if (m_repository.accountByCustomerCode(account.clientId, account.customerCode))
        throw ValidationError(
            {{QStringLiteral("customer_code"),
              Text::tr("customer code %1 is used by this client already").arg(account.customerCode)}});
    checkVirtualAccountFree(account);
    account.id = m_repository.insertAccount(account);
    account.version = 1;
    m_audit.record(QStringLiteral("account"), account.id, QStringLiteral("create"), {}, account.toJson());
    transaction.commit();
    return account;
}

Account PartyService::updateAccount(const Account &account)
{
    return writeAccount(account, QStringLiteral("update"));
}

Account PartyService::writeAccount(const Account &account, const QString &action)
{
    throwIfInvalid(account);
    storage::Transaction transaction(m_database);
    const std::optional<Account> before = m_repository.accountById(account.id);
    if (!before)
        throw ConcurrentChangeError(
            Text::tr("Account %1 was deleted by someone else.").arg(account.customerCode));
    const std::optional<Account> sameCode =
        m_repository.accountByCustomerCode(account.clientId, account.customerCode);
    if (sameCode && sameCode->id != account.id)
        throw ValidationError(
            {{QStringLiteral("customer_code"),
              Text::tr("customer code %1 is used by this client already").arg(account.customerCode)}});
    checkVirtualAccountFree(account);
    m_repository.updateAccount(account);
    m_audit.record(QStringLiteral("account"), account.id, action, before->toJson(), account.toJson());
    transaction.commit();
    Account saved = account;
    saved.version = account.version + 1;
    return saved;
}

} // namespace kaishu::parties
