#pragma once

#include "screening/ScreeningService.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QChartView;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

namespace kaishu::ui {

class ModelReportDialog;
class ScreeningOverrideDialog;
class ScreeningResultTableModel;
class ScreeningRunDialog;
class Workspace;

// The selected result in full: the debtor, grade, score and late risk, the decision with its
// conditions, the proposed limit and how it was reached, exposure against the limit in force, a
// supervisor's override, and two charts — the points of each reason and the score over time.
class ScreeningDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit ScreeningDetailPane(QWidget *parent = nullptr);

    // Nothing: the hint to select a result. history: the account's results, oldest first.
    void showResult(const std::optional<screening::ScreeningResult> &result,
                    const QList<screening::ScreeningResult> &history);
    void setOverrideAction(QAction *action);

    QLabel *titleLabel() const { return m_title; }
    QLabel *exposureLabel() const { return m_exposure; }
    QChartView *reasonsChart() const { return m_reasonsChart; }
    QChartView *historyChart() const { return m_historyChart; }

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);

    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_grade = nullptr;
    QLabel *m_score = nullptr;
    QLabel *m_probability = nullptr;
    QLabel *m_decision = nullptr;
    QLabel *m_conditions = nullptr;
    QLabel *m_tier = nullptr;
    QLabel *m_limit = nullptr;
    QLabel *m_limitReasons = nullptr;
    QLabel *m_exposure = nullptr;
    QLabel *m_reviewDue = nullptr;
    QLabel *m_override = nullptr;
    QPushButton *m_overrideButton = nullptr;
    QChartView *m_reasonsChart = nullptr;
    QChartView *m_historyChart = nullptr;
};

// 審査: the latest screening result of every account with client, downgraded, over-limit and
// review-due filters and a search above them, the counts below; beside them the selected result in
// full. Re-screening, training the model, the model's report, a supervisor's override and the CSV
// export of what the list shows are actions of the view.
class ScreeningView : public QWidget
{
    Q_OBJECT

public:
    explicit ScreeningView(Workspace *workspace, QWidget *parent = nullptr);

    ScreeningResultTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ScreeningDetailPane *detailPane() const { return m_detail; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *clientFilter() const { return m_clientFilter; }
    QCheckBox *downgradedFilter() const { return m_downgradedFilter; }
    QCheckBox *overLimitFilter() const { return m_overLimitFilter; }
    QCheckBox *reviewDueFilter() const { return m_reviewDueFilter; }
    QLabel *statusLabel() const { return m_status; }
    int visibleRowCount() const;

    QAction *rescreenAction() const { return m_rescreenAction; }
    QAction *trainAction() const { return m_trainAction; }
    QAction *reportAction() const { return m_reportAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *overrideAction() const { return m_overrideAction; }

    std::optional<screening::ScreeningResult> currentResult() const;
    // Selects the latest result of the account (the list as filtered), or clears the selection.
    void selectAccount(qint64 accountId);

    // The dialogs, window-modal and not blocking (the caller may drive them); nullptr without a
    // database, or for the override without a selected result.
    ScreeningRunDialog *rescreen();
    ScreeningOverrideDialog *overrideSelected();
    ModelReportDialog *showModelReport();
    // Asks for the date to train as of, then trains.
    void chooseDateAndTrain();
    // Trains the model as of the date on a connection of its own (the GUI stays responsive); the
    // outcome — the model's measures or why it could not be trained — is shown when it is done.
    void train(QDate asOf);
    bool isTraining() const { return m_training; }
    // Writes what the list shows (columns as seen, rows as sorted) as CSV in UTF-8 with BOM; a
    // failure is shown. True when written.
    bool exportCsv(const QString &path);
    void chooseAndExport();

    void saveSettings() const;
    void restoreSettings();

signals:
    void rowCountChanged(int rows);
    // After a training started by train(): whether a model was trained.
    void trainingFinished(bool trained);

private:
    void createActions();
    void reloadFilterChoices();
    void applyFilter();
    void reload();
    void showCurrent();
    void updateActions();
    void updateStatus();

    Workspace *m_workspace;
    ScreeningResultTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_clientFilter = nullptr;
    QCheckBox *m_downgradedFilter = nullptr;
    QCheckBox *m_overLimitFilter = nullptr;
    QCheckBox *m_reviewDueFilter = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_searchTimer = nullptr;
    QSplitter *m_splitter = nullptr;
    ScreeningDetailPane *m_detail = nullptr;
    QProgressDialog *m_trainingProgress = nullptr;
    bool m_training = false;

    QAction *m_rescreenAction = nullptr;
    QAction *m_trainAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_overrideAction = nullptr;
};

} // namespace kaishu::ui
