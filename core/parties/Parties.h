#pragma once

#include "FieldError.h"
#include "calendar/PaymentTerms.h"
#include "money/Yen.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kaishu::parties {

enum class BankAccountType { Ordinary, Current, Savings };
QString toCode(BankAccountType type);                                        // ordinary, current, savings
std::optional<BankAccountType> bankAccountTypeFromText(const QString &text); // code, 普通/当座/貯蓄 or 1/2/4
QString displayName(BankAccountType type);
// The 預金種目 of Zengin files: 1 普通, 2 当座, 4 貯蓄.
int zenginDepositKind(BankAccountType type);
// Every account type, in the order forms offer them.
constexpr BankAccountType BankAccountTypes[] = {BankAccountType::Ordinary, BankAccountType::Current,
                                                BankAccountType::Savings};

// Where a client's debtors pay (振込先).
struct BankAccount
{
    QString bankCode;   // 4 digits
    QString branchCode; // 3 digits
    BankAccountType type = BankAccountType::Ordinary;
    QString accountNumber; // 7 digits
    QString accountName;   // half-width kana as the bank prints it
    bool isEmpty() const { return bankCode.isEmpty() && branchCode.isEmpty() && accountNumber.isEmpty(); }
    friend bool operator==(const BankAccount &, const BankAccount &) = default;
};

// 依頼者: a company whose receivables the agency handles.
struct Client
{
    qint64 id = 0;
    QString code;
    QString name;
    QString nameKana;
    QString registrationNumber; // 適格請求書発行事業者登録番号, T + 13 digits; may be empty (not registered)
    QString postalCode;
    QString address;
    BankAccount payeeAccount;
    calendar::PaymentTerms terms;
    int version = 0;

    QJsonObject toJson() const;
    friend bool operator==(const Client &, const Client &) = default;
};

enum class DebtorKind { Corporation, Person };
QString toCode(DebtorKind kind);
std::optional<DebtorKind> debtorKindFromCode(const QString &code);

// A company or person that owes money to one or more clients.
struct Debtor
{
    qint64 id = 0;
    DebtorKind kind = DebtorKind::Corporation;
    QString name;
    QString nameKana;        // full-width katakana
    QString payerName;       // 振込依頼人名 as it appears on bank statements: half-width kana
    QString corporateNumber; // 法人番号, 13 digits with check digit; empty for persons or unknown
    QString postalCode;
    QString prefecture;
    QString address;
    QString industry; // JSIC major group letter A–T
    QString contactName;
    QString email;
    QString phone;
    int version = 0;

    QJsonObject toJson() const;
    friend bool operator==(const Debtor &, const Debtor &) = default;
};

enum class AccountStatus { Active, Suspended, Closed };
QString toCode(AccountStatus status);
std::optional<AccountStatus> accountStatusFromCode(const QString &code);
QString displayName(AccountStatus status);

// The relation of one client to one debtor (取引先口座): the client's customer code for the debtor,
// its terms and credit limit.
struct Account
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 debtorId = 0;
    QString customerCode;
    calendar::PaymentTerms terms;
    money::Yen creditLimit;
    QString virtualAccount; // 振込専用口座 number (7 digits) or empty
    AccountStatus status = AccountStatus::Active;
    int version = 0;

    QJsonObject toJson() const;
    friend bool operator==(const Account &, const Account &) = default;
};

QList<FieldError> validate(const Client &client);
// Every part of a bank account present and well formed (codes, number, holder as the bank prints it).
QList<FieldError> validate(const BankAccount &account);
QList<FieldError> validate(const Debtor &debtor);
QList<FieldError> validate(const Account &account);

} // namespace kaishu::parties
