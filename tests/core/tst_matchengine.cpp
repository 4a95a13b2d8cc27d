#include "payments/MatchEngine.h"
#include "payments/PayerName.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using kaishu::money::Yen;
using namespace kaishu::payments;

namespace kaishu::payments {

// Readable QCOMPARE failures.
char *toString(const Allocation &allocation)
{
    return qstrdup(u"Allocation(%1, %2)"_s.arg(allocation.invoiceId)
                       .arg(allocation.amount.value())
                       .toUtf8()
                       .constData());
}

} // namespace kaishu::payments

namespace {

const QDate PaidOn(2026, 5, 20);

QList<Allocation> allocations(std::initializer_list<std::pair<qint64, qint64>> pairs)
{
    QList<Allocation> list;
    for (const auto &[invoiceId, amount] : pairs)
        list.append({invoiceId, Yen(amount)});
    return list;
}

// The inputs of one engine, built up by a test.
struct World
{
    QList<PayerAccount> accounts;
    QList<OpenInvoice> invoices;
    QList<PayerAlias> aliases;

    void account(qint64 accountId, qint64 debtorId, const QString &code, const QString &virtualAccount,
                 const QStringList &names, std::optional<Yen> learnedFee = std::nullopt)
    {
        accounts.append({accountId, debtorId, 1, code, virtualAccount, names, learnedFee});
    }

    void invoice(qint64 invoiceId, qint64 accountId, const QString &number, QDate issued, qint64 balance)
    {
        invoices.append({invoiceId, accountId, number, issued, issued.addMonths(1), Yen(balance)});
    }

