#include "ReceivingAccountsDialog.h"

#include "ColumnWidths.h"
#include "FieldNames.h"
#include "ListViews.h"
#include "ServiceErrors.h"
#include "Workspace.h"
#include "parties/BankDirectory.h"
#include "parties/Identifiers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kaishu::ui {

using parties::BankAccountType;
using parties::BankDirectory;
using parties::FieldError;
using payments::ReceivingAccount;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::ui::ReceivingAccounts)
};

const QString Entity = QStringLiteral("receiving_account");

payments::ReceivingAccountBook receivingAccounts(Workspace *workspace)
{
    return {workspace->database(), workspace->actor()};
}

// The directory's names; empty for a code it does not know (or, for branches, a bank it has none of).
QString bankName(const QString &bankCode)
{
    const std::optional<parties::Bank> bank = BankDirectory::instance().bank(bankCode);
    return bank ? bank->name : QString();
}

QString branchName(const QString &bankCode, const QString &branchCode)
{
    const std::optional<parties::Branch> branch = BankDirectory::instance().branch(
        parties::normalizeDigits(bankCode), parties::normalizeDigits(branchCode));
    return branch ? branch->name : QString();
}

QString codeAndName(const QString &code, const QString &name)
{
    return name.isEmpty() ? code : Text::tr("%1 %2").arg(code, name);
}

// Puts the note on the line of the editor, inside the cell addField made for it, so that a code shows
// its name beside it and the error line runs under both. Should the cell ever be laid out otherwise,
// the note gets a row of its own under the field.
void putBeside(QFormLayout *form, QWidget *editor, QLabel *note)
{
    auto *cell = qobject_cast<QBoxLayout *>(editor->parentWidget()->layout());
    const int at = cell ? cell->indexOf(editor) : -1;
    if (at < 0) {
        form->addRow(QString(), note);
        return;
    }
    cell->removeWidget(editor);
    auto *line = new QHBoxLayout;
    line->addWidget(editor);
    line->addSpacing(editor->fontMetrics().horizontalAdvance(QLatin1Char('0')));
    line->addWidget(note, 1);
    cell->insertLayout(at, line);
}

QLineEdit *digitsEdit(QWidget *parent, const QString &placeholder, int digits)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    // Room for the digits and the placeholder, in any font.
    const QFontMetrics metrics = edit->fontMetrics();
    edit->setMaximumWidth(std::max(metrics.horizontalAdvance(QString(digits + 3, QLatin1Char('0'))),
                                   metrics.horizontalAdvance(placeholder)) +
                          24);
    return edit;
}

} // namespace

// --- The table ----------------------------------------------------------------------------------

ReceivingAccountTableModel::ReceivingAccountTableModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{}

void ReceivingAccountTableModel::setAccounts(QList<ReceivingAccount> accounts, QHash<qint64, QString> owners)
{
    m_owners = std::move(owners);
    setRows(std::move(accounts));
}

QString ReceivingAccountTableModel::ownerText(const ReceivingAccount &account) const
{
    return account.clientId == 0 ? tr("Agency") : m_owners.value(account.clientId);
}

QVariant ReceivingAccountTableModel::data(const QModelIndex &index, int role) const
{
    const ReceivingAccount *row = rowAt(index.row());
    if (!row || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const parties::BankAccount &account = row->account;
    switch (index.column()) {
    case Owner:
        return ownerText(*row);
    case Bank:
        return codeAndName(account.bankCode, bankName(account.bankCode));
    case Branch:
        return codeAndName(account.branchCode, branchName(account.bankCode, account.branchCode));
    case Type:
        return parties::displayName(account.type);
    case Number:
        return account.accountNumber;
    case Holder:
        return account.accountName;
    default:
        return {};
    }
}

QVariant ReceivingAccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Owner:
        return tr("Owner");
    case Bank:
        return tr("Bank");
    case Branch:
        return tr("Branch");
    case Type:
        return FieldNames::displayName(QStringLiteral("account_type"));
    case Number:
        return FieldNames::displayName(QStringLiteral("account_number"));
    case Holder:
        return FieldNames::displayName(QStringLiteral("account_name"));
    default:
        return {};
    }
}

// --- The form -----------------------------------------------------------------------------------

