#pragma once

#include "parties/DebtorRegister.h"
#include "parties/Parties.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace kaishu::ui {

// How the fields of clients, debtors and accounts are named on screen: form labels, error messages,
// column titles, history lines and import mappings all use the same words.
class FieldNames
{
    Q_DECLARE_TR_FUNCTIONS(FieldNames)

public:
    // The label of a canonical field name (as in FieldError, audit records and CSV headers).
    static QString displayName(const QString &field);
    // A stored value of that field in readable form (terms in Japanese, amounts grouped, codes named).
    static QString displayValue(const QString &field, const QJsonValue &value);

    static QString columnTitle(parties::RegisterColumn column);
    // Stable key of a column, for the settings.
    static QString columnKey(parties::RegisterColumn column);

    static QString kindName(parties::DebtorKind kind);
    static QString statusName(const QString &statusCode);
    // Structured or Japanese terms text as the clerk reads it; the text itself when it does not parse.
    static QString termsText(const QString &terms);
    static QString industryLabel(const QString &code);

private:
    // Orders, invoices and billing settings.
    static QString billingFieldName(const QString &field);
};

} // namespace kaishu::ui
