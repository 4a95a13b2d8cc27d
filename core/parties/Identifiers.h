#pragma once

#include <QString>

namespace kaishu::parties {

// Validators for the numbers and codes on a client's or debtor's record. Each accepts what people
// actually type (full-width digits, hyphens, spaces) and, when given a reason pointer, explains a
// rejection in a sentence a clerk can act on. The normalize* functions give the stored form.

// Full-width digits to ASCII; hyphens (-, ‐, −, －, ー) and spaces (including 　) removed. Other
// characters are kept, so a validator run on the result still sees them.
QString normalizeDigits(const QString &text);

// 法人番号: 13 digits, the first a check digit over the other twelve (see DOMAIN.md §2).
bool isValidCorporateNumber(const QString &thirteenDigits, QString *reason = nullptr);
// The check digit (1–9) for the 12-digit base number, or -1 when the input is not 12 digits.
int corporateNumberCheckDigit(const QString &twelveDigits);

// 適格請求書発行事業者登録番号: "T" + 13 digits. Returns the canonical form ("T" and ASCII digits,
// separators removed) of what was typed, e.g. "ｔ１２３４-５６７８-９０１２-３" → "T1234567890123";
// the input unchanged apart from that folding when it has another shape (check with isValid…).
QString normalizeRegistrationNumber(const QString &text);

// Who holds a registration number, when known. The NTA assigns a corporation its 法人番号, which
// carries a check digit; sole proprietors and 人格のない社団等 get "13 digits that are neither a
// My Number nor any 法人番号" with no published check. Their numbers therefore cannot be checked
// beyond their format, and a number of unknown holder cannot be rejected for its check digit
// either (a valid sole proprietor's number would fail it most of the time).
enum class Registrant {
    Unknown,        // format only
    Corporation,    // format and the 法人番号 check digit
    SoleProprietor, // format only
};

// Format ("T" + 13 digits, after normalizeRegistrationNumber) and, for a corporation, the check
// digit of its 法人番号.
bool isValidRegistrationNumber(const QString &text, QString *reason = nullptr);
bool isValidRegistrationNumber(const QString &text, Registrant registrant, QString *reason = nullptr);

// 郵便番号: seven digits, stored as "NNN-NNNN". A leading 〒 is allowed. Empty when not 7 digits.
QString normalizePostalCode(const QString &text);
bool isValidPostalCode(const QString &text, QString *reason = nullptr);

// 金融機関コード: 4 digits; 支店コード: 3 digits (exactly: leading zeros are part of the code).
bool isValidBankCode(const QString &text, QString *reason = nullptr);
bool isValidBranchCode(const QString &text, QString *reason = nullptr);

// 口座番号: up to 7 digits, stored zero-padded to 7 ("12345" → "0012345"). Empty when invalid.
QString normalizeAccountNumber(const QString &text);
bool isValidAccountNumber(const QString &text, QString *reason = nullptr);

// A domestic phone number: digits, hyphens, parentheses and spaces only, 10 or 11 digits,
// starting with 0 ("03-1234-5678", "(03) 1234-5678", "090-1234-5678", "0120-123-456").
bool isValidPhoneNumber(const QString &text, QString *reason = nullptr);

// A sane address check, not RFC 5322: one "@", a non-empty local part without spaces, and a
// domain of dot-separated labels (letters, digits, hyphens) ending in an alphabetic TLD.
bool isValidEmail(const QString &text, QString *reason = nullptr);

} // namespace kaishu::parties
