#include "CreditDecision.h"

#include "Statistics.h"

#include <QCoreApplication>

#include <cmath>

namespace kaishu::screening {

using money::Yen;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::screening)
};

// The expert card's points, per characteristic, from the best band down; the last is "unknown".
struct Band
{
    qint64 from; // inclusive lower bound
    int points;
};
constexpr Band ScoreBands[] = {{86, 60}, {66, 45}, {51, 30}, {36, 15}, {0, 0}};
constexpr int UnknownScorePoints = 20;
constexpr Band YearBands[] = {{20, 30}, {10, 25}, {5, 15}, {2, 8}, {0, 0}};
constexpr int UnknownYearsPoints = 5;
constexpr Band CapitalBands[] = {
    {100'000'000, 20}, {10'000'000, 15}, {3'000'000, 10}, {1'000'000, 5}, {0, 0}};
constexpr int UnknownCapitalPoints = 5;
// Paying history with the agency: at least this many settled invoices before it counts fully.
constexpr int TrustedHistory = 6;
// The card's points are placed on the trained scorecard's scale: 600 points at 50:1, PDO 20, with
// the card's 100 points (a sound, established company, no history yet) at 600.
constexpr int ExpertAnchorPoints = 100;

template<std::size_t N> int pointsFor(qint64 value, const Band (&bands)[N])
{
    for (const Band &band : bands) {
        if (value >= band.from)
            return band.points;
    }
    return 0;
}

Yen perMille(Yen amount, int perMille)
{
    return Yen(amount.value() / 1000 * perMille + amount.value() % 1000 * perMille / 1000);
}

} // namespace

QString toCode(Grade grade)
{
    return QString(QChar(u'A' + int(grade)));
}

std::optional<Grade> gradeFromCode(const QString &code)
{
    if (code.size() != 1 || code.at(0) < u'A' || code.at(0) > u'E')
        return std::nullopt;
    return Grade(code.at(0).unicode() - u'A');
}

QString toCode(DunningTier tier)
{
    switch (tier) {
    case DunningTier::Gentle:
        return QStringLiteral("gentle");
    case DunningTier::Standard:
        return QStringLiteral("standard");
    case DunningTier::Strict:
        return QStringLiteral("strict");
    }
    return {};
}

QString toCode(Decision decision)
{
    switch (decision) {
    case Decision::Approve:
        return QStringLiteral("approve");
    case Decision::ApproveWithConditions:
        return QStringLiteral("approve_with_conditions");
    case Decision::Refer:
        return QStringLiteral("refer");
    case Decision::Decline:
        return QStringLiteral("decline");
    }
    return {};
}

Grade GradeBands::gradeOf(double pd) const
{
    for (qsizetype i = 0; i < upperPd.size() && i < 4; ++i) {
        if (pd < upperPd.at(i))
            return Grade(i);
    }
    return Grade::E;
}

ExpertScore expertScore(const ExternalFacts &facts, int settledInvoices, int settledLate)
{
    ExpertScore result;
    const auto add = [&](int points, const QString &reason) {
        result.points += points;
        result.reasons.append({reason, points});
    };
    if (facts.score)
        add(pointsFor(*facts.score, ScoreBands), Text::tr("external score %1").arg(*facts.score));
    else
        add(UnknownScorePoints, Text::tr("no external score"));
    if (facts.yearsInBusiness)
        add(pointsFor(*facts.yearsInBusiness, YearBands),
            Text::tr("%n year(s) in business", nullptr, *facts.yearsInBusiness));
    else
        add(UnknownYearsPoints, Text::tr("years in business unknown"));
    if (facts.capital)
        add(pointsFor(facts.capital->value(), CapitalBands),
            Text::tr("capital %1 yen").arg(facts.capital->toString()));
    else
        add(UnknownCapitalPoints, Text::tr("capital unknown"));
    if (settledInvoices > 0) {
        const int latePerMille = settledLate * 1000 / settledInvoices;
        const int points = latePerMille <= 100   ? (settledInvoices >= TrustedHistory ? 30 : 15)
                           : latePerMille <= 300 ? 10
                                                 : -20;
        add(points, Text::tr("paid %1 of %2 invoices late").arg(settledLate).arg(settledInvoices));
    } else {
        add(0, Text::tr("no payments with us yet"));
    }
    const ScoreScaling scaling = ScoreScaling::fromAnchor(600, 50, 20);
    // Card points and scorecard points: 1 card point = 1 scorecard point around the anchor.
    const double lnOddsGood = (600 + (result.points - ExpertAnchorPoints) - scaling.offset) / scaling.factor;
    result.pd = 1.0 / (1.0 + std::exp(lnOddsGood));
    return result;
}

