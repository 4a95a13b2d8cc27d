#include "Identifiers.h"
#include "Reason.h"

#include <QCoreApplication>

namespace kaishu::parties {

namespace {

// Reasons are shown to clerks, so they go through the translation system (context "Identifiers").
struct Identifiers
{
    Q_DECLARE_TR_FUNCTIONS(Identifiers)
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

bool isHyphenLike(QChar c)
{
    return c == u'-' || c == u'‐' || c == u'‑' || c == u'−' || c == u'－' || c == u'ー' || c == u'―' ||
           c == u'ｰ';
}

// "must be 13 digits" / "must be 13 digits, not 12" and the like.
bool failDigits(QString *reason, const QString &digits, int expected)
{
    if (!allAsciiDigits(digits))
        return fail(reason, Identifiers::tr("must contain only digits"));
    if (digits.isEmpty())
        return fail(reason, Identifiers::tr("must be %1 digits").arg(expected));
    return fail(reason, Identifiers::tr("must be %1 digits, not %2").arg(expected).arg(digits.size()));
}

bool checkFixedDigits(const QString &text, int expected, QString *reason)
{
    const QString digits = normalizeDigits(text);
    if (digits.size() != expected || !allAsciiDigits(digits))
        return failDigits(reason, digits, expected);
    return succeed(reason);
}

} // namespace

QString normalizeDigits(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || isHyphenLike(c))
            continue;
        if (c >= u'０' && c <= u'９')
            result.append(QChar(char16_t(u'0' + (c.unicode() - u'０'))));
        else
            result.append(c);
    }
    return result;
}

int corporateNumberCheckDigit(const QString &twelveDigits)
{
    if (twelveDigits.size() != 12 || !allAsciiDigits(twelveDigits))
        return -1;
    // P_n is the n-th digit counted from the right, weighted 1 for odd n and 2 for even n.
    int sum = 0;
    for (int n = 1; n <= 12; ++n) {
        const int digit = twelveDigits.at(12 - n).unicode() - u'0';
        sum += digit * (n % 2 == 1 ? 1 : 2);
    }
    return 9 - sum % 9;
}

bool isValidCorporateNumber(const QString &thirteenDigits, QString *reason)
{
    const QString digits = normalizeDigits(thirteenDigits);
    if (digits.size() != 13 || !allAsciiDigits(digits))
        return failDigits(reason, digits, 13);
    const int expected = corporateNumberCheckDigit(digits.mid(1));
    const int actual = digits.at(0).unicode() - u'0';
    if (actual != expected)
        return fail(reason, Identifiers::tr("check digit is %1, expected %2").arg(actual).arg(expected));
    return succeed(reason);
}

QString normalizeRegistrationNumber(const QString &text)
{
    QString result = normalizeDigits(text);
    if (!result.isEmpty() && (result.at(0) == u't' || result.at(0) == u'Ｔ' || result.at(0) == u'ｔ'))
        result[0] = u'T';
    return result;
}

bool isValidRegistrationNumber(const QString &text, QString *reason)
{
    return isValidRegistrationNumber(text, Registrant::Unknown, reason);
}

bool isValidRegistrationNumber(const QString &text, Registrant registrant, QString *reason)
{
    const QString normalized = normalizeRegistrationNumber(text);
    if (normalized.isEmpty())
        return fail(reason, Identifiers::tr("must be T followed by 13 digits"));
    if (normalized.at(0) != u'T')
        return fail(reason, Identifiers::tr("must start with T"));
    const QString digits = normalized.mid(1);
    if (digits.size() != 13 || !allAsciiDigits(digits))
        return fail(reason, Identifiers::tr("must be T followed by 13 digits"));
    if (registrant == Registrant::Corporation)
        return isValidCorporateNumber(digits, reason);
    return succeed(reason);
}

QString normalizePostalCode(const QString &text)
{
    QString digits = normalizeDigits(text);
    if (digits.startsWith(u'〒'))
        digits.remove(0, 1);
    if (digits.size() != 7 || !allAsciiDigits(digits))
        return {};
    return digits.left(3) + u'-' + digits.mid(3);
}

