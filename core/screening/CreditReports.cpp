#include "CreditReports.h"

#include "audit/AuditTrail.h"
#include "io/Csv.h"
#include "storage/Database.h"
#include "storage/StoredValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace kaishu::screening {

using money::Yen;
using parties::FieldError;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::screening)
};

const QString Entity = QStringLiteral("credit_report");
const QString Columns = QStringLiteral("id, debtor_id, source, report_date, score, capital, employees, "
                                       "years_in_business, revenue, net_assets, current_ratio_pm, notes");
const QStringList Header{QStringLiteral("client_code"),   QStringLiteral("customer_code"),
                         QStringLiteral("source"),        QStringLiteral("report_date"),
                         QStringLiteral("score"),         QStringLiteral("capital"),
                         QStringLiteral("employees"),     QStringLiteral("years_in_business"),
                         QStringLiteral("revenue"),       QStringLiteral("net_assets"),
                         QStringLiteral("current_ratio"), QStringLiteral("notes")};

QVariant optional(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant optional(const std::optional<Yen> &value)
{
    return value ? QVariant(value->value()) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<int> intFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

std::optional<Yen> yenFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<Yen>(Yen(value.toLongLong()));
}

CreditReport reportFrom(const QSqlQuery &query)
{
    CreditReport report;
    report.id = query.value(0).toLongLong();
    report.debtorId = query.value(1).toLongLong();
    report.source = query.value(2).toString();
    report.reportDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    report.score = intFrom(query.value(4));
    report.capital = yenFrom(query.value(5));
    report.employees = intFrom(query.value(6));
    report.yearsInBusiness = intFrom(query.value(7));
    report.revenue = yenFrom(query.value(8));
    report.netAssets = yenFrom(query.value(9));
    report.currentRatioPerMille = intFrom(query.value(10));
    report.notes = query.value(11).toString();
    return report;
}

QJsonObject toJson(const CreditReport &report)
{
    QJsonObject json{{QStringLiteral("debtor_id"), report.debtorId},
                     {QStringLiteral("source"), report.source},
                     {QStringLiteral("report_date"), report.reportDate.toString(Qt::ISODate)},
                     {QStringLiteral("notes"), report.notes}};
    const auto put = [&json](const char *name, const auto &value) {
        if (value)
            json.insert(QLatin1String(name), qint64(*value));
    };
    put("score", report.score);
    put("employees", report.employees);
    put("years_in_business", report.yearsInBusiness);
    put("current_ratio_pm", report.currentRatioPerMille);
    for (const auto &[name, value] :
         {std::pair{"capital", report.capital}, std::pair{"revenue", report.revenue},
          std::pair{"net_assets", report.netAssets}}) {
        if (value)
            json.insert(QLatin1String(name), value->value());
    }
    return json;
}

} // namespace

