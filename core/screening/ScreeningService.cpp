#include "ScreeningService.h"

#include "BehaviourTable.h"
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
// The payment-timing model learns from at most this many invoices.
constexpr std::size_t TimingRows = 200'000;
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
    qint32 customer = 0; // the account's number in the compact history
    qint32 region = 0;   // the debtor's prefecture and industry as group numbers
    qint32 industry = 0;
    QString customerCode;
    QString clientCode;
    QString debtorName;
    calendar::PaymentTerms terms;
    Yen limit;
    bool active = true;
};

// The accounts, numbered in the order read.
struct Accounts
{
    std::vector<AccountInfo> list;  // by number
    QHash<qint64, qint32> numberOf; // by account id

    const AccountInfo &of(qint32 customer) const { return list[std::size_t(customer)]; }
    const AccountInfo *find(qint64 accountId) const
    {
        const auto found = numberOf.constFind(accountId);
        return found == numberOf.cend() ? nullptr : &list[std::size_t(*found)];
    }
};

Accounts loadAccounts(const storage::Database &database)
{
    Accounts accounts;
    QHash<QString, qint32> groups;
    const auto groupOf = [&](const QString &name) {
        return *groups.insert(name, groups.value(name, qint32(groups.size())));
    };
    QSqlQuery query = database.exec(QStringLiteral(
        "SELECT a.id, a.debtor_id, a.client_id, a.customer_code, c.code, d.name, d.prefecture, d.industry, "
        "a.terms, a.credit_limit, a.status FROM accounts a JOIN clients c ON c.id = a.client_id "
        "JOIN debtors d ON d.id = a.debtor_id"));
    QHash<QString, calendar::PaymentTerms> terms; // a few distinct terms, parsed once
    while (query.next()) {
        AccountInfo info;
        info.accountId = query.value(0).toLongLong();
        info.debtorId = query.value(1).toLongLong();
        info.clientId = query.value(2).toLongLong();
        info.customer = qint32(accounts.list.size());
        info.customerCode = query.value(3).toString();
        info.clientCode = query.value(4).toString();
        info.debtorName = query.value(5).toString();
        info.region = groupOf(QStringLiteral("region:") + query.value(6).toString());
        info.industry = groupOf(QStringLiteral("industry:") + query.value(7).toString());
        const QString termsText = query.value(8).toString();
        auto parsed = terms.constFind(termsText);
        if (parsed == terms.cend())
            parsed = terms.insert(
                termsText, calendar::PaymentTerms::parse(termsText).value_or(calendar::PaymentTerms()));
        info.terms = *parsed;
        info.limit = Yen(query.value(9).toLongLong());
        info.active = query.value(10).toString() == QLatin1String("active");
        accounts.numberOf.insert(info.accountId, info.customer);
        accounts.list.push_back(std::move(info));
    }
    return accounts;
}

// A stored date (YYYY-MM-DD) as its Julian day number, computed by the database: a million numbers
// are read much faster than a million texts.
QString dayNumberSql(const QString &column, storage::SqlDialect dialect)
{
    if (dialect == storage::SqlDialect::Sqlite)
        return QStringLiteral("CAST(julianday(%1) + 0.5 AS INTEGER)").arg(column);
    return QStringLiteral("(CAST(NULLIF(%1, '') AS DATE) - DATE '2000-01-01' + 2451545)").arg(column);
}

qint32 dayOf(const QVariant &value)
{
    return value.isNull() ? CompactInvoice::Never : qint32(value.toLongLong());
}

QDate dateOfDay(qint32 day)
{
    return QDate::fromJulianDay(day);
}

