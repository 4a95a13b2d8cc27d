#include "DebtorDetailPane.h"

#include "ColumnWidths.h"
#include "CreditReportDialog.h"
#include "FieldNames.h"
#include "ListViews.h"
#include "ServiceErrors.h"
#include "Workspace.h"
#include "parties/Classification.h"
#include "parties/Identifiers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace kaishu::ui {

using parties::Account;
using parties::AccountStatus;
using parties::Debtor;
using parties::DebtorKind;
using parties::FieldError;

namespace {

void selectData(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0 && !value.isEmpty()) {
        // A stored value the list does not know (older data): show it rather than lose it.
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0));
}

QLineEdit *lineEdit(QWidget *parent, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

DebtorDetailPane::DebtorDetailPane(Workspace *workspace, QUndoStack *undoStack, QWidget *parent)
    : RecordForm(workspace, undoStack, parent)
{
    m_title = createTitle(QStringLiteral("debtorTitle"));
    QFormLayout *debtorForm = addSection(tr("Debtor"));
    QWidget *debtorBox = debtorForm->parentWidget();
    m_name = lineEdit(debtorBox);
    m_nameKana = lineEdit(debtorBox, tr("Full-width katakana"));
    m_payerName = lineEdit(debtorBox, tr("Half-width kana as on bank statements"));
    m_corporateNumber = lineEdit(debtorBox, tr("13 digits"));
    m_kind = new QComboBox(debtorBox);
    m_kind->addItem(FieldNames::kindName(DebtorKind::Corporation), parties::toCode(DebtorKind::Corporation));
    m_kind->addItem(FieldNames::kindName(DebtorKind::Person), parties::toCode(DebtorKind::Person));
    m_postalCode = lineEdit(debtorBox, tr("123-4567"));
    m_prefecture = new QComboBox(debtorBox);
    m_prefecture->addItem(tr("(not set)"), QString());
    for (const QString &prefecture : parties::prefectures())
        m_prefecture->addItem(prefecture, prefecture);
    m_prefecture->setMaxVisibleItems(20);
    m_address = lineEdit(debtorBox);
    m_industry = new QComboBox(debtorBox);
    m_industry->addItem(tr("(not set)"), QString());
    for (const parties::IndustryGroup &group : parties::industryGroups())
        m_industry->addItem(FieldNames::industryLabel(group.code), group.code);
    m_industry->setMaxVisibleItems(21);
    // Long industry names must not widen the pane: the combo shows what fits.
    for (QComboBox *combo : {m_kind, m_prefecture, m_industry}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_contactName = lineEdit(debtorBox);
    m_email = lineEdit(debtorBox);
    m_phone = lineEdit(debtorBox, tr("03-1234-5678"));
    addField(debtorForm, QStringLiteral("name"), m_name);
    addField(debtorForm, QStringLiteral("name_kana"), m_nameKana);
    addField(debtorForm, QStringLiteral("payer_name"), m_payerName);
    addField(debtorForm, QStringLiteral("corporate_number"), m_corporateNumber);
    addField(debtorForm, QStringLiteral("kind"), m_kind);
    addField(debtorForm, QStringLiteral("postal_code"), m_postalCode);
    addField(debtorForm, QStringLiteral("prefecture"), m_prefecture);
    addField(debtorForm, QStringLiteral("address"), m_address);
    addField(debtorForm, QStringLiteral("industry"), m_industry);
    addField(debtorForm, QStringLiteral("contact_name"), m_contactName);
    addField(debtorForm, QStringLiteral("email"), m_email);
    addField(debtorForm, QStringLiteral("phone"), m_phone);

    QFormLayout *accountForm = addSection(tr("Account with the client"));
    QWidget *accountBox = accountForm->parentWidget();
    m_client = new QLabel(accountBox);
    m_client->setTextInteractionFlags(Qt::TextSelectableByMouse);
    accountForm->addRow(FieldNames::displayName(QStringLiteral("client_id")), m_client);
    m_customerCode = lineEdit(accountBox);
    m_terms = lineEdit(accountBox, tr("e.g. 月末締め翌月末払い"));
    m_creditLimit = lineEdit(accountBox, tr("Yen"));
    m_creditLimit->setAlignment(Qt::AlignRight);
    m_creditLimit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 22);
    m_virtualAccount = lineEdit(accountBox, tr("7 digits"));
    m_status = new QComboBox(accountBox);
    for (AccountStatus status : {AccountStatus::Active, AccountStatus::Suspended, AccountStatus::Closed})
        m_status->addItem(parties::displayName(status), parties::toCode(status));
    addField(accountForm, QStringLiteral("customer_code"), m_customerCode);
    addField(accountForm, QStringLiteral("terms"), m_terms);
    addField(accountForm, QStringLiteral("credit_limit"), m_creditLimit);
    addField(accountForm, QStringLiteral("virtual_account"), m_virtualAccount);
    addField(accountForm, QStringLiteral("status"), m_status);

    // The debtor's external credit reports (信用調査): a compact table, newest first, and Add.
    QFormLayout *reportForm = addSection(tr("Credit reports"));
    auto *reports = new QWidget(reportForm->parentWidget());
    m_reportModel = new CreditReportTableModel(this);
    m_reportTable = new QTableView(reports);
    m_reportTable->setObjectName(QStringLiteral("creditReports"));
    m_reportTable->setModel(m_reportModel);
    setUpListTable(m_reportTable, QAbstractItemView::SingleSelection);
    setColumnWidthsInDigits(m_reportTable, {10, 5, 3, 11, 12, 3, 4, 6, 16});
    m_noReports = new QLabel(tr("No credit reports on this debtor yet."), reports);
    m_noReports->setObjectName(QStringLiteral("noCreditReports"));
    m_addReport = new QPushButton(tr("Add credit report…"), reports);
    m_addReport->setObjectName(QStringLiteral("addCreditReport"));
    m_addReport->setToolTip(tr("Enter a report of Teikoku Databank, Tokyo Shoko Research or another source"));
    connect(m_addReport, &QPushButton::clicked, this, &DebtorDetailPane::addCreditReport);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_noReports);
    buttonRow->addStretch();
    buttonRow->addWidget(m_addReport);
    auto *reportsLayout = new QVBoxLayout(reports);
    reportsLayout->setContentsMargins(0, 0, 0, 0);
    reportsLayout->addWidget(m_reportTable);
    reportsLayout->addLayout(buttonRow);
    reportForm->addRow(reports);
    connect(workspace, &Workspace::screeningChanged, this, &DebtorDetailPane::reloadCreditReports);

    layOutPane(m_title);

    showRecord(0);
}

