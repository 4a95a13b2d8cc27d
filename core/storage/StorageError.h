#pragma once

#include <QString>

#include <stdexcept>

namespace kaishu::storage {

// A database operation failed (connection lost, constraint broken, disk full ...). The transaction it
// ran in has been rolled back by the time this reaches a caller.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace kaishu::storage
