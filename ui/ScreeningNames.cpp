#include "ScreeningNames.h"

#include "ServiceErrors.h"

#include <QHash>
#include <QLocale>
#include <QMessageBox>

namespace kaishu::ui {

using screening::Decision;
using screening::DunningTier;
using screening::Grade;

QString ScreeningNames::gradeName(Grade grade)
{
    return screening::toCode(grade);
}

QString ScreeningNames::gradeChangeText(const screening::ScreeningResult &result)
{
    const QString grade = gradeName(result.grade);
    if (!result.previousGrade || *result.previousGrade == result.grade)
        return grade;
    const QString previous = gradeName(*result.previousGrade);
    return result.downgraded() ? tr("%1 ↓ (was %2)").arg(grade, previous)
                               : tr("%1 ↑ (was %2)").arg(grade, previous);
}

QString ScreeningNames::tierName(DunningTier tier)
{
    switch (tier) {
    case DunningTier::Gentle:
        return tr("Gentle");
    case DunningTier::Standard:
        return tr("Standard");
    case DunningTier::Strict:
        return tr("Strict");
    }
    return {};
}

QString ScreeningNames::decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Approve:
        return tr("Approve");
    case Decision::ApproveWithConditions:
        return tr("Approve with conditions");
    case Decision::Refer:
        return tr("Refer to a supervisor");
    case Decision::Decline:
        return tr("Decline");
    }
    return {};
}

QString ScreeningNames::methodName(screening::ScreeningMethod method)
{
    switch (method) {
    case screening::ScreeningMethod::Model:
        return tr("Model");
    case screening::ScreeningMethod::Expert:
        return tr("Expert card");
    }
    return {};
}

QString ScreeningNames::stabilityName(screening::Stability stability)
{
    switch (stability) {
    case screening::Stability::Stable:
        return tr("stable");
    case screening::Stability::Investigate:
        return tr("investigate");
    case screening::Stability::Shifted:
        return tr("shifted");
    }
    return {};
}

QString ScreeningNames::featureName(const QString &feature)
{
    static const QHash<QString, const char *> Names{
        {QStringLiteral("has_history"), QT_TR_NOOP("Has paid invoices with us")},
        {QStringLiteral("prior_invoices"), QT_TR_NOOP("Invoices so far")},
        {QStringLiteral("settled_invoices"), QT_TR_NOOP("Invoices paid so far")},
        {QStringLiteral("share_late"), QT_TR_NOOP("Share of invoices paid late")},
        {QStringLiteral("mean_days_late"), QT_TR_NOOP("Average days late")},
        {QStringLiteral("max_days_late"), QT_TR_NOOP("Most days late")},
        {QStringLiteral("recent_days_late"), QT_TR_NOOP("Days late of the last payments")},
        {QStringLiteral("mean_lateness"), QT_TR_NOOP("Average days from the due date to payment")},
        {QStringLiteral("open_overdue"), QT_TR_NOOP("Invoices overdue now")},
        {QStringLiteral("oldest_overdue_days"), QT_TR_NOOP("Days past due of the oldest overdue invoice")},
        {QStringLiteral("open_invoices"), QT_TR_NOOP("Invoices open now")},
        {QStringLiteral("prior_disputes"), QT_TR_NOOP("Share of invoices disputed")},
        {QStringLiteral("amount"), QT_TR_NOOP("Invoice amount")},
        {QStringLiteral("terms_days"), QT_TR_NOOP("Days of payment terms")},
        {QStringLiteral("amount_vs_usual"), QT_TR_NOOP("Amount against the usual amount")},
        {QStringLiteral("region_late_rate"), QT_TR_NOOP("Late rate of the region")},
        {QStringLiteral("industry_late_rate"), QT_TR_NOOP("Late rate of the industry")},
        {QStringLiteral("channel_late_rate"), QT_TR_NOOP("Late rate of the sales channel")},
        {QStringLiteral("months_since_previous"), QT_TR_NOOP("Months since the previous invoice")},
        {QStringLiteral("mean_days_to_settle"), QT_TR_NOOP("Average days from invoice to payment")},
        {QStringLiteral("no_report"), QT_TR_NOOP("No external credit report")},
        {QStringLiteral("report_score"), QT_TR_NOOP("External credit score")},
        {QStringLiteral("years_in_business"), QT_TR_NOOP("Years in business")},
        {QStringLiteral("negative_net_assets"), QT_TR_NOOP("Negative net assets (債務超過)")}};
    const auto found = Names.constFind(feature);
    return found != Names.cend() ? tr(*found) : feature;
}

QString ScreeningNames::psiText(std::optional<double> psi)
{
    if (!psi)
        return tr("no previous run");
    return tr("%1 (%2)").arg(QLocale::c().toString(*psi, 'f', 3),
                             stabilityName(screening::stabilityOf(*psi)));
}

QString ScreeningNames::percentText(double fraction)
{
    return tr("%1%").arg(QLocale::c().toString(100.0 * fraction, 'f', 1));
}

QString ScreeningNames::utilisationText(std::optional<int> perMille)
{
    return perMille ? percentText(*perMille / 1000.0) : QString();
}

bool ScreeningNames::run(QWidget *parent, const QString &title, const std::function<void()> &call)
{
    return run(parent, title, call,
               [parent, title](const QString &reason) { QMessageBox::warning(parent, title, reason); });
}

bool ScreeningNames::run(QWidget *parent, const QString &title, const std::function<void()> &call,
                         const std::function<void(const QString &)> &refused)
{
    std::optional<QString> reason;
    const bool done = ServiceErrors::run(parent, title, [&] {
        try {
            call();
        } catch (const screening::ScreeningError &error) {
            reason = QString::fromUtf8(error.what());
        }
    });
    if (!reason)
        return done;
    refused(*reason);
    return false;
}

} // namespace kaishu::ui
