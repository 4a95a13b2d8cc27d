#pragma once

#include "RecordForm.h"
#include "parties/Parties.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kaishu::ui {

class CreditReportTableModel;

// A debtor and one of its accounts as the undo stack remembers them.
struct DebtorSnapshot
{
    parties::Debtor debtor;
    parties::Account account;
};

// The right-hand pane of the debtor register: the debtor's details and those of the selected
// account, editable, with Save / Revert and the audit history of both; below them the debtor's
// credit reports (信用調査), newest first, with Add.
class DebtorDetailPane : public RecordForm
{
    Q_OBJECT

public:
    DebtorDetailPane(Workspace *workspace, QUndoStack *undoStack, QWidget *parent = nullptr);

    // Shows the account and its debtor (0: nothing selected).
    void showAccount(qint64 accountId) { showRecord(accountId); }
    qint64 accountId() const { return recordId(); }

    CreditReportTableModel *creditReportModel() const { return m_reportModel; }
    QTableView *creditReportTable() const { return m_reportTable; }
    QPushButton *addCreditReportButton() const { return m_addReport; }

public slots:
    // Opens the form for a new credit report on the shown debtor.
    void addCreditReport();

protected:
    void forgetRecord() override;
    QList<audit::AuditRecord> storedHistory() const override;
    void loadRecord() override;
    QList<parties::FieldError> checkInput() const override;
    void writeChanges() override;

private:
    // The editors' values over the stored snapshot; parse problems go to *errors.
    DebtorSnapshot collect(QList<parties::FieldError> *errors) const;
    // Writes a snapshot over the stored records, whatever their versions are now (undo / redo).
    static void writeSnapshot(Workspace *workspace, const DebtorSnapshot &snapshot);
    void clearEditors();
    // Reads the shown debtor's credit reports again (none without a debtor).
    void reloadCreditReports();

    std::optional<DebtorSnapshot> m_stored;

    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameKana = nullptr;
    QLineEdit *m_payerName = nullptr;
    QLineEdit *m_corporateNumber = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QComboBox *m_prefecture = nullptr;
    QLineEdit *m_address = nullptr;
    QComboBox *m_industry = nullptr;
    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_client = nullptr;
    QLineEdit *m_customerCode = nullptr;
    QLineEdit *m_terms = nullptr;
    QLineEdit *m_creditLimit = nullptr;
    QLineEdit *m_virtualAccount = nullptr;
    QComboBox *m_status = nullptr;
    CreditReportTableModel *m_reportModel = nullptr;
    QTableView *m_reportTable = nullptr;
    QLabel *m_noReports = nullptr;
    QPushButton *m_addReport = nullptr;
};

} // namespace kaishu::ui
