#include "DemoBankFile.h"

#include "demo/Dice.h"
#include "parties/Kana.h"
#include "storage/Database.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace kaishu::demo {

using money::Yen;

namespace {

struct OpenInvoice
{
    qint64 id = 0;
    QString number;
    Yen balance;
};

struct PayingAccount
{
    QString customerCode;
    QString virtualAccount;
    QString payerName;
    payments::StatementAccount clientAccount;
    QList<OpenInvoice> invoices; // oldest first
};

struct Story
{
    PaymentStory story;
    int weight;
};

// The mix of a morning's transfers at a billing agency, as clerks describe it.
constexpr Story Stories[] = {
    {PaymentStory::Exact, 30},    {PaymentStory::NameVariant, 12}, {PaymentStory::VirtualAccount, 12},
    {PaymentStory::Reference, 8}, {PaymentStory::Fee, 12},         {PaymentStory::Combined, 8},
    {PaymentStory::Typo, 5},      {PaymentStory::Partial, 4},      {PaymentStory::Overpaid, 2},
    {PaymentStory::Parent, 3},    {PaymentStory::Unrelated, 4},
};

constexpr qint64 Fees[] = {440, 660, 880};

const char16_t *const Holdings[] = {u"ｶ)ｻｸﾗﾎｰﾙﾃﾞｲﾝｸﾞｽ", u"ｶ)ﾐﾄﾞﾘｸﾞﾙｰﾌﾟﾎﾝｼﾔ", u"ｱｵﾊﾞｿｳｺﾞｳｶﾝﾘ(ｶ",
                                    u"ｶ)ﾋｶﾘｼﾖｳｼﾞﾎﾝｼﾔ", u"ﾏﾙﾖｼｸﾞﾙｰﾌﾟ(ｶ"};
const char16_t *const Strangers[] = {u"ﾀﾅｶ ｲﾁﾛｳ",  u"ｺﾞﾄｳ ﾐﾕｷ", u"ｶ)ｵｵﾀﾆｹﾝｾﾂ",   u"ﾜﾀﾅﾍﾞ ｹﾝｼﾞ",
                                     u"ﾕ)ﾊﾔｼﾃﾞﾝｷ", u"ｺｸｾﾞｲｷﾖｸ", u"ﾐﾂｲｽﾐﾄﾓｶｰﾄﾞ(ｶ"};
const char16_t *const SendingBanks[] = {u"ﾐﾂｲｽﾐﾄﾓ", u"ﾐｽﾞﾎ", u"ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ", u"ﾘｿﾅ", u"ﾕｳﾁﾖ", u"ｼｽﾞｵｶ"};
const char16_t *const SendingBranches[] = {u"ﾎﾝﾃﾝ", u"ｼﾝｼﾞﾕｸ", u"ｳﾒﾀﾞ", u"ﾅｺﾞﾔ", u"ﾊｶﾀ", u"ｾﾝﾀﾞｲ"};
// Kana a typing slip turns one into another.
const char16_t Neighbours[] = u"ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾗﾘﾙﾚﾛ";

QString cut(const QString &name)
{
    return name.left(parties::PayerNameMaxLength).trimmed();
}

// The same payer written another way: the legal-entity abbreviation moved to the other end, a
// space between words, - for the long vowel.
QString variantOf(const QString &name, Dice &dice)
{
    QString variant = name;
    static const QRegularExpression Prefix(QStringLiteral("^([\\x{FF66}-\\x{FF9F}]{1,3})\\)(.+)$"));
    static const QRegularExpression Suffix(QStringLiteral("^(.+)\\(([\\x{FF66}-\\x{FF9F}]{1,3})$"));
    if (const QRegularExpressionMatch match = Prefix.match(variant); match.hasMatch() && dice.chance(60))
        variant = match.captured(2) + QLatin1Char('(') + match.captured(1);
    else if (const QRegularExpressionMatch suffix = Suffix.match(variant);
             suffix.hasMatch() && dice.chance(60))
        variant = suffix.captured(2) + QLatin1Char(')') + suffix.captured(1);
    if (dice.chance(50))
        variant.replace(QChar(u'ｰ'), QLatin1Char('-'));
    if (variant.size() > 6 && dice.chance(50)) {
        // A space between words, never between a kana and its voiced mark.
        qsizetype at = 3 + dice.below(int(variant.size()) - 5);
        while (at < variant.size() && (variant.at(at) == QChar(u'ﾞ') || variant.at(at) == QChar(u'ﾟ')))
            ++at;
        variant.insert(at, QLatin1Char(' '));
    }
    if (variant == name && variant.size() > 4) // a variant must differ from the register's spelling
        variant.insert(3, QLatin1Char(' '));
    return cut(variant);
}

QString typoOf(const QString &name, Dice &dice)
{
    QList<qsizetype> kana;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (QStringView(Neighbours).contains(name.at(i)))
            kana.append(i);
    }
    if (kana.size() < 4)
        return name;
    QString typo = name;
    const qsizetype at = kana.at(1 + dice.below(int(kana.size()) - 1));
    QChar replacement = name.at(at);
    while (replacement == name.at(at))
        replacement = QChar(Neighbours[dice.below(int(std::size(Neighbours)) - 1)]);
    typo[at] = replacement;
    return typo;
}

} // namespace

