#include "DocumentBatch.h"

#include "DocumentLayout.h"
#include "DocumentText.h"
#include "PageKit.h"
#include "PdfTextRepair.h"

#include <QBuffer>
#include <QDir>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>

namespace kaishu::documents {

using billing::BillingDocument;
using billing::DocumentStyle;

namespace {

// Styles by client, asked for once each: the lookup may read the database.
class StyleCache
{
public:
    explicit StyleCache(const StyleLookup &lookup)
        : m_lookup(lookup)
    {}

    const DocumentStyle &style(const QString &clientCode)
    {
        auto it = m_styles.find(clientCode);
        if (it == m_styles.end())
            it = m_styles.insert(clientCode, m_lookup ? m_lookup(clientCode) : DocumentStyle());
        return it.value();
    }

private:
    const StyleLookup &m_lookup;
    QHash<QString, DocumentStyle> m_styles;
};

QString writeAtomically(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (file.write(content) != content.size() || !file.commit())
        return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace

BatchResult renderToOnePdf(const QList<BillingDocument> &documents, const StyleLookup &styles,
                           const QString &path, const BatchProgress &progress)
{
    BatchResult result;
    if (documents.isEmpty()) {
        result.error = QStringLiteral("no documents to render");
        return result;
    }
    const int total = static_cast<int>(documents.size());
    DocumentLayout layout;
    StyleCache styleCache(styles);
    // The PDF is made in memory and written only when complete: a cancelled batch leaves no file, and
    // the text repair (PdfTextRepair.h) needs the whole file. A month of invoices is a few megabytes.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        const BillingDocument &first = documents.first();
        detail::setUpPdfWriter(writer, total == 1
                                           ? documentTitle(first, styleCache.style(first.clientCode)) +
                                                 QLatin1Char(' ') + first.number
                                           : QStringLiteral("%1 ほか %2件").arg(first.number).arg(total - 1));
        QPainter painter;
        if (!painter.begin(&writer)) {
            result.error = QStringLiteral("cannot start the PDF writer");
            return result;
        }
        for (int i = 0; i < total; ++i) {
            const BillingDocument &document = documents.at(i);
            layout.paint(painter, writer, document, styleCache.style(document.clientCode), i > 0);
            if (progress && !progress(i + 1, total)) {
                result.cancelled = true;
                break;
            }
        }
        painter.end();
    }
    if (result.cancelled)
        return result;
    buffer.close();
    QByteArray pdf = buffer.data();
    buffer.setData(QByteArray());
    detail::repairToUnicodeMaps(pdf);
    result.error = writeAtomically(path, pdf);
    if (result.error.isEmpty()) {
        result.written = total;
        result.files.append(path);
    }
    return result;
}

BatchResult renderEachToPdf(const QList<BillingDocument> &documents, const StyleLookup &styles,
                            const QString &directory, const BatchProgress &progress)
{
    BatchResult result;
    QDir dir(directory);
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        result.error =
            QStringLiteral("%1: cannot create the folder").arg(QDir::toNativeSeparators(directory));
        return result;
    }
    const int total = static_cast<int>(documents.size());
    DocumentLayout layout;
    StyleCache styleCache(styles);
    QSet<QString> names;
    for (int i = 0; i < total; ++i) {
        const BillingDocument &document = documents.at(i);
        QString name = pdfFileName(document.number);
        const QString stem = name.chopped(4);
        for (int n = 2; names.contains(name.toLower()); ++n)
            name = QStringLiteral("%1-%2.pdf").arg(stem).arg(n);
        names.insert(name.toLower()); // case-insensitive: Windows and macOS file systems are
        const QString path = dir.filePath(name);
        result.error = writeAtomically(path, layout.toPdf(document, styleCache.style(document.clientCode)));
        if (!result.error.isEmpty())
            return result;
        ++result.written;
        result.files.append(path);
        if (progress && !progress(i + 1, total)) {
            result.cancelled = true;
            break;
        }
    }
    return result;
}

} // namespace kaishu::documents
