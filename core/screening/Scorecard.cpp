#include "Scorecard.h"

#include "Statistics.h"
#include "io/Csv.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace kaishu::screening {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::screening)
};

std::optional<double> numberIn(const QString &text)
{
    bool ok = false;
    const double value = QString(text).remove(QLatin1Char(',')).trimmed().toDouble(&ok); // 1,234
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

// How data sets write a missing value besides an empty cell (NA, N/A, NaN, ?, null, -, 不明).
bool isMissingMarker(const QString &cell)
{
    static const QStringList Markers{QStringLiteral("na"), QStringLiteral("n/a"),  QStringLiteral("nan"),
                                     QStringLiteral("?"),  QStringLiteral("null"), QStringLiteral("none"),
                                     QStringLiteral("-"),  QStringLiteral("不明")};
    return Markers.contains(cell.toLower());
}

double badRate(const Bin &bin)
{
    const int count = bin.goods + bin.bads;
    return count == 0 ? 0 : double(bin.bads) / count;
}

void absorb(Bin &into, const Bin &from)
{
    into.goods += from.goods;
    into.bads += from.bads;
    into.lower = std::min(into.lower, from.lower);
    into.upper = std::max(into.upper, from.upper);
    into.categories += from.categories;
}

// Merges bins i and i + 1 of an ordered (numeric) list.
void mergeWithNext(QList<Bin> &bins, qsizetype i)
{
    absorb(bins[i], bins.at(i + 1));
    bins.removeAt(i + 1);
}

void weigh(QList<Bin> &bins, bool smooth)
{
    double goods = 0;
    double bads = 0;
    for (const Bin &bin : std::as_const(bins)) {
        goods += bin.goods;
        bads += bin.bads;
    }
    for (Bin &bin : bins) {
        double g = bin.goods;
        double b = bin.bads;
        if (smooth && (g == 0 || b == 0)) {
            g = g == 0 ? 0.5 : g;
            b = b == 0 ? 0.5 : b;
        }
        bin.woe = goods > 0 && bads > 0 && g > 0 && b > 0 ? std::log((g / goods) / (b / bads)) : 0;
    }
}

QString numberText(double value)
{
    return QString::number(value, 'g', 10);
}

QList<Bin> numericBins(const Characteristic &characteristic, const std::vector<int> &bad,
                       const std::vector<std::size_t> &rows, const BinningOptions &options)
{
    std::vector<std::pair<double, int>> values;
    Bin missing;
    missing.missing = true;
    missing.label = Text::tr("missing");
    for (const std::size_t row : rows) {
        if (const std::optional<double> value = characteristic.numbers[row])
            values.emplace_back(*value, bad[row]);
        else
            (bad[row] != 0 ? missing.bads : missing.goods) += 1;
    }
    std::sort(values.begin(), values.end());
    QList<Bin> bins;
    if (!values.empty()) {
        // Cut points at the quantiles (distinct, the largest value excluded).
        std::vector<double> cuts;
        for (int k = 1; k < options.startBins; ++k) {
            const double cut = values[std::size_t(double(values.size() - 1) * k / options.startBins)].first;
            if (cut < values.back().first && (cuts.empty() || cut > cuts.back()))
                cuts.push_back(cut);
        }
        double lower = -std::numeric_limits<double>::infinity();
        std::size_t next = 0;
        for (std::size_t c = 0; c <= cuts.size(); ++c) {
            Bin bin;
            bin.lower = lower;
            bin.upper = c < cuts.size() ? cuts[c] : std::numeric_limits<double>::infinity();
            while (next < values.size() && values[next].first <= bin.upper) {
                (values[next].second != 0 ? bin.bads : bin.goods) += 1;
                ++next;
            }
            lower = bin.upper;
            bins.append(bin);
        }
        const double minimum = options.minShare * double(rows.size());
        // Too small: merged with the smaller neighbour.
        for (bool merged = true; merged && bins.size() > 1;) {
            merged = false;
            qsizetype smallest = -1;
            for (qsizetype i = 0; i < bins.size(); ++i) {
                const int count = bins.at(i).goods + bins.at(i).bads;
                if (count < minimum &&
                    (smallest < 0 || count < bins.at(smallest).goods + bins.at(smallest).bads))
                    smallest = i;
            }
            if (smallest >= 0) {
                const auto sizeOf = [&](qsizetype i) { return bins.at(i).goods + bins.at(i).bads; };
                const qsizetype neighbour = smallest == 0                                  ? 1
                                            : smallest == bins.size() - 1                  ? smallest - 1
                                            : sizeOf(smallest - 1) <= sizeOf(smallest + 1) ? smallest - 1
                                                                                           : smallest + 1;
                mergeWithNext(bins, std::min(smallest, neighbour));
                merged = true;
            }
        }
        // Monotone bad rate in the direction of the ends.
        if (options.monotone && bins.size() > 1) {
            const bool rising = badRate(bins.constLast()) >= badRate(bins.constFirst());
            for (bool merged = true; merged && bins.size() > 1;) {
                merged = false;
                for (qsizetype i = 0; i + 1 < bins.size(); ++i) {
                    const double a = badRate(bins.at(i));
                    const double b = badRate(bins.at(i + 1));
                    if (rising ? b < a : b > a) {
                        mergeWithNext(bins, i);
                        merged = true;
                        break;
                    }
                }
            }
        }
        // At most maxBins: the neighbours of closest bad rate go together.
        while (bins.size() > std::max(1, options.maxBins)) {
            qsizetype closest = 0;
            for (qsizetype i = 1; i + 1 < bins.size(); ++i) {
                if (std::abs(badRate(bins.at(i)) - badRate(bins.at(i + 1))) <
                    std::abs(badRate(bins.at(closest)) - badRate(bins.at(closest + 1))))
                    closest = i;
            }
            mergeWithNext(bins, closest);
        }
        for (Bin &bin : bins) {
            bin.label =
                std::isinf(bin.lower)
                    ? (std::isinf(bin.upper) ? Text::tr("all") : Text::tr("≤ %1").arg(numberText(bin.upper)))
                : std::isinf(bin.upper)
                    ? Text::tr("> %1").arg(numberText(bin.lower))
                    : Text::tr("%1 – %2").arg(numberText(bin.lower), numberText(bin.upper));
        }
    }
    if (missing.goods + missing.bads > 0)
        bins.append(missing);
    return bins;
}

QList<Bin> categoryBins(const Characteristic &characteristic, const std::vector<int> &bad,
                        const std::vector<std::size_t> &rows, const BinningOptions &options)
{
    std::map<QString, Bin> byCategory;
    for (const std::size_t row : rows) {
        const QString &category = characteristic.categories.at(qsizetype(row));
        Bin &bin = byCategory[category];
        if (bin.categories.isEmpty()) {
            bin.categories.append(category);
            bin.label = category.isEmpty() ? Text::tr("missing") : category;
            bin.missing = category.isEmpty();
        }
        (bad[row] != 0 ? bin.bads : bin.goods) += 1;
    }
    QList<Bin> bins;
    for (auto &[category, bin] : byCategory)
        bins.append(bin);
    // In order of bad rate, so that a small category joins the one most like it.
    std::stable_sort(bins.begin(), bins.end(),
                     [](const Bin &a, const Bin &b) { return badRate(a) < badRate(b); });
    const double minimum = options.minShare * double(rows.size());
    for (bool merged = true; merged && bins.size() > 1;) {
        merged = false;
        for (qsizetype i = 0; i < bins.size(); ++i) {
            if (bins.at(i).goods + bins.at(i).bads >= minimum)
                continue;
            const qsizetype neighbour = i == 0 ? 1
                                        : i == bins.size() - 1
                                            ? i - 1
                                            : (std::abs(badRate(bins.at(i)) - badRate(bins.at(i - 1))) <=
                                                       std::abs(badRate(bins.at(i)) - badRate(bins.at(i + 1)))
                                                   ? i - 1
                                                   : i + 1);
            const qsizetype first = std::min(i, neighbour);
            absorb(bins[first], bins.at(first + 1));
            bins[first].label = bins.at(first).categories.join(QLatin1Char(','));
            bins.removeAt(first + 1);
            merged = true;
            break;
        }
    }
    return bins;
}

} // namespace

