#pragma once

#include "billing/BillingDocument.h"
#include "billing/DocumentStyle.h"

#include <QByteArray>
#include <QPageLayout>

#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace kaishu::documents {

// The A4 portrait layout of invoices (適格請求書), credit notes (返還請求書) and receipts (領収書) in
// Japanese business style, painted on any paged device: QPdfWriter for files, the GUI's QPrinter for
// paper. Long invoices run over several pages; the table header repeats on each and the totals follow
// the last line.
//
// A layout keeps fonts, their metrics and decoded images between documents, so one object should
// render a whole batch. It is not thread-safe: use one per thread.
class DocumentLayout
{
public:
    DocumentLayout();
    ~DocumentLayout();
    DocumentLayout(const DocumentLayout &) = delete;
    DocumentLayout &operator=(const DocumentLayout &) = delete;

    // The A4 page without margins that toPdf() uses; give it to a QPrinter for the same result.
    static QPageLayout pageLayout();

    // How many pages the document takes. Only the style's wording can change it (a greeting that
    // wraps), never its images.
    int pageCount(const billing::BillingDocument &document,
                  const billing::DocumentStyle &style = billing::DocumentStyle()) const;

    // Paints every page on device, calling newPage() between pages. The layout is A4; a device with
    // another paper size gets it scaled to fit.
    void paint(const billing::BillingDocument &document, const billing::DocumentStyle &style,
               QPagedPaintDevice *device) const;
    // The same with a painter already active on device, for several documents in one file or print job:
    // startOnNewPage calls device->newPage() before the first page (every document but the first).
    void paint(QPainter &painter, QPagedPaintDevice &device, const billing::BillingDocument &document,
               const billing::DocumentStyle &style, bool startOnNewPage) const;

    // The document as a PDF file's bytes, with its text searchable.
    QByteArray toPdf(const billing::BillingDocument &document, const billing::DocumentStyle &style) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kaishu::documents
