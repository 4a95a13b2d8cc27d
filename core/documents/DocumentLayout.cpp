#include "DocumentLayout.h"

#include "DocumentText.h"
#include "PageKit.h"
#include "PdfTextRepair.h"

#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <array>
#include <functional>
#include <vector>

namespace kaishu::documents {

using namespace detail;
using billing::BillingDocument;
using billing::DocumentKind;
using billing::DocumentLine;
using billing::DocumentStyle;
using billing::PriceMode;
using money::TaxCategory;
using money::Yen;

namespace {

// Page geometry, in tenths of a point (PageKit.h).
constexpr qreal Left = mm(15);
constexpr qreal Right = PageWidth - mm(15);
constexpr qreal ContentWidth = Right - Left;
constexpr qreal Top = mm(12);
constexpr qreal FooterTop = PageHeight - mm(19);
constexpr qreal Bottom = FooterTop - mm(3); // where the flow of blocks ends
constexpr qreal ContinuationHeight = mm(15);
constexpr qreal RightColumn = Left + mm(104); // the issuer's side of the page
constexpr qreal RightWidth = Right - RightColumn;

// Type sizes, in tenths of a point.
constexpr int TitleSize = 220;
constexpr int AmountSize = 170;
constexpr int NameSize = 150;
constexpr int IssuerNameSize = 110;
constexpr int LargeSize = 100;
constexpr int BodySize = 90;
constexpr int TableSize = 85;
constexpr int SmallSize = 75;
constexpr int TinySize = 65;
constexpr int MinSize = 55; // nothing is shrunk below 5.5 pt; longer text wraps instead

constexpr Qt::Alignment AlignLeft = Qt::AlignLeft;
constexpr Qt::Alignment AlignRight = Qt::AlignRight;
constexpr Qt::Alignment AlignCenter = Qt::AlignHCenter;

struct Palette
{
    QColor accent;
    QColor onAccent; // text on an accent fill: white, or dark on a light accent
    QColor tint;     // label cells
    QColor shade;    // every other table row
    QColor text = QColor(0x22, 0x22, 0x22);
    QColor muted = QColor(0x5f, 0x5f, 0x5f);
    QColor rule = QColor(0x8c, 0x8c, 0x8c);
    QColor hairline = QColor(0xc8, 0xc8, 0xc8);

    explicit Palette(const QString &accentName)
    {
        accent = QColor::fromString(accentName);
        if (!accent.isValid())
            accent = QColor(0x1f, 0x4e, 0x79);
        onAccent = accent.lightnessF() > 0.62f ? text : QColor(Qt::white);
        tint = detail::tint(accent, 0.12);
        shade = detail::tint(accent, 0.045);
    }
};

// What every block of one document reads. It lives while the document is laid out and painted.
struct Context
{
    const BillingDocument &document;
    const DocumentStyle &style;
    QString title;
    Palette palette;
    QImage logo; // null while only counting pages: images never change the layout
    QImage seal;
    QString lineDateFormat;
};

// A block paints itself at top and returns its height; with a measuring canvas it only measures.
using PaintFunction = std::function<qreal(Canvas &, qreal top)>;

struct Block
{
    qreal height = 0;
    PaintFunction paint;
};

struct PlacedBlock
{
    qreal top = 0;
    std::size_t block = 0;
};

struct Composition
{
    std::vector<Block> blocks;
    QList<QList<PlacedBlock>> pages;
};

// Places blocks down the pages: a block that does not fit starts a new page (below the continuation
// header); table rows bring the table header to the top of each page they start.
class Flow
{
public:
    explicit Flow(Composition &composition)
        : m_composition(composition)
    {
        m_composition.pages.append(QList<PlacedBlock>());
        m_y = Top;
    }

    std::size_t store(Block block)
    {
        m_composition.blocks.push_back(std::move(block));
        return m_composition.blocks.size() - 1;
    }

    void add(Block block, qreal gapBefore = 0)
    {
        const qreal gap = m_pageEmpty ? 0 : gapBefore;
        if (!fits(gap + block.height))
            newPage();
        else
            m_y += gap;
        put(store(std::move(block)));
    }

    void setTableHeader(Block header, qreal gapBefore)
    {
        m_tableHeader = store(std::move(header));
        m_tableGap = gapBefore;
    }

    void addRow(Block row)
    {
        const qreal headerHeight = m_composition.blocks[m_tableHeader].height;
        if (!m_headerOnPage) {
            const qreal gap = m_pageEmpty ? 0 : m_tableGap;
            if (!fits(gap + headerHeight + row.height))
                newPage();
            else
                m_y += gap;
            put(m_tableHeader);
            m_headerOnPage = true;
        } else if (!fits(row.height)) {
            newPage();
            put(m_tableHeader);
            m_headerOnPage = true;
        }
        put(store(std::move(row)));
    }

    void endTable() { m_headerOnPage = true; } // the tail never brings a table header along

    // The height a single block can have: a page below the continuation header and a table header.
    static qreal maxRowHeight(qreal tableHeaderHeight)
    {
        return Bottom - Top - ContinuationHeight - tableHeaderHeight;
    }

private:
    bool fits(qreal height) const { return m_y + height <= Bottom || m_pageEmpty; }

    void newPage()
    {
        m_composition.pages.append(QList<PlacedBlock>());
        m_y = Top + ContinuationHeight;
        m_pageEmpty = true;
        m_headerOnPage = false;
    }

    void put(std::size_t index)
    {
        m_composition.pages.last().append(PlacedBlock{m_y, index});
        m_y += m_composition.blocks[index].height;
        m_pageEmpty = false;
    }