std::optional<CreditTable> CreditTable::fromCsv(const QByteArray &bytes, const ReadOptions &options,
                                                QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString decodeError;
    const std::optional<QString> text = io::decode(bytes, io::detectEncoding(bytes), &decodeError);
    if (!text)
        return fail(decodeError);
    QString csvError;
    const std::optional<QList<io::CsvRecord>> records = io::CsvReader::readAll(*text, &csvError);
    if (!records)
        return fail(csvError);
    if (records->size() < 2)
        return fail(Text::tr("the file has no rows after its header"));
    QStringList header = records->first().fields;
    for (QString &name : header)
        name = name.trimmed();
    const qsizetype target = header.indexOf(options.target);
    if (target < 0)
        return fail(Text::tr("the header has no target column %1").arg(options.target));
    for (const QString &name : options.ignore + options.categorical) {
        if (!header.contains(name))
            return fail(Text::tr("the header has no column %1").arg(name));
    }

    CreditTable table;
    std::vector<qsizetype> columns;
    for (qsizetype c = 0; c < header.size(); ++c) {
        if (c == target || options.ignore.contains(header.at(c)))
            continue;
        columns.push_back(c);
        Characteristic characteristic;
        characteristic.name = header.at(c);
        characteristic.categorical = options.categorical.contains(header.at(c));
        table.characteristics.push_back(characteristic);
    }
    for (qsizetype r = 1; r < records->size(); ++r) {
        const io::CsvRecord &record = records->at(r);
        if (record.fields.size() != header.size())
            return fail(Text::tr("line %1: %2 fields where the header has %3")
                            .arg(record.lineNumber)
                            .arg(record.fields.size())
                            .arg(header.size()));
        const QString outcome = record.fields.at(target).trimmed();
        if (outcome.isEmpty())
            return fail(Text::tr("line %1, %2: no outcome").arg(record.lineNumber).arg(options.target));
        table.bad.push_back(outcome == options.badValue ? 1 : 0);
        for (std::size_t k = 0; k < columns.size(); ++k) {
            Characteristic &characteristic = table.characteristics[k];
            QString cell = record.fields.at(columns[k]).trimmed();
            if (isMissingMarker(cell))
                cell.clear();
            characteristic.categories.append(cell);
            const std::optional<double> number = cell.isEmpty() ? std::nullopt : numberIn(cell);
            if (!cell.isEmpty() && !number)
                characteristic.categorical = true; // a word among the numbers: a category
            characteristic.numbers.push_back(number);
        }
    }
    for (Characteristic &characteristic : table.characteristics) {
        if (characteristic.categorical)
            characteristic.numbers.clear();
        else
            characteristic.categories.clear();
    }
    return table;
}