// No undo stack: the form writes through the book, whose audit trail keeps every change.
ReceivingAccountForm::ReceivingAccountForm(Workspace *workspace, QWidget *parent)
    : RecordForm(workspace, nullptr, parent)
{
    QFormLayout *form = addSection(tr("Receiving account"));
    QWidget *box = form->parentWidget();
    m_owner = new QComboBox(box);
    m_owner->addItem(tr("Agency (its own account)"), qint64(0));
    if (workspace->isOpen()) {
        for (const parties::Client &client : workspace->parties().repository().clients())
            m_owner->addItem(tr("%1 %2").arg(client.code, client.name), client.id);
    }
    m_bankCode = digitsEdit(box, tr("4 digits"), 4);
    m_bankName = new QLabel(box);
    m_bankName->setObjectName(QStringLiteral("bank_name"));
    m_branchCode = digitsEdit(box, tr("3 digits"), 3);
    m_branchName = new QLabel(box);
    m_branchName->setObjectName(QStringLiteral("branch_name"));
    m_accountType = new QComboBox(box);
    for (const BankAccountType type : parties::BankAccountTypes)
        m_accountType->addItem(parties::displayName(type), parties::toCode(type));
    m_accountNumber = digitsEdit(box, tr("7 digits"), 7);
    m_accountName = new QLineEdit(box);
    m_accountName->setPlaceholderText(tr("Half-width kana as the bank prints it"));

    addField(form, QStringLiteral("client_id"), m_owner);
    addField(form, QStringLiteral("bank_code"), m_bankCode);
    putBeside(form, m_bankCode, m_bankName);
    addField(form, QStringLiteral("branch_code"), m_branchCode);
    putBeside(form, m_branchCode, m_branchName);
    addField(form, QStringLiteral("account_type"), m_accountType);
    addField(form, QStringLiteral("account_number"), m_accountNumber);
    addField(form, QStringLiteral("account_name"), m_accountName);
    connect(m_bankCode, &QLineEdit::textChanged, this, &ReceivingAccountForm::showBankNames);
    connect(m_branchCode, &QLineEdit::textChanged, this, &ReceivingAccountForm::showBankNames);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 56);
    showRecord(0);
}

void ReceivingAccountForm::startNew()
{
    m_new = true;
    setRecordId(0);
    reloadRecord();
    m_bankCode->setFocus();
}

bool ReceivingAccountForm::submit()
{
    if (!hasRecord())
        return false;
    if (isDirty())
        return save();
    // Untouched: a stored account has nothing to write; a new one is empty, so its problems show.
    const QList<FieldError> problems = checkInput();
    showFieldErrors(problems);
    return problems.isEmpty() && !m_new;
}

void ReceivingAccountForm::forgetRecord()
{
    m_new = false;
    m_stored.reset();
    fillEditors({});
    setHasRecord(false);
}

QList<audit::AuditRecord> ReceivingAccountForm::storedHistory() const
{
    return audit::AuditTrail::history(workspace()->database(), {{Entity, m_stored->id}});
}

void ReceivingAccountForm::loadRecord()
{
    std::optional<ReceivingAccount> account;
    if (workspace()->isOpen() && m_new)
        account = ReceivingAccount{};
    else if (workspace()->isOpen() && recordId() != 0)
        account = receivingAccounts(workspace()).find(recordId());
    if (!account) {
        setRecordId(0);
        forgetRecord();
        return;
    }
    m_stored = *account;
    fillEditors(*account);
    setHasRecord(true);
}

void ReceivingAccountForm::fillEditors(const ReceivingAccount &account)
{
    beginLoading();
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(account.clientId)));
    m_bankCode->setText(account.account.bankCode);
    m_branchCode->setText(account.account.branchCode);
    m_accountType->setCurrentIndex(
        std::max(0, m_accountType->findData(parties::toCode(account.account.type))));
    m_accountNumber->setText(account.account.accountNumber);
    m_accountName->setText(account.account.accountName);
    endLoading();
    showBankNames();
}

void ReceivingAccountForm::showBankNames()
{
    const QString bankCode = m_bankCode->text();
    const QString bank = bankName(bankCode);
    const bool bankComplete = parties::isValidBankCode(bankCode);
    m_bankName->setText(bank.isEmpty() && bankComplete ? tr("not in the bank directory") : bank);
    const QString branch = branchName(bankCode, m_branchCode->text());
    // The directory lists the branches of a few banks only; of others, an unknown branch is normal.
    const bool branchListed = BankDirectory::instance().hasBranches(parties::normalizeDigits(bankCode));
    m_branchName->setText(branch.isEmpty() && branchListed && parties::isValidBranchCode(m_branchCode->text())
                              ? tr("not in the bank directory")
                              : branch);
}

ReceivingAccount ReceivingAccountForm::collect() const
{
    ReceivingAccount account = *m_stored;
    account.clientId = m_owner->currentData().toLongLong();
    account.account.bankCode = m_bankCode->text();
    account.account.branchCode = m_branchCode->text();
    account.account.type = parties::bankAccountTypeFromText(m_accountType->currentData().toString())
                               .value_or(BankAccountType::Ordinary);
    account.account.accountNumber = m_accountNumber->text();
    account.account.accountName = m_accountName->text();
    return account;
}

