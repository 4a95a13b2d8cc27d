#pragma once

#include <QByteArray>

namespace kaishu::documents::detail {

// Qt's PDF engine maps each embedded glyph back to the first Unicode code point (in code point order)
// that the font maps to it. CJK fonts give the Kangxi radicals (U+2F00…) the glyphs of the ideographs
// 日, 月, 山, 金 …, and the radicals come first, so the text of the PDF — what a search, a copy or
// pdftotext sees — reads ⽇ where the page shows 日. This rewrites those entries of the ToUnicode CMaps in
// place to the ideograph (the radical's NFKC form). Every entry keeps its length, so the offsets of the
// file's cross-reference table stay valid. Returns the number of entries changed.
int repairToUnicodeMaps(QByteArray &pdf);

} // namespace kaishu::documents::detail
