#include "BankDirectory.h"

#include "Kana.h"
#include "SearchKey.h"

#include <QFile>

#include <algorithm>
#include <stdexcept>
#include <string>

namespace kaishu::parties {

namespace {

// The tables are embedded by qt_add_resources (core/parties/CMakeLists.txt) from data/, where
// make-bank-tables.py writes them.
const QString BanksResource = QStringLiteral(":/kaishu/banks/banks.tsv");
const QString BranchesResource = QStringLiteral(":/kaishu/banks/branches.tsv");

[[noreturn]] void fail(const QString &what)
{
    throw std::runtime_error("bank directory: " + what.toStdString());
}

// The rows of an embedded table without its header, each split into exactly `columns` fields.
QList<QStringList> readTable(const QString &path, const QString &expectedHeader, qsizetype columns)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot open %1 (resource not linked?)").arg(path));
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringView> lines = QStringView(text).split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty() || lines.takeFirst() != expectedHeader)
        fail(QStringLiteral("%1 does not start with the header %2").arg(path, expectedHeader));

    QList<QStringList> rows;
    rows.reserve(lines.size());
    for (QStringView line : lines) {
        QStringList fields;
        for (QStringView field : line.split(u'\t'))
            fields.append(field.toString());
        if (fields.size() != columns)
            fail(QStringLiteral("%1: malformed row %2").arg(path, line.toString()));
        rows.append(fields);
    }
    return rows;
}

// A code as typed or read from a file: full-width digits folded, surrounding spaces dropped; empty
// unless it is exactly `digits` ASCII digits.
QString normalizedCode(const QString &code, qsizetype digits)
{
    const QString folded = code.normalized(QString::NormalizationForm_KC).trimmed();
    if (folded.size() != digits ||
        !std::all_of(folded.cbegin(), folded.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return {};
    return folded;
}

// The form names and readings are compared in: the Zengin form (small kana large, hiragana as
// katakana, half-width) folded by searchKey (back to full width, lower case, no spaces), with the
// directory's － (now "-") and the long-vowel mark ー taken as one.
QString pickerKey(const QString &text)
{
    QString key = searchKey(toBankPayerName(text));
    key.replace(u'-', u'ー');
    return key;
}

template<typename T> auto findByCode(const QList<T> &sorted, const QString &code)
{
    const auto it = std::lower_bound(sorted.cbegin(), sorted.cend(), code,
                                     [](const T &entry, const QString &c) { return entry.code < c; });
    return it != sorted.cend() && it->code == code ? it : sorted.cend();
}

} // namespace

BankDirectory::BankDirectory()
{
    const QList<QStringList> bankRows =
        readTable(BanksResource, QStringLiteral("code\tname\tshort_name\tkana"), 4);
    m_banks.reserve(bankRows.size());
    m_searchKeys.reserve(bankRows.size());
    for (const QStringList &row : bankRows) {
        Bank bank{row[0], row[1], row[2], row[3], toBankPayerName(row[3])};
        if (normalizedCode(bank.code, 4) != bank.code ||
            (!m_banks.isEmpty() && m_banks.constLast().code >= bank.code))
            fail(QStringLiteral("bank code %1 is malformed or out of order").arg(bank.code));
        // The reading's key is the half-width form just computed, folded.
        QString kanaKey = searchKey(bank.halfWidthKana);
        kanaKey.replace(u'-', u'ー');
        m_searchKeys.append({pickerKey(bank.name), pickerKey(bank.shortName), kanaKey});
        m_banks.append(std::move(bank));
    }

    const QList<QStringList> branchRows =
        readTable(BranchesResource, QStringLiteral("bank_code\tcode\tname\tkana"), 4);
    for (const QStringList &row : branchRows) {
        Branch branch{row[0], row[1], row[2], row[3], toBankPayerName(row[3])};
        QList<Branch> &ofBank = m_branches[branch.bankCode];
        if (findByCode(m_banks, branch.bankCode) == m_banks.cend() ||
            normalizedCode(branch.code, 3) != branch.code ||
            (!ofBank.isEmpty() && ofBank.constLast().code >= branch.code))
            fail(QStringLiteral("branch %1-%2 is malformed or out of order")
                     .arg(branch.bankCode, branch.code));
        ofBank.append(std::move(branch));
    }
    m_branchCount = branchRows.size();
}

const BankDirectory &BankDirectory::instance()
{
    // A function-local static: constructed once, on first use; other threads wait for it.
    static const BankDirectory directory;
    return directory;
}

std::optional<Bank> BankDirectory::bank(const QString &code4) const
{
    const auto it = findByCode(m_banks, normalizedCode(code4, 4));
    if (it == m_banks.cend())
        return std::nullopt;
    return *it;
}

std::optional<Branch> BankDirectory::branch(const QString &bankCode, const QString &branchCode3) const
{
    const auto ofBank = m_branches.constFind(normalizedCode(bankCode, 4));
    if (ofBank == m_branches.cend())
        return std::nullopt;
    const auto it = findByCode(*ofBank, normalizedCode(branchCode3, 3));
    if (it == ofBank->cend())
        return std::nullopt;
    return *it;
}

bool BankDirectory::hasBranches(const QString &bankCode) const
{
    return m_branches.contains(normalizedCode(bankCode, 4));
}

QList<Branch> BankDirectory::branches(const QString &bankCode) const
{
    return m_branches.value(normalizedCode(bankCode, 4));
}

QList<Bank> BankDirectory::searchBanks(const QString &text) const
{
    const QString key = pickerKey(text);
    if (key.isEmpty())
        return m_banks;

    QList<Bank> leading;
    QList<Bank> containing;
    for (qsizetype i = 0; i < m_banks.size(); ++i) {
        const QStringList &keys = m_searchKeys.at(i);
        if (m_banks.at(i).code.startsWith(key) ||
            std::any_of(keys.cbegin(), keys.cend(), [&key](const QString &k) { return k.startsWith(key); }))
            leading.append(m_banks.at(i));
        else if (std::any_of(keys.cbegin(), keys.cend(),
                             [&key](const QString &k) { return k.contains(key); }))
            containing.append(m_banks.at(i));
    }
    return leading + containing;
}

} // namespace kaishu::parties
