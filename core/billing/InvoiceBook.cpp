#include "InvoiceBook.h"

#include "storage/Database.h"
#include "storage/StoredValues.h"

#include <QDateTime>
#include <QSqlQuery>

namespace kaishu::billing {

namespace {

const QString Columns = QStringLiteral(
    "i.id, i.client_id, i.account_id, i.kind, i.status, i.number, i.closing_date, i.issue_date, i.due_date, "
    "i.period_from, i.period_to, i.invoice_form, i.price_mode, i.rounding, i.net, i.tax, i.gross, i.tax_10, "
    "i.tax_8, "
    "i.paid, i.credited, i.notes, i.original_invoice_id, i.replaces_invoice_id, i.cancel_reason, i.version, "
    "c.code, a.customer_code, d.name");
const QString Joins = QStringLiteral(
    " FROM invoices i JOIN clients c ON c.id = i.client_id JOIN accounts a ON a.id = i.account_id "
    "JOIN debtors d ON d.id = a.debtor_id");

Invoice invoiceFrom(const QSqlQuery &query)
{
    Invoice invoice;
    invoice.id = query.value(0).toLongLong();
    invoice.clientId = query.value(1).toLongLong();
    invoice.accountId = query.value(2).toLongLong();
    invoice.kind = documentKindFromCode(query.value(3).toString()).value_or(DocumentKind::Invoice);
    invoice.status = invoiceStatusFromCode(query.value(4).toString()).value_or(InvoiceStatus::Draft);
    invoice.number = query.value(5).toString();
    invoice.closingDate = storage::dateFrom(query.value(6));
    invoice.issueDate = storage::dateFrom(query.value(7));
    invoice.dueDate = storage::dateFrom(query.value(8));
    invoice.periodFrom = storage::dateFrom(query.value(9));
    invoice.periodTo = storage::dateFrom(query.value(10));
    invoice.form = invoiceFormFromCode(query.value(11).toString()).value_or(InvoiceForm::Summary);
    invoice.priceMode = priceModeFromCode(query.value(12).toString()).value_or(PriceMode::TaxExcluded);
    invoice.rounding =
        money::roundingModeFromString(query.value(13).toString()).value_or(money::RoundingMode::Down);
    invoice.tax.net = money::Yen(query.value(14).toLongLong());
    invoice.tax.tax = money::Yen(query.value(15).toLongLong());
    invoice.tax.gross = money::Yen(query.value(16).toLongLong());
    invoice.tax10 = money::Yen(query.value(17).toLongLong());
    invoice.tax8 = money::Yen(query.value(18).toLongLong());
    invoice.paid = money::Yen(query.value(19).toLongLong());
    invoice.credited = money::Yen(query.value(20).toLongLong());
    invoice.notes = query.value(21).toString();
    invoice.originalInvoiceId = query.value(22).toLongLong();
    invoice.replacesInvoiceId = query.value(23).toLongLong();
    invoice.cancelReason = query.value(24).toString();
    invoice.version = query.value(25).toInt();
    invoice.clientCode = query.value(26).toString();
    invoice.customerCode = query.value(27).toString();
    invoice.debtorName = query.value(28).toString();
    return invoice;
}

money::Yen taxOfRate(const InvoiceTax &tax, money::TaxCategory category)
{
    for (const RateTotal &rate : tax.perRate) {
        if (rate.category == category)
            return rate.tax;
    }
    return {};
}

QString whereOf(const InvoiceFilter &filter, QVariantList &values)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (filter.clientId != 0) {
        where += QStringLiteral(" AND i.client_id = ?");
        values << filter.clientId;
    }
    if (filter.accountId != 0) {
        where += QStringLiteral(" AND i.account_id = ?");
        values << filter.accountId;
    }
    if (filter.status) {
        where += QStringLiteral(" AND i.status = ?");
        values << toCode(*filter.status);
    }
    if (filter.kind) {
        where += QStringLiteral(" AND i.kind = ?");
        values << toCode(*filter.kind);
    }
    if (filter.overdueOnly) {
        where +=
            QStringLiteral(" AND i.kind = 'invoice' AND i.status IN ('issued', 'sent', 'partly_paid') "
                           "AND i.due_date <> '' AND i.due_date < ? AND i.gross - i.paid - i.credited > 0");
        values << storage::dateText(filter.today.isValid() ? filter.today : QDate::currentDate());
    }
    if (filter.issuedFrom.isValid()) {
        where += QStringLiteral(" AND i.issue_date >= ?");
        values << storage::dateText(filter.issuedFrom);
    }
    if (filter.issuedTo.isValid()) {
        where += QStringLiteral(" AND i.issue_date <= ?");
        values << storage::dateText(filter.issuedTo);
    }
    if (!filter.search.trimmed().isEmpty()) {
        where += QStringLiteral(" AND (i.number LIKE ? OR a.customer_code LIKE ? OR d.name LIKE ?)");
        const QString pattern = QLatin1Char('%') + filter.search.trimmed() + QLatin1Char('%');
        values << pattern << pattern << pattern;
    }
    return where;
}

} // namespace

