#include "DebtorRegister.h"

#include "SearchKey.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

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

// From how many matching accounts a page is read by walking the sort index rather than by sorting
// the matches. Measured on 100,000 debtors: sorting 2,000–5,000 rows costs 10–30 ms, while a walk
// can pass most of the index when the matches cluster in the sort order (ヤマダ… sorts under ヤ).
constexpr int ManyMatches = 5000;

bool hasAsciiLetterOrDigit(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() < 128 && c.isLetterOrNumber(); });
}

// How the search is written into a query: for a count over accounts, or for a page whose plan
// walks the sort index (many matches) or starts from the matches (few).
enum class SearchForm { Count, PageWalk, PageFromMatches };

// The WHERE clause and its values for a filter. A search matches the debtor's search key (name,
// kana, payer name, 法人番号) and, when it could be one, the account's customer code.
// - A page that walks the sort index (many matches) tests each row it passes directly; it stops
//   after the page, so it never looks at more than a small share of the register.
// - A count, or a page that starts from few matches, uses the matches as a set of ids: on SQLite a
//   key of three or more characters through the trigram index, a shorter one by a scan of the
//   covering index of the keys; PostgreSQL scans the keys.
QString whereClause(const RegisterFilter &filter, storage::SqlDialect dialect, SearchForm form,
                    QVariantList &values)
{
    QStringList conditions;
    const QString key = searchKey(filter.search);
    if (!key.isEmpty()) {
        const bool sqlite = dialect == storage::SqlDialect::Sqlite;
        const bool matchCode = hasAsciiLetterOrDigit(key);
        const QString codeMatch = QStringLiteral("LOWER(a.customer_code) LIKE ? ESCAPE '\\'");
        if (form == SearchForm::PageWalk) {
            const QString debtorMatch = sqlite ? QStringLiteral("instr(d.search_text, ?) > 0")
                                               : QStringLiteral("strpos(d.search_text, ?) > 0");
            values << key;
            if (matchCode) {
                conditions << QStringLiteral("(%1 OR %2)").arg(debtorMatch, codeMatch);
                values << likePattern(key);
            } else {
                conditions << debtorMatch;
            }
        } else {
            QString debtorSet;
            if (sqlite && key.toUcs4().size() >= 3) {
                debtorSet = QStringLiteral("(SELECT rowid FROM debtor_search WHERE debtor_search MATCH ?)");
                QString phrase = key;
                phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
                values << QLatin1Char('"') + phrase + QLatin1Char('"');
            } else {
                debtorSet = sqlite
                                ? QStringLiteral("(SELECT id FROM debtors INDEXED BY debtors_search_text "
                                                 "WHERE instr(search_text, ?) > 0)")
                                : QStringLiteral("(SELECT id FROM debtors WHERE strpos(search_text, ?) > 0)");
                values << key;
            }
            if (form == SearchForm::Count) {
                conditions << (matchCode
                                   ? QStringLiteral("(a.debtor_id IN %1 OR %2)").arg(debtorSet, codeMatch)
                                   : QStringLiteral("a.debtor_id IN ") + debtorSet);
            } else {
                conditions << (matchCode ? QStringLiteral(
                                               "a.id IN (SELECT a.id FROM accounts a WHERE a.debtor_id IN "
                                               "%1 OR %2)")
                                               .arg(debtorSet, codeMatch)
                                         : QStringLiteral("d.id IN ") + debtorSet);
            }
            if (matchCode)
                values << likePattern(key);
        }
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

enum class SortTable { Debtors, Accounts, Clients };

SortTable tableOf(RegisterColumn column)
{
    switch (column) {
    case RegisterColumn::ClientCode:
        return SortTable::Clients;
    case RegisterColumn::CustomerCode:
    case RegisterColumn::Terms:
    case RegisterColumn::CreditLimit:
    case RegisterColumn::Status:
    case RegisterColumn::VirtualAccount:
        return SortTable::Accounts;
    default:
        return SortTable::Debtors;
    }
}

struct PageQuery
{
    QString from;
    QString orderBy;
};

// FROM and ORDER BY of a page: the table of the sort column leads the join and the order ends in
// unique keys of the leading tables, so SQLite walks the sort column's index and stops after the
// page instead of sorting the whole portfolio. (CROSS JOIN is SQLite's way to fix the join order;
// it is left free when a page starts from a few matches, and PostgreSQL plans the join itself.)
PageQuery pageQuery(RegisterColumn column, bool ascending, bool fixJoinOrder)
{
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString join = fixJoinOrder ? QStringLiteral(" CROSS JOIN ") : QStringLiteral(" JOIN ");
    const QString key = QStringLiteral(" ORDER BY ") + sortExpression(column) + direction;
    switch (tableOf(column)) {
    case SortTable::Clients:
        return {QStringLiteral(" FROM clients c") + join +
                    QStringLiteral("accounts a ON a.client_id = c.id") + join +
                    QStringLiteral("debtors d ON d.id = a.debtor_id"),
                key + QStringLiteral(", a.customer_code") + direction};
    case SortTable::Accounts:
        return {QStringLiteral(" FROM accounts a") + join +
                    QStringLiteral("debtors d ON d.id = a.debtor_id") + join +
                    QStringLiteral("clients c ON c.id = a.client_id"),
                key + QStringLiteral(", a.id") + direction};
    case SortTable::Debtors:
        break;
    }
    return {QStringLiteral(" FROM debtors d") + join + QStringLiteral("accounts a ON a.debtor_id = d.id") +
                join + QStringLiteral("clients c ON c.id = a.client_id"),
            key + QStringLiteral(", d.id") + direction + QStringLiteral(", a.id") + direction};
}

} // namespace

DebtorRegister::DebtorRegister(const storage::Database &database)
    : m_database(database)
{}

int DebtorRegister::count(const RegisterFilter &filter) const
{
    QVariantList values;
    // Counting needs the debtors only for their prefecture or industry; a search is a set of ids.
    const bool joinDebtors = !filter.prefecture.isEmpty() || !filter.industry.isEmpty();
    const QString where = whereClause(filter, m_database.dialect(), SearchForm::Count, values);
    const QString from = joinDebtors ? QStringLiteral(" FROM accounts a JOIN debtors d ON d.id = a.debtor_id")
                                     : QStringLiteral(" FROM accounts a");
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT COUNT(*)") + from + where, values);
    return query.next() ? query.value(0).toInt() : 0;
}

QList<RegisterRow> DebtorRegister::fetch(const RegisterFilter &filter, RegisterColumn sortColumn,
                                         bool ascending, int offset, int limit, int total) const
{
    offset = std::max(0, offset);
    // A page in the back half is read from the other end: OFFSET then skips the shorter distance.
    const bool fromTheEnd = total > 0 && offset > total / 2;
    if (fromTheEnd) {
        const int end = std::min(total, offset + limit);
        limit = std::max(0, end - offset);
        offset = total - end;
        ascending = !ascending;
    }
    QVariantList values;
    // Many matches: walk the sort column's index and test each row. Few matches: start from them and
    // sort just those.
    const bool manyMatches = total < 0 || total > ManyMatches;
    const QString where =
        whereClause(filter, m_database.dialect(),
                    manyMatches ? SearchForm::PageWalk : SearchForm::PageFromMatches, values);
    values << limit << offset;
    const PageQuery page =
        pageQuery(sortColumn, ascending, m_database.dialect() == storage::SqlDialect::Sqlite && manyMatches);
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT a.id, a.debtor_id, a.client_id, c.code, a.customer_code, d.name, d.name_kana, "
                       "d.payer_name, d.corporate_number, d.prefecture, d.industry, a.terms, a.credit_limit, "
                       "a.status, d.phone, d.email, a.virtual_account, d.address, d.postal_code") +
            page.from + where + page.orderBy + QStringLiteral(" LIMIT ? OFFSET ?"),
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
    if (fromTheEnd)
        std::reverse(rows.begin(), rows.end());
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
