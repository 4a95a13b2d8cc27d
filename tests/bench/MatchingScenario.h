#pragma once

#include <QtGlobal>

namespace kaishu::bench {

// Payment matching: noisy Zengin files generated from open invoices (DemoBankFileGenerator, with
// the truth of every line), imported and matched, then scored: precision of what was applied
// automatically, the share applied automatically, the right invoices among the top 3 suggestions
// for the rest, and the time of import and matching. missesShown waiting lines whose right invoices
// are not among the top 3 are printed with their suggestions.
int runMatchingScenario(int paymentLines, int openInvoices, quint64 seed, int missesShown = 0);

} // namespace kaishu::bench
