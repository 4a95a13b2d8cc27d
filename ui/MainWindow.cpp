#include "MainWindow.h"

#include "AgencyProfileForm.h"
#include "ArchiveSearchDialog.h"
#include "ClientDetailPane.h"
#include "ClientView.h"
#include "DebtorDetailPane.h"
#include "DebtorRegisterModel.h"
#include "DebtorView.h"
#include "FormDialog.h"
#include "ImportDialog.h"
#include "InvoiceView.h"
#include "ListViews.h"
#include "MailServerDialog.h"
#include "OrderLineForm.h"
#include "OrderView.h"
#include "PaymentsView.h"
#include "PostgresConnectDialog.h"
#include "ReceivingAccountsDialog.h"
#include "ScreeningView.h"
#include "Translations.h"
#include "Workspace.h"
#include "audit/AuditTrail.h"
#include "parties/PartyExport.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QUndoStack>

namespace kaishu::ui {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString AreaKey = QStringLiteral("window/area");
const QString LastFolderKey = QStringLiteral("files/lastFolder");
const QString LastPostgresKey = QStringLiteral("database/lastPostgres");
const QString LastDatabaseKey = QStringLiteral("database/last");

QString lastFolder()
{
    return appSettings().value(LastFolderKey).toString();
}

void rememberFolder(const QString &path)
{
    appSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
}

// Runs work under a busy cursor; the cursor comes back however the work ends.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowIcon(QIcon(QStringLiteral(":/kaishu/icons/kaishu.svg")));
    m_workspace = new Workspace(audit::AuditTrail::defaultActor(), this);
    m_undoStack = new QUndoStack(this);

