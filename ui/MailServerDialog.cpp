#include "MailServerDialog.h"

#include "BackgroundTask.h"
#include "ServiceErrors.h"
#include "Workspace.h"
#include "documents/InvoiceOutput.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kaishu::ui {

using mail::SmtpSecurity;

namespace {

const QString ErrorStyle = QStringLiteral("color: #c62828;");
const QString DoneStyle = QStringLiteral("color: #2e7d32;");

} // namespace

MailServerDialog::MailServerDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Mail server"));
    auto *intro = new QLabel(tr("Invoices are sent through this mail server (SMTP). Ask whoever runs the "
                                "agency's mail for these details."),
                             this);
    intro->setWordWrap(true);

    auto *serverBox = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(serverBox);
    serverForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_host = new QLineEdit(serverBox);
    m_host->setObjectName(QStringLiteral("smtpHost"));
    m_host->setPlaceholderText(tr("e.g. smtp.example.jp"));
    m_security = new QComboBox(serverBox);
    m_security->setObjectName(QStringLiteral("smtpSecurity"));
    m_security->addItem(tr("None"), mail::toCode(SmtpSecurity::None));
    m_security->addItem(tr("STARTTLS"), mail::toCode(SmtpSecurity::StartTls));
    m_security->addItem(tr("SSL/TLS"), mail::toCode(SmtpSecurity::ImplicitTls));
    m_port = new QSpinBox(serverBox);
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_port->setRange(1, 65535);
    m_port->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_user = new QLineEdit(serverBox);
    m_user->setObjectName(QStringLiteral("smtpUser"));
    m_user->setPlaceholderText(tr("Empty: no login"));
    m_password = new QLineEdit(serverBox);
    m_password->setObjectName(QStringLiteral("smtpPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    serverForm->addRow(tr("&Server:"), m_host);
    serverForm->addRow(tr("&Protection:"), m_security);
    serverForm->addRow(tr("P&ort:"), m_port);
    serverForm->addRow(tr("&User name:"), m_user);
    serverForm->addRow(tr("Pass&word:"), m_password);

    auto *senderBox = new QGroupBox(tr("Sender"), this);
    auto *senderForm = new QFormLayout(senderBox);
    senderForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fromAddress = new QLineEdit(senderBox);
    m_fromAddress->setObjectName(QStringLiteral("smtpFrom"));
    m_fromAddress->setPlaceholderText(tr("e.g. seikyu@example.jp"));
    m_fromName = new QLineEdit(senderBox);
    m_fromName->setObjectName(QStringLiteral("smtpFromName"));
    m_fromName->setPlaceholderText(tr("Empty: the client's name"));
    senderForm->addRow(tr("&Address:"), m_fromAddress);
    senderForm->addRow(tr("&Name:"), m_fromName);

    auto *certificateBox = new QGroupBox(tr("Certificate"), this);
    auto *certificateForm = new QFormLayout(certificateBox);
    certificateForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_caFile = new QLineEdit(certificateBox);
    m_caFile->setObjectName(QStringLiteral("smtpCaFile"));
    m_caFile->setPlaceholderText(tr("Empty: the certificates the system trusts"));
    auto *browse = new QPushButton(tr("&Browse…"), certificateBox);
    connect(browse, &QPushButton::clicked, this, &MailServerDialog::chooseCaFile);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_verifyPeer = new QCheckBox(tr("&Check the server's certificate"), certificateBox);
    m_verifyPeer->setObjectName(QStringLiteral("smtpVerifyPeer"));
    m_verifyPeer->setToolTip(tr("Turn off only for a test server on the local network"));
    auto *caLabel = new QLabel(tr("CA &file:"), certificateBox);
    caLabel->setBuddy(m_caFile);
    certificateForm->addRow(caLabel, caRow);
    certificateForm->addRow(QString(), m_verifyPeer);

    m_testButton = new QPushButton(tr("Send a &test message"), this);
    m_testButton->setObjectName(QStringLiteral("smtpTestButton"));
    m_testButton->setToolTip(tr("Sends a short message to the sender's address with the settings as typed"));
    connect(m_testButton, &QPushButton::clicked, this, &MailServerDialog::sendTest);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("smtpTestResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("smtpProblem"));
    m_problem->setStyleSheet(ErrorStyle);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MailServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MailServerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(serverBox);
    layout->addWidget(senderBox);
    layout->addWidget(certificateBox);
    layout->addLayout(testRow);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_security, &QComboBox::currentIndexChanged, this, &MailServerDialog::onSecurityChanged);
    load();
    resize(620, sizeHint().height());
}

void MailServerDialog::load()
{
    mail::SmtpSettings settings;
    try {
        if (m_workspace->isOpen())
            settings = documents::InvoiceOutput(m_workspace->database(), m_workspace->actor()).smtpSettings();
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    const QSignalBlocker blocker(m_security);
    m_host->setText(settings.host);
    m_security->setCurrentIndex(std::max(0, m_security->findData(mail::toCode(settings.security))));
    m_lastSecurity = settings.security;
    m_port->setValue(settings.port);
    m_user->setText(settings.userName);
    m_password->setText(settings.password);
    m_fromAddress->setText(settings.fromAddress);
    m_fromName->setText(settings.fromName);
    m_caFile->setText(settings.caFile);
    m_verifyPeer->setChecked(settings.verifyPeer);
}

void MailServerDialog::onSecurityChanged()
{
    const SmtpSecurity security =
        mail::smtpSecurityFromCode(m_security->currentData().toString()).value_or(SmtpSecurity::StartTls);
    // A port that was the usual one of the old protection follows the new one.
    if (m_port->value() == mail::defaultPort(m_lastSecurity))
        m_port->setValue(mail::defaultPort(security));
    m_lastSecurity = security;
}

void MailServerDialog::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Certificates to trust"), m_caFile->text(),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

mail::SmtpSettings MailServerDialog::typedSettings() const
{
    mail::SmtpSettings settings;
    settings.host = m_host->text().trimmed();
    settings.security =
        mail::smtpSecurityFromCode(m_security->currentData().toString()).value_or(SmtpSecurity::StartTls);
    settings.port = m_port->value();
    settings.userName = m_user->text().trimmed();
    settings.password = m_password->text();
    settings.fromAddress = m_fromAddress->text().trimmed();
    settings.fromName = m_fromName->text().trimmed();
    settings.caFile = m_caFile->text().trimmed();
    settings.verifyPeer = m_verifyPeer->isChecked();
    return settings;
}

QString MailServerDialog::problem() const
{
    const mail::SmtpSettings settings = typedSettings();
    if (!settings.fromAddress.isEmpty() && !mail::isValidAddress(settings.fromAddress))
        return tr("The sender \"%1\" is not an e-mail address.").arg(settings.fromAddress);
    if (!settings.host.isEmpty() && settings.fromAddress.isEmpty())
        return tr("Enter the sender's address: the server needs it to accept messages.");
    if (settings.host.contains(QLatin1Char(' ')) || settings.host.contains(QLatin1Char('/')))
        return tr("The server \"%1\" is not a host name.").arg(settings.host);
    return {};
}

void MailServerDialog::save(Workspace *workspace, const mail::SmtpSettings &settings)
{
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("smtp.host"), settings.host},
        {QStringLiteral("smtp.port"), QString::number(settings.port)},
        {QStringLiteral("smtp.security"), mail::toCode(settings.security)},
        {QStringLiteral("smtp.user"), settings.userName},
        {QStringLiteral("smtp.password"), settings.password},
        {QStringLiteral("smtp.from"), settings.fromAddress},
        {QStringLiteral("smtp.from_name"), settings.fromName},
        {QStringLiteral("smtp.ca_file"), settings.caFile},
        {QStringLiteral("smtp.verify_peer"),
         settings.verifyPeer ? QStringLiteral("true") : QStringLiteral("false")}};
    billing::BillingSettingsStore &store = workspace->invoices().settings();
    storage::Transaction transaction(workspace->database());
    for (const auto &[key, value] : values) {
        if (store.value(key) != value)
            store.setValue(key, value);
    }
    transaction.commit();
}

