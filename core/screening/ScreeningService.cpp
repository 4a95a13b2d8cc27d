#include "ScreeningService.h"

#include "LogisticRegression.h"
#include "PaymentHistory.h"
#include "Statistics.h"
#include "audit/AuditTrail.h"
#include "billing/BillingSettings.h"
#include "calendar/PaymentTerms.h"
#include "storage/Database.h"
#include "storage/StoredValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kaishu::screening {

using money::Yen;
using storage::dateFrom;
using storage::dateText;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::screening)
};

// An invoice paid this many days after its due date, or still open that long, is seriously late:
// the outcome the behavioural model predicts.
constexpr int SeriousLateDays = 30;
constexpr int MinimumKnownInvoices = 300;
constexpr int MinimumLateInvoices = 30;
constexpr int MinimumTestInvoices = 50;
// The model is measured on the invoices of the last months before its date, held out of training.
constexpr int HeldOutMonths = 6;
constexpr int ReasonsShown = 5;
constexpr int ProgressStep = 500;
const QString SupervisorsKey = QStringLiteral("screening.supervisors");

const ScoreScaling &scaling()
{
    static const ScoreScaling instance = ScoreScaling::fromAnchor(600, 50, 20);
    return instance;
}

int scoreOf(double pd)
{
    const double clamped = std::clamp(pd, 1e-6, 1 - 1e-6);
    return int(std::lround(scaling().score(std::log((1 - clamped) / clamped))));
}

