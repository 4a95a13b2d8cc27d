#include "MatchEngine.h"

#include "PayerName.h"

#include <QCoreApplication>

#include <algorithm>
#include <span>
#include <tuple>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace kaishu::payments {

using money::Yen;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::payments)
};

// Confidence = how surely the payer is identified × how well the amount fits the open invoices,
// both per mille: confidence = strength × evidence / 1000. The figures are chosen so that only a
// strong identification with an exact amount (or a usual fee, or two invoices together) clears the
// default threshold of 900.

// How surely each stage identifies the account.
constexpr int VirtualAccountStrength = 990;   // the money arrived on the debtor's own account number
constexpr int InvoiceReferenceStrength = 975; // the payer wrote one of our invoice numbers
constexpr int CustomerCodeStrength = 930;     // the payer wrote the customer code: account, no invoice
constexpr int AliasWithBankStrength = 970;    // a learned name, from the bank and branch it came before
constexpr int AliasStrength = 900;            // a learned name, bank unknown on one side
constexpr int AliasOtherBankStrength = 750;   // a learned name, but from another bank: maybe a namesake
// A near name is worth 9/10 of its similarity: a name alone is weaker than any reference.
constexpr int NameStrengthNumerator = 9;
constexpr int NameStrengthDenominator = 10;
// The payer's name, once normalised, is exactly one debtor's of this client and no other's: as sure
// as a learned name from the same bank, so an exact amount, a usual fee or a combination of its
// invoices clears the threshold, while a partial payment or an overpayment still waits for a clerk.
constexpr int ExactNameStrength = 960;
// Both names carry a legal form and they differ (株式会社 vs 有限会社): likely a different company.
constexpr int LegalFormPenalty = 100;
// Another debtor's name is as close: the candidate is never applied automatically, and however
// well the amount fits it is shown as at most this sure (one of two namesakes is a guess).
constexpr int NameTieCeiling = 790;
// A near name (a typing slip, a word left out) whose debtor is the only one of the similar names
// that owes the amount (exactly, less a fee, invoices together): the amount confirms the name.
constexpr int CorroboratedNameSimilarity = 850;
constexpr int CorroboratedNameStrength = 940;
// Nobody is identified, but open invoices of the client have exactly the amount (a parent company
// paying for a subsidiary, a new payer name): offered to the clerk, never applied. Beyond a few
// invoices of that amount the amount says nothing.
constexpr int AmountOnlyStrength = 450;
constexpr int MaxAmountOnlyInvoices = 5;
constexpr int AmountOnlyShown = 3;

// How well the amount fits.
constexpr int ExactEvidence = 1000;      // the one open invoice with exactly the amount
constexpr int ExactOldestEvidence = 950; // several invoices have the amount: the oldest is taken
constexpr int CombinationEvidence = 950; // invoices that add up exactly, two of them...
constexpr int PerExtraInvoice = 10;      // ...less for each further invoice (more room for chance)
constexpr int CombinationFloor = 800;
constexpr int LearnedFeeEvidence = 970;   // short by exactly the fee this debtor deducted before
constexpr int KnownFeeEvidence = 940;     // short by a usual bank fee
constexpr int FeeCombinationPenalty = 30; // a fee and a combination: two guesses at once
constexpr int FeeCombinationFloor = 700;
constexpr int OldestRunEvidence = 850;        // the oldest invoices in order, too many for the search
constexpr int SmallOverpaymentEvidence = 940; // everything open and a little more (a slip)
constexpr int OverpaymentEvidence = 650;      // more than everything open
constexpr int PartialEvidence = 600;          // part of the oldest open invoice
constexpr int PartialSpanningEvidence = 560;  // the oldest in full and part of the next: less usual
constexpr int CreditOnlyEvidence = 500;       // nothing open at all

// Name shortlist: entries sharing kana bigrams with the payer's key, best by Dice coefficient.
constexpr std::size_t NameShortlist = 16;
// Spellings sharing fewer bigrams than this (Dice, per mille) are too far apart to reach the minimum
// similarity: one changed kana costs at most two bigrams, a swapped pair three.
constexpr int MinBigramDice = 250;
// A bigram found in more spellings than this says little (ショウ in 商事, 工業所...) and would make the
// lookup as slow as a scan; it is left out of the shortlist count.
constexpr std::size_t StopBigramPostings = 4096;
// How many named accounts become candidates at most: beyond these the name evidence is too thin.
// Namesakes (equally close names) are all kept up to the larger bound.
constexpr int MaxNameAccounts = 8;
constexpr int MaxNamesakeAccounts = 32;

// Between the parts of a reason ("名義一致。金額一致"): a clause ends in Japanese, not a semicolon.
QString separator()
{
    return QCoreApplication::translate("kaishu::payments", "; ", "between the parts of a match reason");
}

QString label(const PayerAccount &account)
{
    return account.customerCode.isEmpty() ? Text::tr("account %1").arg(account.accountId)
                                          : account.customerCode;
}

// Bank statements write the receiving account as 7 digits (Zengin 01) or 10 zero-filled digits
// (Zengin 03); a register may keep it with or without leading zeros.
QString accountNumberKey(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    if (digits.isEmpty())
        return {};
    qsizetype first = 0;
    while (first < digits.size() - 1 && digits.at(first) == u'0')
        ++first;
    return digits.mid(first).rightJustified(7, u'0');
}

// Invoice numbers and customer codes as a payer types them: full-width or half-width, any case.
QString referenceKey(const QString &text)
{
    // Most numbers are plain upper-case ASCII already: returned as they are (shared, not copied).
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() > u' ' && c.unicode() < 0x80 && !(c >= u'a' && c <= u'z');
    });
    return plain ? text : text.normalized(QString::NormalizationForm_KC).toUpper().trimmed();
}

// Runs of latin letters, digits and hyphens that contain a digit: the candidates for an invoice
// number (C001-2026-000012) or customer code (K001, 1234567) written into a payer name or EDI field.
QStringList referenceTokens(const QString &text)
{
    QStringList tokens;
    QString token;
    bool hasDigit = false;
    const QString folded = referenceKey(text);
    auto flush = [&] {
        while (token.startsWith(u'-'))
            token.remove(0, 1);
        while (token.endsWith(u'-'))
            token.chop(1);
        if (hasDigit && !token.isEmpty() && !tokens.contains(token))
            tokens.append(token);
        token.clear();
        hasDigit = false;
    };
    for (const QChar c : folded) {
        const bool latin = (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!latin) {
            flush();
            continue;
        }
        hasDigit = hasDigit || c.isDigit();
        token.append(c);
    }
    flush();
    return tokens;
}

