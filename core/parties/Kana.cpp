#include "Kana.h"
#include "Reason.h"

#include <QCoreApplication>
#include <QHash>

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <map>
#include <memory>
#include <stdexcept>
#include <string>

namespace kaishu::parties {

namespace {

struct Kana
{
    Q_DECLARE_TR_FUNCTIONS(Kana)
};

// Runs an ICU system transliterator. ICU transliterators are not safe to share between threads
// while transliterating, so each thread keeps its own instances, created on first use.
QString transliterate(const QString &text, const char *id)
{
    thread_local std::map<std::string, std::unique_ptr<icu::Transliterator>> cache;
    std::unique_ptr<icu::Transliterator> &slot = cache[id];
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        slot.reset(
            icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !slot) {
            slot.reset();
            throw std::runtime_error(std::string("ICU transliterator unavailable: ") + id);
        }
    }
    icu::UnicodeString buffer(reinterpret_cast<const UChar *>(text.utf16()),
                              static_cast<int32_t>(text.size()));
    slot->transliterate(buffer);
    return QString(reinterpret_cast<const QChar *>(buffer.getBuffer()), buffer.length());
}

// Small kana and their large counterparts, derived from the Unicode character names
// ("KATAKANA LETTER SMALL TU" → "KATAKANA LETTER TU") rather than typed in by hand.
const QHash<char16_t, char16_t> &smallToLargeKana()
{
    static const QHash<char16_t, char16_t> map = [] {
        QHash<char16_t, char16_t> result;
        const auto scan = [&result](UChar32 first, UChar32 last) {
            for (UChar32 c = first; c <= last; ++c) {
                char name[128] = {};
                UErrorCode status = U_ZERO_ERROR;
                const int32_t length = u_charName(c, U_UNICODE_CHAR_NAME, name, sizeof name, &status);
                if (U_FAILURE(status) || length <= 0)
                    continue;
                std::string largeName(name, static_cast<size_t>(length));
                const auto small = largeName.find(" SMALL ");
                if (small == std::string::npos)
                    continue;
                largeName.erase(small, 6); // drop " SMALL", keep the following space
                status = U_ZERO_ERROR;
                const UChar32 large = u_charFromName(U_UNICODE_CHAR_NAME, largeName.c_str(), &status);
                if (U_SUCCESS(status) && large <= 0xffff)
                    result.insert(static_cast<char16_t>(c), static_cast<char16_t>(large));
            }
        };
        scan(0x3041, 0x30ff); // hiragana and katakana
        scan(0x31f0, 0x31ff); // katakana phonetic extensions (small ㇰ, ㇱ …)
        scan(0xff61, 0xff9f); // half-width katakana
        return result;
    }();
    return map;
}

bool isFullWidthKatakanaLetter(char32_t c)
{
    return (c >= U'ァ' && c <= U'ヺ') || c == U'ヽ' || c == U'ヾ';
}

bool isAllowedInKanaName(char32_t c)
{
    if (c > 0xffff)
        return false;
    return isFullWidthKatakanaLetter(c) || c == U'ー' || c == U'・' || c == U'\u3000' ||
           (c >= U'０' && c <= U'９') || (c >= U'Ａ' && c <= U'Ｚ') || (c >= U'ａ' && c <= U'ｚ') ||
           QStringView(u"（）．，－／＆").contains(QChar(static_cast<char16_t>(c)));
}

QString describeCharacter(char32_t c)
{
    return QStringLiteral("'%1' (U+%2)")
        .arg(QString::fromUcs4(&c, 1),
             QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, u'0'));
}

bool isPayerNameCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xff61 && u <= 0xff9f) || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           QStringView(u" ()-.,/").contains(c);
}

} // namespace

bool isFullWidthKana(const QString &nameKana, QString *reason)
{
    if (nameKana.trimmed().isEmpty())
        return fail(reason, Kana::tr("must not be empty"));
    for (char32_t c : nameKana.toUcs4()) {
        if (isAllowedInKanaName(c))
            continue;
        const QString what = describeCharacter(c);
        if (u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SCRIPT) == USCRIPT_HIRAGANA)
            return fail(reason, Kana::tr("contains hiragana %1: write the reading in katakana").arg(what));
        if (c >= 0xff61 && c <= 0xff9f)
            return fail(reason,
                        Kana::tr("contains half-width katakana %1: use full-width katakana").arg(what));
        if (c < 0x7f)
            return fail(
                reason,
                Kana::tr("contains the half-width character %1: use full-width characters").arg(what));
        return fail(reason, Kana::tr("contains %1, which is not katakana").arg(what));
    }
    return succeed(reason);
}

QString toFullWidthKatakana(const QString &text)
{
    return transliterate(transliterate(text, "Halfwidth-Fullwidth"), "Hiragana-Katakana");
}

