#pragma once

#include "screening/PaymentHistory.h"

#include <QDate>
#include <QList>

namespace kaishu::demo {

// Years of a billing agency's invoices and when they were paid, for training and measuring the
// behavioural models: each customer pays in its own way (most on time, some a few days late, a few
// chronically late), industries and regions differ, some customers get worse or better over time,
// disputes hold invoices up, a few customers stop paying. Deterministic for a seed.
class DemoPaymentHistory
{
public:
    static QList<screening::HistoryInvoice> generate(quint64 seed, int customers, QDate from, QDate to);
};

} // namespace kaishu::demo
