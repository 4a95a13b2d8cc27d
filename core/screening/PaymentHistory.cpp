#include "PaymentHistory.h"

#include "LogisticRegression.h"
#include "Statistics.h"
#include "io/Csv.h"

#include <QCoreApplication>
#include <QHash>

#include <Eigen/Dense>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace kaishu::screening {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::screening)
};

const QStringList Required{QStringLiteral("customer_id"),  QStringLiteral("invoice_id"),
                           QStringLiteral("invoice_date"), QStringLiteral("due_date"),
                           QStringLiteral("amount"),       QStringLiteral("settled_date")};
const QStringList Optional{QStringLiteral("disputed"), QStringLiteral("region"), QStringLiteral("industry"),
                           QStringLiteral("channel")};

// A small group's late rate counts for little: (late + m·overall) / (n + m).
constexpr double ShrinkageWeight = 20;
// Lateness beyond this many days is not told apart (a lost invoice, a dispute): it only adds noise.
constexpr double LatenessCap = 120;

std::optional<QDate> dateIn(const QString &text)
{
    QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text.trimmed(), QStringLiteral("yyyy/M/d"));
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<bool> flagIn(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value.isEmpty() || value == u"0" || value == u"false" || value == u"no" || value == u"n")
        return false;
    if (value == u"1" || value == u"true" || value == u"yes" || value == u"y")
        return true;
    return std::nullopt;
}

struct GroupRates
{
    QHash<QString, std::pair<double, double>> lateAndCount;
    double rate(const QString &group, double overall) const
    {
        const auto [late, count] = lateAndCount.value(group, {0.0, 0.0});
        return (late + ShrinkageWeight * overall) / (count + ShrinkageWeight);
    }
};

double lateDays(const HistoryInvoice &invoice)
{
    return double(invoice.dueDate.daysTo(*invoice.settledDate));
}

// Ridge regression, then least absolute deviations by iteratively reweighted least squares: the
// prediction that minimises the mean absolute error the evaluation reports.
Eigen::VectorXd fitAbsoluteDeviations(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, double l2)
{
    Eigen::VectorXd weights = Eigen::VectorXd::Ones(x.rows());
    Eigen::VectorXd beta = Eigen::VectorXd::Zero(x.cols());
    for (int iteration = 0; iteration < 30; ++iteration) {
        Eigen::MatrixXd normal = x.transpose() * weights.asDiagonal() * x;
        normal.diagonal().tail(x.cols() - 1).array() += l2;
        beta = normal.ldlt().solve(x.transpose() * weights.asDiagonal() * y);
        const Eigen::VectorXd residuals = y - x * beta;
        for (Eigen::Index i = 0; i < residuals.size(); ++i)
            weights(i) = 1.0 / std::max(std::abs(residuals(i)), 1.0);
    }
    return beta;
}

} // namespace

