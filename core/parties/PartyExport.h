#pragma once

#include "io/TextEncoding.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kaishu::storage {
class Database;
}

namespace kaishu::parties {

// The client list and the debtor register as CSV with the canonical import headers, so an export
// imports again unchanged. UTF-8 with BOM opens directly in Excel; Shift_JIS (CP932) for older tools —
// a character CP932 cannot hold is an error naming the record, never a silent '?'.
std::optional<QByteArray> exportClientsCsv(storage::Database &database, io::TextEncoding encoding,
                                           QString *error = nullptr);
std::optional<QByteArray> exportDebtorsCsv(storage::Database &database, io::TextEncoding encoding,
                                           QString *error = nullptr);

} // namespace kaishu::parties
