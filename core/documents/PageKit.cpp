#include "PageKit.h"

#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace kaishu::documents::detail {

namespace {

// Noto Sans CJK JP (fonts-noto-cjk) first; then what a Japanese Windows or macOS has, so a document
// still comes out in Japanese type where Noto is missing. Qt falls back along the list glyph by glyph.
const QStringList &sansFamilies()
{
    static const QStringList families = {
        QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Source Han Sans JP"),
        QStringLiteral("IPAexGothic"),      QStringLiteral("IPAGothic"),
        QStringLiteral("Yu Gothic"),        QStringLiteral("Meiryo"),
        QStringLiteral("Hiragino Sans"),    QStringLiteral("MS Gothic")};
    return families;
}

QFont makeFont(Face face, int size)
{
    QFont font;
    // One family in two weights, no serif title: each face costs every PDF file a font subset, and Qt's
    // subsetter spends about 2 ms per font on it (it scans the font's whole character map).
    font.setFamilies(sansFamilies());
    // No OpenType shaping for the simple scripts (Japanese, Latin, digits): glyphs then come straight
    // from the font's character map. Shaped, Noto CJK gives digits after a Latin letter ("K-00042")
    // alternate glyphs that no character maps to, and Qt's PDF engine writes no text for them, so
    // numbers would vanish from search and copy. It also saves HarfBuzz its time on every string.
    font.setStyleHint(QFont::SansSerif, QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    font.setPixelSize(size);
    font.setWeight(face == Face::Sans ? QFont::Normal : QFont::Bold);
    // Unhinted metrics are the font's design metrics, which is what the PDF engine places glyphs by.
    font.setHintingPreference(QFont::PreferNoHinting);
    if (face == Face::Title)
        font.setLetterSpacing(QFont::PercentageSpacing, 125);
    return font;
}

} // namespace

FontCache::Entry &FontCache::entry(Face face, int size)
{
    const int key = static_cast<int>(face) * 100'000 + size;
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        QFont font = makeFont(face, size);
        it = m_entries.insert(key, std::make_shared<Entry>(Entry{font, QFontMetricsF(font)}));
    }
    return *it.value();
}

const QFont &FontCache::font(Face face, int size)
{
    return entry(face, size).font;
}

const QFontMetricsF &FontCache::metrics(Face face, int size)
{
    return entry(face, size).metrics;
}

QImage ImageCache::image(const QByteArray &bytes, QSize maxPixels)
{
    if (bytes.isEmpty())
        return {};
    const Key key{bytes, maxPixels.width(), maxPixels.height()};
    const auto it = m_images.constFind(key);
    if (it != m_images.constEnd())
        return it.value();
    // Styles are few (one per client); the bound only keeps a long-running GUI from collecting them.
    if (m_images.size() >= 64)
        m_images.clear();
    QImage image = QImage::fromData(bytes);
    if (!image.isNull() && (image.width() > maxPixels.width() || image.height() > maxPixels.height()))
        image = image.scaled(maxPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // The formats the PDF engine reads pixels from; any other it converts again for every file.
    if (!image.isNull())
        image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    m_images.insert(key, image); // a null image too: undecodable bytes are not decoded again
    return image;
}

Canvas::Canvas(FontCache &fonts, ImageCache &images, QPainter *painter)
    : m_fonts(fonts)
    , m_images(images)
    , m_painter(painter)
{}

qreal Canvas::advance(const QString &text, Face face, int size)
{
    return m_fonts.metrics(face, size).horizontalAdvance(text);
}

TextBox Canvas::wrap(const QString &text, Face face, int size, qreal width)
{
    TextBox box;
    box.face = face;
    box.size = size;
    const QFontMetricsF &metrics = m_fonts.metrics(face, size);
    box.lineHeight = metrics.height();
    box.ascent = metrics.ascent();
    if (text.isEmpty())
        return box;
    auto addLine = [&](const QString &line) {
        const qreal lineWidth = metrics.horizontalAdvance(line);
        box.lines.append(line);
        box.widths.append(lineWidth);
        box.width = std::max(box.width, lineWidth);
    };
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        // Most texts fit: one measurement instead of a text layout.
        if (metrics.horizontalAdvance(paragraph) <= width) {
            addLine(paragraph);
            continue;
        }
        QTextLayout layout(paragraph, m_fonts.font(face, size));
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            QString part = paragraph.mid(line.textStart(), line.textLength());
            while (!part.isEmpty() && part.back().isSpace())
                part.chop(1);
            addLine(part);
        }
        layout.endLayout();
    }
    return box;
}