    Composition &m_composition;
    qreal m_y = 0;
    bool m_pageEmpty = true;
    bool m_headerOnPage = false;
    std::size_t m_tableHeader = 0;
    qreal m_tableGap = 0;
};

Block measured(Canvas &measure, PaintFunction paint)
{
    const qreal height = paint(measure, 0);
    return Block{height, std::move(paint)};
}

// Text vertically centred in a band.
void drawCentred(Canvas &canvas, const TextBox &box, qreal x, qreal top, qreal width, qreal height,
                 Qt::Alignment alignment, const QColor &color)
{
    canvas.draw(box, QPointF(x, top + (height - box.height()) / 2), width, alignment, color);
}

// ---------------------------------------------------------------------------------------------------
// Parts of the first page

// The title, centred, with the accent rule under it and the client's logo at the right.
qreal titleBand(Canvas &canvas, const Context &context, qreal top)
{
    const Palette &palette = context.palette;
    const qreal titleWidth = ContentWidth - mm(104); // clear of the logo on the right, centred
    const TextBox title = canvas.fit(context.title, Face::Title, TitleSize, 120, titleWidth);
    drawCentred(canvas, title, Left + mm(52), top, titleWidth, mm(12), AlignCenter, palette.text);
    canvas.image(context.logo, QRectF(Right - mm(50), top, mm(50), mm(12)),
                 Qt::AlignRight | Qt::AlignVCenter);
    canvas.line(QPointF(Left, top + mm(13.2)), QPointF(Right, top + mm(13.2)), palette.accent, pt(1.8));
    canvas.line(QPointF(Left, top + mm(14.4)), QPointF(Right, top + mm(14.4)), palette.accent, pt(0.5));
    return mm(15);
}

// 宛名: postal code, address, name with 御中 or 様 over a rule, contact and customer code.
qreal recipientColumn(Canvas &canvas, const Context &context, qreal x, qreal top, qreal width)
{
    const billing::DocumentRecipient &recipient = context.document.recipient;
    const Palette &palette = context.palette;
    qreal y = top;
    if (!recipient.postalCode.isEmpty())
        y += canvas.fitText(QStringLiteral("〒") + recipient.postalCode, Face::Sans, BodySize, MinSize,
                            QPointF(x, y), width, AlignLeft, palette.text);
    if (!recipient.address.isEmpty())
        y += canvas.text(recipient.address, Face::Sans, BodySize, QPointF(x, y), width, AlignLeft,
                         palette.text);
    y += mm(2.5);
    const QString name = recipient.name + QStringLiteral("　") + billing::toText(recipient.honorific);
    y += canvas.fitText(name, Face::SansBold, NameSize, 100, QPointF(x, y), width, AlignLeft, palette.text);
    y += mm(0.8);
    canvas.line(QPointF(x, y), QPointF(x + width, y), palette.text, pt(0.8));
    y += mm(1.8);
    if (!recipient.contactName.isEmpty())
        y += canvas.fitText(QStringLiteral("ご担当：") + recipient.contactName + QStringLiteral(" 様"),
                            Face::Sans, BodySize, MinSize, QPointF(x, y), width, AlignLeft, palette.text);
    if (!recipient.customerCode.isEmpty())
        y += canvas.fitText(QStringLiteral("お客様番号：") + recipient.customerCode, Face::Sans, SmallSize,
                            MinSize, QPointF(x, y), width, AlignLeft, palette.muted);
    return y - top;
}

// Label and value pairs, the value right-aligned, each over a hairline (発行日, 請求書番号 …).
qreal metaRows(Canvas &canvas, const Context &context, const QList<std::pair<QString, QString>> &rows,
               qreal x, qreal top, qreal width)
{
    const Palette &palette = context.palette;
    const qreal labelWidth = mm(24);
    qreal y = top;
    for (const auto &[label, value] : rows) {
        const TextBox labelBox = canvas.fit(label, Face::Sans, SmallSize, MinSize, labelWidth);
        const TextBox valueBox = canvas.fit(value, Face::Sans, BodySize, MinSize, width - labelWidth);
        const qreal height = std::max(labelBox.height(), valueBox.height()) + mm(0.6);
        drawCentred(canvas, labelBox, x, y, labelWidth, height, AlignLeft, palette.muted);
        drawCentred(canvas, valueBox, x + labelWidth, y, width - labelWidth, height, AlignRight,
                    palette.text);
        y += height;
        canvas.line(QPointF(x, y), QPointF(x + width, y), palette.hairline, pt(0.4));
        y += mm(0.6);
    }
    return y - top;
}

// 発行者: name (with the seal over its end), 代理 note, 登録番号, address, phone, email.
qreal issuerColumn(Canvas &canvas, const Context &context, qreal x, qreal top, qreal width)
{
    const billing::DocumentIssuer &issuer = context.document.issuer;
    const Palette &palette = context.palette;
    qreal y = top;
    const qreal nameTop = y;
    const TextBox name = canvas.fit(issuer.name, Face::SansBold, IssuerNameSize, BodySize, width);
    canvas.draw(name, QPointF(x, y), width, AlignLeft, palette.text);
    y += name.height();
    if (!issuer.onBehalfOf.isEmpty())
        y += canvas.fitText(QStringLiteral("（") + issuer.onBehalfOf + QStringLiteral(" 代理）"), Face::Sans,
                            BodySize, MinSize, QPointF(x, y), width, AlignLeft, palette.text);
    if (!issuer.registrationNumber.isEmpty())
        y += canvas.fitText(QStringLiteral("登録番号：") + issuer.registrationNumber, Face::Sans, BodySize,
                            MinSize, QPointF(x, y), width, AlignLeft, palette.text);
    QString address = issuer.address;
    if (!issuer.postalCode.isEmpty())
        address = QStringLiteral("〒") + issuer.postalCode + QStringLiteral("　") + address;
    if (!address.isEmpty())
        y += canvas.text(address, Face::Sans, SmallSize, QPointF(x, y), width, AlignLeft, palette.text);
    if (!issuer.phone.isEmpty())
        y += canvas.fitText(QStringLiteral("TEL ") + issuer.phone, Face::Sans, SmallSize, MinSize,
                            QPointF(x, y), width, AlignLeft, palette.text);
    if (!issuer.email.isEmpty())
        y += canvas.fitText(QStringLiteral("E-mail ") + issuer.email, Face::Sans, SmallSize, MinSize,
                            QPointF(x, y), width, AlignLeft, palette.text);
    if (!issuer.onBehalfOf.isEmpty()) {
        // 媒介者交付特例: the number above is the agency's; the reader must see whose sale it is.
        y += mm(1);
        y += canvas.text(QStringLiteral("本書は媒介者交付特例により、当社が%1に代わり交付するものです。")
                             .arg(issuer.onBehalfOf),
                         Face::Sans, TinySize, QPointF(x, y), width, AlignLeft, palette.muted);
    }
    // The 角印 sits at the right end of the name line, over the name when it is long, as a stamped seal
    // does; it takes no room of its own and stays clear of the registration number below.
    const qreal sealSize = mm(17);
    canvas.image(context.seal, QRectF(x + width - sealSize, nameTop - mm(2.5), sealSize, sealSize),
                 Qt::AlignCenter);
    return y - top;
}

// "ご請求金額 ¥123,456（税込）": a label cell in the accent colour and the amount over an accent rule.
qreal amountLine(Canvas &canvas, const Context &context, const QString &label, Yen amount, qreal top)
{
    const Palette &palette = context.palette;
    const qreal height = mm(12);
    const qreal labelWidth = mm(36);
    const qreal valueWidth = mm(76);
    canvas.fill(QRectF(Left, top, labelWidth, height), palette.accent);
    drawCentred(canvas, canvas.fit(label, Face::SansBold, LargeSize, MinSize, labelWidth - mm(3)),
                Left + mm(1.5), top, labelWidth - mm(3), height, AlignCenter, palette.onAccent);
    const TextBox suffix = canvas.fit(QStringLiteral("（税込）"), Face::Sans, BodySize, MinSize, mm(16));
    const qreal amountWidth = valueWidth - suffix.width - mm(5);
    const TextBox value = canvas.fit(yenText(amount), Face::SansBold, AmountSize, 90, amountWidth);
    drawCentred(canvas, value, Left + labelWidth + mm(2), top, amountWidth, height, AlignRight, palette.text);
    drawCentred(canvas, suffix, Left + labelWidth + mm(3) + amountWidth, top + mm(1), suffix.width, height,
                AlignLeft, palette.text);
    canvas.line(QPointF(Left, top + height), QPointF(Left + labelWidth + valueWidth, top + height),
                palette.accent, pt(1.2));
    return height;
}

// 合計請求書: 前回御請求額 | 御入金額 | 繰越金額 | 今回御買上額 | 消費税額 | 今回御請求額.
qreal summaryBox(Canvas &canvas, const Context &context, qreal top)
{
    const billing::SummaryBox &box = *context.document.summary;
    const Palette &palette = context.palette;
    const bool taxIncluded = context.document.priceMode == PriceMode::TaxIncluded && box.tax.isZero();
    const std::array<std::pair<QString, QString>, 6> cells = {{
        {QStringLiteral("前回御請求額"), yenText(box.previousBilled)},
        {QStringLiteral("御入金額"), yenText(box.received)},
        {QStringLiteral("繰越金額"), yenText(box.carriedOver)},
        {QStringLiteral("今回御買上額"), yenText(box.currentPurchases)},
        {QStringLiteral("消費税額"), taxIncluded ? QStringLiteral("（内税）") : yenText(box.tax)},
        {QStringLiteral("今回御請求額"), yenText(box.currentBilled)},
    }};
    const qreal cellWidth = ContentWidth / qreal(cells.size());
    const qreal headerHeight = mm(6);
    const qreal valueHeight = mm(10);
    const qreal pad = mm(1.8);
    canvas.fill(QRectF(Left, top, ContentWidth, headerHeight), palette.accent);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const qreal x = Left + cellWidth * qreal(i);
        const bool last = i + 1 == cells.size();
        drawCentred(canvas,
                    canvas.fit(cells[i].first, Face::SansBold, SmallSize, MinSize, cellWidth - 2 * pad),
                    x + pad, top, cellWidth - 2 * pad, headerHeight, AlignCenter, palette.onAccent);
        const QRectF valueRect(x, top + headerHeight, cellWidth, valueHeight);
        if (last)
            canvas.fill(valueRect, palette.tint);
        const TextBox value = canvas.fit(cells[i].second, last ? Face::SansBold : Face::Sans,
                                         last ? IssuerNameSize : LargeSize, MinSize, cellWidth - 2 * pad);
        drawCentred(canvas, value, x + pad, valueRect.top(), cellWidth - 2 * pad, valueHeight, AlignRight,
                    last ? palette.accent : palette.text);
        if (i > 0)
            canvas.line(QPointF(x, top), QPointF(x, top + headerHeight + valueHeight), palette.hairline,
                        pt(0.5));
    }
    canvas.frame(QRectF(Left, top, ContentWidth, headerHeight + valueHeight), palette.accent, pt(1));
    canvas.frame(QRectF(Left + cellWidth * 5, top, cellWidth, headerHeight + valueHeight), palette.accent,
                 pt(1.6));
    return headerHeight + valueHeight;
}

// お支払期限 and, for a summary invoice, 取引期間.
qreal dueAndPeriod(Canvas &canvas, const Context &context, qreal top)
{
    const BillingDocument &document = context.document;
    const Palette &palette = context.palette;
    qreal height = 0;
    qreal x = Left;
    auto pair = [&](const QString &label, const QString &value, qreal width) {
        const TextBox labelBox = canvas.fit(label, Face::Sans, BodySize, MinSize, mm(22));
        const TextBox valueBox = canvas.fit(value, Face::SansBold, LargeSize, MinSize, width - mm(22));
        const qreal h = std::max(labelBox.height(), valueBox.height());
        drawCentred(canvas, labelBox, x, top, mm(22), h, AlignLeft, palette.muted);
        drawCentred(canvas, valueBox, x + mm(22), top, width - mm(22), h, AlignLeft, palette.text);
        height = std::max(height, h);
        x += width;
    };
    if (document.dueDate.isValid())
        pair(QStringLiteral("お支払期限"), japaneseDate(document.dueDate), mm(72));
    if (document.summaryInvoice && (document.periodFrom.isValid() || document.periodTo.isValid()))
        pair(QStringLiteral("取引期間"),
             japaneseDate(document.periodFrom) + QStringLiteral(" 〜 ") + japaneseDate(document.periodTo),
             Right - x);
    return height;
}

// Label | value rows in a framed box with tinted labels (元の請求書番号, 返還の理由 …).
qreal keyValueBox(Canvas &canvas, const Context &context, const QList<std::pair<QString, QString>> &rows,
                  qreal top)
{
    const Palette &palette = context.palette;
    const qreal labelWidth = mm(38);
    const qreal pad = mm(1.8);
    qreal y = top;
    for (const auto &[label, value] : rows) {
        const TextBox labelBox = canvas.fit(label, Face::SansBold, SmallSize, MinSize, labelWidth - 2 * pad);
        const TextBox valueBox =
            canvas.wrap(value, Face::Sans, BodySize, ContentWidth - labelWidth - 2 * pad);
        const qreal height = std::max({labelBox.height(), valueBox.height(), mm(5)}) + 2 * mm(1.2);
        canvas.fill(QRectF(Left, y, labelWidth, height), palette.tint);
        drawCentred(canvas, labelBox, Left + pad, y, labelWidth - 2 * pad, height, AlignLeft, palette.text);
        drawCentred(canvas, valueBox, Left + labelWidth + pad, y, ContentWidth - labelWidth - 2 * pad, height,
                    AlignLeft, palette.text);
        if (y > top)
            canvas.line(QPointF(Left, y), QPointF(Right, y), palette.hairline, pt(0.5));
        y += height;
    }
    canvas.frame(QRectF(Left, top, ContentWidth, y - top), palette.rule, pt(0.6));
    return y - top;
}

// The recipient on the left, date, number and issuer on the right: the top of invoices and credit notes.
qreal addressBlock(Canvas &canvas, const Context &context, qreal top, const QString &numberLabel)
{
    const BillingDocument &document = context.document;
    const qreal left = recipientColumn(canvas, context, Left, top, mm(96));
    qreal right = metaRows(
        canvas, context,
        {{QStringLiteral("発行日"), japaneseDate(document.issueDate)}, {numberLabel, document.number}},
        RightColumn, top, RightWidth);
    right += mm(4);
    right += issuerColumn(canvas, context, RightColumn, top + right, RightWidth);
    return std::max(left, right);
}

qreal invoiceHeader(Canvas &canvas, const Context &context, qreal top)
{
    const BillingDocument &document = context.document;
    qreal y = top + titleBand(canvas, context, top) + mm(5);
    y += addressBlock(canvas, context, y, QStringLiteral("請求書番号")) + mm(5);
    if (!context.style.greeting.isEmpty())
        y += canvas.text(context.style.greeting, Face::Sans, BodySize, QPointF(Left, y), ContentWidth,
                         AlignLeft, context.palette.text) +
             mm(2.5);
    if (document.summary)
        y += summaryBox(canvas, context, y);
    else
        y += amountLine(canvas, context, QStringLiteral("ご請求金額"), document.payableAmount(), y);
    const qreal due = dueAndPeriod(canvas, context, y + mm(3));
    if (due > 0)
        y += mm(3) + due;
    return y - top;
}

qreal creditNoteHeader(Canvas &canvas, const Context &context, qreal top)
{
    const BillingDocument &document = context.document;
    qreal y = top + titleBand(canvas, context, top) + mm(5);
    y += addressBlock(canvas, context, y, QStringLiteral("返還請求書番号")) + mm(5);
    y += canvas.text(QStringLiteral("下記のとおり、返品・値引き等により対価を返還いたします。"), Face::Sans,
                     BodySize, QPointF(Left, y), ContentWidth, AlignLeft, context.palette.text) +
         mm(2.5);
    QList<std::pair<QString, QString>> rows;
    if (!document.originalNumber.isEmpty())
        rows.append({QStringLiteral("対象の請求書番号"), document.originalNumber});
    if (document.originalIssueDate.isValid())
        rows.append({QStringLiteral("対象の請求書発行日"), japaneseDate(document.originalIssueDate)});
    if (!document.reason.isEmpty())
        rows.append({QStringLiteral("返還の理由"), document.reason});
    if (!rows.isEmpty())
        y += keyValueBox(canvas, context, rows, y) + mm(4);
    y += amountLine(canvas, context, QStringLiteral("返還金額"), document.payableAmount(), y);
    return y - top;
}

// ---------------------------------------------------------------------------------------------------
// The table of lines

struct Column
{
    const char16_t *title;
    qreal width;
    Qt::Alignment alignment;
};

constexpr qreal DescriptionWidth = ContentWidth - mm(16 + 24 + 16 + 11 + 22 + 25);
const std::array<Column, 7> Columns = {{
    {u"日付", mm(16), AlignCenter},
    {u"伝票番号", mm(24), AlignLeft},
    {u"品名", DescriptionWidth, AlignLeft},
    {u"数量", mm(16), AlignRight},
    {u"単位", mm(11), AlignCenter},
    {u"単価", mm(22), AlignRight},
    {u"金額", mm(25), AlignRight},
}};
constexpr qreal CellPad = mm(1.3);
constexpr qreal RowPad = mm(1.2);
constexpr qreal MinRowHeight = mm(6.6);
constexpr qreal TableHeaderHeight = mm(6.6);

qreal tableHeader(Canvas &canvas, const Context &context, qreal top)
{
    canvas.fill(QRectF(Left, top, ContentWidth, TableHeaderHeight), context.palette.accent);
    qreal x = Left;
    for (const Column &column : Columns) {
        const TextBox box = canvas.fit(QString::fromUtf16(column.title), Face::SansBold, SmallSize, MinSize,
                                       column.width - 2 * CellPad);
        drawCentred(canvas, box, x + CellPad, top, column.width - 2 * CellPad, TableHeaderHeight, AlignCenter,
                    context.palette.onAccent);
        x += column.width;
    }
    return TableHeaderHeight;
}

// A line's cells are measured once, when the pages are laid out; painting only draws them.
Block tableRow(Canvas &measure, const Context &context, const DocumentLine &line, bool shaded)
{
    const std::array<QString, 7> texts = {
        line.date.isValid() ? line.date.toString(context.lineDateFormat) : QString(),
        line.orderNumber,
        line.description + (line.category == TaxCategory::Reduced8 ? QStringLiteral("※") : QString()),
        groupedDecimal(line.quantity),
        line.unit,
        groupedDecimal(line.unitPrice),
        line.amount.toString(),
    };
    std::array<TextBox, 7> boxes;
    qreal contentHeight = 0;
    for (std::size_t i = 0; i < Columns.size(); ++i) {
        const qreal width = Columns[i].width - 2 * CellPad;
        // Descriptions wrap at full size; codes and numbers shrink first and wrap only when they must.
        boxes[i] = i == 2 ? measure.wrap(texts[i], Face::Sans, TableSize, width)
                          : measure.fit(texts[i], Face::Sans, TableSize, MinSize, width);
        contentHeight = std::max(contentHeight, boxes[i].height());
    }
    // A description longer than a page is cut at the page with an ellipsis: the only text that can be,
    // and only past what any real item name is.
    const qreal maxContent = Flow::maxRowHeight(TableHeaderHeight) - 2 * RowPad;
    for (TextBox &box : boxes) {
        if (box.height() <= maxContent)
            continue;
        const qsizetype keep = std::max<qsizetype>(1, static_cast<qsizetype>(maxContent / box.lineHeight));
        box.lines.resize(keep);
        box.widths.resize(keep);
        box.lines.last() = box.lines.last().left(std::max<qsizetype>(0, box.lines.last().size() - 1)) + u'…';
        contentHeight = std::min(contentHeight, box.height());
    }
    contentHeight = std::min(contentHeight, maxContent);
    const qreal height = std::max(MinRowHeight, contentHeight + 2 * RowPad);
    const Palette &palette = context.palette;
    return Block{height, [boxes, height, shaded, &palette](Canvas &canvas, qreal top) {
                     if (shaded)
                         canvas.fill(QRectF(Left, top, ContentWidth, height), palette.shade);
                     qreal x = Left;
                     for (std::size_t i = 0; i < Columns.size(); ++i) {
                         drawCentred(canvas, boxes[i], x + CellPad, top, Columns[i].width - 2 * CellPad,
                                     height, Columns[i].alignment, palette.text);
                         x += Columns[i].width;
                     }
                     canvas.line(QPointF(Left, top + height), QPointF(Right, top + height), palette.hairline,
                                 pt(0.5));
                     return height;
                 }};
}

// ---------------------------------------------------------------------------------------------------
// After the lines

// The per-rate breakdown a qualified invoice must show: 10%対象 ¥net 消費税 ¥tax … and the total, with
// the legend of ※ on the left.
// Receipts state amounts with tax (included), whatever the invoice's price mode was.
qreal taxBreakdown(Canvas &canvas, const Context &context, qreal x, qreal top, bool withLegend,
                   const QString &totalLabel, bool included)
{
    const BillingDocument &document = context.document;
    const Palette &palette = context.palette;
    const std::array<qreal, 4> widths = {mm(32), mm(28), mm(20), mm(26)};
    const qreal tableWidth = widths[0] + widths[1] + widths[2] + widths[3];
    const qreal left = x < 0 ? Right - tableWidth : x;
    const qreal rowHeight = mm(6.4);
    const qreal pad = mm(1.5);

    if (withLegend) {
        const bool reduced =
            std::any_of(document.lines.cbegin(), document.lines.cend(),
                        [](const DocumentLine &l) { return l.category == TaxCategory::Reduced8; });
        if (reduced)
            canvas.fitText(QStringLiteral("※は軽減税率対象"), Face::Sans, SmallSize, MinSize,
                           QPointF(Left, top + pad), left - Left - mm(4), AlignLeft, palette.text);
    }

    qreal y = top;
    auto row = [&](const std::array<QString, 4> &cells, bool total) {
        if (total)
            canvas.fill(QRectF(left, y, tableWidth, rowHeight), palette.tint);
        else
            canvas.fill(QRectF(left, y, widths[0], rowHeight), palette.tint);
        qreal cx = left;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const bool amount = i % 2 == 1;
            const Face face = total && amount ? Face::SansBold : Face::Sans;
            const TextBox box =
                canvas.fit(cells[i], face, amount ? BodySize : SmallSize, MinSize, widths[i] - 2 * pad);
            drawCentred(canvas, box, cx + pad, y, widths[i] - 2 * pad, rowHeight,
                        amount ? AlignRight : AlignLeft, i == 2 ? palette.muted : palette.text);
            cx += widths[i];
        }
        canvas.line(QPointF(left, y + rowHeight), QPointF(left + tableWidth, y + rowHeight),
                    total ? palette.accent : palette.hairline, pt(total ? 1.0 : 0.5));
        y += rowHeight;
    };