    void alias(const QString &payerName, qint64 debtorId, const QString &bank = {},
               const QString &branch = {})
    {
        aliases.append({parsePayerName(payerName).key, bank, branch, debtorId});
    }
};

Payment payment(qint64 amount, const QString &payerName, const QString &receivingAccount = u"1234567"_s)
{
    Payment p;
    p.id = 1;
    p.valueDate = PaidOn;
    p.amount = Yen(amount);
    p.payerName = payerName;
    p.receivingAccountNumber = receivingAccount;
    return p;
}

// Two debtors with names, virtual accounts and open invoices, and unrelated neighbours so the name
// index has something to tell apart.
World standardWorld()
{
    World world;
    world.account(1, 101, u"K001"_s, u"3000001"_s,
                  {u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"ヤマダショウジ"_s, u"株式会社山田商事"_s});
    world.invoice(11, 1, u"C001-2026-000012"_s, QDate(2026, 3, 31), 55000);
    world.invoice(12, 1, u"C001-2026-000013"_s, QDate(2026, 4, 30), 33000);

    world.account(2, 102, u"K002"_s, u"3000002"_s,
                  {u"ｽｽﾞｷｺｳｷﾞﾖｳ(ﾕ"_s, u"スズキコウギョウ"_s, u"有限会社鈴木工業"_s});
    world.invoice(21, 2, u"C001-2026-000020"_s, QDate(2026, 2, 28), 12100);
    world.invoice(22, 2, u"C001-2026-000021"_s, QDate(2026, 3, 31), 24200);
    world.invoice(23, 2, u"C001-2026-000022"_s, QDate(2026, 4, 30), 36300);

    world.account(3, 103, u"K003"_s, u"3000003"_s, {u"ｶ)ﾀﾅｶﾃﾞﾝｷ"_s});
    world.invoice(31, 3, u"C001-2026-000030"_s, QDate(2026, 4, 15), 77000);
    world.account(4, 104, u"K004"_s, {}, {u"ﾏﾙﾔﾏｼﾖｳｶｲ(ｶ"_s});
    world.invoice(41, 4, u"C001-2026-000040"_s, QDate(2026, 4, 15), 55000);
    world.account(5, 105, u"K005"_s, {}, {u"ｲ)ｻｸﾗｶｲ"_s});
    world.invoice(51, 5, u"C001-2026-000050"_s, QDate(2026, 4, 15), 9900);
    return world;
}

// The invariants every candidate must keep, against the balances as they stood when it was made.
// `allowedAccounts` are the accounts a candidate may pay invoices of besides its own (a learned
// name standing for several debtors).
QString invariantBroken(const MatchResult &result, const Payment &paid, const QHash<qint64, Yen> &balances,
                        const QHash<qint64, qint64> &accountOfInvoice, const QSet<qint64> &allowedAccounts,
                        int autoThreshold)
{
    for (qsizetype c = 0; c < result.candidates.size(); ++c) {
        const MatchCandidate &candidate = result.candidates.at(c);
        const QString which = u"payment %1 candidate %2 (%3): "_s.arg(paid.id).arg(c).arg(candidate.reason);
        Yen allocated;
        QSet<qint64> seen;
        for (const Allocation &allocation : candidate.allocations) {
            if (allocation.amount.value() <= 0)
                return which + u"allocation of %1 yen"_s.arg(allocation.amount.value());
            if (!balances.contains(allocation.invoiceId))
                return which + u"unknown invoice %1"_s.arg(allocation.invoiceId);
            if (allocation.amount > balances.value(allocation.invoiceId))
                return which + u"invoice %1 gets %2, more than its balance %3"_s.arg(allocation.invoiceId)
                                   .arg(allocation.amount.value())
                                   .arg(balances.value(allocation.invoiceId).value());
            const qint64 account = accountOfInvoice.value(allocation.invoiceId);
            if (account != candidate.accountId && !allowedAccounts.contains(account))
                return which + u"invoice %1 belongs to account %2"_s.arg(allocation.invoiceId).arg(account);
            if (seen.contains(allocation.invoiceId))
                return which + u"invoice %1 allocated twice"_s.arg(allocation.invoiceId);
            seen.insert(allocation.invoiceId);
            allocated += allocation.amount;
        }
        if (allocated != paid.amount + candidate.fee - candidate.unapplied)
            return which + u"allocated %1 != amount %2 + fee %3 - unapplied %4"_s.arg(allocated.value())
                               .arg(paid.amount.value())
                               .arg(candidate.fee.value())
                               .arg(candidate.unapplied.value());
        if (candidate.fee.isNegative() || candidate.unapplied.isNegative())
            return which + u"negative fee or unapplied"_s;
        if (candidate.partial && !candidate.unapplied.isZero())
            return which + u"partial and unapplied at once"_s;
        if (candidate.confidence < 0 || candidate.confidence > 1000)
            return which + u"confidence %1"_s.arg(candidate.confidence);
        if (candidate.reason.isEmpty())
            return which + u"no reason"_s;
        if (c > 0 && candidate.confidence > result.candidates.at(c - 1).confidence)
            return which + u"not ordered by confidence"_s;
    }
    if (result.autoApply &&
        (result.candidates.isEmpty() || result.candidates.front().confidence < autoThreshold))
        return u"payment %1 applied automatically below the threshold"_s.arg(paid.id);
    return {};
}

// Half-width kana syllables as banks print them: names made of them look like real payer names.
const QStringList Syllables = {
    u"ｱ"_s,  u"ｲ"_s,  u"ｳ"_s,  u"ｴ"_s,  u"ｵ"_s,  u"ｶ"_s,  u"ｷ"_s,  u"ｸ"_s,  u"ｹ"_s,  u"ｺ"_s,
    u"ｻ"_s,  u"ｼ"_s,  u"ｽ"_s,  u"ｾ"_s,  u"ｿ"_s,  u"ﾀ"_s,  u"ﾁ"_s,  u"ﾂ"_s,  u"ﾃ"_s,  u"ﾄ"_s,
    u"ﾅ"_s,  u"ﾆ"_s,  u"ﾇ"_s,  u"ﾈ"_s,  u"ﾉ"_s,  u"ﾊ"_s,  u"ﾋ"_s,  u"ﾌ"_s,  u"ﾍ"_s,  u"ﾎ"_s,
    u"ﾏ"_s,  u"ﾐ"_s,  u"ﾑ"_s,  u"ﾒ"_s,  u"ﾓ"_s,  u"ﾔ"_s,  u"ﾕ"_s,  u"ﾖ"_s,  u"ﾗ"_s,  u"ﾘ"_s,
    u"ﾙ"_s,  u"ﾚ"_s,  u"ﾛ"_s,  u"ﾜ"_s,  u"ﾝ"_s,  u"ｶﾞ"_s, u"ｷﾞ"_s, u"ｸﾞ"_s, u"ｺﾞ"_s, u"ｻﾞ"_s,
    u"ｼﾞ"_s, u"ｽﾞ"_s, u"ｿﾞ"_s, u"ﾀﾞ"_s, u"ﾃﾞ"_s, u"ﾄﾞ"_s, u"ﾊﾞ"_s, u"ﾋﾞ"_s, u"ﾌﾞ"_s, u"ﾎﾞ"_s,
    u"ﾊﾟ"_s, u"ﾋﾟ"_s, u"ﾌﾟ"_s, u"ﾎﾟ"_s, u"ｼﾖ"_s, u"ｷﾖ"_s, u"ﾁﾔ"_s, u"ｼﾕ"_s, u"ｰ"_s};

QString syllables(QRandomGenerator &random, int count)
{
    QString name;
    for (int i = 0; i < count; ++i) {
        // A long-vowel mark never starts a name.
        const int pick = int(random.bounded(i == 0 ? Syllables.size() - 1 : Syllables.size()));
        name += Syllables.at(pick);
    }
    return name;
}

// A name's legal form the way banks write it, in front or behind.
QString withLegalForm(const QString &name, int form)
{
    switch (form % 4) {
    case 0:
        return name + u"(ｶ"_s;
    case 1:
        return u"ｶ)"_s + name;
    case 2:
        return u"ﾕ)"_s + name;
    default:
        return name;
    }
}

// A randomly generated but reproducible receivables book.
struct GeneratedBook
{
    World world;
    QStringList baseNames;           // per account index
    QList<QList<qint64>> invoicesOf; // per account index, oldest first
    QHash<qint64, qint64> accountOfInvoice;
    QHash<qint64, Yen> balances;
};

GeneratedBook generateBook(quint32 seed, int accountCount, int invoicesPerAccount, bool dateNoise)
{
    GeneratedBook book;
    QRandomGenerator random(seed);
    QSet<QString> keys;
    qint64 invoiceId = 1;
    for (int a = 0; a < accountCount; ++a) {
        QString name;
        do
            name = syllables(random, 3 + int(random.bounded(4)));
        while (keys.contains(parsePayerName(name).key));
        keys.insert(parsePayerName(name).key);
        book.baseNames.append(name);
        const qint64 accountId = a + 1;
        book.world.account(accountId, 100000 + accountId, u"K%1"_s.arg(accountId, 5, 10, QChar(u'0')),
                           QString::number(3000000 + accountId), {withLegalForm(name, a)},
                           a % 7 == 0 ? std::optional<Yen>(Yen(1100)) : std::nullopt);
        book.invoicesOf.append(QList<qint64>());
        const int count = 1 + int(random.bounded(2 * invoicesPerAccount - 1));
        for (int i = 0; i < count; ++i) {
            // Spread over the months before the payments; with dateNoise some come after them.
            const QDate issued = QDate(2026, 1, 31).addDays(int(random.bounded(dateNoise ? 130 : 100)));
            const qint64 balance = 10 * (100 + qint64(random.bounded(50000)));
            book.world.invoice(
                invoiceId, accountId,
                u"C%1-2026-%2"_s.arg(a % 1000, 3, 10, QChar(u'0')).arg(invoiceId, 6, 10, QChar(u'0')), issued,
                balance);
            book.accountOfInvoice.insert(invoiceId, accountId);
            book.balances.insert(invoiceId, Yen(balance));
            book.invoicesOf.last().append(invoiceId);
            ++invoiceId;
        }
        std::sort(book.invoicesOf.last().begin(), book.invoicesOf.last().end(), [&](qint64 x, qint64 y) {
            return book.world.invoices.at(x - 1).issueDate < book.world.invoices.at(y - 1).issueDate;
        });
    }
    return book;
}

// A payment of one of the ways payers really pay, for a random account of the book.
Payment generatePayment(QRandomGenerator &random, const GeneratedBook &book, qint64 id, int kind)
{
    const int a = int(random.bounded(qsizetype(book.baseNames.size())));
    const PayerAccount &account = book.world.accounts.at(a);
    const QList<qint64> &own = book.invoicesOf.at(a);
    const OpenInvoice &first = book.world.invoices.at(own.at(int(random.bounded(qsizetype(own.size())))) - 1);
    Payment p;
    p.id = id;
    p.valueDate = QDate(2026, 5, 20);
    p.amount = first.balance;
    p.payerName = withLegalForm(book.baseNames.at(a), a + 1); // another way of writing the legal form
    p.receivingAccountNumber = u"1234567"_s;
    switch (kind % 10) {
    case 0:
    case 1:
    case 2: // into the debtor's virtual account
        p.receivingAccountNumber = account.virtualAccount;
        break;
    case 3:
    case 4: // by name, with spacing
        p.payerName = book.baseNames.at(a).left(2) + u" "_s + book.baseNames.at(a).mid(2);
        break;
    case 5: // by name, less a bank fee
        p.amount = first.balance - Yen(660);
        break;
    case 6: // invoice number in the EDI field
        p.ediInfo = first.number;
        p.payerName = u"ﾌﾘｺﾐﾆﾝ"_s;
        break;
    case 7: // the two oldest invoices together
        if (own.size() > 1)
            p.amount =
                book.world.invoices.at(own.at(0) - 1).balance + book.world.invoices.at(own.at(1) - 1).balance;
        break;
    case 8: // part of an invoice
        p.amount = Yen(first.balance.value() / 2);
        break;
    default: // someone the book doesn't know, or an odd amount
        p.payerName = syllables(random, 5) + u"(ﾕ"_s;
        p.amount = Yen(1 + qint64(random.bounded(300000)));
        break;
    }
    return p;
}

// The standard world and a second debtor (K006, account 6) named registerName that owes 33,000
// yen like K001.
World withSecondDebtorOwing33000(const QString &registerName)
{
    World world = standardWorld();
    world.account(6, 106, u"K006"_s, {}, {registerName});
    world.invoice(61, 6, u"C001-2026-000060"_s, QDate(2026, 4, 1), 33000);
    return world;
}
} // namespace

class TestMatchEngine : public QObject
{
    Q_OBJECT

private slots:
    void methodCodes();
    void virtualAccount_data();
    void virtualAccount();
    void invoiceNumberInPayerName_data();
    void invoiceNumberInPayerName();
    void customerCodeInEdi();
    void aliasWithSendingBank_data();
    void aliasWithSendingBank();
    void aliasForSeveralDebtors();
    void nameVariants_data();
    void nameVariants();
    void nearNameNotConfirmedWhenAnotherOwesTheAmount();
    void nameIndexDoesNotMatchStrangers();
    void nameTieRefused();
    void amountSettlesANameTie();
    void rivalCandidatesRefused();
    void receivingClientDecidesBetweenNamesakes();
    void oneInvoice();
    void oldestOfEqualInvoices();
    void combinationOfThree();
    void combinationBeyondBound();
    void combinationNodeBudget();
    void fee_data();
    void fee();
    void learnedFee();
    void partialPayment_data();
    void partialPayment();
    void overpayment();
    void noOpenInvoiceKeptAsCredit();
    void paymentBeforeIssue();
    void competingPaymentsInMatchAll();
    void applyClerkAllocation();
    void matchChangesNothing();
    void confidenceOrdering();
    void unknownPayer();
    void randomizedInvariants();
    void syntheticVolume();
};