void MailServerDialog::accept()
{
    const QString reason = problem();
    m_problem->setText(reason);
    m_problem->setVisible(!reason.isEmpty());
    if (!reason.isEmpty())
        return;
    if (ServiceErrors::run(this, tr("Cannot save the mail server"),
                           [this] { save(m_workspace, typedSettings()); }))
        QDialog::accept();
}

void MailServerDialog::sendTest()
{
    const mail::SmtpSettings settings = typedSettings();
    QString reason = problem();
    if (reason.isEmpty() && settings.host.isEmpty())
        reason = tr("Enter the mail server first.");
    if (reason.isEmpty() && settings.fromAddress.isEmpty())
        reason = tr("Enter the sender's address: the test message goes there.");
    if (!reason.isEmpty()) {
        m_testResult->setStyleSheet(ErrorStyle);
        m_testResult->setText(reason);
        return;
    }
    mail::MailMessage message;
    message.from = {settings.fromAddress, settings.fromName};
    message.to = {{settings.fromAddress, settings.fromName}};
    message.subject = tr("Kaishu: test message");
    message.body = tr("This message was sent by Kaishu to check the mail server settings (%1, port %2).")
                       .arg(settings.host)
                       .arg(settings.port);
    m_testing = true;
    m_testButton->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Sending to %1 through %2…").arg(settings.fromAddress, settings.host));
    runInBackground<mail::SendResult>(
        this, [settings, message] { return mail::SmtpSender::send(settings, message); },
        [this](mail::SendResult result) {
            m_testing = false;
            m_testButton->setEnabled(true);
            showTestResult(result);
            emit testFinished(result);
        });
}

void MailServerDialog::showTestResult(const mail::SendResult &result)
{
    if (result.accepted) {
        m_testResult->setStyleSheet(DoneStyle);
        m_testResult->setText(tr("The server accepted the test message.\n%1").arg(result.serverReply));
    } else {
        m_testResult->setStyleSheet(ErrorStyle);
        m_testResult->setText(result.serverReply.isEmpty()
                                  ? result.error
                                  : tr("%1\nServer reply: %2").arg(result.error, result.serverReply));
    }
}

} // namespace kaishu::ui
