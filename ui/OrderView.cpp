#include "OrderView.h"

#include "ColumnWidths.h"
#include "ListViews.h"
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
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kaishu::ui {

namespace {

const QString SettingsPrefix = QStringLiteral("orders");

} // namespace

OrderView::OrderView(Workspace *workspace, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_clientFilter = clientFilterCombo(this, QStringLiteral("orderClientFilter"));
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
    setUpListTable(m_table, QAbstractItemView::SingleSelection);
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
    m_selection = new RecordSelection(m_table, m_detail, OrderTableModel::LineIdRole);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrderView::updateButtons);
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
    reloadClientChoices(m_clientFilter, m_workspace);
    if (m_model->clientId() != m_clientFilter->currentData().toLongLong())
        m_model->setClientId(m_clientFilter->currentData().toLongLong());
    updateButtons();
}

void OrderView::reloadKeepingSelection()
{
    const qint64 lineId = m_detail->lineId();
    {
        const RecordSelection::Quiet quiet(m_selection);
        try {
            m_model->reload();
        } catch (const storage::StorageError &error) {
            QMessageBox::warning(this, tr("Cannot read the orders"), error.message());
        }
        if (const int row = m_model->rowOfId(lineId); lineId != 0 && row >= 0)
            m_selection->setCurrentQuietly(m_model->index(row, OrderTableModel::Description));
    }
    updateButtons();
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
    const billing::OrderLine *line = m_model->rowAt(m_table->currentIndex().row());
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
    saveListState(SettingsPrefix, m_table, m_splitter);
}

void OrderView::restoreSettings()
{
    restoreListState(SettingsPrefix, m_table, m_splitter);
}

} // namespace kaishu::ui