void TestMatchEngine::methodCodes()
{
    for (const MatchMethod method :
         {MatchMethod::VirtualAccount, MatchMethod::Reference, MatchMethod::LearnedAlias, MatchMethod::Name,
          MatchMethod::Amount, MatchMethod::Manual})
        QCOMPARE(matchMethodFromCode(toCode(method)), method);
    QCOMPARE(toCode(MatchMethod::VirtualAccount), u"virtual_account"_s);
    QCOMPARE(toCode(MatchMethod::LearnedAlias), u"alias"_s);
    QVERIFY(!matchMethodFromCode(u"fuzzy"_s));
}

void TestMatchEngine::virtualAccount_data()
{
    QTest::addColumn<QString>("receivingAccount");
    QTest::addColumn<QString>("payerName");
    QTest::newRow("zengin 01, own name") << u"3000001"_s << u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s;
    // A 03 statement writes the account as N10; the payer name says nothing about the debtor.
    QTest::newRow("zengin 03, other name") << u"0003000001"_s << u"ｶ)ｵｵｻﾜｺｳｻﾝ"_s;
}

void TestMatchEngine::virtualAccount()
{
    QFETCH(QString, receivingAccount);
    QFETCH(QString, payerName);
    const World world = standardWorld();
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    const MatchResult result = engine.match(payment(33000, payerName, receivingAccount));
    QVERIFY(!result.candidates.isEmpty());
    const MatchCandidate &best = result.candidates.front();
    QCOMPARE(best.method, MatchMethod::VirtualAccount);
    QCOMPARE(best.accountId, 1);
    QCOMPARE(best.allocations, allocations({{12, 33000}}));
    QCOMPARE(best.confidence, 990);
    QVERIFY(result.autoApply);
    QVERIFY2(best.reason.contains(u"virtual account 3000001 of K001"_s), qPrintable(best.reason));
    QVERIFY2(best.reason.contains(u"amount equals invoice C001-2026-000013"_s), qPrintable(best.reason));
}

void TestMatchEngine::invoiceNumberInPayerName_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("payerName");
    QTest::newRow("agency's number") << u"C001-2026-000020"_s << u"C001-2026-000020 ｵｵｻﾜｺｳｻﾝ"_s;
    QTest::newRow("digits in front") << u"7700123"_s << u"7700123 ｵｵｻﾜｺｳｻﾝ"_s;
    QTest::newRow("digits behind") << u"7700123"_s << u"ｵｵｻﾜｺｳｻﾝ 7700123"_s;
}

void TestMatchEngine::invoiceNumberInPayerName()
{
    QFETCH(QString, number);
    QFETCH(QString, payerName);
    World world = standardWorld();
    world.invoices[2].number = number; // invoice 21 of K002, 12,100 yen
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    const MatchResult result = engine.match(payment(12100, payerName));
    QVERIFY(!result.candidates.isEmpty());
    const MatchCandidate &best = result.candidates.front();
    QCOMPARE(best.method, MatchMethod::Reference);
    QCOMPARE(best.accountId, 2);
    QCOMPARE(best.allocations, allocations({{21, 12100}}));
    QCOMPARE(best.confidence, 975); // InvoiceReferenceStrength × the exact amount
    QVERIFY(result.autoApply);
    QVERIFY2(best.reason.contains(u"Invoice %1 named in the payer name"_s.arg(number)),
             qPrintable(best.reason));
}

void TestMatchEngine::customerCodeInEdi()
{
    const World world = standardWorld();
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    Payment paid = payment(36300, u"ｵｵｻﾜｺｳｻﾝ"_s);
    paid.ediInfo = u"k002 ｺﾞｾｲｷﾕｳ"_s; // lower case, as a payer may type it
    const MatchResult result = engine.match(paid);
    QVERIFY(!result.candidates.isEmpty());
    const MatchCandidate &best = result.candidates.front();
    QCOMPARE(best.method, MatchMethod::Reference);
    QCOMPARE(best.accountId, 2);
    QCOMPARE(best.allocations, allocations({{23, 36300}}));
    QCOMPARE(best.confidence, 930);
    QVERIFY(result.autoApply);
    QVERIFY2(best.reason.contains(u"Customer code K002 named in the EDI information"_s),
             qPrintable(best.reason));
}

void TestMatchEngine::aliasWithSendingBank_data()
{
    QTest::addColumn<QString>("sendingBank");
    QTest::addColumn<QString>("sendingBranch");
    QTest::addColumn<int>("confidence");
    QTest::addColumn<bool>("autoApply");
    QTest::addColumn<QString>("evidence");
    QTest::newRow("same bank and branch")
        << u"ﾐﾂﾋﾞｼUFJ"_s << u"ｼﾝｼﾞﾕｸ"_s << 970 << true << u"from ﾐﾂﾋﾞｼUFJ ｼﾝｼﾞﾕｸ was confirmed for K003"_s;
    QTest::newRow("bank not written")
        << QString() << QString() << 900 << true << u"was confirmed for K003 before"_s;
    QTest::newRow("another bank") << u"ﾐｽﾞﾎ"_s << u"ﾄｳｷﾖｳ"_s << 750 << false << u"but from another bank"_s;
}

void TestMatchEngine::aliasWithSendingBank()
{
    QFETCH(QString, sendingBank);
    QFETCH(QString, sendingBranch);
    QFETCH(int, confidence);
    QFETCH(bool, autoApply);
    QFETCH(QString, evidence);
    World world = standardWorld();
    // The clerk once tied this payer (a trading name nothing like the register's) to K003.
    world.alias(u"ﾃﾞﾝｷﾉﾀﾅｶ"_s, 103, u"ﾐﾂﾋﾞｼUFJ"_s, u"ｼﾝｼﾞﾕｸ"_s);
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    Payment paid = payment(77000, u"ﾃﾞﾝｷﾉ ﾀﾅｶ"_s); // spaced differently than when it was learned
    paid.sendingBank = sendingBank;
    paid.sendingBranch = sendingBranch;
    const MatchResult result = engine.match(paid);
    QVERIFY(!result.candidates.isEmpty());
    const MatchCandidate &best = result.candidates.front();
    QCOMPARE(best.method, MatchMethod::LearnedAlias);
    QCOMPARE(best.accountId, 3);
    QCOMPARE(best.allocations, allocations({{31, 77000}}));
    QCOMPARE(best.confidence, confidence);
    QCOMPARE(result.autoApply, autoApply);
    QVERIFY2(best.reason.contains(evidence), qPrintable(best.reason));
}

void TestMatchEngine::aliasForSeveralDebtors()
{
    World world = standardWorld();
    // A holding company pays for its two subsidiaries K004 (debtor 104) and K005 (debtor 105).
    world.alias(u"ｶ)ﾏﾙﾔﾏﾎｰﾙﾃﾞｲﾝｸﾞｽ"_s, 104);
    world.alias(u"ｶ)ﾏﾙﾔﾏﾎｰﾙﾃﾞｲﾝｸﾞｽ"_s, 105);
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);

    // One subsidiary's invoice.
    MatchResult result = engine.match(payment(9900, u"ﾏﾙﾔﾏﾎｰﾙﾃﾞｲﾝｸﾞｽ(ｶ"_s));
    QVERIFY(!result.candidates.isEmpty());
    QCOMPARE(result.candidates.front().method, MatchMethod::LearnedAlias);
    QCOMPARE(result.candidates.front().accountId, 5);
    QCOMPARE(result.candidates.front().allocations, allocations({{51, 9900}}));
    QVERIFY(result.autoApply);
    QVERIFY2(result.candidates.front().reason.contains(u"K004, K005"_s),
             qPrintable(result.candidates.front().reason));

    // Both subsidiaries' invoices in one transfer.
    result = engine.match(payment(55000 + 9900, u"ﾏﾙﾔﾏﾎｰﾙﾃﾞｲﾝｸﾞｽ(ｶ"_s));
    QVERIFY(!result.candidates.isEmpty());
    const MatchCandidate &both = result.candidates.front();
    QCOMPARE(both.method, MatchMethod::LearnedAlias);
    QCOMPARE(both.allocations, allocations({{41, 55000}, {51, 9900}}));
    QVERIFY(both.accountId == 4 || both.accountId == 5);
    QVERIFY2(both.reason.contains(u"C001-2026-000040, C001-2026-000050"_s), qPrintable(both.reason));
}

