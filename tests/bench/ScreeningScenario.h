#pragma once

#include <QString>

namespace kaishu::bench {

// Screening at portfolio scale: the demo agency's debtors with a year of invoice and payment
// history (DemoPaymentHistory, written straight into the database) and credit reports for most of
// them; then training the behavioural model and re-screening every account, timed, with the peak
// memory and the grade mix. With a portfolio file, the generated database is kept there and a later
// run starts from a copy of it (the same figures without a minute of generating).
int runScreeningScenario(int debtors, quint64 seed, const QString &portfolio = {});

} // namespace kaishu::bench
