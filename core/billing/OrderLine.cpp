#include "OrderLine.h"

#include <QCoreApplication>

namespace kaishu::billing {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::billing)
};

// Amounts beyond this are typing mistakes, and keep every product far inside qint64.
constexpr qint64 MaxLineAmount = 100'000'000'000; // 1,000億円
} // namespace

money::Yen OrderLine::amount(money::RoundingMode rounding) const
{
    return quantity.multiplyToYen(unitPrice, rounding);
}

QJsonObject OrderLine::toJson() const
{
    return {{QStringLiteral("order_no"), orderNumber},
            {QStringLiteral("line_no"), lineNumber},
            {QStringLiteral("order_date"), orderDate.toString(Qt::ISODate)},
            {QStringLiteral("delivery_date"), deliveryDate.toString(Qt::ISODate)},
            {QStringLiteral("item_code"), itemCode},
            {QStringLiteral("description"), description},
            {QStringLiteral("quantity"), quantity.toString()},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("unit_price"), unitPrice.toString()},
            {QStringLiteral("tax_category"), money::toCode(category)},
            {QStringLiteral("price_mode"), toCode(priceMode)}};
}

QList<parties::FieldError> validate(const OrderLine &line)
{
    QList<parties::FieldError> errors;
    auto fail = [&errors](const char *field, const QString &reason) {
        errors.append({QString::fromLatin1(field), reason});
    };
    if (line.orderNumber.isEmpty())
        fail("order_no", Text::tr("an order number is required"));
    else if (line.orderNumber.size() > 40)
        fail("order_no", Text::tr("an order number has at most 40 characters"));
    if (!line.orderDate.isValid())
        fail("order_date", Text::tr("a date like 2026-11-20 is required"));
    if (!line.deliveryDate.isValid())
        fail("delivery_date", Text::tr("a date like 2026-11-20 is required"));
    else if (line.orderDate.isValid() && line.deliveryDate < line.orderDate)
        fail("delivery_date", Text::tr("the delivery date is before the order date"));
    if (line.description.trimmed().isEmpty())
        fail("description", Text::tr("a description of what was supplied is required"));
    else if (line.description.size() > 200)
        fail("description", Text::tr("a description has at most 200 characters"));
    if (line.quantity.isZero())
        fail("quantity", Text::tr("the quantity must not be zero"));
    if (line.unitPrice.isNegative())
        fail("unit_price",
             Text::tr("a unit price must not be negative (enter a negative quantity for a return)"));
    try {
        const money::Yen amount = line.amount(money::RoundingMode::HalfUp);
        if (amount.value() > MaxLineAmount || amount.value() < -MaxLineAmount)
            fail("unit_price", Text::tr("quantity × unit price exceeds 100,000,000,000 yen"));
    } catch (const money::MoneyOverflow &) {
        fail("unit_price", Text::tr("quantity × unit price exceeds 100,000,000,000 yen"));
    }
    return errors;
}

} // namespace kaishu::billing