void TestMatchEngine::nameVariants_data()
{
    QTest::addColumn<QString>("payerName");
    QTest::addColumn<bool>("exactKey");
    QTest::newRow("register spelling") << u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s << true;
    QTest::newRow("legal form in front") << u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s << true;
    QTest::newRow("spaced") << u"ﾔﾏﾀﾞ ｼﾖｳｼﾞ(ｶ"_s << true;
    QTest::newRow("small kana") << u"ﾔﾏﾀﾞｼｮｳｼﾞ"_s << true;
    QTest::newRow("unknown number in front") << u"9912345 ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s << true;
    QTest::newRow("full-width kana") << u"カ）ヤマダショウジ"_s << true;
    QTest::newRow("voiced mark lost") << u"ｶ)ﾔﾏﾀﾞｼﾖｳｼ"_s << false;
    QTest::newRow("kana added") << u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞｼﾞ"_s << false;
    QTest::newRow("kana dropped") << u"ｶ)ﾔﾏﾀﾞｼﾖｼﾞ"_s << false;
    QTest::newRow("swapped pair") << u"ｶ)ﾔﾏﾀﾞｼｳﾖｼﾞ"_s << false;
}

void TestMatchEngine::nameVariants()
{
    QFETCH(QString, payerName);
    QFETCH(bool, exactKey);
    const World world = standardWorld();
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    const MatchResult result = engine.match(payment(33000, payerName));
    QVERIFY(!result.candidates.isEmpty());
    const MatchCandidate &best = result.candidates.front();
    QCOMPARE(best.method, MatchMethod::Name);
    QCOMPARE(best.accountId, 1);
    QCOMPARE(best.allocations, allocations({{12, 33000}}));
    QVERIFY2(best.reason.contains(u"Payer name %1 matches"_s.arg(payerName)), qPrintable(best.reason));
    QVERIFY2(best.reason.contains(u"of K001"_s), qPrintable(best.reason));
    if (exactKey) {
        QCOMPARE(best.confidence, 960); // ExactNameStrength × the one invoice of the amount
        QVERIFY2(best.reason.contains(u"(100%)"_s), qPrintable(best.reason));
        QVERIFY(result.autoApply);
    } else {
        // A near spelling whose debtor alone owes the amount: the amount confirms the name.
        QCOMPARE(best.confidence, 940);
        QVERIFY2(best.reason.contains(u"no other debtor with a similar name owes the amount"_s),
                 qPrintable(best.reason));
        QVERIFY(result.autoApply);
        // The same spelling paying part of an invoice is only a good guess for the clerk.
        const MatchResult part = engine.match(payment(10000, payerName));
        QVERIFY(!part.candidates.isEmpty());
        QCOMPARE(part.candidates.front().accountId, 1);
        QVERIFY2(part.candidates.front().confidence >= 400 && part.candidates.front().confidence < 900,
                 qPrintable(QString::number(part.candidates.front().confidence)));
        QVERIFY(!part.autoApply);
    }
}

void TestMatchEngine::nearNameNotConfirmedWhenAnotherOwesTheAmount()
{
    // ﾔﾏﾀﾞｼﾖｳｶｲ is as near to the slip ﾔﾏﾀﾞｼﾖｳｼ as ﾔﾏﾀﾞｼﾖｳｼﾞ is, and owes 33,000 yen too.
    const World world = withSecondDebtorOwing33000(u"ﾔﾏﾀﾞｼﾖｳｶｲ(ｶ"_s);
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    const MatchResult result = engine.match(payment(33000, u"ｶ)ﾔﾏﾀﾞｼﾖｳｼ"_s));
    QVERIFY(result.candidates.size() >= 2);
    QVERIFY(!result.autoApply);
    for (const MatchCandidate &candidate : result.candidates) {
        QVERIFY2(candidate.confidence < 900, qPrintable(candidate.reason));
        QVERIFY2(!candidate.reason.contains(u"no other debtor"_s), qPrintable(candidate.reason));
    }
}

void TestMatchEngine::nameIndexDoesNotMatchStrangers()
{
    // Many accounts whose names share kana with the payer's: the shortlist must still find the one
    // debtor and not hand a stranger a candidate.
    World world = standardWorld();
    QRandomGenerator random(7);
    for (int i = 0; i < 2000; ++i) {
        const qint64 id = 1000 + i;
        world.account(id, id, u"X%1"_s.arg(i), {}, {u"ﾔﾏ"_s + syllables(random, 3) + u"(ｶ"_s});
        world.invoice(id, id, u"X-%1"_s.arg(i), QDate(2026, 4, 1), 33000);
    }
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    const MatchResult result = engine.match(payment(33000, u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s));
    QVERIFY(!result.candidates.isEmpty());
    QCOMPARE(result.candidates.front().accountId, 1);
    for (const MatchCandidate &candidate : result.candidates)
        QVERIFY2(candidate.confidence < 900 || candidate.accountId == 1, qPrintable(candidate.reason));
}

void TestMatchEngine::nameTieRefused()
{
    // Another company of the same name (a namesake in another city) with an invoice of 33,000 yen
    // too: the name cannot tell them apart and neither can the amount, so a clerk must decide.
    const World world = withSecondDebtorOwing33000(u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s);
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    const MatchResult result = engine.match(payment(33000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s));
    QVERIFY(result.candidates.size() >= 2);
    QVERIFY(!result.autoApply);
    const MatchCandidate &best = result.candidates.front();
    QVERIFY2(best.reason.contains(u"not applied automatically: the name of"_s), qPrintable(best.reason));
    QCOMPARE(best.confidence, 790); // a namesake is never shown as more than 79% sure
    QVERIFY(std::any_of(result.candidates.cbegin(), result.candidates.cend(),
                        [](const MatchCandidate &c) { return c.accountId == 6; }));
    QVERIFY(std::any_of(result.candidates.cbegin(), result.candidates.cend(),
                        [](const MatchCandidate &c) { return c.accountId == 1; }));

    // Not even a lenient threshold lets a tie through.
    MatchSettings lenient;
    lenient.autoThreshold = 500;
    const MatchEngine lenientEngine(world.accounts, world.invoices, world.aliases, lenient);
    QVERIFY(!lenientEngine.match(payment(33000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s)).autoApply);

    // The virtual account settles it even with the namesake around.
    const MatchResult paidIn = engine.match(payment(33000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"3000001"_s));
    QVERIFY(paidIn.autoApply);
    QCOMPARE(paidIn.candidates.front().method, MatchMethod::VirtualAccount);
}