// Bank and branch names as statements write them, compared without spacing, width or case.
QString bankKey(const QString &text)
{
    QString key = text.normalized(QString::NormalizationForm_KC).toUpper();
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key;
}

std::vector<quint32> bigramsOf(const QString &key)
{
    std::vector<quint32> grams;
    for (qsizetype i = 0; i + 1 < key.size(); ++i)
        grams.push_back((quint32(key.at(i).unicode()) << 16) | key.at(i + 1).unicode());
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    return grams;
}

int percentOf(int perMille)
{
    return perMille / 10;
}

// Finds 2..maxCount invoices whose balances add up to one of the targets: the fewest invoices
// first, then the oldest (balances are given oldest first, and the search walks sets of positions in
// lexicographic order, so the first set found is the oldest of its size). A node budget bounds the
// work however many invoices an account has open.
class CombinationSearch
{
public:
    CombinationSearch(std::vector<Yen> balances, std::vector<Yen> targets, int maxCount, int nodeBudget)
        : m_balances(std::move(balances))
        , m_targets(std::move(targets))
        , m_maxCount(maxCount)
        , m_budget(nodeBudget)
    {
        std::sort(m_targets.begin(), m_targets.end());
        m_largestFrom.resize(m_balances.size() + 1);
        for (std::size_t i = m_balances.size(); i-- > 0;)
            m_largestFrom[i] = std::max(m_balances[i], m_largestFrom[i + 1]);
    }

    // Positions of the invoices found, oldest first; empty when none (or the budget ran out).
    std::vector<std::size_t> find()
    {
        if (m_targets.empty())
            return {};
        const int largest = std::min<int>(m_maxCount, int(m_balances.size()));
        for (int count = 2; count <= largest && m_budget > 0; ++count) {
            m_chosen.clear();
            if (descend(0, count, Yen(0)))
                return m_chosen;
        }
        return {};
    }

    Yen sum() const { return m_sum; }

private:
    bool descend(std::size_t start, int slotsLeft, Yen sum)
    {
        for (std::size_t i = start; i < m_balances.size(); ++i) {
            if (--m_budget < 0)
                return false;
            if (m_balances.size() - i < std::size_t(slotsLeft))
                return false;
            // Even the largest balances still to come cannot reach the smallest target.
            if (sum + m_largestFrom[i] * slotsLeft < m_targets.front())
                return false;
            const Yen next = sum + m_balances[i];
            if (next > m_targets.back())
                continue;
            m_chosen.push_back(i);
            if (slotsLeft == 1) {
                if (std::binary_search(m_targets.begin(), m_targets.end(), next)) {
                    m_sum = next;
                    return true;
                }
            } else if (descend(i + 1, slotsLeft - 1, next)) {
                return true;
            }
            m_chosen.pop_back();
        }
        return false;
    }

    std::vector<Yen> m_balances;
    std::vector<Yen> m_targets;
    std::vector<Yen> m_largestFrom;
    std::vector<std::size_t> m_chosen;
    Yen m_sum;
    int m_maxCount;
    int m_budget;
};

// One way the payer was identified: which account(s), by what, and how surely.
struct Identification
{
    MatchMethod method = MatchMethod::Name;
    int strength = 0;
    std::vector<int> accounts;  // indexes into Data::accounts
    int referencedInvoice = -1; // the invoice the payer named, if any
    QString evidence;
    bool nameTie = false;
    QString tieNote;
    int nameScore = 0; // for a name: its similarity less the legal-form penalty, per mille
};

// One way the amount fits the identified account(s).
struct Reading
{
    qint64 accountId = 0;
    QList<Allocation> allocations;
    Yen fee;
    Yen unapplied;
    bool partial = false;
    int evidence = 0;
    QString text;
};

struct Ranked
{
    MatchCandidate candidate;
    bool nameTie = false;
    int nameScore = 0;
    int strength = 0; // of the identification
    int evidence = 0; // of the amount reading
    QString reason;   // without the note on a name tie
};

// A reading this good (exact, a usual fee, invoices together) can settle a tie between namesakes.
constexpr int SettlingEvidence = 900;

struct NameEntry
{
    int account = 0;
    QString key;
    QString spelling;
    QString legalEntity;
    int bigramCount = 0;
};

} // namespace

QString toCode(MatchMethod method)
{
    switch (method) {
    case MatchMethod::VirtualAccount:
        return u"virtual_account"_s;
    case MatchMethod::Reference:
        return u"reference"_s;
    case MatchMethod::LearnedAlias:
        return u"alias"_s;
    case MatchMethod::Name:
        return u"name"_s;
    case MatchMethod::Amount:
        return u"amount"_s;
    case MatchMethod::Manual:
        return u"manual"_s;
    }
    return {};
}

std::optional<MatchMethod> matchMethodFromCode(const QString &code)
{
    for (const MatchMethod method :
         {MatchMethod::VirtualAccount, MatchMethod::Reference, MatchMethod::LearnedAlias, MatchMethod::Name,
          MatchMethod::Amount, MatchMethod::Manual}) {
        if (toCode(method) == code)
            return method;
    }
    return std::nullopt;
}

struct MatchEngine::Data
{
    MatchSettings settings;
    std::vector<PayerAccount> accounts;
    QHash<qint64, int> accountById;
    QHash<qint64, std::vector<int>> accountsOfDebtor;
    QHash<QString, std::vector<int>> accountsByVirtualAccount;
    QHash<QString, std::vector<int>> accountsByCustomerCode;

