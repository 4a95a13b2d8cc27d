#include "ReceivingAccounts.h"

#include "audit/AuditTrail.h"
#include "parties/Identifiers.h"
#include "storage/Database.h"
#include "storage/StoredValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

namespace kaishu::payments {

using parties::BankAccount;
using parties::FieldError;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::payments)
};

const QString Entity = QStringLiteral("receiving_account");

const QString Columns = QStringLiteral(
    "id, client_id, bank_code, branch_code, account_type, account_number, account_name, version");

ReceivingAccount accountFrom(const QSqlQuery &query)
{
    ReceivingAccount row;
    row.id = query.value(0).toLongLong();
    row.clientId = query.value(1).toLongLong();
    row.account.bankCode = query.value(2).toString();
    row.account.branchCode = query.value(3).toString();
    row.account.type = parties::bankAccountTypeFromText(query.value(4).toString())
                           .value_or(parties::BankAccountType::Ordinary);
    row.account.accountNumber = query.value(5).toString();
    row.account.accountName = query.value(6).toString();
    row.version = query.value(7).toInt();
    return row;
}

QJsonObject toJson(const ReceivingAccount &row)
{
    return {{QStringLiteral("client_id"), row.clientId != 0 ? QJsonValue(row.clientId) : QJsonValue()},
            {QStringLiteral("bank_code"), row.account.bankCode},
            {QStringLiteral("branch_code"), row.account.branchCode},
            {QStringLiteral("account_type"), parties::toCode(row.account.type)},
            {QStringLiteral("account_number"), row.account.accountNumber},
            {QStringLiteral("account_name"), row.account.accountName}};
}

// As the client form stores an account: ASCII digits without separators, the number zero-padded
// (left as typed when it is not a number, so that validation names it).
ReceivingAccount normalized(ReceivingAccount row)
{
    BankAccount &account = row.account;
    account.bankCode = parties::normalizeDigits(account.bankCode);
    account.branchCode = parties::normalizeDigits(account.branchCode);
    const QString number = parties::normalizeDigits(account.accountNumber);
    const QString padded = parties::normalizeAccountNumber(number);
    account.accountNumber = padded.isEmpty() ? number : padded;
    account.accountName = account.accountName.trimmed();
    return row;
}

QString accountText(const ReceivingAccount &row)
{
    return QStringLiteral("%1-%2 %3")
        .arg(row.account.bankCode, row.account.branchCode, row.account.accountNumber);
}

[[noreturn]] void changedBySomeoneElse(const ReceivingAccount &row)
{
    throw parties::ConcurrentChangeError(
        Text::tr("The receiving account %1 was changed or removed by someone else since you opened it. "
                 "Reload it and try again.")
            .arg(accountText(row)));
}

QVariant clientIdValue(const ReceivingAccount &row)
{
    return row.clientId != 0 ? QVariant(row.clientId) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QList<FieldError> validate(const ReceivingAccount &account)
{
    return parties::validate(account.account);
}

ReceivingAccountBook::ReceivingAccountBook(storage::Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{}

QList<ReceivingAccount> ReceivingAccountBook::list() const
{
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT ") + Columns +
                                      QStringLiteral(" FROM receiving_accounts ORDER BY bank_code, "
                                                     "branch_code, account_number"));
    QList<ReceivingAccount> rows;
    while (query.next())
        rows.append(accountFrom(query));
    return rows;
}

std::optional<ReceivingAccount> ReceivingAccountBook::find(qint64 id) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM receiving_accounts WHERE id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    return accountFrom(query);
}

// A number the import already knows gives its statements a client: registered twice, or as a
// receiving account and a client's payee account, it would give them two.
void ReceivingAccountBook::checkNumberIsNew(const ReceivingAccount &row, QList<FieldError> &errors) const
{
    const QString number = QStringLiteral("account_number");
    const BankAccount &account = row.account;
    if (m_database
            .scalar(QStringLiteral("SELECT id FROM receiving_accounts WHERE bank_code = ? AND "
                                   "branch_code = ? AND account_number = ? AND id <> ?"),
                    {account.bankCode, account.branchCode, account.accountNumber, row.id})
            .isValid()) {
        errors.append({number, Text::tr("is already registered as a receiving account")});
        return;
    }
    QSqlQuery client = m_database.exec(
        QStringLiteral("SELECT code, name FROM clients WHERE bank_code = ? AND branch_code = ? AND "
                       "account_number = ? ORDER BY code"),
        {account.bankCode, account.branchCode, account.accountNumber});
    if (client.next())
        errors.append({number, Text::tr("is already registered as the payee account of client %1 %2")
                                   .arg(client.value(0).toString(), client.value(1).toString())});
}

ReceivingAccount ReceivingAccountBook::requireUnchanged(const ReceivingAccount &row) const
{
    const std::optional<ReceivingAccount> stored = find(row.id);
    if (!stored || stored->version != row.version)
        changedBySomeoneElse(stored ? *stored : row);
    return *stored;
}

ReceivingAccount ReceivingAccountBook::save(const ReceivingAccount &input)
{
    ReceivingAccount row = normalized(input);
    QList<FieldError> errors = validate(row);
    storage::Transaction transaction(m_database);
    const std::optional<ReceivingAccount> before =
        row.id != 0 ? std::optional(requireUnchanged(row)) : std::nullopt;
    if (row.clientId != 0 &&
        !m_database.scalar(QStringLiteral("SELECT id FROM clients WHERE id = ?"), {row.clientId}).isValid())
        errors.append({QStringLiteral("client_id"), Text::tr("no client has the id %1").arg(row.clientId)});
    if (errors.isEmpty())
        checkNumberIsNew(row, errors);
    if (!errors.isEmpty())
        throw parties::ValidationError(errors);

    const QVariantList values{clientIdValue(row),        row.account.bankCode,
                              row.account.branchCode,    parties::toCode(row.account.type),
                              row.account.accountNumber, row.account.accountName};
    if (before) {
        if (m_database.execPrepared(
                QStringLiteral(
                    "UPDATE receiving_accounts SET client_id = ?, bank_code = ?, branch_code = ?, "
                    "account_type = ?, account_number = ?, account_name = ?, version = version + 1 "
                    "WHERE id = ? AND version = ?"),
                values + QVariantList{row.id, row.version}) != 1)
            changedBySomeoneElse(*before);
        ++row.version;
    } else {
        row.id = m_database.insertPrepared(
            QStringLiteral("INSERT INTO receiving_accounts (client_id, bank_code, branch_code, account_type, "
                           "account_number, account_name, version, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, 1, ?)"),
            values + QVariantList{storage::timestampNow()});
        row.version = 1;
    }
    audit::AuditTrail(m_database, m_actor)
        .record(Entity, row.id, before ? QStringLiteral("update") : QStringLiteral("create"),
                before ? toJson(*before) : QJsonObject(), toJson(row));
    transaction.commit();
    return row;
}

void ReceivingAccountBook::remove(qint64 id, int version)
{
    storage::Transaction transaction(m_database);
    ReceivingAccount row;
    row.id = id;
    row.version = version;
    const ReceivingAccount before = requireUnchanged(row);
    if (m_database.execPrepared(QStringLiteral("DELETE FROM receiving_accounts WHERE id = ? AND version = ?"),
                                {id, version}) != 1)
        changedBySomeoneElse(before);
    audit::AuditTrail(m_database, m_actor).record(Entity, id, QStringLiteral("delete"), toJson(before), {});
    transaction.commit();
}

} // namespace kaishu::payments
