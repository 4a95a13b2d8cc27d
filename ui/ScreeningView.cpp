#include "ScreeningView.h"

#include "BackgroundTask.h"
#include "BillingNames.h"
#include "ColumnWidths.h"
#include "ListViews.h"
#include "MasterDetailLayout.h"
#include "ModelReportDialog.h"
#include "ScreeningCharts.h"
#include "ScreeningNames.h"
#include "ScreeningOverrideDialog.h"
#include "ScreeningResultTableModel.h"
#include "ScreeningRunDialog.h"
#include "Workspace.h"
#include "io/Csv.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace kaishu::ui {

using screening::ScreeningResult;

namespace {

const QString SettingsPrefix = QStringLiteral("screening");
const QString LastFolderKey = QStringLiteral("files/lastFolder");
// The detail pane holds two charts: it gets a good part of the width until the clerk moves it.
const QList<int> SplitterSizes{900, 560};
const QString WarningStyle = QStringLiteral("color: #c62828; font-weight: bold;");
const QString HintStyle = QStringLiteral("color: #6b7680;");

// What a training on its own connection came to: the model's report or why there is none.
struct TrainOutcome
{
    std::optional<screening::ModelReport> report;
    QString error;
};

// Training reads the whole invoice history: on a connection of its own, off the GUI thread.
TrainOutcome trainOnOwnConnection(const storage::DatabaseLocation &location, const QString &actor, QDate asOf)
{
    TrainOutcome outcome;
    try {
        const std::unique_ptr<storage::Database> database = storage::Database::open(location);
        outcome.report = screening::ScreeningService(*database, actor).train(asOf);
    } catch (const storage::StorageError &error) {
        outcome.error = error.message();
    } catch (const std::exception &error) {
        // ScreeningError (too little history) and anything else the service refuses with.
        outcome.error = QString::fromUtf8(error.what());
    }
    return outcome;
}

// A date for an action (the day to train as of); nothing when the clerk backs out.
std::optional<QDate> askForDate(QWidget *parent, const QString &title, const QString &question, QDate initial)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("dateDialog"));
    dialog.setWindowTitle(title);
    auto *label = new QLabel(question, &dialog);
    label->setWordWrap(true);
    QDateEdit *date = BillingNames::dateEdit(&dialog);
    date->setObjectName(QStringLiteral("date"));
    date->setDate(initial);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(date);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return date->date();
}

QString bulletList(const QStringList &lines)
{
    QStringList bullets;
    for (const QString &line : lines)
        bullets << QStringLiteral("• ") + line;
    return bullets.join(QLatin1Char('\n'));
}

} // namespace

