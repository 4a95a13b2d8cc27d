#include "ScreeningRunDialog.h"

#include "BillingNames.h"
#include "ListViews.h"
#include "ScreeningNames.h"
#include "ScreeningResultTableModel.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace kaishu::ui {

using screening::ScreeningResult;
using screening::ScreeningRunSummary;

namespace {

const QString HintStyle = QStringLiteral("color: #44505c;");

} // namespace

ScreeningRunDialog::ScreeningRunDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Re-screen accounts"));
    auto *intro =
        new QLabel(tr("Screens every active account as of the date and keeps each result as history. "
                      "Accounts whose grade falls or who owe more than their limit are listed "
                      "afterwards."),
                   this);
    intro->setWordWrap(true);

    m_asOf = BillingNames::dateEdit(this);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setDate(QDate::currentDate());
    m_applyLimits = new QCheckBox(tr("&Apply the proposed limits as the limits in force"), this);
    m_applyLimits->setObjectName(QStringLiteral("applyLimits"));
    m_applyLimits->setToolTip(tr("Each account's credit limit becomes the limit the screening proposes "
                                 "(recorded in the audit trail)"));
    m_forceExpert = new QCheckBox(tr("Use the &expert card even when a model is trained"), this);
    m_forceExpert->setObjectName(QStringLiteral("forceExpert"));
    m_methodNote = new QLabel(this);
    m_methodNote->setObjectName(QStringLiteral("methodNote"));
    m_methodNote->setStyleSheet(HintStyle);
    m_methodNote->setWordWrap(true);
    std::optional<screening::ModelReport> model;
    ScreeningNames::run(this, windowTitle(), [&] { model = m_workspace->screening().activeModel(); });
    m_methodNote->setText(
        model ? tr("Screening uses the model trained as of %1 (AUC %2).")
                    .arg(BillingNames::dateText(model->asOf), QString::number(model->auc, 'f', 3))
              : tr("No model is trained yet: screening uses the expert card."));
    m_hasModel = model.has_value();

    auto *form = new QFormLayout;
    form->addRow(tr("As &of:"), m_asOf);
    form->addRow(QString(), m_applyLimits);
    form->addRow(QString(), m_forceExpert);
    form->addRow(QString(), m_methodNote);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("runProgressText"));

    m_summaryBox = new QGroupBox(tr("Result of the run"), this);
    m_summary = new QLabel(m_summaryBox);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_findingsTitle = new QLabel(tr("Downgrades and limit breaches of this run:"), m_summaryBox);
    m_findings = new ScreeningResultTableModel(nullptr, this);
    m_findingsTable = new QTableView(m_summaryBox);
    m_findingsTable->setObjectName(QStringLiteral("runFindings"));
    m_findingsTable->setModel(m_findings);
    setUpListTable(m_findingsTable, QAbstractItemView::SingleSelection);
    for (int column : {ScreeningResultTableModel::Client, ScreeningResultTableModel::Probability,
                       ScreeningResultTableModel::Tier, ScreeningResultTableModel::Method,
                       ScreeningResultTableModel::ReviewDue, ScreeningResultTableModel::Overridden})
        m_findingsTable->setColumnHidden(column, true);
    m_findingsTable->resizeColumnsToContents();
    auto *summaryLayout = new QVBoxLayout(m_summaryBox);
    summaryLayout->addWidget(m_summary);
    summaryLayout->addWidget(m_findingsTitle);
    summaryLayout->addWidget(m_findingsTable, 1);
    m_summaryBox->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_startButton = buttons->addButton(tr("&Start"), QDialogButtonBox::ActionRole);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_startButton, &QPushButton::clicked, this, &ScreeningRunDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &ScreeningRunDialog::cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_summaryBox, 1);
    layout->addWidget(buttons);
    updateButtons();
    resize(900, 360);
}

