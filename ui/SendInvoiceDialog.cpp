#include "SendInvoiceDialog.h"

#include "BackgroundTask.h"
#include "BillingNames.h"
#include "ListViews.h"
#include "MailServerDialog.h"
#include "Workspace.h"
#include "billing/DocumentArchive.h"
#include "documents/InvoiceOutput.h"
#include "storage/StorageError.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kaishu::ui {

namespace {

const QString ErrorStyle = QStringLiteral("color: #c62828;");
const QString DoneStyle = QStringLiteral("color: #2e7d32;");
const QString NoticeStyle =
    QStringLiteral("background: #fff8e1; border: 1px solid #f0c36d; border-radius: 3px; padding: 6px;");

// The send on its own connection: the workspace's belongs to the GUI thread.
mail::SendResult sendOnOwnConnection(const storage::DatabaseLocation &location, const QString &actor,
                                     qint64 invoiceId, const mail::SmtpSettings &settings,
                                     const QString &recipient)
{
    mail::SendResult result;
    try {
        const std::unique_ptr<storage::Database> database = storage::Database::open(location);
        return documents::InvoiceOutput(*database, actor).send(invoiceId, settings, recipient);
    } catch (const storage::StorageError &error) {
        result.error = error.message();
    } catch (const billing::ArchiveTampered &error) {
        result.error = QString::fromUtf8(error.what());
    }
    result.at = QDateTime::currentDateTimeUtc();
    return result;
}

QString securityName(mail::SmtpSecurity security)
{
    switch (security) {
    case mail::SmtpSecurity::None:
        return SendInvoiceDialog::tr("no encryption");
    case mail::SmtpSecurity::StartTls:
        return QStringLiteral("STARTTLS");
    case mail::SmtpSecurity::ImplicitTls:
        return QStringLiteral("SSL/TLS");
    }
    return {};
}

} // namespace