// The portfolio's issued invoices up to a day, each settled on the value date of the payment that
// completed it (settled_on; a settlement after that day does not count: the invoice was open then),
// and paid in part from the day its first money came (first_paid_on). The customer is the account.
// With outstanding, each invoice's amount still open now (gross less paid and credited) beside it.
std::vector<CompactInvoice> loadHistory(const storage::Database &database, const Accounts &accounts,
                                        QDate asOf, std::size_t room = 0,
                                        std::vector<qint64> *outstanding = nullptr)
{
    std::vector<CompactInvoice> history;
    history.reserve(
        std::size_t(database.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong()) + room);
    // The customer of each account id, by id.
    std::vector<qint32> customerOf;
    for (const AccountInfo &account : accounts.list) {
        const qint32 customer = account.customer;
        const qint64 id = account.accountId;
        if (id >= 0 && std::size_t(id) >= customerOf.size())
            customerOf.resize(std::size_t(id) + 1, -1);
        if (id >= 0)
            customerOf[std::size_t(id)] = customer;
    }
    const qint32 lastDay = qint32(asOf.toJulianDay());
    const storage::SqlDialect dialect = database.dialect();
    // Read from the index invoices_payment_history alone, the day checked here.
    QSqlQuery query = database.exec(
        QStringLiteral("SELECT account_id, %1, %2, gross, CASE WHEN status = 'paid' THEN %3 END, %4, "
                       "gross - paid - credited FROM invoices WHERE kind = 'invoice' "
                       "AND status IN ('issued', 'sent', 'partly_paid', 'paid')")
            .arg(dayNumberSql(QStringLiteral("issue_date"), dialect),
                 dayNumberSql(QStringLiteral("due_date"), dialect),
                 dayNumberSql(QStringLiteral("settled_on"), dialect),
                 dayNumberSql(QStringLiteral("first_paid_on"), dialect)));
    while (query.next()) {
        const qint64 accountId = query.value(0).toLongLong();
        if (accountId < 0 || std::size_t(accountId) >= customerOf.size() ||
            customerOf[std::size_t(accountId)] < 0)
            continue;
        CompactInvoice invoice;
        invoice.invoiceDay = dayOf(query.value(1));
        if (invoice.invoiceDay > lastDay)
            continue;
        const AccountInfo &account = accounts.of(customerOf[std::size_t(accountId)]);
        invoice.customer = account.customer;
        invoice.region = account.region;
        invoice.industry = account.industry;
        invoice.dueDay = dayOf(query.value(2));
        if (invoice.dueDay == CompactInvoice::Never)
            invoice.dueDay = invoice.invoiceDay + 30;
        invoice.amount = query.value(3).toLongLong();
        if (const qint32 settled = dayOf(query.value(4)); settled <= lastDay)
            invoice.settledDay = std::max(settled, invoice.invoiceDay);
        if (const qint32 firstPaid = dayOf(query.value(5)); firstPaid <= lastDay)
            invoice.firstPaidDay = std::min(std::max(firstPaid, invoice.invoiceDay), invoice.settledDay);
        history.push_back(invoice);
        if (outstanding)
            outstanding->push_back(query.value(6).toLongLong());
    }
    return history;
}

// The model's inputs: the behavioural features and what the external report said.
namespace external {
enum Feature : std::size_t { NoReport, ReportScore, YearsInBusiness, NegativeNetAssets, FeatureCount };
// The feature's column in a model row.
constexpr std::size_t column(Feature feature)
{
    return std::size_t(behaviour::FeatureCount) + std::size_t(feature);
}
} // namespace external

const QStringList &externalFeatureNames()
{
    static const QStringList names{QStringLiteral("no_report"), QStringLiteral("report_score"),
                                   QStringLiteral("years_in_business"),
                                   QStringLiteral("negative_net_assets")};
    return names;
}

QStringList modelFeatureNames()
{
    return behaviour::featureNames() + externalFeatureNames();
}

// Writes the external columns of a model row (behind the behavioural ones).
void fillExternal(double *row, const ExternalFacts *facts)
{
    double *out = row + behaviour::FeatureCount;
    out[external::NoReport] = facts && facts->score ? 0 : 1;
    out[external::ReportScore] = facts && facts->score ? *facts->score : 50;
    out[external::YearsInBusiness] =
        std::log1p(facts && facts->yearsInBusiness ? std::max(0, *facts->yearsInBusiness) : 10);
    out[external::NegativeNetAssets] = facts && facts->netAssets && facts->netAssets->isNegative() ? 1 : 0;
}

// A trained behavioural model: standardisation and the logistic regression's coefficients.
struct BehaviourModel
{
    qint64 id = 0;
    QStringList names;
    std::vector<double> mean, scale, weights;
    double intercept = 0;
    std::optional<PaymentTimingModel> timing; // on the standardised rows

    void standardise(const double *row, double *z) const
    {
        for (std::size_t f = 0; f < mean.size(); ++f)
            z[f] = (row[f] - mean[f]) / scale[f];
    }
    // The probability from a standardised row.
    double probabilityOf(const double *z) const
    {
        double linear = intercept;
        for (std::size_t f = 0; f < weights.size(); ++f)
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
                {QStringLiteral("intercept"), intercept},
                {QStringLiteral("timing"), timing ? timing->toJson() : QJsonObject()}};
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
        model.timing = PaymentTimingModel::fromJson(json.value(QStringLiteral("timing")).toObject());
        if (model.timing && model.timing->width() != model.mean.size())
            model.timing.reset();
        // A model of other features (an older build's) is not used: the expert card stands in.
        if (model.names != modelFeatureNames() || model.mean.size() != std::size_t(model.names.size()) ||
            model.scale.size() != model.mean.size() || model.weights.size() != model.mean.size())
            return std::nullopt;
        return model;
    }
};

