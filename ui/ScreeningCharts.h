#pragma once

#include "screening/ScreeningService.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QChartView;
class QWidget;

namespace kaishu::ui {

// The charts of the screening area (Qt Charts): why a score is what it is, how it moved, and how
// the model's grades separate late payers. Each function replaces the chart of the view it is given.
class ScreeningCharts
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningCharts)

public:
    // A chart view for a pane or dialog: antialiased, no outer margins, at least minimumHeight high.
    static QChartView *chartView(QWidget *parent, const QString &objectName, int minimumHeight);

    // Horizontal bars of points, one per line in the order given (the first at the top): what raises
    // the score in the theme colour, what lowers it in the warning colour; each line's points are in
    // its label and tooltip. Used for a result's reasons and the model's feature weights.
    static void showPoints(QChartView *view, const QString &title,
                           const QList<screening::ScreeningReason> &lines);

    // The score over the as-of dates of an account's results (oldest first), each point labelled with
    // its grade letter; the tooltip names date, score and grade.
    static void showScoreHistory(QChartView *view, const QList<screening::ScreeningResult> &history);

    // The late rate of each grade on the test invoices, with the counts under the grade letters.
    static void showLateRates(QChartView *view, const QList<screening::GradeQuality> &grades);

    // "+15" / "−8": points with their sign.
    static QString pointsText(int points);
    // The label of a line of points: "external score 72  +15".
    static QString pointsLabel(const screening::ScreeningReason &line);
};

} // namespace kaishu::ui
