#pragma once

#include "RecordForm.h"
#include "billing/BillingSettings.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kaishu::ui {

// How one client's invoices are made (請求設定): the tax rounding, who issues, the number format
// (with an example of the next number as it is typed), the default invoice form and the e-mail
// wording. Saved with its audit history, and undone like any record.
class BillingSettingsForm : public RecordForm
{
    Q_OBJECT

public:
    BillingSettingsForm(Workspace *workspace, QUndoStack *undoStack, QWidget *parent = nullptr);

    void showClient(qint64 clientId) { showRecord(clientId); }
    QLabel *numberExample() const { return m_numberExample; }

protected:
    void forgetRecord() override;
    QList<audit::AuditRecord> storedHistory() const override;
    void loadRecord() override;
    QList<parties::FieldError> checkInput() const override;
    void writeChanges() override;

private:
    billing::BillingSettings collect() const;
    void updateExample();
    static void writeSnapshot(Workspace *workspace, const billing::BillingSettings &snapshot);

    std::optional<billing::BillingSettings> m_stored;
    QString m_clientCode;

    QLabel *m_title = nullptr;
    QComboBox *m_rounding = nullptr;
    QComboBox *m_issuer = nullptr;
    QLineEdit *m_numberFormat = nullptr;
    QLabel *m_numberExample = nullptr;
    QComboBox *m_invoiceForm = nullptr;
    QLineEdit *m_emailSubject = nullptr;
    QPlainTextEdit *m_emailBody = nullptr;
};

} // namespace kaishu::ui
