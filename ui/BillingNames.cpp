#include "BillingNames.h"

#include <QComboBox>
#include <QDateEdit>

namespace kaishu::ui {

using billing::InvoiceStatus;

QString BillingNames::statusName(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return tr("Draft");
    case InvoiceStatus::Issued:
        return tr("Issued");
    case InvoiceStatus::Sent:
        return tr("Sent");
    case InvoiceStatus::PartlyPaid:
        return tr("Partly paid");
    case InvoiceStatus::Paid:
        return tr("Paid");
    case InvoiceStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString BillingNames::overdueName()
{
    return tr("Overdue");
}

QString BillingNames::draftNumberText()
{
    return tr("(draft)");
}

QString BillingNames::kindName(billing::DocumentKind kind)
{
    switch (kind) {
    case billing::DocumentKind::Invoice:
        return tr("Invoice");
    case billing::DocumentKind::CreditNote:
        return tr("Credit note");
    case billing::DocumentKind::Receipt:
        return tr("Receipt");
    }
    return {};
}

QString BillingNames::taxCategoryName(money::TaxCategory category)
{
    switch (category) {
    case money::TaxCategory::Standard10:
        return tr("10%");
    case money::TaxCategory::Reduced8:
        return tr("8%※");
    case money::TaxCategory::Exempt:
        return tr("Exempt");
    case money::TaxCategory::OutsideScope:
        return tr("Outside scope");
    }
    return {};
}

QString BillingNames::roundingName(money::RoundingMode mode)
{
    switch (mode) {
    case money::RoundingMode::Down:
        return tr("Round down");
    case money::RoundingMode::Up:
        return tr("Round up");
    case money::RoundingMode::HalfUp:
        return tr("Round half up");
    }
    return {};
}

QString BillingNames::issuerName(billing::IssuerMode mode)
{
    return mode == billing::IssuerMode::Client ? tr("The client")
                                               : tr("The agency (intermediary delivery rule)");
}

QString BillingNames::invoiceFormName(billing::InvoiceForm form)
{
    return form == billing::InvoiceForm::Summary ? tr("Summary invoice per closing")
                                                 : tr("One invoice per order");
}

QString BillingNames::priceModeName(billing::PriceMode mode)
{
    return mode == billing::PriceMode::TaxExcluded ? tr("Tax excluded") : tr("Tax included");
}

QString BillingNames::transactionStatusName(payments::TransactionStatus status)
{
    switch (status) {
    case payments::TransactionStatus::Unmatched:
        return tr("Unmatched");
    case payments::TransactionStatus::Suggested:
        return tr("Suggested");
    case payments::TransactionStatus::Matched:
        return tr("Matched");
    case payments::TransactionStatus::Fee:
        return tr("Bank fee");
    case payments::TransactionStatus::OtherIncome:
        return tr("Other income");
    case payments::TransactionStatus::Outgoing:
        return tr("Outgoing");
    case payments::TransactionStatus::Cancelled:
        return tr("Cancelled by the bank");
    }
    return {};
}

QString BillingNames::matchMethodName(payments::MatchMethod method)
{
    switch (method) {
    case payments::MatchMethod::VirtualAccount:
        return tr("Virtual account");
    case payments::MatchMethod::Reference:
        return tr("Number in the transfer");
    case payments::MatchMethod::LearnedAlias:
        return tr("Known payer name");
    case payments::MatchMethod::Name:
        return tr("Payer name");
    case payments::MatchMethod::Amount:
        return tr("Amount only");
    case payments::MatchMethod::Manual:
        return tr("Allocated by hand");
    }
    return {};
}

QString BillingNames::confidenceText(int perMille)
{
    return tr("%1%").arg((perMille + 5) / 10);
}

QString BillingNames::dateText(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy/MM/dd")) : QString();
}

QString BillingNames::yenText(money::Yen amount)
{
    return tr("%1 yen").arg(amount.toString());
}

void BillingNames::fillTaxCategories(QComboBox *combo)
{
    for (money::TaxCategory category : {money::TaxCategory::Standard10, money::TaxCategory::Reduced8,
                                        money::TaxCategory::Exempt, money::TaxCategory::OutsideScope})
        combo->addItem(taxCategoryName(category), money::toCode(category));
}

QDateEdit *BillingNames::dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy/MM/dd"));
    // A date is ten digits wide whatever the form's width: room for them and the popup button.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000/00/00")) + 44);
    edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return edit;
}

} // namespace kaishu::ui
