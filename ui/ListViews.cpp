#include "ListViews.h"

#include "Workspace.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

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

QSortFilterProxyModel *sortingProxy(QAbstractItemModel *model, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    proxy->setSortLocaleAware(true);
    return proxy;
}

void selectSourceRow(QTableView *table, const QSortFilterProxyModel *proxy, int sourceRow)
{
    if (sourceRow < 0) {
        table->selectionModel()->clear();
        return;
    }
    const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
    table->selectionModel()->setCurrentIndex(index,
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index);
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

void restoreListState(const QString &prefix, QTableView *table, QSplitter *splitter,
                      const QList<int> &defaultSizes)
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
        splitter->setSizes(defaultSizes);
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

QHBoxLayout *searchBar(QWidget *parent, QLineEdit *field)
{
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(Text::tr("&Search:"), parent);
    label->setBuddy(field);
    bar->addWidget(label);
    bar->addWidget(field, 1);
    return bar;
}

QTimer *searchAsTyped(QLineEdit *field, int delayMs, const std::function<void()> &search)
{
    auto *timer = new QTimer(field);
    timer->setSingleShot(true);
    timer->setInterval(delayMs);
    QObject::connect(timer, &QTimer::timeout, field, search);
    QObject::connect(field, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    QObject::connect(field, &QLineEdit::returnPressed, field, search);
    return timer;
}

std::optional<QString> askForText(QWidget *parent, const QString &title, const QString &question)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, question, QLineEdit::Normal, {}, &ok);
    if (!ok)
        return std::nullopt;
    return text.trimmed();
}

} // namespace kaishu::ui