void DebtorDetailPane::forgetRecord()
{
    m_stored.reset();
    clearEditors();
}

void DebtorDetailPane::clearEditors()
{
    beginLoading();
    for (QLineEdit *edit :
         {m_name, m_nameKana, m_payerName, m_corporateNumber, m_postalCode, m_address, m_contactName, m_email,
          m_phone, m_customerCode, m_terms, m_creditLimit, m_virtualAccount})
        edit->clear();
    for (QComboBox *combo : {m_kind, m_prefecture, m_industry, m_status})
        combo->setCurrentIndex(0);
    m_client->clear();
    m_title->setText(tr("Select a debtor in the register to see and edit it."));
    endLoading();
    setHasRecord(false);
    reloadCreditReports();
    refreshHistory();
}

void DebtorDetailPane::loadRecord()
{
    if (!workspace()->isOpen() || recordId() == 0) {
        clearEditors();
        return;
    }
    parties::PartyRepository &repository = workspace()->parties().repository();
    const std::optional<Account> account = repository.accountById(recordId());
    const std::optional<Debtor> debtor = account ? repository.debtorById(account->debtorId) : std::nullopt;
    if (!account || !debtor) {
        setRecordId(0);
        forgetRecord();
        return;
    }
    m_stored = DebtorSnapshot{*debtor, *account};

    beginLoading();
    m_title->setText(debtor->name);
    m_name->setText(debtor->name);
    m_nameKana->setText(debtor->nameKana);
    m_payerName->setText(debtor->payerName);
    m_corporateNumber->setText(debtor->corporateNumber);
    selectData(m_kind, parties::toCode(debtor->kind));
    m_postalCode->setText(debtor->postalCode);
    selectData(m_prefecture, debtor->prefecture);
    m_address->setText(debtor->address);
    selectData(m_industry, debtor->industry);
    m_contactName->setText(debtor->contactName);
    m_email->setText(debtor->email);
    m_phone->setText(debtor->phone);

    const std::optional<parties::Client> client = repository.clientById(account->clientId);
    m_client->setText(client ? tr("%1 %2").arg(client->code, client->name) : QString());
    m_customerCode->setText(account->customerCode);
    m_terms->setText(account->terms.toJapanese());
    m_creditLimit->setText(account->creditLimit.toString());
    m_virtualAccount->setText(account->virtualAccount);
    selectData(m_status, parties::toCode(account->status));
    endLoading();
    setHasRecord(true);

    reloadCreditReports();
    refreshHistory();
}

