#include "OrderBook.h"

#include "audit/AuditTrail.h"
#include "parties/PartyRepository.h"
#include "parties/RowReader.h"
#include "storage/Database.h"
#include "storage/StoredValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace kaishu::billing {

using parties::FieldError;
using parties::ImportProblem;
using parties::ImportResult;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::billing)
};

const QString Entity = QStringLiteral("order_line");

const QHash<QString, QStringList> &headerAliases()
{
    static const QHash<QString, QStringList> aliases{
        {QStringLiteral("client_code"),
         {QStringLiteral("依頼者コード"), QStringLiteral("クライアントコード")}},
        {QStringLiteral("customer_code"),
         {QStringLiteral("顧客コード"), QStringLiteral("得意先コード"), QStringLiteral("取引先コード")}},
        {QStringLiteral("order_no"),
         {QStringLiteral("注文番号"), QStringLiteral("受注番号"), QStringLiteral("伝票番号")}},
        {QStringLiteral("order_date"), {QStringLiteral("注文日"), QStringLiteral("受注日")}},
        {QStringLiteral("delivery_date"),
         {QStringLiteral("納品日"), QStringLiteral("出荷日"), QStringLiteral("売上日")}},
        {QStringLiteral("item_code"), {QStringLiteral("商品コード"), QStringLiteral("品番")}},
        {QStringLiteral("description"),
         {QStringLiteral("品名"), QStringLiteral("商品名"), QStringLiteral("摘要")}},
        {QStringLiteral("quantity"), {QStringLiteral("数量")}},
        {QStringLiteral("unit"), {QStringLiteral("単位")}},
        {QStringLiteral("unit_price"), {QStringLiteral("単価")}},
        {QStringLiteral("tax_category"), {QStringLiteral("税区分"), QStringLiteral("税率")}},
        {QStringLiteral("price_mode"), {QStringLiteral("税込区分"), QStringLiteral("内税外税")}},
    };
    return aliases;
}

// "2026-11-20", "2026/11/20", "20261120".
QDate parseDate(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).trimmed();
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy/M/d"), QStringLiteral("yyyyMMdd")}) {
        const QDate date = QDate::fromString(folded, format);
        if (date.isValid())
            return date;
    }
    return {};
}

std::optional<money::TaxCategory> taxCategoryFromText(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    if (folded == QLatin1String("10") || folded == QLatin1String("10%") || folded == QStringLiteral("標準"))
        return money::TaxCategory::Standard10;
    if (folded == QLatin1String("8") || folded == QLatin1String("8%") || folded == QStringLiteral("軽減"))
        return money::TaxCategory::Reduced8;
    if (folded == QStringLiteral("非課税"))
        return money::TaxCategory::Exempt;
    if (folded == QStringLiteral("不課税") || folded == QStringLiteral("対象外"))
        return money::TaxCategory::OutsideScope;
    return money::taxCategoryFromCode(folded);
}

const QString LineColumns = QStringLiteral(
    "o.id, o.client_id, o.account_id, o.order_no, o.line_no, o.order_date, o.delivery_date, o.item_code, "
    "o.description, o.quantity, o.unit, o.unit_price, o.tax_category, o.price_mode, o.invoice_id, o.version, "
    "c.code, a.customer_code, d.name");
const QString LineJoins = QStringLiteral(
    " FROM order_lines o JOIN clients c ON c.id = o.client_id JOIN accounts a ON a.id = o.account_id "
    "JOIN debtors d ON d.id = a.debtor_id");

OrderLine lineFrom(const QSqlQuery &query)
{
    OrderLine line;
    line.id = query.value(0).toLongLong();
    line.clientId = query.value(1).toLongLong();
    line.accountId = query.value(2).toLongLong();
    line.orderNumber = query.value(3).toString();
    line.lineNumber = query.value(4).toInt();
    line.orderDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    line.deliveryDate = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    line.itemCode = query.value(7).toString();
    line.description = query.value(8).toString();
    line.quantity = money::Decimal::fromScaled(query.value(9).toLongLong());
    line.unit = query.value(10).toString();
    line.unitPrice = money::Decimal::fromScaled(query.value(11).toLongLong());
    line.category =
        money::taxCategoryFromCode(query.value(12).toString()).value_or(money::TaxCategory::Standard10);
    line.priceMode = priceModeFromCode(query.value(13).toString()).value_or(PriceMode::TaxExcluded);
    line.invoiceId = query.value(14).toLongLong();
    line.version = query.value(15).toInt();
    line.clientCode = query.value(16).toString();
    line.customerCode = query.value(17).toString();
    line.debtorName = query.value(18).toString();
    return line;
}

