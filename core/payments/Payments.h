#pragma once

#include "payments/BankStatement.h"
#include "payments/MatchEngine.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kaishu::payments {

// Where a bank transaction stands. Outgoing and cancelled lines are kept (the statement is kept
// whole) but never matched.
enum class TransactionStatus { Unmatched, Suggested, Matched, Fee, OtherIncome, Outgoing, Cancelled };
QString
toCode(TransactionStatus status); // unmatched, suggested, matched, fee, other_income, outgoing, cancelled
std::optional<TransactionStatus> transactionStatusFromCode(const QString &code);

// One line of an imported statement, as kept.
struct BankTransaction
{
    qint64 id = 0;
    qint64 statementId = 0;
    qint64 clientId = 0; // the owner of the receiving account, 0 for the agency's or unknown
    QString bankCode;
    QString branchCode;
    QString accountNumber;
    StatementLine line;
    TransactionStatus status = TransactionStatus::Unmatched;
    money::Yen allocated;
    money::Yen fee;
    money::Yen unapplied;
    qint64 unappliedAccountId = 0;
    QList<MatchCandidate> suggestions; // best first; kept until the clerk decides
    int version = 1;

    // What is still to be accounted for: amount − allocated − unapplied (the fee is extra money the
    // invoices count as paid, so it does not enter here).
    money::Yen remaining() const { return line.amount - allocated + fee - unapplied; }
};

struct PaymentAllocation
{
    qint64 id = 0;
    qint64 transactionId = 0;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    money::Yen amount;
    MatchMethod method = MatchMethod::Manual;
    int confidence = 0;
    QString reason;
    QDateTime createdAt;
    QString createdBy;
    bool reversed = false;
};

// What an import did: every statement line was either new or already known.
struct ImportSummary
{
    bool committed = false;
    bool alreadyImported = false; // the same file (SHA-256) was imported before: nothing read
    QDateTime previousImport;
    int statements = 0;
    int linesRead = 0;
    int newLines = 0;
    int duplicates = 0;
    int outgoing = 0;
    int cancelled = 0;
    QList<StatementProblem> problems;
};

struct MatchRunSummary
{
    int autoMatched = 0;
    int suggested = 0;
    int unmatched = 0;
    qint64 milliseconds = 0;
};

// Serialising suggestions for the bank_transactions.suggestions column.
QString candidatesToJson(const QList<MatchCandidate> &candidates);
QList<MatchCandidate> candidatesFromJson(const QString &json);

} // namespace kaishu::payments
