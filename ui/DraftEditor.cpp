#include "DraftEditor.h"

#include "BillingNames.h"
#include "ColumnWidths.h"
#include "DocumentPrinting.h"
#include "DraftLinesModel.h"
#include "FieldNames.h"
#include "ServiceErrors.h"
#include "Workspace.h"
#include "money/MoneyOverflow.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kaishu::ui {

using billing::Invoice;
using billing::InvoiceTax;

namespace {

// Editors of the cells that are not text: a date editor in the tables' format and the tax rates.
class LineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() == DraftLinesModel::DeliveryDate)
            return BillingNames::dateEdit(parent);
        if (index.column() == DraftLinesModel::TaxCategory) {
            auto *combo = new QComboBox(parent);
            BillingNames::fillTaxCategories(combo);
            return combo;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
            return;
        }
        if (auto *dateEdit = qobject_cast<QDateEdit *>(editor)) {
            const QDate date = index.data(Qt::EditRole).toDate();
            dateEdit->setDate(date.isValid() ? date : QDate::currentDate());
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentData());
        else if (auto *dateEdit = qobject_cast<QDateEdit *>(editor))
            model->setData(index, dateEdit->date());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

QString rateRow(const QString &name, const QString &net, const QString &tax, const QString &gross, bool bold)
{
    const QString cell = bold ? QStringLiteral("<td align=\"right\"><b>%1</b></td>")
                              : QStringLiteral("<td align=\"right\">%1</td>");
    return QStringLiteral("<tr><td>%1</td>").arg(bold ? QStringLiteral("<b>%1</b>").arg(name) : name) +
           cell.arg(net) + cell.arg(tax) + cell.arg(gross) + QStringLiteral("</tr>");
}

} // namespace

