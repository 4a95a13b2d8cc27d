#include "OrderView.h"

#include "ColumnWidths.h"
#include "MasterDetailLayout.h"
#include "OrderLineForm.h"
#include "OrderTableModel.h"
#include "ServiceErrors.h"
#include "Workspace.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kaishu::ui {

namespace {

const QString HeaderKey = QStringLiteral("orders/header");
const QString SplitterKey = QStringLiteral("orders/splitter");

QSettings settings()
{
    return QSettings(QStringLiteral("Kaishu"), QStringLiteral("Kaishu"));
}

} // namespace

OrderView::OrderView(Workspace *workspace, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_clientFilter = new QComboBox(this);
    m_clientFilter->setObjectName(QStringLiteral("orderClientFilter"));
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_clientFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_clientFilter->setMinimumContentsLength(4);
    m_clientFilter->setMinimumWidth(28 * charWidth);
    m_addButton = new QPushButton(tr("&Add line"), this);
    m_addButton->setObjectName(QStringLiteral("addOrderLine"));
    m_removeButton = new QPushButton(tr("&Remove line…"), this);
    m_removeButton->setObjectName(QStringLiteral("removeOrderLine"));

    auto *filterBar = new QHBoxLayout;
    auto *clientLabel = new QLabel(tr("C&lient:"), this);
    clientLabel->setBuddy(m_clientFilter);
    filterBar->addWidget(clientLabel);
    filterBar->addWidget(m_clientFilter);
    filterBar->addStretch();
    filterBar->addWidget(m_addButton);
    filterBar->addWidget(m_removeButton);

    m_model = new OrderTableModel(workspace, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("orderTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    setColumnWidthsInDigits(m_table, {5, 8, 14, 8, 3, 10, 10, 7, 14, 6, 4, 9, 5, 9, 9});

    m_detail = new OrderLineForm(workspace, undoStack, this);
    m_detail->setObjectName(QStringLiteral("orderDetail"));

    auto *tablePanel = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePanel);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filterBar);
    tableLayout->addWidget(m_table, 1);
    m_splitter = layOutMasterDetail(this, QStringLiteral("orderSplitter"), tablePanel, m_detail);

    connect(m_clientFilter, &QComboBox::currentIndexChanged, this, [this] {
        try {
            m_model->setClientId(m_clientFilter->currentData().toLongLong());
        } catch (const storage::StorageError &error) {
            QMessageBox::warning(this, tr("Cannot read the orders"), error.message());
        }
        updateButtons();
    });
    connect(m_addButton, &QPushButton::clicked, this, &OrderView::addLine);
    connect(m_removeButton, &QPushButton::clicked, this, &OrderView::removeLine);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrderView::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        emit rowCountChanged(visibleRowCount());
    });
    connect(workspace, &Workspace::databaseChanged, this, [this] {
        m_detail->showLine(0);
        reloadFilterChoices();
        reloadKeepingSelection();
    });
    connect(workspace, &Workspace::partiesChanged, this, &OrderView::reloadFilterChoices);
    connect(workspace, &Workspace::billingChanged, this, [this] {
        reloadKeepingSelection();
        m_detail->refresh();
    });
    reloadFilterChoices();
    reloadKeepingSelection();
}

int OrderView::visibleRowCount() const
{
    return m_model->rowCount();
}

void OrderView::reloadFilterChoices()
{
    const QSignalBlocker blocker(m_clientFilter);
    const qint64 clientId = m_clientFilter->currentData().toLongLong();
    m_clientFilter->clear();
    m_clientFilter->addItem(tr("All clients"), qint64(0));
    if (m_workspace->isOpen()) {
        try {
            for (const parties::Client &client : m_workspace->parties().repository().clients())
                m_clientFilter->addItem(tr("%1 %2").arg(client.code, client.name), client.id);
        } catch (const storage::StorageError &error) {
            QMessageBox::warning(this, tr("Cannot read the clients"), error.message());
        }
    }
    m_clientFilter->setCurrentIndex(std::max(0, m_clientFilter->findData(clientId)));
    if (m_model->clientId() != m_clientFilter->currentData().toLongLong())
        m_model->setClientId(m_clientFilter->currentData().toLongLong());
    updateButtons();
}

void OrderView::reloadKeepingSelection()
{
    const qint64 lineId = m_detail->lineId();
    m_restoringSelection = true;
    try {
        m_model->reload();
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot read the orders"), error.message());
    }
    const int row = m_model->rowOfLine(lineId);
    if (lineId != 0 && row >= 0)
        m_table->setCurrentIndex(m_model->index(row, OrderTableModel::Description));
    m_restoringSelection = false;
    updateButtons();
}

void OrderView::onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous)
{
    updateButtons();
    if (m_restoringSelection)
        return;
    const qint64 lineId = current.isValid() ? current.data(OrderTableModel::LineIdRole).toLongLong() : 0;
    if (lineId == 0 || lineId == m_detail->lineId())
        return;
    if (!m_detail->confirmLeave()) {
        m_restoringSelection = true;
        m_table->setCurrentIndex(previous);
        m_restoringSelection = false;
        return;
    }
    m_detail->showLine(lineId);
}

void OrderView::updateButtons()
{
    const bool open = m_workspace->isOpen();
    m_addButton->setEnabled(open && m_clientFilter->currentData().toLongLong() != 0);
    m_addButton->setToolTip(m_addButton->isEnabled() ? tr("Type a new order line of the chosen client")
                                                     : tr("Choose a client first"));
    m_removeButton->setEnabled(open && m_table->currentIndex().isValid());
}

void OrderView::addLine()
{
    const qint64 clientId = m_clientFilter->currentData().toLongLong();
    if (clientId == 0)
        return;
    m_table->clearSelection();
    m_detail->startNewLine(clientId);
}

void OrderView::removeLine()
{
    const billing::OrderLine *line = m_model->lineAt(m_table->currentIndex().row());
    if (!line)
        return;
    const billing::OrderLine removed = *line;
    const auto answer = QMessageBox::question(this, tr("Remove order line"),
                                              tr("Remove line %1 of order %2 (%3)? It will not be billed.")
                                                  .arg(removed.lineNumber)
                                                  .arg(removed.orderNumber, removed.description),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (ServiceErrors::run(this, tr("Cannot remove the line"),
                           [&] { m_workspace->orders().remove(removed); }))
        m_detail->showLine(0);
    m_workspace->notifyBillingChanged();
}

void OrderView::saveSettings() const
{
    QSettings store = settings();
    store.setValue(HeaderKey, m_table->horizontalHeader()->saveState());
    store.setValue(SplitterKey, m_splitter->saveState());
}

void OrderView::restoreSettings()
{
    const QSettings store = settings();
    if (store.contains(HeaderKey))
        m_table->horizontalHeader()->restoreState(store.value(HeaderKey).toByteArray());
    if (store.contains(SplitterKey))
        m_splitter->restoreState(store.value(SplitterKey).toByteArray());
    else
        m_splitter->setSizes({1000, 480});
}

} // namespace kaishu::ui