QVariantList insertValues(const OrderLine &line, const QString &stamp)
{
    return {line.clientId,
            line.accountId,
            line.orderNumber,
            line.lineNumber,
            line.orderDate.toString(Qt::ISODate),
            line.deliveryDate.toString(Qt::ISODate),
            line.itemCode,
            line.description,
            line.quantity.scaled(),
            line.unit,
            line.unitPrice.scaled(),
            money::toCode(line.category),
            toCode(line.priceMode),
            stamp,
            stamp};
}

const QString InsertLine = QStringLiteral(
    "INSERT INTO order_lines (client_id, account_id, order_no, line_no, order_date, delivery_date, "
    "item_code, "
    "description, quantity, unit, unit_price, tax_category, price_mode, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

} // namespace

OrderBook::OrderBook(storage::Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{}

QStringList OrderBook::canonicalFields()
{
    return {QStringLiteral("client_code"), QStringLiteral("customer_code"), QStringLiteral("order_no"),
            QStringLiteral("order_date"),  QStringLiteral("delivery_date"), QStringLiteral("item_code"),
            QStringLiteral("description"), QStringLiteral("quantity"),      QStringLiteral("unit"),
            QStringLiteral("unit_price"),  QStringLiteral("tax_category"),  QStringLiteral("price_mode")};
}

QStringList OrderBook::requiredFields()
{
    return {QStringLiteral("client_code"), QStringLiteral("customer_code"), QStringLiteral("order_no"),
            QStringLiteral("order_date"),  QStringLiteral("delivery_date"), QStringLiteral("description"),
            QStringLiteral("quantity"),    QStringLiteral("unit_price"),    QStringLiteral("tax_category")};
}

parties::ColumnMapping OrderBook::guessMapping(const QStringList &header)
{
    return parties::matchColumns(canonicalFields(), headerAliases(), header);
}

ImportResult OrderBook::importFile(const QByteArray &bytes, bool dryRun)
{
    parties::CsvTable table;
    ImportResult result;
    if (!parties::PartyImporter::readTable(bytes, table, result.problems))
        return result;
    return import(table, guessMapping(table.header), dryRun);
}

ImportResult OrderBook::import(const parties::CsvTable &table, const parties::ColumnMapping &mapping,
                               bool dryRun)
{
    ImportResult result;
    result.rowsRead = int(table.rows.size());
    for (const QString &field : requiredFields()) {
        if (mapping.value(field, -1) < 0)
            result.problems.append({1, field, Text::tr("the file has no column for this required field")});
    }
    if (!result.problems.isEmpty())
        return result;

    parties::PartyRepository parties(m_database);
    QHash<QString, std::optional<parties::Client>> clients;
    QHash<QString, std::optional<parties::Account>> accounts;
    QHash<QString, int> nextLineOfOrder; // client id + order number → next line number in this file
    QHash<QString, QString> accountOfOrder;
    QList<OrderLine> lines;
    lines.reserve(table.rows.size());

    for (qsizetype index = 0; index < table.rows.size(); ++index) {
        const int lineOfFile = table.lines.at(index);
        const parties::RowReader row(table.rows.at(index), mapping);
        auto problem = [&](const QString &column, const QString &reason) {
            result.problems.append({lineOfFile, column, reason});
        };
        OrderLine line;
        const QString clientCode = row.text(QStringLiteral("client_code"));
        auto client = clients.find(clientCode);
        if (client == clients.end())
            client = clients.insert(clientCode, parties.clientByCode(clientCode));
        if (!client->has_value()) {
            problem(QStringLiteral("client_code"), Text::tr("no client has the code %1").arg(clientCode));
            continue;
        }
        line.clientId = (*client)->id;
        const QString customerCode = row.text(QStringLiteral("customer_code"));
        const QString accountKey = clientCode + QChar(u'\t') + customerCode;
        auto account = accounts.find(accountKey);
        if (account == accounts.end())
            account = accounts.insert(accountKey, parties.accountByCustomerCode(line.clientId, customerCode));
        if (!account->has_value()) {
            problem(QStringLiteral("customer_code"),
                    Text::tr("client %1 has no customer with the code %2").arg(clientCode, customerCode));
            continue;
        }
        line.accountId = (*account)->id;
        line.orderNumber = row.text(QStringLiteral("order_no"));
        line.orderDate = parseDate(row.text(QStringLiteral("order_date")));
        line.deliveryDate = parseDate(row.text(QStringLiteral("delivery_date")));
        line.itemCode = row.text(QStringLiteral("item_code"));
        line.description = row.text(QStringLiteral("description"));
        line.unit = row.text(QStringLiteral("unit"));
        bool cellsOk = true;
        const std::optional<money::Decimal> quantity =
            money::Decimal::parse(row.text(QStringLiteral("quantity")));
        if (!quantity) {
            problem(QStringLiteral("quantity"), Text::tr("“%1” is not a number with at most four decimals")
                                                    .arg(row.text(QStringLiteral("quantity"))));
            cellsOk = false;
        }
        const std::optional<money::Decimal> unitPrice =
            money::Decimal::parse(row.text(QStringLiteral("unit_price")));
        if (!unitPrice) {
            problem(QStringLiteral("unit_price"), Text::tr("“%1” is not a price with at most four decimals")
                                                      .arg(row.text(QStringLiteral("unit_price"))));
            cellsOk = false;
        }
        const std::optional<money::TaxCategory> category =
            taxCategoryFromText(row.text(QStringLiteral("tax_category")));
        if (!category) {
            problem(QStringLiteral("tax_category"),
                    Text::tr("“%1” is not a tax category (10, 8, exempt or outside)")
                        .arg(row.text(QStringLiteral("tax_category"))));
            cellsOk = false;
        }
        const std::optional<PriceMode> priceMode = priceModeFromCode(row.text(QStringLiteral("price_mode")));
        if (!priceMode) {
            problem(QStringLiteral("price_mode"), Text::tr("“%1” is not a price mode (excl or incl)")
                                                      .arg(row.text(QStringLiteral("price_mode"))));
            cellsOk = false;
        }
        if (!cellsOk)
            continue;
        line.quantity = *quantity;
        line.unitPrice = *unitPrice;
        line.category = *category;
        line.priceMode = *priceMode;
        for (const FieldError &error : validate(line))
            problem(error.field, error.reason);

        // Lines of one order belong to one customer and are numbered in file order; an order already
        // in the book is not imported twice (the same file imported again would bill twice).
        const QString orderKey = QString::number(line.clientId) + QChar(u'\t') + line.orderNumber;
        const auto owner = accountOfOrder.constFind(orderKey);
        if (owner != accountOfOrder.constEnd() && *owner != customerCode) {
            problem(
                QStringLiteral("order_no"),
                Text::tr("order %1 belongs to customer %2 on an earlier line").arg(line.orderNumber, *owner));
            continue;
        }
        if (owner == accountOfOrder.constEnd()) {
            accountOfOrder.insert(orderKey, customerCode);
            if (!line.orderNumber.isEmpty() &&
                m_database
                        .scalar(QStringLiteral(
                                    "SELECT COUNT(*) FROM order_lines WHERE client_id = ? AND order_no = ?"),
                                {line.clientId, line.orderNumber})
                        .toLongLong() > 0) {
                problem(
                    QStringLiteral("order_no"),
                    Text::tr("order %1 of client %2 was imported before").arg(line.orderNumber, clientCode));
                continue;
            }
        }
        line.lineNumber = ++nextLineOfOrder[orderKey];
        lines.append(line);
    }
    if (!result.problems.isEmpty() || dryRun) {
        if (result.problems.isEmpty())
            result.created = int(lines.size());
        return result;
    }

    writeLines(lines);
    result.created = int(lines.size());
    result.committed = true;
    return result;
}

void OrderBook::addLines(const QList<OrderLine> &lines)
{
    for (const OrderLine &line : lines) {
        QList<FieldError> errors = validate(line);
        if (line.lineNumber < 1)
            errors.append({QStringLiteral("line_no"), Text::tr("a line number from 1 is required")});
        if (!errors.isEmpty())
            throw parties::ValidationError(errors);
    }
    writeLines(lines);
}

void OrderBook::writeLines(const QList<OrderLine> &lines)
{
    storage::Transaction transaction(m_database);
    const QString stamp = storage::timestampNow();
    QSet<qint64> clientIds;
    for (const OrderLine &line : lines) {
        m_database.insertPrepared(InsertLine, insertValues(line, stamp));
        clientIds.insert(line.clientId);
    }
    // One audit record per client and import: the lines themselves carry their creation time, and an
    // order file of 100,000 lines does not need 100,000 chained records to be traceable.
    audit::AuditTrail trail(m_database, m_actor);
    for (qint64 clientId : clientIds) {
        QStringList orders;
        int count = 0;
        for (const OrderLine &line : lines) {
            if (line.clientId != clientId)
                continue;
            ++count;
            if (line.lineNumber == 1)
                orders << line.orderNumber;
        }
        trail.record(QStringLiteral("order_import"), clientId, QStringLiteral("import"), {},
                     {{QStringLiteral("lines"), count},
                      {QStringLiteral("orders"), QJsonArray::fromStringList(orders)}});
    }
    transaction.commit();
}

QList<OrderLine> OrderBook::lines(const OrderFilter &filter) const
{
    QString sql = QStringLiteral("SELECT ") + LineColumns + LineJoins + QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (filter.clientId != 0) {
        sql += QStringLiteral(" AND o.client_id = ?");
        values << filter.clientId;
    }
    if (filter.unbilledOnly)
        sql += QStringLiteral(" AND o.invoice_id IS NULL");
    if (filter.deliveredUpTo.isValid()) {
        sql += QStringLiteral(" AND o.delivery_date <= ?");
        values << filter.deliveredUpTo.toString(Qt::ISODate);
    }
    sql += QStringLiteral(" ORDER BY o.delivery_date, o.order_no, o.line_no");
    QSqlQuery query = m_database.exec(sql, values);
    QList<OrderLine> result;
    while (query.next())
        result.append(lineFrom(query));
    return result;
}

std::optional<OrderLine> OrderBook::line(qint64 id) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT ") + LineColumns + LineJoins + QStringLiteral(" WHERE o.id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    return lineFrom(query);
}

