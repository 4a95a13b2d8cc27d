#pragma once

#include "mail/SmtpSender.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace kaishu::ui {

class Workspace;

// メールサーバー設定: the agency's SMTP account (server, port, protection, login, sender, the
// certificate to trust), kept in the agency settings (smtp.*), with a test message to the sender's
// own address sent on a worker thread so the window stays responsive while the server answers.
class MailServerDialog : public QDialog
{
    Q_OBJECT

public:
    MailServerDialog(Workspace *workspace, QWidget *parent = nullptr);

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QComboBox *securityCombo() const { return m_security; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *fromAddressEdit() const { return m_fromAddress; }
    QLineEdit *fromNameEdit() const { return m_fromName; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QCheckBox *verifyPeerBox() const { return m_verifyPeer; }
    QPushButton *testButton() const { return m_testButton; }
    QLabel *testResultLabel() const { return m_testResult; }
    bool isTesting() const { return m_testing; }

    // The settings as typed.
    mail::SmtpSettings typedSettings() const;
    // What is wrong with them (a sender that is no address …), empty when they can be saved.
    QString problem() const;

    // The agency settings keys the dialog writes, all in one transaction, only those that changed.
    static void save(Workspace *workspace, const mail::SmtpSettings &settings);

public slots:
    // Saves and closes; stays open with the problem shown when the settings cannot be saved.
    void accept() override;
    // Sends a short message to the sender's address through the typed settings (not yet saved).
    void sendTest();

signals:
    void testFinished(const mail::SendResult &result);

private:
    void load();
    void chooseCaFile();
    void onSecurityChanged();
    void showTestResult(const mail::SendResult &result);

    Workspace *m_workspace;
    bool m_testing = false;
    mail::SmtpSecurity m_lastSecurity = mail::SmtpSecurity::StartTls;

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_fromAddress = nullptr;
    QLineEdit *m_fromName = nullptr;
    QLineEdit *m_caFile = nullptr;
    QCheckBox *m_verifyPeer = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace kaishu::ui