std::optional<qint64> parseWholeNumber(const QString &text)
{
    QString digits = text.normalized(QString::NormalizationForm_KC).trimmed();
    digits.remove(QLatin1Char(','));
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<int> parsePercentPerMille(const QString &text)
{
    static const QRegularExpression Percent(QStringLiteral("^(\\d{1,5})(?:\\.(\\d))?%?$"));
    const QRegularExpressionMatch match =
        Percent.match(text.normalized(QString::NormalizationForm_KC).trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt() * 10 + (match.captured(2).isEmpty() ? 0 : match.captured(2).toInt());
}

QList<FieldError> validate(const CreditReport &report)
{
    QList<FieldError> errors;
    if (report.source.trimmed().isEmpty())
        errors.append({QStringLiteral("source"), Text::tr("is required (e.g. TDB, TSR)")});
    else if (report.source.size() > 40)
        errors.append({QStringLiteral("source"), Text::tr("is longer than 40 characters")});
    if (!report.reportDate.isValid())
        errors.append({QStringLiteral("report_date"), Text::tr("is required")});
    if (report.score && (*report.score < 0 || *report.score > 100))
        errors.append({QStringLiteral("score"), Text::tr("must be 0–100, not %1").arg(*report.score)});
    const auto notNegative = [&errors](const char *field, const auto &value) {
        if (value && *value < std::decay_t<decltype(*value)>(0))
            errors.append({QLatin1String(field), Text::tr("must not be negative")});
    };
    notNegative("capital", report.capital);
    notNegative("employees", report.employees);
    notNegative("years_in_business", report.yearsInBusiness);
    notNegative("revenue", report.revenue);
    notNegative("current_ratio", report.currentRatioPerMille);
    if (report.notes.size() > 2000)
        errors.append({QStringLiteral("notes"), Text::tr("is longer than 2,000 characters")});
    return errors;
}

CreditReportBook::CreditReportBook(storage::Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{}

CreditReport CreditReportBook::insert(const CreditReport &report)
{
    QList<FieldError> errors = validate(report);
    if (m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM debtors WHERE id = ?"), {report.debtorId})
            .toInt() == 0)
        errors.append(
            {QStringLiteral("debtor_id"), Text::tr("no debtor has the id %1").arg(report.debtorId)});
    if (!errors.isEmpty())
        throw parties::ValidationError(errors);
    CreditReport added = report;
    added.source = report.source.trimmed();
    added.id = m_database.insertPrepared(
        QStringLiteral(
            "INSERT INTO credit_reports (debtor_id, source, report_date, score, capital, employees, "
            "years_in_business, revenue, net_assets, current_ratio_pm, notes, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {added.debtorId, added.source, added.reportDate.toString(Qt::ISODate), optional(added.score),
         optional(added.capital), optional(added.employees), optional(added.yearsInBusiness),
         optional(added.revenue), optional(added.netAssets), optional(added.currentRatioPerMille),
         added.notes, storage::timestampNow(), m_actor});
    audit::AuditTrail(m_database, m_actor)
        .record(Entity, added.id, QStringLiteral("create"), {}, toJson(added));
    return added;
}

CreditReport CreditReportBook::add(const CreditReport &report)
{
    storage::Transaction transaction(m_database);
    const CreditReport added = insert(report);
    transaction.commit();
    return added;
}

QList<CreditReport> CreditReportBook::reports(qint64 debtorId) const
{
    QList<CreditReport> list;
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT ") + Columns +
                                          QStringLiteral(" FROM credit_reports WHERE debtor_id = ? "
                                                         "ORDER BY report_date DESC, id DESC"),
                                      {debtorId});
    while (query.next())
        list.append(reportFrom(query));
    return list;
}

std::optional<CreditReport> CreditReportBook::latest(qint64 debtorId, QDate asOf) const
{
    QSqlQuery query =
        m_database.exec(QStringLiteral("SELECT ") + Columns +
                            QStringLiteral(" FROM credit_reports WHERE debtor_id = ? AND "
                                           "report_date <= ? ORDER BY report_date DESC, id DESC "
                                           "LIMIT 1"),
                        {debtorId, asOf.toString(Qt::ISODate)});
    if (!query.next())
        return std::nullopt;
    return reportFrom(query);
}

CreditReportImport CreditReportBook::importCsv(const QByteArray &bytes, bool dryRun)
{
    CreditReportImport result;
    QString error;
    const std::optional<QString> text = io::decode(bytes, io::detectEncoding(bytes), &error);
    const std::optional<QList<io::CsvRecord>> records =
        text ? io::CsvReader::readAll(*text, &error) : std::nullopt;
    if (!records || records->isEmpty()) {
        result.problems.append(records ? Text::tr("the file is empty") : error);
        return result;
    }
    QStringList header = records->first().fields;
    for (QString &name : header)
        name = name.trimmed().toLower();
    for (const QString &name : {QStringLiteral("client_code"), QStringLiteral("customer_code"),
                                QStringLiteral("source"), QStringLiteral("report_date")}) {
        if (!header.contains(name))
            result.problems.append(Text::tr("the header has no column %1").arg(name));
    }
    for (const QString &name : std::as_const(header)) {
        if (!Header.contains(name))
            result.problems.append(Text::tr("the header has an unknown column %1").arg(name));
    }
    if (!result.problems.isEmpty())
        return result;

    storage::Transaction transaction(m_database);
    for (qsizetype r = 1; r < records->size(); ++r) {
        const io::CsvRecord &record = records->at(r);
        const auto cell = [&](const QString &name) {
            const qsizetype c = header.indexOf(name);
            return c >= 0 ? record.fields.value(c).trimmed() : QString();
        };
        QStringList problems;
        const auto problem = [&](const QString &field, const QString &reason) {
            problems.append(Text::tr("line %1, %2: %3").arg(record.lineNumber).arg(field, reason));
        };
        CreditReport report;
        const qint64 debtorId =
            m_database
                .scalar(
                    QStringLiteral("SELECT a.debtor_id FROM accounts a JOIN clients c ON c.id = a.client_id "
                                   "WHERE c.code = ? AND a.customer_code = ?"),
                    {cell(QStringLiteral("client_code")), cell(QStringLiteral("customer_code"))})
                .toLongLong();
        if (debtorId == 0)
            problem(QStringLiteral("customer_code"),
                    Text::tr("no customer %1 of client %2")
                        .arg(cell(QStringLiteral("customer_code")), cell(QStringLiteral("client_code"))));
        report.debtorId = debtorId;
        report.source = cell(QStringLiteral("source"));
        report.reportDate = QDate::fromString(
            cell(QStringLiteral("report_date")).replace(QLatin1Char('/'), QLatin1Char('-')), Qt::ISODate);
        report.notes = cell(QStringLiteral("notes"));
        const auto number = [&](const QString &field) -> std::optional<qint64> {
            const QString value = cell(field);
            if (value.isEmpty())
                return std::nullopt;
            const std::optional<qint64> parsed = parseWholeNumber(value);
            if (!parsed)
                problem(field, Text::tr("\"%1\" is not a whole number").arg(value));
            return parsed;
        };
        const auto asInt = [](const std::optional<qint64> &value) {
            return value ? std::optional<int>(int(std::clamp<qint64>(*value, -1'000'000'000, 1'000'000'000)))
                         : std::nullopt;
        };
        const auto asYen = [](const std::optional<qint64> &value) {
            return value ? std::optional<Yen>(Yen(*value)) : std::nullopt;
        };
        report.score = asInt(number(QStringLiteral("score")));
        report.capital = asYen(number(QStringLiteral("capital")));
        report.employees = asInt(number(QStringLiteral("employees")));
        report.yearsInBusiness = asInt(number(QStringLiteral("years_in_business")));
        report.revenue = asYen(number(QStringLiteral("revenue")));
        report.netAssets = asYen(number(QStringLiteral("net_assets")));
        if (const QString ratio = cell(QStringLiteral("current_ratio")); !ratio.isEmpty()) {
            report.currentRatioPerMille = parsePercentPerMille(ratio);
            if (!report.currentRatioPerMille)
                problem(QStringLiteral("current_ratio"), Text::tr("\"%1\" is not a percentage").arg(ratio));
        }
        for (const FieldError &fieldError : validate(report)) {
            if (fieldError.field == u"report_date" && !cell(QStringLiteral("report_date")).isEmpty())
                problem(
                    fieldError.field,
                    Text::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(cell(QStringLiteral("report_date"))));
            else
                problem(fieldError.field, fieldError.reason);
        }
        if (problems.isEmpty()) {
            insert(report);
            ++result.added;
        } else {
            result.problems += problems;
        }
    }
    if (result.problems.isEmpty() && !dryRun) {
        transaction.commit();
        result.committed = true;
    }
    return result;
}

} // namespace kaishu::screening
