#include "ScreeningCharts.h"

#include "BillingNames.h"
#include "ScreeningNames.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace kaishu::ui {

using screening::Grade;
using screening::ScreeningReason;
using screening::ScreeningResult;

namespace {

const QColor ThemeColor(0x1f, 0x4e, 0x79);
const QColor WarningColor(0xc6, 0x28, 0x28);
const QColor AxisColor(0x44, 0x50, 0x5c);
constexpr int BarHeight = 30;
// Between the labels of two bars.
constexpr int BarGap = 14;
// The width of a reason's label before it takes another line, in digits of the font.
constexpr int LabelDigits = 30;

QColor gradeColor(Grade grade)
{
    switch (grade) {
    case Grade::A:
        return {0x2e, 0x7d, 0x32};
    case Grade::B:
        return {0x55, 0x8b, 0x2f};
    case Grade::C:
        return {0xb8, 0x8a, 0x00};
    case Grade::D:
        return {0xe6, 0x5c, 0x00};
    case Grade::E:
        return WarningColor;
    }
    return ThemeColor;
}

// Empties the view's chart (series and axes) and titles it; the fonts follow the widget's, so that
// Japanese text is drawn with the application's Japanese font rather than the chart theme's.
QChart *resetChart(QChartView *view, const QString &title)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    QFont titleFont = view->font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(title);
    chart->legend()->setFont(view->font());
    chart->legend()->setVisible(false);
    return chart;
}

void styleAxis(QAbstractAxis *axis, const QFont &font)
{
    axis->setLabelsFont(font);
    axis->setLabelsColor(AxisColor);
    axis->setTitleFont(font);
    axis->setTitleBrush(AxisColor);
}

// A label of a category axis as HTML, broken into lines no wider than width (at a space where
// there is one, else between characters, as Japanese breaks), so that the axis need not cut it
// short. Returns the lines it took.
int wrapLabel(const QString &text, const QFontMetrics &metrics, int width, QString *html)
{
    QStringList lines;
    QString line;
    for (const QChar character : text) {
        if (!line.isEmpty() && metrics.horizontalAdvance(line + character) > width) {
            const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
            if (character != QLatin1Char(' ') && space > 0) {
                lines << line.left(space);
                line = line.mid(space + 1);
            } else {
                lines << line;
                line.clear();
            }
        }
        if (!(line.isEmpty() && character == QLatin1Char(' ')))
            line += character;
    }
    lines << line;
    for (QString &each : lines)
        each = each.toHtmlEscaped();
    *html = lines.join(QStringLiteral("<br>"));
    return int(lines.size());
}

// Tooltips follow the mouse over the bars and points.
void showTip(bool shown, const QString &text)
{
    if (shown)
        QToolTip::showText(QCursor::pos(), text);
    else
        QToolTip::hideText();
}

} // namespace

QChartView *ScreeningCharts::chartView(QWidget *parent, const QString &objectName, int minimumHeight)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setVisible(false);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    return view;
}

QString ScreeningCharts::pointsText(int points)
{
    return points > 0   ? QStringLiteral("+%1").arg(points)
           : points < 0 ? QStringLiteral("−%1").arg(-points)
                        : QStringLiteral("±0");
}

QString ScreeningCharts::pointsLabel(const ScreeningReason &line)
{
    return tr("%1  %2").arg(line.text, pointsText(line.points));
}

