#pragma once

#include "CreditDecision.h"
#include "money/Yen.h"
#include "parties/FieldError.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kaishu::storage {
class Database;
}

namespace kaishu::screening {

// An external credit report on a debtor (帝国データバンク, 東京商工リサーチ, …) as of its date. Reports
// are kept over time; the latest one up to a date is the one screening uses.
struct CreditReport
{
    qint64 id = 0;
    qint64 debtorId = 0;
    QString source;
    QDate reportDate;
    std::optional<int> score; // 評点 0–100
    std::optional<money::Yen> capital;
    std::optional<int> employees;
    std::optional<int> yearsInBusiness;
    std::optional<money::Yen> revenue;
    std::optional<money::Yen> netAssets;     // negative: 債務超過
    std::optional<int> currentRatioPerMille; // 流動比率, 1350 = 135.0%
    QString notes;

    ExternalFacts facts() const { return {score, yearsInBusiness, capital, netAssets}; }
};

// Fields: source, report_date, score, capital, employees, years_in_business, revenue,
// current_ratio, notes.
QList<parties::FieldError> validate(const CreditReport &report);

// The figures of a report as typed or read from a CSV cell. A whole number (score, a count, yen):
// "12,000,000", "１２０００", "-3000000". A percentage with at most one decimal, as per mille:
// "135.5" or "135.5%" → 1355. Nothing when the text is not one.
std::optional<qint64> parseWholeNumber(const QString &text);
std::optional<int> parsePercentPerMille(const QString &text);

struct CreditReportImport
{
    bool committed = false;
    int added = 0;
    QStringList problems; // "line 3, score: must be 0–100"
};

// The credit reports as SQL: each one added in its own audited transaction (entity credit_report);
// a CSV file all or nothing.
class CreditReportBook
{
public:
    CreditReportBook(storage::Database &database, QString actor);

    // Throws parties::ValidationError (the debtor unknown: field debtor_id).
    CreditReport add(const CreditReport &report);
    QList<CreditReport> reports(qint64 debtorId) const; // newest first
    std::optional<CreditReport> latest(qint64 debtorId, QDate asOf) const;

    // client_code,customer_code,source,report_date,score,capital,employees,years_in_business,revenue,
    // net_assets,current_ratio,notes (UTF-8 or Shift_JIS; amounts in yen, thousands separators
    // allowed; current_ratio in percent). Every problem is listed by line and field; with any
    // problem, or on a dry run, nothing is written.
    CreditReportImport importCsv(const QByteArray &bytes, bool dryRun = false);

private:
    CreditReport insert(const CreditReport &report);

    storage::Database &m_database;
    QString m_actor;
};

} // namespace kaishu::screening