TextBox Canvas::fit(const QString &text, Face face, int size, int minSize, qreal width)
{
    auto widest = [&](int candidate) {
        qreal result = 0;
        for (const QString &paragraph : text.split(QLatin1Char('\n')))
            result = std::max(result, advance(paragraph, face, candidate));
        return result;
    };
    int current = size;
    qreal needed = widest(current);
    while (needed > width && current > minSize) {
        // Advances scale with the size, so the proportional guess is nearly right; step down from it.
        const int guess = static_cast<int>(std::floor(qreal(current) * width / needed));
        current = std::clamp(guess, minSize, current - 1);
        needed = widest(current);
    }
    return wrap(text, face, current, width);
}

void Canvas::draw(const TextBox &box, QPointF topLeft, qreal width, Qt::Alignment alignment,
                  const QColor &color)
{
    if (!m_painter || box.isEmpty())
        return;
    const int fontKey = static_cast<int>(box.face) * 100'000 + box.size;
    if (fontKey != m_fontKey) {
        m_painter->setFont(m_fonts.font(box.face, box.size));
        m_fontKey = fontKey;
    }
    usePen(color, 0, Qt::SolidLine);
    for (qsizetype i = 0; i < box.lines.size(); ++i) {
        qreal x = topLeft.x();
        if (alignment & Qt::AlignRight)
            x += width - box.widths.at(i);
        else if (alignment & Qt::AlignHCenter)
            x += (width - box.widths.at(i)) / 2;
        m_painter->drawText(QPointF(x, topLeft.y() + box.lineHeight * qreal(i) + box.ascent),
                            box.lines.at(i));
    }
}

qreal Canvas::text(const QString &text, Face face, int size, QPointF topLeft, qreal width,
                   Qt::Alignment alignment, const QColor &color)
{
    const TextBox box = wrap(text, face, size, width);
    draw(box, topLeft, width, alignment, color);
    return box.height();
}

qreal Canvas::fitText(const QString &text, Face face, int size, int minSize, QPointF topLeft, qreal width,
                      Qt::Alignment alignment, const QColor &color)
{
    const TextBox box = fit(text, face, size, minSize, width);
    draw(box, topLeft, width, alignment, color);
    return box.height();
}

void Canvas::usePen(const QColor &color, qreal width, Qt::PenStyle style)
{
    if (color == m_penColor && width == m_penWidth && style == m_penStyle)
        return;
    QPen pen(color, width, style, Qt::FlatCap, Qt::MiterJoin);
    if (style == Qt::DashLine)
        pen.setDashPattern({4.0, 3.0});
    m_painter->setPen(pen);
    m_penColor = color;
    m_penWidth = width;
    m_penStyle = style;
}

void Canvas::line(QPointF from, QPointF to, const QColor &color, qreal width, Qt::PenStyle style)
{
    if (!m_painter)
        return;
    usePen(color, width, style);
    m_painter->drawLine(from, to);
}

void Canvas::fill(const QRectF &rect, const QColor &color)
{
    if (m_painter)
        m_painter->fillRect(rect, color);
}

void Canvas::frame(const QRectF &rect, const QColor &color, qreal width, Qt::PenStyle style)
{
    if (!m_painter)
        return;
    usePen(color, width, style);
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawRect(rect);
}

QRectF Canvas::image(const QImage &image, const QRectF &rect, Qt::Alignment alignment)
{
    if (image.isNull() || rect.isEmpty())
        return {};
    QSizeF size = QSizeF(image.size()).scaled(rect.size(), Qt::KeepAspectRatio);
    QPointF origin = rect.topLeft();
    if (alignment & Qt::AlignRight)
        origin.rx() += rect.width() - size.width();
    else if (alignment & Qt::AlignHCenter)
        origin.rx() += (rect.width() - size.width()) / 2;
    if (alignment & Qt::AlignBottom)
        origin.ry() += rect.height() - size.height();
    else if (alignment & Qt::AlignVCenter)
        origin.ry() += (rect.height() - size.height()) / 2;
    const QRectF target(origin, size);
    if (m_painter)
        m_painter->drawImage(target, image);
    return target;
}

QColor tint(const QColor &color, qreal strength)
{
    const QColor rgb = color.toRgb();
    auto mix = [strength](float channel) { return 1.0f - (1.0f - channel) * float(strength); };
    return QColor::fromRgbF(mix(rgb.redF()), mix(rgb.greenF()), mix(rgb.blueF()));
}

} // namespace kaishu::documents::detail
