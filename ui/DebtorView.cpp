#include "DebtorView.h"

#include "ColumnChooserDialog.h"
#include "DebtorDetailPane.h"
#include "DebtorRegisterModel.h"
#include "FieldNames.h"
#include "ListViews.h"
#include "MasterDetailLayout.h"
#include "Workspace.h"
#include "parties/Classification.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kaishu::ui {

using parties::RegisterColumn;

namespace {

const QString SettingsPrefix = QStringLiteral("debtors");
const QString HiddenColumnsKey = QStringLiteral("debtors/hiddenColumns");

// Widths in digits, so that they follow the font.
int defaultWidth(RegisterColumn column)
{
    switch (column) {
    case RegisterColumn::ClientCode:
    case RegisterColumn::Status:
    case RegisterColumn::Prefecture:
        return 9;
    case RegisterColumn::CustomerCode:
    case RegisterColumn::PostalCode:
    case RegisterColumn::VirtualAccount:
        return 12;
    case RegisterColumn::CreditLimit:
        return 13;
    case RegisterColumn::CorporateNumber:
    case RegisterColumn::Phone:
        return 15;
    case RegisterColumn::Name:
    case RegisterColumn::Terms:
        return 24;
    case RegisterColumn::NameKana:
    case RegisterColumn::PayerName:
    case RegisterColumn::Industry:
    case RegisterColumn::Email:
        return 20;
    case RegisterColumn::Address:
        return 40;
    }
    return 12;
}

// Shown when nobody chose: what a clerk looks at first.
bool hiddenByDefault(RegisterColumn column)
{
    switch (column) {
    case RegisterColumn::Phone:
    case RegisterColumn::Email:
    case RegisterColumn::VirtualAccount:
    case RegisterColumn::Address:
    case RegisterColumn::PostalCode:
        return true;
    default:
        return false;
    }
}

QComboBox *filterCombo(QWidget *parent, const QString &objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setMaxVisibleItems(20);
    return combo;
}

} // namespace

DebtorView::DebtorView(Workspace *workspace, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("debtorSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Search by name, kana, payer name, corporate number or customer code (Ctrl+F)"));
    m_search->setMinimumWidth(260);

    m_clientFilter = clientFilterCombo(this, QStringLiteral("clientFilter"));
    m_prefectureFilter = filterCombo(this, QStringLiteral("prefectureFilter"));
    m_industryFilter = filterCombo(this, QStringLiteral("industryFilter"));
    m_statusFilter = filterCombo(this, QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (parties::AccountStatus status :
         {parties::AccountStatus::Active, parties::AccountStatus::Suspended, parties::AccountStatus::Closed})
        m_statusFilter->addItem(parties::displayName(status), parties::toCode(status));
    m_industryFilter->addItem(tr("All industries"), QString());
    for (const parties::IndustryGroup &group : parties::industryGroups())
        m_industryFilter->addItem(FieldNames::industryLabel(group.code), group.code);

    // Search on its own line (it is what the clerk uses most), the narrowing choices below it.
    auto *searchBar = new QHBoxLayout;
    searchBar->setContentsMargins(0, 0, 0, 0);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    searchBar->addWidget(searchLabel);
    searchBar->addWidget(m_search, 1);
    auto *filterBar = new QHBoxLayout;
    filterBar->setContentsMargins(0, 0, 0, 0);
    // Client and industry names are long: those two get a fixed width (in digits, since the average
    // character of a CJK font is far wider than a Latin one); the short lists fit their contents.
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_industryFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_industryFilter->setMinimumContentsLength(4);
    m_industryFilter->setMinimumWidth(m_clientFilter->minimumWidth());
    for (QComboBox *combo : {m_prefectureFilter, m_statusFilter})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox *combo : {m_clientFilter, m_prefectureFilter, m_industryFilter, m_statusFilter})
        filterBar->addWidget(combo);
    filterBar->addStretch();

    m_model = new DebtorRegisterModel(workspace, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("debtorTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table, QAbstractItemView::SingleSelection);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (int column = 0; column < parties::RegisterColumnCount; ++column) {
        const auto registerColumn = static_cast<RegisterColumn>(column);
        m_table->setColumnWidth(column, defaultWidth(registerColumn) * charWidth + 16);
        header->setSectionHidden(column, hiddenByDefault(registerColumn));
    }
    // Kana order (五十音順) is how clerks look names up.
    header->setSortIndicator(static_cast<int>(RegisterColumn::NameKana), Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::customContextMenuRequested, this, &DebtorView::showHeaderMenu);

    m_detail = new DebtorDetailPane(workspace, undoStack, this);
    m_detail->setObjectName(QStringLiteral("debtorDetail"));

    auto *tablePanel = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePanel);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(searchBar);
    tableLayout->addLayout(filterBar);
    tableLayout->addWidget(m_table, 1);

    m_splitter = layOutMasterDetail(this, QStringLiteral("debtorSplitter"), tablePanel, m_detail);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(0);
    connect(m_searchTimer, &QTimer::timeout, this, &DebtorView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &DebtorView::applyFilter);
    for (QComboBox *combo : {m_clientFilter, m_prefectureFilter, m_industryFilter, m_statusFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &DebtorView::applyFilter);

    m_selection = new RecordSelection(m_table, m_detail, DebtorRegisterModel::AccountIdRole);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { emit rowCountChanged(m_model->rowCount()); });

    connect(workspace, &Workspace::databaseChanged, this, [this] {
        m_detail->showAccount(0);
        reloadFilterChoices();
        m_model->reload();
    });
    connect(workspace, &Workspace::partiesChanged, this, [this] {
        reloadFilterChoices();
        reloadKeepingSelection();
        m_detail->refresh();
    });
    reloadFilterChoices();
}

