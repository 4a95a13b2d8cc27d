#include "FieldNames.h"

#include "BillingNames.h"
#include "calendar/PaymentTerms.h"
#include "money/Yen.h"
#include "parties/Classification.h"

namespace kaishu::ui {

using parties::RegisterColumn;

QString FieldNames::displayName(const QString &field)
{
    if (field == QLatin1String("client_code") || field == QLatin1String("code"))
        return tr("Client code");
    if (field == QLatin1String("customer_code"))
        return tr("Customer code");
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("name_kana"))
        return tr("Name (kana)");
    if (field == QLatin1String("payer_name"))
        return tr("Payer name");
    if (field == QLatin1String("corporate_number"))
        return tr("Corporate number");
    if (field == QLatin1String("registration_number"))
        return tr("Invoice registration number");
    if (field == QLatin1String("kind"))
        return tr("Kind");
    if (field == QLatin1String("postal_code"))
        return tr("Postal code");
    if (field == QLatin1String("prefecture"))
        return tr("Prefecture");
    if (field == QLatin1String("address"))
        return tr("Address");
    if (field == QLatin1String("industry"))
        return tr("Industry");
    if (field == QLatin1String("contact_name"))
        return tr("Contact person");
    if (field == QLatin1String("email"))
        return tr("E-mail");
    if (field == QLatin1String("phone"))
        return tr("Phone");
    if (field == QLatin1String("terms"))
        return tr("Payment terms");
    if (field == QLatin1String("credit_limit"))
        return tr("Credit limit");
    if (field == QLatin1String("virtual_account"))
        return tr("Virtual account");
    if (field == QLatin1String("status"))
        return tr("Status");
    if (field == QLatin1String("bank_code"))
        return tr("Bank code");
    if (field == QLatin1String("branch_code"))
        return tr("Branch code");
    if (field == QLatin1String("account_type"))
        return tr("Account type");
    if (field == QLatin1String("account_number"))
        return tr("Account number");
    if (field == QLatin1String("account_name"))
        return tr("Account holder (kana)");
    if (field == QLatin1String("client_id"))
        return tr("Client");
    if (field == QLatin1String("debtor_id"))
        return tr("Debtor");
    // External credit reports (信用調査).
    if (field == QLatin1String("source"))
        return tr("Source");
    if (field == QLatin1String("report_date"))
        return tr("Report date");
    if (field == QLatin1String("score"))
        return tr("Score");
    if (field == QLatin1String("capital"))
        return tr("Capital");
    if (field == QLatin1String("employees"))
        return tr("Employees");
    if (field == QLatin1String("years_in_business"))
        return tr("Years in business");
    if (field == QLatin1String("revenue"))
        return tr("Revenue");
    if (field == QLatin1String("net_assets"))
        return tr("Net assets");
    if (field == QLatin1String("current_ratio"))
        return tr("Current ratio");
    return billingFieldName(field);
}

QString FieldNames::displayValue(const QString &field, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (field == QLatin1String("credit_limit"))
        return money::Yen(static_cast<qint64>(value.toDouble())).toString();
    const QString text = value.isString() ? value.toString() : value.toVariant().toString();
    if (field == QLatin1String("terms"))
        return termsText(text);
    if (field == QLatin1String("status"))
        return statusName(text);
    if (field == QLatin1String("kind")) {
        const auto kind = parties::debtorKindFromCode(text);
        return kind ? kindName(*kind) : text;
    }
    if (field == QLatin1String("industry"))
        return industryLabel(text);
    if (field == QLatin1String("account_type")) {
        const auto type = parties::bankAccountTypeFromText(text);
        return type ? parties::displayName(*type) : text;
    }
    if (field == QLatin1String("rounding")) {
        const auto mode = money::roundingModeFromString(text);
        return mode ? BillingNames::roundingName(*mode) : text;
    }
    if (field == QLatin1String("issuer"))
        return BillingNames::issuerName(text == QLatin1String("agency") ? billing::IssuerMode::Agency
                                                                        : billing::IssuerMode::Client);
    if (field == QLatin1String("invoice_form")) {
        const auto form = billing::invoiceFormFromCode(text);
        return form ? BillingNames::invoiceFormName(*form) : text;
    }
    if (field == QLatin1String("tax_category")) {
        const auto category = money::taxCategoryFromCode(text);
        return category ? BillingNames::taxCategoryName(*category) : text;
    }
    if (field == QLatin1String("price_mode")) {
        const auto mode = billing::priceModeFromCode(text);
        return mode ? BillingNames::priceModeName(*mode) : text;
    }
    return text;
}