    std::vector<OpenInvoice> invoices; // balances go down as payments are applied
    QHash<qint64, int> invoiceById;
    // Invoice numbers are unique in practice; duplicates (two clients' numbering) are chained
    // through sameNumber rather than giving every number a list of its own.
    QHash<QString, int> invoicesByNumber;
    std::vector<int> sameNumber;
    // Each account's invoices, oldest first, as one array: account a owns
    // invoicesByAccount[invoicesStart[a] .. invoicesStart[a + 1]).
    std::vector<int> invoicesByAccount;
    std::vector<std::size_t> invoicesStart;
    // Open invoices by balance, for a payment only the amount can place. An invoice paid in part is
    // added again under its new balance; lookups check the balance, so stale entries cost nothing.
    QHash<qint64, std::vector<int>> invoicesByBalance;

    std::span<const int> invoicesOf(int account) const
    {
        return std::span<const int>(invoicesByAccount)
            .subspan(invoicesStart[account], invoicesStart[account + 1] - invoicesStart[account]);
    }

    QHash<QString, QList<PayerAlias>> aliasesByKey;

    std::vector<NameEntry> names;
    QHash<QString, std::vector<int>> namesByKey;
    // Postings per (client, bigram), and per (0, bigram) for money whose client is not known: a
    // payment into a client's account only ever looks at that client's debtors.
    QHash<quint64, std::vector<int>> namesByBigram;

    bool older(int left, int right) const
    {
        const OpenInvoice &a = invoices[left];
        const OpenInvoice &b = invoices[right];
        return std::tie(a.issueDate, a.dueDate, a.number, a.invoiceId) <
               std::tie(b.issueDate, b.dueDate, b.number, b.invoiceId);
    }

    bool plausible(const OpenInvoice &invoice, const Payment &payment) const
    {
        if (!payment.valueDate.isValid() || !invoice.issueDate.isValid())
            return true;
        return payment.valueDate >= invoice.issueDate.addDays(-settings.daysBeforeIssue);
    }

    qint64 debtorOf(qint64 accountId) const
    {
        return accounts[std::size_t(accountById.value(accountId))].debtorId;
    }

    int accountIndex(qint64 accountId)
    {
        const auto found = accountById.constFind(accountId);
        if (found != accountById.constEnd())
            return *found;
        // An invoice of an account the caller did not describe: it can still be named by number.
        PayerAccount account;
        account.accountId = accountId;
        accounts.push_back(account);
        accountById.insert(accountId, int(accounts.size() - 1));
        return int(accounts.size() - 1);
    }

    static quint64 bigramKey(qint64 clientId, quint32 gram) { return (quint64(clientId) << 32) | gram; }

    void indexNames()
    {
        for (int a = 0; a < int(accounts.size()); ++a) {
            QStringList seen;
            for (const QString &spelling : accounts[a].names) {
                const PayerName parsed = parsePayerName(spelling);
                if (parsed.key.isEmpty() || seen.contains(parsed.key))
                    continue;
                seen.append(parsed.key);
                const std::vector<quint32> grams = bigramsOf(parsed.key);
                const int entry = int(names.size());
                names.push_back({a, parsed.key, spelling, parsed.legalEntity, int(grams.size())});
                namesByKey[parsed.key].push_back(entry);
                for (const quint32 gram : grams) {
                    namesByBigram[bigramKey(0, gram)].push_back(entry);
                    namesByBigram[bigramKey(accounts[std::size_t(a)].clientId, gram)].push_back(entry);
                }
            }
        }
    }

    QString labels(const std::vector<int> &group) const
    {
        QStringList parts;
        for (const int a : group) {
            if (parts.size() == 3) {
                parts.append(u"…"_s);
                break;
            }
            parts.append(label(accounts[a]));
        }
        return parts.join(u", "_s);
    }

    std::vector<int> accountsOf(const QList<qint64> &debtorIds) const
    {
        std::vector<int> group;
        for (const qint64 debtorId : debtorIds) {
            for (const int a : accountsOfDebtor.value(debtorId))
                group.push_back(a);
        }
        return group;
    }

    void identifyByVirtualAccount(const Payment &payment, QList<Identification> &out) const
    {
        const QString key = accountNumberKey(payment.receivingAccountNumber);
        if (key.isEmpty())
            return;
        for (const int a : accountsByVirtualAccount.value(key)) {
            out.append({MatchMethod::VirtualAccount,
                        VirtualAccountStrength,
                        {a},
                        -1,
                        Text::tr("Paid into virtual account %1 of %2").arg(key, label(accounts[a])),
                        false,
                        {}});
        }
    }

    void identifyByReference(const QStringList &tokens, bool inEdi, QList<Identification> &out) const
    {
        for (const QString &token : tokens) {
            for (int i = invoicesByNumber.value(token, -1); i >= 0; i = sameNumber[std::size_t(i)]) {
                const int a = accountById.value(invoices[i].accountId);
                out.append({MatchMethod::Reference,
                            InvoiceReferenceStrength,
                            {a},
                            i,
                            (inEdi ? Text::tr("Invoice %1 named in the EDI information")
                                   : Text::tr("Invoice %1 named in the payer name"))
                                .arg(invoices[i].number),
                            false,
                            {}});
            }
            for (const int a : accountsByCustomerCode.value(token)) {
                out.append({MatchMethod::Reference,
                            CustomerCodeStrength,
                            {a},
                            -1,
                            (inEdi ? Text::tr("Customer code %1 named in the EDI information")
                                   : Text::tr("Customer code %1 named in the payer name"))
                                .arg(accounts[a].customerCode),
                            false,
                            {}});
            }
        }
    }

