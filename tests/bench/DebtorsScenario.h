#pragma once

#include <QtGlobal>

namespace kaishu::bench {

// Scenario `debtors`: generate the demo agency at scale, open the debtor register, first paint,
// search keystrokes, peak memory.
int runDebtorsScenario(int debtors, quint64 seed);

} // namespace kaishu::bench
