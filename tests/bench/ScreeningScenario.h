#pragma once

#include <QtGlobal>

namespace kaishu::bench {

// Screening at portfolio scale: the demo agency's debtors with a year of invoice and payment
// history (DemoPaymentHistory, written straight into the database) and credit reports for most of
// them; then training the behavioural model and re-screening every account, timed, with the peak
// memory and the grade mix.
int runScreeningScenario(int debtors, quint64 seed);

} // namespace kaishu::bench
