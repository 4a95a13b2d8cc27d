#pragma once

#include "money/Yen.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kaishu::screening {

enum class Grade { A, B, C, D, E };
QString toCode(Grade grade); // A … E
std::optional<Grade> gradeFromCode(const QString &code);

// How firmly the debtor is chased (督促): the ladders of the dunning policies.
enum class DunningTier { Gentle, Standard, Strict };
QString toCode(DunningTier tier); // gentle, standard, strict

enum class Decision { Approve, ApproveWithConditions, Refer, Decline };
QString toCode(Decision decision); // approve, approve_with_conditions, refer, decline

// One line of "why": the score points it adds (negative: it lowers the score, raising the risk).
struct ScreeningReason
{
    QString text;
    int points = 0;
};

// Grades by the probability of serious late payment: the upper bound of A, B, C and D (E is the rest).
struct GradeBands
{
    QList<double> upperPd{0.02, 0.05, 0.10, 0.20};
    Grade gradeOf(double pd) const;
};

// What an external credit report (帝国データバンク, 東京商工リサーチ …) says, where it says it.
struct ExternalFacts
{
    std::optional<int> score; // 評点 0–100
    std::optional<int> yearsInBusiness;
    std::optional<money::Yen> capital;
    std::optional<money::Yen> netAssets;
};

// The expert scorecard used until the portfolio's own history can train a model (cold start):
// documented points, scaled like the trained scorecard (600 points at 50:1, 20 points to double
// the odds). Payment history counts once the debtor has settled invoices with the agency.
struct ExpertScore
{
    int points = 0;
    double pd = 0;
    QList<ScreeningReason> reasons; // one per characteristic, with its card points
};
ExpertScore expertScore(const ExternalFacts &facts, int settledInvoices, int settledLate);

// The policy for proposing credit limits (与信限度額): the need is the monthly sales times the months
// of credit the terms give; the safety is the smaller of a share of net assets (自己資本の1割法) and
// the cap of the external score's band; the limit is the smaller of the two, times the grade's
// factor, rounded down.
struct LimitPolicy
{
    int netAssetsPerMille = 100; // 10% of net assets
    QList<int> scoreBandFloors{86, 66, 51, 36, 0};
    QList<money::Yen> scoreBandCaps{money::Yen(50'000'000), money::Yen(20'000'000), money::Yen(10'000'000),
                                    money::Yen(3'000'000), money::Yen(1'000'000)};
    money::Yen capWithoutScore{5'000'000};
    QList<int> gradeFactorPerMille{1000, 900, 700, 400, 0}; // A … E
    money::Yen rounding{10'000};
};

struct CreditLimit
{
    money::Yen need;
    money::Yen safety;
    money::Yen limit;
    QStringList reasons;
};
// Months of credit under terms closing monthly and paying monthOffset months later: the month being
// billed and the months until payment (月末締め翌月末払い: 2).
int monthsOfCredit(int monthOffset);
CreditLimit proposeLimit(money::Yen monthlySales, int creditMonths, const ExternalFacts &facts, Grade grade,
                         const LimitPolicy &policy = {});

// The dunning tier and the decision for a grade, given what the debtor owes (open invoices and
// unbilled orders) against the proposed limit.
DunningTier tierOf(Grade grade);
struct CreditDecision
{
    Decision decision = Decision::Approve;
    QStringList conditions;
};
CreditDecision decide(Grade grade, money::Yen exposure, money::Yen limit);

} // namespace kaishu::screening
