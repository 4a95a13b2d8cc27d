#pragma once

#include <QDate>
#include <QString>

namespace kaishu::storage {
class Database;
}

namespace kaishu::demo {

struct DemoBillingSummary
{
    int orderLines = 0;
    int invoices = 0;
    int paid = 0;
    int overdue = 0;
    qint64 milliseconds = 0;
};

// Invoicing for the demo agency (after DemoAgency): the agency profile and the clients' billing
// settings, order lines of some customers over the three months before today and this month, past
// closings billed and issued, most of them paid, some partly, some overdue — and this month's
// lines left unbilled for the clerk's own billing run. Deterministic for a seed and a today.
class DemoBilling
{
public:
    static DemoBillingSummary generate(storage::Database &database, quint64 seed, QDate today,
                                       const QString &actor, int customers = 300);
};

} // namespace kaishu::demo