void DebtorView::reloadFilterChoices()
{
    const QSignalBlocker prefectureBlocker(m_prefectureFilter);
    const QString prefecture = m_prefectureFilter->currentData().toString();
    QList<parties::Client> clients;
    m_prefectureFilter->clear();
    m_prefectureFilter->addItem(tr("All prefectures"), QString());
    if (m_workspace->isOpen()) {
        try {
            clients = m_workspace->parties().repository().clients();
            for (const QString &name : m_workspace->debtorRegister().prefecturesInUse())
                m_prefectureFilter->addItem(name, name);
        } catch (const storage::StorageError &error) {
            QMessageBox::warning(this, tr("Cannot read the register"), error.message());
        }
    }
    fillClientChoices(m_clientFilter, clients);
    m_prefectureFilter->setCurrentIndex(std::max(0, m_prefectureFilter->findData(prefecture)));
}

void DebtorView::applyFilter()
{
    m_searchTimer->stop();
    parties::RegisterFilter filter;
    filter.search = m_search->text().trimmed();
    filter.clientId = m_clientFilter->currentData().toLongLong();
    filter.prefecture = m_prefectureFilter->currentData().toString();
    filter.industry = m_industryFilter->currentData().toString();
    filter.status = parties::accountStatusFromCode(m_statusFilter->currentData().toString());
    try {
        m_model->setFilter(filter);
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot read the register"), error.message());
    }
}

void DebtorView::reloadKeepingSelection()
{
    const qint64 accountId = m_detail->accountId();
    const int row = m_table->currentIndex().row();
    const int column = std::max(0, m_table->currentIndex().column());
    const RecordSelection::Quiet quiet(m_selection);
    m_model->reload();
    if (accountId != 0) {
        int found = -1;
        if (const parties::RegisterRow *line = m_model->rowAt(row); line && line->accountId == accountId)
            found = row;
        else
            found = m_model->cachedRowOfAccount(accountId);
        if (found >= 0)
            m_selection->setCurrentQuietly(m_model->index(found, column));
    }
}

void DebtorView::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *action = menu.addAction(m_model->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        connect(action, &QAction::toggled, this,
                [this, logical](bool visible) { setColumnVisible(logical, visible); });
    }
    menu.addSeparator();
    menu.addAction(tr("Columns…"), this, &DebtorView::chooseColumns);
    menu.exec(header->mapToGlobal(position));
}

void DebtorView::setColumnVisible(int column, bool visible)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (!visible && header->count() - header->hiddenSectionCount() <= 1)
        return; // keep one column
    header->setSectionHidden(column, !visible);
    saveSettings();
}

void DebtorView::chooseColumns()
{
    ColumnChooserDialog dialog(m_table->horizontalHeader(), this);
    if (dialog.exec() == QDialog::Accepted)
        saveSettings();
}

void DebtorView::saveSettings() const
{
    saveListState(SettingsPrefix, m_table, m_splitter);
    QSettings store = appSettings();
    QStringList hidden;
    for (int column = 0; column < parties::RegisterColumnCount; ++column) {
        if (m_table->horizontalHeader()->isSectionHidden(column))
            hidden << FieldNames::columnKey(static_cast<RegisterColumn>(column));
    }
    store.setValue(HiddenColumnsKey, hidden);
}

void DebtorView::restoreSettings()
{
    restoreListState(SettingsPrefix, m_table, m_splitter);
    const QSettings store = appSettings();
    QHeaderView *header = m_table->horizontalHeader();
    if (store.contains(HiddenColumnsKey)) {
        const QStringList hidden = store.value(HiddenColumnsKey).toStringList();
        for (int column = 0; column < parties::RegisterColumnCount; ++column)
            header->setSectionHidden(
                column, hidden.contains(FieldNames::columnKey(static_cast<RegisterColumn>(column))));
    }
    // The sort order restored with the header is the model's order too.
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

} // namespace kaishu::ui