QString FieldNames::billingFieldName(const QString &field)
{
    // The agency profile is stored as settings "agency.name", "agency.phone" …
    if (field.startsWith(QLatin1String("agency.")))
        return displayName(field.mid(7));
    if (field == QLatin1String("order_no"))
        return tr("Order number");
    if (field == QLatin1String("line_no"))
        return tr("Line");
    if (field == QLatin1String("order_date"))
        return tr("Order date");
    if (field == QLatin1String("delivery_date"))
        return tr("Delivery date");
    if (field == QLatin1String("item_code"))
        return tr("Item code");
    if (field == QLatin1String("description"))
        return tr("Description");
    if (field == QLatin1String("quantity"))
        return tr("Quantity");
    if (field == QLatin1String("unit"))
        return tr("Unit");
    if (field == QLatin1String("unit_price"))
        return tr("Unit price");
    if (field == QLatin1String("tax_category"))
        return tr("Tax rate");
    if (field == QLatin1String("price_mode"))
        return tr("Prices");
    if (field == QLatin1String("amount"))
        return tr("Amount");
    if (field == QLatin1String("lines"))
        return tr("Lines");
    if (field == QLatin1String("reason"))
        return tr("Reason");
    if (field == QLatin1String("invoice"))
        return tr("Invoice");
    if (field == QLatin1String("number"))
        return tr("Number");
    if (field == QLatin1String("issue_date"))
        return tr("Issue date");
    if (field == QLatin1String("due_date"))
        return tr("Due date");
    if (field == QLatin1String("notes"))
        return tr("Notes");
    if (field == QLatin1String("issuer"))
        return tr("Issuer");
    if (field == QLatin1String("rounding"))
        return tr("Tax rounding");
    if (field == QLatin1String("number_format"))
        return tr("Number format");
    if (field == QLatin1String("invoice_form"))
        return tr("Invoice form");
    if (field == QLatin1String("email_subject"))
        return tr("E-mail subject");
    if (field == QLatin1String("email_body"))
        return tr("E-mail text");
    if (field == QLatin1String("fee"))
        return tr("Transfer fee");
    if (field == QLatin1String("unapplied"))
        return tr("Unapplied");
    if (field == QLatin1String("value_date"))
        return tr("Value date");
    if (field == QLatin1String("account_date"))
        return tr("Booking date");
    if (field == QLatin1String("transaction"))
        return tr("Payment");
    if (field == QLatin1String("note"))
        return tr("Note");
    return field;
}

QString FieldNames::columnTitle(RegisterColumn column)
{
    switch (column) {
    case RegisterColumn::ClientCode:
        return tr("Client");
    case RegisterColumn::CustomerCode:
        return tr("Customer code");
    case RegisterColumn::Name:
        return tr("Name");
    case RegisterColumn::NameKana:
        return tr("Name (kana)");
    case RegisterColumn::PayerName:
        return tr("Payer name");
    case RegisterColumn::CorporateNumber:
        return tr("Corporate number");
    case RegisterColumn::Prefecture:
        return tr("Prefecture");
    case RegisterColumn::Industry:
        return tr("Industry");
    case RegisterColumn::Terms:
        return tr("Payment terms");
    case RegisterColumn::CreditLimit:
        return tr("Credit limit");
    case RegisterColumn::Status:
        return tr("Status");
    case RegisterColumn::Phone:
        return tr("Phone");
    case RegisterColumn::Email:
        return tr("E-mail");
    case RegisterColumn::VirtualAccount:
        return tr("Virtual account");
    case RegisterColumn::Address:
        return tr("Address");
    case RegisterColumn::PostalCode:
        return tr("Postal code");
    }
    return {};
}

QString FieldNames::columnKey(RegisterColumn column)
{
    switch (column) {
    case RegisterColumn::ClientCode:
        return QStringLiteral("client_code");
    case RegisterColumn::CustomerCode:
        return QStringLiteral("customer_code");
    case RegisterColumn::Name:
        return QStringLiteral("name");
    case RegisterColumn::NameKana:
        return QStringLiteral("name_kana");
    case RegisterColumn::PayerName:
        return QStringLiteral("payer_name");
    case RegisterColumn::CorporateNumber:
        return QStringLiteral("corporate_number");
    case RegisterColumn::Prefecture:
        return QStringLiteral("prefecture");
    case RegisterColumn::Industry:
        return QStringLiteral("industry");
    case RegisterColumn::Terms:
        return QStringLiteral("terms");
    case RegisterColumn::CreditLimit:
        return QStringLiteral("credit_limit");
    case RegisterColumn::Status:
        return QStringLiteral("status");
    case RegisterColumn::Phone:
        return QStringLiteral("phone");
    case RegisterColumn::Email:
        return QStringLiteral("email");
    case RegisterColumn::VirtualAccount:
        return QStringLiteral("virtual_account");
    case RegisterColumn::Address:
        return QStringLiteral("address");
    case RegisterColumn::PostalCode:
        return QStringLiteral("postal_code");
    }
    return {};
}

QString FieldNames::kindName(parties::DebtorKind kind)
{
    return kind == parties::DebtorKind::Corporation ? tr("Corporation") : tr("Individual");
}

QString FieldNames::statusName(const QString &statusCode)
{
    const auto status = parties::accountStatusFromCode(statusCode);
    return status ? parties::displayName(*status) : statusCode;
}

QString FieldNames::termsText(const QString &terms)
{
    const auto parsed = calendar::PaymentTerms::parse(terms);
    return parsed ? parsed->toJapanese() : terms;
}

QString FieldNames::industryLabel(const QString &code)
{
    if (code.isEmpty())
        return {};
    return QStringLiteral("%1 %2").arg(code, parties::industryName(code));
}

} // namespace kaishu::ui
