#pragma once

#include "BankStatement.h"
#include "io/TextEncoding.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace kaishu::payments {

// A column of an internet-banking CSV export: by its 0-based position, or by the name in the header
// row (which still finds it when the bank adds a column). A name wins over a position when both are set.
struct CsvColumn
{
    int index = -1;
    QString header;
    bool isSet() const { return index >= 0 || !header.isEmpty(); }
    friend bool operator==(const CsvColumn &, const CsvColumn &) = default;
};

// How one bank's CSV export reads, saved per bank by the clerk (or guessed from its header row).
// Money comes either as one signed amount column (negative: withdrawal) or as a deposit column and
// a withdrawal column, of which one is filled per line.
struct CsvMapping
{
    QString name; // the bank or export it is for, e.g. "三井住友 入出金明細"
    std::optional<io::TextEncoding>
        encoding; // detected (UTF-8, with or without BOM, else Shift_JIS) when unset
    QChar delimiter = u',';
    // Records before the data (empty lines not counted); header names are looked up in them, the
    // last first.
    int headerRows = 1;
    CsvColumn accountDate;   // 勘定日 / 取引日 (required)
    CsvColumn valueDate;     // 起算日 (optional: the account date where missing)
    CsvColumn amount;        // one signed amount column, or …
    CsvColumn deposit;       // … お預り金額 and
    CsvColumn withdrawal;    // … お引出し金額 (optional: a deposits-only export)
    CsvColumn payerName;     // 振込依頼人名 or 摘要
    CsvColumn inquiryNumber; // 照会番号 (optional)
    CsvColumn memo;          // (optional)
    CsvColumn ediInfo;       // EDI 情報 (optional)
    CsvColumn balance;       // 残高 (optional: checked against the amounts, gives the balances)

    // An account date and money: a signed amount or a deposit column.
    bool isComplete() const;

    QJsonObject toJson() const;
    // Nothing when the object is not a complete mapping (wrong types, unknown encoding, no date or
    // money column).
    static std::optional<CsvMapping> fromJson(const QJsonObject &json);

    // A mapping by header names from the usual Japanese headers (日付, 取引日, 勘定日, 起算日,
    // お預り金額, 入金額, お引出し金額, 出金額, 摘要, 振込依頼人名, 残高, 照会番号 …) in the first
    // records of the file, or nothing when no record reads as such a header.
    static std::optional<CsvMapping> guess(const QByteArray &bytes);
    // Where a column is in a file whose last header row is headerRow: its header name found there
    // (compared as the reader compares them: width, spaces and a (円) unit ignored), else its
    // position; -1 when unset or not found.
    static int positionIn(const CsvColumn &column, const QStringList &headerRow);

    friend bool operator==(const CsvMapping &, const CsvMapping &) = default;
};

// Reads an internet-banking CSV export into one statement through a mapping. Every line must have
// a date and an amount; a problem names the file's line and the column (by its header where the
// file has one). With a balance column, each balance must follow from the previous one and the
// amount (in the file's date order, oldest or newest first); that also catches deposit and
// withdrawal columns mapped the wrong way round.
class BankCsvReader
{
public:
    static constexpr int MaxProblems = 100;

    static StatementReadResult read(const QByteArray &bytes, const CsvMapping &mapping);

    // 2024/04/01, 2024-4-1, 2024.04.01, 20240401, 2024年4月1日, R6.4.1, R06/04/01, 令和6年4月1日,
    // 令和元年5月1日, H31.4.30, 平成31年4月30日 (full-width digits too; a time after a space is
    // ignored). An era date outside its era (R1.4.1) is no date.
    static std::optional<QDate> parseDate(const QString &text);
    // 1234, 1,234, ¥1,234, \1,234 (Shift_JIS's yen sign), 1,234円, １，２３４, +1,234, -1,234, △1,234.
    static std::optional<money::Yen> parseAmount(const QString &text);
};

} // namespace kaishu::payments
