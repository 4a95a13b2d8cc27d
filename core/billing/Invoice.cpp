#include "Invoice.h"

namespace kaishu::billing {

namespace {
struct StatusCode
{
    InvoiceStatus status;
    const char *code;
};
constexpr StatusCode StatusCodes[] = {
    {InvoiceStatus::Draft, "draft"}, {InvoiceStatus::Issued, "issued"},
    {InvoiceStatus::Sent, "sent"},   {InvoiceStatus::PartlyPaid, "partly_paid"},
    {InvoiceStatus::Paid, "paid"},   {InvoiceStatus::Cancelled, "cancelled"},
};
} // namespace

QString toCode(InvoiceStatus status)
{
    for (const StatusCode &entry : StatusCodes) {
        if (entry.status == status)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

std::optional<InvoiceStatus> invoiceStatusFromCode(const QString &code)
{
    for (const StatusCode &entry : StatusCodes) {
        if (code == QLatin1String(entry.code))
            return entry.status;
    }
    return std::nullopt;
}

money::Yen Invoice::balance() const
{
    if (!isIssued() || kind != DocumentKind::Invoice)
        return {};
    return tax.gross - paid - credited;
}

bool Invoice::isOverdue(QDate today) const
{
    return kind == DocumentKind::Invoice && isIssued() && dueDate.isValid() && dueDate < today &&
           balance() > money::Yen(0);
}

InvoiceTax taxOf(const QList<InvoiceLine> &lines, PriceMode mode, money::RoundingMode rounding)
{
    QList<TaxableLine> taxable;
    taxable.reserve(lines.size());
    for (const InvoiceLine &line : lines)
        taxable.append({line.amount, line.category});
    return computeInvoiceTax(taxable, mode, rounding);
}

} // namespace kaishu::billing
