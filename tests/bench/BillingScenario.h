#pragma once

#include <QtGlobal>

namespace kaishu::bench {

// Issue 3's targets: order lines into invoices (≤ 3 s for 100,000), two-page invoice PDFs per second
// on one core (≥ 50), 1,000 invoices into one PDF (≤ 20 s), peak memory (≤ 300 MB).
int runBillingScenario(int orderLines, quint64 seed);

} // namespace kaishu::bench
