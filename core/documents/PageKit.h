#pragma once

// Internal to kaishu_documents: the means the layout draws with. Lengths are in tenths of a point
// (720 units per inch, an A4 page is 5953 × 8419), so font sizes are integral pixel sizes in the same
// unit and no measurement depends on a device's resolution: the layout of a document is the same on
// the PDF writer, on any printer and in pageCount().

#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPointF>
#include <QStringList>

#include <memory>

class QPainter;
class QPdfWriter;

namespace kaishu::documents::detail {

constexpr qreal UnitsPerPoint = 10.0;
constexpr qreal mm(qreal millimetres)
{
    return millimetres * 72.0 / 25.4 * UnitsPerPoint;
}
constexpr qreal pt(qreal points)
{
    return points * UnitsPerPoint;
}
constexpr qreal PageWidth = mm(210.0);
constexpr qreal PageHeight = mm(297.0);

enum class Face { Sans, SansBold, Title }; // Title: bold, letter-spaced

// Fonts and their metrics by face and size, built once per layout: constructing a QFont resolves the
// family through fontconfig, which costs more than laying out a whole line.
class FontCache
{
public:
    const QFont &font(Face face, int size);
    const QFontMetricsF &metrics(Face face, int size);

private:
    struct Entry
    {
        QFont font;
        QFontMetricsF metrics;
    };
    Entry &entry(Face face, int size);
    QHash<int, std::shared_ptr<Entry>> m_entries;
};

// Logos and seals decoded and scaled once and shared by every page and document that shows them. The
// PDF writer embeds an image once per file when it sees the same QImage again, so the cache also keeps
// a batch PDF small.
class ImageCache
{
public:
    // The image in bytes (PNG, JPEG …) scaled down to at most maxPixels; a null image when bytes are
    // empty or not an image.
    QImage image(const QByteArray &bytes, QSize maxPixels);

private:
    struct Key
    {
        QByteArray bytes; // implicitly shared with the style: the key costs no copy
        int width = 0;
        int height = 0;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.bytes, key.width, key.height);
        }
    };
    QHash<Key, QImage> m_images;
};

// Text measured for a width: its lines, font and line height.
struct TextBox
{
    QStringList lines;
    Face face = Face::Sans;
    int size = 0;
    qreal lineHeight = 0;
    qreal ascent = 0;
    QList<qreal> widths; // of each line
    qreal width = 0;     // of the widest line
    qreal height() const { return lineHeight * qreal(lines.size()); }
    bool isEmpty() const { return lines.isEmpty(); }
};

// What a block paints with. With a null painter it only measures: the same code computes a block's
// height when pages are laid out and draws it when they are painted, so the two cannot disagree.
class Canvas
{
public:
    Canvas(FontCache &fonts, ImageCache &images, QPainter *painter);

    QPainter *painter() const { return m_painter; }
    bool painting() const { return m_painter != nullptr; }
    FontCache &fonts() { return m_fonts; }
    ImageCache &images() { return m_images; }

    // Text wrapped to width (at word boundaries or between Japanese characters) in one size.
    TextBox wrap(const QString &text, Face face, int size, qreal width);
    // Text on one line, shrunk from size down to minSize to fit width; wrapped at minSize when even
    // that is too wide. Nothing is ever clipped.
    TextBox fit(const QString &text, Face face, int size, int minSize, qreal width);
    qreal advance(const QString &text, Face face, int size);

    // Draws a measured box, each line aligned (left, right or centre) within width from topLeft.
    void draw(const TextBox &box, QPointF topLeft, qreal width, Qt::Alignment alignment, const QColor &color);
    // Measures and draws; returns the height used.
    qreal text(const QString &text, Face face, int size, QPointF topLeft, qreal width,
               Qt::Alignment alignment, const QColor &color);
    qreal fitText(const QString &text, Face face, int size, int minSize, QPointF topLeft, qreal width,
                  Qt::Alignment alignment, const QColor &color);

    void line(QPointF from, QPointF to, const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine);
    void fill(const QRectF &rect, const QColor &color);
    void frame(const QRectF &rect, const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine);
    // The image scaled to fit rect, keeping its aspect ratio, aligned in rect; returns the rect used.
    QRectF image(const QImage &image, const QRectF &rect, Qt::Alignment alignment);

private:
    void usePen(const QColor &color, qreal width, Qt::PenStyle style);

    FontCache &m_fonts;
    ImageCache &m_images;
    QPainter *m_painter;
    // What the painter was last given: setFont and setPen are not free, and a page sets them hundreds
    // of times to the same values.
    int m_fontKey = -1;
    QColor m_penColor;
    qreal m_penWidth = -1;
    Qt::PenStyle m_penStyle = Qt::NoPen;
};

// A PDF writer for the layout: A4 without margins, the document's title, Kaishu as creator.
void setUpPdfWriter(QPdfWriter &writer, const QString &title);

// A colour between white (0) and colour (1), for tinted backgrounds.
QColor tint(const QColor &color, qreal strength);

} // namespace kaishu::documents::detail
