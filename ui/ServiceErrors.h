#pragma once

#include "parties/FieldError.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace kaishu::ui {

// How the billing views report what a service refused: a message box in the clerk's words, with each
// field named as the forms name it, instead of canonical column names.
class ServiceErrors
{
    Q_DECLARE_TR_FUNCTIONS(ServiceErrors)

public:
    // One line per rule broken: "Reason: a reason for the cancellation is required".
    static QString text(const QList<parties::FieldError> &errors);

    // Runs a service call; a ValidationError, ConcurrentChangeError, StorageError or MoneyOverflow is
    // shown in a message box titled title. True when the call went through.
    static bool run(QWidget *parent, const QString &title, const std::function<void()> &call);
};

} // namespace kaishu::ui