    m_debtorView = new DebtorView(m_workspace, m_undoStack, this);
    m_clientView = new ClientView(m_workspace, m_undoStack, this);
    m_invoiceView = new InvoiceView(m_workspace, this);
    m_orderView = new OrderView(m_workspace, m_undoStack, this);
    m_paymentsView = new PaymentsView(m_workspace, this);
    m_screeningView = new ScreeningView(m_workspace, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_debtorView);
    m_stack->addWidget(m_clientView);
    m_stack->addWidget(m_invoiceView);
    m_stack->addWidget(m_orderView);
    m_stack->addWidget(m_paymentsView);
    m_stack->addWidget(m_screeningView);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget { background: #eef2f6; padding-top: 6px; }"
                       "QListWidget::item { padding: 8px 10px; border-radius: 4px; color: #1b2733; }"
                       "QListWidget::item:selected { background: #1f4e79; color: white; }"));
    auto *debtorsItem =
        new QListWidgetItem(QIcon(QStringLiteral(":/kaishu/icons/debtors.svg")), tr("Debtors"), m_navigation);
    debtorsItem->setToolTip(tr("The debtor register (Ctrl+1)"));
    auto *clientsItem =
        new QListWidgetItem(QIcon(QStringLiteral(":/kaishu/icons/clients.svg")), tr("Clients"), m_navigation);
    clientsItem->setToolTip(tr("The agency's clients (Ctrl+2)"));
    auto *invoicesItem = new QListWidgetItem(QIcon(QStringLiteral(":/kaishu/ui-icons/invoices.svg")),
                                             tr("Invoices"), m_navigation);
    invoicesItem->setToolTip(tr("Invoices and credit notes (Ctrl+3)"));
    auto *ordersItem = new QListWidgetItem(QIcon(QStringLiteral(":/kaishu/ui-icons/orders.svg")),
                                           tr("Orders"), m_navigation);
    ordersItem->setToolTip(tr("Order lines waiting for billing (Ctrl+4)"));
    auto *paymentsItem = new QListWidgetItem(QIcon(QStringLiteral(":/kaishu/ui-icons/payments.svg")),
                                             tr("Payments"), m_navigation);
    paymentsItem->setToolTip(tr("Bank payments to confirm and match to invoices (Ctrl+5)"));
    auto *screeningItem = new QListWidgetItem(QIcon(QStringLiteral(":/kaishu/ui-icons/screening.svg")),
                                              tr("Screening"), m_navigation);
    screeningItem->setToolTip(tr("Credit screening: grades, limits and reviews of the accounts (Ctrl+6)"));
    int widestItem = 0;
    for (const QString &name :
         {tr("Debtors"), tr("Clients"), tr("Invoices"), tr("Orders"), tr("Payments"), tr("Screening")})
        widestItem = std::max(widestItem, fontMetrics().horizontalAdvance(name));
    const int navigationWidth = std::max(150, widestItem + 80);
    m_navigation->setFixedWidth(navigationWidth);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        updateRowCount();
        updateAreaActions();
    });

    createActions();
    createMenus();
    createStatusBar();

    connect(m_debtorView, &DebtorView::rowCountChanged, this, &MainWindow::updateRowCount);
    connect(m_clientView, &ClientView::rowCountChanged, this, &MainWindow::updateRowCount);
    connect(m_invoiceView, &InvoiceView::rowCountChanged, this, &MainWindow::updateRowCount);
    connect(m_orderView, &OrderView::rowCountChanged, this, &MainWindow::updateRowCount);
    connect(m_paymentsView, &PaymentsView::rowCountChanged, this, &MainWindow::updateRowCount);
    connect(m_screeningView, &ScreeningView::rowCountChanged, this, &MainWindow::updateRowCount);
    setAcceptDrops(true);
    connect(m_workspace, &Workspace::databaseChanged, this, [this] {
        m_undoStack->clear();
        updateDatabaseStatus();
        updateRowCount();
        updateReviewsDue();
    });
    connect(m_workspace, &Workspace::partiesChanged, this, &MainWindow::updateRowCount);
    connect(m_workspace, &Workspace::partiesChanged, this, &MainWindow::updateReviewsDue);
    connect(m_workspace, &Workspace::screeningChanged, this, &MainWindow::updateReviewsDue);

    showArea(DebtorsArea);
    restoreSettings();
    updateDatabaseStatus();
    updateReviewsDue();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New database…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDatabase);

    m_openAction = new QAction(tr("&Open database…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabaseFile);

    m_postgresAction = new QAction(tr("Connect to &PostgreSQL…"), this);
    connect(m_postgresAction, &QAction::triggered, this, &MainWindow::connectPostgres);

    m_importClientsAction = new QAction(tr("Import &clients…"), this);
    m_importClientsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_importClientsAction, &QAction::triggered, this,
            [this] { importParties(parties::ImportKind::Clients); });

    m_importDebtorsAction = new QAction(tr("&Import debtors…"), this);
    m_importDebtorsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importDebtorsAction, &QAction::triggered, this,
            [this] { importParties(parties::ImportKind::Debtors); });

    m_importOrdersAction = new QAction(tr("Import o&rders…"), this);
    connect(m_importOrdersAction, &QAction::triggered, this, &MainWindow::importOrders);

    // The payments view's own action (also on its toolbar); from the menu it shows the area first.
    m_importBankFileAction = m_paymentsView->importAction();
    m_importBankFileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_importBankFileAction, &QAction::triggered, this, [this] { showArea(PaymentsArea); });

    m_agencyAction = new QAction(tr("A&gency profile…"), this);
    connect(m_agencyAction, &QAction::triggered, this, &MainWindow::editAgencyProfile);

    m_mailServerAction = new QAction(tr("&Mail server…"), this);
    m_mailServerAction->setToolTip(tr("The server invoices are e-mailed through"));
    connect(m_mailServerAction, &QAction::triggered, this, &MainWindow::editMailServer);

    m_receivingAccountsAction = new QAction(tr("&Receiving accounts…"), this);
    m_receivingAccountsAction->setToolTip(
        tr("The agency's and clients' bank accounts whose statements are imported as payments"));
    connect(m_receivingAccountsAction, &QAction::triggered, this, &MainWindow::editReceivingAccounts);

    m_archiveAction = new QAction(tr("Search &archived documents…"), this);
    m_archiveAction->setToolTip(tr("Issued documents as kept, by date, amount, counterparty and number"));
    connect(m_archiveAction, &QAction::triggered, this, &MainWindow::searchArchive);

    // The invoice view's own action (also on its toolbar); from the menu it shows the area first.
    m_billingRunAction = m_invoiceView->billingRunAction();
    m_billingRunAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_billingRunAction, &QAction::triggered, this, [this] { showArea(InvoicesArea); });

    m_exportClientsAction = new QAction(tr("Export c&lients…"), this);
    m_exportClientsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportClientsAction, &QAction::triggered, this,
            [this] { exportParties(parties::ImportKind::Clients); });

    m_exportDebtorsAction = new QAction(tr("&Export debtors…"), this);
    m_exportDebtorsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportDebtorsAction, &QAction::triggered, this,
            [this] { exportParties(parties::ImportKind::Debtors); });

    m_backupAction = new QAction(tr("&Backup…"), this);
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backup);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_saveAction = new QAction(tr("&Save changes"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveCurrentRecord);

    m_revertAction = new QAction(tr("Re&vert changes"), this);
    connect(m_revertAction, &QAction::triggered, this, &MainWindow::revertCurrentRecord);

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_debtorsAreaAction = new QAction(tr("&Debtors"), this);
    m_debtorsAreaAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_debtorsAreaAction, &QAction::triggered, this, [this] { showArea(DebtorsArea); });
    m_clientsAreaAction = new QAction(tr("&Clients"), this);
    m_clientsAreaAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_clientsAreaAction, &QAction::triggered, this, [this] { showArea(ClientsArea); });
    m_invoicesAreaAction = new QAction(tr("&Invoices"), this);
    m_invoicesAreaAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_invoicesAreaAction, &QAction::triggered, this, [this] { showArea(InvoicesArea); });
    m_ordersAreaAction = new QAction(tr("&Orders"), this);
    m_ordersAreaAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_ordersAreaAction, &QAction::triggered, this, [this] { showArea(OrdersArea); });
    m_paymentsAreaAction = new QAction(tr("&Payments"), this);
    m_paymentsAreaAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    connect(m_paymentsAreaAction, &QAction::triggered, this, [this] { showArea(PaymentsArea); });
    m_screeningAreaAction = new QAction(tr("&Screening"), this);
    m_screeningAreaAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    connect(m_screeningAreaAction, &QAction::triggered, this, [this] { showArea(ScreeningArea); });

    m_columnsAction = new QAction(tr("C&olumns…"), this);
    connect(m_columnsAction, &QAction::triggered, this, &MainWindow::chooseColumns);

    m_aboutAction = new QAction(tr("&About Kaishu"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_postgresAction);
    file->addSeparator();
    file->addAction(m_importClientsAction);
    file->addAction(m_importDebtorsAction);
    file->addAction(m_importOrdersAction);
    file->addAction(m_importBankFileAction);
    file->addAction(m_exportClientsAction);
    file->addAction(m_exportDebtorsAction);
    file->addSeparator();
    file->addAction(m_agencyAction);
    file->addAction(m_mailServerAction);
    file->addAction(m_receivingAccountsAction);
    file->addAction(m_backupAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_saveAction);
    edit->addAction(m_revertAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    // The actions on invoices stay on the invoice view's tool bar and context menu, next to the
    // selection they act on.
    QMenu *billing = menuBar()->addMenu(tr("&Billing"));
    billing->addAction(m_billingRunAction);
    billing->addAction(m_archiveAction);
    billing->addSeparator();
    billing->addAction(m_invoicesAreaAction);
    billing->addAction(m_ordersAreaAction);
    billing->addAction(m_importOrdersAction);
    billing->addSeparator();
    billing->addAction(m_paymentsAreaAction);
    billing->addAction(m_importBankFileAction);
    billing->addAction(m_receivingAccountsAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_debtorsAreaAction);
    view->addAction(m_clientsAreaAction);
    view->addAction(m_invoicesAreaAction);
    view->addAction(m_ordersAreaAction);
    view->addAction(m_paymentsAreaAction);
    view->addAction(m_screeningAreaAction);
    view->addSeparator();
    view->addAction(m_columnsAction);
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString chosen = i18n::chosenLanguage();
    const QList<QPair<QString, QString>> choices{{QString(), tr("System default")},
                                                 {QStringLiteral("ja"), QStringLiteral("日本語")},
                                                 {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
        m_languageActions << action;
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_rowCountLabel = new QLabel(this);
    m_rowCountLabel->setObjectName(QStringLiteral("rowCountLabel"));
    m_rowCountLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000,000 rows")) + 16);
    m_rowCountLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_reviewsButton = new QToolButton(this);
    m_reviewsButton->setObjectName(QStringLiteral("reviewsDueButton"));
    m_reviewsButton->setAutoRaise(true);
    m_reviewsButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_reviewsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_reviewsButton->setToolTip(tr("Accounts never screened or whose review date has come: show them"));
    m_reviewsButton->hide();
    connect(m_reviewsButton, &QToolButton::clicked, this, [this] {
        showArea(ScreeningArea);
        m_screeningView->reviewDueFilter()->setChecked(true);
    });
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_reviewsButton);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_rowCountLabel);
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(std::max(0, m_stack->currentIndex()));
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(static_cast<int>(area));
}

void MainWindow::updateAreaActions()
{
    // Only the areas with a record form save and revert; the order lines have no search field.
    const Area area = currentArea();
    const bool hasForm = area != InvoicesArea && area != PaymentsArea && area != ScreeningArea;
    m_saveAction->setEnabled(hasForm);
    m_revertAction->setEnabled(hasForm);
    m_findAction->setEnabled(area != OrdersArea);
}

void MainWindow::updateReviewsDue()
{
    int due = 0;
    if (m_workspace->isOpen()) {
        try {
            due = m_workspace->screening().reviewsDue();
        } catch (const std::exception &) {
            due = 0; // the count is a reminder; the screening area shows any error itself
        }
    }
    m_reviewsButton->setText(tr("%n review(s) due", nullptr, due));
    m_reviewsButton->setVisible(due > 0);
}

void MainWindow::updateDatabaseStatus()
{
    const bool open = m_workspace->isOpen();
    const QString name = open ? m_workspace->displayName() : tr("No database open");
    m_databaseLabel->setText(tr("Database: %1").arg(name));
    m_databaseLabel->setToolTip(name);
    m_userLabel->setText(tr("User: %1").arg(m_workspace->actor()));
    setWindowTitle(
        open ? tr("Kaishu — %1").arg(QFileInfo(name).fileName().isEmpty() ? name : QFileInfo(name).fileName())
             : tr("Kaishu"));
    for (QAction *action :
         {m_importClientsAction, m_importDebtorsAction, m_importOrdersAction, m_exportClientsAction,
          m_exportDebtorsAction, m_agencyAction, m_mailServerAction, m_receivingAccountsAction,
          m_archiveAction, m_billingRunAction, m_importBankFileAction, m_backupAction})
        action->setEnabled(open);
}

void MainWindow::updateRowCount()
{
    int rows = 0;
    switch (currentArea()) {
    case DebtorsArea:
        rows = m_debtorView->model()->rowCount();
        break;
    case ClientsArea:
        rows = m_clientView->visibleRowCount();
        break;
    case InvoicesArea:
        rows = m_invoiceView->visibleRowCount();
        break;
    case OrdersArea:
        rows = m_orderView->visibleRowCount();
        break;
    case PaymentsArea:
        rows = m_paymentsView->visibleRowCount();
        break;
    case ScreeningArea:
        rows = m_screeningView->visibleRowCount();
        break;
    }
    m_rowCountLabel->setText(tr("%Ln row(s)", nullptr, rows));
}

bool MainWindow::openDatabase(const storage::DatabaseLocation &location)
{
    if (!confirmLeaveRecords())
        return false;
    std::unique_ptr<storage::Database> database;
    try {
        const BusyCursor busy;
        database = storage::Database::open(location);
    } catch (const storage::StorageError &error) {
        QMessageBox::critical(this, tr("Cannot open the database"),
                              tr("%1\n\n%2").arg(location.displayName(), error.message()));
        return false;
    }
    {
        const BusyCursor busy;
        m_workspace->setDatabase(std::move(database));
    }
    if (location.kind() == storage::DatabaseLocation::Kind::Sqlite)
        appSettings().setValue(LastDatabaseKey, location.filePath());
    return true;
}

bool MainWindow::confirmLeaveRecords()
{
    return m_debtorView->detailPane()->confirmLeave() && m_clientView->detailPane()->confirmLeave() &&
           m_orderView->detailPane()->confirmLeave();
}

void MainWindow::newDatabase()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New database"), lastFolder(),
                                                tr("Kaishu databases (*.sqlite)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("%1 exists already. Use Open database to work with it, or choose another "
                                "name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    rememberFolder(path);
    openDatabase(storage::DatabaseLocation::sqliteFile(path));
}

void MainWindow::openDatabaseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), lastFolder(),
                                                      tr("Kaishu databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    openDatabase(storage::DatabaseLocation::sqliteFile(path));
}

