#include "PartyRepository.h"

#include "SearchKey.h"
#include "storage/Database.h"
#include "storage/StoredValues.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>

namespace kaishu::parties {

namespace {

// NULL for an empty optional identifier, so UNIQUE holds only between real values.
QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

calendar::PaymentTerms termsFrom(const QVariant &value)
{
    return calendar::PaymentTerms::parse(value.toString()).value_or(calendar::PaymentTerms());
}

const QString ClientColumns = QStringLiteral(
    "id, code, name, name_kana, registration_number, postal_code, address, bank_code, branch_code, "
    "account_type, account_number, account_name, terms, version");

Client clientFrom(const QSqlQuery &query)
{
    Client client;
    client.id = query.value(0).toLongLong();
    client.code = query.value(1).toString();
    client.name = query.value(2).toString();
    client.nameKana = query.value(3).toString();
    client.registrationNumber = query.value(4).toString();
    client.postalCode = query.value(5).toString();
    client.address = query.value(6).toString();
    client.payeeAccount.bankCode = query.value(7).toString();
    client.payeeAccount.branchCode = query.value(8).toString();
    client.payeeAccount.type =
        bankAccountTypeFromText(query.value(9).toString()).value_or(BankAccountType::Ordinary);
    client.payeeAccount.accountNumber = query.value(10).toString();
    client.payeeAccount.accountName = query.value(11).toString();
    client.terms = termsFrom(query.value(12));
    client.version = query.value(13).toInt();
    return client;
}

const QString DebtorColumns = QStringLiteral(
    "id, kind, name, name_kana, payer_name, corporate_number, postal_code, prefecture, address, industry, "
    "contact_name, email, phone, version");

Debtor debtorFrom(const QSqlQuery &query)
{
    Debtor debtor;
    debtor.id = query.value(0).toLongLong();
    debtor.kind = debtorKindFromCode(query.value(1).toString()).value_or(DebtorKind::Corporation);
    debtor.name = query.value(2).toString();
    debtor.nameKana = query.value(3).toString();
    debtor.payerName = query.value(4).toString();
    debtor.corporateNumber = query.value(5).toString();
    debtor.postalCode = query.value(6).toString();
    debtor.prefecture = query.value(7).toString();
    debtor.address = query.value(8).toString();
    debtor.industry = query.value(9).toString();
    debtor.contactName = query.value(10).toString();
    debtor.email = query.value(11).toString();
    debtor.phone = query.value(12).toString();
    debtor.version = query.value(13).toInt();
    return debtor;
}

QString debtorSearchText(const Debtor &debtor)
{
    return searchKey(debtor.name) + QLatin1Char('|') + searchKey(debtor.nameKana) + QLatin1Char('|') +
           searchKey(debtor.payerName) + QLatin1Char('|') + debtor.corporateNumber;
}

const QString AccountColumns = QStringLiteral(
    "id, client_id, debtor_id, customer_code, terms, credit_limit, virtual_account, status, version");

Account accountFrom(const QSqlQuery &query)
{
    Account account;
    account.id = query.value(0).toLongLong();
    account.clientId = query.value(1).toLongLong();
    account.debtorId = query.value(2).toLongLong();
    account.customerCode = query.value(3).toString();
    account.terms = termsFrom(query.value(4));
    account.creditLimit = money::Yen(query.value(5).toLongLong());
    account.virtualAccount = query.value(6).toString();
    account.status = accountStatusFromCode(query.value(7).toString()).value_or(AccountStatus::Active);
    account.version = query.value(8).toInt();
    return account;
}

template<typename T, typename Make> std::optional<T> single(QSqlQuery query, Make make)
{
    if (!query.next())
        return std::nullopt;
    return make(query);
}

void requireOneRowChanged(int affected, const QString &what)
{
    if (affected != 1)
        throw ConcurrentChangeError(QCoreApplication::translate("kaishu::parties",
                                                                "%1 was changed by someone else since you "
                                                                "opened it. Reload it and try again.")
                                        .arg(what));
}

} // namespace

PartyRepository::PartyRepository(storage::Database &database)
    : m_database(database)
{}

QList<Client> PartyRepository::clients() const
{
    QSqlQuery query =
        m_database.exec(QStringLiteral("SELECT %1 FROM clients ORDER BY code").arg(ClientColumns));
    QList<Client> result;
    while (query.next())
        result.append(clientFrom(query));
    return result;
}

std::optional<Client> PartyRepository::clientById(qint64 id) const
{
    return single<Client>(
        m_database.exec(QStringLiteral("SELECT %1 FROM clients WHERE id = ?").arg(ClientColumns), {id}),
        clientFrom);
}

std::optional<Client> PartyRepository::clientByCode(const QString &code) const
{
    return single<Client>(
        m_database.exec(QStringLiteral("SELECT %1 FROM clients WHERE code = ?").arg(ClientColumns), {code}),
        clientFrom);
}

qint64 PartyRepository::insertClient(const Client &client)
{
    const QString stamp = storage::timestampNow();
    return m_database.insertPrepared(
        QStringLiteral(
            "INSERT INTO clients (code, name, name_kana, registration_number, postal_code, address, "
            "bank_code, branch_code, account_type, account_number, account_name, terms, version, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
        {client.code, client.name, client.nameKana, client.registrationNumber, client.postalCode,
         client.address, client.payeeAccount.bankCode, client.payeeAccount.branchCode,
         toCode(client.payeeAccount.type), client.payeeAccount.accountNumber, client.payeeAccount.accountName,
         client.terms.toStructured(), stamp, stamp});
}

void PartyRepository::updateClient(const Client &client)
{
    const int affected = m_database.execPrepared(
        QStringLiteral(
            "UPDATE clients SET code = ?, name = ?, name_kana = ?, registration_number = ?, "
            "postal_code = ?, address = ?, bank_code = ?, branch_code = ?, account_type = ?, "
            "account_number = ?, account_name = ?, terms = ?, version = version + 1, updated_at = ? "
            "WHERE id = ? AND version = ?"),
        {client.code, client.name, client.nameKana, client.registrationNumber, client.postalCode,
         client.address, client.payeeAccount.bankCode, client.payeeAccount.branchCode,
         toCode(client.payeeAccount.type), client.payeeAccount.accountNumber, client.payeeAccount.accountName,
         client.terms.toStructured(), storage::timestampNow(), client.id, client.version});
    requireOneRowChanged(affected,
                         QCoreApplication::translate("kaishu::parties", "Client %1").arg(client.code));
}

std::optional<Debtor> PartyRepository::debtorById(qint64 id) const
{
    return single<Debtor>(
        m_database.exec(QStringLiteral("SELECT %1 FROM debtors WHERE id = ?").arg(DebtorColumns), {id}),
        debtorFrom);
}

std::optional<Debtor> PartyRepository::debtorByCorporateNumber(const QString &corporateNumber) const
{
    return single<Debtor>(
        m_database.exec(
            QStringLiteral("SELECT %1 FROM debtors WHERE corporate_number = ?").arg(DebtorColumns),
            {corporateNumber}),
        debtorFrom);
}

qint64 PartyRepository::insertDebtor(const Debtor &debtor)
{
    const QString stamp = storage::timestampNow();
    return m_database.insertPrepared(
        QStringLiteral(
            "INSERT INTO debtors (kind, name, name_kana, payer_name, corporate_number, postal_code, "
            "prefecture, address, industry, contact_name, email, phone, search_text, version, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
        {toCode(debtor.kind), debtor.name, debtor.nameKana, debtor.payerName,
         nullIfEmpty(debtor.corporateNumber), debtor.postalCode, debtor.prefecture, debtor.address,
         debtor.industry, debtor.contactName, debtor.email, debtor.phone, debtorSearchText(debtor), stamp,
         stamp});
}

void PartyRepository::updateDebtor(const Debtor &debtor)
{
    const int affected = m_database.execPrepared(
        QStringLiteral(
            "UPDATE debtors SET kind = ?, name = ?, name_kana = ?, payer_name = ?, corporate_number = ?, "
            "postal_code = ?, prefecture = ?, address = ?, industry = ?, contact_name = ?, email = ?, "
            "phone = ?, search_text = ?, version = version + 1, updated_at = ? "
            "WHERE id = ? AND version = ?"),
        {toCode(debtor.kind), debtor.name, debtor.nameKana, debtor.payerName,
         nullIfEmpty(debtor.corporateNumber), debtor.postalCode, debtor.prefecture, debtor.address,
         debtor.industry, debtor.contactName, debtor.email, debtor.phone, debtorSearchText(debtor),
         storage::timestampNow(), debtor.id, debtor.version});
    requireOneRowChanged(affected,
                         QCoreApplication::translate("kaishu::parties", "Debtor %1").arg(debtor.name));
}

std::optional<Account> PartyRepository::accountById(qint64 id) const
{
    return single<Account>(
        m_database.exec(QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(AccountColumns), {id}),
        accountFrom);
}

std::optional<Account> PartyRepository::accountByCustomerCode(qint64 clientId,
                                                              const QString &customerCode) const
{
    return single<Account>(
        m_database.exec(QStringLiteral("SELECT %1 FROM accounts WHERE client_id = ? AND customer_code = ?")
                            .arg(AccountColumns),
                        {clientId, customerCode}),
        accountFrom);
}

std::optional<Account> PartyRepository::accountByVirtualAccount(const QString &virtualAccount) const
{
    return single<Account>(
        m_database.exec(
            QStringLiteral("SELECT %1 FROM accounts WHERE virtual_account = ?").arg(AccountColumns),
            {virtualAccount}),
        accountFrom);
}

QList<Account> PartyRepository::accountsOfDebtor(qint64 debtorId) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT %1 FROM accounts WHERE debtor_id = ? ORDER BY client_id").arg(AccountColumns),
        {debtorId});
    QList<Account> result;
    while (query.next())
        result.append(accountFrom(query));
    return result;
}

qint64 PartyRepository::insertAccount(const Account &account)
{
    const QString stamp = storage::timestampNow();
    return m_database.insertPrepared(
        QStringLiteral("INSERT INTO accounts (client_id, debtor_id, customer_code, terms, credit_limit, "
                       "virtual_account, status, version, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
        {account.clientId, account.debtorId, account.customerCode, account.terms.toStructured(),
         account.creditLimit.value(), nullIfEmpty(account.virtualAccount), toCode(account.status), stamp,
         stamp});
}

void PartyRepository::updateAccount(const Account &account)
{
    const int affected = m_database.execPrepared(
        QStringLiteral(
            "UPDATE accounts SET customer_code = ?, terms = ?, credit_limit = ?, virtual_account = ?, "
            "status = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?"),
        {account.customerCode, account.terms.toStructured(), account.creditLimit.value(),
         nullIfEmpty(account.virtualAccount), toCode(account.status), storage::timestampNow(), account.id,
         account.version});
    requireOneRowChanged(
        affected, QCoreApplication::translate("kaishu::parties", "Account %1").arg(account.customerCode));
}

} // namespace kaishu::parties
