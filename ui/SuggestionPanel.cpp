#include "SuggestionPanel.h"

#include "BankTransactionTableModel.h"
#include "BillingNames.h"
#include "ColumnWidths.h"
#include "FieldNames.h"
#include "ListViews.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kaishu::ui {

using payments::MatchCandidate;
using payments::TransactionStatus;

CandidateTableModel::CandidateTableModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{}

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const
{
    const CandidateRow *row = rowAt(index.row());
    if (!row)
        return {};
    const MatchCandidate &candidate = row->candidate;
    if (role == ReasonRole)
        return candidate.reason;
    if (role == Qt::TextAlignmentRole)
        return QVariant(index.column() == Confidence ? Qt::AlignRight | Qt::AlignTop
                                                     : Qt::AlignLeft | Qt::AlignTop);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Account:
        return row->account + QLatin1Char('\n') + BillingNames::matchMethodName(candidate.method);
    case Invoices: {
        QStringList lines = row->invoices;
        if (candidate.fee > money::Yen(0))
            lines << tr("%1 %2").arg(FieldNames::displayName(QStringLiteral("fee")),
                                     BillingNames::yenText(candidate.fee));
        if (candidate.unapplied > money::Yen(0))
            lines << tr("%1 %2").arg(FieldNames::displayName(QStringLiteral("unapplied")),
                                     BillingNames::yenText(candidate.unapplied));
        if (candidate.partial)
            lines << tr("(part of the last invoice)");
        return lines.join(QLatin1Char('\n'));
    }
    case Confidence:
        return BillingNames::confidenceText(candidate.confidence);
    case Reason:
        return candidate.reason;
    default:
        return {};
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return alignment(section == Confidence);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Account:
        return tr("Customer");
    case Invoices:
        return tr("Invoices and amounts");
    case Confidence:
        return tr("Confidence");
    case Reason:
        return FieldNames::displayName(QStringLiteral("reason"));
    default:
        return {};
    }
}

SuggestionPanel::SuggestionPanel(const BankTransactionTableModel *names, QWidget *parent)
    : QWidget(parent)
    , m_names(names)
{
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("paymentHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("paymentHint"));
    m_hint->setWordWrap(true);

    m_model = new CandidateTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("candidateTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table, QAbstractItemView::SingleSelection);
    // Several lines per candidate: the invoices one under the other, the reason wrapped.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionsMovable(false);
    setColumnWidthsInDigits(m_table, {11, 22, 5});
    m_table->viewport()->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SuggestionPanel::highlightChanged);

    m_remember = new QCheckBox(this);
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Next time a payment with this name is matched to the debtor by itself"));
    connect(this, &SuggestionPanel::highlightChanged, this, &SuggestionPanel::updateRemember);

    m_buttons = new QGridLayout;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_remember);
    layout->addLayout(m_buttons);
    showTransaction(std::nullopt);
}

void SuggestionPanel::setActions(const QList<QAction *> &actions)
{
    // Two columns: the buttons keep their whole caption in either language in a narrow panel.
    int place = 0;
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_buttons->addWidget(button, place / 2, place % 2);
        ++place;
    }
}

bool SuggestionPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitRows();
    return QWidget::eventFilter(watched, event);
}

void SuggestionPanel::fitRows()
{
    m_table->resizeRowsToContents();
}

void SuggestionPanel::showTransaction(const std::optional<payments::BankTransaction> &transaction)
{
    m_transaction = transaction;
    QList<CandidateRow> rows;
    if (!transaction) {
        m_header->setText(tr("No payment chosen"));
        m_hint->setText(tr("Choose a payment in the list to see who may have paid it."));
        m_model->setCandidates({});
        updateRemember();
        return;
    }
    const payments::StatementLine &line = transaction->line;
    const QString bank = QStringList{line.sendingBank, line.sendingBranch}.join(QLatin1Char(' ')).trimmed();
    // The amount first and large: it is what the clerk compares with the invoices.
    m_header->setText(
        QStringLiteral("<span style=\"font-size: x-large; font-weight: bold\">%1</span>"
                       "　%2<br>%3<br>%4")
            .arg(BillingNames::yenText(line.amount).toHtmlEscaped(), BillingNames::dateText(line.valueDate),
                 (bank.isEmpty() ? line.payerName : tr("%1 (%2)").arg(line.payerName, bank)).toHtmlEscaped(),
                 BillingNames::transactionStatusName(transaction->status).toHtmlEscaped()));
    switch (transaction->status) {
    case TransactionStatus::Suggested:
        m_hint->setText(tr("Candidates, best first. Enter takes the highlighted one."));
        break;
    case TransactionStatus::Unmatched:
        m_hint->setText(tr("No open invoice fits this payment. Allocate it by hand, or mark it as a bank "
                           "fee or other income."));
        break;
    case TransactionStatus::Matched:
        m_hint->setText(tr("Allocated as below. Reverse the match to allocate the payment again."));
        break;
    case TransactionStatus::Fee:
    case TransactionStatus::OtherIncome:
        m_hint->setText(tr("Pays no invoice. Reverse to put it back in the queue."));
        break;
    case TransactionStatus::Outgoing:
    case TransactionStatus::Cancelled:
        m_hint->setText(tr("Kept as the bank reported it; not matched."));
        break;
    }
    const QList<MatchCandidate> readings = m_names->readingsOf(*transaction);
    for (const MatchCandidate &candidate : readings) {
        CandidateRow row;
        row.id = rows.size() + 1;
        row.candidate = candidate;
        row.account = m_names->accountLabel(candidate.accountId);
        for (const payments::Allocation &allocation : candidate.allocations)
            // The amount and its unit stay on one line when the number and the amount wrap apart.
            row.invoices << tr("%1  %2").arg(
                m_names->invoiceNumber(allocation.invoiceId),
                BillingNames::yenText(allocation.amount).replace(u' ', QChar::Nbsp));
        rows << row;
    }
    m_model->setCandidates(rows);
    fitRows();
    highlightCandidate(0);
    updateRemember();
}

void SuggestionPanel::updateRemember()
{
    const std::optional<MatchCandidate> candidate = highlightedCandidate();
    const bool open = m_transaction && (m_transaction->status == TransactionStatus::Suggested ||
                                        m_transaction->status == TransactionStatus::Unmatched);
    const bool learnable = open && candidate && !m_transaction->line.payerName.trimmed().isEmpty() &&
                           candidate->method != payments::MatchMethod::VirtualAccount &&
                           candidate->method != payments::MatchMethod::LearnedAlias;
    m_remember->setVisible(learnable);
    if (learnable) {
        const int row = m_table->currentIndex().row();
        m_remember->setText(tr("Remember %1 as a payer name of %2")
                                .arg(m_transaction->line.payerName,
                                     m_model->rowAt(row) ? m_model->rowAt(row)->account : QString()));
    }
}

bool SuggestionPanel::rememberPayerName() const
{
    return !m_remember->isHidden() && m_remember->isChecked();
}

void SuggestionPanel::highlightCandidate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
}

std::optional<MatchCandidate> SuggestionPanel::highlightedCandidate() const
{
    const CandidateRow *row = m_model->rowAt(m_table->currentIndex().row());
    if (!row)
        return std::nullopt;
    return row->candidate;
}

} // namespace kaishu::ui
