#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace kaishu::ui {

// Where a shared PostgreSQL database is: host, port, database, user and password, given back as
// the postgresql:// URL that storage::DatabaseLocation::parse() reads.
class PostgresConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PostgresConnectDialog(QWidget *parent = nullptr);

    QString url() const;
    // Without the password, for the settings and the recent list.
    QString urlWithoutPassword() const;
    void setFromUrl(const QString &url);

    void accept() override;

private:
    QString buildUrl(bool withPassword) const;

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
};

} // namespace kaishu::ui