void TestMatchEngine::amountSettlesANameTie()
{
    World world = standardWorld();
    // The namesake owes 12,345 yen only: a payment of 33,000 yen can only be K001's.
    world.account(6, 106, u"K006"_s, {}, {u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s});
    world.invoice(61, 6, u"C001-2026-000060"_s, QDate(2026, 4, 1), 12345);
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    const MatchResult result = engine.match(payment(33000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s));
    QVERIFY(result.autoApply);
    const MatchCandidate &best = result.candidates.front();
    QCOMPARE(best.accountId, 1);
    QCOMPARE(best.allocations, allocations({{12, 33000}}));
    QCOMPARE(best.confidence, 960);
    QVERIFY2(best.reason.contains(u"only this one owes the amount"_s), qPrintable(best.reason));
    // A partial payment settles nothing: both could have paid part of what they owe.
    QVERIFY(!engine.match(payment(10000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s)).autoApply);
}

void TestMatchEngine::receivingClientDecidesBetweenNamesakes()
{
    World world = standardWorld();
    // The same company is a debtor of another client (client 2) too, with an invoice of the amount.
    world.accounts.append({6, 106, 2, u"K006"_s, {}, {u"ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"_s}, std::nullopt});
    world.invoice(61, 6, u"C002-2026-000060"_s, QDate(2026, 4, 1), 33000);
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);

    // Into an account of the agency's own (client unknown): two debtors fit, nothing is applied.
    const MatchResult anyClient = engine.match(payment(33000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s));
    QVERIFY(!anyClient.autoApply);
    QVERIFY(std::any_of(anyClient.candidates.cbegin(), anyClient.candidates.cend(),
                        [](const MatchCandidate &c) { return c.accountId == 6; }));

    // Into client 1's account: only client 1's debtor can have paid it, and it is applied.
    Payment intoClient = payment(33000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s);
    intoClient.clientId = 1;
    const MatchResult ownClient = engine.match(intoClient);
    QVERIFY(ownClient.autoApply);
    QCOMPARE(ownClient.candidates.front().accountId, 1);
    QVERIFY(std::none_of(ownClient.candidates.cbegin(), ownClient.candidates.cend(),
                         [](const MatchCandidate &c) { return c.accountId == 6; }));

    // Into client 2's account: the namesake's invoice.
    intoClient.clientId = 2;
    const MatchResult otherClient = engine.match(intoClient);
    QVERIFY(otherClient.autoApply);
    QCOMPARE(otherClient.candidates.front().allocations, allocations({{61, 33000}}));
}

void TestMatchEngine::rivalCandidatesRefused()
{
    World world = standardWorld();
    world.invoice(52, 5, u"C001-2026-000051"_s, QDate(2026, 4, 20), 55000);
    world.alias(u"ｶ)ﾏﾙﾔﾏﾎｰﾙﾃﾞｲﾝｸﾞｽ"_s, 104);
    world.alias(u"ｶ)ﾏﾙﾔﾏﾎｰﾙﾃﾞｲﾝｸﾞｽ"_s, 105);
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);

    // The parent pays 55,000: K004 and K005 each have an invoice of that amount.
    MatchResult result = engine.match(payment(55000, u"ﾏﾙﾔﾏﾎｰﾙﾃﾞｲﾝｸﾞｽ(ｶ"_s));
    QCOMPARE(result.candidates.size(), 2);
    QCOMPARE(result.candidates.at(0).confidence, result.candidates.at(1).confidence);
    QCOMPARE(QSet<qint64>({result.candidates.at(0).accountId, result.candidates.at(1).accountId}),
             QSet<qint64>({4, 5}));
    QVERIFY(!result.autoApply);

    // The money came on K001's virtual account but the EDI field names K002's invoice of that amount.
    Payment crossed = payment(24200, u"ｵｵｻﾜ"_s, u"3000001"_s);
    crossed.ediInfo = u"C001-2026-000021"_s;
    world.invoice(13, 1, u"C001-2026-000014"_s, QDate(2026, 4, 30), 24200);
    const MatchEngine crossedEngine(world.accounts, world.invoices, world.aliases);
    result = crossedEngine.match(crossed);
    QVERIFY(result.candidates.size() >= 2);
    QCOMPARE(result.candidates.at(0).accountId, 1);
    QCOMPARE(result.candidates.at(1).accountId, 2);
    QVERIFY(!result.autoApply);

    // Two clients number their invoices alike: the number names both, so it decides nothing.
    World twins = standardWorld();
    twins.invoice(32, 3, u"INV-7"_s, QDate(2026, 4, 1), 8800);
    twins.invoice(42, 4, u"INV-7"_s, QDate(2026, 4, 2), 8800);
    twins.invoice(43, 4, u"INV-8"_s, QDate(2026, 4, 3), 8800);
    const MatchEngine twinsEngine(twins.accounts, twins.invoices, twins.aliases);
    result = twinsEngine.match(payment(8800, u"INV-7 ｵｵｻﾜ"_s));
    QCOMPARE(result.candidates.size(), 2);
    QCOMPARE(result.candidates.at(0).allocations, allocations({{32, 8800}}));
    QCOMPARE(result.candidates.at(1).allocations, allocations({{42, 8800}}));
    QVERIFY(!result.autoApply);
}

void TestMatchEngine::oneInvoice()
{
    const World world = standardWorld();
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    const MatchResult result = engine.match(payment(24200, u"ｽｽﾞｷｺｳｷﾞﾖｳ(ﾕ"_s, u"3000002"_s));
    QVERIFY(!result.candidates.isEmpty());
    const MatchCandidate &best = result.candidates.front();
    QCOMPARE(best.allocations, allocations({{22, 24200}}));
    QVERIFY(!best.partial);
    QCOMPARE(best.fee, Yen(0));
    QCOMPARE(best.unapplied, Yen(0));
    QVERIFY(result.autoApply);
}

void TestMatchEngine::oldestOfEqualInvoices()
{
    World world;
    world.account(1, 1, u"K001"_s, u"3000001"_s, {u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s});
    // A fixed monthly fee: three equal invoices, listed out of order.
    world.invoice(3, 1, u"N-3"_s, QDate(2026, 4, 30), 11000);
    world.invoice(1, 1, u"N-1"_s, QDate(2026, 2, 28), 11000);
    world.invoice(2, 1, u"N-2"_s, QDate(2026, 3, 31), 11000);
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    const MatchResult result = engine.match(payment(11000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"3000001"_s));
    QCOMPARE(result.candidates.front().allocations, allocations({{1, 11000}}));
    QCOMPARE(result.candidates.front().confidence, 990 * 950 / 1000);
    QVERIFY2(result.candidates.front().reason.contains(u"the oldest of 3 open invoices of that amount"_s),
             qPrintable(result.candidates.front().reason));
    QVERIFY(result.autoApply);
}

namespace {

// Six open invoices of one account, oldest first; no two of them add up to 61,000 but 1+4+6 and
// 2+3+5 do, and the oldest set must win.
World sixInvoices(std::optional<Yen> learnedFee = std::nullopt)
{
    World world;
    world.account(1, 1, u"K001"_s, u"3000001"_s, {u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s}, learnedFee);
    world.invoice(1, 1, u"S-1"_s, QDate(2026, 1, 31), 10000);
    world.invoice(2, 1, u"S-2"_s, QDate(2026, 2, 28), 21000);
    world.invoice(3, 1, u"S-3"_s, QDate(2026, 3, 15), 16000);
    world.invoice(4, 1, u"S-4"_s, QDate(2026, 3, 31), 23000);
    world.invoice(5, 1, u"S-5"_s, QDate(2026, 4, 15), 24000);
    world.invoice(6, 1, u"S-6"_s, QDate(2026, 4, 30), 28000);
    return world;
}

} // namespace

