#pragma once

#include "screening/ScreeningService.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace kaishu::ui {

// How screening's grades, tiers, decisions and measures are named on screen (格付, 督促区分, 承認 …),
// so that the list, the detail pane, the dialogs and the exported file agree.
class ScreeningNames
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningNames)

public:
    static QString gradeName(screening::Grade grade); // A … E
    // The grade with its change since the account's previous result: "C ↓ (was B)".
    static QString gradeChangeText(const screening::ScreeningResult &result);
    static QString tierName(screening::DunningTier tier);
    static QString decisionName(screening::Decision decision);
    static QString methodName(screening::ScreeningMethod method);
    static QString stabilityName(screening::Stability stability);
    // What a feature of the behavioural model measures, in the clerk's words ("prior_invoices":
    // "Invoices so far"); an unknown feature keeps its name.
    static QString featureName(const QString &feature);
    // "0.041 (stable)", or that there was no earlier run to compare with.
    static QString psiText(std::optional<double> psi);
    // A fraction as a percentage with one decimal: "12.3%".
    static QString percentText(double fraction);
    // Exposure per mille of the limit as a percentage, nothing without a limit.
    static QString utilisationText(std::optional<int> perMille);

    // Runs a screening call; what the service refuses (ScreeningError, and the errors
    // ServiceErrors::run knows) is shown in a message box titled title. True when it went through.
    static bool run(QWidget *parent, const QString &title, const std::function<void()> &call);
    // The same, but a ScreeningError is handed to refused instead of a message box (a dialog shows it
    // beside the fields the clerk can correct).
    static bool run(QWidget *parent, const QString &title, const std::function<void()> &call,
                    const std::function<void(const QString &reason)> &refused);
};

} // namespace kaishu::ui
