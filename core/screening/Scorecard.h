#pragma once

#include "LogisticRegression.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace kaishu::screening {

// One characteristic of a credit table: numbers (missing where empty) or categories.
struct Characteristic
{
    QString name;
    bool categorical = false;
    std::vector<std::optional<double>> numbers; // numeric: one per row
    QStringList categories;                     // categorical: one per row ("" = missing)
};

// Rows of applicants (or debtors) with their characteristics and the outcome, bad (1) or good (0).
struct CreditTable
{
    std::vector<Characteristic> characteristics;
    std::vector<int> bad;

    std::size_t rows() const { return bad.size(); }

    struct ReadOptions
    {
        QString target;                         // the outcome column
        QString badValue = QStringLiteral("1"); // the target's value for a bad case; any other is good
        QStringList ignore;                     // columns left out
        QStringList categorical;                // columns read as categories even when they hold numbers
    };
    // A CSV with a header row. A column is numeric unless named categorical or holding a value that
    // is not a number (empty cells and NA, N/A, NaN, ?, null, none, -, 不明 are missing). Nothing, with
    // *error naming the line and column, when the file cannot be read or the target is missing or empty
    // somewhere.
    static std::optional<CreditTable> fromCsv(const QByteArray &bytes, const ReadOptions &options,
                                              QString *error);
};

// A bin of a characteristic, with its goods and bads in the training rows and its weight of evidence
// WoE = ln(%good / %bad) (0.5 added to an empty cell).
struct Bin
{
    QString label;
    // Numeric bins: values in (lower, upper]; the missing bin holds the missing values.
    double lower = -std::numeric_limits<double>::infinity();
    double upper = std::numeric_limits<double>::infinity();
    bool missing = false;
    QStringList categories; // categorical bins
    int goods = 0;
    int bads = 0;
    double woe = 0;
};

struct BinningOptions
{
    int startBins = 20;      // numeric: quantiles to start from
    double minShare = 0.05;  // of the rows, per bin (a missing bin is kept however small)
    int maxBins = 8;         // before the missing bin
    bool monotone = true;    // bad rate monotone over numeric bins
    bool smoothEmpty = true; // 0.5 per empty cell in WoE and IV
};

// Bins one characteristic on the given rows (all when empty). Numeric: from quantiles, merged until
// each bin holds minShare of the rows, the bad rate monotone and at most maxBins. Categorical: a bin
// per category, those under minShare merged with the category of the nearest bad rate.
QList<Bin> binCharacteristic(const Characteristic &characteristic, const std::vector<int> &bad,
                             const std::vector<std::size_t> &rows, const BinningOptions &options);
// Σ (%good_i − %bad_i) · WoE_i.
double informationValue(const QList<Bin> &bins);
// The bin a row falls in, -1 when none (a category not seen in training).
int binOf(const QList<Bin> &bins, const Characteristic &characteristic, std::size_t row);

// A model that scores rows of a credit table: the probability of bad.
class CreditModel
{
public:
    virtual ~CreditModel() = default;
    virtual void fit(const CreditTable &table, const std::vector<std::size_t> &rows) = 0;
    virtual double probabilityBad(const CreditTable &table, std::size_t row) const = 0;
};

// The scorecard: each characteristic binned and replaced by its WoE (those with IV ≥ minIv), then
// logistic regression on the WoE values.
class WoeScorecard : public CreditModel
{
public:
    struct Options
    {
        BinningOptions binning;
        double minIv = 0.02;
        double l2 = 1.0;
    };
    WoeScorecard();
    explicit WoeScorecard(Options options)
        : m_options(options)
    {}
    void fit(const CreditTable &table, const std::vector<std::size_t> &rows) override;
    double probabilityBad(const CreditTable &table, std::size_t row) const override;

    struct Term
    {
        std::size_t characteristic = 0;
        QList<Bin> bins;
        double iv = 0;
        double weight = 0;
    };
    const std::vector<Term> &terms() const { return m_terms; }
    double intercept() const { return m_model.intercept(); }

private:
    Options m_options;
    std::vector<Term> m_terms;
    LogisticRegression m_model;
};

// The plain alternative: numbers standardised (missing: the mean and an indicator), categories one-hot
// (the most frequent as reference), L2 logistic regression.
class OneHotLogistic : public CreditModel
{
public:
    explicit OneHotLogistic(double l2 = 1.0)
        : m_l2(l2)
    {}
    void fit(const CreditTable &table, const std::vector<std::size_t> &rows) override;
    double probabilityBad(const CreditTable &table, std::size_t row) const override;

private:
    struct Feature
    {
        std::size_t characteristic = 0;
        QString category; // one-hot: this category; numeric: empty
        bool missingIndicator = false;
        double mean = 0;
        double scale = 1;
        QStringList common; // the indicator of the rare categories: 1 for any category not in this list
    };
    void row(const CreditTable &table, std::size_t index, double *out) const;

    double m_l2;
    std::vector<Feature> m_features;
    LogisticRegression m_model;
};

// Cross-validation over given fold assignments: for each seed (a column of fold ids per row), each
// fold in turn is scored by a model trained on the others.
struct FoldResult
{
    double auc = 0;
    double ks = 0;
};
struct SeedResult
{
    QString seed;
    QList<FoldResult> folds;
    double meanAuc() const;
    double meanKs() const;
};
QList<SeedResult> crossValidate(const CreditTable &table,
                                const QList<QPair<QString, std::vector<int>>> &foldsBySeed,
                                const std::function<std::unique_ptr<CreditModel>()> &makeModel);

} // namespace kaishu::screening