InvoiceBook::InvoiceBook(storage::Database &database)
    : m_database(database)
{}

QList<Invoice> InvoiceBook::invoices(const InvoiceFilter &filter) const
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT ") + Columns + Joins + whereOf(filter, values) +
                  QStringLiteral(" ORDER BY i.issue_date DESC, i.id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery query = m_database.exec(sql, values);
    QList<Invoice> result;
    while (query.next())
        result.append(invoiceFrom(query));
    return result;
}

InvoiceTotals InvoiceBook::totals(const InvoiceFilter &filter) const
{
    QVariantList values;
    QSqlQuery query = m_database.exec(
        QStringLiteral(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN i.status = 'cancelled' THEN 0 WHEN i.kind = "
            "'credit_note' "
            "THEN -i.gross ELSE i.gross END), 0), COALESCE(SUM(CASE WHEN i.kind = 'invoice' AND "
            "i.status IN ('issued', 'sent', 'partly_paid') THEN i.gross - i.paid - i.credited ELSE 0 END), "
            "0)") +
            Joins + whereOf(filter, values),
        values);
    InvoiceTotals totals;
    if (query.next()) {
        totals.count = query.value(0).toInt();
        totals.gross = money::Yen(query.value(1).toLongLong());
        totals.balance = money::Yen(query.value(2).toLongLong());
    }
    return totals;
}

std::optional<Invoice> InvoiceBook::invoice(qint64 id) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT ") + Columns + Joins + QStringLiteral(" WHERE i.id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    Invoice invoice = invoiceFrom(query);
    invoice.lines = linesOf(id);
    invoice.tax = taxOf(invoice.lines, invoice.priceMode, invoice.rounding);
    return invoice;
}

std::optional<Invoice> InvoiceBook::invoiceByNumber(const QString &number) const
{
    const QVariant id =
        m_database.scalar(QStringLiteral("SELECT id FROM invoices WHERE number = ?"), {number});
    if (!id.isValid() || id.isNull())
        return std::nullopt;
    return invoice(id.toLongLong());
}

QList<Invoice> InvoiceBook::creditNotesOf(qint64 invoiceId) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT ") + Columns + Joins +
            QStringLiteral(" WHERE i.original_invoice_id = ? AND i.kind = 'credit_note' ORDER BY i.id"),
        {invoiceId});
    QList<Invoice> result;
    while (query.next())
        result.append(invoiceFrom(query));
    return result;
}

money::Yen InvoiceBook::openBalance(qint64 accountId, qint64 excludingInvoiceId) const
{
    return money::Yen(
        m_database
            .scalar(QStringLiteral(
                        "SELECT COALESCE(SUM(gross - paid - credited), 0) FROM invoices WHERE account_id = ? "
                        "AND id <> ? AND kind = 'invoice' AND status IN ('issued', 'sent', 'partly_paid')"),
                    {accountId, excludingInvoiceId})
            .toLongLong());
}

money::Yen InvoiceBook::draftTotal(qint64 accountId) const
{
    return money::Yen(
        m_database
            .scalar(QStringLiteral("SELECT COALESCE(SUM(gross), 0) FROM invoices WHERE account_id = ? "
                                   "AND kind = 'invoice' AND status = 'draft'"),
                    {accountId})
            .toLongLong());
}