QString toCode(PaymentStory story)
{
    switch (story) {
    case PaymentStory::Exact:
        return QStringLiteral("exact");
    case PaymentStory::NameVariant:
        return QStringLiteral("name_variant");
    case PaymentStory::VirtualAccount:
        return QStringLiteral("virtual_account");
    case PaymentStory::Reference:
        return QStringLiteral("reference");
    case PaymentStory::Fee:
        return QStringLiteral("fee");
    case PaymentStory::Combined:
        return QStringLiteral("combined");
    case PaymentStory::Typo:
        return QStringLiteral("typo");
    case PaymentStory::Partial:
        return QStringLiteral("partial");
    case PaymentStory::Overpaid:
        return QStringLiteral("overpaid");
    case PaymentStory::Parent:
        return QStringLiteral("parent");
    case PaymentStory::Unrelated:
        return QStringLiteral("unrelated");
    }
    return {};
}

DemoBankFile DemoBankFileGenerator::generate(storage::Database &database, quint64 seed, QDate paidOn,
                                             int lines)
{
    Dice dice(seed);
    QMap<qint64, PayingAccount> accounts;
    QSqlQuery rows = database.exec(QStringLiteral(
        "SELECT i.account_id, i.id, i.number, i.gross - i.paid - i.credited, a.customer_code, "
        "COALESCE(a.virtual_account, ''), d.payer_name, c.bank_code, c.branch_code, c.account_number, "
        "c.account_name "
        "FROM invoices i JOIN accounts a ON a.id = i.account_id JOIN debtors d ON d.id = a.debtor_id "
        "JOIN clients c ON c.id = i.client_id WHERE i.kind = 'invoice' AND i.status IN ('issued', 'sent', "
        "'partly_paid') AND i.gross - i.paid - i.credited > 0 ORDER BY i.account_id, i.issue_date, i.id"));
    while (rows.next()) {
        PayingAccount &account = accounts[rows.value(0).toLongLong()];
        if (account.customerCode.isEmpty()) {
            account.customerCode = rows.value(4).toString();
            account.virtualAccount = rows.value(5).toString();
            account.payerName = rows.value(6).toString();
            account.clientAccount = {
                rows.value(7).toString(), {}, rows.value(8).toString(), {}, 1, rows.value(9).toString(),
                rows.value(10).toString()};
        }
        account.invoices.append(
            {rows.value(1).toLongLong(), rows.value(2).toString(), Yen(rows.value(3).toLongLong())});
    }
    QList<qint64> order = accounts.keys();
    // A seeded shuffle: which accounts pay this morning.
    for (qsizetype i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[dice.below(int(i) + 1)]);

    DemoBankFile file;
    QMap<QString, payments::BankStatement> statements; // by receiving account
    int inquiry = 0;
    qsizetype next = 0;
    while (file.truth.size() < lines) {
        PaymentStory story = dice.pickWeighted(Stories).story;
        payments::StatementLine line;
        line.inquiryNumber = QStringLiteral("%1").arg(++inquiry, 6, 10, QLatin1Char('0'));
        line.accountDate = line.valueDate = paidOn;
        line.sendingBank = QString::fromUtf16(dice.pick(SendingBanks));
        line.sendingBranch = QString::fromUtf16(dice.pick(SendingBranches));
        PaymentTruth truth{line.inquiryNumber, story, {}};
        payments::StatementAccount receiving;
        if (story == PaymentStory::Unrelated || next >= order.size()) {
            if (accounts.isEmpty())
                break;
            truth.story = PaymentStory::Unrelated;
            line.payerName = QString::fromUtf16(dice.pick(Strangers));
            line.amount = Yen(1'000 + 1'000 * dice.below(200) + 7 * dice.below(100));
            receiving = accounts.first().clientAccount;
        } else {
            const PayingAccount &account = accounts[order.at(next++)];
            receiving = account.clientAccount;
            const OpenInvoice &oldest = account.invoices.first();
            line.amount = oldest.balance;
            line.payerName = account.payerName;
            truth.invoiceIds = {oldest.id};
            if (story == PaymentStory::VirtualAccount && account.virtualAccount.isEmpty())
                story = PaymentStory::Exact;
            if (story == PaymentStory::Combined && account.invoices.size() < 2)
                story = PaymentStory::Fee;
            if (story == PaymentStory::Fee && oldest.balance <= Yen(5'000))
                story = PaymentStory::Exact;
            truth.story = story;
            switch (story) {
            case PaymentStory::Exact:
                break;
            case PaymentStory::NameVariant:
                line.payerName = variantOf(account.payerName, dice);
                break;
            case PaymentStory::VirtualAccount:
                receiving.accountNumber = account.virtualAccount;
                if (dice.chance(50))
                    line.payerName = variantOf(account.payerName, dice);
                break;
            case PaymentStory::Reference:
                line.payerName = cut((dice.chance(60) ? oldest.number : account.customerCode) +
                                     QLatin1Char(' ') + account.payerName);
                break;
            case PaymentStory::Fee:
                line.amount = oldest.balance - Yen(dice.pick(Fees));
                break;
            case PaymentStory::Combined: {
                const int count = int(std::min<qsizetype>(account.invoices.size(), 2 + dice.below(2)));
                line.amount = Yen(0);
                truth.invoiceIds.clear();
                for (int i = 0; i < count; ++i) {
                    line.amount += account.invoices.at(i).balance;
                    truth.invoiceIds.append(account.invoices.at(i).id);
                }
                break;
            }
            case PaymentStory::Typo:
                line.payerName = typoOf(account.payerName, dice);
                break;
            case PaymentStory::Partial:
                line.amount = Yen(std::max<qint64>(1'000, oldest.balance.value() / 2 / 1'000 * 1'000));
                if (line.amount >= oldest.balance)
                    line.amount = oldest.balance - Yen(1);
                break;
            case PaymentStory::Overpaid: {
                Yen all;
                for (const OpenInvoice &invoice : account.invoices)
                    all += invoice.balance;
                line.amount = all + Yen(1'000 * (1 + dice.below(9)));
                truth.invoiceIds.clear();
                for (const OpenInvoice &invoice : account.invoices)
                    truth.invoiceIds.append(invoice.id);
                break;
            }
            case PaymentStory::Parent:
                line.payerName = QString::fromUtf16(dice.pick(Holdings));
                break;
            case PaymentStory::Unrelated:
                break;
            }
        }
        const QString key = receiving.bankCode + receiving.branchCode + receiving.accountNumber;
        payments::BankStatement &statement = statements[key];
        if (statement.lines.isEmpty()) {
            statement.format = payments::StatementFormat::ZenginTransferNotice;
            statement.created = paidOn;
            statement.from = statement.to = paidOn;
            statement.account = receiving;
        }
        statement.lines.append(line);
        file.truth.append(truth);
    }
    file.statements = statements.values();
    return file;
}

} // namespace kaishu::demo
