#pragma once

#include "billing/Invoice.h"
#include "payments/Payments.h"

#include "RowTableModel.h"

#include <QHash>
#include <QString>

namespace kaishu::ui {

class Workspace;

// Which bank transactions the payments list shows.
struct TransactionListFilter
{
    // Nothing: every status. Waiting means unmatched and suggested, the clerk's queue.
    std::optional<payments::TransactionStatus> status;
    bool waitingOnly = true;
    qint64 clientId = 0; // 0: every client
    QString payerSearch; // part of the payer name, in any kana form
};

// What the list below the table adds up.
struct TransactionTotals
{
    int count = 0;
    money::Yen amount;
    int waiting = 0;
};

// Bank transactions (入金明細) for a table: value date, amount, payer, sending bank, status, the
// invoices it pays or may pay, the confidence, the client. The invoices and accounts the rows name
// are read once per reload and kept, so the suggestion panel can name them too. A queue of open
// payments is a few hundred rows; a month's statements a few thousand.
class BankTransactionTableModel : public RowTableModel<payments::BankTransaction>
{
    Q_OBJECT

public:
    enum Column { ValueDate, Amount, Payer, SendingBank, Status, Invoices, Confidence, Client, ColumnCount };
    static constexpr int TransactionIdRole = Qt::UserRole + 1;
    // Dates as ISO text and amounts as numbers, so that a proxy sorts them as values.
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit BankTransactionTableModel(Workspace *workspace, QObject *parent = nullptr);

    // Reads the transactions of the filter; storage errors propagate.
    void setFilter(const TransactionListFilter &filter);
    const TransactionListFilter &filter() const { return m_filter; }
    void reload();
    const TransactionTotals &totals() const { return m_totals; }

    static bool isWaiting(payments::TransactionStatus status);
    // The readings the clerk chooses from: the engine's suggestions of an open payment, or, for a
    // matched one, what was allocated (one reading, with the fee and credit booked).
    QList<payments::MatchCandidate> readingsOf(const payments::BankTransaction &transaction) const;
    // "C001-2026-000003" of an invoice a row names ("#12" when it was not read).
    QString invoiceNumber(qint64 invoiceId) const;
    // "K002 佐藤商店": the customer code and debtor of an account a row names.
    QString accountLabel(qint64 accountId) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool passes(const payments::BankTransaction &transaction) const;
    // Reads what the shown rows name: their allocations, invoices, accounts and clients.
    void readNames(const QList<payments::BankTransaction> &rows);
    QString invoicesText(const payments::BankTransaction &transaction) const;

    Workspace *m_workspace;
    TransactionListFilter m_filter;
    TransactionTotals m_totals;
    QHash<qint64, QList<payments::PaymentAllocation>> m_allocations; // of matched rows, reversed left out
    QHash<qint64, billing::Invoice> m_invoices;
    QHash<qint64, QString> m_accounts;
    QHash<qint64, QString> m_clients;
};

} // namespace kaishu::ui
