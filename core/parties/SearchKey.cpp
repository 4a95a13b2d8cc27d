#include "SearchKey.h"

#include "Kana.h"

namespace kaishu::parties {

QString searchKey(const QString &text)
{
    // Hiragana → katakana (which also widens ASCII), then NFKC folds wide ASCII back and
    // half-width kana forward, so every spelling meets in one form.
    QString key = toFullWidthKatakana(text).normalized(QString::NormalizationForm_KC).toLower();
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key;
}

} // namespace kaishu::parties
