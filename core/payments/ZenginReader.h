#pragma once

#include "BankStatement.h"

#include <QByteArray>
#include <QDate>

namespace kaishu::payments {

// How the six-digit dates (YYMMDD) of a Zengin file number their years. The 全銀協 layouts prescribe
// the Japanese era (令和 07 = 2025); some banks offer the Western year (25 = 2025) instead, and the
// file itself does not say which. Auto decides per header from its 作成日: the reading (令和, 平成 or
// Western) nearest to the reference date wins, and the other dates of that header…trailer group
// follow the same calendar. Without a reference date Auto reads the Japanese era.
enum class ZenginDateStyle { Auto, JapaneseEra, Western };

struct ZenginReadOptions
{
    ZenginDateStyle dateStyle = ZenginDateStyle::Auto;
    // The day the file is imported, as the caller's clock tells it (the reader itself has none, so
    // that the same bytes always give the same statements). It only anchors the 作成日: between 令和
    // and 平成 (令和10 = 2028 or 平成10 = 1998?) and, under Auto, the Western year. Invalid: 令和
    // where the date exists in 令和, otherwise 平成.
    QDate referenceDate;
};

// Reads the Zengin 振込入金通知 (種別コード 01) and 入出金取引明細 (03) files banks deliver through
// their firm-banking services: 200-byte records (header 1, data 2, trailer 8, end 9) separated by
// CRLF, LF or nothing at all, in JIS X 0201 or EBCDIC katakana (コード区分 1, CCSID 290). One file may
// carry one header…trailer group per account; each becomes a BankStatement.
//
// Dates other than 作成日 (勘定日, 起算日, the header's range) are read in the calendar chosen for the
// 作成日 and, in the Japanese era, as 令和 or 平成 whichever lies nearer to the 作成日, so that a file
// created on 令和1/5/7 reads 310426 as 平成31/4/26.
//
// The trailer is checked against the data: 01 件数 and 合計金額 count every data record, cancelled ones
// (取消区分 1) included, 取消件数 and 取消合計金額 the cancelled ones; 03 入金/出金 counts and totals per
// 入払区分, and 取引後残高 = 取引前残高 + 入金 − 出金. Any problem (a field that is not what the layout
// says, a count or total that does not add up, a missing trailer or end record) is named with its
// record and field, and the file then gives no statement at all.
//
// Cancelled and corrected money: a 01 record with 取消区分 1 is kept with cancelled = true. In a 03
// file a 取引区分 19 (訂正) record reverses an earlier movement: when an earlier line of the same
// group has the same amount in the other direction and is not yet reversed, both lines are marked
// cancelled (they cancel out and neither is a payment); a correction with no such partner (its
// original was in an earlier file) stays an ordinary line with transactionKind "19", so that the
// clerk sees the money it moved. Both stay in the trailer's counts and totals, as the bank counts them.
class ZenginReader
{
public:
    static constexpr int RecordLength = 200;
    // More problems than this are not listed: a file that wrong is not the file the clerk meant.
    static constexpr int MaxProblems = 100;

    // Whether the bytes start like a Zengin 01 or 03 header, in JIS X 0201 or EBCDIC: for choosing
    // between this reader and the CSV importer.
    static bool looksLikeZengin(const QByteArray &bytes);

    static StatementReadResult read(const QByteArray &bytes, const ZenginReadOptions &options = {});
};

} // namespace kaishu::payments
