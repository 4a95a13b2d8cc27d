#pragma once

#include "OrderLine.h"
#include "parties/PartyImport.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace kaishu::storage {
class Database;
}

namespace kaishu::billing {

// Which order lines a list shows.
struct OrderFilter
{
    qint64 clientId = 0; // 0: all clients
    bool unbilledOnly = true;
    QDate deliveredUpTo; // invalid: any date
};

// 受注台帳: the order lines of all clients. Imports orders from CSV (validated, all or nothing, like
// the debtor import) and lets a clerk enter, correct and remove lines until they are billed. Every
// change is one transaction with its audit record.
class OrderBook
{
public:
    OrderBook(storage::Database &database, QString actor);

    // client_code, customer_code, order_no, order_date, delivery_date, item_code, description,
    // quantity, unit, unit_price, tax_category, price_mode.
    static QStringList canonicalFields();
    static QStringList requiredFields();
    static parties::ColumnMapping guessMapping(const QStringList &header);

    // Checks every row (client and customer known, dates, amounts, tax category, the order not
    // imported before) and writes all lines in one transaction, or none. With dryRun nothing is
    // written. rowsRead and created count lines.
    parties::ImportResult import(const parties::CsvTable &table, const parties::ColumnMapping &mapping,
                                 bool dryRun = false);
    parties::ImportResult importFile(const QByteArray &bytes, bool dryRun = false);

    // Writes lines made by a program (the demo, benchmarks) in one transaction: validated like a
    // file's, numbered by the caller; throws ValidationError and writes nothing on the first bad line.
    void addLines(const QList<OrderLine> &lines);

    QList<OrderLine> lines(const OrderFilter &filter) const;
    std::optional<OrderLine> line(qint64 id) const;

    // Adds a line typed by a clerk (the next line number of its order); throws ValidationError.
    OrderLine add(OrderLine line);
    // Saves a corrected unbilled line; throws ValidationError, or ConcurrentChangeError when the line
    // changed or was billed since it was read.
    OrderLine update(const OrderLine &line);
    // Removes an unbilled line (audited with its content).
    void remove(const OrderLine &line);

private:
    void writeLines(const QList<OrderLine> &lines);

    storage::Database &m_database;
    QString m_actor;
};

} // namespace kaishu::billing