void MainWindow::connectPostgres()
{
    PostgresConnectDialog dialog(this);
    dialog.setFromUrl(appSettings().value(LastPostgresKey).toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const std::optional<storage::DatabaseLocation> location =
        storage::DatabaseLocation::parse(dialog.url(), &error);
    if (!location) {
        QMessageBox::warning(this, tr("Connect to PostgreSQL"), error);
        return;
    }
    if (openDatabase(*location))
        appSettings().setValue(LastPostgresKey, dialog.urlWithoutPassword());
}

ImportDialog *MainWindow::openImportDialog(parties::ImportKind kind, const QString &path)
{
    auto *dialog = new ImportDialog(m_workspace, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    if (!path.isEmpty() && dialog->loadFile(path))
        dialog->check();
    return dialog;
}

void MainWindow::importParties(parties::ImportKind kind)
{
    if (!m_workspace->isOpen() || !confirmLeaveRecords())
        return;
    ImportDialog dialog(m_workspace, kind, this);
    dialog.exec();
    if (dialog.lastResult().committed)
        statusBar()->showMessage(tr("Import finished: %1 new, %2 changed, %3 unchanged")
                                     .arg(dialog.lastResult().created)
                                     .arg(dialog.lastResult().updated)
                                     .arg(dialog.lastResult().unchanged),
                                 8000);
}

void MainWindow::importOrders()
{
    if (!m_workspace->isOpen() || !m_orderView->detailPane()->confirmLeave())
        return;
    ImportDialog dialog(m_workspace, ImportDialog::orderTarget(m_workspace), this);
    dialog.exec();
    if (dialog.lastResult().committed) {
        showArea(OrdersArea);
        statusBar()->showMessage(
            tr("Import finished: %n order line(s)", nullptr, dialog.lastResult().created), 8000);
    }
}

void MainWindow::editAgencyProfile()
{
    if (!m_workspace->isOpen())
        return;
    FormDialog dialog(new AgencyProfileForm(m_workspace, m_undoStack), tr("Agency profile"), this);
    dialog.exec();
}

MailServerDialog *MainWindow::mailServerDialog()
{
    return m_workspace->isOpen() ? new MailServerDialog(m_workspace, this) : nullptr;
}

void MainWindow::editMailServer()
{
    if (MailServerDialog *dialog = mailServerDialog()) {
        dialog->exec();
        delete dialog;
    }
}

void MainWindow::editReceivingAccounts()
{
    if (!m_workspace->isOpen())
        return;
    ReceivingAccountsDialog dialog(m_workspace, this);
    dialog.exec();
}

ArchiveSearchDialog *MainWindow::searchArchive()
{
    if (!m_workspace->isOpen())
        return nullptr;
    auto *dialog = new ArchiveSearchDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->search();
    return dialog;
}

void MainWindow::exportParties(parties::ImportKind kind)
{
    if (!m_workspace->isOpen())
        return;
    const bool clients = kind == parties::ImportKind::Clients;
    const QString utf8Filter = tr("CSV, UTF-8 with BOM (Excel) (*.csv)");
    const QString sjisFilter = tr("CSV, Shift_JIS (*.csv)");
    QString selectedFilter = utf8Filter;
    const QString suggested =
        QDir(lastFolder())
            .filePath((clients ? QStringLiteral("clients-") : QStringLiteral("debtors-")) +
                      QDate::currentDate().toString(QStringLiteral("yyyyMMdd")) + QStringLiteral(".csv"));
    QString path =
        QFileDialog::getSaveFileName(this, clients ? tr("Export clients") : tr("Export debtors"), suggested,
                                     utf8Filter + QStringLiteral(";;") + sjisFilter, &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    rememberFolder(path);
    const io::TextEncoding encoding =
        selectedFilter == sjisFilter ? io::TextEncoding::ShiftJis : io::TextEncoding::Utf8Bom;
    QString error;
    std::optional<QByteArray> bytes;
    try {
        const BusyCursor busy;
        bytes = clients ? parties::exportClientsCsv(m_workspace->database(), encoding, &error)
                        : parties::exportDebtorsCsv(m_workspace->database(), encoding, &error);
    } catch (const storage::StorageError &storageError) {
        error = storageError.message();
    }
    if (!bytes) {
        QMessageBox::warning(this, tr("Cannot export"), error);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        QMessageBox::warning(
            this, tr("Cannot export"),
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::backup()
{
    if (!m_workspace->isOpen())
        return;
    const bool sqlite = m_workspace->database().location().kind() == storage::DatabaseLocation::Kind::Sqlite;
    const QString suggested =
        QDir(lastFolder())
            .filePath(QStringLiteral("kaishu-backup-") +
                      QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")) +
                      (sqlite ? QStringLiteral(".sqlite") : QStringLiteral(".dump")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Backup"), suggested,
                                                      sqlite ? tr("Kaishu databases (*.sqlite)")
                                                             : tr("PostgreSQL archives (*.dump)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    // The backup goes to a new file first, so that a failure never costs the old backup the clerk
    // agreed to replace.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    try {
        const BusyCursor busy;
        m_workspace->database().backupTo(partial);
    } catch (const storage::StorageError &error) {
        QFile::remove(partial);
        QMessageBox::warning(this, tr("Backup failed"), error.message());
        return;
    }
    if ((QFileInfo::exists(path) && !QFile::remove(path)) || !QFile::rename(partial, path)) {
        QMessageBox::warning(this, tr("Backup failed"),
                             tr("The backup was written to %1 but could not replace %2.")
                                 .arg(QDir::toNativeSeparators(partial), QDir::toNativeSeparators(path)));
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

RecordForm *MainWindow::currentRecordForm() const
{
    switch (currentArea()) {
    case DebtorsArea:
        return m_debtorView->detailPane();
    case ClientsArea:
        return m_clientView->detailPane();
    case OrdersArea:
        return m_orderView->detailPane();
    case InvoicesArea:
    case PaymentsArea:
    case ScreeningArea:
        break;
    }
    return nullptr;
}

void MainWindow::saveCurrentRecord()
{
    if (RecordForm *form = currentRecordForm())
        form->save();
}

void MainWindow::revertCurrentRecord()
{
    if (RecordForm *form = currentRecordForm())
        form->revert();
}

void MainWindow::focusSearch()
{
    QLineEdit *field = nullptr;
    switch (currentArea()) {
    case DebtorsArea:
        field = m_debtorView->searchField();
        break;
    case ClientsArea:
        field = m_clientView->searchField();
        break;
    case InvoicesArea:
        field = m_invoiceView->searchField();
        break;
    case PaymentsArea:
        field = m_paymentsView->searchField();
        break;
    case ScreeningArea:
        field = m_screeningView->searchField();
        break;
    case OrdersArea:
        return;
    }
    field->setFocus(Qt::ShortcutFocusReason);
    field->selectAll();
}

void MainWindow::chooseColumns()
{
    showArea(DebtorsArea);
    m_debtorView->chooseColumns();
}

void MainWindow::setLanguage(const QString &language)
{
    if (language == i18n::chosenLanguage())
        return;
    i18n::setChosenLanguage(language);
    QMessageBox::information(this, tr("Language"),
                             tr("The language changes the next time Kaishu starts.\n"
                                "表示言語は次回の起動時に切り替わります。"));
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Kaishu"),
        tr("<h3>Kaishu %1</h3>"
           "<p>Receivables workbench for billing agencies: clients, debtors and their accounts, "
           "imports and exports, with every change recorded in a tamper-evident audit "
           "trail.</p>"
           "<p>Qt %2</p>")
            .arg(QStringLiteral(KAISHU_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreSettings()
{
    const QSettings store = appSettings();
    if (!restoreGeometry(store.value(GeometryKey).toByteArray()))
        resize(1400, 860);
    restoreState(store.value(StateKey).toByteArray());
    m_debtorView->restoreSettings();
    m_clientView->restoreSettings();
    m_invoiceView->restoreSettings();
    m_orderView->restoreSettings();
    m_paymentsView->restoreSettings();
    m_screeningView->restoreSettings();
    showArea(
        static_cast<Area>(std::clamp(store.value(AreaKey).toInt(), int(DebtorsArea), int(ScreeningArea))));
}

void MainWindow::saveSettings() const
{
    QSettings store = appSettings();
    store.setValue(GeometryKey, saveGeometry());
    store.setValue(StateKey, saveState());
    store.setValue(AreaKey, static_cast<int>(currentArea()));
    m_debtorView->saveSettings();
    m_clientView->saveSettings();
    m_invoiceView->saveSettings();
    m_orderView->saveSettings();
    m_paymentsView->saveSettings();
    m_screeningView->saveSettings();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_workspace->isOpen() && PaymentsView::canImport(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!m_workspace->isOpen() || !PaymentsView::canImport(event->mimeData()))
        return;
    event->acceptProposedAction();
    showArea(PaymentsArea);
    m_paymentsView->importDropped(event->mimeData());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmLeaveRecords()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace kaishu::ui