// ISO dates read without QDate::fromString's generality: a million of them are read per run.
QDate isoDate(const QVariant &value)
{
    const QString text = value.toString();
    if (text.size() < 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    const auto number = [&](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i)
            n = n * 10 + (text.at(i).unicode() - u'0');
        return n;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

// The facts of external credit reports as they stood on each day.
struct ReportHistory
{
    QHash<qint64, std::vector<std::pair<QDate, ExternalFacts>>> byDebtor; // oldest first

    const ExternalFacts *asOf(qint64 debtorId, QDate day) const
    {
        const auto found = byDebtor.constFind(debtorId);
        if (found == byDebtor.cend())
            return nullptr;
        const ExternalFacts *latest = nullptr;
        for (const auto &[date, facts] : *found) {
            if (date > day)
                break;
            latest = &facts;
        }
        return latest;
    }
};

ReportHistory loadReports(const storage::Database &database)
{
    ReportHistory reports;
    QSqlQuery query = database.exec(
        QStringLiteral("SELECT debtor_id, report_date, score, years_in_business, capital, net_assets "
                       "FROM credit_reports ORDER BY debtor_id, report_date, id"));
    while (query.next()) {
        ExternalFacts facts;
        if (!query.value(2).isNull())
            facts.score = query.value(2).toInt();
        if (!query.value(3).isNull())
            facts.yearsInBusiness = query.value(3).toInt();
        if (!query.value(4).isNull())
            facts.capital = Yen(query.value(4).toLongLong());
        if (!query.value(5).isNull())
            facts.netAssets = Yen(query.value(5).toLongLong());
        reports.byDebtor[query.value(0).toLongLong()].emplace_back(isoDate(query.value(1)), facts);
    }
    return reports;
}

struct AccountInfo
{
    qint64 accountId = 0;
    qint64 debtorId = 0;
    qint64 clientId = 0;
    QString customerCode;
    QString clientCode;
    QString debtorName;
    QString region;
    QString industry;
    calendar::PaymentTerms terms;
    Yen limit;
    bool active = true;
};

QHash<qint64, AccountInfo> loadAccounts(const storage::Database &database)
{
    QHash<qint64, AccountInfo> accounts;
    QSqlQuery query = database.exec(QStringLiteral(
        "SELECT a.id, a.debtor_id, a.client_id, a.customer_code, c.code, d.name, d.prefecture, d.industry, "
        "a.terms, a.credit_limit, a.status FROM accounts a JOIN clients c ON c.id = a.client_id "
        "JOIN debtors d ON d.id = a.debtor_id"));
    while (query.next()) {
        AccountInfo info;
        info.accountId = query.value(0).toLongLong();
        info.debtorId = query.value(1).toLongLong();
        info.clientId = query.value(2).toLongLong();
        info.customerCode = query.value(3).toString();
        info.clientCode = query.value(4).toString();
        info.debtorName = query.value(5).toString();
        info.region = query.value(6).toString();
        info.industry = query.value(7).toString();
        info.terms =
            calendar::PaymentTerms::parse(query.value(8).toString()).value_or(calendar::PaymentTerms());
        info.limit = Yen(query.value(9).toLongLong());
        info.active = query.value(10).toString() == QLatin1String("active");
        accounts.insert(info.accountId, info);
    }
    return accounts;
}

// The portfolio's issued invoices up to a day, each settled on the value date of the payment that
// completed it (settled_on; a settlement after that day does not count: the invoice was open then). The
// customer is the account (its id as text); region and industry are the debtor's.
struct PortfolioHistory
{
    QList<HistoryInvoice> invoices;
    std::vector<qint64> accountOf; // per invoice
};

PortfolioHistory loadHistory(const storage::Database &database, const QHash<qint64, AccountInfo> &accounts,
                             QDate asOf)
{
    PortfolioHistory history;
    history.invoices.reserve(
        qsizetype(database.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong()));
    // One pass over the table in its own order, the day checked here: through the index on the
    // issue date each row would be a random read.
    QSqlQuery query = database.exec(
        QStringLiteral("SELECT i.account_id, i.issue_date, i.due_date, i.gross, i.status, i.settled_on, "
                       "i.updated_at FROM invoices i WHERE i.kind = 'invoice' "
                       "AND i.status IN ('issued', 'sent', 'partly_paid', 'paid')"));
    QHash<qint64, QString> customerIds;
    while (query.next()) {
        const qint64 accountId = query.value(0).toLongLong();
        const auto account = accounts.constFind(accountId);
        if (account == accounts.cend())
            continue;
        HistoryInvoice invoice;
        auto id = customerIds.find(accountId);
        if (id == customerIds.end())
            id = customerIds.insert(accountId, QString::number(accountId));
        invoice.customerId = *id;
        invoice.invoiceDate = isoDate(query.value(1));
        if (!invoice.invoiceDate.isValid() || invoice.invoiceDate > asOf)
            continue;
        invoice.dueDate = isoDate(query.value(2));
        if (!invoice.dueDate.isValid())
            invoice.dueDate = invoice.invoiceDate.addDays(30);
        invoice.amount = query.value(3).toLongLong();
        if (query.value(4).toString() == QLatin1String("paid")) {
            // Paid by payments, or wholly by credit notes (then when it was last changed).
            QDate settled = isoDate(query.value(5));
            if (!settled.isValid())
                settled = isoDate(query.value(6));
            if (settled.isValid() && settled <= asOf)
                invoice.settledDate = std::max(settled, invoice.invoiceDate);
        }
        invoice.region = account->region;
        invoice.industry = account->industry;
        history.invoices.append(invoice);
        history.accountOf.push_back(accountId);
    }
    return history;
}

// The model's inputs: the behavioural features of PaymentHistory and what the external report said.
const QStringList &externalFeatureNames()
{
    static const QStringList names{QStringLiteral("no_report"), QStringLiteral("report_score"),
                                   QStringLiteral("years_in_business"),
                                   QStringLiteral("negative_net_assets")};
    return names;
}

QStringList modelFeatureNames()
{
    return BehaviourFeatures::names() + externalFeatureNames();
}

std::vector<double> modelRow(const BehaviourFeatures &behaviour, const ExternalFacts *facts)
{
    std::vector<double> row = behaviour.values;
    row.push_back(facts && facts->score ? 0 : 1);
    row.push_back(facts && facts->score ? *facts->score : 50);
    row.push_back(std::log1p(facts && facts->yearsInBusiness ? std::max(0, *facts->yearsInBusiness) : 10));
    row.push_back(facts && facts->netAssets && facts->netAssets->isNegative() ? 1 : 0);
    return row;
}

// Invoices whose outcome is known, as model rows (one flat row-major matrix: a million rows fit
// in memory once), with the outcome and the issue day of each.
struct TrainingSet
{
    std::size_t width = 0;
    std::vector<double> rows;
    std::vector<int> late;
    std::vector<QDate> issued;

    std::size_t size() const { return late.size(); }
    std::vector<double> row(std::size_t i) const
    {
        return {rows.begin() + std::ptrdiff_t(i * width), rows.begin() + std::ptrdiff_t((i + 1) * width)};
    }
};

// A trained behavioural model: standardisation and the logistic regression's coefficients.
struct BehaviourModel
{
    qint64 id = 0;
    QStringList names;
    std::vector<double> mean, scale, weights;
    double intercept = 0;

    std::vector<double> standardised(const std::vector<double> &row) const
    {
        std::vector<double> z(row.size());
        for (std::size_t f = 0; f < row.size(); ++f)
            z[f] = (row[f] - mean[f]) / scale[f];
        return z;
    }
    double probability(const std::vector<double> &row) const
    {
        const std::vector<double> z = standardised(row);
        double linear = intercept;
        for (std::size_t f = 0; f < z.size(); ++f)
            linear += weights[f] * z[f];
        return 1.0 / (1.0 + std::exp(-linear));
    }

    QJsonObject toJson() const
    {
        const auto array = [](const std::vector<double> &values) {
            QJsonArray out;
            for (const double v : values)
                out.append(v);
            return out;
        };
        return {{QStringLiteral("features"), QJsonArray::fromStringList(names)},
                {QStringLiteral("mean"), array(mean)},
                {QStringLiteral("scale"), array(scale)},
                {QStringLiteral("weights"), array(weights)},
                {QStringLiteral("intercept"), intercept}};
    }
    static std::optional<BehaviourModel> fromJson(const QJsonObject &json)
    {
        BehaviourModel model;
        for (const QJsonValue &name : json.value(QStringLiteral("features")).toArray())
            model.names.append(name.toString());
        const auto read = [](const QJsonValue &value) {
            std::vector<double> out;
            for (const QJsonValue &v : value.toArray())
                out.push_back(v.toDouble());
            return out;
        };
        model.mean = read(json.value(QStringLiteral("mean")));
        model.scale = read(json.value(QStringLiteral("scale")));
        model.weights = read(json.value(QStringLiteral("weights")));
        model.intercept = json.value(QStringLiteral("intercept")).toDouble();
        // A model of other features (an older build's) is not used: the expert card stands in.
        if (model.names != modelFeatureNames() || model.mean.size() != std::size_t(model.names.size()) ||
            model.scale.size() != model.mean.size() || model.weights.size() != model.mean.size())
            return std::nullopt;
        return model;
    }

    // Fits on the rows `which` of the set, standardised over those rows.
    static BehaviourModel fit(const TrainingSet &set, const std::vector<std::size_t> &which)
    {
        BehaviourModel model;
        model.names = modelFeatureNames();
        const std::size_t width = set.width;
        model.mean.assign(width, 0);
        model.scale.assign(width, 1);
        std::vector<double> sums(width, 0), squares(width, 0);
        for (const std::size_t i : which) {
            for (std::size_t f = 0; f < width; ++f) {
                const double value = set.rows[i * width + f];
                sums[f] += value;
                squares[f] += value * value;
            }
        }
        for (std::size_t f = 0; f < width; ++f) {
            model.mean[f] = sums[f] / double(which.size());
            const double variance = squares[f] / double(which.size()) - model.mean[f] * model.mean[f];
            model.scale[f] = variance > 1e-12 ? std::sqrt(variance) : 1;
        }
        std::vector<double> matrix(which.size() * width);
        std::vector<int> late(which.size());
        for (std::size_t r = 0; r < which.size(); ++r) {
            for (std::size_t f = 0; f < width; ++f)
                matrix[r * width + f] = (set.rows[which[r] * width + f] - model.mean[f]) / model.scale[f];
            late[r] = set.late[which[r]];
        }
        LogisticRegression regression;
        regression.fit(matrix, width, late);
        model.weights = regression.weights();
        model.intercept = regression.intercept();
        return model;
    }
};

// Plain words for a feature's value, as the clerk would say it.
QString featureText(const QString &name, const std::vector<double> &row, double portfolioLateRate)
{
    const QStringList &names = BehaviourFeatures::names();
    const auto value = [&](const char *feature) {
        const qsizetype at = names.indexOf(QLatin1String(feature));
        return at >= 0 && std::size_t(at) < row.size() ? row[std::size_t(at)] : 0.0;
    };
    const int settled = int(std::lround(std::expm1(value("settled_invoices"))));
    const auto percent = [](double share) { return QString::number(share * 100, 'f', 0); };
    const auto groupRate = [&](const QString &label, double rate) {
        const double ratio = portfolioLateRate > 0 ? rate / portfolioLateRate : 1;
        if (ratio >= 1.5)
            return Text::tr("%1 late rate %2%, %3 times the portfolio's")
                .arg(label, percent(rate), QString::number(ratio, 'f', 1));
        return Text::tr("%1 late rate %2% (portfolio %3%)")
            .arg(label, percent(rate), percent(portfolioLateRate));
    };
    if (name == QLatin1String("has_history") || name == QLatin1String("settled_invoices") ||
        name == QLatin1String("prior_invoices"))
        return settled > 0 ? Text::tr("%n invoice(s) paid with us so far", nullptr, settled)
                           : Text::tr("no invoice paid with us yet");
    if (name == QLatin1String("share_late"))
        return Text::tr("paid %1 of %n invoice(s) after the due date", nullptr, settled)
            .arg(std::lround(value("share_late") * settled));
    if (name == QLatin1String("mean_days_late"))
        return Text::tr("on average %1 days late").arg(std::lround(value("mean_days_late")));
    if (name == QLatin1String("max_days_late"))
        return Text::tr("at worst %1 days late").arg(std::lround(std::max(0.0, value("max_days_late") * 30)));
    if (name == QLatin1String("recent_days_late"))
        return Text::tr("the last payments on average %1 days late")
            .arg(std::lround(value("recent_days_late")));
    if (name == QLatin1String("mean_lateness")) {
        const long days = std::lround(value("mean_lateness"));
        return days > 0 ? Text::tr("pays on average %1 days after the due date").arg(days)
                        : Text::tr("pays on average %1 days before the due date").arg(-days);
    }
    if (name == QLatin1String("open_overdue"))
        return Text::tr("%n invoice(s) overdue now", nullptr,
                        int(std::lround(std::expm1(value("open_overdue")))));
    if (name == QLatin1String("oldest_overdue_days"))
        return Text::tr("the oldest overdue invoice %1 days past due")
            .arg(std::lround(value("oldest_overdue_days") * 30));
    if (name == QLatin1String("open_invoices"))
        return Text::tr("%n invoice(s) open", nullptr, int(std::lround(std::expm1(value("open_invoices")))));
    if (name == QLatin1String("prior_disputes"))
        return Text::tr("%1% of invoices disputed").arg(percent(value("prior_disputes")));
    if (name == QLatin1String("amount") || name == QLatin1String("amount_vs_usual"))
        return Text::tr("usual invoice amount %1 yen")
            .arg(Yen(qint64(std::llround(std::expm1(value("amount"))))).toString());
    if (name == QLatin1String("terms_days"))
        return Text::tr("payment terms of %1 days").arg(std::lround(value("terms_days") * 30));
    if (name == QLatin1String("region_late_rate"))
        return groupRate(Text::tr("region"), value("region_late_rate"));
    if (name == QLatin1String("industry_late_rate"))
        return groupRate(Text::tr("industry"), value("industry_late_rate"));
    if (name == QLatin1String("months_since_previous"))
        return Text::tr("%1 months since the previous invoice")
            .arg(QString::number(value("months_since_previous"), 'f', 1));
    if (name == QLatin1String("mean_days_to_settle"))
        return Text::tr("pays on average %1 days after the invoice date")
            .arg(std::lround(value("mean_days_to_settle") * 30));
    const std::size_t behaviour = std::size_t(names.size());
    const auto external = [&](int offset) {
        return behaviour + std::size_t(offset) < row.size() ? row[behaviour + std::size_t(offset)] : 0.0;
    };
    if (name == QLatin1String("no_report") || name == QLatin1String("report_score"))
        return external(0) > 0 ? Text::tr("no external credit score")
                               : Text::tr("external credit score %1").arg(std::lround(external(1)));
    if (name == QLatin1String("years_in_business"))
        return Text::tr("%1 years in business").arg(std::lround(std::expm1(external(2))));
    if (name == QLatin1String("negative_net_assets"))
        return external(3) > 0 ? Text::tr("net assets negative (債務超過)") : Text::tr("net assets positive");
    return name;
}

int reviewMonths(Grade grade, bool overLimit)
{
    if (overLimit)
        return 1;
    switch (grade) {
    case Grade::A:
    case Grade::B:
        return 12;
    case Grade::C:
        return 6;
    case Grade::D:
        return 3;
    case Grade::E:
        return 1;
    }
    return 6;
}

std::optional<DunningTier> tierFromCode(const QString &code)
{
    for (const DunningTier tier : {DunningTier::Gentle, DunningTier::Standard, DunningTier::Strict}) {
        if (toCode(tier) == code)
            return tier;
    }
    return std::nullopt;
}

std::optional<Decision> decisionFromCode(const QString &code)
{
    for (const Decision decision :
         {Decision::Approve, Decision::ApproveWithConditions, Decision::Refer, Decision::Decline}) {
        if (toCode(decision) == code)
            return decision;
    }
    return std::nullopt;
}

QJsonArray reasonsToJson(const QList<ScreeningReason> &reasons)
{
    QJsonArray out;
    for (const ScreeningReason &reason : reasons)
        out.append(
            QJsonObject{{QStringLiteral("text"), reason.text}, {QStringLiteral("points"), reason.points}});
    return out;
}

QList<ScreeningReason> reasonsFromJson(const QJsonArray &array)
{
    QList<ScreeningReason> reasons;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        reasons.append({object.value(QStringLiteral("text")).toString(),
                        object.value(QStringLiteral("points")).toInt()});
    }
    return reasons;
}

const QString ResultColumns = QStringLiteral(
    "r.id, r.run_id, r.account_id, a.debtor_id, a.client_id, a.customer_code, c.code, d.name, r.as_of, "
    "r.method, r.score, r.pd_ppm, r.grade, r.previous_grade, r.credit_limit, a.credit_limit, r.exposure, "
    "r.tier, r.decision, r.reasons, r.review_due, r.override_grade, r.override_limit, r.override_tier, "
    "r.override_decision, r.override_reason, r.overridden_by, r.overridden_at");
const QString ResultJoins =
    QStringLiteral(" FROM screening_results r JOIN accounts a ON a.id = r.account_id "
                   "JOIN clients c ON c.id = a.client_id JOIN debtors d ON d.id = a.debtor_id");

ScreeningResult resultFrom(const QSqlQuery &query)
{
    ScreeningResult result;
    result.id = query.value(0).toLongLong();
    result.runId = query.value(1).toLongLong();
    result.accountId = query.value(2).toLongLong();
    result.debtorId = query.value(3).toLongLong();
    result.clientId = query.value(4).toLongLong();
    result.customerCode = query.value(5).toString();
    result.clientCode = query.value(6).toString();
    result.debtorName = query.value(7).toString();
    result.asOf = dateFrom(query.value(8));
    result.method = query.value(9).toString() == QLatin1String("model") ? ScreeningMethod::Model
                                                                        : ScreeningMethod::Expert;
    result.score = query.value(10).toInt();
    result.pd = query.value(11).toDouble() / 1e6;
    result.grade = gradeFromCode(query.value(12).toString()).value_or(Grade::C);
    if (!query.value(13).isNull())
        result.previousGrade = gradeFromCode(query.value(13).toString());
    result.proposedLimit = Yen(query.value(14).toLongLong());
    result.limitInForce = Yen(query.value(15).toLongLong());
    result.exposure = Yen(query.value(16).toLongLong());
    result.tier = tierFromCode(query.value(17).toString()).value_or(DunningTier::Standard);
    result.decision = decisionFromCode(query.value(18).toString()).value_or(Decision::Refer);
    const QJsonObject reasons = QJsonDocument::fromJson(query.value(19).toString().toUtf8()).object();
    result.reasons = reasonsFromJson(reasons.value(QStringLiteral("score")).toArray());
    for (const QJsonValue &line : reasons.value(QStringLiteral("limit")).toArray())
        result.limitReasons.append(line.toString());
    for (const QJsonValue &line : reasons.value(QStringLiteral("conditions")).toArray())
        result.conditions.append(line.toString());
    result.reviewDue = dateFrom(query.value(20));
    if (!query.value(21).isNull()) {
        ScreeningOverride decision;
        decision.grade = gradeFromCode(query.value(21).toString()).value_or(result.grade);
        decision.limit = Yen(query.value(22).toLongLong());
        decision.tier = tierFromCode(query.value(23).toString()).value_or(result.tier);
        decision.decision = decisionFromCode(query.value(24).toString()).value_or(result.decision);
        decision.reason = query.value(25).toString();
        decision.by = query.value(26).toString();
        decision.at = QDateTime::fromString(query.value(27).toString(), Qt::ISODateWithMs);
        result.supervisorOverride = decision;
    }
    return result;
}

QList<ScreeningResult> resultsWhere(const storage::Database &database, const QString &where,
                                    const QVariantList &values)
{
    QList<ScreeningResult> results;
    QSqlQuery query = database.exec(
        QStringLiteral("SELECT ") + ResultColumns + ResultJoins + QStringLiteral(" WHERE ") + where, values);
    while (query.next())
        results.append(resultFrom(query));
    return results;
}

// The share of each score band, the bands cut at the deciles of the expected scores.
QList<double> bandShares(const std::vector<int> &scores, const std::vector<int> &cuts)
{
    QList<double> shares(qsizetype(cuts.size()) + 1, 0.0);
    for (const int score : scores)
        shares[qsizetype(std::upper_bound(cuts.begin(), cuts.end(), score) - cuts.begin())] += 1;
    for (double &share : shares)
        share /= double(std::max<std::size_t>(1, scores.size()));
    return shares;
}

std::optional<double> stability(std::vector<int> expected, const std::vector<int> &actual)
{
    if (expected.empty() || actual.empty())
        return std::nullopt;
    std::sort(expected.begin(), expected.end());
    std::vector<int> cuts;
    for (int decile = 1; decile < 10; ++decile) {
        const int cut = expected[expected.size() * std::size_t(decile) / 10];
        if (cuts.empty() || cut > cuts.back())
            cuts.push_back(cut);
    }
    return populationStability(bandShares(expected, cuts), bandShares(actual, cuts));
}

ScreeningRunSummary runFrom(const QSqlQuery &query)
{
    ScreeningRunSummary run;
    run.id = query.value(0).toLongLong();
    run.asOf = dateFrom(query.value(1));
    run.modelId = query.value(2).toLongLong();
    run.method = run.modelId != 0 ? ScreeningMethod::Model : ScreeningMethod::Expert;
    run.accounts = query.value(3).toInt();
    run.downgrades = query.value(4).toInt();
    run.upgrades = query.value(5).toInt();
    run.overLimit = query.value(6).toInt();
    if (!query.value(7).isNull())
        run.psi = query.value(7).toDouble() / 1e6;
    run.limitsApplied = query.value(8).toInt();
    run.cancelled = query.value(9).toString() == QLatin1String("cancelled");
    run.startedAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
    run.finishedAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
    return run;
}

const QString RunColumns = QStringLiteral("id, as_of, model_id, accounts, downgrades, upgrades, over_limit, "
                                          "psi_ppm, limits_applied, status, started_at, finished_at");

} // namespace