QList<FieldError> ReceivingAccountForm::checkInput() const
{
    if (!m_stored)
        return {};
    return payments::validate(collect());
}

void ReceivingAccountForm::writeChanges()
{
    m_saved = receivingAccounts(workspace()).save(collect());
    m_new = false;
    setRecordId(m_saved->id);
    m_stored = *m_saved;
    fillEditors(*m_saved);
}

// --- The dialog ---------------------------------------------------------------------------------

ReceivingAccountsDialog::ReceivingAccountsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Receiving accounts"));
    auto *intro = new QLabel(tr("Bank statements of these accounts are imported as payments; those of a "
                                "client's account are matched with that client's invoices. A client's "
                                "payee account is known already and is not listed here."),
                             this);
    intro->setWordWrap(true);

    m_model = new ReceivingAccountTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("receivingAccounts"));
    m_table->setModel(m_model);
    setUpListTable(m_table, QAbstractItemView::SingleSelection);
    setColumnWidthsInDigits(m_table, {26, 22, 18, 6, 9, 18});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_addButton = buttons->addButton(tr("&Add…"), QDialogButtonBox::ActionRole);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_editButton = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_removeButton = buttons->addButton(tr("&Remove…"), QDialogButtonBox::ActionRole);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    connect(m_addButton, &QPushButton::clicked, this, &ReceivingAccountsDialog::addAccount);
    connect(m_editButton, &QPushButton::clicked, this, &ReceivingAccountsDialog::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &ReceivingAccountsDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::doubleClicked, this, &ReceivingAccountsDialog::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReceivingAccountsDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
    resize(1000, 420);
}

void ReceivingAccountsDialog::reload()
{
    QList<ReceivingAccount> accounts;
    QHash<qint64, QString> owners;
    if (m_workspace->isOpen()) {
        ServiceErrors::run(this, tr("Cannot read the receiving accounts"), [&] {
            accounts = receivingAccounts(m_workspace).list();
            for (const parties::Client &client : m_workspace->parties().repository().clients())
                owners.insert(client.id, tr("%1 %2").arg(client.code, client.name));
        });
    }
    m_model->setAccounts(accounts, owners);
    updateButtons();
}

const ReceivingAccount *ReceivingAccountsDialog::selectedAccount() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
}

void ReceivingAccountsDialog::updateButtons()
{
    const bool selected = selectedAccount() != nullptr;
    m_addButton->setEnabled(m_workspace->isOpen());
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

void ReceivingAccountsDialog::select(qint64 accountId)
{
    const int row = m_model->rowOfId(accountId);
    if (row >= 0)
        m_table->selectRow(row);
}

bool ReceivingAccountsDialog::runForm(qint64 accountId)
{
    QDialog dialog(this);
    dialog.setWindowTitle(accountId == 0 ? tr("Add receiving account") : tr("Edit receiving account"));
    auto *form = new ReceivingAccountForm(m_workspace, &dialog);
    if (accountId == 0)
        form->startNew();
    else
        form->showAccount(accountId);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [form, &dialog] {
        if (form->submit())
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(form);
    layout->addStretch();
    layout->addWidget(buttons);
    const bool written = dialog.exec() == QDialog::Accepted && form->saved().has_value();
    // Reloaded in any case: a refused save may have found the account changed by someone else.
    reload();
    if (written)
        select(form->saved()->id);
    return written;
}

void ReceivingAccountsDialog::addAccount()
{
    runForm(0);
}

void ReceivingAccountsDialog::editSelected()
{
    if (const ReceivingAccount *account = selectedAccount())
        runForm(account->id);
}

void ReceivingAccountsDialog::removeSelected()
{
    const ReceivingAccount *selected = selectedAccount();
    if (!selected)
        return;
    const ReceivingAccount account = *selected;
    const QString question =
        tr("Remove the receiving account %1 %2 %3 of %4?\n\nPayments imported already keep their client.")
            .arg(codeAndName(account.account.bankCode, bankName(account.account.bankCode)),
                 account.account.branchCode, account.account.accountNumber, m_model->ownerText(account));
    if (QMessageBox::question(this, tr("Remove receiving account"), question) != QMessageBox::Yes)
        return;
    ServiceErrors::run(this, tr("Cannot remove the receiving account"),
                       [&] { receivingAccounts(m_workspace).remove(account.id, account.version); });
    reload();
}

} // namespace kaishu::ui