// Invoices whose outcome is known, as model rows in order of issue (one flat row-major matrix: a
// million rows fit in memory once), with the outcome, the issue day and the payment timing of each.
// Once standardised, the rows are the models' input in place.
struct TrainingSet
{
    FeatureTable table;
    std::vector<int> late;
    std::vector<qint32> issued, due, settled;
    std::vector<double> mean, scale;

    std::size_t size() const { return late.size(); }
    std::size_t width() const { return table.width; }
    const double *row(std::size_t i) const { return table.row(i); }

    // Standardises every row with the mean and spread of the first `rows` (those a model is
    // measured without: nothing of the later rows leaks into it).
    void standardise(std::size_t rows)
    {
        const std::size_t width = table.width;
        ColumnScaling scaling = columnScaling(table.values.data(), rows, width);
        mean = std::move(scaling.mean);
        scale = std::move(scaling.scale);
        for (std::size_t i = 0; i < size(); ++i) {
            double *values = table.row(i);
            for (std::size_t f = 0; f < width; ++f)
                values[f] = (values[f] - mean[f]) / scale[f];
        }
    }

    // The payment timing from the rows [from, to) as they stood at the end of observedUntil, on at
    // most TimingRows of them spread evenly (its few periods need far fewer than a million).
    PaymentTimingModel fitTiming(std::size_t from, std::size_t to, QDate observedUntil) const
    {
        const std::size_t step = std::max<std::size_t>(1, (to - from + TimingRows - 1) / TimingRows);
        std::vector<double> rows;
        std::vector<QDate> dueDates;
        std::vector<std::optional<QDate>> settledDates;
        for (std::size_t i = from; i < to; i += step) {
            rows.insert(rows.end(), row(i), row(i) + table.width);
            dueDates.push_back(QDate::fromJulianDay(due[i]));
            settledDates.push_back(settled[i] == CompactInvoice::Never
                                       ? std::nullopt
                                       : std::optional<QDate>(QDate::fromJulianDay(settled[i])));
        }
        return PaymentTimingModel::fit(rows, table.width, dueDates, settledDates, observedUntil);
    }

    // Fits the model on the first `rows` rows (standardised).
    BehaviourModel fit(std::size_t rows) const
    {
        BehaviourModel model;
        model.names = modelFeatureNames();
        model.mean = mean;
        model.scale = scale;
        LogisticRegression regression;
        regression.fit(table.values, table.width,
                       std::vector<int>(late.begin(), late.begin() + std::ptrdiff_t(rows)));
        model.weights = regression.weights();
        model.intercept = regression.intercept();
        return model;
    }
};

// Features said in the same words make one reason: the column that speaks for each.
std::size_t reasonOf(std::size_t feature)
{
    using namespace behaviour;
    switch (feature) {
    case PriorInvoices:
    case SettledInvoices:
        return HasHistory;
    case AmountVsUsual:
        return Amount;
    case external::column(external::ReportScore):
        return external::column(external::NoReport);
    default:
        return feature;
    }
}