    canvas.line(QPointF(left, y), QPointF(left + tableWidth, y), palette.accent, pt(1.0));
    for (const billing::RateTotal &rate : document.tax.perRate) {
        if (money::isTaxable(rate.category)) {
            if (included)
                row({taxCategoryLabel(rate.category) + QStringLiteral("(税込)"), yenText(rate.gross),
                     QStringLiteral("内消費税"), yenText(rate.tax)},
                    false);
            else
                row({taxCategoryLabel(rate.category), yenText(rate.net), QStringLiteral("消費税"),
                     yenText(rate.tax)},
                    false);
        } else {
            row({taxCategoryLabel(rate.category), yenText(rate.gross), QString(), QString()}, false);
        }
    }
    if (!included && document.tax.perRate.size() > 1)
        row({QStringLiteral("小計(税抜)"), yenText(document.tax.net), QStringLiteral("消費税計"),
             yenText(document.tax.tax)},
            false);
    row({totalLabel, yenText(document.tax.gross), included ? QStringLiteral("内消費税計") : QString(),
         included ? yenText(document.tax.tax) : QString()},
        true);
    return y - top;
}

// 振込先: bank (code), branch (code), account type and number, holder in kana.
qreal payeeBox(Canvas &canvas, const Context &context, qreal top)
{
    const billing::PayeeAccount &payee = context.document.payee;
    const Palette &palette = context.palette;
    const qreal labelWidth = mm(26);
    const qreal pad = mm(2);
    const qreal textWidth = ContentWidth - labelWidth - 2 * pad;
    const QString bank = payee.bankName.isEmpty()
                             ? QStringLiteral("銀行コード ") + payee.bankCode
                             : payee.bankName + QStringLiteral("（") + payee.bankCode + QStringLiteral("）");
    const QString branch = payee.branchName.isEmpty() ? QStringLiteral("支店コード ") + payee.branchCode
                                                      : payee.branchName + QStringLiteral("（") +
                                                            payee.branchCode + QStringLiteral("）");
    const TextBox first = canvas.wrap(bank + QStringLiteral("　") + branch, Face::Sans, BodySize, textWidth);
    const TextBox second =
        canvas.wrap(accountTypeText(payee.type) + QStringLiteral("　") + payee.accountNumber +
                        QStringLiteral("　口座名義　") + payee.accountName,
                    Face::Sans, BodySize, textWidth);
    const qreal height = first.height() + second.height() + 2 * mm(1.6);
    canvas.fill(QRectF(Left, top, labelWidth, height), palette.accent);
    drawCentred(
        canvas,
        canvas.fit(QStringLiteral("お振込先"), Face::SansBold, BodySize, MinSize, labelWidth - 2 * pad),
        Left + pad, top, labelWidth - 2 * pad, height, AlignCenter, palette.onAccent);
    canvas.draw(first, QPointF(Left + labelWidth + pad, top + mm(1.6)), textWidth, AlignLeft, palette.text);
    canvas.draw(second, QPointF(Left + labelWidth + pad, top + mm(1.6) + first.height()), textWidth,
                AlignLeft, palette.text);
    canvas.frame(QRectF(Left, top, ContentWidth, height), palette.accent, pt(0.8));
    return height;
}

