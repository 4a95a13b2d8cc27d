#include "ClientDetailPane.h"

#include "BillingSettingsForm.h"
#include "FieldNames.h"
#include "FormDialog.h"
#include "Workspace.h"
#include "parties/Identifiers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace kaishu::ui {

using parties::BankAccountType;
using parties::Client;
using parties::FieldError;

ClientDetailPane::ClientDetailPane(Workspace *workspace, QUndoStack *undoStack, QWidget *parent)
    : RecordForm(workspace, undoStack, parent)
{
    m_title = createTitle();
    QFormLayout *clientForm = addSection(tr("Client"));
    QWidget *clientBox = clientForm->parentWidget();
    m_code = new QLineEdit(clientBox);
    m_name = new QLineEdit(clientBox);
    m_nameKana = new QLineEdit(clientBox);
    m_nameKana->setPlaceholderText(tr("Full-width katakana"));
    m_registrationNumber = new QLineEdit(clientBox);
    m_registrationNumber->setPlaceholderText(tr("T + 13 digits"));
    m_postalCode = new QLineEdit(clientBox);
    m_postalCode->setPlaceholderText(tr("123-4567"));
    m_address = new QLineEdit(clientBox);
    m_terms = new QLineEdit(clientBox);
    m_terms->setPlaceholderText(tr("e.g. 月末締め翌月末払い"));
    addField(clientForm, QStringLiteral("client_code"), m_code);
    addField(clientForm, QStringLiteral("name"), m_name);
    addField(clientForm, QStringLiteral("name_kana"), m_nameKana);
    addField(clientForm, QStringLiteral("registration_number"), m_registrationNumber);
    addField(clientForm, QStringLiteral("postal_code"), m_postalCode);
    addField(clientForm, QStringLiteral("address"), m_address);
    addField(clientForm, QStringLiteral("terms"), m_terms);

    QFormLayout *bankForm = addSection(tr("Payee account (where debtors pay)"));
    QWidget *bankBox = bankForm->parentWidget();
    m_bankCode = new QLineEdit(bankBox);
    m_bankCode->setPlaceholderText(tr("4 digits"));
    m_branchCode = new QLineEdit(bankBox);
    m_branchCode->setPlaceholderText(tr("3 digits"));
    m_accountType = new QComboBox(bankBox);
    for (const BankAccountType type : parties::BankAccountTypes)
        m_accountType->addItem(parties::displayName(type), parties::toCode(type));
    m_accountNumber = new QLineEdit(bankBox);
    m_accountNumber->setPlaceholderText(tr("7 digits"));
    m_accountName = new QLineEdit(bankBox);
    m_accountName->setPlaceholderText(tr("Half-width kana as the bank prints it"));
    addField(bankForm, QStringLiteral("bank_code"), m_bankCode);
    addField(bankForm, QStringLiteral("branch_code"), m_branchCode);
    addField(bankForm, QStringLiteral("account_type"), m_accountType);
    addField(bankForm, QStringLiteral("account_number"), m_accountNumber);
    addField(bankForm, QStringLiteral("account_name"), m_accountName);

    QFormLayout *billingForm = addSection(tr("Invoicing"));
    m_billingSettingsButton = new QPushButton(tr("&Billing settings…"), billingForm->parentWidget());
    m_billingSettingsButton->setObjectName(QStringLiteral("billingSettingsButton"));
    m_billingSettingsButton->setToolTip(
        tr("Tax rounding, issuer, invoice numbers, invoice form and e-mail wording of this client"));
    m_billingSettingsButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    billingForm->addRow(m_billingSettingsButton);
    connect(m_billingSettingsButton, &QPushButton::clicked, this, &ClientDetailPane::editBillingSettings);

    layOutPane(m_title);
    showRecord(0);
}

void ClientDetailPane::forgetRecord()
{
    m_stored.reset();
    clearEditors();
}

void ClientDetailPane::clearEditors()
{
    beginLoading();
    for (QLineEdit *edit : {m_code, m_name, m_nameKana, m_registrationNumber, m_postalCode, m_address,
                            m_terms, m_bankCode, m_branchCode, m_accountNumber, m_accountName})
        edit->clear();
    m_accountType->setCurrentIndex(0);
    m_title->setText(tr("Select a client to see and edit it."));
    endLoading();
    setHasRecord(false);
    m_billingSettingsButton->setEnabled(false);
    refreshHistory();
}