DraftEditor::DraftEditor(Workspace *workspace, qint64 invoiceId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_invoiceId(invoiceId)
{
    setWindowTitle(tr("Edit draft invoice"));
    m_undoStack = new QUndoStack(this);
    m_lines = new DraftLinesModel(m_undoStack, this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("draftTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *headerBox = new QGroupBox(tr("Invoice"), this);
    auto *headerForm = new QFormLayout(headerBox);
    headerForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_customer = new QLabel(headerBox);
    m_period = new QLabel(headerBox);
    m_pricing = new QLabel(headerBox);
    m_issueDate = BillingNames::dateEdit(headerBox);
    m_issueDate->setObjectName(QStringLiteral("issue_date"));
    m_dueDate = BillingNames::dateEdit(headerBox);
    m_dueDate->setObjectName(QStringLiteral("due_date"));
    m_notes = new QPlainTextEdit(headerBox);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    headerForm->addRow(tr("Customer"), m_customer);
    headerForm->addRow(tr("Period"), m_period);
    headerForm->addRow(tr("Prices"), m_pricing);
    headerForm->addRow(FieldNames::displayName(QStringLiteral("issue_date")), m_issueDate);
    headerForm->addRow(FieldNames::displayName(QStringLiteral("due_date")), m_dueDate);
    headerForm->addRow(FieldNames::displayName(QStringLiteral("notes")), m_notes);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("draftLines"));
    m_table->setModel(m_lines);
    m_table->setItemDelegate(new LineDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(false);
    setColumnWidthsInDigits(m_table, {12, 10, 9, 26, 8, 6, 11, 8, 12});
    m_table->horizontalHeader()->setSectionResizeMode(DraftLinesModel::Description, QHeaderView::Stretch);

    auto *addButton = new QPushButton(tr("&Add line"), this);
    addButton->setObjectName(QStringLiteral("addLineButton"));
    m_removeButton = new QPushButton(tr("&Remove line"), this);
    m_removeButton->setObjectName(QStringLiteral("removeLineButton"));
    auto *undoButton = new QPushButton(tr("&Undo"), this);
    auto *redoButton = new QPushButton(tr("Re&do"), this);
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    connect(addButton, &QPushButton::clicked, this, &DraftEditor::addLine);
    connect(m_removeButton, &QPushButton::clicked, this, &DraftEditor::removeLine);
    connect(undoButton, &QPushButton::clicked, m_undoStack, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, undoButton, &QPushButton::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, redoButton, &QPushButton::setEnabled);
    // The shortcuts work anywhere in the dialog (the main window's Edit menu is not reachable here).
    QAction *undoAction = m_undoStack->createUndoAction(this, tr("Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = m_undoStack->createRedoAction(this, tr("Redo"));
    redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addActions({undoAction, redoAction});

    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(addButton);
    lineButtons->addWidget(m_removeButton);
    lineButtons->addStretch();
    lineButtons->addWidget(undoButton);
    lineButtons->addWidget(redoButton);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("draftProblems"));
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);

    m_taxSummary = new QLabel(this);
    m_taxSummary->setObjectName(QStringLiteral("draftTax"));
    m_taxSummary->setTextFormat(Qt::RichText);
    m_taxSummary->setAlignment(Qt::AlignRight | Qt::AlignTop);

    auto *linesBox = new QGroupBox(tr("Lines"), this);
    auto *linesLayout = new QVBoxLayout(linesBox);
    linesLayout->addLayout(lineButtons);
    linesLayout->addWidget(m_table, 1);
    linesLayout->addWidget(m_problems);
    linesLayout->addWidget(m_taxSummary);

    auto *buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("Pre&view"), QDialogButtonBox::HelpRole);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setToolTip(tr("The draft as it will print, as last saved"));
    connect(m_previewButton, &QPushButton::clicked, this, &DraftEditor::preview);
    m_saveButton = buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_saveButton, &QPushButton::clicked, this, &DraftEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &DraftEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(headerBox);
    layout->addWidget(linesBox, 1);
    layout->addWidget(buttons);

    connect(m_lines, &DraftLinesModel::linesChanged, this, &DraftEditor::updateSummary);
    // A command changes the lines before the stack counts it: Save follows the stack's own state.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &DraftEditor::updateSummary);
    connect(m_lines, &DraftLinesModel::inputRejected, this,
            [this](const QString &message) { QMessageBox::warning(this, windowTitle(), message); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DraftEditor::updateSummary);
    connect(m_issueDate, &QDateEdit::dateChanged, this, &DraftEditor::updateSummary);
    connect(m_dueDate, &QDateEdit::dateChanged, this, &DraftEditor::updateSummary);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &DraftEditor::updateSummary);

    if (!load()) {
        m_title->setText(tr("The draft no longer exists or has been issued."));
        for (QWidget *widget : std::initializer_list<QWidget *>{headerBox, linesBox, m_previewButton})
            widget->setEnabled(false);
    }
    updateSummary();
    resize(1100, 760);
}

DraftEditor::~DraftEditor()
{
    // The stack (a child) is cleared after this part of the dialog is gone: it must not call back.
    m_undoStack->disconnect(this);
    m_lines->disconnect(this);
}

bool DraftEditor::load()
{
    std::optional<Invoice> invoice;
    try {
        if (m_workspace->isOpen())
            invoice = m_workspace->invoices().book().invoice(m_invoiceId);
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot read the draft"), error.message());
    }
    if (!invoice || invoice->status != billing::InvoiceStatus::Draft)
        return false;
    m_stored = *invoice;
    m_title->setText(tr("Draft invoice · %1 %2").arg(invoice->customerCode, invoice->debtorName));
    m_customer->setText(
        tr("%1 %2 (client %3)").arg(invoice->customerCode, invoice->debtorName, invoice->clientCode));
    m_period->setText(tr("%1 to %2 · %3")
                          .arg(BillingNames::dateText(invoice->periodFrom),
                               BillingNames::dateText(invoice->periodTo),
                               BillingNames::invoiceFormName(invoice->form)));
    m_pricing->setText(tr("%1 · tax rounding: %2")
                           .arg(BillingNames::priceModeName(invoice->priceMode),
                                BillingNames::roundingName(invoice->rounding)));
    m_issueDate->setDate(invoice->issueDate.isValid() ? invoice->issueDate : QDate::currentDate());
    m_dueDate->setDate(invoice->dueDate.isValid() ? invoice->dueDate : QDate::currentDate());
    m_notes->setPlainText(invoice->notes);
    m_lines->setLines(invoice->lines, invoice->rounding);
    return true;
}

InvoiceTax DraftEditor::currentTax() const
{
    return billing::taxOf(m_lines->lines(), m_stored.priceMode, m_stored.rounding);
}

Invoice DraftEditor::editedDraft() const
{
    Invoice draft = m_stored;
    draft.issueDate = m_issueDate->date();
    draft.dueDate = m_dueDate->date();
    draft.notes = m_notes->toPlainText().trimmed();
    draft.lines = m_lines->lines();
    return draft;
}

bool DraftEditor::isDirty() const
{
    if (m_stored.id == 0)
        return false;
    return !m_undoStack->isClean() || m_issueDate->date() != m_stored.issueDate ||
           m_dueDate->date() != m_stored.dueDate || m_notes->toPlainText().trimmed() != m_stored.notes;
}

void DraftEditor::updateSummary()
{
    const QStringList problems = m_lines->problemTexts();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty() && m_stored.id != 0);
    m_removeButton->setEnabled(m_table->currentIndex().isValid());
    m_saveButton->setEnabled(m_stored.id != 0 && problems.isEmpty() && isDirty());

    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    const bool included = m_stored.priceMode == billing::PriceMode::TaxIncluded;
    html += rateRow(tr("Rate"), tr("Net"), included ? tr("Tax included") : tr("Tax"), tr("Gross"), false);
    try {
        const InvoiceTax tax = currentTax();
        for (const billing::RateTotal &rate : tax.perRate)
            html += rateRow(BillingNames::taxCategoryName(rate.category), rate.net.toString(),
                            rate.tax.toString(), rate.gross.toString(), false);
        html += rateRow(tr("Total"), BillingNames::yenText(tax.net), BillingNames::yenText(tax.tax),
                        BillingNames::yenText(tax.gross), true);
    } catch (const money::MoneyOverflow &) {
        html += QStringLiteral("<tr><td colspan=\"4\">%1</td></tr>").arg(tr("An amount is too large."));
    }
    html += QStringLiteral("</table>");
    m_taxSummary->setText(html);
}

void DraftEditor::addLine()
{
    const int after =
        m_table->currentIndex().isValid() ? m_table->currentIndex().row() : m_lines->rowCount() - 1;
    m_lines->addLine(after);
    m_table->setCurrentIndex(m_lines->index(after + 1, DraftLinesModel::Description));
}

void DraftEditor::removeLine()
{
    if (m_table->currentIndex().isValid())
        m_lines->removeLine(m_table->currentIndex().row());
}

bool DraftEditor::save()
{
    if (m_stored.id == 0 || !m_lines->problemTexts().isEmpty())
        return false;
    Invoice saved;
    if (!ServiceErrors::run(this, tr("Cannot save the draft"),
                            [&] { saved = m_workspace->invoices().saveDraft(editedDraft()); }))
        return false;
    m_stored = saved;
    m_undoStack->setClean();
    m_workspace->notifyBillingChanged();
    QDialog::accept();
    return true;
}

QPrintPreviewDialog *DraftEditor::preview()
{
    if (m_stored.id == 0)
        return nullptr;
    billing::BillingDocument document;
    billing::DocumentStyle style;
    if (!ServiceErrors::run(this, tr("Cannot show the draft"), [&] {
            document = m_workspace->invoices().document(m_invoiceId);
            style = DocumentPrinting::styleOf(m_workspace, document.clientCode);
        }))
        return nullptr;
    // The service assembles the stored draft: changes not yet saved are not in it, and the title says so.
    const QString title = isDirty() ? tr("Preview of the draft as last saved (unsaved changes are not shown)")
                                    : tr("Preview of the draft (not issued)");
    return DocumentPrinting::preview(this, document, style, title);
}

void DraftEditor::reject()
{
    if (isDirty()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("The draft has changes that are not saved. Discard them?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace kaishu::ui