// 備考 as one block per line, so long notes run on to the next page instead of off this one.
void addNotes(Flow &flow, Canvas &measure, const Context &context)
{
    const QString notes = context.document.notes.trimmed();
    if (notes.isEmpty())
        return;
    const Palette &palette = context.palette;
    const qreal indent = mm(3);
    const TextBox all = measure.wrap(notes, Face::Sans, BodySize, ContentWidth - indent);
    for (qsizetype i = 0; i < all.lines.size(); ++i) {
        TextBox line = all;
        line.lines = {all.lines.at(i)};
        line.widths = {all.widths.at(i)};
        const bool first = i == 0;
        flow.add(measured(measure,
                          [line, first, indent, &palette](Canvas &canvas, qreal top) {
                              qreal y = top;
                              if (first) {
                                  y += canvas.fitText(QStringLiteral("備考"), Face::SansBold, SmallSize,
                                                      MinSize, QPointF(Left, y), ContentWidth, AlignLeft,
                                                      palette.accent);
                                  canvas.line(QPointF(Left, y), QPointF(Right, y), palette.accent, pt(0.6));
                                  y += mm(1);
                              }
                              canvas.line(QPointF(Left + mm(0.5), y),
                                          QPointF(Left + mm(0.5), y + line.height()), palette.tint, pt(3));
                              canvas.draw(line, QPointF(Left + indent, y), ContentWidth - indent, AlignLeft,
                                          palette.text);
                              return y + line.height() - top;
                          }),
                 first ? mm(5) : 0);
    }
}

