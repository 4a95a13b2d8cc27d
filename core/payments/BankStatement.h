#pragma once

#include "money/Yen.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kaishu::payments {

// Where a statement came from. Zengin 01 is the 振込入金通知 (incoming transfers only), Zengin 03 the
// 入出金取引明細 (every movement of the account); bank CSV is an internet-banking export read through a
// saved column mapping; manual lines are typed in by a clerk.
enum class StatementFormat { ZenginTransferNotice, ZenginAccountStatement, BankCsv, Manual };
QString toCode(StatementFormat format); // zengin01, zengin03, csv, manual
std::optional<StatementFormat> statementFormatFromCode(const QString &code);

// The account the statement is about: the agency's or a client's receiving account.
struct StatementAccount
{
    QString bankCode;   // 4 digits
    QString bankName;   // as the file writes it (half-width kana for Zengin)
    QString branchCode; // 3 digits
    QString branchName;
    int depositKind = 1;   // 1 普通, 2 当座, 4 貯蓄, 9 other
    QString accountNumber; // 7 digits (a 03 file's N10 is cut to its last 7 when the rest are zeros)
    QString accountName;
    friend bool operator==(const StatementAccount &, const StatementAccount &) = default;
};

// One movement of money as the bank reports it. Texts are Unicode: half-width katakana stay
// half-width (U+FF61–U+FF9F), exactly as the bank wrote them, trailing spaces removed.
struct StatementLine
{
    int recordNumber = 0;    // 1-based record of the file (Zengin) or line of the file (CSV)
    QString inquiryNumber;   // 照会番号 (empty where the CSV has none)
    QDate accountDate;       // 勘定日
    QDate valueDate;         // 起算日 (= accountDate where the file has only one date)
    money::Yen amount;       // always positive; see incoming
    bool incoming = true;    // 03: 入払区分 1; every 01 line is incoming
    QString transactionKind; // 03: 取引区分 ("10" cash, "11" transfer …); empty otherwise
    QString payerCode;       // 振込依頼人コード
    QString payerName;       // 振込依頼人名
    QString sendingBank;     // 仕向銀行名
    QString sendingBranch;   // 仕向店名
    QString memo;            // 03: 摘要 / CSV memo column
    QString ediInfo;         // EDI 情報
    bool cancelled = false;  // 01: 取消区分 1; 03: 取引区分 19 (correction) of an earlier line
    friend bool operator==(const StatementLine &, const StatementLine &) = default;
};

struct BankStatement
{
    StatementFormat format = StatementFormat::BankCsv;
    QDate created; // 作成日 (invalid for CSV)
    QDate from;    // 勘定日 range of the statement (CSV: the earliest and latest line)
    QDate to;
    StatementAccount account;                 // empty fields where a CSV does not say
    std::optional<money::Yen> openingBalance; // 03 header / CSV balance column
    std::optional<money::Yen> closingBalance; // 03 trailer / CSV balance column
    QList<StatementLine> lines;               // in file order, cancelled ones included
};

// A problem in a file, named so a clerk can find it: record (Zengin, 1-based) or line (CSV), the
// field by its Japanese name where there is one ("金額", "勘定日"), and what is wrong.
struct StatementProblem
{
    int record = 0; // 0: the file as a whole
    QString field;
    QString problem;
    // What `record` counts, so that the message says "record 12" for a Zengin file and "line 12" for
    // a CSV file (added by the bank-file readers; aggregate initialisers without it stay records).
    enum class Unit { Record, Line };
    Unit unit = Unit::Record;
    QString toString() const; // "record 12, 金額: not a number: \"12a4\"", "line 5, 入金額: …"
};

// A reader's answer: the statements of the file when it is sound (a Zengin file holds one
// header…trailer group per account, so one file may carry several), otherwise every problem found;
// nothing of a file with a problem may be imported.
struct StatementReadResult
{
    QList<BankStatement> statements;
    QList<StatementProblem> problems;
    bool ok() const { return !statements.isEmpty() && problems.isEmpty(); }
};

} // namespace kaishu::payments