bool isValidPostalCode(const QString &text, QString *reason)
{
    if (normalizePostalCode(text).isEmpty()) {
        QString digits = normalizeDigits(text);
        if (digits.startsWith(u'〒'))
            digits.remove(0, 1);
        return failDigits(reason, digits, 7);
    }
    return succeed(reason);
}

bool isValidBankCode(const QString &text, QString *reason)
{
    return checkFixedDigits(text, 4, reason);
}

bool isValidBranchCode(const QString &text, QString *reason)
{
    return checkFixedDigits(text, 3, reason);
}

QString normalizeAccountNumber(const QString &text)
{
    const QString digits = normalizeDigits(text);
    if (digits.isEmpty() || digits.size() > 7 || !allAsciiDigits(digits))
        return {};
    return digits.rightJustified(7, u'0');
}

bool isValidAccountNumber(const QString &text, QString *reason)
{
    const QString digits = normalizeDigits(text);
    if (digits.isEmpty())
        return fail(reason, Identifiers::tr("must not be empty"));
    if (!allAsciiDigits(digits))
        return fail(reason, Identifiers::tr("must contain only digits"));
    if (digits.size() > 7)
        return fail(reason, Identifiers::tr("must be at most 7 digits, not %1").arg(digits.size()));
    return succeed(reason);
}

bool isValidPhoneNumber(const QString &text, QString *reason)
{
    QString digits;
    for (QChar c : text) {
        if (isAsciiDigit(c))
            digits.append(c);
        else if (c >= u'０' && c <= u'９')
            digits.append(QChar(char16_t(u'0' + (c.unicode() - u'０'))));
        else if (!(c.isSpace() || isHyphenLike(c) || c == u'(' || c == u')' || c == u'（' || c == u'）'))
            return fail(reason, Identifiers::tr("may contain only digits, hyphens and parentheses"));
    }
    if (digits.size() < 10 || digits.size() > 11)
        return fail(reason, Identifiers::tr("must have 10 or 11 digits, not %1").arg(digits.size()));
    if (!digits.startsWith(u'0'))
        return fail(reason, Identifiers::tr("must start with 0 (a domestic number)"));
    return succeed(reason);
}

bool isValidEmail(const QString &text, QString *reason)
{
    const QString address = text.trimmed();
    if (address.isEmpty())
        return fail(reason, Identifiers::tr("must not be empty"));
    if (address.size() > 254)
        return fail(reason, Identifiers::tr("is too long"));
    for (QChar c : address) {
        if (c.unicode() > 0x7e)
            return fail(reason, Identifiers::tr("must use half-width (ASCII) characters only"));
        if (c.unicode() <= 0x20)
            return fail(reason, Identifiers::tr("must not contain spaces"));
    }
    const qsizetype at = address.indexOf(u'@');
    if (at < 0 || address.indexOf(u'@', at + 1) >= 0)
        return fail(reason, Identifiers::tr("must contain exactly one @"));
    const QStringView local = QStringView(address).left(at);
    const QStringView domain = QStringView(address).mid(at + 1);
    if (local.isEmpty() || local.size() > 64)
        return fail(reason, Identifiers::tr("the part before @ must have 1 to 64 characters"));
    for (QChar c : local) {
        if (QStringView(u"\"(),:;<>[]\\").contains(c))
            return fail(reason, Identifiers::tr("the part before @ contains '%1'").arg(c));
    }
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return fail(reason, Identifiers::tr("the part before @ has a misplaced dot"));
    const QList<QStringView> labels = domain.split(u'.');
    if (labels.size() < 2)
        return fail(reason, Identifiers::tr("the domain must contain a dot"));
    for (QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return fail(reason, Identifiers::tr("the domain has an empty or overlong part"));
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return fail(reason, Identifiers::tr("a domain part must not start or end with a hyphen"));
        for (QChar c : label) {
            if (!(c.isLetterOrNumber() || c == u'-'))
                return fail(reason, Identifiers::tr("the domain contains '%1'").arg(c));
        }
    }
    const QStringView tld = labels.last();
    bool tldHasLetter = false;
    for (QChar c : tld)
        tldHasLetter = tldHasLetter || c.isLetter();
    if (tld.size() < 2 || !tldHasLetter)
        return fail(reason, Identifiers::tr("the domain must end in a top-level domain such as .jp or .com"));
    return succeed(reason);
}

} // namespace kaishu::parties
