#include "OrderLineForm.h"

#include "BillingNames.h"
#include "FieldNames.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kaishu::ui {

using billing::OrderLine;
using parties::FieldError;

namespace {

const QString OrderLineEntity = QStringLiteral("order_line");

} // namespace

OrderLineForm::OrderLineForm(Workspace *workspace, QUndoStack *undoStack, QWidget *parent)
    : RecordForm(workspace, undoStack, parent)
{
    m_title = createTitle(QStringLiteral("orderTitle"));
    QFormLayout *orderForm = addSection(tr("Order"));
    QWidget *orderBox = orderForm->parentWidget();
    m_customerCode = new QLineEdit(orderBox);
    m_debtor = new QLabel(orderBox);
    m_debtor->setWordWrap(true);
    m_orderNumber = new QLineEdit(orderBox);
    m_orderDate = BillingNames::dateEdit(orderBox);
    m_deliveryDate = BillingNames::dateEdit(orderBox);
    addField(orderForm, QStringLiteral("customer_code"), m_customerCode);
    orderForm->addRow(tr("Debtor"), m_debtor);
    addField(orderForm, QStringLiteral("order_no"), m_orderNumber);
    addField(orderForm, QStringLiteral("order_date"), m_orderDate);
    addField(orderForm, QStringLiteral("delivery_date"), m_deliveryDate);
    connect(m_customerCode, &QLineEdit::textChanged, this, &OrderLineForm::showDebtorOfCustomer);

    QFormLayout *lineForm = addSection(tr("What was supplied"));
    QWidget *lineBox = lineForm->parentWidget();
    m_itemCode = new QLineEdit(lineBox);
    m_description = new QLineEdit(lineBox);
    m_quantity = new QLineEdit(lineBox);
    m_quantity->setPlaceholderText(tr("e.g. 3 or 1.5; negative for a return"));
    m_unit = new QLineEdit(lineBox);
    m_unit->setPlaceholderText(tr("e.g. 個, 箱, 式"));
    m_unitPrice = new QLineEdit(lineBox);
    m_unitPrice->setPlaceholderText(tr("Yen, up to 4 decimal places"));
    for (QLineEdit *edit : {m_quantity, m_unitPrice}) {
        edit->setAlignment(Qt::AlignRight);
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 22);
    }
    m_category = new QComboBox(lineBox);
    BillingNames::fillTaxCategories(m_category);
    m_priceMode = new QComboBox(lineBox);
    for (billing::PriceMode mode : {billing::PriceMode::TaxExcluded, billing::PriceMode::TaxIncluded})
        m_priceMode->addItem(BillingNames::priceModeName(mode), billing::toCode(mode));
    addField(lineForm, QStringLiteral("item_code"), m_itemCode);
    addField(lineForm, QStringLiteral("description"), m_description);
    addField(lineForm, QStringLiteral("quantity"), m_quantity);
    addField(lineForm, QStringLiteral("unit"), m_unit);
    addField(lineForm, QStringLiteral("unit_price"), m_unitPrice);
    addField(lineForm, QStringLiteral("tax_category"), m_category);
    addField(lineForm, QStringLiteral("price_mode"), m_priceMode);

    layOutPane(m_title);
    showRecord(0);
}

void OrderLineForm::startNewLine(qint64 clientId)
{
    if (!confirmLeave())
        return;
    m_newLineClientId = clientId;
    setRecordId(0);
    reloadRecord();
    m_customerCode->setFocus();
}

void OrderLineForm::forgetRecord()
{
    m_newLineClientId = 0;
    m_stored.reset();
    clearEditors();
}

void OrderLineForm::clearEditors()
{
    beginLoading();
    for (QLineEdit *edit :
         {m_customerCode, m_orderNumber, m_itemCode, m_description, m_quantity, m_unit, m_unitPrice})
        edit->clear();
    m_debtor->clear();
    for (QComboBox *combo : {m_category, m_priceMode})
        combo->setCurrentIndex(0);
    m_title->setText(tr("Select an order line to see and correct it, or add a line."));
    endLoading();
    setHasRecord(false);
    refreshHistory();
}

void OrderLineForm::loadRecord()
{
    if (!workspace()->isOpen()) {
        forgetRecord();
        return;
    }
    if (recordId() == 0 && m_newLineClientId != 0) {
        OrderLine line;
        line.clientId = m_newLineClientId;
        line.orderDate = QDate::currentDate();
        line.deliveryDate = QDate::currentDate();
        line.quantity = money::Decimal::fromInt(1);
        m_stored = line;
        fillEditors(line);
        return;
    }
    const std::optional<OrderLine> line =
        recordId() != 0 ? workspace()->orders().line(recordId()) : std::nullopt;
    if (!line || line->isBilled()) {
        setRecordId(0);
        forgetRecord();
        return;
    }
    m_newLineClientId = 0;
    m_stored = *line;
    fillEditors(*line);
}

