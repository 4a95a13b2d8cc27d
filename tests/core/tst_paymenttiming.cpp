// The payment-timing model: its fit against synthetic invoices paid with known hazards (with and
// without censoring), its risk sets on a hand-made case, and its predictions, cash curve and JSON
// form on models whose hazards are set by hand.
#include "demo/DemoPaymentHistory.h"
#include "screening/PaymentHistory.h"
#include "screening/PaymentTiming.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace kaishu::screening;

namespace {

using Hazards = std::array<double, PaymentTimingModel::TailPeriod>;

// The two groups of the synthetic portfolio: group A (feature 1) mostly pays by the due date, group B
// (feature 0) drags on.
constexpr Hazards HazardA{0.6, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3};
constexpr Hazards HazardB{0.2, 0.15, 0.15, 0.2, 0.2, 0.2, 0.2};

std::vector<double> trueSurvival(const Hazards &hazards)
{
    std::vector<double> survival;
    double still = 1;
    for (const double hazard : hazards) {
        still *= 1 - hazard;
        survival.push_back(still);
    }
    return survival;
}

// Invoices of two features (the group, and noise the hazards ignore), due over dueSpread days from
// firstDue and paid on a day drawn from their group's hazards: within a period every day is equally
// likely; period 0 is up to 10 days early; the tail 181–400 days late.
struct Synthetic
{
    static constexpr std::size_t Width = 2;
    std::vector<double> rows;
    std::vector<QDate> due;
    std::vector<std::optional<QDate>> settled;
};

Synthetic synthetic(int count, quint32 seed, QDate firstDue, int dueSpread)
{
    QRandomGenerator random(seed);
    Synthetic data;
    for (int i = 0; i < count; ++i) {
        const bool groupA = i % 2 == 0;
        data.rows.push_back(groupA ? 1 : 0);
        data.rows.push_back(random.generateDouble() * 2 - 1);
        const QDate due = firstDue.addDays(random.bounded(dueSpread));
        const Hazards &hazards = groupA ? HazardA : HazardB;
        int days = 181 + int(random.bounded(220));
        for (int k = 0; k < PaymentTimingModel::TailPeriod; ++k) {
            if (random.generateDouble() < hazards[std::size_t(k)]) {
                days = k == 0 ? -int(random.bounded(11))
                              : PaymentTimingModel::PeriodEnds[std::size_t(k) - 1] + 1 +
                                    int(random.bounded(PaymentTimingModel::PeriodEnds[std::size_t(k)] -
                                                       PaymentTimingModel::PeriodEnds[std::size_t(k) - 1]));
                break;
            }
        }
        data.due.push_back(due);
        data.settled.push_back(due.addDays(days));
    }
    return data;
}

// The largest gap between the fitted survival of each group and the truth.
double survivalError(const PaymentTimingModel &model)
{
    double worst = 0;
    for (const auto &[group, hazards] : {std::pair{1.0, HazardA}, std::pair{0.0, HazardB}}) {
        const double row[] = {group, 0.0};
        const std::vector<double> fitted = model.survival(row);
        const std::vector<double> truth = trueSurvival(hazards);
        for (std::size_t k = 0; k < truth.size(); ++k)
            worst = std::max(worst, std::abs(fitted[k] - truth[k]));
    }
    return worst;
}

// A model of one (ignored) feature whose hazards are the given ones.
QJsonObject constantJson(const Hazards &hazards)
{
    QJsonArray ends;
    for (const int end : PaymentTimingModel::PeriodEnds)
        ends.append(end);
    QJsonArray periods;
    for (const double hazard : hazards)
        periods.append(QJsonObject{{QStringLiteral("intercept"), std::log(hazard / (1 - hazard))},
                                   {QStringLiteral("weights"), QJsonArray{0.0}}});
    return {{QStringLiteral("period_ends"), ends},
            {QStringLiteral("mean"), QJsonArray{0.0}},
            {QStringLiteral("scale"), QJsonArray{1.0}},
            {QStringLiteral("periods"), periods}};
}

PaymentTimingModel constantModel(const Hazards &hazards)
{
    const std::optional<PaymentTimingModel> model = PaymentTimingModel::fromJson(constantJson(hazards));
    if (!model)
        qFatal("the hand-made model was refused");
    return *model;
}

const double AnyRow[] = {0.0};

} // namespace

