#include "ModelReportDialog.h"

#include "BillingNames.h"
#include "ListViews.h"
#include "ScreeningCharts.h"
#include "ScreeningNames.h"
#include "Workspace.h"

#include <QChartView>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kaishu::ui {

namespace {

const QString WarningStyle = QStringLiteral("color: #c62828; font-weight: bold;");
const QString GoodStyle = QStringLiteral("color: #2e7d32;");
// The runs the report lists, newest first.
constexpr int RunsShown = 12;

enum RunColumn { RunAsOf, RunMethod, RunAccounts, RunPsi, RunBand, RunColumnCount };

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

} // namespace

ModelReportDialog::ModelReportDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Model report"));

    m_noModel = new QLabel(this);
    m_noModel->setObjectName(QStringLiteral("noModel"));
    m_noModel->setWordWrap(true);
    m_noModel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noModel->setText(tr("No model is trained yet. Screening uses the expert card (external score, years in "
                          "business, capital and the payments with us) until a model is trained on the "
                          "agency's own invoices and payments.\n\nTraining needs at least 300 invoices whose "
                          "payment is known, 30 of them paid 30 or more days late."));

    auto *report = new QWidget;
    m_measures = new QLabel(report);
    m_measures->setObjectName(QStringLiteral("modelMeasures"));
    m_measures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_measures->setWordWrap(true);
    m_monotone = new QLabel(report);
    m_monotone->setObjectName(QStringLiteral("modelMonotone"));
    m_monotone->setWordWrap(true);
    m_lateRates = ScreeningCharts::chartView(report, QStringLiteral("lateRateChart"), 320);
    m_weights = ScreeningCharts::chartView(report, QStringLiteral("weightsChart"), 200);

    m_runs = new QTableWidget(0, RunColumnCount, report);
    m_runs->setObjectName(QStringLiteral("runsTable"));
    m_runs->setHorizontalHeaderLabels(
        {tr("As of"), tr("Method"), tr("Accounts"), tr("PSI"), tr("Stability")});
    setUpListTable(m_runs, QAbstractItemView::SingleSelection);
    for (int column : {RunAccounts, RunPsi})
        m_runs->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_runs->setMinimumHeight(m_runs->verticalHeader()->defaultSectionSize() * 6);

    auto *reportLayout = new QVBoxLayout(report);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addWidget(m_measures);
    reportLayout->addWidget(m_monotone);
    // The grades' late rates beside the stability of the runs; the weights, one bar a feature, below.
    auto *runs = new QVBoxLayout;
    auto *runsTitle =
        new QLabel(tr("Score stability of the latest runs (PSI against the run before):"), report);
    runsTitle->setWordWrap(true);
    runs->addWidget(runsTitle);
    runs->addWidget(m_runs, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_lateRates, 3);
    top->addLayout(runs, 2);
    reportLayout->addLayout(top);
    reportLayout->addWidget(m_weights);
    reportLayout->addStretch();

    // The weights of many features make a tall chart: the report scrolls on a small screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(report);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_noModel);
    m_pages->addWidget(scroll);

    auto *buttons = new QDialogButtonBox(this);
    m_trainButton = buttons->addButton(tr("&Train model…"), QDialogButtonBox::ActionRole);
    m_trainButton->setObjectName(QStringLiteral("trainButton"));
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(m_trainButton, &QPushButton::clicked, this, &ModelReportDialog::trainRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(workspace, &Workspace::screeningChanged, this, &ModelReportDialog::reload);
    connect(workspace, &Workspace::databaseChanged, this, &ModelReportDialog::reload);
    reload();
    resize(showsModel() ? QSize(1100, 820) : QSize(640, 280));
}

bool ModelReportDialog::showsModel() const
{
    return m_pages->currentIndex() == 1;
}

void ModelReportDialog::reload()
{
    std::optional<screening::ModelReport> model;
    QList<screening::ScreeningRunSummary> runs;
    if (m_workspace->isOpen())
        ScreeningNames::run(this, tr("Cannot read the model"), [&] {
            model = m_workspace->screening().activeModel();
            runs = m_workspace->screening().runs();
        });
    m_pages->setCurrentIndex(model ? 1 : 0);
    m_trainButton->setEnabled(m_workspace->isOpen());
    if (!model)
        return;
    const QLocale locale;
    QStringList lines;
    lines << tr("Model as of %1, trained on %2 by %3")
                 .arg(BillingNames::dateText(model->asOf),
                      locale.toString(model->trainedAt.toLocalTime(), QStringLiteral("yyyy/MM/dd HH:mm")),
                      model->trainedBy);
    lines << tr("Learnt from %1 invoices (%2 paid late), tested on %3 later invoices held out (%4 paid late)")
                 .arg(locale.toString(model->trainInvoices), locale.toString(model->trainLate),
                      locale.toString(model->testInvoices), locale.toString(model->testLate));
    lines << tr("AUC %1 · KS %2 on the test invoices")
                 .arg(QString::number(model->auc, 'f', 3), QString::number(model->ks, 'f', 3));
    m_measures->setText(lines.join(QLatin1Char('\n')));
    if (model->badRateMonotone) {
        m_monotone->setText(tr("Late rate rising from grade A to E (bad rate monotone): yes"));
        m_monotone->setStyleSheet(GoodStyle);
    } else {
        m_monotone->setText(
            tr("⚠ Late rate rising from grade A to E (bad rate monotone): no. The grades do not "
               "order the risk on the test invoices; train again on more history before relying "
               "on them."));
        m_monotone->setStyleSheet(WarningStyle);
    }
    ScreeningCharts::showLateRates(m_lateRates, model->byGrade);
    // The features the model gives no weight (0 points) say nothing: left out.
    QList<screening::ScreeningReason> weights;
    for (const screening::ScreeningReason &weight : model->weights) {
        if (weight.points != 0)
            weights.append({ScreeningNames::featureName(weight.text), weight.points});
    }
    ScreeningCharts::showPoints(m_weights, tr("Weights: points per standard deviation"), weights);

    const int shown = int(std::min<qsizetype>(runs.size(), RunsShown));
    m_runs->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const screening::ScreeningRunSummary &run = runs.at(row);
        m_runs->setItem(row, RunAsOf, cell(BillingNames::dateText(run.asOf)));
        m_runs->setItem(row, RunMethod, cell(ScreeningNames::methodName(run.method)));
        m_runs->setItem(row, RunAccounts, cell(locale.toString(run.accounts), true));
        m_runs->setItem(row, RunPsi, cell(run.psi ? QString::number(*run.psi, 'f', 3) : QString(), true));
        m_runs->setItem(row, RunBand,
                        cell(run.cancelled ? tr("cancelled")
                             : run.psi     ? ScreeningNames::stabilityName(screening::stabilityOf(*run.psi))
                                           : ScreeningNames::psiText(std::nullopt)));
    }
    m_runs->resizeColumnsToContents();
}

} // namespace kaishu::ui