std::optional<Invoice> InvoiceBook::lastSummaryInvoice(qint64 accountId, QDate before) const
{
    const QVariant id = m_database.scalar(
        QStringLiteral(
            "SELECT id FROM invoices WHERE account_id = ? AND kind = 'invoice' AND invoice_form = 'summary' "
            "AND status NOT IN ('draft', 'cancelled') AND closing_date < ? ORDER BY closing_date DESC, id "
            "DESC LIMIT 1"),
        {accountId, storage::dateText(before)});
    if (!id.isValid() || id.isNull())
        return std::nullopt;
    return invoice(id.toLongLong());
}

qint64 InvoiceBook::insert(const Invoice &invoice)
{
    const QString stamp = storage::timestampNow();
    const qint64 id = m_database.insertPrepared(
        QStringLiteral(
            "INSERT INTO invoices (client_id, account_id, kind, status, closing_date, issue_date, due_date, "
            "period_from, period_to, invoice_form, price_mode, rounding, net, tax, gross, tax_10, tax_8, "
            "notes, "
            "original_invoice_id, replaces_invoice_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {invoice.clientId,
         invoice.accountId,
         toCode(invoice.kind),
         toCode(invoice.status),
         storage::dateText(invoice.closingDate),
         storage::dateText(invoice.issueDate),
         storage::dateText(invoice.dueDate),
         storage::dateText(invoice.periodFrom),
         storage::dateText(invoice.periodTo),
         toCode(invoice.form),
         toCode(invoice.priceMode),
         money::toString(invoice.rounding),
         invoice.tax.net.value(),
         invoice.tax.tax.value(),
         invoice.tax.gross.value(),
         taxOfRate(invoice.tax, money::TaxCategory::Standard10).value(),
         taxOfRate(invoice.tax, money::TaxCategory::Reduced8).value(),
         invoice.notes,
         invoice.originalInvoiceId ? QVariant(invoice.originalInvoiceId)
                                   : QVariant(QMetaType(QMetaType::LongLong)),
         invoice.replacesInvoiceId ? QVariant(invoice.replacesInvoiceId)
                                   : QVariant(QMetaType(QMetaType::LongLong)),
         stamp,
         stamp});
    insertLines(id, invoice.lines);
    return id;
}

