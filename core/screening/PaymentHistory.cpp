#include "PaymentHistory.h"

#include "LogisticRegression.h"
#include "PaymentTiming.h"
#include "Statistics.h"
#include "io/Csv.h"

#include <QCoreApplication>
#include <QHash>

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

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

std::vector<CompactInvoice> compactHistory(const QList<HistoryInvoice> &history)
{
    QHash<QString, qint32> customers, groups;
    const auto number = [](QHash<QString, qint32> &numbers, const QString &name) {
        return *numbers.insert(name, numbers.value(name, qint32(numbers.size())));
    };
    const auto day = [](const QDate &date) { return qint32(date.toJulianDay()); };
    std::vector<CompactInvoice> compact;
    compact.reserve(std::size_t(history.size()));
    for (const HistoryInvoice &invoice : history) {
        CompactInvoice out;
        out.customer = number(customers, invoice.customerId);
        out.region = number(groups, invoice.region);
        out.industry = number(groups, invoice.industry);
        out.channel = number(groups, invoice.channel);
        out.invoiceDay = day(invoice.invoiceDate);
        out.dueDay = day(invoice.dueDate);
        if (invoice.settledDate)
            out.settledDay = out.firstPaidDay = day(*invoice.settledDate);
        out.amount = invoice.amount;
        out.disputed = invoice.disputed;
        compact.push_back(out);
    }
    return compact;
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
    const FeatureTable table = behaviourTable(compactHistory(history));
    const std::size_t width = table.width;
    std::vector<std::size_t> rowOf(table.rows());
    for (std::size_t r = 0; r < table.rows(); ++r)
        rowOf[table.invoiceOf[r]] = r;
    const auto features = [&](std::size_t i) { return table.row(rowOf[i]); };
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

    // Standardised features, scaled on the training invoices: the table's first rows (in order of
    // issue, those before the split).
    const ColumnScaling scaling = columnScaling(table.values.data(), train.size(), width);
    const std::vector<double> &mean = scaling.mean, &scale = scaling.scale;
    const auto standardised = [&](std::size_t i) {
        std::vector<double> row(width);
        for (std::size_t f = 0; f < width; ++f)
            row[f] = (features(i)[f] - mean[f]) / scale[f];
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

    // Payment timing: a hazard model of the days after due, open training invoices censored at the
    // day before the split (and a settlement after it not yet known).
    std::vector<double> timingRows;
    timingRows.reserve(train.size() * width);
    std::vector<QDate> timingDue;
    std::vector<std::optional<QDate>> timingSettled;
    for (const std::size_t i : train) {
        timingRows.insert(timingRows.end(), features(i), features(i) + width);
        timingDue.push_back(history.at(qsizetype(i)).dueDate);
        timingSettled.push_back(history.at(qsizetype(i)).settledDate);
    }
    const PaymentTimingModel timing =
        PaymentTimingModel::fit(timingRows, width, timingDue, timingSettled, splitDate.addDays(-1));
    timingRows = {};

    double modelError = 0, termsError = 0, customerError = 0, timingError = 0;
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
            table.meanDaysToSettle[rowOf[i]] >= 0 ? table.meanDaysToSettle[rowOf[i]] : terms;
        modelError += std::abs(std::max(0.0, predicted) - actual);
        termsError += std::abs(terms - actual);
        customerError += std::abs(customerMean - actual);
        timingError += std::abs(terms + timing.medianDaysAfterDue(features(i)) - actual);
        ++result.testSettled;
    }
    if (result.testSettled == 0)
        return fail(Text::tr("no test invoice was settled"));
    result.daysToSettleMae = modelError / result.testSettled;
    result.maeTerms = termsError / result.testSettled;
    result.maeCustomerMean = customerError / result.testSettled;
    result.timingModelMae = timingError / result.testSettled;
    return result;
}

} // namespace kaishu::screening