void ScreeningCharts::showPoints(QChartView *view, const QString &title, const QList<ScreeningReason> &lines)
{
    QChart *chart = resetChart(view, title);
    if (lines.isEmpty()) {
        view->setMinimumHeight(110 + 2 * BarHeight);
        return;
    }
    auto *raises = new QBarSet(tr("raises the score"));
    raises->setColor(ThemeColor);
    raises->setBorderColor(ThemeColor);
    auto *lowers = new QBarSet(tr("lowers the score"));
    lowers->setColor(WarningColor);
    lowers->setBorderColor(WarningColor);
    // A horizontal bar chart draws its first category at the bottom: the lines go in reversed, so the
    // strongest is read first. Long labels take two lines rather than being cut; a category axis
    // needs distinct labels.
    const QFontMetrics metrics(view->font());
    const int labelWidth = metrics.horizontalAdvance(QLatin1Char('0')) * LabelDigits;
    QStringList categories;
    QSet<QString> seen;
    int mostLines = 1;
    int low = 0;
    int high = 0;
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        QString label;
        mostLines = std::max(mostLines, wrapLabel(pointsLabel(*line), metrics, labelWidth, &label));
        while (seen.contains(label))
            label += QChar::Nbsp;
        seen.insert(label);
        categories << label;
        *raises << std::max(0, line->points);
        *lowers << std::min(0, line->points);
        low = std::min(low, line->points);
        high = std::max(high, line->points);
    }
    // The axis spaces its categories evenly and leaves out a label that does not fit its space.
    const int barHeight = std::max(BarHeight, mostLines * metrics.lineSpacing() + BarGap);
    view->setMinimumHeight(110 + barHeight * int(std::max<qsizetype>(lines.size(), 2)));
    auto *series = new QHorizontalStackedBarSeries;
    series->append(raises);
    series->append(lowers);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *lineAxis = new QBarCategoryAxis;
    lineAxis->append(categories);
    lineAxis->setGridLineVisible(false);
    lineAxis->setTruncateLabels(false);
    styleAxis(lineAxis, view->font());
    chart->addAxis(lineAxis, Qt::AlignLeft);
    series->attachAxis(lineAxis);

    auto *pointsAxis = new QValueAxis;
    const int margin = std::max(5, (high - low) / 10);
    pointsAxis->setRange(low < 0 ? low - margin : 0, high > 0 ? high + margin : 0);
    pointsAxis->applyNiceNumbers();
    pointsAxis->setLabelFormat(QStringLiteral("%d"));
    pointsAxis->setTitleText(tr("Points"));
    styleAxis(pointsAxis, view->font());
    chart->addAxis(pointsAxis, Qt::AlignBottom);
    series->attachAxis(pointsAxis);

    chart->legend()->setVisible(low < 0 && high > 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QList<ScreeningReason> shown(lines.crbegin(), lines.crend());
    QObject::connect(series, &QAbstractBarSeries::hovered, view, [shown](bool status, int index, QBarSet *) {
        if (index >= 0 && index < shown.size())
            showTip(status,
                    tr("%1: %2 points").arg(shown.at(index).text, pointsText(shown.at(index).points)));
    });
}

void ScreeningCharts::showScoreHistory(QChartView *view, const QList<ScreeningResult> &history)
{
    QChart *chart = resetChart(view, tr("Score history"));
    if (history.isEmpty())
        return;
    auto *line = new QLineSeries;
    line->setName(tr("Screening score"));
    line->setColor(ThemeColor);
    QList<QScatterSeries *> grades;
    for (Grade grade : {Grade::A, Grade::B, Grade::C, Grade::D, Grade::E}) {
        auto *points = new QScatterSeries;
        points->setName(ScreeningNames::gradeName(grade));
        points->setColor(gradeColor(grade));
        points->setBorderColor(Qt::white);
        points->setMarkerSize(11);
        // A format without a placeholder is the label itself: the grade letter beside each point.
        points->setPointLabelsFormat(ScreeningNames::gradeName(grade));
        QFont labelFont = view->font();
        labelFont.setBold(true);
        points->setPointLabelsFont(labelFont);
        points->setPointLabelsColor(gradeColor(grade));
        points->setPointLabelsVisible(true);
        grades << points;
    }
    int low = history.first().score;
    int high = low;
    QList<QPointF> shown;
    for (const ScreeningResult &result : history) {
        const QPointF point(double(result.asOf.startOfDay().toMSecsSinceEpoch()), result.score);
        line->append(point);
        grades.at(int(result.grade))->append(point);
        shown << point;
        low = std::min(low, result.score);
        high = std::max(high, result.score);
    }
    chart->addSeries(line);
    for (QScatterSeries *points : std::as_const(grades)) {
        if (points->count() > 0)
            chart->addSeries(points);
        else
            delete points;
    }

    auto *dateAxis = new QDateTimeAxis;
    dateAxis->setFormat(QStringLiteral("yyyy/MM/dd"));
    // Room beside the first and last points for their markers and grade letters.
    const QDate first = history.first().asOf;
    const QDate last = history.last().asOf;
    const qint64 padding = std::max<qint64>(15, first.daysTo(last) / 10);
    dateAxis->setRange(first.addDays(-padding).startOfDay(), last.addDays(padding).startOfDay());
    dateAxis->setTickCount(history.size() > 1 ? std::min<int>(5, int(history.size()) + 1) : 3);
    styleAxis(dateAxis, view->font());
    chart->addAxis(dateAxis, Qt::AlignBottom);

    auto *scoreAxis = new QValueAxis;
    scoreAxis->setRange(low - 25, high + 25);
    scoreAxis->applyNiceNumbers();
    scoreAxis->setLabelFormat(QStringLiteral("%d"));
    styleAxis(scoreAxis, view->font());
    chart->addAxis(scoreAxis, Qt::AlignLeft);

    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(dateAxis);
        series->attachAxis(scoreAxis);
        auto *xy = static_cast<QXYSeries *>(series);
        QObject::connect(xy, &QXYSeries::hovered, view, [history, shown](const QPointF &point, bool state) {
            // The result nearest in time to where the mouse is.
            qsizetype nearest = 0;
            for (qsizetype i = 1; i < shown.size(); ++i) {
                if (std::abs(shown.at(i).x() - point.x()) < std::abs(shown.at(nearest).x() - point.x()))
                    nearest = i;
            }
            const ScreeningResult &result = history.at(nearest);
            showTip(state, tr("%1: score %2, grade %3")
                               .arg(BillingNames::dateText(result.asOf))
                               .arg(result.score)
                               .arg(ScreeningNames::gradeName(result.grade)));
        });
    }
}

