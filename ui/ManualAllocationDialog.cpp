#include "ManualAllocationDialog.h"

#include "BillingNames.h"
#include "ColumnWidths.h"
#include "FieldNames.h"
#include "ListViews.h"
#include "ServiceErrors.h"
#include "Workspace.h"
#include "money/MoneyOverflow.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kaishu::ui {

using billing::Invoice;
using money::Yen;

namespace {

const QString ErrorStyle = QStringLiteral("color: #c62828;");
// Enough for an account's open invoices; a search narrows a longer list.
constexpr int SearchLimit = 200;

bool olderFirst(const Invoice &a, const Invoice &b)
{
    if (a.issueDate != b.issueDate)
        return a.issueDate < b.issueDate;
    return a.id < b.id;
}

} // namespace

OpenInvoiceTableModel::OpenInvoiceTableModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{}

void OpenInvoiceTableModel::setFound(const QList<Invoice> &found)
{
    QList<Invoice> rows;
    QSet<qint64> listed;
    for (const Invoice &invoice : this->rows()) {
        if (isChosen(invoice.id)) {
            rows << invoice;
            listed << invoice.id;
        }
    }
    for (const Invoice &invoice : found) {
        if (!listed.contains(invoice.id)) {
            rows << invoice;
            listed << invoice.id;
        }
    }
    std::sort(rows.begin(), rows.end(), olderFirst);
    setRows(std::move(rows));
}

void OpenInvoiceTableModel::setAvailable(Yen available)
{
    if (available == m_available)
        return;
    m_available = available;
    distribute();
}

void OpenInvoiceTableModel::setChosen(qint64 invoiceId, bool chosen)
{
    if (chosen == isChosen(invoiceId))
        return;
    if (chosen) {
        m_amounts.insert(invoiceId, Yen(0));
    } else {
        m_amounts.remove(invoiceId);
        m_typed.remove(invoiceId);
    }
    distribute();
    emit allocationChanged();
}

bool OpenInvoiceTableModel::setAmount(qint64 invoiceId, const QString &text)
{
    const std::optional<Yen> amount = Yen::parse(text);
    if (!amount || amount->isNegative())
        return false;
    m_amounts.insert(invoiceId, *amount);
    m_typed.insert(invoiceId);
    distribute();
    emit allocationChanged();
    return true;
}

void OpenInvoiceTableModel::distribute()
{
    Yen left = m_available;
    for (auto it = m_amounts.cbegin(); it != m_amounts.cend(); ++it) {
        if (m_typed.contains(it.key()))
            left = Yen::checkedSub(left, it.value()).value_or(Yen(0));
    }
    for (const Invoice &invoice : rows()) {
        if (!isChosen(invoice.id) || m_typed.contains(invoice.id))
            continue;
        const Yen share = std::clamp(left, Yen(0), invoice.balance());
        m_amounts.insert(invoice.id, share);
        left -= share;
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<payments::Allocation> OpenInvoiceTableModel::allocations() const
{
    QList<payments::Allocation> result;
    for (const Invoice &invoice : rows()) {
        const Yen amount = m_amounts.value(invoice.id);
        if (isChosen(invoice.id) && amount > Yen(0))
            result.append({invoice.id, amount});
    }
    return result;
}

Yen OpenInvoiceTableModel::allocated() const
{
    Yen total;
    for (const payments::Allocation &allocation : allocations())
        total += allocation.amount;
    return total;
}

const Invoice *OpenInvoiceTableModel::firstChosen() const
{
    for (const Invoice &invoice : rows()) {
        if (isChosen(invoice.id))
            return &invoice;
    }
    return nullptr;
}

QString OpenInvoiceTableModel::overBalanceProblem() const
{
    for (const Invoice &invoice : rows()) {
        if (isChosen(invoice.id) && m_amounts.value(invoice.id) > invoice.balance())
            return tr("Invoice %1 owes only %2; %3 cannot be allocated to it.")
                .arg(invoice.number, BillingNames::yenText(invoice.balance()),
                     BillingNames::yenText(m_amounts.value(invoice.id)));
    }
    return {};
}

Qt::ItemFlags OpenInvoiceTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = RowTableModel::flags(index);
    if (index.column() == Number)
        flags |= Qt::ItemIsUserCheckable;
    const Invoice *invoice = rowAt(index.row());
    if (index.column() == Allocation && invoice && isChosen(invoice->id))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant OpenInvoiceTableModel::data(const QModelIndex &index, int role) const
{
    const Invoice *invoice = rowAt(index.row());
    if (!invoice)
        return {};
    const int column = index.column();
    const bool chosen = isChosen(invoice->id);
    switch (role) {
    case InvoiceIdRole:
        return invoice->id;
    case Qt::CheckStateRole:
        return column == Number ? QVariant(chosen ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::TextAlignmentRole:
        return alignment(column == Balance || column == Allocation);
    case Qt::EditRole:
        return column == Allocation ? m_amounts.value(invoice->id).toString() : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Number:
        return invoice->number;
    case CustomerCode:
        return invoice->customerCode;
    case Debtor:
        return invoice->debtorName;
    case IssueDate:
        return BillingNames::dateText(invoice->issueDate);
    case DueDate:
        return BillingNames::dateText(invoice->dueDate);
    case Balance:
        return invoice->balance().toString();
    case Allocation:
        return chosen ? m_amounts.value(invoice->id).toString() : QString();
    default:
        return {};
    }
}

bool OpenInvoiceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Invoice *invoice = rowAt(index.row());
    if (!invoice)
        return false;
    if (role == Qt::CheckStateRole && index.column() == Number) {
        setChosen(invoice->id, value.toInt() == Qt::Checked);
        return true;
    }
    if (role == Qt::EditRole && index.column() == Allocation && isChosen(invoice->id))
        return setAmount(invoice->id, value.toString());
    return false;
}

QVariant OpenInvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return alignment(section == Balance || section == Allocation);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return FieldNames::displayName(QStringLiteral("invoice"));
    case CustomerCode:
        return FieldNames::displayName(QStringLiteral("customer_code"));
    case Debtor:
        return FieldNames::displayName(QStringLiteral("debtor_id"));
    case IssueDate:
        return FieldNames::displayName(QStringLiteral("issue_date"));
    case DueDate:
        return FieldNames::displayName(QStringLiteral("due_date"));
    case Balance:
        return tr("Balance");
    case Allocation:
        return tr("Allocated");
    default:
        return {};
    }
}

