#pragma once

#include "billing/Invoice.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;

namespace kaishu::ui {

class BillingRunWizard;
class CreditNoteDialog;
class DraftEditor;
class InvoiceOutputActions;
class InvoiceTableModel;
class Workspace;

// 請求: the invoices and credit notes with filters (client, status, kind, search, issue dates) above
// the table and their totals below it, and what a clerk does to them — edit and issue drafts, cancel,
// re-issue, credit, record a payment, discard; preview, print, save, send, receipts — on a toolbar and
// the table's context menu. An action is enabled only when it applies to every selected row.
class InvoiceView : public QWidget
{
    Q_OBJECT

public:
    explicit InvoiceView(Workspace *workspace, QWidget *parent = nullptr);

    InvoiceTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *clientFilter() const { return m_clientFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QDateEdit *issuedFromEdit() const { return m_issuedFrom; }
    QDateEdit *issuedToEdit() const { return m_issuedTo; }
    QLabel *totalsLabel() const { return m_totals; }
    int visibleRowCount() const;

    QAction *billingRunAction() const { return m_billingRunAction; }
    QAction *openDraftAction() const { return m_openDraftAction; }
    QAction *issueAction() const { return m_issueAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *reissueAction() const { return m_reissueAction; }
    QAction *creditNoteAction() const { return m_creditNoteAction; }
    QAction *paymentAction() const { return m_paymentAction; }
    QAction *discardAction() const { return m_discardAction; }
    // The actions on the selected invoices, in tool bar and context menu order.
    QList<QAction *> invoiceActions() const;
    // Preview, print, files, e-mail and receipts of the selected invoices.
    InvoiceOutputActions *outputActions() const { return m_output; }
    QToolButton *outputButton() const { return m_outputButton; }

    // Overdue is measured against this day (today unless a test sets another).
    void setToday(QDate today);
    // The selected rows' invoices, in table order.
    QList<billing::Invoice> selectedInvoices() const;
    void selectInvoices(const QList<qint64> &invoiceIds);
    // After a billing run: the client's drafts, the new ones selected.
    void showDrafts(qint64 clientId, const QList<qint64> &selectedIds);

    // Opens the billing run wizard (window-modal, not blocking); it shows its drafts here when it
    // finishes.
    BillingRunWizard *startBillingRun();
    // Opens the draft editor for a draft (window-modal, not blocking).
    DraftEditor *editDraft(qint64 invoiceId);

    void saveSettings() const;
    void restoreSettings();

public slots:
    void openSelectedDraft();
    void issueSelected();
    void cancelSelected();
    void reissueSelected();
    void creditSelected();
    void recordPaymentForSelected();
    void discardSelected();

signals:
    void rowCountChanged(int rows);

private:
    // False when no draft goes over a credit limit; true when the user, a supervisor, approves;
    // nothing when issuing stops (the user is no supervisor, or declines).
    std::optional<bool> approvalOverLimit(const QList<qint64> &draftIds);
    void createActions();
    void reloadFilterChoices();
    void applyFilter();
    void reloadKeepingSelection();
    void updateActions();
    void updateTotals();
    // The only selected invoice, or nothing when none or several are selected.
    std::optional<billing::Invoice> singleSelection() const;
    void changed();

    Workspace *m_workspace;
    InvoiceTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_clientFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QDateEdit *m_issuedFrom = nullptr;
    QDateEdit *m_issuedTo = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_totals = nullptr;
    QTimer *m_searchTimer = nullptr;
    InvoiceOutputActions *m_output = nullptr;
    QToolButton *m_outputButton = nullptr;

    QAction *m_billingRunAction = nullptr;
    QAction *m_openDraftAction = nullptr;
    QAction *m_issueAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_reissueAction = nullptr;
    QAction *m_creditNoteAction = nullptr;
    QAction *m_paymentAction = nullptr;
    QAction *m_discardAction = nullptr;
};

} // namespace kaishu::ui