std::optional<QList<HistoryInvoice>> readHistoryCsv(const QByteArray &bytes, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString problem;
    const std::optional<QString> text = io::decode(bytes, io::detectEncoding(bytes), &problem);
    if (!text)
        return fail(problem);
    const std::optional<QList<io::CsvRecord>> records = io::CsvReader::readAll(*text, &problem);
    if (!records)
        return fail(problem);
    if (records->isEmpty())
        return fail(Text::tr("the file is empty"));
    QStringList header = records->first().fields;
    for (QString &name : header)
        name = name.trimmed().toLower();
    QHash<QString, qsizetype> column;
    for (const QString &name : Required + Optional)
        column.insert(name, header.indexOf(name));
    for (const QString &name : Required) {
        if (column.value(name) < 0)
            return fail(Text::tr("the header has no column %1").arg(name));
    }
    QList<HistoryInvoice> history;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const io::CsvRecord &record = records->at(r);
        const auto cell = [&](const QString &name) {
            const qsizetype c = column.value(name);
            return c >= 0 ? record.fields.value(c).trimmed() : QString();
        };
        const auto wrong = [&](const QString &name, const QString &what) {
            return fail(Text::tr("line %1, %2: %3").arg(record.lineNumber).arg(name, what));
        };
        if (record.fields.size() != header.size())
            return fail(Text::tr("line %1: %2 fields where the header has %3")
                            .arg(record.lineNumber)
                            .arg(record.fields.size())
                            .arg(header.size()));
        HistoryInvoice invoice;
        invoice.customerId = cell(QStringLiteral("customer_id"));
        invoice.invoiceId = cell(QStringLiteral("invoice_id"));
        if (invoice.customerId.isEmpty())
            return wrong(QStringLiteral("customer_id"), Text::tr("is empty"));
        const std::optional<QDate> issued = dateIn(cell(QStringLiteral("invoice_date")));
        const std::optional<QDate> due = dateIn(cell(QStringLiteral("due_date")));
        if (!issued)
            return wrong(QStringLiteral("invoice_date"), Text::tr("is not a date (YYYY-MM-DD)"));
        if (!due)
            return wrong(QStringLiteral("due_date"), Text::tr("is not a date (YYYY-MM-DD)"));
        invoice.invoiceDate = *issued;
        invoice.dueDate = *due;
        bool ok = false;
        const double amount = cell(QStringLiteral("amount")).remove(QLatin1Char(',')).toDouble(&ok);
        if (!ok || !std::isfinite(amount))
            return wrong(QStringLiteral("amount"), Text::tr("is not an amount"));
        invoice.amount = qint64(std::llround(amount));
        if (const QString settled = cell(QStringLiteral("settled_date")); !settled.isEmpty()) {
            invoice.settledDate = dateIn(settled);
            if (!invoice.settledDate)
                return wrong(QStringLiteral("settled_date"), Text::tr("is not a date (YYYY-MM-DD)"));
        }
        const std::optional<bool> disputed = flagIn(cell(QStringLiteral("disputed")));
        if (!disputed)
            return wrong(QStringLiteral("disputed"), Text::tr("is not 1 or 0"));
        invoice.disputed = *disputed;
        invoice.region = cell(QStringLiteral("region"));
        invoice.industry = cell(QStringLiteral("industry"));
        invoice.channel = cell(QStringLiteral("channel"));
        history.append(invoice);
    }
    return history;
}