class TestPaymentTiming : public QObject
{
    Q_OBJECT

private slots:
    void periods()
    {
        QCOMPARE(PaymentTimingModel::periodOf(-30), 0);
        QCOMPARE(PaymentTimingModel::periodOf(0), 0);
        QCOMPARE(PaymentTimingModel::periodOf(1), 1);
        QCOMPARE(PaymentTimingModel::periodOf(7), 1);
        QCOMPARE(PaymentTimingModel::periodOf(8), 2);
        QCOMPARE(PaymentTimingModel::periodOf(180), 6);
        QCOMPARE(PaymentTimingModel::periodOf(181), PaymentTimingModel::TailPeriod);
        QCOMPARE(PaymentTimingModel::periodLabel(0), QStringLiteral("≤0"));
        QCOMPARE(PaymentTimingModel::periodLabel(3), QStringLiteral("15–30"));
        QCOMPARE(PaymentTimingModel::periodLabel(PaymentTimingModel::TailPeriod), QStringLiteral(">180"));
        QCOMPARE(PaymentTimingModel::periodMiddle(1), 4.0);
        QCOMPARE(PaymentTimingModel::periodMiddle(6), 135.5);
    }

    // (a) Fully observed invoices: each group's survival comes out near its true hazards.
    void recoversKnownHazards()
    {
        const Synthetic data = synthetic(6000, 20260401, QDate(2024, 1, 1), 365);
        const PaymentTimingModel model =
            PaymentTimingModel::fit(data.rows, Synthetic::Width, data.due, data.settled, QDate(2030, 1, 1));
        for (const PaymentTimingModel::PeriodFit &fit : model.periodFits())
            QVERIFY2(!fit.interceptOnly, qPrintable(QString::number(fit.events)));
        QCOMPARE(model.periodFits()[0].atRisk, 6000);
        const double error = survivalError(model);
        qInfo("largest survival error, fully observed: %.4f", error);
        QVERIFY2(error < 0.03, qPrintable(QString::number(error)));
    }

    // (b) The same invoices seen at a cut-off: the open ones, counted as censored, leave the estimate
    // near the truth and the uncensored fit; dropping them instead makes payment look faster.
    void censoringRemovesTheBias()
    {
        const QDate firstDue(2024, 1, 1);
        const QDate cutOff = firstDue.addDays(360);
        Synthetic data = synthetic(6000, 7, firstDue, 360);
        const PaymentTimingModel complete =
            PaymentTimingModel::fit(data.rows, Synthetic::Width, data.due, data.settled, QDate(2030, 1, 1));
        Synthetic settledOnly;
        int open = 0;
        for (std::size_t i = 0; i < data.due.size(); ++i) {
            if (*data.settled[i] > cutOff) {
                data.settled[i].reset();
                ++open;
                continue;
            }
            settledOnly.rows.insert(settledOnly.rows.end(),
                                    data.rows.begin() + std::ptrdiff_t(i * Synthetic::Width),
                                    data.rows.begin() + std::ptrdiff_t((i + 1) * Synthetic::Width));
            settledOnly.due.push_back(data.due[i]);
            settledOnly.settled.push_back(data.settled[i]);
        }
        QVERIFY2(open > 800, qPrintable(QString::number(open)));
        const PaymentTimingModel censored =
            PaymentTimingModel::fit(data.rows, Synthetic::Width, data.due, data.settled, cutOff);
        const PaymentTimingModel naive = PaymentTimingModel::fit(
            settledOnly.rows, Synthetic::Width, settledOnly.due, settledOnly.settled, QDate(2030, 1, 1));
        const double censoredError = survivalError(censored);
        const double naiveError = survivalError(naive);
        qInfo("%d of 6000 open at the cut-off; largest survival error: censored %.4f, open ones dropped %.4f",
              open, censoredError, naiveError);
        QVERIFY2(censoredError < 0.04, qPrintable(QString::number(censoredError)));
        QVERIFY2(naiveError > 2 * censoredError, qPrintable(QString::number(naiveError)));
        for (const double group : {0.0, 1.0}) {
            const double row[] = {group, 0.0};
            const std::vector<double> a = censored.survival(row);
            const std::vector<double> b = complete.survival(row);
            for (std::size_t k = 0; k < a.size(); ++k)
                QVERIFY2(std::abs(a[k] - b[k]) < 0.04,
                         qPrintable(QStringLiteral("period %1: %2 vs %3").arg(k).arg(a[k]).arg(b[k])));
        }
    }

