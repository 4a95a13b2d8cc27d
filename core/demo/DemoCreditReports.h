#pragma once

#include <QDate>
#include <QString>

namespace kaishu::storage {
class Database;
}

namespace kaishu::demo {

struct DemoCreditReportSummary
{
    int debtors = 0; // debtors that got a report
    int reports = 0;
};

// External credit reports (帝国データバンク- and 東京商工リサーチ-style) for the demo's debtors, made
// after DemoBilling so that they can follow how each debtor pays: about four debtors in five get a
// report of the last ten months, a third of those also one of a year before. The 評点 (30–80) is
// lower the more of a debtor's due invoices were paid late or are unpaid; capital, employees, years
// in business, revenue, net assets (a few in 債務超過) and the current ratio go with the score, and a
// report may leave a figure unknown, as real ones do. Whether a debtor has reports follows from the
// seed and the debtor alone, so a second run adds none; debtors that have reports are left alone.
// Deterministic for a seed, a today and the database's contents; written through CreditReportBook
// (validated, audited) in one transaction, the caller's when there is one.
class DemoCreditReports
{
public:
    static DemoCreditReportSummary generate(storage::Database &database, quint64 seed, QDate today,
                                            const QString &actor);
};

} // namespace kaishu::demo
