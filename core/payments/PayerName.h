#pragma once

#include <QString>
#include <QStringList>

namespace kaishu::payments {

// A payer name brought to the form two spellings of one name share (DOMAIN.md §5): what the bank
// printed (ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ, 1234567 ﾔﾏﾀﾞｼｮｳｼﾞ(ｶ, ﾔﾏﾀﾞ ｼﾖｳｼﾞ), a debtor's payer name kept in the register, its
// full-width or hiragana reading (ヤマダショウジ, やまだしょうじ) or its name in kanji (株式会社山田商事).
// Built on ICU transliteration, not tables of characters: each character takes the form a bank would
// print it in (parties::toBankPayerName), brought back to full width by NFKC.
//
// Rules the matcher relies on:
// - Kanji stay as they are (after NFKC), so a kanji name only meets its own kanji spelling; the
//   reading meets the bank's kana. 株式会社, (株), （株）, ㈱, ㍿ … (parties::legalEntityForms) are
//   taken out wherever they stand, as are the bank abbreviations in every bracket form: ｶ)ﾔﾏﾀﾞ,
//   ﾔﾏﾀﾞ(ｶ, (ｶ)ﾔﾏﾀﾞ, (ｶ ﾔﾏﾀﾞ, ﾄｳｷﾖｳ(ｴｲ)ﾔﾏﾀﾞ. The bracketed word must be a known abbreviation exactly
//   and must not be glued to letters on its open side (ﾔﾏﾀﾞｶ) keeps its ｶ).
// - Words are split at spaces, brackets and punctuation and where kana or kanji meet latin or
//   digits (1234567ﾔﾏﾀﾞ is two words). Leading and trailing words that are numbers go to
//   `numbers`: digits alone (1234567, 2026/10) or latin with at least three digits (C001-000123,
//   C001-2026-000123, NO.123), kept as written but folded (ｃ００１－０００１２３ → C001-000123, any dash
//   as -). Latin with fewer digits is a name (3M, 7-ELEVEN, ABC) and stays in the key, as does a
//   number between two words of the name. A name made only of numbers has an empty key.
// - A dash after kana is a long vowel (ｺ-ﾋ- = コーヒー) unless a digit or latin letter follows;
//   between latin letters or digits it joins a code; anywhere else it separates.
struct PayerName
{
    QString raw; // the text given
    QString key; // the name itself, in one form: full-width katakana with small kana
                 // written large (banks write ｼﾖｳ for ショウ), voiced marks composed (ｶﾞ,
                 // カ゛ → ガ), every long-vowel mark (ｰ - ‐ − ー －) as ー, latin and digits
                 // as upper-case ASCII, kanji as they are, no spaces or punctuation, no
                 // legal-entity abbreviation or branch word, no leading or trailing numbers:
                 // ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ, ﾔﾏﾀﾞ ｼｮｳｼﾞ(ｶ and ヤマダショウジ all give ヤマダシヨウジ, and
                 // ｱｰﾙ ｴｰｼｰ and ｱｰﾙｴｰｼｰ both アールエーシー
    QString legalEntity; // the abbreviation found, half-width as banks write it ("ｶ", "ﾕ", "ｲ"),
                         // also for a kanji spelling (株式会社 → "ｶ"); the first in the name when
                         // several; empty when none
    QString branchWord; // "ｴｲ" (営業所) or "ｼﾕﾂ" (出張所) when the name carries one in brackets,
                        // else empty
    QStringList numbers; // numbers and codes written in front of or after the name, in the order
                         // written ("1234567", "C001-000123"): invoice or customer numbers the
                         // payer added
};

// Parses any spelling of a payer name. Pure and thread-safe; never fails (an empty key for an empty
// name). The character forms are computed with ICU once, on first use.
PayerName parsePayerName(const QString &text);

// Similarity of two keys (PayerName::key) in per mille: 1000 identical, near 0 nothing in common,
// 0 when either key is empty (an empty key matches nothing, not even another empty key).
// Robust to one dropped, added or changed kana and to a swapped pair (one such edit leaves at least
// 857 for keys of 6 kana); a kana differing only in its voicing mark or a long vowel written or
// left out costs half. A key of 16+ characters that is the start of the other scores as a name the
// bank cut at 48 characters (at most 980). Symmetric; no allocation for keys under 96 characters.
int payerNameSimilarity(const QString &leftKey, const QString &rightKey);

} // namespace kaishu::payments