// ---------------------------------------------------------------------------------------------------
// The receipt, on one page

qreal receiptBody(Canvas &canvas, const Context &context, qreal top)
{
    const BillingDocument &document = context.document;
    const Palette &palette = context.palette;
    qreal y = top + titleBand(canvas, context, top) + mm(5);

    QList<std::pair<QString, QString>> meta = {{QStringLiteral("No."), document.number},
                                               {QStringLiteral("発行日"), japaneseDate(document.issueDate)}};
    if (!document.originalNumber.isEmpty())
        meta.append({QStringLiteral("請求書番号"), document.originalNumber});
    const qreal metaHeight = metaRows(canvas, context, meta, RightColumn, y, RightWidth);

    const QString name =
        document.recipient.name + QStringLiteral("　") + billing::toText(document.recipient.honorific);
    const qreal nameWidth = mm(100);
    const TextBox nameBox = canvas.fit(name, Face::SansBold, AmountSize, 100, nameWidth);
    canvas.draw(nameBox, QPointF(Left, y + mm(4)), nameWidth, AlignLeft, palette.text);
    const qreal nameBottom = y + mm(4) + nameBox.height() + mm(0.8);
    canvas.line(QPointF(Left, nameBottom), QPointF(Left + nameWidth, nameBottom), palette.text, pt(0.8));
    y = std::max(y + metaHeight, nameBottom) + mm(9);

    // ¥X- in a framed band: the trailing dash is how a receipt closes the amount against additions.
    const qreal boxWidth = mm(140);
    const qreal boxLeft = Left + (ContentWidth - boxWidth) / 2;
    const qreal boxHeight = mm(20);
    canvas.fill(QRectF(boxLeft, y, boxWidth, boxHeight), palette.tint);
    canvas.frame(QRectF(boxLeft, y, boxWidth, boxHeight), palette.accent, pt(1.4));
    drawCentred(canvas, canvas.fit(QStringLiteral("金額"), Face::SansBold, LargeSize, MinSize, mm(18)),
                boxLeft + mm(4), y, mm(18), boxHeight, AlignLeft, palette.accent);
    drawCentred(canvas,
                canvas.fit(yenText(document.receivedAmount) + QStringLiteral("-"), Face::SansBold, 260, 100,
                           boxWidth - mm(48)),
                boxLeft + mm(24), y, boxWidth - mm(48), boxHeight, AlignCenter, palette.text);
    y += boxHeight + mm(5);

    QString proviso = document.proviso.trimmed();
    if (proviso.isEmpty())
        proviso = document.originalNumber.isEmpty()
                      ? QStringLiteral("お品代")
                      : QStringLiteral("請求書番号 %1 の御代金").arg(document.originalNumber);
    if (!proviso.endsWith(QStringLiteral("として")))
        proviso += QStringLiteral("として");
    const qreal provisoHeight =
        canvas.fitText(QStringLiteral("但し　") + proviso, Face::Sans, LargeSize, MinSize,
                       QPointF(boxLeft + mm(2), y), boxWidth - mm(4), AlignLeft, palette.text);
    y += provisoHeight + mm(0.8);
    canvas.line(QPointF(boxLeft, y), QPointF(boxLeft + boxWidth, y), palette.rule, pt(0.5));
    y += mm(2);
    y += canvas.text(QStringLiteral("上記正に領収いたしました。"), Face::Sans, BodySize,
                     QPointF(boxLeft + mm(2), y), boxWidth - mm(4), AlignLeft, palette.text);
    if (document.receivedAmount != document.tax.gross && !document.tax.gross.isZero())
        y += canvas.fitText(QStringLiteral("（ご請求額 %1 のうちの御入金）").arg(yenText(document.tax.gross)),
                            Face::Sans, SmallSize, MinSize, QPointF(boxLeft + mm(2), y), boxWidth - mm(4),
                            AlignLeft, palette.muted);
    y += mm(8);

    // Bottom row: 収入印紙 box, 内訳, issuer.
    const qreal rowTop = y;
    qreal x = Left;
    qreal rowHeight = 0;
    if (document.needsRevenueStamp()) {
        const QRectF stamp(Left, rowTop, mm(24), mm(30));
        canvas.frame(stamp, palette.rule, pt(0.8), Qt::DashLine);
        drawCentred(canvas,
                    canvas.fit(QStringLiteral("収入印紙"), Face::Sans, SmallSize, MinSize, stamp.width()),
                    stamp.left(), stamp.top(), stamp.width(), stamp.height(), AlignCenter, palette.muted);
        x += stamp.width() + mm(5);
        rowHeight = stamp.height();
    }
    if (!document.tax.perRate.isEmpty()) {
        const qreal label = canvas.fitText(QStringLiteral("内訳"), Face::SansBold, SmallSize, MinSize,
                                           QPointF(x, rowTop), mm(20), AlignLeft, palette.accent);
        rowHeight = std::max(rowHeight, label + taxBreakdown(canvas, context, x, rowTop + label, false,
                                                             QStringLiteral("合計(税込)"), true));
    }
    const qreal issuerTop = rowTop + std::max(rowHeight, qreal(0)) + mm(6);
    const qreal issuerHeight = issuerColumn(canvas, context, RightColumn, issuerTop, RightWidth);
    return issuerTop + issuerHeight - top;
}

