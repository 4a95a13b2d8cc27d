#include "ListViews.h"

#include "Workspace.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>

namespace kaishu::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::ui::ListViews)
};

} // namespace

QSettings appSettings()
{
    return QSettings(QStringLiteral("Kaishu"), QStringLiteral("Kaishu"));
}

void setUpListTable(QTableView *table, QAbstractItemView::SelectionMode mode)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(mode);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setCornerButtonEnabled(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
}

void saveListState(const QString &prefix, const QTableView *table, const QSplitter *splitter)
{
    QSettings store = appSettings();
    store.setValue(prefix + QStringLiteral("/header"), table->horizontalHeader()->saveState());
    if (splitter)
        store.setValue(prefix + QStringLiteral("/splitter"), splitter->saveState());
}

void restoreListState(const QString &prefix, QTableView *table, QSplitter *splitter)
{
    const QSettings store = appSettings();
    const QString headerKey = prefix + QStringLiteral("/header");
    const QString splitterKey = prefix + QStringLiteral("/splitter");
    if (store.contains(headerKey))
        table->horizontalHeader()->restoreState(store.value(headerKey).toByteArray());
    if (!splitter)
        return;
    if (store.contains(splitterKey))
        splitter->restoreState(store.value(splitterKey).toByteArray());
    else
        splitter->setSizes({1000, 480});
}

QComboBox *clientFilterCombo(QWidget *parent, const QString &objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(4);
    // In digits: the average character of a CJK font is far wider than a Latin one.
    combo->setMinimumWidth(28 * combo->fontMetrics().horizontalAdvance(QLatin1Char('0')));
    combo->setMaxVisibleItems(20);
    return combo;
}

void fillClientChoices(QComboBox *combo, const QList<parties::Client> &clients)
{
    const QSignalBlocker blocker(combo);
    const qint64 clientId = combo->currentData().toLongLong();
    combo->clear();
    combo->addItem(Text::tr("All clients"), qint64(0));
    for (const parties::Client &client : clients)
        combo->addItem(Text::tr("%1 %2").arg(client.code, client.name), client.id);
    combo->setCurrentIndex(std::max(0, combo->findData(clientId)));
}

void reloadClientChoices(QComboBox *combo, Workspace *workspace)
{
    QList<parties::Client> clients;
    if (workspace->isOpen()) {
        try {
            clients = workspace->parties().repository().clients();
        } catch (const storage::StorageError &error) {
            QMessageBox::warning(combo->window(), Text::tr("Cannot read the clients"), error.message());
        }
    }
    fillClientChoices(combo, clients);
}

} // namespace kaishu::ui
