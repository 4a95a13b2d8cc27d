#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kaishu::parties {

// Kana forms of names: the full-width katakana reading kept on a party's record (フリガナ) and the
// half-width Zengin form in which banks report who paid (振込依頼人名, DOMAIN.md §5). Conversions
// use ICU transliterators, cached per thread.

// The longest payer name a Zengin record holds (C48; a voiced mark ﾞ/ﾟ counts as a character).
inline constexpr int PayerNameMaxLength = 48;

// True when nameKana is a usable reading: full-width katakana, ー, ・, the ideographic space,
// full-width digits and latin letters, and full-width （）．，－／＆. Empty text, hiragana,
// half-width kana and anything else are rejected with a reason naming the first offending character.
bool isFullWidthKana(const QString &nameKana, QString *reason = nullptr);

// Hiragana and half-width kana (and half-width latin, digits, spaces, punctuation) to their
// full-width katakana / full-width forms: "やまだ ｼｮｳｼﾞ" → "ヤマダ　ショウジ".
QString toFullWidthKatakana(const QString &text);

// A reading in the form banks print: half-width katakana with small kana written large
// (ッ→ﾂ, ャ→ﾔ, ァ→ｱ), voiced marks as their own character (ガ→ｶﾞ), the long vowel as ｰ, latin
// upper-case, ・ as ".", full-width space as one space (runs collapsed, ends trimmed), cut to
// PayerNameMaxLength characters. Hiragana and half-width input are accepted too. Characters with
// no Zengin form (kanji, symbols) are kept, so isValidPayerName can point at them.
QString toBankPayerName(const QString &fullWidthKana);

// True for a Zengin payer name: only half-width katakana (U+FF61–U+FF9F), A–Z, 0–9, space and
// ( ) - . , /, at most PayerNameMaxLength characters, not empty.
bool isValidPayerName(const QString &payerName, QString *reason = nullptr);

// A legal-entity type with the spellings that mark it in a company name and its Zengin abbreviation.
struct LegalEntityForm
{
    QStringList spellings; // "株式会社", "(株)", "（株）", "㈱"
    QString abbreviation;  // "ｶ"
};
// All known forms; a longer spelling is listed before any it contains (一般社団法人 before 社団法人).
const QList<LegalEntityForm> &legalEntityForms();

// The Zengin abbreviation of a legal-entity word ("株式会社" → "ｶ", "特定非営利活動法人" → "ﾄｸﾋ"),
// or an empty string when the word is not a known legal-entity type.
QString legalEntityAbbreviation(const QString &legalEntityWord);

// The Zengin payer name of a company: the legal-entity type found at the start of companyName
// becomes the prefix "ｶ)", at the end the suffix "(ｶ", around the converted reading of the rest of
// the name (nameKana, which does NOT include the legal-entity word): 株式会社山田商事 / ヤマダショウジ
// → "ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ"; 東京物産有限会社 / トウキョウブッサン → "ﾄｳｷﾖｳﾌﾞﾂｻﾝ(ﾕ". A name with no legal-entity
// word at either end (a sole proprietor, or the word in the middle) gets the plain reading.
// The result is cut to PayerNameMaxLength characters.
QString toBankPayerNameForCompany(const QString &companyName, const QString &nameKana);

} // namespace kaishu::parties
