#pragma once

#include "payments/Payments.h"

#include "RowTableModel.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QTableView;
class QGridLayout;

namespace kaishu::ui {

class BankTransactionTableModel;

// One reading of a payment as the panel shows it: the candidate with the names of its account and
// invoices resolved.
struct CandidateRow
{
    qint64 id = 0; // 1-based place in the list: the best first
    payments::MatchCandidate candidate;
    QString account;      // "K002 佐藤商店"
    QStringList invoices; // "C001-2026-000002  6,600円", one per allocation
};

// The candidates of one payment, one row each; the reason wraps, since it is what the clerk decides
// by.
class CandidateTableModel : public RowTableModel<CandidateRow>
{
    Q_OBJECT

public:
    // The invoices column also carries the fee and the credit, when there are any.
    enum Column { Account, Invoices, Confidence, Reason, ColumnCount };
    static constexpr int ReasonRole = Qt::UserRole + 1;

    explicit CandidateTableModel(QObject *parent = nullptr);

    void setCandidates(QList<CandidateRow> rows) { setRows(std::move(rows)); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// 候補: beside the payments list, the selected payment (amount, date, payer, bank) and its readings,
// best first — the engine's suggestions for an open payment, what was allocated for a matched one —
// with the buttons that decide it below. The first candidate is highlighted when a payment is shown.
class SuggestionPanel : public QWidget
{
    Q_OBJECT

public:
    SuggestionPanel(const BankTransactionTableModel *names, QWidget *parent = nullptr);

    // Shows a payment (nothing: the panel says to choose one).
    void showTransaction(const std::optional<payments::BankTransaction> &transaction);
    const std::optional<payments::BankTransaction> &transaction() const { return m_transaction; }
    // The buttons of the decisions, one per action, in this order.
    void setActions(const QList<QAction *> &actions);

    QTableView *candidateTable() const { return m_table; }
    CandidateTableModel *candidateModel() const { return m_model; }
    QLabel *headerLabel() const { return m_header; }
    // The highlighted candidate (the first unless the clerk moved), nothing when there is none.
    std::optional<payments::MatchCandidate> highlightedCandidate() const;
    void highlightCandidate(int row);
    // Whether accepting the highlighted candidate teaches the payer's name as the debtor's (shown,
    // and ticked by default, where a name can be learnt: not for a virtual account or a name known).
    bool rememberPayerName() const;
    QCheckBox *rememberBox() const { return m_remember; }

signals:
    void highlightChanged();

private:
    void fitRows();
    void updateRemember();
    bool eventFilter(QObject *watched, QEvent *event) override;

    const BankTransactionTableModel *m_names;
    std::optional<payments::BankTransaction> m_transaction;
    QLabel *m_header = nullptr;
    QLabel *m_hint = nullptr;
    QTableView *m_table = nullptr;
    CandidateTableModel *m_model = nullptr;
    QCheckBox *m_remember = nullptr;
    QGridLayout *m_buttons = nullptr;
};

} // namespace kaishu::ui
