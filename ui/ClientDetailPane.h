#pragma once

#include "RecordForm.h"
#include "parties/Parties.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kaishu::ui {

class FormDialog;

// A client's details (依頼者): name, invoice registration, the account its debtors pay into and
// its default terms, editable with Save / Revert, and its audit history.
class ClientDetailPane : public RecordForm
{
    Q_OBJECT

public:
    ClientDetailPane(Workspace *workspace, QUndoStack *undoStack, QWidget *parent = nullptr);

    void showClient(qint64 clientId) { showRecord(clientId); }
    qint64 clientId() const { return recordId(); }
    // The shown client's billing settings in a dialog of their own (nullptr when no client is shown).
    FormDialog *billingSettingsDialog();

public slots:
    void editBillingSettings();

protected:
    void forgetRecord() override;
    QList<audit::AuditRecord> storedHistory() const override;
    void loadRecord() override;
    QList<parties::FieldError> checkInput() const override;
    void writeChanges() override;

private:
    parties::Client collect(QList<parties::FieldError> *errors) const;
    static void writeSnapshot(Workspace *workspace, const parties::Client &snapshot);
    void clearEditors();

    std::optional<parties::Client> m_stored;

    QLabel *m_title = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameKana = nullptr;
    QLineEdit *m_registrationNumber = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_terms = nullptr;
    QLineEdit *m_bankCode = nullptr;
    QLineEdit *m_branchCode = nullptr;
    QComboBox *m_accountType = nullptr;
    QLineEdit *m_accountNumber = nullptr;
    QLineEdit *m_accountName = nullptr;
    QPushButton *m_billingSettingsButton = nullptr;
};

} // namespace kaishu::ui