// Plain words for a feature's value (a reason, by reasonOf), as the clerk would say it.
QString featureText(std::size_t feature, const double *row, double portfolioLateRate)
{
    using namespace behaviour;
    const int settled = int(std::lround(std::expm1(row[SettledInvoices])));
    const auto count = [&](std::size_t column) { return int(std::lround(std::expm1(row[column]))); };
    const auto percent = [](double share) { return QString::number(share * 100, 'f', 0); };
    const auto groupRate = [&](const QString &label, double rate) {
        const double ratio = portfolioLateRate > 0 ? rate / portfolioLateRate : 1;
        if (ratio >= 1.5)
            return Text::tr("%1 late rate %2%, %3 times the portfolio's")
                .arg(label, percent(rate), QString::number(ratio, 'f', 1));
        return Text::tr("%1 late rate %2% (portfolio %3%)")
            .arg(label, percent(rate), percent(portfolioLateRate));
    };
    const double *external = row + FeatureCount;
    switch (feature) {
    case HasHistory:
        return settled > 0 ? Text::tr("%n invoice(s) paid with us so far", nullptr, settled)
                           : Text::tr("no invoice paid with us yet");
    case ShareLate:
        return Text::tr("paid %1 of %n invoice(s) after the due date", nullptr, settled)
            .arg(std::lround(row[ShareLate] * settled));
    case MeanDaysLate:
        return Text::tr("on average %1 days late").arg(std::lround(row[MeanDaysLate]));
    case MaxDaysLate:
        return Text::tr("at worst %1 days late").arg(std::lround(std::max(0.0, row[MaxDaysLate] * 30)));
    case RecentDaysLate:
        return Text::tr("the last payments on average %1 days late").arg(std::lround(row[RecentDaysLate]));
    case MeanLateness: {
        const long days = std::lround(row[MeanLateness]);
        return days > 0 ? Text::tr("pays on average %1 days after the due date").arg(days)
                        : Text::tr("pays on average %1 days before the due date").arg(-days);
    }
    case OpenOverdue:
        return Text::tr("%n invoice(s) overdue now", nullptr, count(OpenOverdue));
    case OldestOverdueDays:
        return Text::tr("the oldest overdue invoice %1 days past due")
            .arg(std::lround(row[OldestOverdueDays] * 30));
    case OpenInvoices:
        return Text::tr("%n invoice(s) open", nullptr, count(OpenInvoices));
    case OpenAmountVsUsual:
        return Text::tr("open amount %1 times the usual invoice")
            .arg(QString::number(std::expm1(row[OpenAmountVsUsual]), 'f', 1));
    case PriorDisputes:
        return Text::tr("%1% of invoices disputed").arg(percent(row[PriorDisputes]));
    case PaidInParts:
        return Text::tr("%1% of invoices paid in parts").arg(percent(row[PaidInParts]));
    case Amount:
        return Text::tr("usual invoice amount %1 yen")
            .arg(Yen(qint64(std::llround(std::expm1(row[Amount])))).toString());
    case TermsDays:
        return Text::tr("payment terms of %1 days").arg(std::lround(row[TermsDays] * 30));
    case RegionLateRate:
        return groupRate(Text::tr("region"), row[RegionLateRate]);
    case IndustryLateRate:
        return groupRate(Text::tr("industry"), row[IndustryLateRate]);
    case ChannelLateRate:
        return groupRate(Text::tr("sales channel"), row[ChannelLateRate]);
    case MonthsSincePrevious:
        return Text::tr("%1 months since the previous invoice")
            .arg(QString::number(row[MonthsSincePrevious], 'f', 1));
    case MeanDaysToSettle:
        return Text::tr("pays on average %1 days after the invoice date")
            .arg(std::lround(row[MeanDaysToSettle] * 30));
    case external::column(external::NoReport):
        return external[external::NoReport] > 0
                   ? Text::tr("no external credit score")
                   : Text::tr("external credit score %1").arg(std::lround(external[external::ReportScore]));
    case external::column(external::YearsInBusiness):
        return Text::tr("%1 years in business")
            .arg(std::lround(std::expm1(external[external::YearsInBusiness])));
    case external::column(external::NegativeNetAssets):
        return external[external::NegativeNetAssets] > 0 ? Text::tr("net assets negative (債務超過)")
                                                         : Text::tr("net assets positive");
    default:
        return modelFeatureNames().value(qsizetype(feature));
    }
}

// The reasons of a model's score: each feature's points (its share of the score against the
// portfolio's average), summed by reason; the largest few in words.
QList<ScreeningReason> modelReasons(const BehaviourModel &model, const double *row, const double *z,
                                    double portfolioLateRate)
{
    std::vector<std::pair<std::size_t, double>> points; // reason, points
    for (std::size_t f = 0; f < model.weights.size(); ++f) {
        const std::size_t reason = reasonOf(f);
        const double value = -scaling().factor * model.weights[f] * z[f];
        const auto same = std::find_if(points.begin(), points.end(),
                                       [&](const auto &entry) { return entry.first == reason; });
        if (same != points.end())
            same->second += value;
        else
            points.emplace_back(reason, value);
    }
    std::stable_sort(points.begin(), points.end(), [](const auto &a, const auto &b) {
        return std::abs(std::lround(a.second)) > std::abs(std::lround(b.second));
    });
    QList<ScreeningReason> reasons;
    for (const auto &[reason, value] : points) {
        if (reasons.size() == ReasonsShown || std::lround(value) == 0)
            break;
        reasons.append({featureText(reason, row, portfolioLateRate), int(std::lround(value))});
    }
    return reasons;
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

// A JSON string literal: quotes, backslashes and control characters escaped, the rest as it is.
void appendJsonString(QString &out, const QString &text)
{
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c.unicode() < 0x20) {
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += u'"';
}

void appendJsonStrings(QString &out, const QStringList &texts)
{
    out += u'[';
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            out += u',';
        appendJsonString(out, texts.at(i));
    }
    out += u']';
}