    void identifyByAlias(const Payment &payment, const PayerName &payer, QList<Identification> &out) const
    {
        const auto found = aliasesByKey.constFind(payer.key);
        if (payer.key.isEmpty() || found == aliasesByKey.constEnd())
            return;
        const QString bank = bankKey(payment.sendingBank);
        const QString branch = bankKey(payment.sendingBranch);
        // The debtors this name was confirmed for, by how well the sending bank agrees.
        QList<qint64> sameBank, unknownBank, otherBank;
        for (const PayerAlias &alias : *found) {
            QList<qint64> *level = &unknownBank;
            if (!alias.sendingBank.isEmpty() && !bank.isEmpty()) {
                const bool bankAgrees = bankKey(alias.sendingBank) == bank;
                const bool branchAgrees = alias.sendingBranch.isEmpty() || branch.isEmpty() ||
                                          bankKey(alias.sendingBranch) == branch;
                level = bankAgrees && branchAgrees ? &sameBank : &otherBank;
            }
            if (!level->contains(alias.debtorId))
                level->append(alias.debtorId);
        }
        // A debtor found at a stronger level is not repeated at a weaker one.
        for (const qint64 debtorId : sameBank) {
            unknownBank.removeAll(debtorId);
            otherBank.removeAll(debtorId);
        }
        for (const qint64 debtorId : unknownBank)
            otherBank.removeAll(debtorId);

        const auto add = [&](const QList<qint64> &debtors, int strength, auto describe) {
            std::vector<int> group = accountsOf(debtors);
            if (group.empty())
                return;
            const QString evidence = describe(labels(group));
            out.append({MatchMethod::LearnedAlias, strength, std::move(group), -1, evidence, false, {}});
        };
        add(sameBank, AliasWithBankStrength, [&](const QString &whom) {
            return Text::tr("Payer name %1 from %2 %3 was confirmed for %4 before")
                .arg(payment.payerName, payment.sendingBank.trimmed(), payment.sendingBranch.trimmed(), whom);
        });
        add(unknownBank, AliasStrength, [&](const QString &whom) {
            return Text::tr("Payer name %1 was confirmed for %2 before").arg(payment.payerName, whom);
        });
        add(otherBank, AliasOtherBankStrength, [&](const QString &whom) {
            return Text::tr("Payer name %1 was confirmed for %2 before, but from another bank")
                .arg(payment.payerName, whom);
        });
    }

