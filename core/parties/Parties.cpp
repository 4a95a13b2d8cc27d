#include "Parties.h"

#include "Classification.h"
#include "Identifiers.h"
#include "Kana.h"

namespace kaishu::parties {

namespace {

// Messages for clerks, translated under one context per area (lupdate reads the declaration).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::parties)
};

void requireText(QList<FieldError> &errors, const QString &field, const QString &value, int maxLength)
{
    if (value.trimmed().isEmpty())
        errors.append({field, Text::tr("is required")});
    else if (value.size() > maxLength)
        errors.append({field, Text::tr("is longer than %1 characters").arg(maxLength)});
}

void limitLength(QList<FieldError> &errors, const QString &field, const QString &value, int maxLength)
{
    if (value.size() > maxLength)
        errors.append({field, Text::tr("is longer than %1 characters").arg(maxLength)});
}

// Runs an optional-field check of the Identifiers/Kana style: empty passes, otherwise the reason.
using Check = bool (*)(const QString &, QString *);

void checkOptional(QList<FieldError> &errors, const QString &field, const QString &value, Check check)
{
    if (value.isEmpty())
        return;
    QString reason;
    if (!check(value, &reason))
        errors.append({field, reason});
}

} // namespace

QString toCode(BankAccountType type)
{
    switch (type) {
    case BankAccountType::Ordinary:
        return QStringLiteral("ordinary");
    case BankAccountType::Current:
        return QStringLiteral("current");
    case BankAccountType::Savings:
        return QStringLiteral("savings");
    }
    return {};
}

std::optional<BankAccountType> bankAccountTypeFromText(const QString &text)
{
    const QString value = text.trimmed();
    if (value == QLatin1String("ordinary") || value == QStringLiteral("普通") || value == QLatin1String("1"))
        return BankAccountType::Ordinary;
    if (value == QLatin1String("current") || value == QStringLiteral("当座") || value == QLatin1String("2"))
        return BankAccountType::Current;
    if (value == QLatin1String("savings") || value == QStringLiteral("貯蓄") || value == QLatin1String("4"))
        return BankAccountType::Savings;
    return std::nullopt;
}

int zenginDepositKind(BankAccountType type)
{
    switch (type) {
    case BankAccountType::Ordinary:
        return 1;
    case BankAccountType::Current:
        return 2;
    case BankAccountType::Savings:
        return 4;
    }
    return 1;
}

QString displayName(BankAccountType type)
{
    switch (type) {
    case BankAccountType::Ordinary:
        return Text::tr("Ordinary");
    case BankAccountType::Current:
        return Text::tr("Current");
    case BankAccountType::Savings:
        return Text::tr("Savings");
    }
    return {};
}

QString toCode(DebtorKind kind)
{
    return kind == DebtorKind::Corporation ? QStringLiteral("corporation") : QStringLiteral("person");
}

std::optional<DebtorKind> debtorKindFromCode(const QString &code)
{
    if (code == QLatin1String("corporation"))
        return DebtorKind::Corporation;
    if (code == QLatin1String("person"))
        return DebtorKind::Person;
    return std::nullopt;
}

QString toCode(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Active:
        return QStringLiteral("active");
    case AccountStatus::Suspended:
        return QStringLiteral("suspended");
    case AccountStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<AccountStatus> accountStatusFromCode(const QString &code)
{
    for (AccountStatus status : {AccountStatus::Active, AccountStatus::Suspended, AccountStatus::Closed}) {
        if (toCode(status) == code)
            return status;
    }
    return std::nullopt;
}

QString displayName(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Active:
        return Text::tr("Active");
    case AccountStatus::Suspended:
        return Text::tr("Suspended");
    case AccountStatus::Closed:
        return Text::tr("Closed");
    }
    return {};
}

QJsonObject Client::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("name_kana"), nameKana},
            {QStringLiteral("registration_number"), registrationNumber},
            {QStringLiteral("postal_code"), postalCode},
            {QStringLiteral("address"), address},
            {QStringLiteral("bank_code"), payeeAccount.bankCode},
            {QStringLiteral("branch_code"), payeeAccount.branchCode},
            {QStringLiteral("account_type"), toCode(payeeAccount.type)},
            {QStringLiteral("account_number"), payeeAccount.accountNumber},
            {QStringLiteral("account_name"), payeeAccount.accountName},
            {QStringLiteral("terms"), terms.toStructured()}};
}

QJsonObject Debtor::toJson() const
{
    return {{QStringLiteral("kind"), toCode(kind)},
            {QStringLiteral("name"), name},
            {QStringLiteral("name_kana"), nameKana},
            {QStringLiteral("payer_name"), payerName},
            {QStringLiteral("corporate_number"), corporateNumber},
            {QStringLiteral("postal_code"), postalCode},
            {QStringLiteral("prefecture"), prefecture},
            {QStringLiteral("address"), address},
            {QStringLiteral("industry"), industry},
            {QStringLiteral("contact_name"), contactName},
            {QStringLiteral("email"), email},
            {QStringLiteral("phone"), phone}};
}

