#pragma once

#include "screening/ScreeningService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace kaishu::ui {

class ScreeningResultTableModel;
class Workspace;

// 再審査: screens every active account as of a date (the model once trained, the expert card before
// or when asked), optionally making the proposed limits the limits in force, with a progress bar and
// Cancel. The run goes through the GUI thread's connection; the progress callback lets the window
// breathe and carries the clerk's Cancel back to the service, which then keeps nothing but the
// run's record. Afterwards: the run's counts, the score stability against the previous run, and the
// accounts it downgraded or found over their limit.
class ScreeningRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScreeningRunDialog(Workspace *workspace, QWidget *parent = nullptr);

    QDateEdit *asOfEdit() const { return m_asOf; }
    QCheckBox *applyLimitsBox() const { return m_applyLimits; }
    QCheckBox *expertBox() const { return m_forceExpert; }
    QPushButton *startButton() const { return m_startButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    ScreeningResultTableModel *findings() const { return m_findings; }
    QTableView *findingsTable() const { return m_findingsTable; }

    bool isRunning() const { return m_running; }
    // The last run's summary, once one has finished or was cancelled.
    const std::optional<screening::ScreeningRunSummary> &summary() const { return m_lastSummary; }

public slots:
    // Runs the screening; returns when it has finished, was cancelled or failed (already shown).
    void start();
    // During a run: asks it to stop at its next progress report. Otherwise: closes the dialog.
    void cancel();
    void reject() override;

signals:
    // Each progress report of the service while the run goes on.
    void progressed(int done, int total);
    void runFinished(const screening::ScreeningRunSummary &summary);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showSummary(const screening::ScreeningRunSummary &summary);
    void showFindings(qint64 runId);
    void updateButtons();

    Workspace *m_workspace;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_hasModel = false;
    std::optional<screening::ScreeningRunSummary> m_lastSummary;

    QDateEdit *m_asOf = nullptr;
    QCheckBox *m_applyLimits = nullptr;
    QCheckBox *m_forceExpert = nullptr;
    QLabel *m_methodNote = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QGroupBox *m_summaryBox = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_findingsTitle = nullptr;
    ScreeningResultTableModel *m_findings = nullptr;
    QTableView *m_findingsTable = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace kaishu::ui
