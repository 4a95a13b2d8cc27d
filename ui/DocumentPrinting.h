#pragma once

#include "billing/BillingDocument.h"
#include "billing/DocumentStyle.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace kaishu::ui {

class Workspace;

// A document on paper and on disk, as the clerk asks for it: a print preview, the print dialog, and
// files saved where the clerk chooses. The page is DocumentLayout's A4 (the PDF's), so paper and
// file look alike. Issued documents are printed from their frozen content (what was issued).
class DocumentPrinting
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinting)

public:
    // The look of the documents of the client with this code (the standard look when unknown).
    static billing::DocumentStyle styleOf(Workspace *workspace, const QString &clientCode);

    // Sets the printer to the layout's A4 page and paints every page of the document on it.
    static void paint(QPrinter *printer, const billing::BillingDocument &document,
                      const billing::DocumentStyle &style);

    // A print preview of the document (window-modal, deleted when closed, already shown); its Print
    // button prints what it shows.
    static QPrintPreviewDialog *preview(QWidget *parent, const billing::BillingDocument &document,
                                        const billing::DocumentStyle &style, const QString &title);
    // The print dialog, then the document on the chosen printer. False when the clerk backed out.
    static bool print(QWidget *parent, const billing::BillingDocument &document,
                      const billing::DocumentStyle &style);

    // Asks where to save (suggesting fileName in the last folder used) unless path is given, and
    // writes the bytes whole or not at all. The path written; empty when the clerk backed out or the
    // file could not be written (said in a message box).
    static QString saveFile(QWidget *parent, const QString &title, const QByteArray &bytes,
                            const QString &fileName, const QString &filter, const QString &path = {});
    // Writes bytes to path atomically; the reason in the clerk's words when it fails, else empty.
    static QString writeFile(const QString &path, const QByteArray &bytes);

    // The folder the clerk last saved to or chose (remembered across sessions).
    static QString lastFolder();
    static void rememberFolder(const QString &folder);
};

} // namespace kaishu::ui
