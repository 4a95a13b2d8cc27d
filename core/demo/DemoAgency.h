#pragma once

#include <QString>
#include <functional>

namespace kaishu::storage {
class Database;
}

namespace kaishu::demo {

struct DemoSize
{
    quint64 seed = 1;
    int debtors = 2000;
};

struct DemoSummary
{
    int clients = 0;
    int debtors = 0;
    int accounts = 0;
    int auditRecords = 0;
    qint64 milliseconds = 0;
};

// A deterministic demo billing agency: the same seed and size give the same clients, debtors
// (plausible Japanese companies and sole proprietors with kana, bank payer names, 法人番号,
// addresses, industries, contacts) and accounts, byte for byte. Written in one transaction with an
// audit record per created entity. Later areas (orders, invoices, payments) extend it.
class DemoAgency
{
public:
    using Progress = std::function<bool(int done, int total)>; // return false to cancel

    static DemoSummary generate(storage::Database &database, const DemoSize &size, const QString &actor,
                                const Progress &progress = {});
};

} // namespace kaishu::demo
