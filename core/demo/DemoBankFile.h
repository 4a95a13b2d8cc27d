#pragma once

#include "payments/BankStatement.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kaishu::storage {
class Database;
}

namespace kaishu::demo {

// How a generated payment was made, and so what a matcher should make of it.
enum class PaymentStory {
    Exact,          // the register's payer name, the invoice's amount
    NameVariant,    // the same name written another way: abbreviation moved, spaces, - for ｰ
    VirtualAccount, // paid into the debtor's 振込専用口座, any name
    Reference,      // the invoice number or customer code written before the name
    Fee,            // the payer deducted the transfer fee (440, 660 or 880 yen)
    Combined,       // two or three invoices of the account paid at once
    Typo,           // one kana of the name wrong
    Partial,        // part of the oldest invoice
    Overpaid,       // more than the invoice: the rest is the debtor's credit
    Parent,         // a parent company pays, under its own name
    Unrelated,      // money that pays no invoice
};
QString toCode(PaymentStory story);

// What a generated payment line truly pays (empty for unrelated money).
struct PaymentTruth
{
    QString inquiryNumber;
    PaymentStory story = PaymentStory::Exact;
    QList<qint64> invoiceIds; // oldest first
};

struct DemoBankFile
{
    QList<payments::BankStatement> statements; // one per receiving account
    QList<PaymentTruth> truth;                 // one per line, in inquiry-number order
};

// Realistic noisy bank statements (Zengin 01) for the open invoices of a database, with the ground
// truth of every line: for the demo's Payments queue and for the matching benchmark. Each account
// pays at most once per file, so the truth is unambiguous. Deterministic for a seed and the
// database's contents. Reads only.
class DemoBankFileGenerator
{
public:
    static DemoBankFile generate(storage::Database &database, quint64 seed, QDate paidOn, int lines);
};

} // namespace kaishu::demo
