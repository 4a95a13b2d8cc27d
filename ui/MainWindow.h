#pragma once

#include "parties/PartyImport.h"
#include "storage/DatabaseLocation.h"

#include <QMainWindow>
#include <QToolButton>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace kaishu::ui {

class ArchiveSearchDialog;
class ClientView;
class DebtorView;
class ImportDialog;
class InvoiceView;
class MailServerDialog;
class OrderView;
class PaymentsView;
class RecordForm;
class ScreeningView;
class Workspace;

// Kaishu's main window: the areas of work on the left (debtors, clients, invoices, orders, payments,
// screening), the current area in the middle, the database, the user and the row count in the status
// bar. Bank files dropped anywhere on it are imported in the payments area.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // In the order of the navigation list.
    enum Area { DebtorsArea, ClientsArea, InvoicesArea, OrdersArea, PaymentsArea, ScreeningArea };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating a new SQLite file if needed) and shows the database; errors are shown in a
    // message box. False when it could not be opened (the previous database stays open).
    bool openDatabase(const storage::DatabaseLocation &location);

    Workspace *workspace() const { return m_workspace; }
    QUndoStack *undoStack() const { return m_undoStack; }
    DebtorView *debtorView() const { return m_debtorView; }
    ClientView *clientView() const { return m_clientView; }
    InvoiceView *invoiceView() const { return m_invoiceView; }
    OrderView *orderView() const { return m_orderView; }
    PaymentsView *paymentsView() const { return m_paymentsView; }
    ScreeningView *screeningView() const { return m_screeningView; }
    Area currentArea() const;
    void showArea(Area area);
    // Opens the import dialog (window-modal, not blocking), optionally with a file loaded and checked.
    ImportDialog *openImportDialog(parties::ImportKind kind, const QString &path = {});
    // The mail server settings (for the caller to show and delete); nullptr without a database.
    MailServerDialog *mailServerDialog();
    // The archive search, shown (not modal), listing what is kept until the clerk narrows it.
    ArchiveSearchDialog *searchArchive();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void restoreSettings();
    void saveSettings() const;
    void updateDatabaseStatus();
    // Shows how many accounts are due for a screening review (never screened, or their review date
    // has come), hidden when none.
    void updateReviewsDue();
    void updateRowCount();
    bool confirmLeaveRecords();
    // The record form of the current area (nullptr for the invoices, which have none).
    RecordForm *currentRecordForm() const;

    void newDatabase();
    void openDatabaseFile();
    void connectPostgres();
    void importParties(parties::ImportKind kind);
    void importOrders();
    void editAgencyProfile();
    void editMailServer();
    void editReceivingAccounts();
    void updateAreaActions();
    void exportParties(parties::ImportKind kind);
    void backup();
    void saveCurrentRecord();
    void revertCurrentRecord();
    void focusSearch();
    void chooseColumns();
    void setLanguage(const QString &language);
    void about();

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    DebtorView *m_debtorView = nullptr;
    ClientView *m_clientView = nullptr;
    InvoiceView *m_invoiceView = nullptr;
    OrderView *m_orderView = nullptr;
    PaymentsView *m_paymentsView = nullptr;
    ScreeningView *m_screeningView = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_rowCountLabel = nullptr;
    QToolButton *m_reviewsButton = nullptr; // accounts whose screening review is due; opens them

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_postgresAction = nullptr;
    QAction *m_importClientsAction = nullptr;
    QAction *m_importDebtorsAction = nullptr;
    QAction *m_importOrdersAction = nullptr;
    QAction *m_importBankFileAction = nullptr;
    QAction *m_agencyAction = nullptr;
    QAction *m_mailServerAction = nullptr;
    QAction *m_receivingAccountsAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_billingRunAction = nullptr;
    QAction *m_exportClientsAction = nullptr;
    QAction *m_exportDebtorsAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_debtorsAreaAction = nullptr;
    QAction *m_clientsAreaAction = nullptr;
    QAction *m_invoicesAreaAction = nullptr;
    QAction *m_ordersAreaAction = nullptr;
    QAction *m_paymentsAreaAction = nullptr;
    QAction *m_screeningAreaAction = nullptr;
    QAction *m_columnsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_languageActions;
};

} // namespace kaishu::ui
