#include "AgencyProfileForm.h"

#include "Workspace.h"
#include "parties/Identifiers.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kaishu::ui {

using billing::AgencyProfile;

AgencyProfileForm::AgencyProfileForm(Workspace *workspace, QUndoStack *undoStack, QWidget *parent)
    : RecordForm(workspace, undoStack, parent)
{
    m_title = createTitle();
    m_title->setText(tr("Agency profile"));
    QFormLayout *form = addSection(tr("The agency as its documents name it"));
    QWidget *box = form->parentWidget();
    m_name = new QLineEdit(box);
    m_registrationNumber = new QLineEdit(box);
    m_registrationNumber->setPlaceholderText(tr("T + 13 digits"));
    m_postalCode = new QLineEdit(box);
    m_postalCode->setPlaceholderText(tr("123-4567"));
    m_address = new QLineEdit(box);
    m_phone = new QLineEdit(box);
    m_phone->setPlaceholderText(tr("03-1234-5678"));
    m_email = new QLineEdit(box);
    addField(form, QStringLiteral("name"), m_name);
    addField(form, QStringLiteral("registration_number"), m_registrationNumber);
    addField(form, QStringLiteral("postal_code"), m_postalCode);
    addField(form, QStringLiteral("address"), m_address);
    addField(form, QStringLiteral("phone"), m_phone);
    addField(form, QStringLiteral("email"), m_email);
    auto *hint = new QLabel(tr("Clients whose billing settings name the agency as issuer get invoices in "
                               "this name and registration number, on their behalf."),
                            box);
    hint->setWordWrap(true);
    form->addRow(hint);

    layOutPane(m_title);
    showRecord(ProfileId);
}

void AgencyProfileForm::forgetRecord()
{
    m_stored.reset();
    beginLoading();
    for (QLineEdit *edit : {m_name, m_registrationNumber, m_postalCode, m_address, m_phone, m_email})
        edit->clear();
    endLoading();
    setHasRecord(false);
    refreshHistory();
}

void AgencyProfileForm::loadRecord()
{
    if (!workspace()->isOpen()) {
        forgetRecord();
        return;
    }
    const AgencyProfile profile = workspace()->invoices().settings().agency();
    m_stored = profile;
    beginLoading();
    m_name->setText(profile.name);
    m_registrationNumber->setText(profile.registrationNumber);
    m_postalCode->setText(profile.postalCode);
    m_address->setText(profile.address);
    m_phone->setText(profile.phone);
    m_email->setText(profile.email);
    endLoading();
    setHasRecord(true);
    refreshHistory();
}

QList<audit::AuditRecord> AgencyProfileForm::storedHistory() const
{
    return audit::AuditTrail::history(workspace()->database(), {{QStringLiteral("agency_settings"), 0}});
}

AgencyProfile AgencyProfileForm::collect() const
{
    AgencyProfile profile;
    profile.name = m_name->text().trimmed();
    const QString registration = m_registrationNumber->text().trimmed();
    profile.registrationNumber =
        registration.isEmpty() ? QString() : parties::normalizeRegistrationNumber(registration);
    if (profile.registrationNumber.isEmpty())
        profile.registrationNumber = registration; // the service names what is wrong with it
    const QString postalCode = m_postalCode->text().trimmed();
    const QString normalizedPostalCode = parties::normalizePostalCode(postalCode);
    profile.postalCode = normalizedPostalCode.isEmpty() ? postalCode : normalizedPostalCode;
    profile.address = m_address->text().trimmed();
    profile.phone = m_phone->text().trimmed();
    profile.email = m_email->text().trimmed();
    return profile;
}

QList<parties::FieldError> AgencyProfileForm::checkInput() const
{
    // The rules live in BillingSettingsStore::saveAgency; its ValidationError lands under the fields.
    return {};
}

void AgencyProfileForm::writeChanges()
{
    const AgencyProfile before = *m_stored;
    const AgencyProfile after = collect();
    workspace()->invoices().settings().saveAgency(after);
    Workspace *target = workspace();
    pushSave<AgencyProfile>(tr("Edit agency profile"), before, after,
                            [target](const AgencyProfile &snapshot) { writeSnapshot(target, snapshot); });
    loadRecord();
    workspace()->notifyBillingChanged();
}

void AgencyProfileForm::writeSnapshot(Workspace *workspace, const AgencyProfile &snapshot)
{
    workspace->invoices().settings().saveAgency(snapshot);
    workspace->notifyBillingChanged();
}

} // namespace kaishu::ui