void ClientDetailPane::loadRecord()
{
    const std::optional<Client> client = workspace()->isOpen() && recordId() != 0
                                             ? workspace()->parties().repository().clientById(recordId())
                                             : std::nullopt;
    if (!client) {
        setRecordId(0);
        forgetRecord();
        return;
    }
    m_stored = *client;
    beginLoading();
    m_title->setText(tr("%1 %2").arg(client->code, client->name));
    m_code->setText(client->code);
    m_name->setText(client->name);
    m_nameKana->setText(client->nameKana);
    m_registrationNumber->setText(client->registrationNumber);
    m_postalCode->setText(client->postalCode);
    m_address->setText(client->address);
    m_terms->setText(client->terms.toJapanese());
    m_bankCode->setText(client->payeeAccount.bankCode);
    m_branchCode->setText(client->payeeAccount.branchCode);
    m_accountType->setCurrentIndex(
        std::max(0, m_accountType->findData(parties::toCode(client->payeeAccount.type))));
    m_accountNumber->setText(client->payeeAccount.accountNumber);
    m_accountName->setText(client->payeeAccount.accountName);
    endLoading();
    setHasRecord(true);
    m_billingSettingsButton->setEnabled(true);
    refreshHistory();
}

FormDialog *ClientDetailPane::billingSettingsDialog()
{
    if (!m_stored)
        return nullptr;
    auto *form = new BillingSettingsForm(workspace(), undoStack());
    form->setObjectName(QStringLiteral("billingSettings"));
    form->showClient(m_stored->id);
    return new FormDialog(form, tr("Billing settings of %1").arg(m_stored->code), this);
}

void ClientDetailPane::editBillingSettings()
{
    if (FormDialog *dialog = billingSettingsDialog()) {
        dialog->exec();
        delete dialog;
    }
}

QList<audit::AuditRecord> ClientDetailPane::storedHistory() const
{
    return workspace()->parties().clientHistory(m_stored->id);
}

Client ClientDetailPane::collect(QList<FieldError> *errors) const
{
    Client client = *m_stored;
    client.code = m_code->text().trimmed();
    client.name = m_name->text().trimmed();
    client.nameKana = m_nameKana->text().trimmed();
    client.registrationNumber = m_registrationNumber->text().trimmed().isEmpty()
                                    ? QString()
                                    : parties::normalizeRegistrationNumber(m_registrationNumber->text());
    const QString postalCode = m_postalCode->text().trimmed();
    const QString normalizedPostalCode = parties::normalizePostalCode(postalCode);
    client.postalCode = normalizedPostalCode.isEmpty() ? postalCode : normalizedPostalCode;
    client.address = m_address->text().trimmed();
    QString reason;
    const auto terms = calendar::PaymentTerms::parse(m_terms->text().trimmed(), &reason);
    if (terms)
        client.terms = *terms;
    else if (errors)
        errors->append({QStringLiteral("terms"), reason});
    client.payeeAccount.bankCode = parties::normalizeDigits(m_bankCode->text());
    client.payeeAccount.branchCode = parties::normalizeDigits(m_branchCode->text());
    client.payeeAccount.type = parties::bankAccountTypeFromText(m_accountType->currentData().toString())
                                   .value_or(BankAccountType::Ordinary);
    const QString accountNumber = parties::normalizeDigits(m_accountNumber->text());
    const QString paddedAccountNumber = parties::normalizeAccountNumber(accountNumber);
    client.payeeAccount.accountNumber = paddedAccountNumber.isEmpty() ? accountNumber : paddedAccountNumber;
    client.payeeAccount.accountName = m_accountName->text().trimmed();
    return client;
}

QList<FieldError> ClientDetailPane::checkInput() const
{
    if (!m_stored)
        return {};
    QList<FieldError> errors;
    const Client client = collect(&errors);
    errors += parties::validate(client);
    return errors;
}

void ClientDetailPane::writeChanges()
{
    const Client before = *m_stored;
    const Client after = collect(nullptr);
    if (before == after) {
        loadRecord();
        return;
    }
    workspace()->parties().updateClient(after);
    Workspace *target = workspace();
    pushSave<Client>(tr("Edit client %1").arg(after.code), before, after,
                     [target](const Client &snapshot) { writeSnapshot(target, snapshot); });
    loadRecord();
    workspace()->notifyPartiesChanged();
}

void ClientDetailPane::writeSnapshot(Workspace *workspace, const Client &snapshot)
{
    workspace->parties().restoreClient(snapshot);
    workspace->notifyPartiesChanged();
}

} // namespace kaishu::ui