void ScreeningCharts::showLateRates(QChartView *view, const QList<screening::GradeQuality> &grades)
{
    QChart *chart = resetChart(view, tr("Late rate by grade (test invoices)"));
    if (grades.isEmpty())
        return;
    auto *rates = new QBarSet(tr("Paid 30 or more days late"));
    rates->setColor(ThemeColor);
    rates->setBorderColor(ThemeColor);
    rates->setLabelColor(AxisColor);
    rates->setLabelFont(view->font());
    QStringList categories;
    double highest = 0;
    for (const screening::GradeQuality &grade : grades) {
        // One decimal of a percentage: the bar's label shows it as it is.
        const double percent = std::round(grade.lateRate() * 1000.0) / 10.0;
        *rates << percent;
        highest = std::max(highest, percent);
        categories << tr("%1 (%2/%3)")
                          .arg(ScreeningNames::gradeName(grade.grade))
                          .arg(grade.late)
                          .arg(grade.invoices);
    }
    auto *series = new QBarSeries;
    series->append(rates);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value%"));
    chart->addSeries(series);

    auto *gradeAxis = new QBarCategoryAxis;
    gradeAxis->append(categories);
    gradeAxis->setGridLineVisible(false);
    gradeAxis->setTitleText(tr("Grade (late / invoices)"));
    styleAxis(gradeAxis, view->font());
    chart->addAxis(gradeAxis, Qt::AlignBottom);
    series->attachAxis(gradeAxis);

    auto *rateAxis = new QValueAxis;
    rateAxis->setRange(0, std::max(1.0, highest * 1.25));
    rateAxis->applyNiceNumbers();
    rateAxis->setLabelFormat(QStringLiteral("%.0f%%"));
    styleAxis(rateAxis, view->font());
    chart->addAxis(rateAxis, Qt::AlignLeft);
    series->attachAxis(rateAxis);

    QObject::connect(series, &QAbstractBarSeries::hovered, view, [grades](bool status, int index, QBarSet *) {
        if (index < 0 || index >= grades.size())
            return;
        const screening::GradeQuality &grade = grades.at(index);
        showTip(status, tr("Grade %1: %2 of %3 test invoices paid 30 or more days late (%4)")
                            .arg(ScreeningNames::gradeName(grade.grade))
                            .arg(grade.late)
                            .arg(grade.invoices)
                            .arg(ScreeningNames::percentText(grade.lateRate())));
    });
}

} // namespace kaishu::ui
