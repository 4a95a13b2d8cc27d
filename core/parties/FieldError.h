#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace kaishu::parties {

// A rule a value breaks, named by its field so a form can point at it and an import can report it.
struct FieldError
{
    QString field;
    QString reason;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

// Thrown by services when what a clerk or a file gave breaks a rule; nothing has been written.
class ValidationError : public std::runtime_error
{
public:
    explicit ValidationError(QList<FieldError> errors)
        : std::runtime_error(summary(errors).toStdString())
        , m_errors(std::move(errors))
    {}
    const QList<FieldError> &errors() const { return m_errors; }
    QString message() const { return summary(m_errors); }

    static QString summary(const QList<FieldError> &errors)
    {
        QStringList parts;
        for (const FieldError &error : errors)
            parts << QStringLiteral("%1: %2").arg(error.field, error.reason);
        return parts.join(QStringLiteral("; "));
    }

private:
    QList<FieldError> m_errors;
};

// Someone else saved the same record since it was read (two clerks on one shared database).
class ConcurrentChangeError : public std::runtime_error
{
public:
    explicit ConcurrentChangeError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace kaishu::parties
