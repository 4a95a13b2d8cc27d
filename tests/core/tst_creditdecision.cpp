// Grades, the expert scorecard of the cold start, credit limits, tiers and decisions, on cases
// worked out by hand.
#include "screening/CreditDecision.h"

#include <QTest>

#include <cmath>

using namespace kaishu::screening;
using kaishu::money::Yen;

class TestCreditDecision : public QObject
{
    Q_OBJECT

private slots:
    void gradesByProbability()
    {
        const GradeBands bands;
        QCOMPARE(bands.gradeOf(0.01), Grade::A);
        QCOMPARE(bands.gradeOf(0.02), Grade::B); // a bound belongs to the worse grade
        QCOMPARE(bands.gradeOf(0.07), Grade::C);
        QCOMPARE(bands.gradeOf(0.15), Grade::D);
        QCOMPARE(bands.gradeOf(0.35), Grade::E);
        QCOMPARE(toCode(Grade::C), QStringLiteral("C"));
        QCOMPARE(gradeFromCode(QStringLiteral("D")), Grade::D);
        QVERIFY(!gradeFromCode(QStringLiteral("F")));
    }

    void expertScorecard()
    {
        // Established: score 70 (45), 25 years (30), capital 50M yen (15), 10 invoices none late (30).
        ExternalFacts established{70, 25, Yen(50'000'000), Yen(200'000'000)};
        const ExpertScore good = expertScore(established, 10, 0);
        QCOMPARE(good.points, 120);
        // 120 card points = 620 on the 600-at-50:1, PDO 20 scale: odds 100:1.
        QVERIFY2(std::abs(good.pd - 1.0 / 101) < 1e-9, qPrintable(QString::number(good.pd)));
        QCOMPARE(good.reasons.size(), 4);
        QCOMPARE(good.reasons.first().points, 45);
        QVERIFY2(good.reasons.first().text.contains(QStringLiteral("70")),
                 qPrintable(good.reasons.first().text));
        QCOMPARE(good.reasons.last().points, 30);

        // Nothing known and no history: 20 + 5 + 5 + 0 = 30 points = 530, odds 50 / 2^3.5.
        const ExpertScore unknown = expertScore({}, 0, 0);
        QCOMPARE(unknown.points, 30);
        QVERIFY(std::abs(unknown.pd - 1.0 / (1.0 + 50 / std::pow(2.0, 3.5))) < 1e-9);

        // A late payer loses what the history would have given.
        QCOMPARE(expertScore(established, 10, 5).points, 120 - 30 - 20);
        QCOMPARE(expertScore(established, 4, 0).points, 120 - 15); // too short a history to trust fully
        QVERIFY(expertScore(established, 10, 5).pd > good.pd);
    }

    void creditLimits()
    {
        QCOMPARE(monthsOfCredit(1), 2); // 月末締め翌月末払い
        QCOMPARE(monthsOfCredit(2), 3);

        // Need 2,000,000; cap 20,000,000 for score 70; 10% of net assets 1,500,000 is the safety.
        const ExternalFacts facts{70, 25, Yen(50'000'000), Yen(15'000'000)};
        const CreditLimit b = proposeLimit(Yen(1'000'000), 2, facts, Grade::B);
        QCOMPARE(b.need, Yen(2'000'000));
        QCOMPARE(b.safety, Yen(1'500'000));
        QCOMPARE(b.limit, Yen(1'350'000)); // × 0.9
        QCOMPARE(proposeLimit(Yen(1'000'000), 2, facts, Grade::C).limit, Yen(1'050'000));
        QCOMPARE(proposeLimit(Yen(1'000'000), 2, facts, Grade::E).limit, Yen(0));
        QCOMPARE(b.reasons.size(), 4);

        // No score, no balance sheet: the cap without a score; rounded down to 10,000 yen.
        const CreditLimit plain = proposeLimit(Yen(333'333), 2, {}, Grade::A);
        QCOMPARE(plain.need, Yen(666'666));
        QCOMPARE(plain.safety, Yen(5'000'000));
        QCOMPARE(plain.limit, Yen(660'000));
        // Negative net assets (債務超過) leave nothing to lend against.
        QCOMPARE(
            proposeLimit(Yen(100'000), 2, {std::nullopt, 3, std::nullopt, Yen(-5'000'000)}, Grade::A).limit,
            Yen(0));
        // A weak score caps a large need.
        QCOMPARE(proposeLimit(Yen(10'000'000), 2, {30, 3, std::nullopt, std::nullopt}, Grade::A).limit,
                 Yen(1'000'000));
    }

    void tiersAndDecisions()
    {
        QCOMPARE(tierOf(Grade::A), DunningTier::Gentle);
        QCOMPARE(tierOf(Grade::C), DunningTier::Standard);
        QCOMPARE(tierOf(Grade::E), DunningTier::Strict);
        QCOMPARE(toCode(DunningTier::Strict), QStringLiteral("strict"));

        const CreditDecision fine = decide(Grade::A, Yen(500'000), Yen(1'000'000));
        QCOMPARE(fine.decision, Decision::Approve);
        QVERIFY(fine.conditions.isEmpty());
        const CreditDecision over = decide(Grade::B, Yen(1'200'000), Yen(1'000'000));
        QCOMPARE(over.decision, Decision::ApproveWithConditions);
        QVERIFY2(over.conditions.first().contains(QStringLiteral("200,000")),
                 qPrintable(over.conditions.first()));
        QCOMPARE(decide(Grade::C, Yen(0), Yen(1'000'000)).decision, Decision::ApproveWithConditions);
        QCOMPARE(decide(Grade::D, Yen(0), Yen(1'000'000)).decision, Decision::Refer);
        QCOMPARE(decide(Grade::E, Yen(0), Yen(1'000'000)).decision, Decision::Decline);
        QCOMPARE(toCode(Decision::ApproveWithConditions), QStringLiteral("approve_with_conditions"));
    }
};

QTEST_GUILESS_MAIN(TestCreditDecision)
#include "tst_creditdecision.moc"
