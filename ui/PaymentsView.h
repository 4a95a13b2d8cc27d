#pragma once

#include "payments/PaymentService.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMimeData;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

namespace kaishu::ui {

class BankTransactionTableModel;
class ManualAllocationDialog;
class ReceiptDialog;
class SuggestionPanel;
class Workspace;

// 入金確認・消込: the bank transactions with status, client and payer-name filters above them and their
// totals below; beside them the selected payment's candidates and the decisions — accept (Enter),
// next (Ctrl+Down, J), allocate by hand (Ctrl+M), bank fee, other income, reverse. After a decision
// the next waiting payment is selected, so a clerk clears the queue from the keyboard. Bank files
// come in through File → Import bank file or by dropping them on the list; every import is matched at
// once and summed up.
class PaymentsView : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentsView(Workspace *workspace, QWidget *parent = nullptr);

    BankTransactionTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    SuggestionPanel *suggestionPanel() const { return m_panel; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *clientFilter() const { return m_clientFilter; }
    QLabel *totalsLabel() const { return m_totals; }
    int visibleRowCount() const;

    QAction *importAction() const { return m_importAction; }
    QAction *matchAction() const { return m_matchAction; }
    QAction *acceptAction() const { return m_acceptAction; }
    QAction *nextAction() const { return m_nextAction; }
    QAction *manualAction() const { return m_manualAction; }
    QAction *feeAction() const { return m_feeAction; }
    QAction *otherIncomeAction() const { return m_otherIncomeAction; }
    QAction *reverseAction() const { return m_reverseAction; }
    QAction *receiptAction() const { return m_receiptAction; }
    // The decisions on the selected payment, in button and context-menu order.
    QList<QAction *> paymentActions() const;

    // The payment the panel shows, nothing when none is selected.
    std::optional<payments::BankTransaction> currentTransaction() const;
    void selectTransaction(qint64 transactionId);

    // Whether a drop holds files to import as bank files.
    static bool canImport(const QMimeData *mime);
    // Imports the files (in order) and matches what is open; a summary or the problems are shown.
    // True when every file was read (new lines or not).
    bool importFiles(const QStringList &paths);
    // The files of a drop, imported once the drop has returned (the drag source is not kept waiting).
    void importDropped(const QMimeData *mime);

    // Opens the manual allocation for the selected payment (window-modal, not blocking); nullptr when
    // the selected payment cannot be allocated.
    ManualAllocationDialog *allocateManually();
    // Opens the receipt (領収書) for an invoice the selected matched payment paid and no receipt
    // covers yet; with several such invoices the clerk picks one (chooseInvoice answers in tests).
    // nullptr when there is none (the clerk is told) or the clerk cancels.
    ReceiptDialog *issueReceipt(const std::function<int(const QStringList &choices)> &chooseInvoice = {});

    void saveSettings() const;
    void restoreSettings();

public slots:
    void chooseAndImport();
    void matchOpen();
    void acceptHighlighted();
    void selectNextWaiting();
    void markAsFee();
    void markAsOtherIncome();
    void reverseSelected();

signals:
    void rowCountChanged(int rows);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void reloadFilterChoices();
    void applyFilter();
    void reload();
    // After the rows were read again: the payment selected before, else the first waiting one.
    void restoreSelection(const std::optional<payments::BankTransaction> &previous);
    void showCurrent();
    void updateActions();
    void updateTotals();
    // The ids of the rows in the order shown.
    QList<qint64> shownIds() const;
    // Selects the first waiting payment after position `from` of `order` (a list of ids as shown
    // before a change), wrapping round; nothing is selected when none waits.
    void selectWaitingAfter(const QList<qint64> &order, qsizetype from);
    // Runs a decision on the current payment and moves on to the next waiting one when it went through.
    void decide(const QString &failureTitle,
                const std::function<void(const payments::BankTransaction &)> &call);
    // For a bank CSV not imported before, asks the clerk for the column mapping and the account
    // (BankCsvImportDialog) and puts them into options, saving the mapping when asked. False when the
    // clerk cancels or something fails (already told).
    bool chooseCsvMapping(const QByteArray &bytes, const QString &name, payments::ImportOptions &options,
                          QWidget &progress);

    Workspace *m_workspace;
    BankTransactionTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_clientFilter = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_totals = nullptr;
    QTimer *m_searchTimer = nullptr;
    QSplitter *m_splitter = nullptr;
    SuggestionPanel *m_panel = nullptr;

    QAction *m_importAction = nullptr;
    QAction *m_matchAction = nullptr;
    QAction *m_acceptAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_manualAction = nullptr;
    QAction *m_feeAction = nullptr;
    QAction *m_otherIncomeAction = nullptr;
    QAction *m_reverseAction = nullptr;
    QAction *m_receiptAction = nullptr;
};

} // namespace kaishu::ui
