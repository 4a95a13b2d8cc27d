#pragma once

#include "mail/MailMessage.h"
#include "mail/SmtpSender.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace kaishu::ui {

class Workspace;

// メール送信: an issued invoice's e-mail as it will leave (recipient, which the clerk may change;
// subject, body and the PDF attached, from the client's wording) and the mail server it goes
// through. Send runs on a worker thread (the SMTP conversation blocks) with a database connection
// of its own; the answer is shown and kept in the send log, and a failed send can be tried again.
// The send log of the invoice is the second tab. Without a mail server the dialog says where to set
// one and opens that dialog instead of sending.
class SendInvoiceDialog : public QDialog
{
    Q_OBJECT

public:
    SendInvoiceDialog(Workspace *workspace, qint64 invoiceId, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *recipientEdit() const { return m_recipient; }
    QLineEdit *subjectView() const { return m_subject; }
    QPlainTextEdit *bodyView() const { return m_body; }
    QLabel *attachmentLabel() const { return m_attachment; }
    QLabel *serverLabel() const { return m_server; }
    QLabel *guidanceLabel() const { return m_guidance; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *sendButton() const { return m_sendButton; }
    QTableWidget *historyTable() const { return m_history; }
    bool isSending() const { return m_sending; }
    // Whether an agency mail server is set (smtp.host).
    bool hasMailServer() const { return !m_settings.host.isEmpty(); }

public slots:
    // Sends to the recipient shown; without a mail server, opens its settings instead.
    void send();
    // The mail server settings; the summary follows what was saved.
    void editMailServer();

signals:
    void sendFinished(const mail::SendResult &result);

private:
    void loadMessage();
    void loadSettings();
    void reloadHistory();
    void showResult(const mail::SendResult &result);
    void updateButtons();

    Workspace *m_workspace;
    qint64 m_invoiceId;
    std::optional<mail::MailMessage> m_message;
    mail::SmtpSettings m_settings;
    bool m_sending = false;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_guidance = nullptr;
    QLineEdit *m_recipient = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_attachment = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_sendButton = nullptr;
    QTableWidget *m_history = nullptr;
};

} // namespace kaishu::ui
