// Screening's statistics and scorecard: the unit checks of DOMAIN.md §6, the pieces of the engine on
// small hand-made cases, and cross-validation on the German Credit data against its references.
#include "demo/DemoPaymentHistory.h"
#include "screening/LogisticRegression.h"
#include "screening/PaymentHistory.h"
#include "screening/Scorecard.h"
#include "screening/Statistics.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace kaishu::screening;

namespace {

QByteArray sharedFile(const QString &relativePath)
{
    QFile file(QStringLiteral(KAISHU_SHARED_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

CreditTable germanCredit()
{
    CreditTable::ReadOptions options;
    options.target = QStringLiteral("bad");
    QString error;
    const std::optional<CreditTable> table =
        CreditTable::fromCsv(sharedFile(QStringLiteral("credit/german.csv")), options, &error);
    if (!table)
        qFatal("german.csv: %s", qPrintable(error));
    return *table;
}

QList<QPair<QString, std::vector<int>>> germanFolds()
{
    QList<QPair<QString, std::vector<int>>> seeds;
    const QList<QByteArray> lines = sharedFile(QStringLiteral("credit/german_folds.csv")).split('\n');
    const QList<QByteArray> header = lines.first().trimmed().split(',');
    for (qsizetype c = 1; c < header.size(); ++c)
        seeds.append({QString::fromLatin1(header.at(c)), std::vector<int>(1000, -1)});
    for (qsizetype l = 1; l < lines.size(); ++l) {
        const QList<QByteArray> cells = lines.at(l).trimmed().split(',');
        if (cells.size() != header.size())
            continue;
        for (qsizetype c = 1; c < cells.size(); ++c)
            seeds[c - 1].second[std::size_t(cells.first().toInt())] = cells.at(c).toInt();
    }
    return seeds;
}

const Characteristic &named(const CreditTable &table, const QString &name)
{
    for (const Characteristic &characteristic : table.characteristics) {
        if (characteristic.name == name)
            return characteristic;
    }
    qFatal("no characteristic %s", qPrintable(name));
}

double badRate(const Bin &bin)
{
    return double(bin.bads) / (bin.goods + bin.bads);
}

} // namespace

class TestScorecard : public QObject
{
    Q_OBJECT

private slots:
    void scalingFromTheAnchor()
    {
        const ScoreScaling scaling = ScoreScaling::fromAnchor(600, 50, 20);
        QCOMPARE(std::round(scaling.factor * 1e4) / 1e4, 28.8539);
        QCOMPARE(std::round(scaling.offset * 1e4) / 1e4, 487.1229);
        QCOMPARE(std::round(scaling.score(std::log(50.0)) * 1e6) / 1e6, 600.0);
        QCOMPARE(std::round(scaling.score(std::log(100.0)) * 1e6) / 1e6, 620.0);
        QCOMPARE(std::round(scaling.score(std::log(25.0)) * 1e6) / 1e6, 580.0);
    }

    void stabilityIndex()
    {
        const double psi = populationStability({0.25, 0.25, 0.25, 0.25}, {0.1, 0.2, 0.3, 0.4});
        QCOMPARE(std::round(psi * 1e6) / 1e6, 0.228217);
        QCOMPARE(populationStability({0.5, 0.5}, {0.5, 0.5}), 0.0);
    }

    void aucAndKsByHand()
    {
        // Pairs (bad, good): (0.35, 0.1) ✓, (0.35, 0.4) ✗, (0.8, 0.1) ✓, (0.8, 0.4) ✓ → 3 of 4.
        const std::vector<double> scores{0.1, 0.4, 0.35, 0.8};
        const std::vector<int> bad{0, 0, 1, 1};
        QCOMPARE(rocAuc(scores, bad), 0.75);
        QCOMPARE(ksStatistic(scores, bad), 0.5);
        // A tie counts half; one class only says nothing.
        QCOMPARE(rocAuc({0.5, 0.5}, {1, 0}), 0.5);
        QCOMPARE(rocAuc({0.2, 0.9}, {1, 1}), 0.5);
        QCOMPARE(ksStatistic({0.5, 0.5}, {1, 0}), 0.0);
        // Perfectly separated.
        QCOMPARE(rocAuc({0.1, 0.2, 0.8, 0.9}, {0, 0, 1, 1}), 1.0);
        QCOMPARE(ksStatistic({0.1, 0.2, 0.8, 0.9}, {0, 0, 1, 1}), 1.0);
    }

    void logisticRegressionSolvesItsEquations()
    {
        // y depends on x1 (strongly) and x2 (weakly); at the fit the penalised gradient is zero.
        QRandomGenerator random(11);
        const std::size_t n = 2000;
        std::vector<double> x(n * 2);
        std::vector<int> y(n);
        for (std::size_t i = 0; i < n; ++i) {
            x[2 * i] = random.generateDouble() * 4 - 2;
            x[2 * i + 1] = random.generateDouble() * 4 - 2;
            const double p = 1 / (1 + std::exp(-(-0.5 + 1.5 * x[2 * i] + 0.3 * x[2 * i + 1])));
            y[i] = random.generateDouble() < p ? 1 : 0;
        }
        LogisticRegression model;
        QVERIFY(model.fit(x, 2, y, {2.0, 100, 1e-10}));
        QVERIFY(model.iterations() < 20);
        double g0 = 0, g1 = 0, g2 = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double residual = y[i] - model.probability(&x[2 * i]);
            g0 += residual;
            g1 += residual * x[2 * i];
            g2 += residual * x[2 * i + 1];
        }
        QVERIFY2(std::abs(g0) < 1e-6, qPrintable(QString::number(g0)));
        QVERIFY2(std::abs(g1 - 2.0 * model.weights()[0]) < 1e-6, qPrintable(QString::number(g1)));
        QVERIFY2(std::abs(g2 - 2.0 * model.weights()[1]) < 1e-6, qPrintable(QString::number(g2)));
        // And the estimates are near the truth that made the data.
        QVERIFY2(std::abs(model.weights()[0] - 1.5) < 0.2, qPrintable(QString::number(model.weights()[0])));
        QVERIFY2(std::abs(model.weights()[1] - 0.3) < 0.15, qPrintable(QString::number(model.weights()[1])));
        QVERIFY2(std::abs(model.intercept() + 0.5) < 0.15, qPrintable(QString::number(model.intercept())));
    }

    void informationValueOfCheckingStatus()
    {
        // DOMAIN.md §6: 0.6660 without smoothing, each category its own bin.
        const CreditTable table = germanCredit();
        BinningOptions raw;
        raw.minShare = 0;
        raw.smoothEmpty = false;
        const QList<Bin> bins =
            binCharacteristic(named(table, QStringLiteral("checking_status")), table.bad, {}, raw);
        QCOMPARE(bins.size(), 4);
        QCOMPARE(std::round(informationValue(bins) * 1e4) / 1e4, 0.6660);
    }

    void numericBinsAreLargeMonotoneAndFew()
    {
        const CreditTable table = germanCredit();
        for (const QString &name : {QStringLiteral("duration_months"), QStringLiteral("credit_amount"),
                                    QStringLiteral("age_years")}) {
            const Characteristic &characteristic = named(table, name);
            QVERIFY(!characteristic.categorical);
            const QList<Bin> bins = binCharacteristic(characteristic, table.bad, {}, BinningOptions{});
            QVERIFY2(bins.size() >= 2 && bins.size() <= 8, qPrintable(name));
            int rows = 0;
            for (const Bin &bin : bins) {
                QVERIFY2(bin.goods + bin.bads >= 50, qPrintable(name + QStringLiteral(" ") + bin.label));
                rows += bin.goods + bin.bads;
            }
            QCOMPARE(rows, 1000);
            const bool rising = badRate(bins.constLast()) >= badRate(bins.constFirst());
            for (qsizetype i = 1; i < bins.size(); ++i)
                QVERIFY2(rising ? badRate(bins.at(i)) >= badRate(bins.at(i - 1))
                                : badRate(bins.at(i)) <= badRate(bins.at(i - 1)),
                         qPrintable(name));
            // Every row falls in exactly the bin that counted it.
            for (std::size_t row = 0; row < table.rows(); ++row)
                QVERIFY(binOf(bins, characteristic, row) >= 0);
        }
    }

    void missingValuesGetTheirOwnBin()
    {
        Characteristic income;
        income.name = QStringLiteral("income");
        std::vector<int> bad;
        for (int i = 0; i < 200; ++i) {
            income.numbers.push_back(i % 10 == 0 ? std::nullopt : std::optional<double>(i));
            bad.push_back(i % 10 == 0 || i < 60 ? 1 : 0); // the missing ones are all bad
        }
        const QList<Bin> bins = binCharacteristic(income, bad, {}, BinningOptions{});
        QVERIFY(bins.constLast().missing);
        QCOMPARE(bins.constLast().bads, 20);
        QCOMPARE(bins.constLast().goods, 0);
        QVERIFY(bins.constLast().woe < -2); // smoothed: ln((0.5/…)/(20/…)), finite and strongly bad
        QCOMPARE(binOf(bins, income, 0), int(bins.size() - 1));
    }

    void tableReadingNamesTheProblem()
    {
        CreditTable::ReadOptions options;
        options.target = QStringLiteral("bad");
        QString error;
        QVERIFY(!CreditTable::fromCsv("a,b\n1,2\n", options, &error));
        QVERIFY2(error.contains(QStringLiteral("bad")), qPrintable(error));
        QVERIFY(!CreditTable::fromCsv("a,bad\n1,0\n2\n", options, &error));
        QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
        QVERIFY(!CreditTable::fromCsv("a,bad\n1,0\n2,\n", options, &error));
        QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
        // A word among numbers makes a category; --categorical forces one; the bad value is chosen.
        options.badValue = QStringLiteral("yes");
        options.categorical = {QStringLiteral("b")};
        const std::optional<CreditTable> table =
            CreditTable::fromCsv("a,b,c,bad\n1,2,x,yes\n2,3,4,no\n,4,5,no\n", options, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows(), std::size_t(3));
        QCOMPARE(table->bad, (std::vector<int>{1, 0, 0}));
        QVERIFY(!table->characteristics[0].categorical);
        QVERIFY(!table->characteristics[0].numbers[2].has_value());
        QVERIFY(table->characteristics[1].categorical);
        QVERIFY(table->characteristics[2].categorical);
        // Thousands separators are numbers still.
        options = CreditTable::ReadOptions{};
        options.target = QStringLiteral("bad");
        const std::optional<CreditTable> amounts =
            CreditTable::fromCsv("amount,bad\n\"1,234\",1\n500,0\n", options, &error);
        QVERIFY2(amounts, qPrintable(error));
        QVERIFY(!amounts->characteristics[0].categorical);
        QCOMPARE(*amounts->characteristics[0].numbers[0], 1234.0);
        // Missing values written as words leave a number column numeric.
        const std::optional<CreditTable> markers =
            CreditTable::fromCsv("amount,kind,bad\nNA,x,1\n500,?,0\n?,y,0\n", options, &error);
        QVERIFY2(markers, qPrintable(error));
        QVERIFY(!markers->characteristics[0].categorical);
        QVERIFY(!markers->characteristics[0].numbers[0].has_value());
        QVERIFY(!markers->characteristics[0].numbers[2].has_value());
        QCOMPARE(markers->characteristics[1].categories.at(1), QString());
    }

    void germanCreditCrossValidated()
    {
        // Mean test AUC over 5 seeds × 5 folds; references 0.785 (WoE) and 0.786 (one-hot).
        const CreditTable table = germanCredit();
        const auto folds = germanFolds();
        QCOMPARE(folds.size(), 5);
        for (const bool woe : {true, false}) {
            const QList<SeedResult> results =
                crossValidate(table, folds, [woe]() -> std::unique_ptr<CreditModel> {
                    if (woe)
                        return std::make_unique<WoeScorecard>();
                    return std::make_unique<OneHotLogistic>();
                });
            double auc = 0;
            for (const SeedResult &seed : results) {
                QCOMPARE(seed.folds.size(), 5);
                auc += seed.meanAuc();
            }
            auc /= double(results.size());
            qInfo("%s mean AUC %.4f", woe ? "WoE scorecard" : "one-hot LR", auc);
            QVERIFY2(auc >= 0.775, qPrintable(QString::number(auc)));
        }
    }

    void historyReadingNamesTheProblem()
    {
        QString error;
        QVERIFY(!readHistoryCsv("customer_id,invoice_id,invoice_date,due_date,amount\n", &error));
        QVERIFY2(error.contains(QStringLiteral("settled_date")), qPrintable(error));
        const QByteArray header =
            "customer_id,invoice_id,invoice_date,due_date,amount,settled_date,disputed\n";
        QVERIFY(!readHistoryCsv(
            header + "C1,I1,2026-01-31,2026-02-28,1000,,0\nC1,I2,2026-02-30,2026-03-31,1000,,0\n", &error));
        QVERIFY2(error.contains(QStringLiteral("line 3")) && error.contains(QStringLiteral("invoice_date")),
                 qPrintable(error));
        QVERIFY(!readHistoryCsv(header + "C1,I1,2026-01-31,2026-02-28,1000,,maybe\n", &error));
        QVERIFY2(error.contains(QStringLiteral("line 2")) && error.contains(QStringLiteral("disputed")),
                 qPrintable(error));
        const std::optional<QList<HistoryInvoice>> read =
            readHistoryCsv(header + "C1,I1,2026-01-31,2026-02-28,\"1,000\",2026-03-05,1\n", &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->first().amount, 1000);
        QCOMPARE(*read->first().settledDate, QDate(2026, 3, 5));
        QVERIFY(read->first().disputed);
        // What the writer writes, the reader reads back.
        const QList<HistoryInvoice> demo =
            kaishu::demo::DemoPaymentHistory::generate(3, 20, QDate(2025, 1, 1), QDate(2026, 6, 30));
        const std::optional<QList<HistoryInvoice>> again = readHistoryCsv(writeHistoryCsv(demo), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->size(), demo.size());
        QCOMPARE(again->last().settledDate, demo.last().settledDate);
    }

    void featuresUseOnlyWhatWasKnown()
    {
        QList<HistoryInvoice> history =
            kaishu::demo::DemoPaymentHistory::generate(5, 60, QDate(2024, 1, 1), QDate(2026, 6, 30));
        // Features by invoice: the table's rows are in order of issue.
        const auto featuresOf = [](const QList<HistoryInvoice> &invoices) {
            const FeatureTable table = behaviourTable(compactHistory(invoices));
            std::vector<std::vector<double>> byInvoice(table.rows());
            for (std::size_t r = 0; r < table.rows(); ++r)
                byInvoice[table.invoiceOf[r]].assign(table.row(r), table.row(r) + table.width);
            return byInvoice;
        };
        const std::vector<std::vector<double>> before = featuresOf(history);
        // Pick an invoice in the middle of a customer's history; change everything that happened on
        // or after its issue day, and its own dispute flag: its features must not move.
        qsizetype chosen = -1;
        for (qsizetype i = 0; i < history.size() && chosen < 0; ++i) {
            if (history.at(i).invoiceDate >= QDate(2025, 6, 1) &&
                before[std::size_t(i)][behaviour::PriorInvoices] > 1)
                chosen = i;
        }
        QVERIFY(chosen >= 0);
        const QDate day = history.at(chosen).invoiceDate;
        history[chosen].disputed = !history.at(chosen).disputed;
        for (HistoryInvoice &invoice : history) {
            if (invoice.settledDate && *invoice.settledDate >= day)
                invoice.settledDate =
                    std::max(*invoice.settledDate, invoice.dueDate.addDays(90)); // later still
            if (invoice.invoiceDate > day)
                invoice.disputed = !invoice.disputed;
        }
        const std::vector<std::vector<double>> after = featuresOf(history);
        QCOMPARE(after[std::size_t(chosen)], before[std::size_t(chosen)]);
        // Yet the features do see the past: a customer with late history differs from a punctual one.
        bool differs = false;
        for (std::size_t i = 1; i < after.size() && !differs; ++i)
            differs = after[i][behaviour::ShareLate] != after[0][behaviour::ShareLate];
        QVERIFY(differs);
    }

    void partPaymentsAndOpenAmountsAsOfEachDay()
    {
        // One customer: invoice 0 (10,000 yen) gets money on day 110 and is completed on day 130;
        // invoice 1 (30,000 yen) stays open. Probes on days 105, 120 and 140 see what was known then.
        const qint32 start = 2'460'000;
        std::vector<CompactInvoice> history(5);
        history[0].invoiceDay = start + 70;
        history[0].dueDay = start + 100;
        history[0].firstPaidDay = start + 110;
        history[0].settledDay = start + 130;
        history[0].amount = 10'000;
        history[1].invoiceDay = start + 80;
        history[1].dueDay = start + 110;
        history[1].amount = 30'000;
        for (const auto &[invoice, day] : {std::pair{2, 105}, std::pair{3, 120}, std::pair{4, 140}}) {
            history[std::size_t(invoice)].invoiceDay = start + day;
            history[std::size_t(invoice)].dueDay = start + day + 30;
            history[std::size_t(invoice)].amount = 20'000;
        }
        const FeatureTable table = behaviourTable(history, nullptr);
        QCOMPARE(table.width, std::size_t(behaviour::FeatureCount));
        const auto probe = [&](std::size_t invoice) {
            for (std::size_t r = 0; r < table.rows(); ++r) {
                if (table.invoiceOf[r] == invoice)
                    return table.row(r);
            }
            return static_cast<const double *>(nullptr);
        };
        // Day 105: no money yet; both open, 40,000 yen against a usual 20,000.
        QCOMPARE(probe(2)[behaviour::PaidInParts], 0.0);
        QCOMPARE(probe(2)[behaviour::OpenAmountVsUsual], std::log1p(2.0));
        QCOMPARE(probe(2)[behaviour::OpenOverdue], std::log1p(1.0));
        // Day 120: invoice 0 partly paid (and the probe of day 105 is an earlier, open invoice now).
        QCOMPARE(probe(3)[behaviour::PaidInParts], 1.0 / 3.0);
        QCOMPARE(probe(3)[behaviour::OpenAmountVsUsual], std::log1p(60'000.0 / 20'000.0));
        // Day 140: invoice 0 was paid in two parts and is settled; 70,000 yen open (invoice 1 and the
        // probes of days 105 and 120) of a usual 20,000.
        QCOMPARE(probe(4)[behaviour::PaidInParts], 1.0 / 4.0);
        QCOMPARE(probe(4)[behaviour::SettledInvoices], std::log1p(1.0));
        QCOMPARE(probe(4)[behaviour::OpenAmountVsUsual], std::log1p(70'000.0 / 20'000.0));
        QCOMPARE(probe(4)[behaviour::MeanDaysLate], 30.0);
    }

    void behaviouralModelsBeatTheBaselines()
    {
        const QList<HistoryInvoice> history =
            kaishu::demo::DemoPaymentHistory::generate(7, 600, QDate(2024, 1, 1), QDate(2026, 10, 31));
        QString error;
        const std::optional<HistoryEvaluation> result = evaluateHistory(history, QDate(2026, 1, 1), &error);
        QVERIFY2(result, qPrintable(error));
        qInfo("train %d, test %d: late AUC %.4f, MAE %.2f (terms %.2f, customer mean %.2f)",
              result->trainInvoices, result->testInvoices, result->lateAuc, result->daysToSettleMae,
              result->maeTerms, result->maeCustomerMean);
        QVERIFY(result->trainInvoices > 0 && result->testInvoices > 0);
        QVERIFY2(result->lateAuc > 0.7, qPrintable(QString::number(result->lateAuc)));
        QVERIFY(result->daysToSettleMae < result->maeTerms);
        QVERIFY(result->daysToSettleMae < result->maeCustomerMean);
        // A split with nothing before it is refused with the reason.
        QVERIFY(!evaluateHistory(history, QDate(2020, 1, 1), &error));
        QVERIFY2(error.contains(QStringLiteral("2020-01-01")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestScorecard)
#include "tst_scorecard.moc"
