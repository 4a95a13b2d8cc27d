#include "ClientView.h"

#include "ClientDetailPane.h"
#include "ClientTableModel.h"
#include "MasterDetailLayout.h"
#include "Workspace.h"
#include "storage/StorageError.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kaishu::ui {

namespace {

const QString HeaderKey = QStringLiteral("clients/header");
const QString SplitterKey = QStringLiteral("clients/splitter");

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
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClientTableModel::Code, Qt::AscendingOrder);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[] = {13, 28, 26, 18, 34, 24, 40};
    for (int column = 0; column < ClientTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column] * charWidth + 16);

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
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClientView::onCurrentRowChanged);
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
    m_restoringSelection = true;
    try {
        m_model->reload();
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot read the clients"), error.message());
    }
    const int sourceRow = m_model->rowOfClient(clientId);
    if (clientId != 0 && sourceRow >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(sourceRow, 0)));
    m_restoringSelection = false;
    emit rowCountChanged(visibleRowCount());
}

void ClientView::onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_restoringSelection)
        return;
    const qint64 clientId = current.isValid() ? current.data(ClientTableModel::ClientIdRole).toLongLong() : 0;
    if (clientId == 0 || clientId == m_detail->clientId())
        return;
    if (!m_detail->confirmLeave()) {
        m_restoringSelection = true;
        m_table->setCurrentIndex(previous);
        m_restoringSelection = false;
        return;
    }
    m_detail->showClient(clientId);
}

void ClientView::saveSettings() const
{
    QSettings store(QStringLiteral("Kaishu"), QStringLiteral("Kaishu"));
    store.setValue(HeaderKey, m_table->horizontalHeader()->saveState());
    store.setValue(SplitterKey, m_splitter->saveState());
}

void ClientView::restoreSettings()
{
    const QSettings store(QStringLiteral("Kaishu"), QStringLiteral("Kaishu"));
    if (store.contains(HeaderKey))
        m_table->horizontalHeader()->restoreState(store.value(HeaderKey).toByteArray());
    if (store.contains(SplitterKey))
        m_splitter->restoreState(store.value(SplitterKey).toByteArray());
    else
        m_splitter->setSizes({1000, 480});
}

} // namespace kaishu::ui
