#include "SearchKey.h"

#include "Kana.h"

namespace kaishu::parties {

QString searchKey(const QString &text)
{
    QString key = toFullWidthKatakana(text.normalized(QString::NormalizationForm_KC)).toLower();
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key;
}

} // namespace kaishu::parties
