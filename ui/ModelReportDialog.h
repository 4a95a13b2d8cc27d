#pragma once

#include <QDialog>

class QChartView;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace kaishu::ui {

class Workspace;

// The active behavioural model's report (モデル評価): its date, who trained it when, the invoices it
// learnt from and was tested on, AUC and KS, the late rate of each grade on the test invoices with
// the warning when it does not rise from A to E, the feature weights, and the score stability of the
// latest runs. Without a model: that screening uses the expert card until one is trained, and the
// way to train one. The report follows the workspace (a model trained meanwhile is shown).
class ModelReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ModelReportDialog(Workspace *workspace, QWidget *parent = nullptr);

    bool showsModel() const;
    QLabel *measuresLabel() const { return m_measures; }
    QLabel *monotoneLabel() const { return m_monotone; }
    QLabel *noModelLabel() const { return m_noModel; }
    QChartView *lateRateChart() const { return m_lateRates; }
    QChartView *weightsChart() const { return m_weights; }
    QTableWidget *runsTable() const { return m_runs; }
    QPushButton *trainButton() const { return m_trainButton; }

public slots:
    void reload();

signals:
    // The clerk asked to train a model (the screening view trains it and the report follows).
    void trainRequested();

private:
    Workspace *m_workspace;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_measures = nullptr;
    QLabel *m_monotone = nullptr;
    QLabel *m_noModel = nullptr;
    QChartView *m_lateRates = nullptr;
    QChartView *m_weights = nullptr;
    QTableWidget *m_runs = nullptr;
    QPushButton *m_trainButton = nullptr;
};

} // namespace kaishu::ui