QByteArray writeHistoryCsv(const QList<HistoryInvoice> &history)
{
    QString text = (Required + Optional).join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const HistoryInvoice &invoice : history) {
        const QStringList fields{invoice.customerId,
                                 invoice.invoiceId,
                                 invoice.invoiceDate.toString(Qt::ISODate),
                                 invoice.dueDate.toString(Qt::ISODate),
                                 QString::number(invoice.amount),
                                 invoice.settledDate ? invoice.settledDate->toString(Qt::ISODate) : QString(),
                                 invoice.disputed ? QStringLiteral("1") : QStringLiteral("0"),
                                 invoice.region,
                                 invoice.industry,
                                 invoice.channel};
        QStringList escaped;
        for (const QString &field : fields)
            escaped.append(io::CsvWriter::escapeField(field));
        text += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

const QStringList &BehaviourFeatures::names()
{
    static const QStringList list{QStringLiteral("has_history"),
                                  QStringLiteral("prior_invoices"),
                                  QStringLiteral("settled_invoices"),
                                  QStringLiteral("share_late"),
                                  QStringLiteral("mean_days_late"),
                                  QStringLiteral("max_days_late"),
                                  QStringLiteral("recent_days_late"),
                                  QStringLiteral("mean_lateness"),
                                  QStringLiteral("open_overdue"),
                                  QStringLiteral("oldest_overdue_days"),
                                  QStringLiteral("open_invoices"),
                                  QStringLiteral("prior_disputes"),
                                  QStringLiteral("amount"),
                                  QStringLiteral("terms_days"),
                                  QStringLiteral("amount_vs_usual"),
                                  QStringLiteral("region_late_rate"),
                                  QStringLiteral("industry_late_rate"),
                                  QStringLiteral("channel_late_rate"),
                                  QStringLiteral("months_since_previous"),
                                  QStringLiteral("mean_days_to_settle")};
    return list;
}

std::vector<BehaviourFeatures> behaviourFeatures(const QList<HistoryInvoice> &history,
                                                 const std::vector<bool> *wanted)
{
    const std::size_t count = std::size_t(history.size());
    std::vector<BehaviourFeatures> features(count);
    // Each customer's invoices by issue date.
    QHash<QString, std::vector<std::size_t>> byCustomer;
    for (std::size_t i = 0; i < count; ++i)
        byCustomer[history.at(qsizetype(i)).customerId].push_back(i);
    for (std::vector<std::size_t> &invoices : byCustomer) {
        std::stable_sort(invoices.begin(), invoices.end(), [&](std::size_t a, std::size_t b) {
            return history.at(qsizetype(a)).invoiceDate < history.at(qsizetype(b)).invoiceDate;
        });
    }
    // The portfolio's settlements in time order, for the group rates as they stood on each day.
    std::vector<std::size_t> settlements;
    for (std::size_t i = 0; i < count; ++i) {
        if (history.at(qsizetype(i)).settledDate)
            settlements.push_back(i);
    }
    std::sort(settlements.begin(), settlements.end(), [&](std::size_t a, std::size_t b) {
        return *history.at(qsizetype(a)).settledDate < *history.at(qsizetype(b)).settledDate;
    });
    std::vector<std::size_t> byIssue(count);
    std::iota(byIssue.begin(), byIssue.end(), std::size_t(0));
    std::stable_sort(byIssue.begin(), byIssue.end(), [&](std::size_t a, std::size_t b) {
        return history.at(qsizetype(a)).invoiceDate < history.at(qsizetype(b)).invoiceDate;
    });
    GroupRates regions, industries, channels;
    double late = 0;
    double settledCount = 0;
    std::size_t nextSettlement = 0;
    std::vector<std::array<double, 3>> groupRates(count);
    for (const std::size_t i : byIssue) {
        const HistoryInvoice &invoice = history.at(qsizetype(i));
        while (nextSettlement < settlements.size() &&
               *history.at(qsizetype(settlements[nextSettlement])).settledDate < invoice.invoiceDate) {
            const HistoryInvoice &settled = history.at(qsizetype(settlements[nextSettlement++]));
            const double wasLate = *settled.settledDate > settled.dueDate ? 1 : 0;
            late += wasLate;
            settledCount += 1;
            for (auto [rates, group] :
                 {std::pair{&regions, settled.region}, std::pair{&industries, settled.industry},
                  std::pair{&channels, settled.channel}}) {
                auto &entry = rates->lateAndCount[group];
                entry.first += wasLate;
                entry.second += 1;
            }
        }
        const double overall = (late + 1) / (settledCount + 2);
        groupRates[i] = {regions.rate(invoice.region, overall), industries.rate(invoice.industry, overall),
                         channels.rate(invoice.channel, overall)};
    }

    for (const std::vector<std::size_t> &invoices : std::as_const(byCustomer)) {
        for (std::size_t k = 0; k < invoices.size(); ++k) {
            if (wanted && !(*wanted)[invoices[k]])
                continue;
            const HistoryInvoice &invoice = history.at(qsizetype(invoices[k]));
            const QDate today = invoice.invoiceDate;
            double prior = 0, settled = 0, lateCount = 0, daysLateSum = 0, maxLate = 0, latenessSum = 0;
            double openOverdue = 0, oldestOverdue = 0, open = 0, disputes = 0, amountSum = 0, toSettleSum = 0;
            QDate previous;
            std::vector<std::pair<QDate, double>> recent; // settled date, days late
            for (std::size_t j = 0; j < k; ++j) {
                const HistoryInvoice &earlier = history.at(qsizetype(invoices[j]));
                if (earlier.invoiceDate >= today)
                    break;
                prior += 1;
                disputes += earlier.disputed ? 1 : 0;
                amountSum += double(earlier.amount);
                previous = earlier.invoiceDate;
                if (earlier.settledDate && *earlier.settledDate < today) {
                    settled += 1;
                    const double lateness = std::clamp(lateDays(earlier), -LatenessCap, LatenessCap);
                    lateCount += lateness > 0 ? 1 : 0;
                    daysLateSum += std::max(0.0, lateness);
                    maxLate = std::max(maxLate, lateness);
                    latenessSum += lateness;
                    toSettleSum += double(earlier.invoiceDate.daysTo(*earlier.settledDate));
                    recent.emplace_back(*earlier.settledDate, std::max(0.0, lateness));
                } else {
                    open += 1;
                    if (earlier.dueDate < today) {
                        openOverdue += 1;
                        oldestOverdue = std::max(oldestOverdue, double(earlier.dueDate.daysTo(today)));
                    }
                }
            }
            std::sort(recent.begin(), recent.end());
            double recentLate = 0;
            const std::size_t lastN = std::min<std::size_t>(3, recent.size());
            for (std::size_t r = recent.size() - lastN; r < recent.size(); ++r)
                recentLate += recent[r].second;
            recentLate = lastN > 0 ? recentLate / double(lastN) : 0;
            const double terms = double(invoice.invoiceDate.daysTo(invoice.dueDate));
            const double amount = std::log1p(std::max<double>(0, double(invoice.amount)));
            const double usual = prior > 0 ? std::log1p(amountSum / prior) : amount;
            const std::array<double, 3> &rates = groupRates[invoices[k]];
            BehaviourFeatures &out = features[invoices[k]];
            out.customerMeanDaysToSettle = settled > 0 ? toSettleSum / settled : -1;
            out.values = {settled > 0 ? 1.0 : 0.0,
                          std::log1p(prior),
                          std::log1p(settled),
                          settled > 0 ? lateCount / settled : 0,
                          settled > 0 ? daysLateSum / settled : 0,
                          maxLate / 30,
                          recentLate,
                          settled > 0 ? latenessSum / settled : 0,
                          std::log1p(openOverdue),
                          std::min(oldestOverdue, 365.0) / 30,
                          std::log1p(open),
                          prior > 0 ? disputes / prior : 0,
                          amount,
                          terms / 30,
                          amount - usual,
                          rates[0],
                          rates[1],
                          rates[2],
                          previous.isValid() ? std::min(12.0, double(previous.daysTo(today)) / 30) : 0,
                          settled > 0 ? toSettleSum / settled / 30 : terms / 30};
        }
    }
    return features;
}

std::optional<HistoryEvaluation> evaluateHistory(const QList<HistoryInvoice> &history, QDate splitDate,
                                                 QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QDate end;
    for (const HistoryInvoice &invoice : history) {
        end = std::max(end, invoice.invoiceDate);
        if (invoice.settledDate)
            end = std::max(end, *invoice.settledDate);
    }
    const std::vector<BehaviourFeatures> features = behaviourFeatures(history);
    const std::size_t width = BehaviourFeatures::names().size();
    // Lateness where known: settled after due, or still open with the due date behind the data's end.
    const auto lateOf = [&](const HistoryInvoice &invoice) -> std::optional<int> {
        if (invoice.settledDate)
            return *invoice.settledDate > invoice.dueDate ? 1 : 0;
        if (invoice.dueDate < end)
            return 1;
        return std::nullopt;
    };

    std::vector<std::size_t> train, test;
    for (qsizetype i = 0; i < history.size(); ++i)
        (history.at(i).invoiceDate < splitDate ? train : test).push_back(std::size_t(i));
    HistoryEvaluation result;
    result.trainInvoices = int(train.size());
    result.testInvoices = int(test.size());
    if (train.empty() || test.empty())
        return fail(Text::tr("the split date %1 leaves no invoices on one side")
                        .arg(splitDate.toString(Qt::ISODate)));

    // Standardised features, scaled on the training invoices.
    std::vector<double> mean(width, 0), scale(width, 1);
    for (std::size_t f = 0; f < width; ++f) {
        double sum = 0, squares = 0;
        for (const std::size_t i : train) {
            sum += features[i].values[f];
            squares += features[i].values[f] * features[i].values[f];
        }
        mean[f] = sum / double(train.size());
        const double variance = squares / double(train.size()) - mean[f] * mean[f];
        scale[f] = variance > 1e-12 ? std::sqrt(variance) : 1;
    }
    const auto standardised = [&](std::size_t i) {
        std::vector<double> row(width);
        for (std::size_t f = 0; f < width; ++f)
            row[f] = (features[i].values[f] - mean[f]) / scale[f];
        return row;
    };

    // Late or not: logistic regression.
    std::vector<double> x;
    std::vector<int> y;
    for (const std::size_t i : train) {
        if (const std::optional<int> late = lateOf(history.at(qsizetype(i)))) {
            const std::vector<double> row = standardised(i);
            x.insert(x.end(), row.begin(), row.end());
            y.push_back(*late);
        }
    }
    if (std::count(y.begin(), y.end(), 1) == 0 || std::count(y.begin(), y.end(), 0) == 0)
        return fail(Text::tr("the training invoices are all late or all on time"));
    LogisticRegression lateModel;
    lateModel.fit(x, width, y);
    std::vector<double> scores;
    std::vector<int> outcomes;
    for (const std::size_t i : test) {
        if (const std::optional<int> late = lateOf(history.at(qsizetype(i)))) {
            scores.push_back(lateModel.probability(standardised(i).data()));
            outcomes.push_back(*late);
        }
    }
    result.testLateKnown = int(outcomes.size());
    result.lateAuc = rocAuc(scores, outcomes);

    // Days to settle: least absolute deviations on the settled training invoices.
    std::vector<std::size_t> settledTrain;
    for (const std::size_t i : train) {
        if (history.at(qsizetype(i)).settledDate)
            settledTrain.push_back(i);
    }
    if (settledTrain.empty())
        return fail(Text::tr("no training invoice was settled"));
    Eigen::MatrixXd design(Eigen::Index(settledTrain.size()), Eigen::Index(width) + 1);
    Eigen::VectorXd target(Eigen::Index(settledTrain.size()));
    for (std::size_t r = 0; r < settledTrain.size(); ++r) {
        const HistoryInvoice &invoice = history.at(qsizetype(settledTrain[r]));
        const std::vector<double> row = standardised(settledTrain[r]);
        design(Eigen::Index(r), 0) = 1;
        for (std::size_t f = 0; f < width; ++f)
            design(Eigen::Index(r), Eigen::Index(f) + 1) = row[f];
        target(Eigen::Index(r)) = double(invoice.invoiceDate.daysTo(*invoice.settledDate));
    }
    const Eigen::VectorXd beta = fitAbsoluteDeviations(design, target, 1.0);
    double modelError = 0, termsError = 0, customerError = 0;
    for (const std::size_t i : test) {
        const HistoryInvoice &invoice = history.at(qsizetype(i));
        if (!invoice.settledDate)
            continue;
        const double actual = double(invoice.invoiceDate.daysTo(*invoice.settledDate));
        const std::vector<double> row = standardised(i);
        double predicted = beta(0);
        for (std::size_t f = 0; f < width; ++f)
            predicted += beta(Eigen::Index(f) + 1) * row[f];
        const double terms = double(invoice.invoiceDate.daysTo(invoice.dueDate));
        const double customerMean =
            features[i].customerMeanDaysToSettle >= 0 ? features[i].customerMeanDaysToSettle : terms;
        modelError += std::abs(std::max(0.0, predicted) - actual);
        termsError += std::abs(terms - actual);
        customerError += std::abs(customerMean - actual);
        ++result.testSettled;
    }
    if (result.testSettled == 0)
        return fail(Text::tr("no test invoice was settled"));
    result.daysToSettleMae = modelError / result.testSettled;
    result.maeTerms = termsError / result.testSettled;
    result.maeCustomerMean = customerError / result.testSettled;
    return result;
}

} // namespace kaishu::screening