SendInvoiceDialog::SendInvoiceDialog(Workspace *workspace, qint64 invoiceId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_invoiceId(invoiceId)
{
    setWindowTitle(tr("Send by e-mail"));

    m_guidance = new QLabel(this);
    m_guidance->setObjectName(QStringLiteral("mailGuidance"));
    m_guidance->setWordWrap(true);
    m_guidance->setStyleSheet(NoticeStyle);
    m_guidance->setText(tr("No mail server is set up yet, so nothing can be sent. Enter it under File → Mail "
                           "server… (the button below opens it)."));

    auto *messagePage = new QWidget(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_recipient = new QLineEdit(messagePage);
    m_recipient->setObjectName(QStringLiteral("mailRecipient"));
    m_recipient->setPlaceholderText(tr("e.g. keiri@example.co.jp"));
    m_subject = new QLineEdit(messagePage);
    m_subject->setObjectName(QStringLiteral("mailSubject"));
    m_subject->setReadOnly(true);
    m_body = new QPlainTextEdit(messagePage);
    m_body->setObjectName(QStringLiteral("mailBody"));
    m_body->setReadOnly(true);
    m_body->setMinimumHeight(fontMetrics().lineSpacing() * 10);
    m_attachment = new QLabel(messagePage);
    m_attachment->setObjectName(QStringLiteral("mailAttachment"));
    m_server = new QLabel(messagePage);
    m_server->setObjectName(QStringLiteral("mailServer"));
    m_server->setWordWrap(true);
    auto *serverButton = new QPushButton(tr("Mail &server…"), messagePage);
    serverButton->setObjectName(QStringLiteral("mailServerButton"));
    connect(serverButton, &QPushButton::clicked, this, &SendInvoiceDialog::editMailServer);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(serverButton);
    form->addRow(tr("&To:"), m_recipient);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Message:"), m_body);
    form->addRow(tr("Attachment:"), m_attachment);
    form->addRow(tr("Sent through:"), serverRow);
    m_result = new QLabel(messagePage);
    m_result->setObjectName(QStringLiteral("mailResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addWidget(m_guidance);
    messageLayout->addLayout(form, 1);
    messageLayout->addWidget(m_result);

    m_history = new QTableWidget(0, 6, this);
    m_history->setObjectName(QStringLiteral("sendHistory"));
    m_history->setHorizontalHeaderLabels(
        {tr("Time"), tr("Recipient"), tr("Result"), tr("Server reply"), tr("Error"), tr("By")});
    setUpListTable(m_history, QAbstractItemView::SingleSelection);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (const auto &[column, digits] : {std::pair{0, 17}, {1, 20}, {2, 5}, {3, 16}, {4, 36}})
        m_history->setColumnWidth(column, digits * digit + 16);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(messagePage, tr("E-mail"));
    m_tabs->addTab(m_history, tr("Send history"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_sendButton = buttons->addButton(tr("&Send"), QDialogButtonBox::ActionRole);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setDefault(true);
    connect(m_sendButton, &QPushButton::clicked, this, &SendInvoiceDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &SendInvoiceDialog::reject);
    connect(m_recipient, &QLineEdit::textChanged, this, &SendInvoiceDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    loadSettings();
    loadMessage();
    reloadHistory();
    resize(820, 640);
}

void SendInvoiceDialog::loadSettings()
{
    try {
        m_settings = documents::InvoiceOutput(m_workspace->database(), m_workspace->actor()).smtpSettings();
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    m_guidance->setVisible(!hasMailServer());
    if (!hasMailServer()) {
        m_server->setText(tr("(not set up)"));
    } else {
        QString summary = tr("%1, port %2, %3")
                              .arg(m_settings.host)
                              .arg(m_settings.port)
                              .arg(securityName(m_settings.security));
        if (!m_settings.userName.isEmpty())
            summary += tr(", login %1").arg(m_settings.userName);
        m_server->setText(summary);
    }
    updateButtons();
}

void SendInvoiceDialog::loadMessage()
{
    QString problem;
    try {
        m_message = documents::InvoiceOutput(m_workspace->database(), m_workspace->actor())
                        .email(m_invoiceId, &problem);
    } catch (const storage::StorageError &error) {
        problem = error.message();
    } catch (const billing::ArchiveTampered &) {
        problem = tr("The archived PDF of this invoice does not match its checksum: it is not sent.");
    }
    if (!m_message) {
        m_result->setStyleSheet(ErrorStyle);
        m_result->setText(problem);
        updateButtons();
        return;
    }
    setWindowTitle(tr("Send by e-mail · %1").arg(m_message->subject));
    m_recipient->setText(m_message->to.isEmpty() ? QString() : m_message->to.first().address);
    m_subject->setText(m_message->subject);
    m_subject->setCursorPosition(0);
    m_body->setPlainText(m_message->body);
    QStringList files;
    for (const mail::MailAttachment &attachment : std::as_const(m_message->attachments))
        files << tr("%1 (%2)").arg(
            attachment.fileName,
            QLocale().formattedDataSize(attachment.data.size(), 1, QLocale::DataSizeTraditionalFormat));
    m_attachment->setText(files.join(QStringLiteral(", ")));
    if (m_message->to.isEmpty()) {
        m_result->setStyleSheet(QString());
        m_result->setText(tr("The debtor has no e-mail address: enter the recipient above."));
    }
    updateButtons();
}

void SendInvoiceDialog::reloadHistory()
{
    QList<billing::SendAttempt> attempts;
    try {
        attempts = m_workspace->invoices().sendLog(m_invoiceId);
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot read the send history"), error.message());
    }
    m_history->setRowCount(int(attempts.size()));
    // Newest first: the last attempt is what the clerk wants to see.
    for (int row = 0; row < attempts.size(); ++row) {
        const billing::SendAttempt &attempt = attempts.at(attempts.size() - 1 - row);
        const QStringList cells{
            attempt.attemptedAt.toLocalTime().toString(QStringLiteral("yyyy/MM/dd HH:mm:ss")),
            attempt.recipient,
            attempt.accepted ? tr("Sent") : tr("Failed"),
            QString(attempt.serverReply).replace(QLatin1Char('\n'), QLatin1Char(' ')),
            attempt.error,
            attempt.actor};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == 2)
                item->setForeground(attempt.accepted ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
            m_history->setItem(row, column, item);
        }
    }
    m_tabs->setTabText(1, attempts.isEmpty() ? tr("Send history")
                                             : tr("Send history (%1)").arg(attempts.size()));
}

void SendInvoiceDialog::updateButtons()
{
    const bool ready = m_message && !m_sending && !m_recipient->text().trimmed().isEmpty();
    // Without a mail server the button opens its settings, so it stays enabled.
    m_sendButton->setEnabled(ready);
    m_recipient->setReadOnly(m_sending);
}

void SendInvoiceDialog::editMailServer()
{
    MailServerDialog dialog(m_workspace, this);
    if (dialog.exec() == QDialog::Accepted)
        loadSettings();
}

void SendInvoiceDialog::send()
{
    if (!m_message || m_sending)
        return;
    if (!hasMailServer()) {
        m_guidance->setVisible(true);
        editMailServer();
        if (!hasMailServer())
            return;
    }
    const QString recipient = m_recipient->text().trimmed();
    if (!mail::isValidAddress(recipient)) {
        m_result->setStyleSheet(ErrorStyle);
        m_result->setText(tr("\"%1\" is not an e-mail address.").arg(recipient));
        return;
    }
    m_sending = true;
    updateButtons();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Sending to %1 through %2…").arg(recipient, m_settings.host));
    runInBackground<mail::SendResult>(
        this,
        [location = m_workspace->database().location(), actor = m_workspace->actor(), id = m_invoiceId,
         settings = m_settings,
         recipient] { return sendOnOwnConnection(location, actor, id, settings, recipient); },
        [this](mail::SendResult result) {
            m_sending = false;
            showResult(result);
            reloadHistory();
            updateButtons();
            emit sendFinished(result);
        });
}

void SendInvoiceDialog::showResult(const mail::SendResult &result)
{
    if (result.accepted) {
        m_result->setStyleSheet(DoneStyle);
        m_result->setText(tr("Sent: the mail server accepted the message.\n%1").arg(result.serverReply));
        m_sendButton->setText(tr("&Send again"));
        return;
    }
    m_result->setStyleSheet(ErrorStyle);
    m_result->setText(result.serverReply.isEmpty()
                          ? tr("Not sent: %1").arg(result.error)
                          : tr("Not sent: %1\nServer reply: %2").arg(result.error, result.serverReply));
    m_sendButton->setText(tr("&Retry"));
}

} // namespace kaishu::ui
