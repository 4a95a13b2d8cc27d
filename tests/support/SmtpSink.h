#pragma once

// A real SMTP server for tests (tests/support/smtp-sink.py on aiosmtpd) on 127.0.0.1, for the length
// of a test, and the messages it received.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace kaishu::tests {

// The first interpreter that can import aiosmtpd: KAISHU_PYTHON, Debian's /usr/bin/python3 (where
// python3-aiosmtpd installs), then python3 on PATH (which may be a pyenv or venv without it).
QString pythonWithAiosmtpd(QString *tried);

// What the server saved for one accepted message.
struct Received
{
    QString mailFrom;
    QStringList recipients;
    bool authenticated = false;
    QString login;
    bool tls = false;
    QByteArray data;
};

class SmtpSink
{
public:
    ~SmtpSink() { stop(); }

    // False with *error when it cannot start; a missing python3-aiosmtpd is an error, not a skip.
    bool start(const QStringList &options, QString *error);
    int port() const { return m_port; }
    QList<Received> messages() const;
    void stop();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace kaishu::tests