// ---------------------------------------------------------------------------------------------------
// On every page

void paintFooter(Canvas &canvas, const Context &context, int page, int pageCount)
{
    const Palette &palette = context.palette;
    canvas.line(QPointF(Left, FooterTop), QPointF(Right, FooterTop), palette.hairline, pt(0.5));
    const qreal numberWidth = mm(28);
    // The footer is the client's wording for invoices (e.g. who pays the transfer fee); a credit
    // note returns money and a receipt acknowledges money received, so neither carries it.
    if (context.document.kind == DocumentKind::Invoice && !context.style.footer.isEmpty())
        canvas.fitText(context.style.footer, Face::Sans, SmallSize, MinSize,
                       QPointF(Left, FooterTop + mm(1.5)), ContentWidth - numberWidth - mm(4), AlignLeft,
                       palette.text);
    canvas.fitText(pageNumberText(page, pageCount), Face::Sans, SmallSize, MinSize,
                   QPointF(Right - numberWidth, FooterTop + mm(1.5)), numberWidth, AlignRight, palette.muted);
}

// Pages after the first: title (続き), number and recipient, so a loose page is still identifiable.
void paintContinuationHeader(Canvas &canvas, const Context &context)
{
    const BillingDocument &document = context.document;
    const Palette &palette = context.palette;
    const qreal half = ContentWidth / 2;
    canvas.fitText(context.title + QStringLiteral("（続き）"), Face::SansBold, IssuerNameSize, MinSize,
                   QPointF(Left, Top), half, AlignLeft, palette.accent);
    canvas.fitText(QStringLiteral("No. ") + document.number, Face::Sans, SmallSize, MinSize,
                   QPointF(Left + half, Top), half, AlignRight, palette.text);
    canvas.fitText(
        document.recipient.name + QStringLiteral(" ") + billing::toText(document.recipient.honorific),
        Face::Sans, SmallSize, MinSize, QPointF(Left + half, Top + mm(4.2)), half, AlignRight, palette.muted);
    canvas.line(QPointF(Left, Top + mm(10)), QPointF(Right, Top + mm(10)), palette.accent, pt(0.8));
}

