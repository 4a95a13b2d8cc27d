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
    int creditReports = 0;
    int screened = 0;    // accounts in today's screening run
    double modelAuc = 0; // of today's model on its held-out months; 0: the expert card screens
    qint64 milliseconds = 0;
};

// Invoicing for the demo agency (after DemoAgency): the agency profile and the clients' billing
// settings, order lines of some customers over the fifteen months before today and this month, past
// closings billed and issued, most of them paid, some partly, some overdue — and this month's
// lines left unbilled for the clerk's own billing run; each customer pays by its own habit (on
// time, slow, very late or in part, or stops paying). Then the debtors' credit reports
// (DemoCreditReports), which follow how they paid, and screening runs a month ago and today, each
// by the model trained on what was known then. Deterministic for a seed and a today.
class DemoBilling
{
public:
    static DemoBillingSummary generate(storage::Database &database, quint64 seed, QDate today,
                                       const QString &actor, int customers = 300);
};

} // namespace kaishu::demo
