#include "PostgresConnectDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace kaishu::ui {

PostgresConnectDialog::PostgresConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to PostgreSQL"));
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(QStringLiteral("kaishu"), this);
    m_user = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);

    auto *hint = new QLabel(tr("The database is shared by every clerk who connects to it. The password is "
                               "not stored."),
                            this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PostgresConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PostgresConnectDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString PostgresConnectDialog::buildUrl(bool withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    if (withPassword && !m_password->text().isEmpty())
        url.setPassword(m_password->text());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    return url.toString(QUrl::FullyEncoded);
}

QString PostgresConnectDialog::url() const
{
    return buildUrl(true);
}

QString PostgresConnectDialog::urlWithoutPassword() const
{
    return buildUrl(false);
}

void PostgresConnectDialog::setFromUrl(const QString &text)
{
    const QUrl url(text);
    if (!url.isValid() || !url.scheme().startsWith(QLatin1String("postgres")))
        return;
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_user->setText(url.userName());
    m_database->setText(url.path().mid(1));
}

void PostgresConnectDialog::accept()
{
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Enter at least the host and the database."));
        return;
    }
    QDialog::accept();
}

} // namespace kaishu::ui