QJsonObject Account::toJson() const
{
    return {{QStringLiteral("client_id"), clientId},
            {QStringLiteral("debtor_id"), debtorId},
            {QStringLiteral("customer_code"), customerCode},
            {QStringLiteral("terms"), terms.toStructured()},
            {QStringLiteral("credit_limit"), creditLimit.value()},
            {QStringLiteral("virtual_account"), virtualAccount},
            {QStringLiteral("status"), toCode(status)}};
}

QList<FieldError> validate(const Client &client)
{
    QList<FieldError> errors;
    requireText(errors, QStringLiteral("client_code"), client.code, 20);
    if (client.code.contains(QLatin1Char(' ')))
        errors.append({QStringLiteral("client_code"), Text::tr("must not contain spaces")});
    requireText(errors, QStringLiteral("name"), client.name, 120);
    limitLength(errors, QStringLiteral("name_kana"), client.nameKana, 120);
    checkOptional(errors, QStringLiteral("name_kana"), client.nameKana, isFullWidthKana);
    if (!client.registrationNumber.isEmpty()) {
        // A company's number is T + its 法人番号 and must pass its check digit; a sole proprietor's
        // number has no check digit to test.
        const Registrant registrant =
            nameShowsLegalEntity(client.name) ? Registrant::Corporation : Registrant::Unknown;
        QString reason;
        if (!isValidRegistrationNumber(client.registrationNumber, registrant, &reason))
            errors.append({QStringLiteral("registration_number"), reason});
    }
    checkOptional(errors, QStringLiteral("postal_code"), client.postalCode, isValidPostalCode);
    limitLength(errors, QStringLiteral("address"), client.address, 200);
    // A client without a payee account is allowed; one that has an account has all of it.
    if (!client.payeeAccount.isEmpty())
        errors += validate(client.payeeAccount);
    return errors;
}

QList<FieldError> validate(const BankAccount &account)
{
    QList<FieldError> errors;
    QString reason;
    if (!isValidBankCode(account.bankCode, &reason))
        errors.append({QStringLiteral("bank_code"), reason});
    if (!isValidBranchCode(account.branchCode, &reason))
        errors.append({QStringLiteral("branch_code"), reason});
    if (!isValidAccountNumber(account.accountNumber, &reason))
        errors.append({QStringLiteral("account_number"), reason});
    if (account.accountName.trimmed().isEmpty())
        errors.append({QStringLiteral("account_name"), Text::tr("is required with a bank account")});
    else
        checkOptional(errors, QStringLiteral("account_name"), account.accountName, isValidPayerName);
    return errors;
}

QList<FieldError> validate(const Debtor &debtor)
{
    QList<FieldError> errors;
    requireText(errors, QStringLiteral("name"), debtor.name, 120);
    limitLength(errors, QStringLiteral("name_kana"), debtor.nameKana, 120);
    checkOptional(errors, QStringLiteral("name_kana"), debtor.nameKana, isFullWidthKana);
    checkOptional(errors, QStringLiteral("payer_name"), debtor.payerName, isValidPayerName);
    if (debtor.kind == DebtorKind::Person && !debtor.corporateNumber.isEmpty())
        errors.append({QStringLiteral("corporate_number"), Text::tr("a person has no corporate number")});
    else
        checkOptional(errors, QStringLiteral("corporate_number"), debtor.corporateNumber,
                      isValidCorporateNumber);
    checkOptional(errors, QStringLiteral("postal_code"), debtor.postalCode, isValidPostalCode);
    if (!debtor.prefecture.isEmpty() && !isPrefecture(debtor.prefecture))
        errors.append(
            {QStringLiteral("prefecture"), Text::tr("\"%1\" is not a prefecture").arg(debtor.prefecture)});
    limitLength(errors, QStringLiteral("address"), debtor.address, 200);
    if (!debtor.industry.isEmpty() && !isIndustryCode(debtor.industry))
        errors.append({QStringLiteral("industry"),
                       Text::tr("\"%1\" is not a JSIC major group (A–T)").arg(debtor.industry)});
    limitLength(errors, QStringLiteral("contact_name"), debtor.contactName, 80);
    checkOptional(errors, QStringLiteral("email"), debtor.email, isValidEmail);
    checkOptional(errors, QStringLiteral("phone"), debtor.phone, isValidPhoneNumber);
    return errors;
}

QList<FieldError> validate(const Account &account)
{
    QList<FieldError> errors;
    requireText(errors, QStringLiteral("customer_code"), account.customerCode, 30);
    if (!account.terms.isValid())
        errors.append({QStringLiteral("terms"), Text::tr("are not valid payment terms")});
    if (account.creditLimit < money::Yen(0))
        errors.append({QStringLiteral("credit_limit"), Text::tr("must not be negative")});
    checkOptional(errors, QStringLiteral("virtual_account"), account.virtualAccount, isValidAccountNumber);
    return errors;
}

} // namespace kaishu::parties
