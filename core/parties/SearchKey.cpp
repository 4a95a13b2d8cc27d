#include "SearchKey.h"

#include "Kana.h"

#include <algorithm>

namespace kaishu::parties {

namespace {

bool containsHiragana(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x3041 && c.unicode() <= 0x309F; });
}

} // namespace

QString searchKey(const QString &text)
{
    // NFKC folds wide ASCII back and half-width kana forward; hiragana becomes katakana through ICU
    // (only when there is any: the transliterator is the costly step), so every spelling meets in
    // one form.
    QString key = text.normalized(QString::NormalizationForm_KC);
    if (containsHiragana(key))
        key = toFullWidthKatakana(key).normalized(QString::NormalizationForm_KC);
    key = key.toLower();
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key;
}

} // namespace kaishu::parties