ManualAllocationDialog::ManualAllocationDialog(Workspace *workspace,
                                               const payments::BankTransaction &transaction, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_transaction(transaction)
{
    setWindowTitle(tr("Allocate payment by hand"));
    const payments::StatementLine &line = transaction.line;
    auto *intro = new QLabel(
        tr("%1 received on %2 from %3. Tick the invoices it pays; each gets what is left "
           "of the payment, oldest first, and you can change the amounts.")
            .arg(BillingNames::yenText(line.amount), BillingNames::dateText(line.valueDate), line.payerName),
        this);
    intro->setWordWrap(true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("allocationSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Invoice number, customer code or debtor name"));

    m_model = new OpenInvoiceTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("openInvoices"));
    m_table->setModel(m_model);
    setUpListTable(m_table, QAbstractItemView::SingleSelection);
    // Only the amounts are typed in, by double-click or by starting to type.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::AnyKeyPressed |
                             QAbstractItemView::EditKeyPressed);
    setColumnWidthsInDigits(m_table, {20, 8, 20, 11, 11, 10, 10});

    m_amountError = new QLabel(this);
    m_amountError->setObjectName(QStringLiteral("amount_error"));
    m_fee = new QLineEdit(QStringLiteral("0"), this);
    m_fee->setObjectName(QStringLiteral("fee"));
    m_fee->setAlignment(Qt::AlignRight);
    m_fee->setMaximumWidth(m_fee->fontMetrics().horizontalAdvance(QStringLiteral("0000,000,000")) + 16);
    m_fee->setToolTip(
        tr("What the payer deducted as the bank's transfer fee; the invoices count it as paid"));
    m_feeError = new QLabel(this);
    m_feeError->setObjectName(QStringLiteral("fee_error"));
    for (QLabel *error : {m_amountError, m_feeError}) {
        error->setStyleSheet(ErrorStyle);
        error->setWordWrap(true);
        error->setVisible(false);
    }
    m_keepCredit = new QCheckBox(tr("Keep what is left as the customer's credit"), this);
    m_keepCredit->setObjectName(QStringLiteral("keepCredit"));
    m_remainder = new QLabel(this);
    m_remainder->setObjectName(QStringLiteral("remainder"));
    m_remainder->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *feeCell = new QVBoxLayout;
    feeCell->setSpacing(2);
    feeCell->addWidget(m_fee);
    feeCell->addWidget(m_feeError);
    form->addRow(FieldNames::displayName(QStringLiteral("fee")), feeCell);
    form->addRow(QString(), m_keepCredit);

    auto *buttons = new QDialogButtonBox(this);
    m_okButton = buttons->addButton(tr("&Allocate"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("allocateButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ManualAllocationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ManualAllocationDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(searchBar(this, m_search));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_amountError);
    layout->addLayout(form);
    layout->addWidget(m_remainder);
    layout->addWidget(buttons);

    m_searchTimer = searchAsTyped(m_search, 250, [this] { search(); });
    connect(m_model, &OpenInvoiceTableModel::allocationChanged, this, &ManualAllocationDialog::update);
    connect(m_fee, &QLineEdit::textChanged, this, &ManualAllocationDialog::update);
    connect(m_keepCredit, &QCheckBox::toggled, this, &ManualAllocationDialog::update);
    search();
    update();
    resize(1000, 620);
}

void ManualAllocationDialog::search()
{
    m_searchTimer->stop();
    billing::InvoiceFilter filter;
    // Money that arrived in a client's account pays that client's invoices.
    filter.clientId = m_transaction.clientId;
    filter.kind = billing::DocumentKind::Invoice;
    filter.search = m_search->text().trimmed();
    filter.limit = SearchLimit;
    QList<Invoice> found;
    ServiceErrors::run(this, tr("Cannot read the invoices"), [&] {
        for (billing::InvoiceStatus status : {billing::InvoiceStatus::Issued, billing::InvoiceStatus::Sent,
                                              billing::InvoiceStatus::PartlyPaid}) {
            filter.status = status;
            found << m_workspace->invoices().book().invoices(filter);
        }
    });
    m_model->setFound(found);
}

std::optional<Yen> ManualAllocationDialog::fee() const
{
    const std::optional<Yen> fee =
        Yen::parse(m_fee->text().trimmed().isEmpty() ? QStringLiteral("0") : m_fee->text());
    return fee && !fee->isNegative() ? fee : std::nullopt;
}

void ManualAllocationDialog::showFieldError(const QString &field, const QString &message)
{
    QLabel *label = field == QLatin1String("fee") ? m_feeError : m_amountError;
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString ManualAllocationDialog::fieldErrorText(const QString &field) const
{
    const QLabel *label = field == QLatin1String("fee") ? m_feeError : m_amountError;
    return label->isVisibleTo(this) ? label->text() : QString();
}

void ManualAllocationDialog::update()
{
    const Yen amount = m_transaction.line.amount;
    const std::optional<Yen> deducted = fee();
    showFieldError(QStringLiteral("fee"),
                   deducted ? QString() : tr("\"%1\" is not an amount in yen.").arg(m_fee->text()));
    QString problem;
    bool balanced = false;
    try {
        const Yen available = amount + deducted.value_or(Yen(0));
        m_model->setAvailable(available);
        const Yen allocated = m_model->allocated();
        const Yen left = available - allocated;
        problem = m_model->overBalanceProblem();
        if (problem.isEmpty() && left.isNegative())
            problem = tr("The allocations (%1) are more than the payment and the fee (%2).")
                          .arg(BillingNames::yenText(allocated), BillingNames::yenText(available));
        const bool credit = left > Yen(0) && m_keepCredit->isChecked() && m_model->firstChosen();
        m_remainder->setText(
            tr("Payment %1 + fee %2 = %3 · allocated %4 · left %5%6")
                .arg(BillingNames::yenText(amount), BillingNames::yenText(deducted.value_or(Yen(0))),
                     BillingNames::yenText(available), BillingNames::yenText(allocated),
                     BillingNames::yenText(left), credit ? tr(" (kept as credit)") : QString()));
        balanced = !m_model->allocations().isEmpty() && (left.isZero() || credit);
    } catch (const money::MoneyOverflow &) {
        problem = tr("An amount is too large to be calculated.");
    }
    showFieldError(QStringLiteral("amount"), problem);
    m_okButton->setEnabled(deducted && problem.isEmpty() && balanced);
}

void ManualAllocationDialog::accept()
{
    const std::optional<Yen> deducted = fee();
    if (!deducted)
        return;
    const Invoice *first = m_model->firstChosen();
    const qint64 creditAccount = m_keepCredit->isChecked() && first ? first->accountId : 0;
    bool allocated = false;
    ServiceErrors::run(this, tr("Cannot allocate the payment"), [&] {
        try {
            m_result = m_workspace->payments().allocateManually(m_transaction.id, m_model->allocations(),
                                                                *deducted, creditAccount);
            allocated = true;
        } catch (const parties::ValidationError &error) {
            // What the service refuses is said where the clerk typed it.
            for (const parties::FieldError &fieldError : error.errors())
                showFieldError(fieldError.field, fieldError.reason);
        }
    });
    if (allocated)
        QDialog::accept();
}

} // namespace kaishu::ui