QString toCode(ScreeningMethod method)
{
    return method == ScreeningMethod::Model ? QStringLiteral("model") : QStringLiteral("expert");
}

Stability stabilityOf(double psi)
{
    return psi < 0.10 ? Stability::Stable : psi <= 0.25 ? Stability::Investigate : Stability::Shifted;
}

std::optional<int> ScreeningResult::utilisationPerMille() const
{
    if (limitInForce.value() <= 0)
        return std::nullopt;
    return int(std::min<qint64>(exposure.value() * 1000 / limitInForce.value(), 999'999));
}

ScreeningService::ScreeningService(storage::Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{}

// ----------------------------------------------------------------------------------------------
// Training

namespace {

// Every issued invoice whose outcome is known on asOf, with its model row as of its issue day.
TrainingSet trainingSet(const storage::Database &database, QDate asOf)
{
    const QHash<qint64, AccountInfo> accounts = loadAccounts(database);
    const PortfolioHistory history = loadHistory(database, accounts, asOf);
    const ReportHistory reports = loadReports(database);
    std::vector<bool> known(std::size_t(history.invoices.size()), false);
    for (qsizetype i = 0; i < history.invoices.size(); ++i) {
        const HistoryInvoice &invoice = history.invoices.at(i);
        known[std::size_t(i)] =
            invoice.invoiceDate < asOf && invoice.dueDate.addDays(SeriousLateDays) <= asOf;
    }
    std::vector<BehaviourFeatures> features = behaviourFeatures(history.invoices, &known);
    TrainingSet set;
    set.width = std::size_t(modelFeatureNames().size());
    set.rows.reserve(std::size_t(std::count(known.begin(), known.end(), true)) * set.width);
    for (qsizetype i = 0; i < history.invoices.size(); ++i) {
        if (!known[std::size_t(i)])
            continue;
        const HistoryInvoice &invoice = history.invoices.at(i);
        const qint64 debtorId = accounts.value(history.accountOf[std::size_t(i)]).debtorId;
        const std::vector<double> row =
            modelRow(features[std::size_t(i)], reports.asOf(debtorId, invoice.invoiceDate));
        set.rows.insert(set.rows.end(), row.begin(), row.end());
        std::vector<double>().swap(features[std::size_t(i)].values); // freed as it is copied
        set.late.push_back(
            !invoice.settledDate || invoice.dueDate.daysTo(*invoice.settledDate) >= SeriousLateDays ? 1 : 0);
        set.issued.push_back(invoice.invoiceDate);
    }
    return set;
}

} // namespace

ModelReport ScreeningService::train(QDate asOf)
{
    if (!asOf.isValid())
        asOf = QDate::currentDate();
    const TrainingSet set = trainingSet(m_database, asOf);
    const QDate split = asOf.addMonths(-HeldOutMonths);
    std::vector<std::size_t> trainRows, testRows, allRows(set.size());
    std::iota(allRows.begin(), allRows.end(), std::size_t(0));
    for (std::size_t i = 0; i < set.size(); ++i)
        (set.issued[i] < split ? trainRows : testRows).push_back(i);
    const auto lateCount = [&](const std::vector<std::size_t> &rows) {
        return int(std::count_if(rows.begin(), rows.end(), [&](std::size_t i) { return set.late[i] == 1; }));
    };
    ModelReport report;
    report.asOf = asOf;
    report.trainInvoices = int(trainRows.size());
    report.trainLate = lateCount(trainRows);
    report.testInvoices = int(testRows.size());
    report.testLate = lateCount(testRows);
    if (report.trainInvoices < MinimumKnownInvoices || report.trainLate < MinimumLateInvoices ||
        report.trainInvoices - report.trainLate < MinimumLateInvoices ||
        report.testInvoices < MinimumTestInvoices)
        throw ScreeningError(
            Text::tr(
                "Not enough history to train before %1: %2 invoices with a known outcome (%3 paid 30 or more "
                "days late) before %4 and %5 after; at least %6 (%7 late) and %8 are needed. Screening keeps "
                "the expert card.")
                .arg(asOf.toString(Qt::ISODate))
                .arg(report.trainInvoices)
                .arg(report.trainLate)
                .arg(split.toString(Qt::ISODate))
                .arg(report.testInvoices)
                .arg(MinimumKnownInvoices)
                .arg(MinimumLateInvoices)
                .arg(MinimumTestInvoices)
                .toStdString());

    // Measured out of time: trained before the split, tested on the months after it.
    const BehaviourModel measured = BehaviourModel::fit(set, trainRows);
    std::vector<double> scores;
    std::vector<int> testLate;
    scores.reserve(testRows.size());
    const GradeBands bands;
    QList<GradeQuality> byGrade;
    for (const Grade grade : {Grade::A, Grade::B, Grade::C, Grade::D, Grade::E})
        byGrade.append({grade, 0, 0});
    for (const std::size_t i : testRows) {
        const double pd = measured.probability(set.row(i));
        scores.push_back(pd);
        testLate.push_back(set.late[i]);
        GradeQuality &quality = byGrade[int(bands.gradeOf(pd))];
        quality.invoices += 1;
        quality.late += set.late[i];
    }
    report.auc = rocAuc(scores, testLate);
    report.ks = ksStatistic(scores, testLate);
    report.byGrade = byGrade;
    report.badRateMonotone = true;
    double previousRate = -1;
    for (const GradeQuality &quality : byGrade) {
        if (quality.invoices == 0)
            continue;
        if (quality.lateRate() < previousRate)
            report.badRateMonotone = false;
        previousRate = quality.lateRate();
    }

    // The model in use learns from all of it.
    const BehaviourModel model = BehaviourModel::fit(set, allRows);

    QJsonArray grades;
    for (const GradeQuality &quality : byGrade)
        grades.append(QJsonObject{{QStringLiteral("grade"), toCode(quality.grade)},
                                  {QStringLiteral("invoices"), quality.invoices},
                                  {QStringLiteral("late"), quality.late}});
    QJsonObject stored = model.toJson();
    stored.insert(QStringLiteral("test_grades"), grades);
    stored.insert(QStringLiteral("train_invoices"), report.trainInvoices);
    stored.insert(QStringLiteral("train_late"), report.trainLate);
    stored.insert(QStringLiteral("test_invoices"), report.testInvoices);
    stored.insert(QStringLiteral("test_late"), report.testLate);

    storage::Transaction transaction(m_database);
    const QString now = storage::timestampNow();
    m_database.exec(QStringLiteral("UPDATE screening_models SET active = 0 WHERE active = 1"));
    const qint64 id = m_database.insert(
        QStringLiteral(
            "INSERT INTO screening_models (as_of, invoices, late_invoices, auc_ppm, ks_ppm, model, "
            "active, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)"),
        {dateText(asOf), int(allRows.size()), lateCount(allRows), qint64(std::llround(report.auc * 1e6)),
         qint64(std::llround(report.ks * 1e6)),
         QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)), now, m_actor});
    audit::AuditTrail(m_database, m_actor)
        .record(QStringLiteral("screening_model"), id, QStringLiteral("train"), {},
                {{QStringLiteral("as_of"), dateText(asOf)},
                 {QStringLiteral("invoices"), int(allRows.size())},
                 {QStringLiteral("auc"), report.auc},
                 {QStringLiteral("ks"), report.ks}});
    transaction.commit();
    return *activeModel();
}

std::optional<ModelReport> ScreeningService::activeModel() const
{
    QSqlQuery query = m_database.exec(QStringLiteral(
        "SELECT id, as_of, auc_ppm, ks_ppm, model, created_at, created_by FROM screening_models "
        "WHERE active = 1 ORDER BY id DESC LIMIT 1"));
    if (!query.next())
        return std::nullopt;
    const QJsonObject stored = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
    const std::optional<BehaviourModel> model = BehaviourModel::fromJson(stored);
    if (!model)
        return std::nullopt;
    ModelReport report;
    report.id = query.value(0).toLongLong();
    report.asOf = dateFrom(query.value(1));
    report.auc = query.value(2).toDouble() / 1e6;
    report.ks = query.value(3).toDouble() / 1e6;
    report.trainedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    report.trainedBy = query.value(6).toString();
    report.trainInvoices = stored.value(QStringLiteral("train_invoices")).toInt();
    report.trainLate = stored.value(QStringLiteral("train_late")).toInt();
    report.testInvoices = stored.value(QStringLiteral("test_invoices")).toInt();
    report.testLate = stored.value(QStringLiteral("test_late")).toInt();
    report.badRateMonotone = true;
    double previousRate = -1;
    for (const QJsonValue &value : stored.value(QStringLiteral("test_grades")).toArray()) {
        const QJsonObject object = value.toObject();
        GradeQuality quality{
            gradeFromCode(object.value(QStringLiteral("grade")).toString()).value_or(Grade::E),
            object.value(QStringLiteral("invoices")).toInt(), object.value(QStringLiteral("late")).toInt()};
        if (quality.invoices > 0) {
            report.badRateMonotone = report.badRateMonotone && quality.lateRate() >= previousRate;
            previousRate = quality.lateRate();
        }
        report.byGrade.append(quality);
    }
    for (qsizetype f = 0; f < model->names.size(); ++f)
        report.weights.append(
            {model->names.at(f), int(std::lround(-scaling().factor * model->weights[std::size_t(f)]))});
    std::sort(report.weights.begin(), report.weights.end(),
              [](const ScreeningReason &a, const ScreeningReason &b) {
                  return std::abs(a.points) > std::abs(b.points);
              });
    return report;
}

// ----------------------------------------------------------------------------------------------
// Screening runs

namespace {

struct LoadedModel
{
    qint64 id = 0;
    BehaviourModel model;
};

std::optional<LoadedModel> loadActiveModel(const storage::Database &database)
{
    QSqlQuery query = database.exec(
        QStringLiteral("SELECT id, model FROM screening_models WHERE active = 1 ORDER BY id DESC LIMIT 1"));
    if (!query.next())
        return std::nullopt;
    const std::optional<BehaviourModel> model =
        BehaviourModel::fromJson(QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
    if (!model)
        return std::nullopt;
    return LoadedModel{query.value(0).toLongLong(), *model};
}

// What each account owes now: open invoices, drafts and order lines not yet billed (with the tax
// an excluded price will carry).
QHash<qint64, Exposure> loadExposures(const storage::Database &database, qint64 accountId)
{
    QHash<qint64, Exposure> exposures;
    const QString only = accountId != 0 ? QStringLiteral(" AND account_id = %1").arg(accountId) : QString();
    QSqlQuery open = database.exec(
        QStringLiteral(
            "SELECT account_id, SUM(CASE WHEN status = 'draft' THEN gross ELSE gross - paid - credited END) "
            "FROM invoices WHERE kind = 'invoice' AND status IN ('draft', 'issued', 'sent', 'partly_paid')") +
        only + QStringLiteral(" GROUP BY account_id"));
    while (open.next())
        exposures[open.value(0).toLongLong()].openInvoices = Yen(open.value(1).toLongLong());
    QSqlQuery lines = database.exec(
        QStringLiteral("SELECT account_id, quantity, unit_price, tax_category, price_mode FROM order_lines "
                       "WHERE invoice_id IS NULL") +
        only);
    while (lines.next()) {
        const money::Decimal quantity = money::Decimal::fromScaled(lines.value(1).toLongLong());
        const money::Decimal price = money::Decimal::fromScaled(lines.value(2).toLongLong());
        Yen amount = quantity.multiplyToYen(price, money::RoundingMode::Down);
        if (lines.value(4).toString() == QLatin1String("excl")) {
            const QString category = lines.value(3).toString();
            const int percent = category == QLatin1String("10") ? 10 : category == QLatin1String("8") ? 8 : 0;
            amount = amount + Yen(amount.value() * percent / 100);
        }
        exposures[lines.value(0).toLongLong()].unbilledOrders += amount;
    }
    return exposures;
}

struct PreviousResult
{
    Grade grade = Grade::C;
    int score = 0;
};

} // namespace

ScreeningRunSummary ScreeningService::run(const ScreeningRunOptions &options, const Progress &progress)
{
    ScreeningRunSummary summary;
    summary.asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    summary.startedAt = QDateTime::currentDateTimeUtc();
    const QDate asOf = summary.asOf;
    const QHash<qint64, AccountInfo> accounts = loadAccounts(m_database);
    if (options.accountId != 0 && !accounts.contains(options.accountId))
        throw ScreeningError(Text::tr("Account %1 does not exist.").arg(options.accountId).toStdString());
    std::vector<qint64> scope;
    for (const AccountInfo &account : accounts) {
        if (options.accountId != 0 ? account.accountId == options.accountId : account.active)
            scope.push_back(account.accountId);
    }
    std::sort(scope.begin(), scope.end());
    const std::optional<LoadedModel> model = options.forceExpert ? std::nullopt : loadActiveModel(m_database);
    summary.method = model ? ScreeningMethod::Model : ScreeningMethod::Expert;
    summary.modelId = model ? model->id : 0;

    // The history up to the day, and one probe invoice per account issued that day: its features
    // are what is known of the account then.
    PortfolioHistory history = loadHistory(m_database, accounts, asOf);
    const qsizetype historySize = history.invoices.size();
    QHash<qint64, std::pair<qint64, int>> amounts; // account: sum and count of its invoices
    QHash<qint64, qint64> lastYearSales;
    QHash<qint64, QDate> firstInvoice;
    const QDate yearAgo = asOf.addYears(-1);
    double settledLate = 0, settledCount = 0;
    for (qsizetype i = 0; i < historySize; ++i) {
        const HistoryInvoice &invoice = history.invoices.at(i);
        auto &[sum, count] = amounts[history.accountOf[std::size_t(i)]];
        sum += invoice.amount;
        count += 1;
        if (invoice.invoiceDate > yearAgo) {
            const qint64 accountId = history.accountOf[std::size_t(i)];
            lastYearSales[accountId] += invoice.amount;
            QDate &first = firstInvoice[accountId];
            if (!first.isValid() || invoice.invoiceDate < first)
                first = invoice.invoiceDate;
        }
        if (invoice.settledDate) {
            settledCount += 1;
            settledLate += *invoice.settledDate > invoice.dueDate ? 1 : 0;
        }
    }
    const double portfolioLateRate = (settledLate + 1) / (settledCount + 2);
    std::vector<bool> wanted(std::size_t(historySize) + scope.size(), false);
    history.invoices.reserve(historySize + qsizetype(scope.size()));
    for (const qint64 accountId : scope) {
        const AccountInfo &account = *accounts.constFind(accountId);
        HistoryInvoice probe;
        probe.customerId = QString::number(accountId);
        probe.invoiceDate = asOf;
        probe.dueDate = account.terms.dueDateFor(asOf);
        if (!probe.dueDate.isValid() || probe.dueDate < asOf)
            probe.dueDate = asOf.addDays(30);
        const auto [sum, count] = amounts.value(accountId);
        probe.amount = count > 0 ? sum / count : 0;
        probe.region = account.region;
        probe.industry = account.industry;
        wanted[std::size_t(history.invoices.size())] = true;
        history.invoices.append(probe);
    }
    const std::vector<BehaviourFeatures> features = behaviourFeatures(history.invoices, &wanted);
    const ReportHistory reports = loadReports(m_database);
    const QHash<qint64, Exposure> exposures = loadExposures(m_database, options.accountId);

    QHash<qint64, PreviousResult> previous;
    {
        QSqlQuery query = m_database.exec(
            QStringLiteral("SELECT account_id, COALESCE(override_grade, grade), score FROM screening_results "
                           "WHERE id IN (SELECT MAX(id) FROM screening_results GROUP BY account_id)"));
        while (query.next())
            previous.insert(
                query.value(0).toLongLong(),
                {gradeFromCode(query.value(1).toString()).value_or(Grade::C), query.value(2).toInt()});
    }

    const GradeBands bands;
    summary.gradeCounts = QList<int>(5, 0);
    QList<ScreeningResult> results;
    results.reserve(qsizetype(scope.size()));
    std::vector<int> scores;
    const int total = int(scope.size());
    for (std::size_t k = 0; k < scope.size(); ++k) {
        if (progress && k % ProgressStep == 0 && !progress(int(k), total)) {
            summary.cancelled = true;
            break;
        }
        const AccountInfo &account = *accounts.constFind(scope[k]);
        const BehaviourFeatures &behaviour = features[std::size_t(historySize) + k];
        const ExternalFacts *facts = reports.asOf(account.debtorId, asOf);
        ScreeningResult result;
        result.accountId = account.accountId;
        result.debtorId = account.debtorId;
        result.clientId = account.clientId;
        result.customerCode = account.customerCode;
        result.clientCode = account.clientCode;
        result.debtorName = account.debtorName;
        result.asOf = asOf;
        result.method = summary.method;
        const std::vector<double> row = modelRow(behaviour, facts);
        if (model) {
            result.pd = model->model.probability(row);
            const std::vector<double> z = model->model.standardised(row);
            // Features that say the same in words (invoices paid so far, and whether there were
            // any) make one reason with their points together.
            QList<ScreeningReason> reasons;
            for (std::size_t f = 0; f < z.size(); ++f) {
                const double points = -scaling().factor * model->model.weights[f] * z[f];
                if (std::abs(points) < 0.5)
                    continue; // nothing to say, and no words to build
                const QString text = featureText(model->model.names.at(qsizetype(f)), row, portfolioLateRate);
                const auto same =
                    std::find_if(reasons.begin(), reasons.end(),
                                 [&](const ScreeningReason &reason) { return reason.text == text; });
                if (same != reasons.end())
                    same->points += int(std::lround(points));
                else
                    reasons.append({text, int(std::lround(points))});
            }
            reasons.removeIf([](const ScreeningReason &reason) { return reason.points == 0; });
            std::stable_sort(reasons.begin(), reasons.end(),
                             [](const ScreeningReason &a, const ScreeningReason &b) {
                                 return std::abs(a.points) > std::abs(b.points);
                             });
            result.reasons = reasons.mid(0, ReasonsShown);
        } else {
            const int settled = int(std::lround(std::expm1(behaviour.values[2])));
            const int late = int(std::lround(behaviour.values[3] * settled));
            const ExpertScore expert = expertScore(facts ? *facts : ExternalFacts{}, settled, late);
            result.pd = expert.pd;
            result.reasons = expert.reasons;
        }
        result.score = scoreOf(result.pd);
        result.grade = bands.gradeOf(result.pd);
        if (const auto found = previous.constFind(account.accountId); found != previous.cend())
            result.previousGrade = found->grade;
        const Exposure exposure = exposures.value(account.accountId);
        result.exposure = exposure.total();
        // Monthly sales over the last year, or over the months since the first invoice if fewer.
        const QDate first = firstInvoice.value(account.accountId, yearAgo);
        const qint64 months = std::clamp<qint64>(qint64(first.daysTo(asOf)) * 12 / 365 + 1, 1, 12);
        const Yen monthlySales(lastYearSales.value(account.accountId) / months);
        const CreditLimit limit = proposeLimit(monthlySales, monthsOfCredit(account.terms.monthOffset()),
                                               facts ? *facts : ExternalFacts{}, result.grade);
        result.proposedLimit = limit.limit;
        result.limitReasons = limit.reasons;
        result.limitInForce = options.applyLimits ? limit.limit : account.limit;
        result.tier = tierOf(result.grade);
        const CreditDecision decision = decide(result.grade, result.exposure, limit.limit);
        result.decision = decision.decision;
        result.conditions = decision.conditions;
        result.reviewDue = asOf.addMonths(reviewMonths(result.grade, result.overLimit()));
        summary.gradeCounts[int(result.grade)] += 1;
        summary.downgrades += result.downgraded() ? 1 : 0;
        summary.upgrades += result.previousGrade && int(result.grade) < int(*result.previousGrade) ? 1 : 0;
        summary.overLimit += result.overLimit() ? 1 : 0;
        if (options.applyLimits && limit.limit != account.limit)
            summary.limitsApplied += 1;
        scores.push_back(result.score);
        results.append(result);
    }
    if (progress && !summary.cancelled)
        progress(total, total);

    // The score distribution against the previous finished run over the whole portfolio.
    if (!summary.cancelled && options.accountId == 0) {
        std::vector<int> expected;
        QSqlQuery query = m_database.exec(QStringLiteral(
            "SELECT score FROM screening_results WHERE run_id = (SELECT MAX(id) FROM screening_runs "
            "WHERE status = 'finished' AND accounts > 1)"));
        while (query.next())
            expected.push_back(query.value(0).toInt());
        summary.psi = stability(expected, scores);
    }
    summary.accounts = summary.cancelled ? 0 : int(results.size());
    summary.finishedAt = QDateTime::currentDateTimeUtc();

    storage::Transaction transaction(m_database);
    const QString now = storage::timestampNow();
    summary.id = m_database.insert(
        QStringLiteral(
            "INSERT INTO screening_runs (as_of, model_id, accounts, downgrades, upgrades, over_limit, "
            "psi_ppm, limits_applied, status, started_at, finished_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {dateText(asOf), model ? QVariant(model->id) : QVariant(QMetaType(QMetaType::LongLong)),
         summary.accounts, summary.cancelled ? 0 : summary.downgrades,
         summary.cancelled ? 0 : summary.upgrades, summary.cancelled ? 0 : summary.overLimit,
         summary.psi ? QVariant(qint64(std::llround(*summary.psi * 1e6)))
                     : QVariant(QMetaType(QMetaType::LongLong)),
         summary.cancelled ? 0 : summary.limitsApplied,
         summary.cancelled ? QStringLiteral("cancelled") : QStringLiteral("finished"),
         summary.startedAt.toString(Qt::ISODateWithMs), summary.finishedAt.toString(Qt::ISODateWithMs),
         m_actor});
    audit::AuditTrail trail(m_database, m_actor);
    if (!summary.cancelled) {
        const QString insert = QStringLiteral(
            "INSERT INTO screening_results (account_id, as_of, method, score, pd_ppm, grade, credit_limit, "
            "exposure, "
            "tier, decision, reasons, created_at, created_by, run_id, previous_grade, review_due) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const QString method = toCode(summary.method);
        const QString asOfText = dateText(asOf);
        for (ScreeningResult &result : results) {
            const QJsonObject reasons{
                {QStringLiteral("score"), reasonsToJson(result.reasons)},
                {QStringLiteral("limit"), QJsonArray::fromStringList(result.limitReasons)},
                {QStringLiteral("conditions"), QJsonArray::fromStringList(result.conditions)}};
            result.runId = summary.id;
            result.id = m_database.insertPrepared(
                insert,
                {result.accountId, asOfText, method, result.score, qint64(std::llround(result.pd * 1e6)),
                 toCode(result.grade), result.proposedLimit.value(), result.exposure.value(),
                 toCode(result.tier), toCode(result.decision),
                 QString::fromUtf8(QJsonDocument(reasons).toJson(QJsonDocument::Compact)), now, m_actor,
                 summary.id,
                 result.previousGrade ? QVariant(toCode(*result.previousGrade))
                                      : QVariant(QMetaType(QMetaType::QString)),
                 dateText(result.reviewDue)});
            const Yen before = accounts.value(result.accountId).limit;
            if (options.applyLimits && before != result.proposedLimit) {
                m_database.execPrepared(
                    QStringLiteral("UPDATE accounts SET credit_limit = ?, version = version + 1, "
                                   "updated_at = ? WHERE id = ?"),
                    {result.proposedLimit.value(), now, result.accountId});
                trail.record(QStringLiteral("account"), result.accountId, QStringLiteral("credit_limit"),
                             {{QStringLiteral("credit_limit"), before.value()}},
                             {{QStringLiteral("credit_limit"), result.proposedLimit.value()},
                              {QStringLiteral("screening_result"), result.id}});
            }
        }
    }
    QJsonArray gradeCounts;
    for (const int count : std::as_const(summary.gradeCounts))
        gradeCounts.append(count);
    trail.record(QStringLiteral("screening_run"), summary.id,
                 summary.cancelled ? QStringLiteral("cancel") : QStringLiteral("run"), {},
                 {{QStringLiteral("as_of"), dateText(asOf)},
                  {QStringLiteral("method"), toCode(summary.method)},
                  {QStringLiteral("accounts"), summary.accounts},
                  {QStringLiteral("grades"), gradeCounts},
                  {QStringLiteral("downgrades"), summary.downgrades},
                  {QStringLiteral("limits_applied"), summary.limitsApplied}});
    transaction.commit();
    return summary;
}

QList<ScreeningRunSummary> ScreeningService::runs() const
{
    QList<ScreeningRunSummary> list;
    QHash<qint64, qsizetype> indexOf;
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT ") + RunColumns +
                                      QStringLiteral(" FROM screening_runs ORDER BY id DESC"));
    while (query.next()) {
        list.append(runFrom(query));
        list.last().gradeCounts = QList<int>(5, 0);
        indexOf.insert(list.last().id, list.size() - 1);
    }
    // The grade mix of every run in one pass.
    QSqlQuery grades = m_database.exec(QStringLiteral("SELECT run_id, grade, COUNT(*) FROM screening_results "
                                                      "WHERE run_id IS NOT NULL GROUP BY run_id, grade"));
    while (grades.next()) {
        const auto run = indexOf.constFind(grades.value(0).toLongLong());
        const std::optional<Grade> grade = gradeFromCode(grades.value(1).toString());
        if (run != indexOf.cend() && grade)
            list[*run].gradeCounts[int(*grade)] = grades.value(2).toInt();
    }
    return list;
}

// ----------------------------------------------------------------------------------------------
// Reading

QList<ScreeningResult> ScreeningService::latestResults(const ResultFilter &filter) const
{
    const QDate today = filter.today.isValid() ? filter.today : QDate::currentDate();
    QString where = QStringLiteral("r.id IN (SELECT MAX(id) FROM screening_results GROUP BY account_id)");
    QVariantList values;
    if (filter.clientId != 0) {
        where += QStringLiteral(" AND a.client_id = ?");
        values.append(filter.clientId);
    }
    QList<ScreeningResult> results =
        resultsWhere(m_database, where + QStringLiteral(" ORDER BY c.code, a.customer_code"), values);
    results.removeIf([&](const ScreeningResult &result) {
        return (filter.downgradedOnly && !result.downgraded()) ||
               (filter.overLimitOnly && !result.overLimit()) ||
               (filter.reviewDueOnly && !(result.reviewDue.isValid() && result.reviewDue <= today));
    });
    return results;
}

QList<ScreeningResult> ScreeningService::history(qint64 accountId) const
{
    return resultsWhere(m_database, QStringLiteral("r.account_id = ? ORDER BY r.as_of, r.id"), {accountId});
}

std::optional<ScreeningResult> ScreeningService::result(qint64 resultId) const
{
    const QList<ScreeningResult> found = resultsWhere(m_database, QStringLiteral("r.id = ?"), {resultId});
    return found.isEmpty() ? std::nullopt : std::optional<ScreeningResult>(found.first());
}

std::optional<ScreeningResult> ScreeningService::latestResult(qint64 accountId) const
{
    const QList<ScreeningResult> found =
        resultsWhere(m_database, QStringLiteral("r.account_id = ? ORDER BY r.id DESC LIMIT 1"), {accountId});
    return found.isEmpty() ? std::nullopt : std::optional<ScreeningResult>(found.first());
}

int ScreeningService::reviewsDue(QDate today) const
{
    if (!today.isValid())
        today = QDate::currentDate();
    return m_database
        .scalar(QStringLiteral(
                    "SELECT COUNT(*) FROM accounts a WHERE a.status = 'active' AND NOT EXISTS ("
                    "SELECT 1 FROM screening_results r WHERE r.account_id = a.id AND r.review_due > ?)"),
                {dateText(today)})
        .toInt();
}

Exposure ScreeningService::exposure(qint64 accountId) const
{
    Exposure exposure = loadExposures(m_database, accountId).value(accountId);
    exposure.limit =
        Yen(m_database.scalar(QStringLiteral("SELECT credit_limit FROM accounts WHERE id = ?"), {accountId})
                .toLongLong());
    return exposure;
}

// ----------------------------------------------------------------------------------------------
// Supervisors and overrides

QStringList ScreeningService::supervisors() const
{
    return billing::BillingSettingsStore(m_database, m_actor)
        .value(SupervisorsKey)
        .split(u',', Qt::SkipEmptyParts);
}

bool ScreeningService::isSupervisor(const QString &user) const
{
    return supervisors().contains(user.trimmed());
}

void ScreeningService::setSupervisors(const QStringList &users)
{
    const QStringList current = supervisors();
    if (!current.isEmpty() && !current.contains(m_actor))
        throw ScreeningError(Text::tr("Only a supervisor (%1) may change who the supervisors are.")
                                 .arg(current.join(QStringLiteral(", ")))
                                 .toStdString());
    QStringList cleaned;
    for (const QString &user : users) {
        const QString name = user.trimmed();
        if (!name.isEmpty() && !cleaned.contains(name))
            cleaned.append(name);
    }
    billing::BillingSettingsStore(m_database, m_actor).setValue(SupervisorsKey, cleaned.join(u','));
}

ScreeningResult ScreeningService::overrideResult(qint64 resultId, const ScreeningOverride &decision)
{
    if (!isSupervisor(m_actor))
        throw ScreeningError(
            Text::tr("%1 is not a supervisor: only a supervisor may override a screening result.")
                .arg(m_actor)
                .toStdString());
    if (decision.reason.trimmed().isEmpty())
        throw ScreeningError(Text::tr("An override needs a reason.").toStdString());
    if (decision.limit.isNegative())
        throw ScreeningError(Text::tr("The credit limit must not be negative.").toStdString());
    const std::optional<ScreeningResult> before = result(resultId);
    if (!before)
        throw ScreeningError(Text::tr("Screening result %1 does not exist.").arg(resultId).toStdString());

    storage::Transaction transaction(m_database);
    const QString now = storage::timestampNow();
    m_database.exec(
        QStringLiteral("UPDATE screening_results SET override_grade = ?, override_limit = ?, "
                       "override_tier = ?, override_decision = ?, override_reason = ?, overridden_by = ?, "
                       "overridden_at = ? WHERE id = ?"),
        {toCode(decision.grade), decision.limit.value(), toCode(decision.tier), toCode(decision.decision),
         decision.reason.trimmed(), m_actor, now, resultId});
    m_database.exec(
        QStringLiteral(
            "UPDATE accounts SET credit_limit = ?, version = version + 1, updated_at = ? WHERE id = ?"),
        {decision.limit.value(), now, before->accountId});
    audit::AuditTrail trail(m_database, m_actor);
    trail.record(QStringLiteral("screening_result"), resultId, QStringLiteral("override"),
                 {{QStringLiteral("grade"), toCode(before->effectiveGrade())},
                  {QStringLiteral("limit"), before->effectiveLimit().value()},
                  {QStringLiteral("tier"), toCode(before->effectiveTier())},
                  {QStringLiteral("decision"), toCode(before->effectiveDecision())}},
                 {{QStringLiteral("grade"), toCode(decision.grade)},
                  {QStringLiteral("limit"), decision.limit.value()},
                  {QStringLiteral("tier"), toCode(decision.tier)},
                  {QStringLiteral("decision"), toCode(decision.decision)},
                  {QStringLiteral("reason"), decision.reason.trimmed()}});
    trail.record(QStringLiteral("account"), before->accountId, QStringLiteral("credit_limit"),
                 {{QStringLiteral("credit_limit"), before->limitInForce.value()}},
                 {{QStringLiteral("credit_limit"), decision.limit.value()},
                  {QStringLiteral("screening_result"), resultId}});
    transaction.commit();
    return *result(resultId);
}

} // namespace kaishu::screening
