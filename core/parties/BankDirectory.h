#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kaishu::parties {

// A bank (金融機関) by its 4-digit Zengin code.
struct Bank
{
    QString code; // "0001"
    QString name; // as printed on an invoice: "みずほ銀行", "北海道信金", "シティバンク、エヌ・エイ"
    QString shortName; // as the Zengin directory lists it: "みずほ"
    QString kana; // full-width reading as the directory writes it: "ミズホ", "ミツビシユ－エフジエイ"
    QString halfWidthKana; // as Zengin files print it: "ﾐｽﾞﾎ", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ"
};

// A branch (支店) of a bank by its 3-digit code. The name is the directory's, without 支店
// ("丸の内中央", "東京営業部").
struct Branch
{
    QString bankCode;      // "0001"
    QString code;          // "001"
    QString name;          // "東京営業部"
    QString kana;          // "トウキヨウ"
    QString halfWidthKana; // "ﾄｳｷﾖｳ"
};

// The built-in directory of Japanese banks and branches (zengin-code/source-data, embedded in
// kaishu_core; see core/parties/data/README.md). Read-only and safe to use from any thread.
class BankDirectory
{
public:
    // The directory, loaded from the embedded tables on first use (once, thread-safe). Throws
    // std::runtime_error if the embedded tables are missing or malformed (a broken build).
    static const BankDirectory &instance();

    // The bank with this code: 4 digits (full-width digits and surrounding spaces are accepted).
    std::optional<Bank> bank(const QString &code4) const;
    // The branch with this 3-digit code of the bank with this 4-digit code. Only some banks come
    // with their branches (hasBranches).
    std::optional<Branch> branch(const QString &bankCode, const QString &branchCode3) const;
    bool hasBranches(const QString &bankCode) const;
    // All branches of a bank, by code; empty for a bank without branch data.
    QList<Branch> branches(const QString &bankCode) const;

    // Banks for a picker: those whose code starts with the text, or whose name, short name or
    // reading contains it. Hiragana, katakana and half-width kana are folded, as are small and
    // large kana (the directory writes ショウ as シヨウ) and the long-vowel marks ー/－. Banks whose
    // code, name or reading starts with the text come first, each group in code order. Blank text
    // gives every bank.
    QList<Bank> searchBanks(const QString &text) const;

    // Every bank, by code.
    const QList<Bank> &banks() const { return m_banks; }
    qsizetype branchCount() const { return m_branchCount; }

private:
    BankDirectory();

    QList<Bank> m_banks;                      // by code
    QList<QStringList> m_searchKeys;          // per bank: keys of name, short name and kana
    QHash<QString, QList<Branch>> m_branches; // by bank code; each list by branch code
    qsizetype m_branchCount = 0;
};

} // namespace kaishu::parties