void TestMatchEngine::combinationOfThree()
{
    const World world = sixInvoices();
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    const MatchResult result = engine.match(payment(61000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"3000001"_s));
    QVERIFY(!result.candidates.isEmpty());
    const MatchCandidate &best = result.candidates.front();
    QCOMPARE(best.allocations, allocations({{1, 10000}, {4, 23000}, {6, 28000}}));
    QVERIFY(!best.partial);
    QCOMPARE(best.confidence, 990 * 940 / 1000); // virtual account × three invoices together
    QVERIFY2(best.reason.contains(u"amount equals invoices S-1, S-4, S-6 together"_s),
             qPrintable(best.reason));
    QVERIFY(result.autoApply);

    // 44,000 = S-2 + S-4 = S-3 + S-6: of two pairs, the older one.
    const MatchResult pair = engine.match(payment(44000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"3000001"_s));
    QCOMPARE(pair.candidates.front().allocations, allocations({{2, 21000}, {4, 23000}}));
}

void TestMatchEngine::combinationBeyondBound()
{
    MatchSettings settings;
    settings.maxInvoicesCombined = 2;
    const World world = sixInvoices();
    const MatchEngine engine(world.accounts, world.invoices, world.aliases, settings);
    const MatchResult result = engine.match(payment(61000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"3000001"_s));
    QVERIFY(!result.candidates.isEmpty());
    const MatchCandidate &best = result.candidates.front();
    // The three invoices are out of reach: the money goes to the oldest invoices, the last in part.
    QVERIFY(best.partial);
    QCOMPARE(best.allocations, allocations({{1, 10000}, {2, 21000}, {3, 16000}, {4, 14000}}));
    QCOMPARE(best.confidence, 990 * 560 / 1000); // several invoices, the last in part
    QVERIFY(!result.autoApply);
    QVERIFY2(best.reason.contains(u"partial payment"_s), qPrintable(best.reason));
}

void TestMatchEngine::combinationNodeBudget()
{
    // Sixty open invoices of 1,000 yen and one of 999: no 8 of them make 7,500 (nor 7,500 + a fee),
    // but every set of 7 stays below it, so an unbounded search would walk billions of sets. The
    // budget stops it; the payment is read as partial, oldest first.
    World world;
    world.account(1, 1, u"K001"_s, u"3000001"_s, {u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s});
    for (int i = 1; i <= 60; ++i)
        world.invoice(i, 1, u"B-%1"_s.arg(i), QDate(2026, 1, 1).addDays(i), 1000);
    world.invoice(61, 1, u"B-61"_s, QDate(2026, 3, 31), 999);
    MatchSettings settings;
    settings.maxCombinationNodes = 5000;
    const MatchEngine engine(world.accounts, world.invoices, world.aliases, settings);
    QElapsedTimer timer;
    timer.start();
    const MatchResult result = engine.match(payment(7500, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"3000001"_s));
    qInfo() << "bounded search over 61 invoices took" << timer.nsecsElapsed() / 1000 << "µs";
    QVERIFY(!result.candidates.isEmpty());
    QVERIFY(result.candidates.front().partial);
    QCOMPARE(result.candidates.front().allocations.size(), 8);
    QCOMPARE(result.candidates.front().allocations.back(), Allocation({8, Yen(500)}));
}

void TestMatchEngine::fee_data()
{
    QTest::addColumn<qint64>("fee");
    QTest::newRow("440") << qint64(440);
    QTest::newRow("660") << qint64(660);
    QTest::newRow("880") << qint64(880);
}

void TestMatchEngine::fee()
{
    QFETCH(qint64, fee);
    const World world = standardWorld();
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    // One invoice less the fee.
    MatchResult result = engine.match(payment(55000 - fee, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"3000001"_s));
    QVERIFY(!result.candidates.isEmpty());
    MatchCandidate best = result.candidates.front();
    QCOMPARE(best.allocations, allocations({{11, 55000}}));
    QCOMPARE(best.fee, Yen(fee));
    QCOMPARE(best.confidence, 990 * 940 / 1000);
    QVERIFY(result.autoApply);
    QVERIFY2(best.reason.contains(u"short by %1 yen: bank fee deducted by the payer"_s.arg(fee)),
             qPrintable(best.reason));

    // Two invoices less the fee: both are paid in full.
    result = engine.match(payment(12100 + 36300 - fee, u"ｽｽﾞｷｺｳｷﾞﾖｳ(ﾕ"_s, u"3000002"_s));
    QVERIFY(!result.candidates.isEmpty());
    best = result.candidates.front();
    QCOMPARE(best.allocations, allocations({{21, 12100}, {23, 36300}}));
    QCOMPARE(best.fee, Yen(fee));
    QVERIFY(!best.partial);
    QCOMPARE(best.confidence, 990 * (940 - 30) / 1000);
}

void TestMatchEngine::learnedFee()
{
    // 1,045 yen is no bank's list price, but this debtor deducted it before.
    World world = sixInvoices(Yen(1045));
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    const MatchResult result = engine.match(payment(24000 - 1045, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"3000001"_s));
    QVERIFY(!result.candidates.isEmpty());
    const MatchCandidate &best = result.candidates.front();
    QCOMPARE(best.allocations, allocations({{5, 24000}}));
    QCOMPARE(best.fee, Yen(1045));
    QCOMPARE(best.confidence, 990 * 970 / 1000);
    QVERIFY2(best.reason.contains(u"short by 1,045 yen: the fee this debtor deducted before"_s),
             qPrintable(best.reason));

    // Without the learned fee, the same amount is no fee reading.
    world.accounts[0].learnedFee.reset();
    const MatchEngine unlearned(world.accounts, world.invoices, world.aliases);
    QCOMPARE(unlearned.match(payment(24000 - 1045, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"3000001"_s)).candidates.front().fee,
             Yen(0));
}

void TestMatchEngine::partialPayment_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<Allocation>>("expected");
    QTest::addColumn<int>("evidence");
    // Part of one invoice is the usual partial payment; the oldest in full and part of the next less so.
    QTest::newRow("less than the oldest") << qint64(5000) << allocations({{21, 5000}}) << 600;
    QTest::newRow("oldest and part of next")
        << qint64(20000) << allocations({{21, 12100}, {22, 7900}}) << 560;
}

void TestMatchEngine::partialPayment()
{
    QFETCH(qint64, amount);
    QFETCH(QList<Allocation>, expected);
    QFETCH(int, evidence);
    const World world = standardWorld();
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    const MatchResult result = engine.match(payment(amount, u"ｽｽﾞｷｺｳｷﾞﾖｳ(ﾕ"_s, u"3000002"_s));
    QVERIFY(!result.candidates.isEmpty());
    const MatchCandidate &best = result.candidates.front();
    QCOMPARE(best.allocations, expected);
    QVERIFY(best.partial);
    QCOMPARE(best.unapplied, Yen(0));
    QCOMPARE(best.confidence, 990 * evidence / 1000);
    QVERIFY(!result.autoApply);
    QVERIFY2(
        best.reason.contains(u"partial payment: %1 yen of 72,600 yen open"_s.arg(Yen(amount).toString())),
        qPrintable(best.reason));
}