    void identifyByName(const Payment &payment, const PayerName &payer, QList<Identification> &out) const
    {
        if (payer.key.isEmpty())
            return;
        struct Scored
        {
            int entry = 0;
            int similarity = 0;
            int score = 0; // similarity less the legal-form penalty
        };
        QHash<int, Scored> bestOfAccount;
        const auto consider = [&](int entry, int similarity) {
            if (similarity < settings.minNameSimilarity || !inScope(payment, names[entry].account))
                return;
            const NameEntry &name = names[entry];
            int score = similarity;
            if (!payer.legalEntity.isEmpty() && !name.legalEntity.isEmpty() &&
                payer.legalEntity != name.legalEntity)
                score -= LegalFormPenalty;
            Scored &best = bestOfAccount[name.account];
            if (score > best.score)
                best = {entry, similarity, score};
        };

        for (const int entry : namesByKey.value(payer.key))
            consider(entry, 1000);

        // Shortlist by shared kana bigrams (Dice coefficient), then the real similarity on a few.
        // The counters live per thread (match() is const and may run on several threads at once)
        // and are put back to zero after each use, so a lookup costs what its postings cost.
        thread_local std::vector<quint16> sharedCounts;
        if (sharedCounts.size() < names.size())
            sharedCounts.resize(names.size(), 0);
        const std::vector<quint32> grams = bigramsOf(payer.key);
        std::vector<int> touched;
        touched.reserve(1024);
        for (const quint32 gram : grams) {
            const auto postings = namesByBigram.constFind(bigramKey(payment.clientId, gram));
            if (postings == namesByBigram.constEnd() || postings->size() > StopBigramPostings)
                continue;
            for (const int entry : *postings) {
                if (sharedCounts[std::size_t(entry)]++ == 0)
                    touched.push_back(entry);
            }
        }
        std::vector<std::pair<int, int>> shortlist; // (dice per mille, entry)
        for (const int entry : touched) {
            const int shared = sharedCounts[std::size_t(entry)];
            sharedCounts[std::size_t(entry)] = 0;
            if (!inScope(payment, names[std::size_t(entry)].account))
                continue; // another client's debtor: it did not pay into this client's account
            const int dice = 2000 * shared / (int(grams.size()) + names[std::size_t(entry)].bigramCount);
            if (dice >= MinBigramDice)
                shortlist.emplace_back(dice, entry);
        }
        const std::size_t kept = std::min(shortlist.size(), NameShortlist);
        std::partial_sort(shortlist.begin(), shortlist.begin() + std::ptrdiff_t(kept), shortlist.end(),
                          [](const auto &a, const auto &b) {
                              return a.first > b.first || (a.first == b.first && a.second < b.second);
                          });
        for (std::size_t i = 0; i < kept; ++i) {
            const NameEntry &name = names[shortlist[i].second];
            if (name.key != payer.key)
                consider(shortlist[i].second, payerNameSimilarity(payer.key, name.key));
        }
        if (bestOfAccount.isEmpty())
            return;

        // Best score per debtor: two debtors (not two accounts of one debtor) within the margin tie.
        QHash<qint64, int> bestOfDebtor;
        for (auto it = bestOfAccount.cbegin(); it != bestOfAccount.cend(); ++it) {
            const qint64 debtorId = accounts[it.key()].debtorId;
            bestOfDebtor[debtorId] = std::max(bestOfDebtor.value(debtorId, 0), it->score);
        }
        int top = 0;
        for (const int score : std::as_const(bestOfDebtor))
            top = std::max(top, score);

        std::vector<std::pair<int, int>> ranked; // (score, account), best first
        for (auto it = bestOfAccount.cbegin(); it != bestOfAccount.cend(); ++it)
            ranked.emplace_back(it->score, it.key());
        std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        });
        // Every namesake stays (the amount may settle which one paid), up to a bound; weaker names
        // only up to MaxNameAccounts.
        const auto tied = std::count_if(ranked.cbegin(), ranked.cend(), [&](const auto &entry) {
            return entry.first >= top - settings.nameTieMargin;
        });
        const std::size_t keep = std::size_t(
            std::min<qsizetype>(MaxNamesakeAccounts, std::max<qsizetype>(MaxNameAccounts, qsizetype(tied))));
        if (ranked.size() > keep)
            ranked.resize(keep);

        for (const auto &[score, a] : ranked) {
            const Scored &best = bestOfAccount[a];
            const NameEntry &name = names[best.entry];
            QString evidence = Text::tr("Payer name %1 matches %2 of %3 (%4%)")
                                   .arg(payment.payerName, name.spelling, label(accounts[a]))
                                   .arg(percentOf(best.similarity));
            if (best.score < best.similarity)
                evidence += Text::tr(", but the legal form differs (%1 / %2)")
                                .arg(payer.legalEntity, name.legalEntity);

            Identification identification{MatchMethod::Name,
                                          score >= 1000 ? ExactNameStrength
                                                        : std::max(0, score) * NameStrengthNumerator /
                                                              NameStrengthDenominator,
                                          {a},
                                          -1,
                                          evidence,
                                          false,
                                          {},
                                          score};
            if (score >= top - settings.nameTieMargin) {
                // Which other debtor is as close: the clerk must see whom the name could also be.
                for (const auto &[otherScore, other] : ranked) {
                    if (accounts[other].debtorId != accounts[a].debtorId &&
                        otherScore >= top - settings.nameTieMargin) {
                        identification.nameTie = true;
                        identification.tieNote =
                            Text::tr("not applied automatically: the name of %1 is as close (%2%)")
                                .arg(label(accounts[other]))
                                .arg(percentOf(bestOfAccount[other].similarity));
                        break;
                    }
                }
            }
            out.append(identification);
        }
    }

    // The amount settles who paid among the debtors whose names fit: when only one of them owes it
    // (exactly, less a usual fee, or as invoices together), the others would have to have paid a sum
    // they do not owe. A namesake tie is then lifted, and a near name (a typing slip) is confirmed,
    // provided no other debtor's name is closer.
    void settleByAmount(std::vector<Ranked> &ranked) const
    {
        QList<qint64> owing;
        int bestScore = 0;
        for (const Ranked &entry : ranked) {
            if (entry.candidate.method != MatchMethod::Name)
                continue;
            bestScore = std::max(bestScore, entry.nameScore);
            const qint64 debtorId = debtorOf(entry.candidate.accountId);
            if (entry.evidence >= SettlingEvidence && !owing.contains(debtorId))
                owing.append(debtorId);
        }
        if (owing.size() != 1)
            return;
        for (Ranked &entry : ranked) {
            if (entry.candidate.method != MatchMethod::Name || entry.evidence < SettlingEvidence ||
                debtorOf(entry.candidate.accountId) != owing.first())
                continue;
            QStringList notes;
            if (entry.nameTie) {
                entry.nameTie = false;
                notes.append(
                    Text::tr("another debtor's name is as close, but only this one owes the amount"));
            }
            if (entry.nameScore >= CorroboratedNameSimilarity && entry.nameScore < 1000 &&
                entry.nameScore >= bestScore - settings.nameTieMargin &&
                entry.strength < CorroboratedNameStrength) {
                entry.strength = CorroboratedNameStrength;
                notes.append(Text::tr("no other debtor with a similar name owes the amount"));
            }
            if (notes.isEmpty())
                continue;
            entry.candidate.confidence = int(qint64(entry.strength) * entry.evidence / 1000);
            entry.candidate.reason = entry.reason + separator() + notes.join(separator());
        }
    }

    // Nobody identified owes the amount: open invoices of the client with exactly that balance, a
    // few oldest ones, for the clerk to judge (a parent company, a name never seen).
    void offerByAmount(const Payment &payment, std::vector<Ranked> &ranked) const
    {
        std::vector<int> found;
        for (const int i : invoicesByBalance.value(payment.amount.value())) {
            const OpenInvoice &invoice = invoices[i];
            if (invoice.balance != payment.amount || !plausible(invoice, payment) ||
                !inScope(payment, accountById.value(invoice.accountId)) ||
                std::find(found.begin(), found.end(), i) != found.end())
                continue;
            found.push_back(i);
        }
        if (found.empty() || found.size() > std::size_t(MaxAmountOnlyInvoices))
            return;
        std::sort(found.begin(), found.end(), [this](int a, int b) { return older(a, b); });
        for (std::size_t k = 0; k < found.size() && k < std::size_t(AmountOnlyShown); ++k) {
            const int i = found[k];
            const bool known = std::any_of(ranked.cbegin(), ranked.cend(), [&](const Ranked &entry) {
                return entry.candidate.accountId == invoices[i].accountId;
            });
            if (known)
                continue; // the account is a candidate already, by a better reason
            Ranked entry;
            Reading reading = inFull({i}, payment);
            entry.candidate.accountId = reading.accountId;
            entry.candidate.allocations = reading.allocations;
            entry.candidate.method = MatchMethod::Amount;
            entry.strength = AmountOnlyStrength;
            entry.evidence = found.size() == 1 ? ExactEvidence : ExactOldestEvidence;
            entry.candidate.confidence = int(qint64(entry.strength) * entry.evidence / 1000);
            const PayerAccount &account = accounts[std::size_t(accountById.value(invoices[i].accountId))];
            entry.candidate.reason =
                found.size() == 1
                    ? Text::tr("Payer name %1 is not known; the amount equals invoice %2 of %3")
                          .arg(payment.payerName, invoices[i].number, label(account))
                    : Text::tr("Payer name %1 is not known; the amount equals invoice %2 of %3, one of "
                               "%4 open invoices of that amount")
                          .arg(payment.payerName, invoices[i].number, label(account))
                          .arg(found.size());
            entry.reason = entry.candidate.reason;
            ranked.push_back(std::move(entry));
        }
    }

    QList<Identification> identify(const Payment &payment, const PayerName &payer) const
    {
        QList<Identification> found;
        identifyByVirtualAccount(payment, found);
        QStringList nameTokens = referenceTokens(payment.payerName);
        for (const QString &number : payer.numbers) {
            const QString key = referenceKey(number);
            if (!nameTokens.contains(key))
                nameTokens.append(key);
        }
        identifyByReference(nameTokens, false, found);
        identifyByReference(referenceTokens(payment.ediInfo), true, found);
        identifyByAlias(payment, payer, found);
        // Money on a debtor's virtual account is that debtor's: a name resembling another debtor's
        // would only put a stranger with a coincidental amount above the real payer's partial payment.
        const bool onVirtualAccount = std::any_of(found.cbegin(), found.cend(), [](const Identification &i) {
            return i.method == MatchMethod::VirtualAccount;
        });
        if (!onVirtualAccount)
            identifyByName(payment, payer, found);
        // Money in a client's account pays that client's invoices only.
        QList<Identification> inClient;
        for (Identification &identification : found) {
            std::erase_if(identification.accounts, [&](int a) { return !inScope(payment, a); });
            if (!identification.accounts.empty())
                inClient.append(std::move(identification));
        }
        return inClient;
    }

    bool inScope(const Payment &payment, int account) const
    {
        return payment.clientId == 0 || accounts[std::size_t(account)].clientId == payment.clientId;
    }

    std::vector<Yen> feesOf(int account) const
    {
        std::vector<Yen> fees;
        if (accounts[account].learnedFee && accounts[account].learnedFee->value() > 0)
            fees.push_back(*accounts[account].learnedFee);
        for (const Yen fee : settings.knownFees) {
            if (fee.value() > 0 && std::find(fees.begin(), fees.end(), fee) == fees.end())
                fees.push_back(fee);
        }
        return fees;
    }

    bool isLearnedFee(int invoice, Yen fee) const
    {
        const std::optional<Yen> learned =
            accounts[accountById.value(invoices[invoice].accountId)].learnedFee;
        return learned && *learned == fee;
    }

    Reading inFull(const std::vector<int> &paid, const Payment &payment) const
    {
        Reading reading;
        reading.accountId = invoices[paid.front()].accountId;
        Yen total;
        for (const int i : paid) {
            reading.allocations.append({invoices[i].invoiceId, invoices[i].balance});
            total += invoices[i].balance;
        }
        reading.fee = total - payment.amount;
        return reading;
    }

    QString numbersOf(const std::vector<int> &paid) const
    {
        QStringList numbers;
        for (const int i : paid)
            numbers.append(invoices[i].number);
        return numbers.join(u", "_s);
    }

    QString feeText(int invoice, Yen fee, const QString &numbers) const
    {
        return (isLearnedFee(invoice, fee)
                    ? Text::tr("short by %1 yen: the fee this debtor deducted before; pays %2")
                    : Text::tr("short by %1 yen: bank fee deducted by the payer; pays %2"))
            .arg(fee.toString(), numbers);
    }

    // The invoice(s) a reference named pays, when the amount fits it exactly or short by a fee.
    std::optional<Reading> readReferenced(int invoice, const Payment &payment) const
    {
        const OpenInvoice &named = invoices[invoice];
        if (named.balance == payment.amount) {
            Reading reading = inFull({invoice}, payment);
            reading.evidence = ExactEvidence;
            reading.text = Text::tr("amount equals invoice %1").arg(named.number);
            return reading;
        }
        const Yen shortBy = named.balance - payment.amount;
        const std::vector<Yen> fees = feesOf(accountById.value(named.accountId));
        if (std::find(fees.begin(), fees.end(), shortBy) != fees.end()) {
            Reading reading = inFull({invoice}, payment);
            reading.evidence = isLearnedFee(invoice, shortBy) ? LearnedFeeEvidence : KnownFeeEvidence;
            reading.text = feeText(invoice, shortBy, named.number);
            return reading;
        }
        if (payment.amount < named.balance) {
            Reading reading;
            reading.accountId = named.accountId;
            reading.allocations.append({named.invoiceId, payment.amount});
            reading.partial = true;
            reading.evidence = PartialEvidence;
            reading.text = Text::tr("pays invoice %1 in part; %2 yen remain")
                               .arg(named.number, (named.balance - payment.amount).toString());
            return reading;
        }
        return std::nullopt;
    }

    QList<Reading> read(const Identification &identification, const Payment &payment) const
    {
        // The open invoices the payment can pay: with money owing and issued by the payment date.
        std::vector<int> open;
        std::vector<int> issuedLater;
        for (const int a : identification.accounts) {
            for (const int i : invoicesOf(a)) {
                if (invoices[i].balance.value() <= 0)
                    continue;
                (plausible(invoices[i], payment) ? open : issuedLater).push_back(i);
            }
        }
        if (identification.accounts.size() > 1)
            std::sort(open.begin(), open.end(), [this](int a, int b) { return older(a, b); });

        // Why an invoice the clerk may expect was passed over.
        QString dateNote;
        for (const int i : issuedLater) {
            if (i == identification.referencedInvoice || invoices[i].balance == payment.amount) {
                dateNote =
                    separator() + Text::tr("invoice %1 was issued after the payment (%2)")
                                      .arg(invoices[i].number, invoices[i].issueDate.toString(Qt::ISODate));
                break;
            }
        }

        QList<Reading> readings = readAmount(identification, open, payment);
        for (Reading &reading : readings)
            reading.text += dateNote;
        return readings;
    }

    QList<Reading> readAmount(const Identification &identification, const std::vector<int> &open,
                              const Payment &payment) const
    {
        const int named = identification.referencedInvoice;
        if (named >= 0 && std::find(open.begin(), open.end(), named) != open.end()) {
            if (std::optional<Reading> reading = readReferenced(named, payment))
                return {*reading};
        }

        // 1. Exactly the amount of one invoice; of several such, the oldest of each account (an
        // account paying one of two equal monthly invoices pays the older one).
        QList<Reading> exact;
        int sameAmount = 0;
        for (const int i : open) {
            if (invoices[i].balance != payment.amount)
                continue;
            ++sameAmount;
            const bool accountTaken = std::any_of(exact.cbegin(), exact.cend(), [&](const Reading &r) {
                return r.accountId == invoices[i].accountId;
            });
            if (!accountTaken)
                exact.append(inFull({i}, payment));
        }
        for (Reading &reading : exact) {
            const OpenInvoice &invoice = invoices[invoiceById.value(reading.allocations.front().invoiceId)];
            reading.evidence = sameAmount == 1 ? ExactEvidence : ExactOldestEvidence;
            reading.text =
                sameAmount == 1
                    ? Text::tr("amount equals invoice %1").arg(invoice.number)
                    : Text::tr("amount equals invoice %1, the oldest of %2 open invoices of that amount")
                          .arg(invoice.number)
                          .arg(sameAmount);
        }
        if (!exact.isEmpty())
            return exact;

        std::vector<Yen> balances;
        balances.reserve(open.size());
        for (const int i : open)
            balances.push_back(invoices[i].balance);
        const auto invoicesAt = [&](const std::vector<std::size_t> &positions) {
            std::vector<int> paid;
            for (const std::size_t p : positions)
                paid.push_back(open[p]);
            return paid;
        };

        // 2. Several invoices that add up to the amount.
        {
            CombinationSearch search(balances, {payment.amount}, settings.maxInvoicesCombined,
                                     settings.maxCombinationNodes);
            const std::vector<std::size_t> found = search.find();
            if (!found.empty()) {
                const std::vector<int> paid = invoicesAt(found);
                Reading reading = inFull(paid, payment);
                reading.evidence = std::max(CombinationFloor,
                                            CombinationEvidence - PerExtraInvoice * (int(paid.size()) - 2));
                reading.text = Text::tr("amount equals invoices %1 together").arg(numbersOf(paid));
                return {reading};
            }
        }

        // 3. One invoice short by a fee: the learned fee first, then the oldest with a usual fee.
        {
            int learned = -1;
            int known = -1;
            for (const int i : open) {
                const Yen shortBy = invoices[i].balance - payment.amount;
                if (shortBy.value() <= 0)
                    continue;
                if (learned < 0 && isLearnedFee(i, shortBy))
                    learned = i;
                else if (known < 0 && std::find(settings.knownFees.cbegin(), settings.knownFees.cend(),
                                                shortBy) != settings.knownFees.cend())
                    known = i;
            }
            const int i = learned >= 0 ? learned : known;
            if (i >= 0) {
                Reading reading = inFull({i}, payment);
                reading.evidence = learned >= 0 ? LearnedFeeEvidence : KnownFeeEvidence;
                reading.text = feeText(i, reading.fee, invoices[i].number);
                return {reading};
            }
        }

        // 4. Several invoices short by a fee.
        {
            std::vector<Yen> targets;
            for (const int a : identification.accounts) {
                for (const Yen fee : feesOf(a)) {
                    const Yen target = payment.amount + fee;
                    if (std::find(targets.begin(), targets.end(), target) == targets.end())
                        targets.push_back(target);
                }
            }
            CombinationSearch search(balances, targets, settings.maxInvoicesCombined,
                                     settings.maxCombinationNodes);
            const std::vector<std::size_t> found = search.find();
            if (!found.empty()) {
                const std::vector<int> paid = invoicesAt(found);
                Reading reading = inFull(paid, payment);
                const int base =
                    isLearnedFee(paid.front(), reading.fee) ? LearnedFeeEvidence : KnownFeeEvidence;
                reading.evidence =
                    std::max(FeeCombinationFloor,
                             base - FeeCombinationPenalty - PerExtraInvoice * (int(paid.size()) - 2));
                reading.text = feeText(paid.front(), reading.fee, numbersOf(paid));
                return {reading};
            }
        }

        // 5. Oldest first: part of what is open, or all of it and the rest kept as credit.
        Reading reading;
        reading.accountId = open.empty() ? accounts[identification.accounts.front()].accountId
                                         : invoices[open.front()].accountId;
        if (open.empty()) {
            reading.unapplied = payment.amount;
            reading.evidence = CreditOnlyEvidence;
            reading.text = Text::tr("no open invoice; kept as credit");
            return {reading};
        }
        Yen remaining = payment.amount;
        Yen totalOpen;
        for (const int i : open) {
            totalOpen += invoices[i].balance;
            if (remaining.value() <= 0)
                continue;
            const Yen take = std::min(remaining, invoices[i].balance);
            reading.allocations.append({invoices[i].invoiceId, take});
            remaining -= take;
            reading.partial = take < invoices[i].balance;
        }
        reading.unapplied = remaining;
        if (!reading.partial && reading.unapplied.isZero()) {
            // Paid up to some invoice exactly: more invoices than the search combines, oldest first.
            reading.evidence = OldestRunEvidence;
            reading.text = Text::tr("amount equals the %1 oldest open invoices together")
                               .arg(reading.allocations.size());
        } else if (reading.partial) {
            reading.evidence = reading.allocations.size() == 1 ? PartialEvidence : PartialSpanningEvidence;
            reading.text = Text::tr("partial payment: %1 yen of %2 yen open, oldest invoice first")
                               .arg(payment.amount.toString(), totalOpen.toString());
        } else if (reading.unapplied <= settings.smallOverpayment &&
                   reading.unapplied.value() * 20 <= totalOpen.value()) {
            reading.evidence = SmallOverpaymentEvidence;
            reading.text = Text::tr("all open invoices (%1 yen) paid and %2 yen more, kept as credit")
                               .arg(totalOpen.toString(), reading.unapplied.toString());
        } else {
            reading.evidence = OverpaymentEvidence;
            reading.text = Text::tr("%1 yen more than all open invoices (%2 yen); kept as credit")
                               .arg(reading.unapplied.toString(), totalOpen.toString());
        }
        return {reading};
    }
};

