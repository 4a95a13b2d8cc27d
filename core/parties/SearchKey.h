#pragma once

#include <QString>

namespace kaishu::parties {

// The form names are compared in when a clerk searches: NFKC (so ﾔﾏﾀﾞ and ＡＢＣ fold to ヤマダ and
// abc), hiragana as katakana, lower case, without spaces. Stored per debtor and applied to what the
// clerk types, so やまだ, ﾔﾏﾀﾞ and ヤマダ all find 山田 by its kana.
QString searchKey(const QString &text);

} // namespace kaishu::parties
