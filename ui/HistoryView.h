#pragma once

#include "audit/AuditTrail.h"

#include <QTreeWidget>

namespace kaishu::ui {

// The audit history of a record: one line per change (when, who, what) with the changed fields
// below it as "before → after" in the words and formats of the forms.
class HistoryView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit HistoryView(QWidget *parent = nullptr);

    void setRecords(const QList<audit::AuditRecord> &records);

private:
    static QString entityText(const audit::AuditRecord &record);
    static QString actionText(const QString &action);
};

} // namespace kaishu::ui