void InvoiceBook::insertLines(qint64 invoiceId, const QList<InvoiceLine> &lines)
{
    int position = 0;
    for (const InvoiceLine &line : lines) {
        m_database.insertPrepared(QStringLiteral("INSERT INTO invoice_lines (invoice_id, position, "
                                                 "delivery_date, order_no, item_code, description, "
                                                 "quantity, unit, unit_price, tax_category, amount) VALUES "
                                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {invoiceId, ++position, storage::dateText(line.deliveryDate),
                                   line.orderNumber, line.itemCode, line.description, line.quantity.scaled(),
                                   line.unit, line.unitPrice.scaled(), money::toCode(line.category),
                                   line.amount.value()});
    }
}

QList<InvoiceLine> InvoiceBook::linesOf(qint64 invoiceId) const
{
    QSqlQuery query =
        m_database.exec(QStringLiteral("SELECT id, delivery_date, order_no, item_code, description, "
                                       "quantity, unit, unit_price, tax_category, "
                                       "amount FROM invoice_lines WHERE invoice_id = ? ORDER BY position"),
                        {invoiceId});
    QList<InvoiceLine> lines;
    while (query.next()) {
        InvoiceLine line;
        line.id = query.value(0).toLongLong();
        line.deliveryDate = storage::dateFrom(query.value(1));
        line.orderNumber = query.value(2).toString();
        line.itemCode = query.value(3).toString();
        line.description = query.value(4).toString();
        line.quantity = money::Decimal::fromScaled(query.value(5).toLongLong());
        line.unit = query.value(6).toString();
        line.unitPrice = money::Decimal::fromScaled(query.value(7).toLongLong());
        line.category =
            money::taxCategoryFromCode(query.value(8).toString()).value_or(money::TaxCategory::Standard10);
        line.amount = money::Yen(query.value(9).toLongLong());
        lines.append(line);
    }
    return lines;
}

bool InvoiceBook::updateDraft(const Invoice &invoice)
{
    const int changed = m_database.execPrepared(
        QStringLiteral("UPDATE invoices SET issue_date = ?, due_date = ?, notes = ?, net = ?, tax = ?, gross "
                       "= ?, tax_10 = ?, "
                       "tax_8 = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ? AND "
                       "status = 'draft'"),
        {storage::dateText(invoice.issueDate), storage::dateText(invoice.dueDate), invoice.notes,
         invoice.tax.net.value(), invoice.tax.tax.value(), invoice.tax.gross.value(),
         taxOfRate(invoice.tax, money::TaxCategory::Standard10).value(),
         taxOfRate(invoice.tax, money::TaxCategory::Reduced8).value(), storage::timestampNow(), invoice.id,
         invoice.version});
    if (changed != 1)
        return false;
    m_database.exec(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"), {invoice.id});
    insertLines(invoice.id, invoice.lines);
    return true;
}

bool InvoiceBook::setStatus(qint64 id, int version, InvoiceStatus status, const QString &cancelReason)
{
    return m_database.execPrepared(
               QStringLiteral("UPDATE invoices SET status = ?, cancel_reason = ?, version = version + 1, "
                              "updated_at = ? WHERE id = ? AND version = ?"),
               {toCode(status), cancelReason, storage::timestampNow(), id, version}) == 1;
}

void InvoiceBook::setIssued(qint64 id, const QString &number, const QString &documentJson,
                            const QString &actor)
{
    const QString stamp = storage::timestampNow();
    m_database.execPrepared(
        QStringLiteral("UPDATE invoices SET status = 'issued', number = ?, document = ?, issued_at = ?, "
                       "issued_by = ?, version = version + 1, updated_at = ? WHERE id = ?"),
        {number, documentJson, stamp, actor, stamp, id});
}

void InvoiceBook::addCredited(qint64 id, money::Yen amount)
{
    m_database.execPrepared(
        QStringLiteral("UPDATE invoices SET credited = credited + ?, version = version + 1, updated_at = ? "
                       "WHERE id = ?"),
        {amount.value(), storage::timestampNow(), id});
}

bool InvoiceBook::addPaid(qint64 id, money::Yen amount, QDate valueDate)
{
    // One statement: the balance check, the status and the version move together, so two clerks
    // allocating to one invoice at once cannot take it below zero.
    const qint64 delta = amount.value();
    return m_database.execPrepared(
               QStringLiteral("UPDATE invoices SET paid = paid + ?, version = version + 1, updated_at = ?, "
                              "settled_on = CASE WHEN paid + ? + credited >= gross THEN ? ELSE NULL END, "
                              "first_paid_on = CASE WHEN paid + ? <= 0 THEN NULL "
                              "WHEN ? > 0 AND (first_paid_on IS NULL OR first_paid_on > ?) THEN ? ELSE "
                              "first_paid_on END, "
                              "status = CASE WHEN paid + ? + credited >= gross THEN 'paid' "
                              "WHEN paid + ? > 0 THEN 'partly_paid' "
                              "WHEN status IN ('paid', 'partly_paid') THEN 'issued' ELSE status END "
                              "WHERE id = ? AND kind = 'invoice' "
                              "AND status IN ('issued', 'sent', 'partly_paid', 'paid') "
                              "AND paid + ? >= 0 AND paid + ? + credited <= gross"),
               {delta, storage::timestampNow(), delta, storage::dateText(valueDate), delta, delta,
                storage::dateText(valueDate), storage::dateText(valueDate), delta, delta, id, delta,
                delta}) == 1;
}

void InvoiceBook::deleteDraft(qint64 id)
{
    m_database.exec(QStringLiteral("UPDATE order_lines SET invoice_id = NULL WHERE invoice_id = ?"), {id});
    m_database.exec(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"), {id});
    m_database.exec(QStringLiteral("DELETE FROM invoices WHERE id = ? AND status = 'draft'"), {id});
}

QString InvoiceBook::documentJson(qint64 id) const
{
    return m_database.scalar(QStringLiteral("SELECT document FROM invoices WHERE id = ?"), {id}).toString();
}

} // namespace kaishu::billing
