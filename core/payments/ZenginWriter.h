#pragma once

#include "BankStatement.h"
#include "ZenginReader.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace kaishu::payments {

struct ZenginWriteOptions
{
    // CRLF after every record (what most banks deliver), LF, or one unbroken stream of 200-byte records.
    enum class LineBreaks { Crlf, Lf, None };
    LineBreaks lineBreaks = LineBreaks::Crlf;
    // Auto writes the Japanese era, as the 全銀協 layouts prescribe.
    ZenginDateStyle dateStyle = ZenginDateStyle::JapaneseEra;
    // EBCDIC katakana (CCSID 290, コード区分 1) instead of JIS X 0201.
    bool ebcdic = false;
};

// Writes statements as a Zengin 振込入金通知 (01) or 入出金取引明細 (03) file, one header…trailer group
// per statement and the end record, with the trailer's counts, totals and (03) closing balance
// computed from the lines. For tests and for generating bank files; ZenginReader reads back what it
// writes.
//
// What a file cannot hold is refused rather than cut: text outside JIS X 0201 (full-width kana,
// kanji) or longer than its field, amounts beyond N10 (01) or N12 (03), a 01 line that is not
// incoming or has a 取引区分 or 摘要, a 03 closing balance that does not follow from the lines. A
// statement's missing `from`/`to` are taken from its lines; a 03 statement without an opening
// balance starts at zero. Cancelled 03 lines are not written as such: the reader derives them from
// 取引区分 19 (see ZenginReader).
class ZenginWriter
{
public:
    // The file, or nothing and *error naming the statement, line and field.
    static std::optional<QByteArray> write(const QList<BankStatement> &statements,
                                           const ZenginWriteOptions &options = {}, QString *error = nullptr);
    static std::optional<QByteArray> write(const BankStatement &statement,
                                           const ZenginWriteOptions &options = {}, QString *error = nullptr);
};

} // namespace kaishu::payments