    // The risk sets by hand: too few invoices for any regression, so every hazard is the smoothed
    // rate (events + 1) / (at risk + 2) of exactly the invoices the rule admits.
    void riskSetsFollowTheRule()
    {
        const QDate until(2026, 3, 31);
        const QDate longAgo = until.addDays(-100);
        const QDate recent = until.addDays(-10);
        const QDate ahead = until.addDays(5);
        const std::vector<QDate> due{longAgo, longAgo, longAgo, recent, recent, ahead, longAgo, ahead};
        const std::vector<std::optional<QDate>> settled{
            longAgo.addDays(-2), // period 0: paid
            longAgo.addDays(5),  // period 0 unpaid, period 1 paid
            std::nullopt,        // unpaid through periods 0–5 (ends 0 … 90 ≤ 100 days), not in 6
            std::nullopt,        // unpaid through periods 0 and 1 (10 days seen)
            recent.addDays(9),   // the same: period 2 (8–14) is cut by the cut-off, paid or not
            until.addDays(-1),   // paid early, but period 0 is not over at the cut-off: left out
            until.addDays(3),    // paid after the cut-off: open at it, like the third
            std::nullopt};       // not due yet: nothing
        const std::vector<double> rows(due.size(), 0.0);
        const PaymentTimingModel model = PaymentTimingModel::fit(rows, 1, due, settled, until);
        const std::array<std::pair<int, int>, PaymentTimingModel::TailPeriod> expected{
            {{6, 1}, {5, 1}, {2, 0}, {2, 0}, {2, 0}, {2, 0}, {0, 0}}};
        const std::vector<double> hazards = model.hazards(AnyRow);
        for (std::size_t k = 0; k < expected.size(); ++k) {
            const PaymentTimingModel::PeriodFit &fit = model.periodFits()[k];
            QVERIFY(fit.interceptOnly);
            QCOMPARE(fit.atRisk, expected[k].first);
            QCOMPARE(fit.events, expected[k].second);
            QVERIFY(qFuzzyCompare(hazards[k], (expected[k].second + 1.0) / (expected[k].first + 2.0)));
        }
    }

    // (c) Survival never rises and the masses add up, for any row.
    void survivalIsMonotoneAndMassesSumToOne()
    {
        const Synthetic data = synthetic(3000, 99, QDate(2024, 1, 1), 365);
        const PaymentTimingModel model =
            PaymentTimingModel::fit(data.rows, Synthetic::Width, data.due, data.settled, QDate(2025, 6, 30));
        for (const double group : {-3.0, 0.0, 1.0, 4.0}) {
            for (const double noise : {-50.0, 0.0, 0.7, 50.0}) {
                const double row[] = {group, noise};
                const std::vector<double> survival = model.survival(row);
                const std::vector<double> mass = model.paidByPeriod(row);
                QCOMPARE(survival.size(), std::size_t(PaymentTimingModel::TailPeriod));
                QCOMPARE(mass.size(), std::size_t(PaymentTimingModel::Periods));
                double before = 1, paid = 0;
                for (std::size_t k = 0; k < survival.size(); ++k) {
                    QVERIFY(survival[k] <= before && survival[k] >= 0);
                    before = survival[k];
                    QVERIFY(mass[k] >= 0);
                    paid += mass[k];
                    QVERIFY(std::abs(1 - paid - survival[k]) < 1e-12);
                }
                QVERIFY(std::abs(paid + mass.back() - 1) < 1e-12);
                for (const int days : {-5, 0, 1, 4, 20, 100, 180, 181, 400}) {
                    const std::vector<double> given = model.paidByPeriodGivenOpen(row, days);
                    double sum = 0;
                    for (const double value : given)
                        sum += value;
                    QVERIFY2(std::abs(sum - 1) < 1e-12, qPrintable(QString::number(days)));
                }
            }
        }
    }

