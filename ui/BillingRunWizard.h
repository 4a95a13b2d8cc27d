#pragma once

#include "billing/InvoiceService.h"
#include "calendar/PaymentTerms.h"

#include <QWizard>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QTableWidget;

namespace kaishu::ui {

class Workspace;

// 締め処理: choose a client, its closing date and the issue date; see what the run would make (the
// drafts per customer and every customer whose credit limit the run exceeds, 与信超過); Finish makes
// the drafts, which the invoice view then shows.
class BillingRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SetupPage, PreviewPage };
    enum DraftColumn { CustomerCode, Debtor, Lines, Net, Tax, Total, DueDate, Credit, DraftColumnCount };
    enum WarningColumn { WarningCustomer, WarningDebtor, CreditLimit, Exposure, Excess, WarningColumnCount };

    BillingRunWizard(Workspace *workspace, QWidget *parent = nullptr);

    // Chooses the client (and the closing date its terms give for today).
    void setClient(qint64 clientId);
    QComboBox *clientCombo() const { return m_client; }
    QDateEdit *closingDateEdit() const { return m_closingDate; }
    QDateEdit *issueDateEdit() const { return m_issueDate; }
    QTableWidget *draftTable() const { return m_drafts; }
    QTableWidget *warningTable() const { return m_warnings; }
    QGroupBox *warningBox() const { return m_warningBox; }
    QLabel *previewSummary() const { return m_summary; }
    // The preview (before Finish) or what the run made (after).
    const billing::BillingRunPlan &plan() const { return m_plan; }

    // The last closing date of the terms on or before a day: for 月末締め the end of the previous
    // month, unless the day is a month end itself.
    static QDate lastClosingDate(const calendar::PaymentTerms &terms, QDate today);

public slots:
    // Runs the billing; the wizard stays open when the service refuses.
    void accept() override;

signals:
    void billingRunFinished(qint64 clientId, const QList<qint64> &draftIds);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage *createSetupPage();
    QWizardPage *createPreviewPage();
    void reloadClients();
    void onClientChanged();
    void showPlan();

    Workspace *m_workspace;
    billing::BillingRunPlan m_plan;
    QList<parties::Client> m_clients;

    QComboBox *m_client = nullptr;
    QLabel *m_clientTerms = nullptr;
    QDateEdit *m_closingDate = nullptr;
    QDateEdit *m_issueDate = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_drafts = nullptr;
    QGroupBox *m_warningBox = nullptr;
    QTableWidget *m_warnings = nullptr;
};

} // namespace kaishu::ui
