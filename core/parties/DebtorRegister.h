#pragma once

#include "Parties.h"

#include <QList>
#include <QString>

#include <optional>

namespace kaishu::storage {
class Database;
}

namespace kaishu::parties {

// What a clerk narrows the debtor register to.
struct RegisterFilter
{
    QString search;      // matched against name, kana, payer name, 法人番号 and customer code
    qint64 clientId = 0; // 0: every client
    QString prefecture;
    QString industry;
    std::optional<AccountStatus> status;
    friend bool operator==(const RegisterFilter &, const RegisterFilter &) = default;
};

enum class RegisterColumn {
    ClientCode,
    CustomerCode,
    Name,
    NameKana,
    PayerName,
    CorporateNumber,
    Prefecture,
    Industry,
    Terms,
    CreditLimit,
    Status,
    Phone,
    Email,
    VirtualAccount,
    Address,
    PostalCode,
};
constexpr int RegisterColumnCount = static_cast<int>(RegisterColumn::PostalCode) + 1;

// One line of the register: an account (a debtor as seen by one client).
struct RegisterRow
{
    qint64 accountId = 0;
    qint64 debtorId = 0;
    qint64 clientId = 0;
    QString clientCode;
    QString customerCode;
    QString name;
    QString nameKana;
    QString payerName;
    QString corporateNumber;
    QString prefecture;
    QString industry;
    QString terms; // structured form
    qint64 creditLimit = 0;
    QString status;
    QString phone;
    QString email;
    QString virtualAccount;
    QString address;
    QString postalCode;
};

// The debtor register as SQL: counts and pages of rows for a filter and a sort order, so that views
// and exports never load the whole portfolio.
class DebtorRegister
{
public:
    explicit DebtorRegister(const storage::Database &database);

    int count(const RegisterFilter &filter) const;
    // One page in the given order. With the filter's count as total, pages near the end are read
    // backwards, which keeps a jump to the last row as quick as the first.
    QList<RegisterRow> fetch(const RegisterFilter &filter, RegisterColumn sortColumn, bool ascending,
                             int offset, int limit, int total = -1) const;
    // Distinct prefectures and industries in use, for the filter choices.
    QStringList prefecturesInUse() const;

private:
    const storage::Database &m_database;
};

} // namespace kaishu::parties
