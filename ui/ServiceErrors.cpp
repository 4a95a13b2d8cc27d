#include "ServiceErrors.h"

#include "FieldNames.h"
#include "money/MoneyOverflow.h"
#include "storage/StorageError.h"

#include <QMessageBox>
#include <QStringList>

namespace kaishu::ui {

QString ServiceErrors::text(const QList<parties::FieldError> &errors)
{
    QStringList lines;
    for (const parties::FieldError &error : errors)
        lines << tr("%1: %2").arg(FieldNames::displayName(error.field), error.reason);
    return lines.join(QLatin1Char('\n'));
}

bool ServiceErrors::run(QWidget *parent, const QString &title, const std::function<void()> &call)
{
    QString message;
    try {
        call();
        return true;
    } catch (const parties::ValidationError &error) {
        message = text(error.errors());
    } catch (const parties::ConcurrentChangeError &error) {
        message = tr("%1\n\nThe list is shown again as it is stored now.").arg(error.message());
    } catch (const storage::StorageError &error) {
        message = error.message();
    } catch (const money::MoneyOverflow &) {
        message = tr("An amount is too large to be calculated.");
    }
    QMessageBox::warning(parent, title, message);
    return false;
}

} // namespace kaishu::ui