void TestMatchEngine::overpayment()
{
    const World world = standardWorld();
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    const MatchResult result = engine.match(payment(100000, u"ｽｽﾞｷｺｳｷﾞﾖｳ(ﾕ"_s, u"3000002"_s));
    QVERIFY(!result.candidates.isEmpty());
    const MatchCandidate &best = result.candidates.front();
    QCOMPARE(best.allocations, allocations({{21, 12100}, {22, 24200}, {23, 36300}}));
    QCOMPARE(best.unapplied, Yen(100000 - 72600));
    QVERIFY(!best.partial);
    QCOMPARE(best.confidence, 990 * 650 / 1000);
    QVERIFY(!result.autoApply);
    QVERIFY2(best.reason.contains(u"27,400 yen more than all open invoices (72,600 yen); kept as credit"_s),
             qPrintable(best.reason));

    // Everything open and 2,000 yen more: a slip, the invoices are paid.
    const MatchResult slip = engine.match(payment(74600, u"ｽｽﾞｷｺｳｷﾞﾖｳ(ﾕ"_s, u"3000002"_s));
    const MatchCandidate &slipBest = slip.candidates.front();
    QCOMPARE(slipBest.allocations, best.allocations);
    QCOMPARE(slipBest.unapplied, Yen(2000));
    QCOMPARE(slipBest.confidence, 990 * 940 / 1000);
    QVERIFY(slip.autoApply);
    QVERIFY2(
        slipBest.reason.contains(u"all open invoices (72,600 yen) paid and 2,000 yen more, kept as credit"_s),
        qPrintable(slipBest.reason));
    // More than a twentieth of what was open is not a slip, however small in yen.
    MatchSettings settings;
    settings.smallOverpayment = Yen(100000);
    const MatchEngine lenient(world.accounts, world.invoices, world.aliases, settings);
    QVERIFY(
        lenient.match(payment(72600 + 3631, u"ｽｽﾞｷｺｳｷﾞﾖｳ(ﾕ"_s, u"3000002"_s)).candidates.front().confidence <
        900);
    QVERIFY(lenient.match(payment(72600 + 3630, u"ｽｽﾞｷｺｳｷﾞﾖｳ(ﾕ"_s, u"3000002"_s)).autoApply);
}

void TestMatchEngine::noOpenInvoiceKeptAsCredit()
{
    World world = standardWorld();
    world.account(7, 107, u"K007"_s, u"3000007"_s, {u"ｶ)ｵｵｻﾜｺｳｻﾝ"_s});
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    const MatchResult result = engine.match(payment(5000, u"ｶ)ｵｵｻﾜｺｳｻﾝ"_s, u"3000007"_s));
    QVERIFY(!result.candidates.isEmpty());
    const MatchCandidate &best = result.candidates.front();
    QCOMPARE(best.accountId, 7);
    QVERIFY(best.allocations.isEmpty());
    QCOMPARE(best.unapplied, Yen(5000));
    QVERIFY(!result.autoApply);
}

void TestMatchEngine::paymentBeforeIssue()
{
    const World world = standardWorld();
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    // 33,000 is invoice C001-2026-000013 of 30 April; the money came on 20 April.
    Payment early = payment(33000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"3000001"_s);
    early.valueDate = QDate(2026, 4, 20);
    MatchResult result = engine.match(early);
    QVERIFY(!result.candidates.isEmpty());
    const MatchCandidate &best = result.candidates.front();
    for (const Allocation &allocation : best.allocations)
        QVERIFY(allocation.invoiceId != 12);
    QCOMPARE(best.allocations, allocations({{11, 33000}}));
    QVERIFY(best.partial);
    QVERIFY(!result.autoApply);
    QVERIFY2(best.reason.contains(u"invoice C001-2026-000013 was issued after the payment (2026-04-30)"_s),
             qPrintable(best.reason));

    // A tolerance of ten days makes it payable.
    MatchSettings settings;
    settings.daysBeforeIssue = 10;
    const MatchEngine tolerant(world.accounts, world.invoices, world.aliases, settings);
    result = tolerant.match(early);
    QCOMPARE(result.candidates.front().allocations, allocations({{12, 33000}}));

    // Long after the due date is fine.
    Payment late = payment(33000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"3000001"_s);
    late.valueDate = QDate(2027, 3, 1);
    QCOMPARE(engine.match(late).candidates.front().allocations, allocations({{12, 33000}}));
}

void TestMatchEngine::competingPaymentsInMatchAll()
{
    const World world = standardWorld();
    MatchEngine engine(world.accounts, world.invoices, world.aliases);
    Payment first = payment(33000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"3000001"_s);
    Payment second = first;
    second.id = 2;
    const QList<MatchResult> results = engine.matchAll({first, second});
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).paymentId, 1);
    QVERIFY(results.at(0).autoApply);
    QCOMPARE(results.at(0).candidates.front().allocations, allocations({{12, 33000}}));
    // The second finds invoice 12 paid and reads itself as a part of the older one.
    QCOMPARE(results.at(1).paymentId, 2);
    QVERIFY(!results.at(1).autoApply);
    for (const MatchCandidate &candidate : results.at(1).candidates) {
        for (const Allocation &allocation : candidate.allocations)
            QVERIFY2(allocation.invoiceId != 12, qPrintable(candidate.reason));
    }
    QCOMPARE(results.at(1).candidates.front().allocations, allocations({{11, 33000}}));
}

void TestMatchEngine::applyClerkAllocation()
{
    const World world = standardWorld();
    MatchEngine engine(world.accounts, world.invoices, world.aliases);
    // The clerk books 20,000 of invoice 11 by hand; 35,000 remain open.
    engine.apply(allocations({{11, 20000}, {999, 5000}}));
    MatchResult result = engine.match(payment(35000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"3000001"_s));
    QCOMPARE(result.candidates.front().allocations, allocations({{11, 35000}}));
    QVERIFY(result.autoApply);
    // Allocating more than is open leaves the invoice paid, not negative.
    engine.apply(allocations({{11, 50000}}));
    result = engine.match(payment(33000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"3000001"_s));
    QCOMPARE(result.candidates.front().allocations, allocations({{12, 33000}}));
    result = engine.match(payment(35000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"3000001"_s));
    QCOMPARE(result.candidates.front().allocations, allocations({{12, 33000}}));
    QCOMPARE(result.candidates.front().unapplied, Yen(2000));
}

void TestMatchEngine::matchChangesNothing()
{
    const World world = standardWorld();
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    const Payment paid = payment(33000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"3000001"_s);
    const MatchResult once = engine.match(paid);
    const MatchResult twice = engine.match(paid);
    QCOMPARE(once.candidates.size(), twice.candidates.size());
    QCOMPARE(once.candidates.front().allocations, twice.candidates.front().allocations);
    QCOMPARE(once.candidates.front().reason, twice.candidates.front().reason);
}

void TestMatchEngine::confidenceOrdering()
{
    World world = standardWorld();
    world.alias(u"ﾃﾞﾝｷﾉﾀﾅｶ"_s, 103, u"ﾐﾂﾋﾞｼUFJ"_s, u"ｼﾝｼﾞﾕｸ"_s);
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    const auto best = [&](Payment paid) {
        const MatchResult result = engine.match(paid);
        return result.candidates.isEmpty() ? -1 : result.candidates.front().confidence;
    };
    Payment referenced = payment(55000, u"C001-2026-000012 ｵｵｻﾜ"_s);
    Payment aliased = payment(77000, u"ﾃﾞﾝｷﾉﾀﾅｶ"_s);
    aliased.sendingBank = u"ﾐﾂﾋﾞｼUFJ"_s;
    aliased.sendingBranch = u"ｼﾝｼﾞﾕｸ"_s;

    // Identification, with the amount exact each time.
    const QList<int> byStage = {best(payment(55000, u"ｵｵｻﾜ"_s, u"3000001"_s)), best(referenced),
                                best(aliased), best(payment(55000, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s)),
                                best(payment(55000, u"ﾔﾏﾀﾞｼﾖｳｼ(ｶ"_s))};
    for (qsizetype i = 1; i < byStage.size(); ++i)
        QVERIFY2(byStage.at(i - 1) > byStage.at(i),
                 qPrintable(u"stage %1: %2 vs %3"_s.arg(i).arg(byStage.at(i - 1)).arg(byStage.at(i))));

    // The amount, with the virtual account each time: exact, combination, fee, overpayment, partial.
    const QList<int> byAmount = {
        best(payment(24200, u"ｵｵｻﾜ"_s, u"3000002"_s)), best(payment(12100 + 36300, u"ｵｵｻﾜ"_s, u"3000002"_s)),
        best(payment(24200 - 660, u"ｵｵｻﾜ"_s, u"3000002"_s)), best(payment(100000, u"ｵｵｻﾜ"_s, u"3000002"_s)),
        best(payment(1000, u"ｵｵｻﾜ"_s, u"3000002"_s))};
    for (qsizetype i = 1; i < byAmount.size(); ++i)
        QVERIFY2(byAmount.at(i - 1) > byAmount.at(i),
                 qPrintable(u"reading %1: %2 vs %3"_s.arg(i).arg(byAmount.at(i - 1)).arg(byAmount.at(i))));
}