MatchEngine::MatchEngine(QList<PayerAccount> accounts, QList<OpenInvoice> invoices, QList<PayerAlias> aliases,
                         MatchSettings settings)
    : d(std::make_unique<Data>())
{
    d->settings = std::move(settings);
    d->accounts.reserve(accounts.size());
    d->accountById.reserve(accounts.size());
    for (const PayerAccount &account : std::as_const(accounts)) {
        if (d->accountById.contains(account.accountId))
            continue;
        d->accountById.insert(account.accountId, int(d->accounts.size()));
        d->accounts.push_back(account);
    }

    d->invoices.reserve(invoices.size());
    d->invoiceById.reserve(invoices.size());
    for (const OpenInvoice &invoice : std::as_const(invoices)) {
        if (invoice.balance.value() <= 0 || d->invoiceById.contains(invoice.invoiceId))
            continue;
        d->accountIndex(invoice.accountId);
        d->invoiceById.insert(invoice.invoiceId, int(d->invoices.size()));
        d->invoices.push_back(invoice);
    }
    std::vector<int> accountOfInvoice(d->invoices.size());
    std::vector<std::size_t> counts(d->accounts.size() + 1, 0);
    d->invoicesByNumber.reserve(qsizetype(d->invoices.size()));
    d->sameNumber.assign(d->invoices.size(), -1);
    for (std::size_t i = 0; i < d->invoices.size(); ++i) {
        accountOfInvoice[i] = d->accountById.value(d->invoices[i].accountId);
        ++counts[std::size_t(accountOfInvoice[i]) + 1];
        if (d->invoices[i].number.isEmpty())
            continue;
        const QString number = referenceKey(d->invoices[i].number);
        const auto known = d->invoicesByNumber.find(number);
        if (known == d->invoicesByNumber.end()) {
            d->invoicesByNumber.insert(number, int(i));
        } else {
            d->sameNumber[i] = *known;
            *known = int(i);
        }
    }
    d->invoicesByAccount.reserve(d->invoices.size());
    d->invoicesByBalance.reserve(qsizetype(d->invoices.size()));
    for (int i = 0; i < int(d->invoices.size()); ++i) {
        d->invoicesByAccount.push_back(i);
        d->invoicesByBalance[d->invoices[std::size_t(i)].balance.value()].push_back(i);
    }
    std::sort(d->invoicesByAccount.begin(), d->invoicesByAccount.end(), [&](int a, int b) {
        if (accountOfInvoice[a] != accountOfInvoice[b])
            return accountOfInvoice[a] < accountOfInvoice[b];
        return d->older(a, b);
    });
    d->invoicesStart.resize(d->accounts.size() + 1);
    for (std::size_t a = 0; a < d->accounts.size(); ++a)
        counts[a + 1] += counts[a];
    d->invoicesStart = std::move(counts);

    for (int a = 0; a < int(d->accounts.size()); ++a) {
        const PayerAccount &account = d->accounts[a];
        d->accountsOfDebtor[account.debtorId].push_back(a);
        const QString virtualAccount = accountNumberKey(account.virtualAccount);
        if (!virtualAccount.isEmpty())
            d->accountsByVirtualAccount[virtualAccount].push_back(a);
        if (!account.customerCode.isEmpty())
            d->accountsByCustomerCode[referenceKey(account.customerCode)].push_back(a);
    }

    for (const PayerAlias &alias : std::as_const(aliases)) {
        if (!alias.key.isEmpty())
            d->aliasesByKey[alias.key].append(alias);
    }

    d->indexNames();
}

