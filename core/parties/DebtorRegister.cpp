#include "DebtorRegister.h"

#include "SearchKey.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace kaishu::parties {

namespace {

QString sortExpression(RegisterColumn column)
{
    switch (column) {
    case RegisterColumn::ClientCode:
        return QStringLiteral("c.code");
    case RegisterColumn::CustomerCode:
        return QStringLiteral("a.customer_code");
    case RegisterColumn::Name:
        return QStringLiteral("d.name");
    case RegisterColumn::NameKana:
        return QStringLiteral("d.name_kana");
    case RegisterColumn::PayerName:
        return QStringLiteral("d.payer_name");
    case RegisterColumn::CorporateNumber:
        return QStringLiteral("d.corporate_number");
    case RegisterColumn::Prefecture:
        return QStringLiteral("d.prefecture");
    case RegisterColumn::Industry:
        return QStringLiteral("d.industry");
    case RegisterColumn::Terms:
        return QStringLiteral("a.terms");
    case RegisterColumn::CreditLimit:
        return QStringLiteral("a.credit_limit");
    case RegisterColumn::Status:
        return QStringLiteral("a.status");
    case RegisterColumn::Phone:
        return QStringLiteral("d.phone");
    case RegisterColumn::Email:
        return QStringLiteral("d.email");
    case RegisterColumn::VirtualAccount:
        return QStringLiteral("a.virtual_account");
    case RegisterColumn::Address:
        return QStringLiteral("d.address");
    case RegisterColumn::PostalCode:
        return QStringLiteral("d.postal_code");
    }
    return QStringLiteral("a.id");
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The WHERE clause and its values for a filter.
QString whereClause(const RegisterFilter &filter, QVariantList &values)
{
    QStringList conditions;
    const QString key = searchKey(filter.search);
    if (!key.isEmpty()) {
        conditions << QStringLiteral(
            "(d.search_text LIKE ? ESCAPE '\\' OR LOWER(a.customer_code) LIKE ? ESCAPE '\\')");
        values << likePattern(key) << likePattern(key);
    }
    if (filter.clientId != 0) {
        conditions << QStringLiteral("a.client_id = ?");
        values << filter.clientId;
    }
    if (!filter.prefecture.isEmpty()) {
        conditions << QStringLiteral("d.prefecture = ?");
        values << filter.prefecture;
    }
    if (!filter.industry.isEmpty()) {
        conditions << QStringLiteral("d.industry = ?");
        values << filter.industry;
    }
    if (filter.status) {
        conditions << QStringLiteral("a.status = ?");
        values << toCode(*filter.status);
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

const QString FromClause = QStringLiteral(
    " FROM accounts a JOIN debtors d ON d.id = a.debtor_id JOIN clients c ON c.id = a.client_id");

} // namespace

DebtorRegister::DebtorRegister(const storage::Database &database)
    : m_database(database)
{}

int DebtorRegister::count(const RegisterFilter &filter) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT COUNT(*)") + FromClause + where, values);
    return query.next() ? query.value(0).toInt() : 0;
}

QList<RegisterRow> DebtorRegister::fetch(const RegisterFilter &filter, RegisterColumn sortColumn,
                                         bool ascending, int offset, int limit) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    values << limit << offset;
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT a.id, a.debtor_id, a.client_id, c.code, a.customer_code, d.name, d.name_kana, "
                       "d.payer_name, d.corporate_number, d.prefecture, d.industry, a.terms, a.credit_limit, "
                       "a.status, d.phone, d.email, a.virtual_account, d.address, d.postal_code") +
            FromClause + where + QStringLiteral(" ORDER BY ") + sortExpression(sortColumn) + direction +
            QStringLiteral(", a.id") + direction + QStringLiteral(" LIMIT ? OFFSET ?"),
        values);
    QList<RegisterRow> rows;
    rows.reserve(limit);
    while (query.next()) {
        RegisterRow row;
        row.accountId = query.value(0).toLongLong();
        row.debtorId = query.value(1).toLongLong();
        row.clientId = query.value(2).toLongLong();
        row.clientCode = query.value(3).toString();
        row.customerCode = query.value(4).toString();
        row.name = query.value(5).toString();
        row.nameKana = query.value(6).toString();
        row.payerName = query.value(7).toString();
        row.corporateNumber = query.value(8).toString();
        row.prefecture = query.value(9).toString();
        row.industry = query.value(10).toString();
        row.terms = query.value(11).toString();
        row.creditLimit = query.value(12).toLongLong();
        row.status = query.value(13).toString();
        row.phone = query.value(14).toString();
        row.email = query.value(15).toString();
        row.virtualAccount = query.value(16).toString();
        row.address = query.value(17).toString();
        row.postalCode = query.value(18).toString();
        rows.append(row);
    }
    return rows;
}

QStringList DebtorRegister::prefecturesInUse() const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT DISTINCT prefecture FROM debtors WHERE prefecture <> '' ORDER BY prefecture"));
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

} // namespace kaishu::parties