QList<Bin> binCharacteristic(const Characteristic &characteristic, const std::vector<int> &bad,
                             const std::vector<std::size_t> &rows, const BinningOptions &options)
{
    std::vector<std::size_t> all;
    if (rows.empty()) {
        all.resize(bad.size());
        std::iota(all.begin(), all.end(), std::size_t(0));
    }
    const std::vector<std::size_t> &used = rows.empty() ? all : rows;
    QList<Bin> bins = characteristic.categorical ? categoryBins(characteristic, bad, used, options)
                                                 : numericBins(characteristic, bad, used, options);
    weigh(bins, options.smoothEmpty);
    return bins;
}

double informationValue(const QList<Bin> &bins)
{
    double goods = 0;
    double bads = 0;
    for (const Bin &bin : bins) {
        goods += bin.goods;
        bads += bin.bads;
    }
    if (goods == 0 || bads == 0)
        return 0;
    double iv = 0;
    for (const Bin &bin : bins)
        iv += (bin.goods / goods - bin.bads / bads) * bin.woe;
    return iv;
}

int binOf(const QList<Bin> &bins, const Characteristic &characteristic, std::size_t row)
{
    for (qsizetype i = 0; i < bins.size(); ++i) {
        const Bin &bin = bins.at(i);
        if (characteristic.categorical) {
            if (bin.categories.contains(characteristic.categories.at(qsizetype(row))))
                return int(i);
            continue;
        }
        const std::optional<double> value = characteristic.numbers[row];
        if (!value ? bin.missing : (!bin.missing && *value > bin.lower && *value <= bin.upper))
            return int(i);
    }
    return -1;
}

WoeScorecard::WoeScorecard()
    : WoeScorecard(Options{})
{}

void WoeScorecard::fit(const CreditTable &table, const std::vector<std::size_t> &rows)
{
    m_terms.clear();
    for (std::size_t c = 0; c < table.characteristics.size(); ++c) {
        Term term;
        term.characteristic = c;
        term.bins = binCharacteristic(table.characteristics[c], table.bad, rows, m_options.binning);
        term.iv = informationValue(term.bins);
        if (term.iv >= m_options.minIv && term.bins.size() > 1)
            m_terms.push_back(term);
    }
    std::vector<double> features;
    features.reserve(rows.size() * m_terms.size());
    std::vector<int> outcomes;
    for (const std::size_t row : rows) {
        for (const Term &term : m_terms) {
            const int bin = binOf(term.bins, table.characteristics[term.characteristic], row);
            features.push_back(bin < 0 ? 0.0 : term.bins.at(bin).woe);
        }
        outcomes.push_back(table.bad[row]);
    }
    m_model.fit(features, m_terms.size(), outcomes, {m_options.l2, 100, 1e-9});
    for (std::size_t t = 0; t < m_terms.size(); ++t)
        m_terms[t].weight = m_model.weights()[t];
}

double WoeScorecard::probabilityBad(const CreditTable &table, std::size_t row) const
{
    std::vector<double> features;
    for (const Term &term : m_terms) {
        const int bin = binOf(term.bins, table.characteristics[term.characteristic], row);
        features.push_back(bin < 0 ? 0.0 : term.bins.at(bin).woe); // an unseen category: neutral
    }
    return m_model.probability(features.data());
}

