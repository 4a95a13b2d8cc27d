#pragma once

#include "CreditDecision.h"
#include "PaymentTiming.h"
#include "money/Yen.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <stdexcept>

namespace kaishu::storage {
class Database;
}

namespace kaishu::screening {

// A screening refused for a reason the clerk can act on (not enough history to train, an override
// by someone who is not a supervisor, an unknown result).
class ScreeningError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

enum class ScreeningMethod { Model, Expert };
QString toCode(ScreeningMethod method); // model, expert

// A supervisor's decision over a screening result, with the reason, kept beside the result.
struct ScreeningOverride
{
    Grade grade = Grade::C;
    money::Yen limit;
    DunningTier tier = DunningTier::Standard;
    Decision decision = Decision::Approve;
    QString reason;
    QString by;
    QDateTime at;
};

// A debtor's (an account's) screening as of a date: every result is kept as history.
struct ScreeningResult
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 accountId = 0;
    qint64 debtorId = 0;
    qint64 clientId = 0;
    QString customerCode;
    QString clientCode;
    QString debtorName;
    QDate asOf;
    ScreeningMethod method = ScreeningMethod::Expert;
    int score = 0;
    double pd = 0; // probability of paying an invoice 30 or more days late
    Grade grade = Grade::C;
    std::optional<Grade> previousGrade; // the account's grade in its result before this one
    money::Yen proposedLimit;
    money::Yen limitInForce; // the account's credit limit now (0: none set)
    money::Yen exposure;     // open invoices and unbilled orders, as of the screening
    DunningTier tier = DunningTier::Standard;
    Decision decision = Decision::Approve;
    QStringList conditions;
    QList<ScreeningReason> reasons; // the strongest first
    QStringList limitReasons;       // how the proposed limit was reached
    QDate reviewDue;
    // When the payment-timing model expects an invoice issued on asOf to be paid: the median days
    // after its due date (for the dunning timing). Empty without a model.
    std::optional<int> medianDaysLate;
    std::optional<ScreeningOverride> supervisorOverride;

    Grade effectiveGrade() const { return supervisorOverride ? supervisorOverride->grade : grade; }
    money::Yen effectiveLimit() const
    {
        return supervisorOverride ? supervisorOverride->limit : proposedLimit;
    }
    DunningTier effectiveTier() const { return supervisorOverride ? supervisorOverride->tier : tier; }
    Decision effectiveDecision() const
    {
        return supervisorOverride ? supervisorOverride->decision : decision;
    }
    bool downgraded() const { return previousGrade && int(grade) > int(*previousGrade); }
    bool overLimit() const { return limitInForce.value() > 0 && exposure > limitInForce; }
    // Exposure per mille of the limit in force; nothing without a limit.
    std::optional<int> utilisationPerMille() const;
};

struct GradeQuality
{
    Grade grade = Grade::A;
    int invoices = 0;
    int late = 0; // paid 30 or more days late
    double lateRate() const { return invoices > 0 ? double(late) / invoices : 0; }
};

// A trained behavioural model and its measured quality: on the invoices of the last six months
// before its date, held out from training (out of time).
struct ModelReport
{
    qint64 id = 0;
    QDate asOf;
    QDateTime trainedAt;
    QString trainedBy;
    int trainInvoices = 0;
    int trainLate = 0;
    int testInvoices = 0;
    int testLate = 0;
    double auc = 0;
    double ks = 0;
    QList<GradeQuality> byGrade; // A … E on the test invoices
    bool badRateMonotone = false;
    QList<ScreeningReason> weights; // per feature: its name and the points of one standard deviation
    // The payment-timing model (days from due date to payment, open invoices censored), measured on
    // the same held-out months: per period how many test invoices were at risk and paid in it, and
    // the mean absolute error in days of its median against the day each settled test invoice was
    // paid, beside the error of assuming payment on the due date.
    struct TimingPeriod
    {
        QString label; // days after the due date: "≤0", "1–7", …
        int atRisk = 0;
        int paid = 0;
        double predictedPaid = 0; // Σ of the model's hazards over the at-risk invoices
    };
    QList<TimingPeriod> timing;
    int timingTestSettled = 0;
    double timingMae = 0;
    double timingMaeDueDate = 0;
};