void OrderLineForm::fillEditors(const OrderLine &line)
{
    const bool isNew = line.id == 0;
    beginLoading();
    m_title->setText(isNew ? tr("New order line")
                           : tr("Order %1, line %2").arg(line.orderNumber).arg(line.lineNumber));
    m_customerCode->setText(line.customerCode);
    m_debtor->setText(line.debtorName);
    m_orderNumber->setText(line.orderNumber);
    m_orderDate->setDate(line.orderDate);
    m_deliveryDate->setDate(line.deliveryDate);
    m_itemCode->setText(line.itemCode);
    m_description->setText(line.description);
    m_quantity->setText(line.quantity.toString());
    m_unit->setText(line.unit);
    m_unitPrice->setText(line.unitPrice.toString());
    m_category->setCurrentIndex(std::max(0, m_category->findData(money::toCode(line.category))));
    m_priceMode->setCurrentIndex(std::max(0, m_priceMode->findData(billing::toCode(line.priceMode))));
    endLoading();
    setHasRecord(true);
    // The order book keeps a saved line's customer and order number.
    m_customerCode->setReadOnly(!isNew);
    m_orderNumber->setReadOnly(!isNew);
    refreshHistory();
}

QList<audit::AuditRecord> OrderLineForm::storedHistory() const
{
    if (!m_stored || m_stored->id == 0)
        return {};
    return audit::AuditTrail::history(workspace()->database(), {{OrderLineEntity, m_stored->id}});
}

OrderLine OrderLineForm::collect(QList<FieldError> *errors) const
{
    OrderLine line = *m_stored;
    if (line.id == 0) {
        line.customerCode = m_customerCode->text().trimmed();
        line.orderNumber = m_orderNumber->text().trimmed();
        const std::optional<parties::Account> account =
            line.customerCode.isEmpty()
                ? std::nullopt
                : workspace()->parties().repository().accountByCustomerCode(line.clientId, line.customerCode);
        line.accountId = account ? account->id : 0;
        if (!account && errors)
            errors->append({QStringLiteral("customer_code"),
                            line.customerCode.isEmpty() ? tr("a customer code is required")
                                                        : tr("the client has no customer with this code")});
    }
    line.orderDate = m_orderDate->date();
    line.deliveryDate = m_deliveryDate->date();
    line.itemCode = m_itemCode->text().trimmed();
    line.description = m_description->text().trimmed();
    line.unit = m_unit->text().trimmed();
    for (const auto &[edit, field, target] : {std::tuple{m_quantity, "quantity", &line.quantity},
                                              std::tuple{m_unitPrice, "unit_price", &line.unitPrice}}) {
        const std::optional<money::Decimal> number = money::Decimal::parse(edit->text());
        if (number)
            *target = *number;
        else if (errors)
            errors->append({QString::fromLatin1(field),
                            tr("\"%1\" is not a number (at most 4 decimal places)").arg(edit->text())});
    }
    line.category = money::taxCategoryFromCode(m_category->currentData().toString())
                        .value_or(money::TaxCategory::Standard10);
    line.priceMode = billing::priceModeFromCode(m_priceMode->currentData().toString())
                         .value_or(billing::PriceMode::TaxExcluded);
    return line;
}

QList<FieldError> OrderLineForm::checkInput() const
{
    if (!m_stored)
        return {};
    QList<FieldError> errors;
    const OrderLine line = collect(&errors);
    for (const FieldError &error : billing::validate(line)) {
        // A number that did not parse is reported once, as not a number.
        const bool reported = std::any_of(errors.cbegin(), errors.cend(), [&error](const FieldError &known) {
            return known.field == error.field;
        });
        if (!reported)
            errors << error;
    }
    return errors;
}

void OrderLineForm::showDebtorOfCustomer()
{
    if (!m_stored || m_stored->id != 0)
        return;
    parties::PartyRepository &repository = workspace()->parties().repository();
    const std::optional<parties::Account> account =
        repository.accountByCustomerCode(m_stored->clientId, m_customerCode->text().trimmed());
    const std::optional<parties::Debtor> debtor =
        account ? repository.debtorById(account->debtorId) : std::nullopt;
    m_debtor->setText(debtor ? debtor->name : QString());
}

void OrderLineForm::writeChanges()
{
    const OrderLine before = *m_stored;
    const OrderLine after = collect(nullptr);
    if (before.id == 0) {
        const OrderLine added = workspace()->orders().add(after);
        m_newLineClientId = 0;
        setRecordId(added.id);
        loadRecord();
        workspace()->notifyBillingChanged();
        return;
    }
    workspace()->orders().update(after);
    Workspace *target = workspace();
    pushSave<OrderLine>(tr("Edit order %1 line %2").arg(after.orderNumber).arg(after.lineNumber), before,
                        after, [target](const OrderLine &snapshot) { writeSnapshot(target, snapshot); });
    loadRecord();
    workspace()->notifyBillingChanged();
}

void OrderLineForm::writeSnapshot(Workspace *workspace, const OrderLine &snapshot)
{
    // Over whatever version the line has now; a line billed or removed since refuses the write.
    const std::optional<OrderLine> current = workspace->orders().line(snapshot.id);
    OrderLine line = snapshot;
    line.version = current ? current->version : -1;
    workspace->orders().update(line);
    workspace->notifyBillingChanged();
}

} // namespace kaishu::ui
