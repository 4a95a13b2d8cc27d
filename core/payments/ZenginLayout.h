#pragma once

// Internal to core/payments: the byte layout of the Zengin 振込入金通知 (01) and 入出金取引明細 (03)
// records, their character sets and their six-digit dates, shared by ZenginReader and ZenginWriter
// so that both read the same positions. Not part of the public API.

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace kaishu::payments::zengin {

constexpr int RecordLength = 200;

// One field of a record as the 全銀協 layouts number it: 1-based first byte and length in bytes, and
// the Japanese field name a clerk finds in the bank's documentation.
struct Field
{
    QStringView name;
    int start = 1;
    int length = 1;
};

constexpr char HeaderRecord = '1';
constexpr char DataRecord = '2';
constexpr char TrailerRecord = '8';
constexpr char EndRecord = '9';

// The fields of a data record both formats carry, each at its own place: reader and writer handle
// them once for either format.
struct LineFields
{
    Field inquiryNumber;
    Field accountDate;
    Field valueDate;
    Field amount;
    Field otherBankCheques;
    Field payerCode;
    Field payerName;
    Field sendingBank;
    Field sendingBranch;
    Field ediInfo;
};

// Fields every header has at the same place in both formats.
namespace header {
constexpr Field Kind{u"データ区分", 1, 1};
constexpr Field TypeCode{u"種別コード", 2, 2};
constexpr Field CodeSet{u"コード区分", 4, 1};
constexpr Field Created{u"作成日", 5, 6};
constexpr Field From{u"勘定日(自)", 11, 6};
constexpr Field To{u"勘定日(至)", 17, 6};
constexpr Field BankCode{u"銀行コード", 23, 4};
constexpr Field BankName{u"銀行名", 27, 15};
constexpr Field BranchCode{u"支店コード", 42, 3};
constexpr Field BranchName{u"支店名", 45, 15};
} // namespace header

// 振込入金通知: incoming transfers only.
namespace transfer {
constexpr Field DepositKind{u"預金種目", 60, 1};
constexpr Field AccountNumber{u"口座番号", 61, 7};
constexpr Field AccountName{u"口座名", 68, 40};

constexpr Field InquiryNumber{u"照会番号", 2, 6};
constexpr Field AccountDate{u"勘定日", 8, 6};
constexpr Field ValueDate{u"起算日", 14, 6};
constexpr Field Amount{u"金額", 20, 10};
constexpr Field OtherBankCheques{u"うち他店券金額", 30, 10};
constexpr Field PayerCode{u"振込依頼人コード", 40, 10};
constexpr Field PayerName{u"振込依頼人名", 50, 48};
constexpr Field SendingBank{u"仕向銀行名", 98, 15};
constexpr Field SendingBranch{u"仕向店名", 113, 15};
constexpr Field Cancellation{u"取消区分", 128, 1};
constexpr Field EdiInfo{u"EDI情報", 129, 20};

constexpr Field Count{u"件数", 2, 6};
constexpr Field Total{u"合計金額", 8, 12};
constexpr Field CancelledCount{u"取消件数", 20, 6};
constexpr Field CancelledTotal{u"取消合計金額", 26, 12};
constexpr LineFields Line{InquiryNumber, AccountDate, ValueDate,   Amount,        OtherBankCheques,
                          PayerCode,     PayerName,   SendingBank, SendingBranch, EdiInfo};
} // namespace transfer

// 入出金取引明細: every movement of the account, with the balances before and after.
namespace account {
constexpr Field HeaderFiller{u"ダミー", 60, 3}; // "000"
constexpr Field DepositKind{u"預金種目", 63, 1};
constexpr Field AccountNumber{u"口座番号", 64, 10};
constexpr Field AccountName{u"口座名", 74, 40};
constexpr Field OpeningSign{u"貸越区分", 114, 1}; // 1 plus, 2 minus (an overdrawn account)
constexpr Field OpeningBalance{u"取引前残高", 116, 14};

constexpr Field InquiryNumber{u"照会番号", 2, 8};
constexpr Field AccountDate{u"勘定日", 10, 6};
constexpr Field ValueDate{u"起算日", 16, 6};
constexpr Field Direction{u"入払区分", 22, 1};
constexpr Field TransactionKind{u"取引区分", 23, 2};
constexpr Field Amount{u"取引金額", 25, 12};
constexpr Field OtherBankCheques{u"うち他店券金額", 37, 12};
constexpr Field PayerCode{u"振込依頼人コード", 72, 10};
constexpr Field PayerName{u"振込依頼人名", 82, 48};
constexpr Field SendingBank{u"仕向銀行名", 130, 15};
constexpr Field SendingBranch{u"仕向店名", 145, 15};
constexpr Field Memo{u"摘要内容", 160, 20};
constexpr Field EdiInfo{u"EDI情報", 180, 20};

constexpr Field InCount{u"入金件数", 2, 6};
constexpr Field InTotal{u"入金額合計", 8, 13};
constexpr Field OutCount{u"出金件数", 21, 6};
constexpr Field OutTotal{u"出金額合計", 27, 13};
constexpr Field ClosingSign{u"貸越区分", 40, 1};
constexpr Field ClosingBalance{u"取引後残高", 41, 14};

constexpr LineFields Line{InquiryNumber, AccountDate, ValueDate,   Amount,        OtherBankCheques,
                          PayerCode,     PayerName,   SendingBank, SendingBranch, EdiInfo};
constexpr char Incoming = '1';
constexpr char Outgoing = '2';
// 取引区分 19: the bank corrects an earlier movement of the account.
constexpr QStringView CorrectionKind = u"19";
} // namespace account

// JIS X 0201 as Zengin files use it: the ASCII printable range for the roman half (0x5C and 0x7E are
// read as "\" and "~", as every Japanese PC does) and 0xA1–0xDF for half-width katakana
// (U+FF61–U+FF9F). Anything else, control bytes included, is not text.
std::optional<QChar> jisCharacter(uchar byte);
std::optional<uchar> jisByte(QChar character);

// The EBCDIC (CCSID 290, the single-byte half of IBM-930) byte for each JIS X 0201 byte and back, from
// ICU's ibm-290 converter. A byte with no counterpart maps to -1. The line breaks CR, LF (0x25) and
// NEL (0x15, read as LF) and SUB (0x3F, the end-of-file mark) are carried over too. Null when this
// machine's ICU has no ibm-290 table.
using ByteTable = std::array<int, 256>;
const ByteTable *ebcdicToJis();
const ByteTable *jisToEbcdic();

// Which calendar a file numbers its years in: the Japanese era (令和, 平成), as the 全銀協 layouts
// prescribe, or the Western year's last two digits, as some banks offer instead.
enum class Calendar { JapaneseEra, Western };

// 令和1 began on 2019-05-01, 平成 ran from 1989-01-08 to 2019-04-30.
QDate reiwaStart();
QDate heiseiStart();

// The date of YYMMDD in the calendar; in the Japanese era, when both a 令和 and a 平成 reading are
// real dates, the one nearer to `anchor` (令和 when anchor is invalid). Nothing when no reading is
// a date.
std::optional<QDate> dateFromDigits(int yy, int mm, int dd, Calendar calendar, QDate anchor);
// YYMMDD, or nothing when the calendar cannot write the date (before 平成 or after 令和99; Western
// outside 2000–2099).
std::optional<QByteArray> digitsFromDate(QDate date, Calendar calendar);

} // namespace kaishu::payments::zengin