    // (d) The median by hand: S = 0.6, 0.3, … crosses 0.5 at 0.1 / 0.3 of the 7 days of period 1.
    void medianAndExpectedDays()
    {
        const PaymentTimingModel model = constantModel({0.4, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1});
        QVERIFY(std::abs(model.medianDaysAfterDue(AnyRow) - 7.0 / 3.0) < 1e-9);
        // Masses .4 .3 .03 .027 .0243 .02187 .019683 and .177147 at 0, 4, 11, 22.5, 45.5, 75.5, 135.5, 240.
        QVERIFY(std::abs(model.expectedDaysAfterDue(AnyRow) - 50.0766615) < 1e-9);
        // S = .9, .81, .729, .5832, .4374: 30 + (.5832 − .5) / (.5832 − .4374) · 30 days.
        const PaymentTimingModel later = constantModel({0.1, 0.1, 0.1, 0.2, 0.25, 0.1, 0.1});
        QVERIFY(std::abs(later.medianDaysAfterDue(AnyRow) - 47.119341563786) < 1e-9);
        QCOMPARE(constantModel({0.5, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}).medianDaysAfterDue(AnyRow), 0.0);
        // 0.95⁷ ≈ 0.70 still unpaid after 180 days: the cap.
        QCOMPARE(constantModel({0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05}).medianDaysAfterDue(AnyRow),
                 PaymentTimingModel::MedianCap);
    }

    // (e) Given still open N days after due.
    void conditionalOnBeingOpen()
    {
        const PaymentTimingModel model = constantModel({0.4, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1});
        QCOMPARE(model.paidByPeriodGivenOpen(AnyRow, 0), model.paidByPeriod(AnyRow));
        QCOMPARE(model.paidByPeriodGivenOpen(AnyRow, -7), model.paidByPeriod(AnyRow));
        // Day 1: period 0 is over; what is left is divided by S0 = 0.6.
        std::vector<double> given = model.paidByPeriodGivenOpen(AnyRow, 1);
        QCOMPARE(given[0], 0.0);
        QVERIFY(std::abs(given[1] - 0.5) < 1e-12);
        QVERIFY(std::abs(given[2] - 0.05) < 1e-12);
        // Day 4: 4 of period 1's 7 days left, 0.3·4/7 of its mass, beside the 0.3 after it: 4/11.
        given = model.paidByPeriodGivenOpen(AnyRow, 4);
        QVERIFY(std::abs(given[1] - 4.0 / 11.0) < 1e-12);
        QVERIFY(std::abs(given[2] - 0.03 / (0.3 * 11.0 / 7.0)) < 1e-12);
        QVERIFY(std::abs(given[PaymentTimingModel::TailPeriod] - 0.177147 / (0.3 * 11.0 / 7.0)) < 1e-12);
        // Day 8: period 2 starts whole, hazard 0.1.
        QVERIFY(std::abs(model.paidByPeriodGivenOpen(AnyRow, 8)[2] - 0.1) < 1e-12);
        // Past 180 days only the tail is left.
        given = model.paidByPeriodGivenOpen(AnyRow, 200);
        QCOMPARE(given[PaymentTimingModel::TailPeriod], 1.0);
        QCOMPARE(given[6], 0.0);
    }