void TestMatchEngine::unknownPayer()
{
    const World world = standardWorld();
    const MatchEngine engine(world.accounts, world.invoices, world.aliases);
    // Nobody of that name, and no open invoice of 33,333 yen: nothing to suggest.
    const MatchResult result = engine.match(payment(33333, u"ｶ)ｵｵｻﾜｺｳｻﾝ"_s));
    QCOMPARE(result.paymentId, 1);
    QVERIFY(result.candidates.isEmpty());
    QVERIFY(!result.autoApply);

    // Nobody of that name, but the amount is exactly invoice 12 of K001 (a parent company paying):
    // offered to the clerk, never applied.
    const MatchResult byAmount = engine.match(payment(33000, u"ｶ)ｵｵｻﾜｺｳｻﾝ"_s));
    QCOMPARE(byAmount.candidates.size(), 1);
    QCOMPARE(byAmount.candidates.front().method, MatchMethod::Amount);
    QCOMPARE(byAmount.candidates.front().allocations, allocations({{12, 33000}}));
    QCOMPARE(byAmount.candidates.front().confidence, 450);
    QVERIFY2(byAmount.candidates.front().reason.contains(u"is not known; the amount equals invoice"_s),
             qPrintable(byAmount.candidates.front().reason));
    QVERIFY(!byAmount.autoApply);
    MatchSettings lenient;
    lenient.autoThreshold = 400;
    QVERIFY(!MatchEngine(world.accounts, world.invoices, world.aliases, lenient)
                 .match(payment(33000, u"ｶ)ｵｵｻﾜｺｳｻﾝ"_s))
                 .autoApply);

    // When many open invoices have the amount, it says nothing about who paid.
    World crowded = standardWorld();
    for (int i = 0; i < 5; ++i) {
        crowded.account(20 + i, 120 + i, u"K02%1"_s.arg(i), {}, {u"ｶ)ﾀﾆﾝ%1"_s.arg(i)});
        crowded.invoice(200 + i, 20 + i, u"C001-2026-0002%1"_s.arg(i), QDate(2026, 4, 1), 33000);
    }
    const MatchEngine crowdedEngine(crowded.accounts, crowded.invoices, crowded.aliases);
    QVERIFY(crowdedEngine.match(payment(33000, u"ｶ)ｵｵｻﾜｺｳｻﾝ"_s)).candidates.isEmpty());
    QVERIFY(engine.match(payment(0, u"ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"_s, u"3000001"_s)).candidates.isEmpty());
}

void TestMatchEngine::randomizedInvariants()
{
    GeneratedBook book = generateBook(20260520, 300, 5, true);
    QRandomGenerator random(4242);
    // Namesakes (name ties) and a parent company paying for three debtors.
    for (int i = 0; i < 10; ++i) {
        const qint64 id = 900 + i;
        book.world.account(id, id, u"T%1"_s.arg(i), {}, {book.world.accounts.at(i).names.front()});
    }
    const QString parent = u"ｶ)ｵﾔｶﾞｲｼﾔﾎｰﾙﾃﾞｲﾝｸﾞｽ"_s;
    QSet<qint64> parentAccounts;
    for (const int a : {11, 12, 13}) {
        book.world.alias(parent, book.world.accounts.at(a).debtorId);
        parentAccounts.insert(book.world.accounts.at(a).accountId);
    }
    MatchSettings settings;
    settings.maxInvoicesCombined = 4;
    MatchEngine engine(book.world.accounts, book.world.invoices, book.world.aliases, settings);

    QList<Payment> payments;
    for (int i = 0; i < 3000; ++i) {
        Payment p = generatePayment(random, book, i + 1, int(random.bounded(11)));
        if (i % 50 == 0)
            p.payerName = parent;
        if (i % 17 == 0)
            p.valueDate = QDate(2026, 3, 1); // before many invoices were issued
        payments.append(p);
    }
    const QList<MatchResult> results = engine.matchAll(payments);
    QCOMPARE(results.size(), payments.size());
    const QString parentKey = parsePayerName(parent).key;
    int applied = 0;
    QHash<qint64, Yen> balances = book.balances;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const MatchResult &result = results.at(i);
        QCOMPARE(result.paymentId, payments.at(i).id);
        const QSet<qint64> allowed =
            parsePayerName(payments.at(i).payerName).key == parentKey ? parentAccounts : QSet<qint64>();
        const QString broken = invariantBroken(result, payments.at(i), balances, book.accountOfInvoice,
                                               allowed, settings.autoThreshold);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        // Payment dates are respected.
        for (const MatchCandidate &candidate : result.candidates) {
            for (const Allocation &allocation : candidate.allocations)
                QVERIFY(book.world.invoices.at(allocation.invoiceId - 1).issueDate <=
                        payments.at(i).valueDate);
        }
        if (result.autoApply) {
            ++applied;
            for (const Allocation &allocation : result.candidates.front().allocations)
                balances[allocation.invoiceId] -= allocation.amount;
        }
    }
    qInfo() << applied << "of" << results.size() << "random payments applied automatically";
    // The generator's virtual-account and reference payments alone are over a third: a matcher
    // that applied nothing would pass the invariants, but not this.
    QVERIFY(applied > results.size() / 4);
}

void TestMatchEngine::syntheticVolume()
{
    // The size of a large agency's month: 20,000 accounts, 100,000 open invoices, 10,000 payments.
    QElapsedTimer timer;
    timer.start();
    const GeneratedBook book = generateBook(1, 20000, 5, false);
    QRandomGenerator random(99);
    QList<Payment> payments;
    for (int i = 0; i < 10000; ++i)
        payments.append(generatePayment(random, book, i + 1, i));
    qInfo() << "generated" << book.world.accounts.size() << "accounts," << book.world.invoices.size()
            << "invoices," << payments.size() << "payments in" << timer.elapsed() << "ms";

    timer.restart();
    MatchEngine engine(book.world.accounts, book.world.invoices, book.world.aliases);
    const qint64 built = timer.nsecsElapsed();
    timer.restart();
    const QList<MatchResult> results = engine.matchAll(payments);
    const qint64 matched = timer.nsecsElapsed();
    int applied = 0;
    int withCandidates = 0;
    for (const MatchResult &result : results) {
        applied += result.autoApply ? 1 : 0;
        withCandidates += result.candidates.isEmpty() ? 0 : 1;
    }
    qInfo().noquote()
        << u"engine: construction %1 ms, matchAll %2 ms, total %3 ms; %4 applied automatically, %5 with candidates"_s
               .arg(built / 1000000)
               .arg(matched / 1000000)
               .arg((built + matched) / 1000000)
               .arg(applied)
               .arg(withCandidates);
    // Not the time (that is for the report), but the work must be real: every payment into a
    // virtual account is read as its debtor's.
    for (qsizetype i = 0; i < payments.size(); ++i) {
        if (payments.at(i).receivingAccountNumber == u"1234567"_s)
            continue;
        QVERIFY(!results.at(i).candidates.isEmpty());
        QCOMPARE(QString::number(3000000 + results.at(i).candidates.front().accountId),
                 payments.at(i).receivingAccountNumber);
    }
}

QTEST_GUILESS_MAIN(TestMatchEngine)
#include "tst_matchengine.moc"