QString lineDateFormat(const BillingDocument &document)
{
    // 月/日 is enough while every line is in one year; across a year end the year is printed too.
    int year = 0;
    for (const DocumentLine &line : document.lines) {
        if (!line.date.isValid())
            continue;
        if (year != 0 && line.date.year() != year)
            return QStringLiteral("yyyy/M/d");
        year = line.date.year();
    }
    return QStringLiteral("M/d");
}

} // namespace

struct DocumentLayout::Private
{
    FontCache fonts;
    ImageCache images;

    Composition compose(const Context &context)
    {
        Composition composition;
        Canvas measure(fonts, images, nullptr);
        Flow flow(composition);
        const BillingDocument &document = context.document;
        switch (document.kind) {
        case DocumentKind::Invoice:
        case DocumentKind::CreditNote: {
            const bool invoice = document.kind == DocumentKind::Invoice;
            flow.add(measured(measure, [&context, invoice](Canvas &canvas, qreal top) {
                return invoice ? invoiceHeader(canvas, context, top) : creditNoteHeader(canvas, context, top);
            }));
            flow.setTableHeader(
                measured(measure,
                         [&context](Canvas &canvas, qreal top) { return tableHeader(canvas, context, top); }),
                mm(5));
            for (qsizetype i = 0; i < document.lines.size(); ++i)
                flow.addRow(tableRow(measure, context, document.lines.at(i), i % 2 == 1));
            flow.endTable();
            flow.add(measured(measure,
                              [&context, invoice](Canvas &canvas, qreal top) {
                                  return taxBreakdown(canvas, context, -1, top, true,
                                                      invoice ? QStringLiteral("合計(税込)")
                                                              : QStringLiteral("返還合計(税込)"),
                                                      context.document.priceMode == PriceMode::TaxIncluded);
                              }),
                     mm(4));
            if (invoice && !document.payee.isEmpty())
                flow.add(measured(measure, [&context](Canvas &canvas,
                                                      qreal top) { return payeeBox(canvas, context, top); }),
                         mm(6));
            break;
        }
        case DocumentKind::Receipt:
            flow.add(measured(measure, [&context](Canvas &canvas, qreal top) {
                return receiptBody(canvas, context, top);
            }));
            break;
        }
        addNotes(flow, measure, context);
        return composition;
    }
};

