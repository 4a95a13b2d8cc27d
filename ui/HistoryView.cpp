#include "HistoryView.h"

#include "FieldNames.h"

#include <QHeaderView>
#include <QLocale>
#include <QSet>

namespace kaishu::ui {

HistoryView::HistoryView(QWidget *parent)
    : QTreeWidget(parent)
{
    // Two columns so that the pane's narrow width suffices: each change spans the row (when, who,
    // what), its fields below it as name and "before → after".
    setColumnCount(2);
    setHeaderLabels({tr("Field"), tr("Before → after")});
    setRootIsDecorated(true);
    setAlternatingRowColors(true);
    setWordWrap(true);
    header()->setStretchLastSection(true);
    setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("メールアドレス____")));
}

QString HistoryView::actionText(const QString &action)
{
    if (action == QLatin1String("create"))
        return tr("Created");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    if (action == QLatin1String("restore"))
        return tr("Restored (undo or redo)");
    return action;
}

QString HistoryView::entityText(const audit::AuditRecord &record)
{
    if (record.entity == QLatin1String("debtor"))
        return tr("Debtor");
    if (record.entity == QLatin1String("client"))
        return tr("Client");
    if (record.entity == QLatin1String("order_line"))
        return tr("Order line");
    if (record.entity == QLatin1String("billing_settings"))
        return tr("Billing settings");
    if (record.entity == QLatin1String("agency_settings"))
        return tr("Agency");
    if (record.entity == QLatin1String("account")) {
        const QJsonObject &data = record.after.isEmpty() ? record.before : record.after;
        const QString code = data.value(QStringLiteral("customer_code")).toString();
        return code.isEmpty() ? tr("Account") : tr("Account %1").arg(code);
    }
    return record.entity;
}

void HistoryView::setRecords(const QList<audit::AuditRecord> &records)
{
    clear();
    const QLocale locale;
    for (const audit::AuditRecord &record : records) {
        auto *item = new QTreeWidgetItem(this);
        const QString when =
            locale.toString(record.recordedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        item->setFirstColumnSpanned(true);

        // Fields in the order the record lists them, then any only the old record had.
        QStringList fields = record.after.keys();
        for (const QString &field : record.before.keys()) {
            if (!fields.contains(field))
                fields << field;
        }
        int changed = 0;
        for (const QString &field : std::as_const(fields)) {
            if (field == QLatin1String("client_id") || field == QLatin1String("debtor_id"))
                continue;
            const QJsonValue before = record.before.value(field);
            const QJsonValue after = record.after.value(field);
            if (before == after)
                continue;
            const QString beforeText = FieldNames::displayValue(field, before);
            const QString afterText = FieldNames::displayValue(field, after);
            if (record.action == QLatin1String("create") && afterText.isEmpty())
                continue;
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, FieldNames::displayName(field));
            child->setText(1, record.action == QLatin1String("create")
                                  ? afterText
                                  : tr("%1 → %2").arg(beforeText.isEmpty() ? tr("(empty)") : beforeText,
                                                      afterText.isEmpty() ? tr("(empty)") : afterText));
            child->setToolTip(1, child->text(1));
            ++changed;
        }
        const QString fieldsText = record.action == QLatin1String("create")
                                       ? tr("%n field(s) set", nullptr, changed)
                                       : tr("%n field(s) changed", nullptr, changed);
        item->setText(
            0, tr("%1  %2  %3 %4 (%5)")
                   .arg(when, record.actor, entityText(record), actionText(record.action), fieldsText));
        item->setToolTip(0, item->text(0));
        if (record.action != QLatin1String("create"))
            item->setExpanded(true);
    }
}

} // namespace kaishu::ui
