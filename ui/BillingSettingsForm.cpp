#include "BillingSettingsForm.h"

#include "BillingNames.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace kaishu::ui {

using billing::BillingSettings;

namespace {

const QString SettingsEntity = QStringLiteral("billing_settings");
const QString AgencyCode = QStringLiteral("agency");
const QString ClientCode = QStringLiteral("client");

} // namespace

BillingSettingsForm::BillingSettingsForm(Workspace *workspace, QUndoStack *undoStack, QWidget *parent)
    : RecordForm(workspace, undoStack, parent)
{
    m_title = createTitle();
    QFormLayout *invoiceForm = addSection(tr("Invoices"));
    QWidget *invoiceBox = invoiceForm->parentWidget();
    m_rounding = new QComboBox(invoiceBox);
    for (money::RoundingMode mode :
         {money::RoundingMode::Down, money::RoundingMode::Up, money::RoundingMode::HalfUp})
        m_rounding->addItem(BillingNames::roundingName(mode), money::toString(mode));
    m_issuer = new QComboBox(invoiceBox);
    m_issuer->addItem(BillingNames::issuerName(billing::IssuerMode::Client), ClientCode);
    m_issuer->addItem(BillingNames::issuerName(billing::IssuerMode::Agency), AgencyCode);
    m_issuer->setToolTip(tr("Under the intermediary delivery rule the agency issues in its own name and "
                            "registration number (File → Agency profile)."));
    m_numberFormat = new QLineEdit(invoiceBox);
    m_numberFormat->setPlaceholderText(QStringLiteral("{client}-{yyyy}-{seq:6}"));
    m_numberFormat->setToolTip(tr("{client} client code, {yyyy} {yy} {mm} from the issue date, {seq:N} the "
                                  "sequence with N digits"));
    m_numberExample = new QLabel(invoiceBox);
    m_numberExample->setObjectName(QStringLiteral("numberExample"));
    m_numberExample->setStyleSheet(QStringLiteral("color: #44505c;"));
    m_invoiceForm = new QComboBox(invoiceBox);
    for (billing::InvoiceForm form : {billing::InvoiceForm::Summary, billing::InvoiceForm::PerOrder})
        m_invoiceForm->addItem(BillingNames::invoiceFormName(form), billing::toCode(form));
    addField(invoiceForm, QStringLiteral("rounding"), m_rounding);
    addField(invoiceForm, QStringLiteral("issuer"), m_issuer);
    addField(invoiceForm, QStringLiteral("number_format"), m_numberFormat);
    invoiceForm->addRow(QString(), m_numberExample);
    addField(invoiceForm, QStringLiteral("invoice_form"), m_invoiceForm);

    QFormLayout *mailForm = addSection(tr("E-mail to the customers"));
    QWidget *mailBox = mailForm->parentWidget();
    m_emailSubject = new QLineEdit(mailBox);
    m_emailSubject->setPlaceholderText(tr("Empty: the standard wording"));
    m_emailBody = new QPlainTextEdit(mailBox);
    m_emailBody->setPlaceholderText(tr("Empty: the standard wording"));
    m_emailBody->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    addField(mailForm, QStringLiteral("email_subject"), m_emailSubject);
    addField(mailForm, QStringLiteral("email_body"), m_emailBody);

    layOutPane(m_title);
    connect(m_numberFormat, &QLineEdit::textChanged, this, &BillingSettingsForm::updateExample);
    showRecord(0);
}

void BillingSettingsForm::forgetRecord()
{
    m_stored.reset();
    beginLoading();
    m_numberFormat->clear();
    m_emailSubject->clear();
    m_emailBody->clear();
    m_title->clear();
    endLoading();
    setHasRecord(false);
    refreshHistory();
}

void BillingSettingsForm::loadRecord()
{
    const std::optional<parties::Client> client =
        workspace()->isOpen() ? workspace()->parties().repository().clientById(recordId()) : std::nullopt;
    if (!client) {
        setRecordId(0);
        forgetRecord();
        return;
    }
    const BillingSettings settings = workspace()->invoices().settings().settings(client->id);
    m_stored = settings;
    m_clientCode = client->code;
    beginLoading();
    m_title->setText(tr("Billing settings · %1 %2").arg(client->code, client->name));
    m_rounding->setCurrentIndex(std::max(0, m_rounding->findData(money::toString(settings.rounding))));
    m_issuer->setCurrentIndex(settings.issuer == billing::IssuerMode::Agency ? 1 : 0);
    m_numberFormat->setText(settings.numberFormat);
    m_invoiceForm->setCurrentIndex(
        std::max(0, m_invoiceForm->findData(billing::toCode(settings.invoiceForm))));
    m_emailSubject->setText(settings.emailSubject);
    m_emailBody->setPlainText(settings.emailBody);
    endLoading();
    setHasRecord(true);
    updateExample();
    refreshHistory();
}

void BillingSettingsForm::updateExample()
{
    const QString format = m_numberFormat->text().trimmed();
    // A format that does not work shows its problem under the field instead.
    m_numberExample->setText(
        m_stored && billing::NumberFormat::validate(format).isEmpty()
            ? tr("e.g. %1").arg(billing::NumberFormat::number(format, m_clientCode, QDate::currentDate(), 1))
            : QString());
}

QList<audit::AuditRecord> BillingSettingsForm::storedHistory() const
{
    return audit::AuditTrail::history(workspace()->database(), {{SettingsEntity, m_stored->clientId}});
}

BillingSettings BillingSettingsForm::collect() const
{
    BillingSettings settings = *m_stored;
    settings.rounding = money::roundingModeFromString(m_rounding->currentData().toString())
                            .value_or(money::RoundingMode::Down);
    settings.issuer = m_issuer->currentData().toString() == AgencyCode ? billing::IssuerMode::Agency
                                                                       : billing::IssuerMode::Client;
    settings.numberFormat = m_numberFormat->text().trimmed();
    settings.invoiceForm = billing::invoiceFormFromCode(m_invoiceForm->currentData().toString())
                               .value_or(billing::InvoiceForm::Summary);
    settings.emailSubject = m_emailSubject->text().trimmed();
    settings.emailBody = m_emailBody->toPlainText().trimmed();
    return settings;
}

QList<parties::FieldError> BillingSettingsForm::checkInput() const
{
    return m_stored ? billing::validate(collect()) : QList<parties::FieldError>();
}

void BillingSettingsForm::writeChanges()
{
    const BillingSettings before = *m_stored;
    const BillingSettings after = workspace()->invoices().settings().save(collect());
    Workspace *target = workspace();
    pushSave<BillingSettings>(tr("Edit billing settings of %1").arg(m_clientCode), before, after,
                              [target](const BillingSettings &snapshot) { writeSnapshot(target, snapshot); });
    loadRecord();
    workspace()->notifyBillingChanged();
}

void BillingSettingsForm::writeSnapshot(Workspace *workspace, const BillingSettings &snapshot)
{
    // Over whatever version is stored by then, like the party services' restore.
    BillingSettings settings = snapshot;
    settings.version = workspace->invoices().settings().settings(snapshot.clientId).version;
    workspace->invoices().settings().save(settings);
    workspace->notifyBillingChanged();
}

} // namespace kaishu::ui