    // (f) The cash curve by hand, hazards 1/2 in every period, weeks from Monday 2026-04-06.
    void expectedCashByHand()
    {
        const PaymentTimingModel model = constantModel({0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5});
        const QDate asOf(2026, 4, 6);
        // A: due in 2 days, ¥700,000. Period 0 (½) over days 0–2 of the horizon: 350,000 in week 0.
        //    Period 1 (¼, days 1–7 after due = horizon days 3–9): 25,000 a day, 100,000 in week 0,
        //    75,000 in week 1. Period 2 (⅛, horizon days 10–16): 12,500 a day, 50,000 / 37,500.
        //    Period 3 (1/16 over 16 days, horizon 17–32): 2,734.375 a day, 4 days in week 2.
        // B: 10 days overdue, ¥300,001. Left of period 2: 5 of 7 days, so given open it holds
        //    (⅛·5/7) / (⅛·12/7) = 5/12, all in week 0; period 3 holds 7/24 over horizon days 5–20:
        //    2 days in week 0, 7 in each of weeks 1 and 2.
        // Week 0: 350,000 + 100,000 + 300,001·(5/12 + 7/192) = 585,937.95
        // Week 1: 75,000 + 50,000 + 300,001·49/384 = 163,281.38
        // Week 2: 37,500 + 10,937.5 + 300,001·49/384 = 86,718.88
        const double rowA[] = {0.0};
        const double rowB[] = {0.0};
        const std::vector<OpenInvoice> open{{rowA, asOf.addDays(2), 700000},
                                            {rowB, asOf.addDays(-10), 300001}};
        const CashForecast forecast = expectedCash(model, open, asOf, 3);
        QCOMPARE(forecast.weekly, (std::vector<qint64>{585938, 163281, 86719}));
        QCOMPARE(forecast.later, qint64(164063));
        // Over a year's horizon nothing is left but the tails and the rounding.
        const CashForecast year = expectedCash(model, open, asOf, 52);
        qint64 sum = year.later;
        for (const qint64 week : year.weekly)
            sum += week;
        QCOMPARE(sum, qint64(1000001));
        QVERIFY(std::abs(double(year.later) - (700000.0 / 128 + 300001.0 * 7 / 192)) <= 26);

        // Certain payment by the due date, ¥4 over the 8 days to it: 3.5 in week 0 and 0.5 in week 1,
        // both rounded up, so a week gives a yen back rather than `later` going below zero.
        QJsonObject certain = constantJson({0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5});
        QJsonArray periods = certain.value(QStringLiteral("periods")).toArray();
        periods[0] =
            QJsonObject{{QStringLiteral("intercept"), 1000.0}, {QStringLiteral("weights"), QJsonArray{0.0}}};
        certain.insert(QStringLiteral("periods"), periods);
        const CashForecast small =
            expectedCash(*PaymentTimingModel::fromJson(certain), {{rowA, asOf.addDays(7), 4}}, asOf, 2);
        QCOMPARE(small.later, qint64(0));
        QCOMPARE(small.weekly[0] + small.weekly[1], qint64(4));
        QVERIFY(std::abs(double(small.weekly[0]) - 3.5) < 1 && std::abs(double(small.weekly[1]) - 0.5) < 1);
        // Nothing left to forecast: everything is later.
        QCOMPARE(expectedCash(model, open, asOf, 0).later, qint64(1000001));
    }

