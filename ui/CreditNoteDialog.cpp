#include "CreditNoteDialog.h"

#include "BillingNames.h"
#include "ColumnWidths.h"
#include "FieldNames.h"
#include "ServiceErrors.h"
#include "Workspace.h"
#include "money/MoneyOverflow.h"
#include "storage/StorageError.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kaishu::ui {

using billing::InvoiceLine;

namespace {

const QColor ProblemBackground(0xfd, 0xe8, 0xe8);

QTableWidgetItem *readOnlyItem(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

CreditNoteDialog::CreditNoteDialog(Workspace *workspace, qint64 invoiceId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    try {
        if (const std::optional<billing::Invoice> invoice = workspace->invoices().book().invoice(invoiceId))
            m_invoice = *invoice;
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot read the invoice"), error.message());
    }
    setWindowTitle(tr("Credit note for invoice %1").arg(m_invoice.number));

    auto *intro = new QLabel(
        tr("Tick the lines returned or discounted and enter how many. The credit note is issued with the "
           "next number and reduces what invoice %1 (%2 %3) asks for.")
            .arg(m_invoice.number, m_invoice.customerCode, m_invoice.debtorName),
        this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(int(m_invoice.lines.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("creditLines"));
    m_table->setHorizontalHeaderLabels({FieldNames::displayName(QStringLiteral("description")),
                                        FieldNames::displayName(QStringLiteral("delivery_date")),
                                        FieldNames::displayName(QStringLiteral("quantity")),
                                        FieldNames::displayName(QStringLiteral("unit")),
                                        FieldNames::displayName(QStringLiteral("unit_price")),
                                        FieldNames::displayName(QStringLiteral("tax_category")),
                                        tr("Quantity returned"), tr("Amount returned")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(Returned, QHeaderView::Stretch);
    setColumnWidthsInDigits(m_table, {24, 11, 7, 5, 10, 7, 10, 10});
    for (int row = 0; row < m_invoice.lines.size(); ++row) {
        const InvoiceLine &line = m_invoice.lines.at(row);
        auto *returned = readOnlyItem(line.description);
        returned->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        returned->setCheckState(Qt::Unchecked);
        m_table->setItem(row, Returned, returned);
        m_table->setItem(row, Date, readOnlyItem(BillingNames::dateText(line.deliveryDate)));
        m_table->setItem(row, Quantity, readOnlyItem(line.quantity.toString(), true));
        m_table->setItem(row, Unit, readOnlyItem(line.unit));
        m_table->setItem(row, UnitPrice, readOnlyItem(line.unitPrice.toString(), true));
        m_table->setItem(row, Category, readOnlyItem(BillingNames::taxCategoryName(line.category)));
        auto *quantity = new QTableWidgetItem(line.quantity.toString());
        quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, ReturnedQuantity, quantity);
        m_table->setItem(row, Amount, readOnlyItem(QString(), true));
    }

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("e.g. 破損による返品, 値引き"));
    m_issueDate = BillingNames::dateEdit(this);
    m_issueDate->setObjectName(QStringLiteral("issue_date"));
    m_issueDate->setDate(QDate::currentDate());
    auto *form = new QFormLayout;
    form->addRow(FieldNames::displayName(QStringLiteral("reason")), m_reason);
    form->addRow(FieldNames::displayName(QStringLiteral("issue_date")), m_issueDate);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("creditTotal"));
    m_problems = new QLabel(this);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problems->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_issueButton = buttons->addButton(tr("&Issue credit note"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreditNoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreditNoteDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_total);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, &CreditNoteDialog::update);
    connect(m_reason, &QLineEdit::textChanged, this, &CreditNoteDialog::update);
    update();
    resize(1000, 560);
}

void CreditNoteDialog::setReturned(int row, bool returned, const QString &quantity)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    if (!quantity.isEmpty())
        m_table->item(row, ReturnedQuantity)->setText(quantity);
    m_table->item(row, Returned)->setCheckState(returned ? Qt::Checked : Qt::Unchecked);
}

QList<InvoiceLine> CreditNoteDialog::chosenLines() const
{
    QList<InvoiceLine> lines;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Returned)->checkState() != Qt::Checked)
            continue;
        const std::optional<money::Decimal> quantity =
            money::Decimal::parse(m_table->item(row, ReturnedQuantity)->text());
        if (!quantity || quantity->isZero())
            continue;
        InvoiceLine line = m_invoice.lines.at(row);
        line.id = 0;
        line.quantity = *quantity;
        try {
            line.amount = line.quantity.multiplyToYen(line.unitPrice, m_invoice.rounding);
        } catch (const money::MoneyOverflow &) {
            continue;
        }
        lines << line;
    }
    return lines;
}

void CreditNoteDialog::update()
{
    if (m_updating)
        return;
    // Writing the amounts changes items, which would call this again.
    m_updating = true;
    QStringList problems;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool returned = m_table->item(row, Returned)->checkState() == Qt::Checked;
        QTableWidgetItem *quantityItem = m_table->item(row, ReturnedQuantity);
        const std::optional<money::Decimal> quantity = money::Decimal::parse(quantityItem->text());
        const money::Decimal invoiced = m_invoice.lines.at(row).quantity;
        QString problem;
        if (returned && (!quantity || quantity->isZero()))
            problem = tr("Line %1: \"%2\" is not a quantity").arg(row + 1).arg(quantityItem->text());
        else if (returned && *quantity > invoiced)
            problem = tr("Line %1: more than the %2 invoiced").arg(row + 1).arg(invoiced.toString());
        if (!problem.isEmpty())
            problems << problem;
        quantityItem->setBackground(problem.isEmpty() ? QBrush() : QBrush(ProblemBackground));
        QString amount;
        if (returned && quantity && problem.isEmpty()) {
            try {
                amount =
                    quantity->multiplyToYen(m_invoice.lines.at(row).unitPrice, m_invoice.rounding).toString();
            } catch (const money::MoneyOverflow &) {
                amount = tr("too large");
            }
        }
        m_table->item(row, Amount)->setText(amount);
    }
    const QList<InvoiceLine> lines = chosenLines();
    const billing::InvoiceTax tax = billing::taxOf(lines, m_invoice.priceMode, m_invoice.rounding);
    m_total->setText(tr("Credit note total %1 (tax %2) · left on the invoice %3")
                         .arg(BillingNames::yenText(tax.gross), BillingNames::yenText(tax.tax),
                              BillingNames::yenText(m_invoice.tax.gross - m_invoice.credited)));
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_issueButton->setEnabled(!lines.isEmpty() && problems.isEmpty() &&
                              !m_reason->text().trimmed().isEmpty());
    m_updating = false;
}

void CreditNoteDialog::accept()
{
    const QList<InvoiceLine> lines = chosenLines();
    if (lines.isEmpty())
        return;
    if (!ServiceErrors::run(this, tr("Cannot issue the credit note"), [&] {
            m_creditNote = m_workspace->invoices().issueCreditNote(
                m_invoice.id, lines, m_reason->text().trimmed(), m_issueDate->date());
        }))
        return;
    QDialog::accept();
}

} // namespace kaishu::ui