struct ScreeningRunSummary
{
    qint64 id = 0;
    QDate asOf;
    ScreeningMethod method = ScreeningMethod::Expert;
    qint64 modelId = 0;
    int accounts = 0;
    int downgrades = 0;
    int upgrades = 0;
    int overLimit = 0;
    int limitsApplied = 0;
    std::optional<double> psi; // score stability against the previous finished run
    bool cancelled = false;
    QList<int> gradeCounts; // A … E
    QDateTime startedAt;
    QDateTime finishedAt;
};
// < 0.10 stable, 0.10–0.25 investigate, > 0.25 shifted.
enum class Stability { Stable, Investigate, Shifted };
Stability stabilityOf(double psi);

struct ScreeningRunOptions
{
    QDate asOf;               // invalid: today
    qint64 accountId = 0;     // one account only; 0: every active account
    bool applyLimits = false; // the proposed limits become the accounts' limits in force (audited)
    bool forceExpert = false; // the expert card even when a model is trained
};

struct ResultFilter
{
    qint64 clientId = 0;
    bool downgradedOnly = false;
    bool overLimitOnly = false;
    bool reviewDueOnly = false;
    QDate today; // for review due; invalid: today
};

// What an account owes against its limit, now.
struct Exposure
{
    money::Yen openInvoices;
    money::Yen unbilledOrders;
    money::Yen limit; // in force; 0: none set
    money::Yen total() const { return openInvoices + unbilledOrders; }
};

// Screening (審査) on the portfolio's own data. Trains the behavioural model on the agency's
// invoice and payment history, screens accounts as of a date (the model once one is trained, the
// expert card before), keeps every result, lets a supervisor override one with a reason, and
// re-screens the whole portfolio with progress and cancel. Every write is one transaction with its
// audit record.
class ScreeningService
{
public:
    ScreeningService(storage::Database &database, QString actor);

    // Trains on the invoices issued before asOf whose outcome is known by then, measures it on the
    // last six months held out, and makes it the active model. Throws ScreeningError when the
    // history is too thin (fewer than 300 invoices with a known outcome before the held-out months, 30 late
    // ones, or 50 held out).
    ModelReport train(QDate asOf);
    std::optional<ModelReport> activeModel() const;

    // Returns false to cancel; called every few hundred accounts.
    using Progress = std::function<bool(int done, int total)>;
    // Screens and stores the results as one run (a cancelled run keeps nothing but its record).
    ScreeningRunSummary run(const ScreeningRunOptions &options, const Progress &progress = {});
    QList<ScreeningRunSummary> runs() const; // newest first

    // The latest result of each account that has one, filtered.
    QList<ScreeningResult> latestResults(const ResultFilter &filter = {}) const;
    QList<ScreeningResult> history(qint64 accountId) const; // oldest first
    std::optional<ScreeningResult> result(qint64 resultId) const;
    std::optional<ScreeningResult> latestResult(qint64 accountId) const;
    // Accounts that were never screened or whose review date has come.
    int reviewsDue(QDate today = {}) const;

    // A supervisor overrides a result (the limit becomes the account's limit in force). Throws
    // ScreeningError when the actor is not a supervisor or the reason is empty.
    ScreeningResult overrideResult(qint64 resultId, const ScreeningOverride &decision);

    Exposure exposure(qint64 accountId) const;
    // The money the invoices open now are expected to bring, week by week from asOf (today when
    // invalid), by the active model's payment timing: each invoice by what was known of its debtor
    // when it was issued, and by how long it has been open. Only one client's with clientId. Throws
    // ScreeningError without a trained model.
    CashForecast expectedCash(QDate asOf, int weeks, qint64 clientId = 0) const;

    // The users who may override results and approve invoices over a limit (agency setting).
    QStringList supervisors() const;
    bool isSupervisor(const QString &user) const;
    void setSupervisors(const QStringList &users);

private:
    storage::Database &m_database;
    QString m_actor;
};

} // namespace kaishu::screening