// A result's words as stored: {"score":[{"text":…,"points":…}],"limit":[…],"conditions":[…]}. Written
// by hand: QJsonDocument took a second per hundred thousand results.
QString reasonsDocument(const ScreeningResult &result)
{
    QString out;
    out.reserve(512);
    out += QLatin1String("{\"score\":[");
    for (qsizetype i = 0; i < result.reasons.size(); ++i) {
        out += QLatin1String(i > 0 ? ",{\"text\":" : "{\"text\":");
        appendJsonString(out, result.reasons.at(i).text);
        out += QLatin1String(",\"points\":") + QString::number(result.reasons.at(i).points) + u'}';
    }
    out += QLatin1String("],\"limit\":");
    appendJsonStrings(out, result.limitReasons);
    out += QLatin1String(",\"conditions\":");
    appendJsonStrings(out, result.conditions);
    out += u'}';
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
    "r.override_decision, r.override_reason, r.overridden_by, r.overridden_at, r.median_days_late");
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
    if (!query.value(28).isNull())
        result.medianDaysLate = query.value(28).toInt();
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
    const Accounts accounts = loadAccounts(database);
    const ReportHistory reports = loadReports(database);
    const qint32 lastDay = qint32(asOf.toJulianDay());
    TrainingSet set;
    {
        const std::vector<CompactInvoice> history = loadHistory(database, accounts, asOf);
        std::vector<bool> known(history.size(), false);
        for (std::size_t i = 0; i < history.size(); ++i)
            known[i] = history[i].invoiceDay < lastDay && history[i].dueDay + SeriousLateDays <= lastDay;
        set.table = behaviourTable(history, &known, external::FeatureCount);
        const std::size_t rows = set.table.rows();
        set.late.reserve(rows);
        set.issued.reserve(rows);
        set.due.reserve(rows);
        set.settled.reserve(rows);
        for (std::size_t r = 0; r < rows; ++r) {
            const CompactInvoice &invoice = history[set.table.invoiceOf[r]];
            fillExternal(set.table.row(r),
                         reports.asOf(accounts.of(invoice.customer).debtorId, dateOfDay(invoice.invoiceDay)));
            set.late.push_back(invoice.settledDay - invoice.dueDay >= SeriousLateDays ? 1 : 0);
            set.issued.push_back(invoice.invoiceDay);
            set.due.push_back(invoice.dueDay);
            set.settled.push_back(invoice.settledDay);
        }
    }
    return set;
}

} // namespace

