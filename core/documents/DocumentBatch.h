#pragma once

#include "billing/BillingDocument.h"
#include "billing/DocumentStyle.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kaishu::documents {

// The look of a client's documents, by client code (BillingDocument::clientCode). Asked once per client
// and batch; an empty function means the default style for everyone.
using StyleLookup = std::function<billing::DocumentStyle(const QString &clientCode)>;
// Told after each document (done of total); returning false cancels the batch.
using BatchProgress = std::function<bool(int done, int total)>;

struct BatchResult
{
    int written = 0;        // documents in the PDF (one file) or files written (one file each)
    bool cancelled = false; // the progress callback said stop
    QString error;          // why the batch stopped, empty when it did not fail
    QStringList files;      // the paths written
    bool ok() const { return !cancelled && error.isEmpty(); }
};

// All documents, one after the other, in one PDF at path (for printing a month's invoices at once).
// The file appears only when every document is in it: cancelled or failed, nothing is written and an
// existing file at path is left as it was.
BatchResult renderToOnePdf(const QList<billing::BillingDocument> &documents, const StyleLookup &styles,
                           const QString &path, const BatchProgress &progress = {});

// One PDF per document in directory (created if missing), named by the document number
// (pdfFileName(); a number seen twice in the batch gets "-2", "-3" …). Each file is written atomically,
// so none is ever half-written; on cancel or error the files finished before it stay and are listed.
BatchResult renderEachToPdf(const QList<billing::BillingDocument> &documents, const StyleLookup &styles,
                            const QString &directory, const BatchProgress &progress = {});

} // namespace kaishu::documents