QString toBankPayerName(const QString &fullWidthKana)
{
    QString text = toFullWidthKatakana(fullWidthKana);
    const QHash<char16_t, char16_t> &largeOf = smallToLargeKana();
    for (QChar &c : text) {
        const auto large = largeOf.constFind(c.unicode());
        if (large != largeOf.constEnd())
            c = QChar(*large);
        else if (c == u'ヰ') // obsolete kana without a half-width form, written as banks do
            c = u'イ';
        else if (c == u'ヱ')
            c = u'エ';
        else if (c == u'・') // ･ is outside the Zengin character set; banks use "."
            c = u'．';
    }
    text = transliterate(text, "Fullwidth-Halfwidth");

    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace()) {
            if (!result.isEmpty() && !result.endsWith(u' '))
                result.append(u' ');
            continue;
        }
        if (c >= u'a' && c <= u'z')
            c = QChar(char16_t(c.unicode() - (u'a' - u'A')));
        result.append(c);
    }
    if (result.endsWith(u' '))
        result.chop(1);
    result.truncate(PayerNameMaxLength);
    if (result.endsWith(u' '))
        result.chop(1);
    return result;
}

bool isValidPayerName(const QString &payerName, QString *reason)
{
    if (payerName.isEmpty())
        return fail(reason, Kana::tr("must not be empty"));
    for (qsizetype i = 0; i < payerName.size(); ++i) {
        const QChar c = payerName.at(i);
        if (!isPayerNameCharacter(c)) {
            const char32_t code = c.isHighSurrogate() && i + 1 < payerName.size()
                                      ? QChar::surrogateToUcs4(c, payerName.at(i + 1))
                                      : c.unicode();
            return fail(reason, Kana::tr("contains %1 at position %2, which a bank payer name cannot hold")
                                    .arg(describeCharacter(code))
                                    .arg(i + 1));
        }
    }
    if (payerName.size() > PayerNameMaxLength)
        return fail(
            reason,
            Kana::tr("has %1 characters, more than %2").arg(payerName.size()).arg(PayerNameMaxLength));
    return succeed(reason);
}

const QList<LegalEntityForm> &legalEntityForms()
{
    static const QList<LegalEntityForm> forms{
        {{QStringLiteral("特定非営利活動法人"), QStringLiteral("NPO法人")}, QStringLiteral("ﾄｸﾋ")},
        {{QStringLiteral("社会福祉法人")}, QStringLiteral("ﾌｸ")},
        {{QStringLiteral("独立行政法人")}, QStringLiteral("ﾄﾞｸ")},
        {{QStringLiteral("一般社団法人"), QStringLiteral("公益社団法人"), QStringLiteral("社団法人")},
         QStringLiteral("ｼﾔ")},
        {{QStringLiteral("一般財団法人"), QStringLiteral("公益財団法人"), QStringLiteral("財団法人")},
         QStringLiteral("ｻﾞｲ")},
        {{QStringLiteral("株式会社"), QStringLiteral("(株)"), QStringLiteral("（株）"), QStringLiteral("㈱")},
         QStringLiteral("ｶ")},
        {{QStringLiteral("有限会社"), QStringLiteral("(有)"), QStringLiteral("（有）"), QStringLiteral("㈲")},
         QStringLiteral("ﾕ")},
        {{QStringLiteral("合同会社"), QStringLiteral("(同)"), QStringLiteral("（同）")},
         QStringLiteral("ﾄﾞ")},
        {{QStringLiteral("合資会社"), QStringLiteral("(資)"), QStringLiteral("（資）"), QStringLiteral("㈾")},
         QStringLiteral("ｼ")},
        {{QStringLiteral("合名会社"), QStringLiteral("(名)"), QStringLiteral("（名）"), QStringLiteral("㈴")},
         QStringLiteral("ﾒ")},
        {{QStringLiteral("医療法人")}, QStringLiteral("ｲ")},
        {{QStringLiteral("学校法人")}, QStringLiteral("ｶﾞｸ")},
    };
    return forms;
}

QString legalEntityAbbreviation(const QString &legalEntityWord)
{
    const QString word = legalEntityWord.trimmed();
    for (const LegalEntityForm &form : legalEntityForms()) {
        if (form.spellings.contains(word))
            return form.abbreviation;
    }
    return {};
}

QString toBankPayerNameForCompany(const QString &companyName, const QString &nameKana)
{
    const QString reading = toBankPayerName(nameKana);
    const QString name = companyName.trimmed();
    // The longest spelling found at an end wins, so 一般社団法人 is not taken for 社団法人.
    QString abbreviation;
    bool atStart = false;
    qsizetype matchedLength = 0;
    for (const LegalEntityForm &form : legalEntityForms()) {
        for (const QString &spelling : form.spellings) {
            if (spelling.size() <= matchedLength)
                continue;
            if (name.startsWith(spelling) || name.endsWith(spelling)) {
                abbreviation = form.abbreviation;
                atStart = name.startsWith(spelling);
                matchedLength = spelling.size();
            }
        }
    }
    QString result = reading;
    if (!abbreviation.isEmpty())
        result = atStart ? abbreviation + u')' + reading : reading + u'(' + abbreviation;
    result.truncate(PayerNameMaxLength);
    return result;
}

} // namespace kaishu::parties