ScreeningDetailPane::ScreeningDetailPane(QWidget *parent)
    : QWidget(parent)
{
    m_hint = new QLabel(tr("Select a result to see why it came out so."), this);
    m_hint->setObjectName(QStringLiteral("screeningHint"));
    m_hint->setStyleSheet(HintStyle);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_content = new QWidget;
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("screeningTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(m_content);
    m_subtitle->setObjectName(QStringLiteral("screeningSubtitle"));
    m_subtitle->setStyleSheet(HintStyle);
    m_subtitle->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_grade = addRow(form, tr("Grade"), QStringLiteral("screeningGrade"));
    m_score = addRow(form, tr("Screening score"), QStringLiteral("screeningScore"));
    m_probability = addRow(form, tr("Late risk"), QStringLiteral("screeningProbability"));
    m_decision = addRow(form, tr("Decision"), QStringLiteral("screeningDecision"));
    m_conditions = addRow(form, tr("Conditions"), QStringLiteral("screeningConditions"));
    m_tier = addRow(form, tr("Dunning"), QStringLiteral("screeningTier"));
    m_limit = addRow(form, tr("Proposed limit"), QStringLiteral("screeningLimit"));
    m_limitReasons = addRow(form, tr("How"), QStringLiteral("screeningLimitReasons"));
    m_exposure = addRow(form, tr("Exposure"), QStringLiteral("screeningExposure"));
    m_reviewDue = addRow(form, tr("Review due"), QStringLiteral("screeningReviewDue"));
    m_override = addRow(form, tr("Override"), QStringLiteral("screeningOverride"));

    m_overrideButton = new QPushButton(m_content);
    m_overrideButton->setObjectName(QStringLiteral("overrideButton"));
    // The debtor and, beside it, what a supervisor may do about the result.
    auto *heading = new QVBoxLayout;
    heading->addWidget(m_title);
    heading->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->addLayout(heading, 1);
    header->addWidget(m_overrideButton, 0, Qt::AlignTop);

    m_reasonsChart = ScreeningCharts::chartView(m_content, QStringLiteral("reasonsChart"), 200);
    m_historyChart = ScreeningCharts::chartView(m_content, QStringLiteral("historyChart"), 210);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(4, 0, 4, 4);
    contentLayout->addLayout(header);
    contentLayout->addLayout(form);
    contentLayout->addWidget(m_reasonsChart);
    contentLayout->addWidget(m_historyChart);
    contentLayout->addStretch();

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("screeningDetailScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_scroll, 1);
    showResult(std::nullopt, {});
}

QLabel *ScreeningDetailPane::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(m_content);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

void ScreeningDetailPane::setOverrideAction(QAction *action)
{
    m_overrideButton->setText(action->text());
    m_overrideButton->setToolTip(action->toolTip());
    connect(m_overrideButton, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, m_overrideButton,
            [this, action] { m_overrideButton->setEnabled(action->isEnabled()); });
    m_overrideButton->setEnabled(action->isEnabled());
}

void ScreeningDetailPane::showResult(const std::optional<ScreeningResult> &result,
                                     const QList<ScreeningResult> &history)
{
    m_hint->setVisible(!result);
    m_scroll->setVisible(result.has_value());
    if (!result) {
        ScreeningCharts::showPoints(m_reasonsChart, QString(), {});
        ScreeningCharts::showScoreHistory(m_historyChart, {});
        return;
    }
    m_title->setText(tr("%1 %2").arg(result->customerCode, result->debtorName));
    m_subtitle->setText(tr("Client %1 · screened as of %2 · %3")
                            .arg(result->clientCode, BillingNames::dateText(result->asOf),
                                 ScreeningNames::methodName(result->method)));
    m_grade->setText(ScreeningNames::gradeChangeText(*result));
    m_grade->setStyleSheet(result->downgraded() ? WarningStyle : QString());
    m_score->setText(tr("%1 points").arg(result->score));
    m_probability->setText(tr("%1 chance of paying an invoice 30 or more days late")
                               .arg(ScreeningNames::percentText(result->pd)));
    m_decision->setText(ScreeningNames::decisionName(result->decision));
    m_conditions->setText(result->conditions.isEmpty() ? tr("none") : bulletList(result->conditions));
    m_tier->setText(ScreeningNames::tierName(result->tier));
    m_limit->setText(BillingNames::yenText(result->proposedLimit));
    m_limitReasons->setText(bulletList(result->limitReasons));

    QString exposure;
    if (result->limitInForce.value() > 0)
        exposure =
            tr("%1 of the limit in force %2 (%3)")
                .arg(BillingNames::yenText(result->exposure), BillingNames::yenText(result->limitInForce),
                     ScreeningNames::utilisationText(result->utilisationPerMille()));
    else
        exposure = tr("%1 (no limit in force)").arg(BillingNames::yenText(result->exposure));
    if (result->overLimit())
        exposure = tr("⚠ %1 — over the limit by %2")
                       .arg(exposure, BillingNames::yenText(result->exposure - result->limitInForce));
    m_exposure->setText(exposure);
    m_exposure->setStyleSheet(result->overLimit() ? WarningStyle : QString());
    m_reviewDue->setText(BillingNames::dateText(result->reviewDue));
    m_override->setText(result->supervisorOverride
                            ? ScreeningResultTableModel::overrideText(*result->supervisorOverride)
                            : tr("none"));

    ScreeningCharts::showPoints(m_reasonsChart, tr("Why: points per reason"), result->reasons);
    ScreeningCharts::showScoreHistory(m_historyChart, history);
}

ScreeningView::ScreeningView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("screeningSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search by customer code or debtor name, in any kana (Ctrl+F)"));

    m_clientFilter = clientFilterCombo(this, QStringLiteral("screeningClientFilter"));
    m_downgradedFilter = new QCheckBox(tr("&Downgraded"), this);
    m_downgradedFilter->setObjectName(QStringLiteral("downgradedFilter"));
    m_downgradedFilter->setToolTip(tr("Only accounts whose grade fell since their previous result"));
    m_overLimitFilter = new QCheckBox(tr("O&ver limit"), this);
    m_overLimitFilter->setObjectName(QStringLiteral("overLimitFilter"));
    m_overLimitFilter->setToolTip(tr("Only accounts that owe more than their limit in force"));
    m_reviewDueFilter = new QCheckBox(tr("Review d&ue"), this);
    m_reviewDueFilter->setObjectName(QStringLiteral("reviewDueFilter"));
    m_reviewDueFilter->setToolTip(tr("Only accounts whose review date has come"));

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_clientFilter);
    filterBar->addWidget(m_downgradedFilter);
    filterBar->addWidget(m_overLimitFilter);
    filterBar->addWidget(m_reviewDueFilter);
    filterBar->addStretch();

    m_model = new ScreeningResultTableModel(workspace, this);
    m_proxy = sortingProxy(m_model, ScreeningResultTableModel::SortRole, this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("screeningTable"));
    m_table->setModel(m_proxy);
    setUpListTable(m_table, QAbstractItemView::SingleSelection);
    setColumnWidthsInDigits(m_table, {14, 5, 16, 12, 5, 6, 11, 11, 11, 6, 6, 10, 8, 10, 4});
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ScreeningResultTableModel::Score, Qt::AscendingOrder);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("screeningStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    createActions();
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("screeningToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({m_rescreenAction, m_trainAction, m_reportAction});
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_overrideAction);

    auto *listPanel = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(searchBar(this, m_search));
    listLayout->addLayout(filterBar);
    listLayout->addWidget(m_toolBar);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_status);

    m_detail = new ScreeningDetailPane(this);
    m_detail->setObjectName(QStringLiteral("screeningDetail"));
    m_detail->setOverrideAction(m_overrideAction);
    m_splitter = layOutMasterDetail(this, QStringLiteral("screeningSplitter"), listPanel, m_detail);
    m_splitter->setSizes(SplitterSizes);

    m_searchTimer = searchAsTyped(m_search, 250, [this] { applyFilter(); });
    connect(m_clientFilter, &QComboBox::currentIndexChanged, this, &ScreeningView::applyFilter);
    for (QCheckBox *toggle : {m_downgradedFilter, m_overLimitFilter, m_reviewDueFilter})
        connect(toggle, &QCheckBox::toggled, this, &ScreeningView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScreeningView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateStatus();
        emit rowCountChanged(visibleRowCount());
    });

    connect(workspace, &Workspace::databaseChanged, this, [this] {
        reloadFilterChoices();
        applyFilter();
    });
    connect(workspace, &Workspace::partiesChanged, this, [this] {
        reloadFilterChoices();
        reload();
    });
    for (auto signal :
         {&Workspace::screeningChanged, &Workspace::billingChanged, &Workspace::paymentsChanged})
        connect(workspace, signal, this, &ScreeningView::reload);
    reloadFilterChoices();
    applyFilter();
}

