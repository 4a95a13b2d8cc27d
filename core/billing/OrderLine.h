#pragma once

#include "billing/InvoiceTax.h"
#include "money/Decimal.h"
#include "money/Tax.h"
#include "parties/FieldError.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kaishu::billing {

// 注文明細: one line of a client's order, delivered to one of its customers (an account), waiting to
// be billed. A billing run puts it on exactly one invoice (invoiceId); from then on it is read-only.
struct OrderLine
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 accountId = 0;
    QString orderNumber;
    int lineNumber = 0; // position within the order, from 1
    QDate orderDate;
    QDate deliveryDate;
    QString itemCode;
    QString description;
    money::Decimal quantity;
    QString unit;
    money::Decimal unitPrice;
    money::TaxCategory category = money::TaxCategory::Standard10;
    PriceMode priceMode = PriceMode::TaxExcluded;
    qint64 invoiceId = 0; // 0: not yet billed
    int version = 0;

    // Shown with the line in lists (not stored with it).
    QString clientCode;
    QString customerCode;
    QString debtorName;

    bool isBilled() const { return invoiceId != 0; }
    // quantity × unit price, rounded to whole yen by the client's rounding mode.
    money::Yen amount(money::RoundingMode rounding) const;
    QJsonObject toJson() const;
};

// The rules a line must keep, by canonical CSV column name.
QList<parties::FieldError> validate(const OrderLine &line);

} // namespace kaishu::billing
