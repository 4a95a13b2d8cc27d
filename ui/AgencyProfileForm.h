#pragma once

#include "RecordForm.h"
#include "billing/BillingSettings.h"

#include <optional>

class QLabel;
class QLineEdit;

namespace kaishu::ui {

// The billing agency itself (代行会社): the name and registration number its documents carry when it
// issues for clients under the 媒介者交付特例, with its address and contact details.
class AgencyProfileForm : public RecordForm
{
    Q_OBJECT

public:
    // The profile is a single record; RecordForm knows it by this id.
    static constexpr qint64 ProfileId = 1;

    AgencyProfileForm(Workspace *workspace, QUndoStack *undoStack, QWidget *parent = nullptr);

protected:
    void forgetRecord() override;
    QList<audit::AuditRecord> storedHistory() const override;
    void loadRecord() override;
    QList<parties::FieldError> checkInput() const override;
    void writeChanges() override;

private:
    billing::AgencyProfile collect() const;
    static void writeSnapshot(Workspace *workspace, const billing::AgencyProfile &snapshot);

    std::optional<billing::AgencyProfile> m_stored;

    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_registrationNumber = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
};

} // namespace kaishu::ui
