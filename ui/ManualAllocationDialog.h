#pragma once

#include "billing/Invoice.h"
#include "payments/Payments.h"

#include "RowTableModel.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace kaishu::ui {

class Workspace;

// Open invoices a payment may pay, each with the amount the clerk allocates to it. Chosen invoices
// stay listed whatever the search shows next. An invoice chosen gets what is left of the payment,
// oldest invoice first, until the clerk types an amount of their own.
class OpenInvoiceTableModel : public RowTableModel<billing::Invoice>
{
    Q_OBJECT

public:
    enum Column { Number, CustomerCode, Debtor, IssueDate, DueDate, Balance, Allocation, ColumnCount };
    static constexpr int InvoiceIdRole = Qt::UserRole + 1;

    explicit OpenInvoiceTableModel(QObject *parent = nullptr);

    // The invoices a search found, with the chosen ones kept; oldest first.
    void setFound(const QList<billing::Invoice> &found);
    // What there is to allocate (payment + fee); the defaults of the amounts follow it (without
    // allocationChanged, which is for the clerk's choices).
    void setAvailable(money::Yen available);

    bool isChosen(qint64 invoiceId) const { return m_amounts.contains(invoiceId); }
    void setChosen(qint64 invoiceId, bool chosen);
    // The clerk's own amount for a chosen invoice; false when the text is not an amount.
    bool setAmount(qint64 invoiceId, const QString &text);
    // The chosen invoices and their amounts, oldest first (zero amounts left out).
    QList<payments::Allocation> allocations() const;
    money::Yen allocated() const;
    // The first chosen invoice (its account keeps any credit), nullptr when none.
    const billing::Invoice *firstChosen() const;
    // A chosen invoice asked for more than its balance, as a message; empty when none.
    QString overBalanceProblem() const;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void allocationChanged();

private:
    // Gives the chosen invoices the clerk has not typed an amount for what is left, oldest first.
    void distribute();

    money::Yen m_available;
    QHash<qint64, money::Yen> m_amounts; // chosen invoices
    QSet<qint64> m_typed;                // of those, the ones the clerk gave an amount
};

// 手動消込: the clerk finds the invoices a payment pays (by number, customer code or debtor name),
// ticks them and says how much goes to each — split across several, the last one in part — with the
// transfer fee the payer deducted. What is left either stays as the customer's credit or must be
// allocated; OK only when allocations + credit = payment + fee. The service checks again, and what it
// refuses is shown under the field, as in the forms.
class ManualAllocationDialog : public QDialog
{
    Q_OBJECT

public:
    ManualAllocationDialog(Workspace *workspace, const payments::BankTransaction &transaction,
                           QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    OpenInvoiceTableModel *model() const { return m_model; }
    QLineEdit *feeEdit() const { return m_fee; }
    QCheckBox *keepCreditBox() const { return m_keepCredit; }
    QLabel *remainderLabel() const { return m_remainder; }
    QPushButton *okButton() const { return m_okButton; }
    // The message under a field ("amount", "fee"), empty when none is shown.
    QString fieldErrorText(const QString &field) const;
    // The payment as stored after the allocation.
    const payments::BankTransaction &result() const { return m_result; }

public slots:
    void search();
    void accept() override;

private:
    std::optional<money::Yen> fee() const;
    void update();
    void showFieldError(const QString &field, const QString &message);

    Workspace *m_workspace;
    payments::BankTransaction m_transaction;
    payments::BankTransaction m_result;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTableView *m_table = nullptr;
    OpenInvoiceTableModel *m_model = nullptr;
    QLineEdit *m_fee = nullptr;
    QCheckBox *m_keepCredit = nullptr;
    QLabel *m_remainder = nullptr;
    QLabel *m_amountError = nullptr;
    QLabel *m_feeError = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace kaishu::ui