    // (g) What is stored is what predicts.
    void jsonRoundTrip()
    {
        const Synthetic data = synthetic(3000, 5, QDate(2024, 1, 1), 365);
        const PaymentTimingModel model =
            PaymentTimingModel::fit(data.rows, Synthetic::Width, data.due, data.settled, QDate(2025, 3, 31));
        const QByteArray stored = QJsonDocument(model.toJson()).toJson(QJsonDocument::Compact);
        const std::optional<PaymentTimingModel> again =
            PaymentTimingModel::fromJson(QJsonDocument::fromJson(stored).object());
        QVERIFY(again);
        QCOMPARE(again->width(), model.width());
        for (std::size_t k = 0; k < model.periodFits().size(); ++k) {
            QCOMPARE(again->periodFits()[k].atRisk, model.periodFits()[k].atRisk);
            QCOMPARE(again->periodFits()[k].interceptOnly, model.periodFits()[k].interceptOnly);
        }
        for (std::size_t i = 0; i < 50; ++i) {
            const double *row = data.rows.data() + i * Synthetic::Width;
            QCOMPARE(again->paidByPeriod(row), model.paidByPeriod(row));
            QCOMPARE(again->medianDaysAfterDue(row), model.medianDaysAfterDue(row));
        }
    }

    // (h) Malformed models are refused.
    void fromJsonRefusesMalformed()
    {
        const QJsonObject good = constantJson({0.4, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1});
        QVERIFY(PaymentTimingModel::fromJson(good));
        const auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject json = good;
            json.insert(key, value);
            return json;
        };
        const auto withPeriod = [&](qsizetype index, const QJsonValue &value) {
            QJsonArray periods = good.value(QStringLiteral("periods")).toArray();
            if (value.isUndefined())
                periods.removeAt(index);
            else
                periods[index] = value;
            return with(QStringLiteral("periods"), periods);
        };
        QJsonObject missing = good;
        missing.remove(QStringLiteral("mean"));
        const QList<QJsonObject> bad{
            missing,
            with(QStringLiteral("mean"), QJsonArray{0.0, 1.0}),
            with(QStringLiteral("scale"), QJsonArray{0.0}),
            with(QStringLiteral("scale"), QJsonArray{QStringLiteral("1")}),
            with(QStringLiteral("period_ends"), QJsonArray{0, 7, 14, 30, 60, 90}),
            with(QStringLiteral("period_ends"), QJsonArray{0, 7, 14, 30, 60, 90, 365}),
            withPeriod(6, QJsonValue(QJsonValue::Undefined)),
            withPeriod(2, QJsonObject{{QStringLiteral("intercept"), 0.1},
                                      {QStringLiteral("weights"), QJsonArray{}}}),
            withPeriod(2, QJsonObject{{QStringLiteral("intercept"), 0.1},
                                      {QStringLiteral("weights"), QJsonArray{0.0, 0.0}}}),
            withPeriod(2, QJsonObject{{QStringLiteral("intercept"), QStringLiteral("x")},
                                      {QStringLiteral("weights"), QJsonArray{0.0}}}),
            withPeriod(2, QJsonObject{{QStringLiteral("weights"), QJsonArray{0.0}}}),
            withPeriod(2, QJsonObject{{QStringLiteral("intercept"), 0.1},
                                      {QStringLiteral("weights"), QJsonArray{QJsonValue::Null}}})};
        for (qsizetype i = 0; i < bad.size(); ++i)
            QVERIFY2(!PaymentTimingModel::fromJson(bad.at(i)), qPrintable(QString::number(i)));
    }

    // On the demo history the model, trained as things stood before the split, predicts the days to
    // settle better than the payment terms do.
    void evaluatedOnTheDemoHistory()
    {
        const QList<HistoryInvoice> history =
            kaishu::demo::DemoPaymentHistory::generate(7, 600, QDate(2024, 1, 1), QDate(2026, 10, 31));
        QString error;
        const std::optional<HistoryEvaluation> result = evaluateHistory(history, QDate(2026, 1, 1), &error);
        QVERIFY2(result, qPrintable(error));
        qInfo("days to settle MAE: timing model %.2f, least absolute deviations %.2f, terms %.2f",
              result->timingModelMae, result->daysToSettleMae, result->maeTerms);
        QVERIFY(result->timingModelMae > 0);
        QVERIFY(result->timingModelMae < result->maeTerms);
    }
};

QTEST_GUILESS_MAIN(TestPaymentTiming)
#include "tst_paymenttiming.moc"