int monthsOfCredit(int monthOffset)
{
    return std::max(0, monthOffset) + 1;
}

CreditLimit proposeLimit(Yen monthlySales, int creditMonths, const ExternalFacts &facts, Grade grade,
                         const LimitPolicy &policy)
{
    CreditLimit result;
    result.need = monthlySales * std::max(1, creditMonths);
    result.reasons.append(
        Text::tr("need: %1 yen a month × %n month(s) of credit", nullptr, std::max(1, creditMonths))
            .arg(monthlySales.toString()));
    Yen cap = policy.capWithoutScore;
    if (facts.score) {
        for (qsizetype i = 0; i < policy.scoreBandFloors.size() && i < policy.scoreBandCaps.size(); ++i) {
            if (*facts.score >= policy.scoreBandFloors.at(i)) {
                cap = policy.scoreBandCaps.at(i);
                break;
            }
        }
        result.reasons.append(
            Text::tr("cap for external score %1: %2 yen").arg(*facts.score).arg(cap.toString()));
    } else {
        result.reasons.append(Text::tr("cap without an external score: %1 yen").arg(cap.toString()));
    }
    result.safety = cap;
    if (facts.netAssets) {
        const Yen share =
            facts.netAssets->isNegative() ? Yen(0) : perMille(*facts.netAssets, policy.netAssetsPerMille);
        result.reasons.append(
            Text::tr("%1‰ of net assets: %2 yen").arg(policy.netAssetsPerMille).arg(share.toString()));
        result.safety = std::min(result.safety, share);
    }
    const int factor = policy.gradeFactorPerMille.value(int(grade), 0);
    const Yen base = std::min(result.need, result.safety);
    const Yen scaled = perMille(base, factor);
    const qint64 step = std::max<qint64>(1, policy.rounding.value());
    result.limit = Yen(scaled.value() / step * step);
    result.reasons.append(
        Text::tr("grade %1: %2‰ of %3 yen").arg(toCode(grade)).arg(factor).arg(base.toString()));
    return result;
}

DunningTier tierOf(Grade grade)
{
    switch (grade) {
    case Grade::A:
    case Grade::B:
        return DunningTier::Gentle;
    case Grade::C:
        return DunningTier::Standard;
    case Grade::D:
    case Grade::E:
        return DunningTier::Strict;
    }
    return DunningTier::Standard;
}

CreditDecision decide(Grade grade, Yen exposure, Yen limit)
{
    CreditDecision result;
    if (grade == Grade::E) {
        result.decision = Decision::Decline;
        result.conditions.append(Text::tr("prepayment only"));
        return result;
    }
    if (grade == Grade::D) {
        result.decision = Decision::Refer;
        result.conditions.append(Text::tr("a supervisor decides"));
        return result;
    }
    if (exposure > limit) {
        result.decision = Decision::ApproveWithConditions;
        result.conditions.append(Text::tr("owes %1 yen over the limit of %2 yen: new invoices need approval")
                                     .arg((exposure - limit).toString(), limit.toString()));
    }
    if (grade == Grade::C) {
        result.decision = Decision::ApproveWithConditions;
        result.conditions.append(Text::tr("review every month"));
    }
    return result;
}

} // namespace kaishu::screening
