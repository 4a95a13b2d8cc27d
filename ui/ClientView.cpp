#include "ClientView.h"

#include "ClientDetailPane.h"
#include "ClientTableModel.h"
#include "ColumnWidths.h"
#include "ListViews.h"
#include "MasterDetailLayout.h"
#include "Workspace.h"
#include "storage/StorageError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kaishu::ui {

namespace {

const QString SettingsPrefix = QStringLiteral("clients");

} // namespace

ClientView::ClientView(Workspace *workspace, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Filter clients by code, name or kana (Ctrl+F)"));

    m_model = new ClientTableModel(workspace, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortLocaleAware(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setModel(m_proxy);
    setUpListTable(m_table, QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClientTableModel::Code, Qt::AscendingOrder);
    setColumnWidthsInDigits(m_table, {13, 28, 26, 18, 34, 24, 40});

    m_detail = new ClientDetailPane(workspace, undoStack, this);
    m_detail->setObjectName(QStringLiteral("clientDetail"));

    auto *tablePanel = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePanel);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Filter:"), this);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    tableLayout->addLayout(searchRow);
    tableLayout->addWidget(m_table, 1);

    m_splitter = layOutMasterDetail(this, QStringLiteral("clientSplitter"), tablePanel, m_detail);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        emit rowCountChanged(visibleRowCount());
    });
    m_selection = new RecordSelection(m_table, m_detail, ClientTableModel::ClientIdRole);
    connect(workspace, &Workspace::databaseChanged, this, [this] {
        m_detail->showClient(0);
        reload();
    });
    connect(workspace, &Workspace::partiesChanged, this, [this] {
        reload();
        m_detail->refresh();
    });
}

int ClientView::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void ClientView::reload()
{
    const qint64 clientId = m_detail->clientId();
    const RecordSelection::Quiet quiet(m_selection);
    try {
        m_model->reload();
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot read the clients"), error.message());
    }
    if (const int sourceRow = m_model->rowOfId(clientId); clientId != 0 && sourceRow >= 0)
        m_selection->setCurrentQuietly(m_proxy->mapFromSource(m_model->index(sourceRow, 0)));
    emit rowCountChanged(visibleRowCount());
}

void ClientView::saveSettings() const
{
    saveListState(SettingsPrefix, m_table, m_splitter);
}

void ClientView::restoreSettings()
{
    restoreListState(SettingsPrefix, m_table, m_splitter);
}

} // namespace kaishu::ui
