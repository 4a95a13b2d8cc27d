#pragma once

#include "money/Yen.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace kaishu::payments {

// How a payment was tied to the invoices it pays, strongest first.
enum class MatchMethod {
    VirtualAccount, // paid into the debtor's 振込専用口座
    Reference,      // an invoice or customer number in the payer name or EDI field
    LearnedAlias,   // a payer name a clerk tied to this debtor before
    Name,           // the payer name is (nearly) the debtor's
    Amount,         // only the amount fits: a suggestion for the clerk, never applied by itself; once
                    // accepted the allocation is the clerk's (Manual)
    Manual,         // a clerk's own allocation
};
QString toCode(MatchMethod method); // virtual_account, reference, alias, name, amount, manual
std::optional<MatchMethod> matchMethodFromCode(const QString &code);

// An issued invoice that still has money owing.
struct OpenInvoice
{
    qint64 invoiceId = 0;
    qint64 accountId = 0;
    QString number;
    QDate issueDate;
    QDate dueDate;
    money::Yen balance; // > 0
};

// What the engine knows of one debtor account (a debtor as customer of one client).
struct PayerAccount
{
    qint64 accountId = 0;
    qint64 debtorId = 0;
    qint64 clientId = 0;
    QString customerCode;
    QString virtualAccount;               // 7 digits or empty
    QStringList names;                    // the register's payer name, name kana and name: any spelling
    std::optional<money::Yen> learnedFee; // the fee this debtor deducted before
};

// A payer name a clerk confirmed for a debtor: the normalised key (PayerName::key) and, when known,
// the sending bank and branch as the statement wrote them. One key may stand for several debtors
// (a parent company paying for its subsidiaries).
struct PayerAlias
{
    QString key;
    QString sendingBank;
    QString sendingBranch;
    qint64 debtorId = 0;
};

// An incoming payment to match.
struct Payment
{
    qint64 id = 0;
    QDate valueDate;
    money::Yen amount;
    QString payerName; // as the bank wrote it
    QString sendingBank;
    QString sendingBranch;
    QString ediInfo;
    QString receivingAccountNumber; // the account the money arrived in (7 digits)
    // The client whose account received the money: only that client's debtors can have paid it.
    // 0 when the money came into the agency's own account (or an unknown one): every client's.
    qint64 clientId = 0;
};

struct Allocation
{
    qint64 invoiceId = 0;
    money::Yen amount;
    friend bool operator==(const Allocation &, const Allocation &) = default;
};

// One way of reading a payment. allocations + fee + unapplied == the payment's amount + fee, i.e.
// sum(allocations) == amount + fee - unapplied: a fee is what the payer deducted (the invoices are
// paid in full), unapplied is money beyond the invoices kept as the debtor's credit.
struct MatchCandidate
{
    qint64 accountId = 0;          // the account the payment is booked to (and any unapplied credit kept
                                   // for); when a learned name stands for several debtors the allocations may
                                   // also pay invoices of those debtors' other accounts
    QList<Allocation> allocations; // oldest invoice first
    money::Yen fee;                // transfer fee the payer deducted, booked as a fee
    money::Yen unapplied;          // overpayment kept as credit of the account
    bool partial = false;          // the allocations leave money owing on the last invoice
    MatchMethod method = MatchMethod::Name;
    int confidence = 0; // per mille
    QString reason; // for the clerk, translated: "仮想口座 3000001 への入金、請求書 … と金額一致"
};

struct MatchResult
{
    qint64 paymentId = 0;
    QList<MatchCandidate> candidates; // best first, at most MatchSettings::maxCandidates
    bool autoApply = false;           // the first candidate clears the threshold and has no rival
};

struct MatchSettings
{
    int autoThreshold = 900; // per mille
    int maxCandidates = 5;
    QList<money::Yen> knownFees{money::Yen(110), money::Yen(220), money::Yen(330), money::Yen(440),
                                money::Yen(550), money::Yen(660), money::Yen(770), money::Yen(880)};
    int maxInvoicesCombined = 8; // bounded subset-sum search over a debtor's open invoices
    int daysBeforeIssue = 0;     // a payment before the invoice's issue date is implausible
    // The subset-sum search gives up after visiting this many partial combinations, so an account
    // with hundreds of open invoices costs a bounded time; the payment is then read as partial.
    int maxCombinationNodes = 20000;
    // A candidate of another account whose confidence is within this margin of the best one is a
    // rival: the clerk decides.
    int rivalMargin = 100;
    // Below this similarity (per mille) a name is not taken as the debtor's.
    int minNameSimilarity = 750;
    // Two debtors whose names are this close to the payer's (per mille) are a tie: never automatic.
    int nameTieMargin = 30;
    // A surely identified payer who paid everything open and at most this much more (and at most a
    // twentieth of what was open) overpaid by a slip: the invoices are paid, the rest kept as credit.
    money::Yen smallOverpayment{10'000};
};

// The matching engine: a pure function of its inputs (no database, no clock). Build it once per
// run with the open invoices, the accounts and the learned aliases; matchAll reads a batch of
// payments in order and, for each one applied automatically, takes the allocated money off the
// invoices' balances so a later payment cannot claim it again.
class MatchEngine
{
public:
    MatchEngine(QList<PayerAccount> accounts, QList<OpenInvoice> invoices, QList<PayerAlias> aliases,
                MatchSettings settings = {});
    ~MatchEngine();
    MatchEngine(const MatchEngine &) = delete;
    MatchEngine &operator=(const MatchEngine &) = delete;

    // Candidates for one payment against the balances as they stand; changes nothing.
    MatchResult match(const Payment &payment) const;
    // Every payment in order; auto-applied ones reduce the balances.
    QList<MatchResult> matchAll(const QList<Payment> &payments);
    // Takes a clerk's (or an automatic) allocation off the balances.
    void apply(const QList<Allocation> &allocations);

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace kaishu::payments