void ScreeningView::createActions()
{
    m_rescreenAction = new QAction(tr("&Re-screen…"), this);
    m_rescreenAction->setObjectName(QStringLiteral("rescreenAction"));
    m_rescreenAction->setToolTip(tr("Screen every active account again as of a date"));
    connect(m_rescreenAction, &QAction::triggered, this, &ScreeningView::rescreen);

    m_trainAction = new QAction(tr("&Train model…"), this);
    m_trainAction->setObjectName(QStringLiteral("trainAction"));
    m_trainAction->setToolTip(
        tr("Learn from the invoices and payments so far which debtors pay late; screening then uses the "
           "model instead of the expert card"));
    connect(m_trainAction, &QAction::triggered, this, &ScreeningView::chooseDateAndTrain);

    m_reportAction = new QAction(tr("&Model report…"), this);
    m_reportAction->setObjectName(QStringLiteral("reportAction"));
    m_reportAction->setToolTip(tr("How well the active model separates late payers, and its weights"));
    connect(m_reportAction, &QAction::triggered, this, &ScreeningView::showModelReport);

    m_exportAction = new QAction(tr("&Export CSV…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setToolTip(tr("Save the list as shown (columns and order) as CSV for Excel"));
    connect(m_exportAction, &QAction::triggered, this, &ScreeningView::chooseAndExport);

    m_overrideAction = new QAction(tr("&Override…"), this);
    m_overrideAction->setObjectName(QStringLiteral("overrideAction"));
    m_overrideAction->setToolTip(
        tr("A supervisor sets the grade, limit, dunning and decision, with a reason"));
    connect(m_overrideAction, &QAction::triggered, this, &ScreeningView::overrideSelected);
}

int ScreeningView::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void ScreeningView::reloadFilterChoices()
{
    reloadClientChoices(m_clientFilter, m_workspace);
}

void ScreeningView::applyFilter()
{
    m_searchTimer->stop();
    ScreeningListFilter filter;
    filter.results.clientId = m_clientFilter->currentData().toLongLong();
    filter.results.downgradedOnly = m_downgradedFilter->isChecked();
    filter.results.overLimitOnly = m_overLimitFilter->isChecked();
    filter.results.reviewDueOnly = m_reviewDueFilter->isChecked();
    filter.search = m_search->text().trimmed();
    const std::optional<ScreeningResult> current = currentResult();
    ScreeningNames::run(this, tr("Cannot read the screening results"), [&] { m_model->setFilter(filter); });
    selectAccount(current ? current->accountId : 0);
}

void ScreeningView::reload()
{
    const std::optional<ScreeningResult> current = currentResult();
    ScreeningNames::run(this, tr("Cannot read the screening results"), [&] { m_model->reload(); });
    selectAccount(current ? current->accountId : 0);
}

std::optional<ScreeningResult> ScreeningView::currentResult() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    if (const ScreeningResult *result = m_model->rowAt(m_proxy->mapToSource(current).row()))
        return *result;
    return std::nullopt;
}

void ScreeningView::selectAccount(qint64 accountId)
{
    int row = -1;
    for (int i = 0; accountId != 0 && i < m_model->rowCount(); ++i) {
        if (m_model->rowAt(i)->accountId == accountId)
            row = i;
    }
    selectSourceRow(m_table, m_proxy, row);
    // The same row after a reload is not a change of row, but its result may be a new one.
    showCurrent();
}

void ScreeningView::showCurrent()
{
    const std::optional<ScreeningResult> current = currentResult();
    QList<ScreeningResult> history;
    if (current)
        ScreeningNames::run(this, tr("Cannot read the screening history"),
                            [&] { history = m_workspace->screening().history(current->accountId); });
    m_detail->showResult(current, history);
    updateActions();
}

void ScreeningView::updateActions()
{
    const bool open = m_workspace->isOpen();
    for (QAction *action : {m_rescreenAction, m_reportAction})
        action->setEnabled(open);
    m_trainAction->setEnabled(open && !m_training);
    m_exportAction->setEnabled(open && visibleRowCount() > 0);
    m_overrideAction->setEnabled(open && currentResult().has_value());
}

void ScreeningView::updateStatus()
{
    const ScreeningTotals &totals = m_model->totals();
    m_status->setText(
        tr("%n result(s) · %1 downgraded · %2 over limit · %3 due for review", nullptr, totals.shown)
            .arg(totals.downgrades)
            .arg(totals.overLimit)
            .arg(totals.reviewsDue));
    updateActions();
}

ScreeningRunDialog *ScreeningView::rescreen()
{
    if (!m_workspace->isOpen())
        return nullptr;
    auto *dialog = new ScreeningRunDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

ScreeningOverrideDialog *ScreeningView::overrideSelected()
{
    const std::optional<ScreeningResult> current = currentResult();
    if (!m_workspace->isOpen() || !current)
        return nullptr;
    auto *dialog = new ScreeningOverrideDialog(m_workspace, *current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

ModelReportDialog *ScreeningView::showModelReport()
{
    if (!m_workspace->isOpen())
        return nullptr;
    auto *dialog = new ModelReportDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ModelReportDialog::trainRequested, this, &ScreeningView::chooseDateAndTrain);
    dialog->show();
    return dialog;
}

void ScreeningView::chooseDateAndTrain()
{
    if (!m_workspace->isOpen() || m_training)
        return;
    const std::optional<QDate> asOf = askForDate(
        this, tr("Train model"),
        tr("Train on the invoices issued before this date whose payment is known by then. The last "
           "six months are held out to measure the model."),
        QDate::currentDate());
    if (asOf)
        train(*asOf);
}

void ScreeningView::train(QDate asOf)
{
    if (!m_workspace->isOpen() || m_training)
        return;
    m_training = true;
    updateActions();
    m_trainingProgress = new QProgressDialog(
        tr("Training the model on the invoices before %1…").arg(BillingNames::dateText(asOf)), QString(), 0,
        0, this);
    m_trainingProgress->setWindowTitle(tr("Train model"));
    m_trainingProgress->setWindowModality(Qt::WindowModal);
    m_trainingProgress->setCancelButton(nullptr);
    m_trainingProgress->setMinimumDuration(0);
    m_trainingProgress->show();
    runInBackground<TrainOutcome>(
        this,
        [location = m_workspace->database().location(), actor = m_workspace->actor(), asOf] {
            return trainOnOwnConnection(location, actor, asOf);
        },
        [this](TrainOutcome outcome) {
            m_training = false;
            delete m_trainingProgress;
            m_trainingProgress = nullptr;
            updateActions();
            if (!outcome.report) {
                QMessageBox::warning(this, tr("Cannot train the model"), outcome.error);
                emit trainingFinished(false);
                return;
            }
            m_workspace->notifyScreeningChanged();
            const screening::ModelReport &report = *outcome.report;
            QMessageBox::information(
                this, tr("Model trained"),
                tr("The model as of %1 learnt from %2 invoices and was tested on %3 held out: AUC %4, KS %5. "
                   "The next screening uses it.")
                    .arg(BillingNames::dateText(report.asOf))
                    .arg(report.trainInvoices)
                    .arg(report.testInvoices)
                    .arg(QString::number(report.auc, 'f', 3), QString::number(report.ks, 'f', 3)));
            emit trainingFinished(true);
        });
}

bool ScreeningView::exportCsv(const QString &path)
{
    // The columns as the clerk sees them: in the header's order, the hidden ones left out.
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    io::CsvWriter writer;
    QStringList fields;
    for (int column : std::as_const(columns))
        fields << m_proxy->headerData(column, Qt::Horizontal).toString();
    writer.writeRecord(fields);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        fields.clear();
        for (int column : std::as_const(columns))
            fields << m_proxy->index(row, column).data().toString();
        writer.writeRecord(fields);
    }
    QString error;
    const std::optional<QByteArray> bytes = writer.toBytes(io::TextEncoding::Utf8Bom, &error);
    QSaveFile file(path);
    if (!bytes || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        QMessageBox::warning(this, tr("Cannot export"),
                             tr("Cannot write %1: %2")
                                 .arg(QDir::toNativeSeparators(path), bytes ? file.errorString() : error));
        return false;
    }
    return true;
}

void ScreeningView::chooseAndExport()
{
    if (!m_workspace->isOpen())
        return;
    const QString suggested =
        QDir(appSettings().value(LastFolderKey).toString())
            .filePath(QStringLiteral("screening-%1.csv")
                          .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    QString path = QFileDialog::getSaveFileName(this, tr("Export screening results"), suggested,
                                                tr("CSV, UTF-8 with BOM (Excel) (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    appSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
    exportCsv(path);
}

void ScreeningView::saveSettings() const
{
    saveListState(SettingsPrefix, m_table, m_splitter);
}

void ScreeningView::restoreSettings()
{
    restoreListState(SettingsPrefix, m_table, m_splitter, SplitterSizes);
}

} // namespace kaishu::ui