OrderLine OrderBook::add(OrderLine line)
{
    QList<FieldError> errors = validate(line);
    if (m_database
            .scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id = ? AND client_id = ?"),
                    {line.accountId, line.clientId})
            .toInt() != 1)
        errors.append(
            {QStringLiteral("customer_code"), Text::tr("the customer does not belong to this client")});
    if (!errors.isEmpty())
        throw parties::ValidationError(errors);
    storage::Transaction transaction(m_database);
    line.lineNumber = m_database
                          .scalar(QStringLiteral("SELECT COALESCE(MAX(line_no), 0) + 1 FROM order_lines "
                                                 "WHERE client_id = ? AND order_no = ?"),
                                  {line.clientId, line.orderNumber})
                          .toInt();
    line.id = m_database.insertPrepared(InsertLine, insertValues(line, storage::timestampNow()));
    line.version = 1;
    audit::AuditTrail(m_database, m_actor)
        .record(Entity, line.id, QStringLiteral("create"), {}, line.toJson());
    transaction.commit();
    return *this->line(line.id);
}

OrderLine OrderBook::update(const OrderLine &line)
{
    const QList<FieldError> errors = validate(line);
    if (!errors.isEmpty())
        throw parties::ValidationError(errors);
    storage::Transaction transaction(m_database);
    const std::optional<OrderLine> before = this->line(line.id);
    const int changed = m_database.execPrepared(
        QStringLiteral(
            "UPDATE order_lines SET order_date = ?, delivery_date = ?, item_code = ?, description = ?, "
            "quantity = ?, unit = ?, unit_price = ?, tax_category = ?, price_mode = ?, version = version + "
            "1, "
            "updated_at = ? WHERE id = ? AND version = ? AND invoice_id IS NULL"),
        {line.orderDate.toString(Qt::ISODate), line.deliveryDate.toString(Qt::ISODate), line.itemCode,
         line.description, line.quantity.scaled(), line.unit, line.unitPrice.scaled(),
         money::toCode(line.category), toCode(line.priceMode), storage::timestampNow(), line.id,
         line.version});
    if (changed != 1 || !before)
        throw parties::ConcurrentChangeError(
            Text::tr("order %1 line %2 was changed or billed by someone else; reload it")
                .arg(line.orderNumber)
                .arg(line.lineNumber));
    audit::AuditTrail(m_database, m_actor)
        .record(Entity, line.id, QStringLiteral("update"), before->toJson(), line.toJson());
    transaction.commit();
    return *this->line(line.id);
}

void OrderBook::remove(const OrderLine &line)
{
    storage::Transaction transaction(m_database);
    const int changed = m_database.execPrepared(
        QStringLiteral("DELETE FROM order_lines WHERE id = ? AND version = ? AND invoice_id IS NULL"),
        {line.id, line.version});
    if (changed != 1)
        throw parties::ConcurrentChangeError(
            Text::tr("order %1 line %2 was changed or billed by someone else; reload it")
                .arg(line.orderNumber)
                .arg(line.lineNumber));
    audit::AuditTrail(m_database, m_actor)
        .record(Entity, line.id, QStringLiteral("delete"), line.toJson(), {});
    transaction.commit();
}

} // namespace kaishu::billing