void OneHotLogistic::fit(const CreditTable &table, const std::vector<std::size_t> &rows)
{
    m_features.clear();
    for (std::size_t c = 0; c < table.characteristics.size(); ++c) {
        const Characteristic &characteristic = table.characteristics[c];
        if (characteristic.categorical) {
            QHash<QString, int> counts;
            for (const std::size_t row : rows)
                ++counts[characteristic.categories.at(qsizetype(row))];
            QStringList categories = counts.keys();
            std::sort(categories.begin(), categories.end());
            QString reference;
            for (const QString &category : std::as_const(categories)) {
                if (reference.isNull() || counts.value(category) > counts.value(reference))
                    reference = category;
            }
            // Categories too rare to estimate (codes, names) share one indicator, with any category
            // first met when scoring.
            const int rare = std::max(5, int(rows.size() / 200));
            QStringList common;
            for (const QString &category : std::as_const(categories)) {
                if (counts.value(category) < rare)
                    continue;
                common.append(category);
                if (category != reference)
                    m_features.push_back({c, category, false, 0, 1, {}});
            }
            if (common.size() < categories.size())
                m_features.push_back({c, {}, false, 0, 1, common});
            continue;
        }
        double sum = 0;
        double squares = 0;
        int present = 0;
        for (const std::size_t row : rows) {
            if (const std::optional<double> value = characteristic.numbers[row]) {
                sum += *value;
                squares += *value * *value;
                ++present;
            }
        }
        if (present == 0)
            continue;
        const double mean = sum / present;
        const double variance = std::max(0.0, squares / present - mean * mean);
        m_features.push_back({c, {}, false, mean, variance > 0 ? std::sqrt(variance) : 1.0, {}});
        if (present < int(rows.size()))
            m_features.push_back({c, {}, true, 0, 1, {}});
    }
    std::vector<double> features(rows.size() * m_features.size());
    std::vector<int> outcomes;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        row(table, rows[i], features.data() + i * m_features.size());
        outcomes.push_back(table.bad[rows[i]]);
    }
    m_model.fit(features, m_features.size(), outcomes, {m_l2, 100, 1e-9});
}

void OneHotLogistic::row(const CreditTable &table, std::size_t index, double *out) const
{
    for (std::size_t f = 0; f < m_features.size(); ++f) {
        const Feature &feature = m_features[f];
        const Characteristic &characteristic = table.characteristics[feature.characteristic];
        if (characteristic.categorical && !feature.common.isEmpty()) {
            out[f] = feature.common.contains(characteristic.categories.at(qsizetype(index))) ? 0.0 : 1.0;
        } else if (characteristic.categorical) {
            out[f] = characteristic.categories.at(qsizetype(index)) == feature.category ? 1.0 : 0.0;
        } else if (feature.missingIndicator) {
            out[f] = characteristic.numbers[index] ? 0.0 : 1.0;
        } else {
            out[f] = (characteristic.numbers[index].value_or(feature.mean) - feature.mean) / feature.scale;
        }
    }
}

double OneHotLogistic::probabilityBad(const CreditTable &table, std::size_t index) const
{
    std::vector<double> features(m_features.size());
    row(table, index, features.data());
    return m_model.probability(features.data());
}

double SeedResult::meanAuc() const
{
    double sum = 0;
    for (const FoldResult &fold : folds)
        sum += fold.auc;
    return folds.isEmpty() ? 0 : sum / double(folds.size());
}

double SeedResult::meanKs() const
{
    double sum = 0;
    for (const FoldResult &fold : folds)
        sum += fold.ks;
    return folds.isEmpty() ? 0 : sum / double(folds.size());
}

QList<SeedResult> crossValidate(const CreditTable &table,
                                const QList<QPair<QString, std::vector<int>>> &foldsBySeed,
                                const std::function<std::unique_ptr<CreditModel>()> &makeModel)
{
    QList<SeedResult> results;
    for (const auto &[seed, folds] : foldsBySeed) {
        SeedResult result;
        result.seed = seed;
        std::vector<int> ids(folds.begin(), folds.end());
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        for (const int fold : ids) {
            std::vector<std::size_t> training;
            std::vector<std::size_t> test;
            for (std::size_t row = 0; row < folds.size(); ++row)
                (folds[row] == fold ? test : training).push_back(row);
            const std::unique_ptr<CreditModel> model = makeModel();
            model->fit(table, training);
            std::vector<double> scores;
            std::vector<int> outcomes;
            for (const std::size_t row : test) {
                scores.push_back(model->probabilityBad(table, row));
                outcomes.push_back(table.bad[row]);
            }
            result.folds.append({rocAuc(scores, outcomes), ksStatistic(scores, outcomes)});
        }
        results.append(result);
    }
    return results;
}

} // namespace kaishu::screening