DocumentLayout::DocumentLayout()
    : d(std::make_unique<Private>())
{}

DocumentLayout::~DocumentLayout() = default;

QPageLayout DocumentLayout::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
}

int DocumentLayout::pageCount(const BillingDocument &document, const DocumentStyle &style) const
{
    const Context context{document, style, documentTitle(document, style), Palette(style.accentColor),
                          {},       {},    lineDateFormat(document)};
    return static_cast<int>(d->compose(context).pages.size());
}

void DocumentLayout::paint(const BillingDocument &document, const DocumentStyle &style,
                           QPagedPaintDevice *device) const
{
    if (!device)
        return;
    QPainter painter;
    if (!painter.begin(device))
        return;
    paint(painter, *device, document, style, false);
    painter.end();
}

void DocumentLayout::paint(QPainter &painter, QPagedPaintDevice &device, const BillingDocument &document,
                           const DocumentStyle &style, bool startOnNewPage) const
{
    // Images are decoded once per layout (ImageCache) and scaled to about 250 dpi at their printed size
    // (logo 50 × 12 mm, seal 17 mm): sharp on paper, and each file embeds and compresses fewer pixels.
    const Context context{document,
                          style,
                          documentTitle(document, style),
                          Palette(style.accentColor),
                          d->images.image(style.logo, QSize(500, 120)),
                          d->images.image(style.seal, QSize(170, 170)),
                          lineDateFormat(document)};
    const Composition composition = d->compose(context);

    // Page units → device: the painter starts at the device's printable area, in device pixels.
    const QPageLayout layout = device.pageLayout();
    const QRectF full = layout.fullRectPoints();
    const QRectF printable = layout.paintRectPoints();
    const qreal fit =
        std::min(full.width() * UnitsPerPoint / PageWidth, full.height() * UnitsPerPoint / PageHeight);
    const qreal toDeviceX = qreal(device.logicalDpiX()) / 72.0;
    const qreal toDeviceY = qreal(device.logicalDpiY()) / 72.0;

    const int pageCount = static_cast<int>(composition.pages.size());
    for (int page = 0; page < pageCount; ++page) {
        if ((page > 0 || startOnNewPage) && !device.newPage())
            return;
        painter.save();
        painter.resetTransform();
        painter.scale(toDeviceX, toDeviceY);
        painter.translate(-printable.left(), -printable.top());
        painter.scale(fit / UnitsPerPoint, fit / UnitsPerPoint);
        // Seals have hard edges and logos text: keep them lossless (Flate) rather than JPEG.
        painter.setRenderHints(QPainter::Antialiasing | QPainter::LosslessImageRendering);
        Canvas canvas(d->fonts, d->images, &painter);
        if (page > 0)
            paintContinuationHeader(canvas, context);
        for (const PlacedBlock &placed : composition.pages.at(page))
            composition.blocks[placed.block].paint(canvas, placed.top);
        paintFooter(canvas, context, page + 1, pageCount);
        painter.restore();
    }
}

QByteArray DocumentLayout::toPdf(const BillingDocument &document, const DocumentStyle &style) const
{
    QByteArray pdf;
    pdf.reserve(128 * 1024); // a two-page invoice is about 75 KB: grown once, not a dozen times
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        detail::setUpPdfWriter(writer, documentTitle(document, style) + QLatin1Char(' ') + document.number);
        QPainter painter(&writer);
        paint(painter, writer, document, style, false);
    }
    detail::repairToUnicodeMaps(pdf);
    return pdf;
}

namespace detail {

void setUpPdfWriter(QPdfWriter &writer, const QString &title)
{
    writer.setPageLayout(DocumentLayout::pageLayout());
    // 720 dpi makes a device pixel a tenth of a point, the layout's own unit: no scaling on the way.
    writer.setResolution(720);
    writer.setCreator(QStringLiteral("Kaishu %1").arg(QStringLiteral(KAISHU_VERSION)));
    writer.setTitle(title);
}

} // namespace detail

} // namespace kaishu::documents
