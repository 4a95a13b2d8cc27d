#pragma once

#include "RecordForm.h"
#include "RowTableModel.h"
#include "payments/ReceivingAccounts.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kaishu::ui {

// The receiving accounts for a table: owner, bank and branch with their names, type, number, holder.
class ReceivingAccountTableModel : public RowTableModel<payments::ReceivingAccount>
{
    Q_OBJECT

public:
    enum Column { Owner, Bank, Branch, Type, Number, Holder, ColumnCount };

    explicit ReceivingAccountTableModel(QObject *parent = nullptr);

    // The accounts and the clients that own some of them (code and name by id).
    void setAccounts(QList<payments::ReceivingAccount> accounts, QHash<qint64, QString> owners);
    // "Agency", or the owning client's code and name.
    QString ownerText(const payments::ReceivingAccount &account) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<qint64, QString> m_owners;
};

// One receiving account, new or stored: its owner (the agency or a client), bank and branch codes
// with the names the directory gives as the clerk types, type, number and holder, each problem
// under its field. Shown in a dialog with OK and Cancel; there is no undo, the audit trail keeps
// every change.
class ReceivingAccountForm : public RecordForm
{
    Q_OBJECT

public:
    explicit ReceivingAccountForm(Workspace *workspace, QWidget *parent = nullptr);

    // Starts a new account of the agency (nothing is written until submit).
    void startNew();
    void showAccount(qint64 accountId) { showRecord(accountId); }
    // Writes the account when it changed; false (the problems shown) when it could not be written.
    bool submit();
    // The account as stored after the last successful write.
    const std::optional<payments::ReceivingAccount> &saved() const { return m_saved; }

protected:
    void forgetRecord() override;
    QList<audit::AuditRecord> storedHistory() const override;
    void loadRecord() override;
    QList<parties::FieldError> checkInput() const override;
    void writeChanges() override;

private:
    payments::ReceivingAccount collect() const;
    void fillEditors(const payments::ReceivingAccount &account);
    void showBankNames();

    std::optional<payments::ReceivingAccount> m_stored;
    std::optional<payments::ReceivingAccount> m_saved;
    bool m_new = false;

    QComboBox *m_owner = nullptr;
    QLineEdit *m_bankCode = nullptr;
    QLabel *m_bankName = nullptr;
    QLineEdit *m_branchCode = nullptr;
    QLabel *m_branchName = nullptr;
    QComboBox *m_accountType = nullptr;
    QLineEdit *m_accountNumber = nullptr;
    QLineEdit *m_accountName = nullptr;
};

// 入金口座: the accounts, other than the clients' payee accounts, that bank statements arrive for —
// the agency's own and further accounts of clients — listed with Add, Edit and Remove.
class ReceivingAccountsDialog : public QDialog
{
    Q_OBJECT

public:
    ReceivingAccountsDialog(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ReceivingAccountTableModel *model() const { return m_model; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *editButton() const { return m_editButton; }
    QPushButton *removeButton() const { return m_removeButton; }

public slots:
    void reload();
    void addAccount();
    void editSelected();
    void removeSelected();

private:
    const payments::ReceivingAccount *selectedAccount() const;
    // The form for the account (0: a new one) in a dialog of its own; true when it was written.
    bool runForm(qint64 accountId);
    void select(qint64 accountId);
    void updateButtons();

    Workspace *m_workspace;
    ReceivingAccountTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace kaishu::ui