ModelReport ScreeningService::train(QDate asOf)
{
    if (!asOf.isValid())
        asOf = QDate::currentDate();
    TrainingSet set = trainingSet(m_database, asOf);
    const QDate split = asOf.addMonths(-HeldOutMonths);
    // The rows are in order of issue: those before the split come first.
    const qint32 splitDay = qint32(split.toJulianDay());
    const std::size_t trainRows =
        std::size_t(std::lower_bound(set.issued.begin(), set.issued.end(), splitDay) - set.issued.begin());
    const auto lateCount = [&](std::size_t from, std::size_t to) {
        return int(
            std::count(set.late.begin() + std::ptrdiff_t(from), set.late.begin() + std::ptrdiff_t(to), 1));
    };
    ModelReport report;
    report.asOf = asOf;
    report.trainInvoices = int(trainRows);
    report.trainLate = lateCount(0, trainRows);
    report.testInvoices = int(set.size() - trainRows);
    report.testLate = lateCount(trainRows, set.size());
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
    set.standardise(trainRows);
    const BehaviourModel measured = set.fit(trainRows);
    std::vector<double> scores;
    std::vector<int> testLate;
    scores.reserve(set.size() - trainRows);
    const GradeBands bands;
    QList<GradeQuality> byGrade;
    for (const Grade grade : {Grade::A, Grade::B, Grade::C, Grade::D, Grade::E})
        byGrade.append({grade, 0, 0});
    for (std::size_t i = trainRows; i < set.size(); ++i) {
        const double pd = measured.probabilityOf(set.row(i));
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

    // The payment timing, measured the same way: learnt from what was known before the split.
    {
        const PaymentTimingModel timing = set.fitTiming(0, trainRows, split.addDays(-1));
        const qint32 asOfDay = qint32(asOf.toJulianDay());
        std::array<ModelReport::TimingPeriod, PaymentTimingModel::TailPeriod> periods;
        double error = 0, errorDueDate = 0;
        for (std::size_t i = trainRows; i < set.size(); ++i) {
            const double *z = set.row(i);
            const bool paid = set.settled[i] != CompactInvoice::Never;
            const int daysLate = paid ? set.settled[i] - set.due[i] : 0;
            if (paid) {
                error += std::abs(timing.medianDaysAfterDue(z) - daysLate);
                errorDueDate += std::abs(daysLate);
                report.timingTestSettled += 1;
            }
            const std::vector<double> hazards = timing.hazards(z);
            for (int k = 0; k < PaymentTimingModel::TailPeriod; ++k) {
                // At risk: unpaid when the period began, and the period over by asOf.
                const bool unpaidAtStart =
                    k == 0 || !paid || daysLate > PaymentTimingModel::PeriodEnds[std::size_t(k - 1)];
                if (!unpaidAtStart || set.due[i] + PaymentTimingModel::PeriodEnds[std::size_t(k)] > asOfDay)
                    continue;
                ModelReport::TimingPeriod &period = periods[std::size_t(k)];
                period.atRisk += 1;
                period.paid += paid && PaymentTimingModel::periodOf(daysLate) == k ? 1 : 0;
                period.predictedPaid += hazards[std::size_t(k)];
            }
        }
        for (int k = 0; k < PaymentTimingModel::TailPeriod; ++k) {
            periods[std::size_t(k)].label = PaymentTimingModel::periodLabel(k);
            report.timing.append(periods[std::size_t(k)]);
        }
        if (report.timingTestSettled > 0) {
            report.timingMae = error / report.timingTestSettled;
            report.timingMaeDueDate = errorDueDate / report.timingTestSettled;
        }
    }

    // The model in use learns from all of it.
    BehaviourModel model = set.fit(set.size());
    model.timing = set.fitTiming(0, set.size(), asOf);

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
    QJsonArray timingPeriods;
    for (const ModelReport::TimingPeriod &period : std::as_const(report.timing))
        timingPeriods.append(QJsonObject{{QStringLiteral("label"), period.label},
                                         {QStringLiteral("at_risk"), period.atRisk},
                                         {QStringLiteral("paid"), period.paid},
                                         {QStringLiteral("predicted"), period.predictedPaid}});
    stored.insert(QStringLiteral("timing_test"),
                  QJsonObject{{QStringLiteral("periods"), timingPeriods},
                              {QStringLiteral("settled"), report.timingTestSettled},
                              {QStringLiteral("mae"), report.timingMae},
                              {QStringLiteral("mae_due_date"), report.timingMaeDueDate}});

    storage::Transaction transaction(m_database);
    const QString now = storage::timestampNow();
    m_database.exec(QStringLiteral("UPDATE screening_models SET active = 0 WHERE active = 1"));
    const qint64 id = m_database.insert(
        QStringLiteral(
            "INSERT INTO screening_models (as_of, invoices, late_invoices, auc_ppm, ks_ppm, model, "
            "active, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)"),
        {dateText(asOf), int(set.size()), lateCount(0, set.size()), qint64(std::llround(report.auc * 1e6)),
         qint64(std::llround(report.ks * 1e6)),
         QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)), now, m_actor});
    audit::AuditTrail(m_database, m_actor)
        .record(QStringLiteral("screening_model"), id, QStringLiteral("train"), {},
                {{QStringLiteral("as_of"), dateText(asOf)},
                 {QStringLiteral("invoices"), int(set.size())},
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
    const QJsonObject timing = stored.value(QStringLiteral("timing_test")).toObject();
    for (const QJsonValue &value : timing.value(QStringLiteral("periods")).toArray()) {
        const QJsonObject object = value.toObject();
        report.timing.append({object.value(QStringLiteral("label")).toString(),
                              object.value(QStringLiteral("at_risk")).toInt(),
                              object.value(QStringLiteral("paid")).toInt(),
                              object.value(QStringLiteral("predicted")).toDouble()});
    }
    report.timingTestSettled = timing.value(QStringLiteral("settled")).toInt();
    report.timingMae = timing.value(QStringLiteral("mae")).toDouble();
    report.timingMaeDueDate = timing.value(QStringLiteral("mae_due_date")).toDouble();
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
    const Accounts accounts = loadAccounts(m_database);
    if (options.accountId != 0 && !accounts.find(options.accountId))
        throw ScreeningError(Text::tr("Account %1 does not exist.").arg(options.accountId).toStdString());
    std::vector<qint32> scope; // customers
    for (const AccountInfo &account : accounts.list) {
        if (options.accountId != 0 ? account.accountId == options.accountId : account.active)
            scope.push_back(account.customer);
    }
    std::sort(scope.begin(), scope.end(),
              [&](qint32 a, qint32 b) { return accounts.of(a).accountId < accounts.of(b).accountId; });
    const std::optional<LoadedModel> model = options.forceExpert ? std::nullopt : loadActiveModel(m_database);
    summary.method = model ? ScreeningMethod::Model : ScreeningMethod::Expert;
    summary.modelId = model ? model->id : 0;

    // The history up to the day, and one probe invoice per account issued that day: its features
    // are what is known of the account then.
    std::vector<CompactInvoice> history = loadHistory(m_database, accounts, asOf, scope.size());
    const std::size_t historySize = history.size();
    const std::size_t customers = accounts.list.size();
    std::vector<qint64> amountSum(customers, 0), amountCount(customers, 0), lastYearSales(customers, 0);
    std::vector<qint32> firstInvoice(customers, CompactInvoice::Never);
    const qint32 asOfDay = qint32(asOf.toJulianDay());
    const qint32 yearAgo = qint32(asOf.addYears(-1).toJulianDay());
    double settledLate = 0, settledCount = 0;
    for (const CompactInvoice &invoice : history) {
        const auto c = std::size_t(invoice.customer);
        amountSum[c] += invoice.amount;
        amountCount[c] += 1;
        if (invoice.invoiceDay > yearAgo) {
            lastYearSales[c] += invoice.amount;
            firstInvoice[c] = std::min(firstInvoice[c], invoice.invoiceDay);
        }
        if (invoice.settledDay != CompactInvoice::Never) {
            settledCount += 1;
            settledLate += invoice.settledDay > invoice.dueDay ? 1 : 0;
        }
    }
    const double portfolioLateRate = (settledLate + 1) / (settledCount + 2);
    std::vector<bool> wanted(historySize + scope.size(), false);
    for (const qint32 customer : scope) {
        const AccountInfo &account = accounts.of(customer);
        CompactInvoice probe;
        probe.customer = customer;
        probe.region = account.region;
        probe.industry = account.industry;
        probe.invoiceDay = asOfDay;
        const QDate due = account.terms.dueDateFor(asOf);
        probe.dueDay = due.isValid() && due >= asOf ? qint32(due.toJulianDay()) : asOfDay + 30;
        const auto c = std::size_t(customer);
        probe.amount = amountCount[c] > 0 ? amountSum[c] / amountCount[c] : 0;
        wanted[history.size()] = true;
        history.push_back(probe);
    }
    FeatureTable features = behaviourTable(history, &wanted, external::FeatureCount);
    std::vector<CompactInvoice>().swap(history);
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
    // One account's result; z is the caller's room for the standardised row.
    const auto screen = [&](std::size_t k, std::vector<double> &z) {
        // The probes were issued on one day, so their rows follow the scope's order.
        Q_ASSERT(features.invoiceOf[k] == historySize + k);
        const AccountInfo &account = accounts.of(scope[k]);
        double *row = features.row(k);
        const ExternalFacts *facts = reports.asOf(account.debtorId, asOf);
        fillExternal(row, facts);
        ScreeningResult result;
        result.accountId = account.accountId;
        result.debtorId = account.debtorId;
        result.clientId = account.clientId;
        result.customerCode = account.customerCode;
        result.clientCode = account.clientCode;
        result.debtorName = account.debtorName;
        result.asOf = asOf;
        result.method = summary.method;
        if (model) {
            model->model.standardise(row, z.data());
            result.pd = model->model.probabilityOf(z.data());
            result.reasons = modelReasons(model->model, row, z.data(), portfolioLateRate);
            if (model->model.timing)
                result.medianDaysLate = int(std::lround(model->model.timing->medianDaysAfterDue(z.data())));
        } else {
            const int settled = int(std::lround(std::expm1(row[behaviour::SettledInvoices])));
            const int late = int(std::lround(row[behaviour::ShareLate] * settled));
            const ExpertScore expert = expertScore(facts ? *facts : ExternalFacts{}, settled, late);
            result.pd = expert.pd;
            result.reasons = expert.reasons;
        }
        result.score = scoreOf(result.pd);
        result.grade = bands.gradeOf(result.pd);
        if (const auto found = previous.constFind(account.accountId); found != previous.cend())
            result.previousGrade = found->grade;
        result.exposure = exposures.value(account.accountId).total();
        // Monthly sales over the last year, or over the months since the first invoice if fewer.
        const qint32 first = firstInvoice[std::size_t(account.customer)];
        const qint64 months = std::clamp<qint64>(
            qint64(asOfDay - (first == CompactInvoice::Never ? yearAgo : first)) * 12 / 365 + 1, 1, 12);
        const Yen monthlySales(lastYearSales[std::size_t(account.customer)] / months);
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
        return result;
    };
    // Two threads were tried here: slower, the string work of the results contends.
    const int total = int(scope.size());
    std::vector<ScreeningResult> screened;
    screened.reserve(scope.size());
    {
        std::vector<double> z(features.width);
        for (std::size_t k = 0; k < scope.size(); ++k) {
            if (progress && k % ProgressStep == 0 && !progress(int(k), total)) {
                summary.cancelled = true;
                break;
            }
            screened.push_back(screen(k, z));
        }
    }

    summary.gradeCounts = QList<int>(5, 0);
    QList<ScreeningResult> results;
    std::vector<int> scores;
    if (!summary.cancelled) {
        results.reserve(qsizetype(scope.size()));
        scores.reserve(scope.size());
        for (ScreeningResult &result : screened) {
            summary.gradeCounts[int(result.grade)] += 1;
            summary.downgrades += result.downgraded() ? 1 : 0;
            summary.upgrades +=
                result.previousGrade && int(result.grade) < int(*result.previousGrade) ? 1 : 0;
            summary.overLimit += result.overLimit() ? 1 : 0;
            if (options.applyLimits && result.proposedLimit != accounts.find(result.accountId)->limit)
                summary.limitsApplied += 1;
            scores.push_back(result.score);
            results.append(std::move(result));
        }
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
            "tier, decision, reasons, created_at, created_by, run_id, previous_grade, review_due, "
            "median_days_late) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const QString method = toCode(summary.method);
        const QString asOfText = dateText(asOf);
        for (ScreeningResult &result : results) {
            result.runId = summary.id;
            result.id = m_database.insertPrepared(
                insert, {result.accountId, asOfText, method, result.score,
                         qint64(std::llround(result.pd * 1e6)), toCode(result.grade),
                         result.proposedLimit.value(), result.exposure.value(), toCode(result.tier),
                         toCode(result.decision), reasonsDocument(result), now, m_actor, summary.id,
                         result.previousGrade ? QVariant(toCode(*result.previousGrade))
                                              : QVariant(QMetaType(QMetaType::QString)),
                         dateText(result.reviewDue),
                         result.medianDaysLate ? QVariant(*result.medianDaysLate)
                                               : QVariant(QMetaType(QMetaType::Int))});
            const Yen before = accounts.find(result.accountId)->limit;
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

CashForecast ScreeningService::expectedCash(QDate asOf, int weeks, qint64 clientId) const
{
    if (!asOf.isValid())
        asOf = QDate::currentDate();
    const std::optional<LoadedModel> model = loadActiveModel(m_database);
    if (!model || !model->model.timing)
        throw ScreeningError(
            Text::tr("No trained model with a payment timing yet: train the model first (screening train).")
                .toStdString());
    const Accounts accounts = loadAccounts(m_database);
    std::vector<qint64> outstanding;
    const std::vector<CompactInvoice> history = loadHistory(m_database, accounts, asOf, 0, &outstanding);
    // The invoices open now, each with what was known of its debtor on its issue day.
    std::vector<bool> open(history.size(), false);
    for (std::size_t i = 0; i < history.size(); ++i) {
        const CompactInvoice &invoice = history[i];
        open[i] = invoice.settledDay == CompactInvoice::Never && outstanding[i] > 0 &&
                  (clientId == 0 || accounts.of(invoice.customer).clientId == clientId);
    }
    FeatureTable table = behaviourTable(history, &open, external::FeatureCount);
    const ReportHistory reports = loadReports(m_database);
    std::vector<double> z(table.values.size());
    std::vector<OpenInvoice> invoices;
    invoices.reserve(table.rows());
    for (std::size_t r = 0; r < table.rows(); ++r) {
        const CompactInvoice &invoice = history[table.invoiceOf[r]];
        fillExternal(table.row(r),
                     reports.asOf(accounts.of(invoice.customer).debtorId, dateOfDay(invoice.invoiceDay)));
        model->model.standardise(table.row(r), z.data() + r * table.width);
        invoices.push_back(
            {z.data() + r * table.width, dateOfDay(invoice.dueDay), outstanding[table.invoiceOf[r]]});
    }
    return screening::expectedCash(*model->model.timing, invoices, asOf, weeks);
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