void ScreeningRunDialog::start()
{
    if (m_running || !m_workspace->isOpen())
        return;
    screening::ScreeningRunOptions options;
    options.asOf = m_asOf->date();
    options.applyLimits = m_applyLimits->isChecked();
    options.forceExpert = m_forceExpert->isChecked();
    m_running = true;
    m_cancelRequested = false;
    m_progress->setRange(0, 0);
    m_progressText->setText(tr("Screening the accounts…"));
    m_summaryBox->hide();
    updateButtons();

    // The run writes through the GUI thread's connection (a connection belongs to the thread that
    // opened it); the window breathes at each progress report, where Cancel is heard.
    std::optional<ScreeningRunSummary> summary;
    ScreeningNames::run(this, tr("Cannot screen the accounts"), [&] {
        summary = m_workspace->screening().run(options, [this](int done, int total) {
            m_progress->setRange(0, std::max(total, 1));
            m_progress->setValue(done);
            m_progressText->setText(tr("%1 of %2 accounts screened…").arg(done).arg(total));
            emit progressed(done, total);
            QCoreApplication::processEvents();
            return !m_cancelRequested;
        });
    });
    m_running = false;
    m_progress->setRange(0, 1);
    m_progress->setValue(summary && !summary->cancelled ? 1 : 0);
    m_progressText->clear();
    if (summary) {
        m_lastSummary = summary;
        showSummary(*summary);
    }
    updateButtons();
    // Even a cancelled run leaves its record (and a failed one may have changed nothing): the views
    // read again either way.
    m_workspace->notifyScreeningChanged();
    if (summary)
        emit runFinished(*summary);
}

void ScreeningRunDialog::cancel()
{
    if (m_running) {
        m_cancelRequested = true;
        m_progressText->setText(tr("Cancelling…"));
        updateButtons();
        return;
    }
    QDialog::reject();
}

void ScreeningRunDialog::reject()
{
    // Escape during a run cancels the run rather than leaving it behind.
    cancel();
}

void ScreeningRunDialog::closeEvent(QCloseEvent *event)
{
    if (m_running) {
        cancel();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ScreeningRunDialog::showSummary(const ScreeningRunSummary &summary)
{
    m_summaryBox->show();
    if (summary.cancelled) {
        m_summary->setText(tr("The run as of %1 was cancelled: no results were kept.")
                               .arg(BillingNames::dateText(summary.asOf)));
        m_findingsTitle->hide();
        m_findingsTable->hide();
        m_findings->setResults({});
        return;
    }
    QStringList grades;
    for (qsizetype grade = 0; grade < summary.gradeCounts.size(); ++grade)
        grades << tr("%1 %2")
                      .arg(ScreeningNames::gradeName(screening::Grade(grade)))
                      .arg(summary.gradeCounts.at(grade));
    QStringList lines;
    lines << tr("Accounts screened as of %1: %2 (%3)")
                 .arg(BillingNames::dateText(summary.asOf))
                 .arg(summary.accounts)
                 .arg(ScreeningNames::methodName(summary.method));
    lines << tr("Grades: %1").arg(grades.join(QStringLiteral(" · ")));
    lines << tr("Downgrades: %1 · upgrades: %2").arg(summary.downgrades).arg(summary.upgrades);
    lines << tr("Over limit: %1 · limits applied: %2").arg(summary.overLimit).arg(summary.limitsApplied);
    lines
        << tr("Score stability (PSI) against the previous run: %1").arg(ScreeningNames::psiText(summary.psi));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    showFindings(summary.id);
}

void ScreeningRunDialog::showFindings(qint64 runId)
{
    QList<ScreeningResult> rows;
    QSet<qint64> seen;
    ScreeningNames::run(this, tr("Cannot read the screening results"), [&] {
        for (const bool overLimit : {false, true}) {
            screening::ResultFilter filter;
            filter.downgradedOnly = !overLimit;
            filter.overLimitOnly = overLimit;
            for (const ScreeningResult &result : m_workspace->screening().latestResults(filter)) {
                if (result.runId == runId && !seen.contains(result.id)) {
                    seen.insert(result.id);
                    rows << result;
                }
            }
        }
    });
    m_findings->setResults(rows);
    m_findingsTitle->setText(rows.isEmpty()
                                 ? tr("The run downgraded no account and found none over its limit.")
                                 : tr("Downgrades and limit breaches of this run:"));
    m_findingsTitle->show();
    m_findingsTable->setVisible(!rows.isEmpty());
    m_findingsTable->resizeColumnsToContents();
    if (!rows.isEmpty())
        resize(std::max(width(), 1000), std::max(height(), 680));
}

void ScreeningRunDialog::updateButtons()
{
    m_startButton->setEnabled(!m_running && m_workspace->isOpen());
    m_asOf->setEnabled(!m_running);
    m_applyLimits->setEnabled(!m_running);
    m_forceExpert->setEnabled(!m_running && m_hasModel);
    m_cancelButton->setEnabled(!m_running || !m_cancelRequested);
    m_cancelButton->setText(m_running ? tr("Cancel") : m_lastSummary ? tr("Close") : tr("Cancel"));
}

} // namespace kaishu::ui