void DebtorDetailPane::reloadCreditReports()
{
    const bool shown = hasRecord() && m_stored && workspace()->isOpen();
    QList<screening::CreditReport> reports;
    if (shown)
        ServiceErrors::run(this, tr("Cannot read the credit reports"),
                           [&] { reports = workspace()->creditReports().reports(m_stored->debtor.id); });
    m_reportModel->setReports(reports);
    // As high as its rows, up to five (then it scrolls), with room for the horizontal scroll bar the
    // columns need in a narrow pane.
    const int rows = std::clamp(int(reports.size()), 1, 5);
    m_reportTable->setFixedHeight(m_reportTable->horizontalHeader()->sizeHint().height() +
                                  m_reportTable->verticalHeader()->defaultSectionSize() * rows +
                                  m_reportTable->horizontalScrollBar()->sizeHint().height() +
                                  2 * m_reportTable->frameWidth());
    m_reportTable->setVisible(!reports.isEmpty());
    m_noReports->setVisible(shown && reports.isEmpty());
    m_addReport->setEnabled(shown);
}

void DebtorDetailPane::addCreditReport()
{
    if (!hasRecord() || !m_stored)
        return;
    CreditReportDialog dialog(workspace(), m_stored->debtor.id, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return;
    // The list was read again when the report was announced; the new one is selected.
    const int row = m_reportModel->rowOfId(dialog.saved()->id);
    if (row >= 0)
        m_reportTable->selectRow(row);
}

QList<audit::AuditRecord> DebtorDetailPane::storedHistory() const
{
    return workspace()->parties().debtorHistory(m_stored->debtor.id);
}

DebtorSnapshot DebtorDetailPane::collect(QList<FieldError> *errors) const
{
    DebtorSnapshot snapshot = *m_stored;
    Debtor &debtor = snapshot.debtor;
    debtor.name = m_name->text().trimmed();
    debtor.nameKana = m_nameKana->text().trimmed();
    debtor.payerName = m_payerName->text().trimmed();
    debtor.corporateNumber = parties::normalizeDigits(m_corporateNumber->text());
    debtor.kind =
        parties::debtorKindFromCode(m_kind->currentData().toString()).value_or(DebtorKind::Corporation);
    const QString postalCode = m_postalCode->text().trimmed();
    const QString normalizedPostalCode = parties::normalizePostalCode(postalCode);
    debtor.postalCode = normalizedPostalCode.isEmpty() ? postalCode : normalizedPostalCode;
    debtor.prefecture = m_prefecture->currentData().toString();
    debtor.address = m_address->text().trimmed();
    debtor.industry = m_industry->currentData().toString();
    debtor.contactName = m_contactName->text().trimmed();
    debtor.email = m_email->text().trimmed();
    debtor.phone = m_phone->text().trimmed();

    Account &account = snapshot.account;
    account.customerCode = m_customerCode->text().trimmed();
    QString reason;
    const auto terms = calendar::PaymentTerms::parse(m_terms->text().trimmed(), &reason);
    if (terms)
        account.terms = *terms;
    else if (errors)
        errors->append({QStringLiteral("terms"), reason});
    const auto creditLimit = money::Yen::parse(
        m_creditLimit->text().trimmed().isEmpty() ? QStringLiteral("0") : m_creditLimit->text());
    if (creditLimit)
        account.creditLimit = *creditLimit;
    else if (errors)
        errors->append({QStringLiteral("credit_limit"),
                        tr("\"%1\" is not an amount in yen").arg(m_creditLimit->text())});
    account.virtualAccount = parties::normalizeDigits(m_virtualAccount->text());
    account.status =
        parties::accountStatusFromCode(m_status->currentData().toString()).value_or(AccountStatus::Active);
    return snapshot;
}

QList<FieldError> DebtorDetailPane::checkInput() const
{
    if (!m_stored)
        return {};
    QList<FieldError> errors;
    const DebtorSnapshot snapshot = collect(&errors);
    errors += parties::validate(snapshot.debtor);
    errors += parties::validate(snapshot.account);
    return errors;
}

void DebtorDetailPane::writeChanges()
{
    const DebtorSnapshot before = *m_stored;
    const DebtorSnapshot after = collect(nullptr);
    if (before.debtor == after.debtor && before.account == after.account) {
        loadRecord();
        return;
    }
    // Debtor and account are one edit: both are written or neither.
    workspace()->parties().updateDebtorAndAccount(after.debtor, after.account);
    Workspace *target = workspace();
    pushSave<DebtorSnapshot>(tr("Edit debtor %1").arg(after.debtor.name), before, after,
                             [target](const DebtorSnapshot &snapshot) { writeSnapshot(target, snapshot); });
    loadRecord();
    workspace()->notifyPartiesChanged();
}

void DebtorDetailPane::writeSnapshot(Workspace *workspace, const DebtorSnapshot &snapshot)
{
    workspace->parties().restoreDebtorAndAccount(snapshot.debtor, snapshot.account);
    workspace->notifyPartiesChanged();
}

} // namespace kaishu::ui
