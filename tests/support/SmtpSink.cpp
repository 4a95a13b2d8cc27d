#include "SmtpSink.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kaishu::tests {

QString pythonWithAiosmtpd(QString *tried)
{
    static QString found;
    static QString attempts;
    if (found.isEmpty() && attempts.isEmpty()) {
        QStringList candidates;
        if (!qEnvironmentVariableIsEmpty("KAISHU_PYTHON"))
            candidates << qEnvironmentVariable("KAISHU_PYTHON");
        candidates << QStringLiteral("/usr/bin/python3") << QStringLiteral("python3");
        for (const QString &candidate : candidates) {
            QProcess probe;
            probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd.controller")});
            if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit &&
                probe.exitCode() == 0) {
                found = candidate;
                break;
            }
            attempts += QStringLiteral(" %1").arg(candidate);
        }
    }
    if (tried)
        *tried = attempts;
    return found;
}

namespace {
QString sinkScript()
{
    return QStringLiteral(KAISHU_TEST_SUPPORT_DIR "/smtp-sink.py");
}
} // namespace

bool SmtpSink::start(const QStringList &options, QString *error)
{
    QString tried;
    const QString python = pythonWithAiosmtpd(&tried);
    if (python.isEmpty()) {
        *error = QStringLiteral("python3-aiosmtpd is missing (no interpreter of%1 can import aiosmtpd): "
                                "install it with apt-get install python3-aiosmtpd")
                     .arg(tried);
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    m_process.start(python, QStringList{sinkScript(), m_dir.path()} + options);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot run %1: %2").arg(python, m_process.errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (!m_process.canReadLine() && timer.elapsed() < 30000 && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(200);
    bool ok = false;
    m_port = m_process.readLine().trimmed().toInt(&ok);
    if (!ok || m_port <= 0) {
        m_process.kill();
        m_process.waitForFinished(5000);
        *error = QStringLiteral("smtp-sink.py did not start: %1")
                     .arg(QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }
    return true;
}

QList<Received> SmtpSink::messages() const
{
    QList<Received> received;
    const QDir dir(m_dir.path());
    for (const QString &name : dir.entryList({QStringLiteral("message-*.json")}, QDir::Files, QDir::Name)) {
        QFile meta(dir.filePath(name));
        QFile eml(dir.filePath(QString(name).replace(QLatin1String(".json"), QLatin1String(".eml"))));
        if (!meta.open(QIODevice::ReadOnly) || !eml.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(meta.readAll()).object();
        Received message;
        message.mailFrom = object.value(QLatin1String("mail_from")).toString();
        for (const QJsonValue &value : object.value(QLatin1String("rcpt_tos")).toArray())
            message.recipients.append(value.toString());
        message.authenticated = object.value(QLatin1String("authenticated")).toBool();
        message.login = object.value(QLatin1String("login")).toString();
        message.tls = object.value(QLatin1String("tls")).toBool();
        message.data = eml.readAll();
        received.append(message);
    }
    return received;
}

void SmtpSink::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // the script ends when its stdin closes
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace kaishu::tests
