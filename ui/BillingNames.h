#pragma once

#include "billing/BillingSettings.h"
#include "billing/Invoice.h"
#include "money/Rounding.h"
#include "money/Tax.h"
#include "payments/Payments.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QComboBox;
class QDateEdit;

namespace kaishu::ui {

// How invoicing's kinds, states and choices are named on screen, in the words clerks use on paper
// (下書き, 発行済, 8%※, 切り捨て …), so that tables, combos, dialogs and the history agree.
class BillingNames
{
    Q_DECLARE_TR_FUNCTIONS(BillingNames)

public:
    static QString statusName(billing::InvoiceStatus status);
    // Not a stored status: an issued invoice past its due date with money still open.
    static QString overdueName();
    // What the number column shows for a draft, which has no number yet.
    static QString draftNumberText();
    static QString kindName(billing::DocumentKind kind);
    static QString taxCategoryName(money::TaxCategory category);
    static QString roundingName(money::RoundingMode mode);
    static QString issuerName(billing::IssuerMode mode);
    static QString invoiceFormName(billing::InvoiceForm form);
    static QString priceModeName(billing::PriceMode mode);
    // Where a bank transaction stands, as the clerk clearing the queue says it (自動消込, 候補あり …).
    static QString transactionStatusName(payments::TransactionStatus status);
    // How a payment was tied to its invoices (仮想口座, 名義 …).
    static QString matchMethodName(payments::MatchMethod method);
    // A match's confidence (per mille) as a whole percentage: "87%".
    static QString confidenceText(int perMille);

    // Dates as Japanese forms print them (2026/10/31), whatever the language.
    static QString dateText(QDate date);
    static QString yenText(money::Yen amount); // "1,234円" / "1,234 yen"

    // The combo of the four tax categories, with their codes as item data.
    static void fillTaxCategories(QComboBox *combo);
    // A date editor with the calendar popup and the date format of the tables.
    static QDateEdit *dateEdit(QWidget *parent);
};

} // namespace kaishu::ui