MatchEngine::~MatchEngine() = default;

MatchResult MatchEngine::match(const Payment &payment) const
{
    MatchResult result;
    result.paymentId = payment.id;
    if (payment.amount.value() <= 0)
        return result;

    const PayerName payer = parsePayerName(payment.payerName);
    std::vector<Ranked> ranked;
    for (const Identification &identification : d->identify(payment, payer)) {
        for (const Reading &reading : d->read(identification, payment)) {
            Ranked entry;
            MatchCandidate &candidate = entry.candidate;
            candidate.accountId = reading.accountId;
            candidate.allocations = reading.allocations;
            candidate.fee = reading.fee;
            candidate.unapplied = reading.unapplied;
            candidate.partial = reading.partial;
            candidate.method = identification.method;
            candidate.confidence = int(qint64(identification.strength) * reading.evidence / 1000);
            candidate.reason = identification.evidence + separator() + reading.text;
            entry.strength = identification.strength;
            entry.evidence = reading.evidence;
            entry.reason = candidate.reason;
            entry.nameScore = identification.nameScore;
            if (identification.nameTie) {
                candidate.confidence = std::min(candidate.confidence, NameTieCeiling);
                candidate.reason += separator() + identification.tieNote;
                entry.nameTie = true;
            }
            ranked.push_back(std::move(entry));
        }
    }
    d->settleByAmount(ranked);
    if (std::none_of(ranked.cbegin(), ranked.cend(),
                     [](const Ranked &entry) { return entry.evidence >= SettlingEvidence; }))
        d->offerByAmount(payment, ranked);

    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.candidate.confidence != b.candidate.confidence)
            return a.candidate.confidence > b.candidate.confidence;
        if (a.candidate.method != b.candidate.method)
            return a.candidate.method < b.candidate.method;
        return a.candidate.accountId < b.candidate.accountId;
    });
    // One reading reached by two stages (virtual account and name) is shown once, at its best.
    std::vector<Ranked> distinct;
    for (Ranked &entry : ranked) {
        const bool seen = std::any_of(distinct.cbegin(), distinct.cend(), [&](const Ranked &kept) {
            return kept.candidate.accountId == entry.candidate.accountId &&
                   kept.candidate.allocations == entry.candidate.allocations &&
                   kept.candidate.fee == entry.candidate.fee &&
                   kept.candidate.unapplied == entry.candidate.unapplied;
        });
        if (!seen)
            distinct.push_back(std::move(entry));
    }
    if (distinct.empty())
        return result;

    const Ranked &best = distinct.front();
    const bool rival = std::any_of(distinct.cbegin() + 1, distinct.cend(), [&](const Ranked &other) {
        return other.candidate.accountId != best.candidate.accountId &&
               other.candidate.confidence >= best.candidate.confidence - d->settings.rivalMargin;
    });
    result.autoApply = best.candidate.confidence >= d->settings.autoThreshold && !best.nameTie && !rival &&
                       best.candidate.method != MatchMethod::Amount;

    const std::size_t shown = std::min(distinct.size(), std::size_t(std::max(1, d->settings.maxCandidates)));
    for (std::size_t i = 0; i < shown; ++i)
        result.candidates.append(std::move(distinct[i].candidate));
    return result;
}

QList<MatchResult> MatchEngine::matchAll(const QList<Payment> &payments)
{
    QList<MatchResult> results;
    results.reserve(payments.size());
    for (const Payment &payment : payments) {
        MatchResult result = match(payment);
        if (result.autoApply)
            apply(result.candidates.front().allocations);
        results.append(std::move(result));
    }
    return results;
}

void MatchEngine::apply(const QList<Allocation> &allocations)
{
    for (const Allocation &allocation : allocations) {
        const int i = d->invoiceById.value(allocation.invoiceId, -1);
        if (i < 0)
            continue; // an invoice this run does not know (closed meanwhile): nothing of it to take
        OpenInvoice &invoice = d->invoices[i];
        // A clerk may allocate more than is open (a correction booked elsewhere); the engine's view of
        // the invoice is then simply paid.
        invoice.balance = std::max(Yen(0), invoice.balance - allocation.amount);
        if (invoice.balance.value() > 0)
            d->invoicesByBalance[invoice.balance.value()].push_back(i);
    }
}

} // namespace kaishu::payments
