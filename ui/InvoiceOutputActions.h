#pragma once

#include "billing/Invoice.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QPrintPreviewDialog;
class QWidget;

namespace kaishu::ui {

class BatchPdfExport;
class ReceiptDialog;
class SendInvoiceDialog;
class Workspace;

// What leaves the office for the selected invoices: preview and print (issued ones as they were
// issued), the archived PDF and the e-invoice XML saved to a file, PDFs in bulk, the e-mail, and a
// receipt for money received. Each action is enabled only when it applies to the selection.
class InvoiceOutputActions : public QObject
{
    Q_OBJECT

public:
    // view: the list the actions belong to, parent of their dialogs.
    InvoiceOutputActions(Workspace *workspace, QWidget *view);

    QAction *previewAction() const { return m_previewAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *savePdfAction() const { return m_savePdfAction; }
    QAction *saveXmlAction() const { return m_saveXmlAction; }
    QAction *batchPdfAction() const { return m_batchPdfAction; }
    QAction *sendAction() const { return m_sendAction; }
    QAction *receiptAction() const { return m_receiptAction; }
    // Preview, print, the files and the batch: under one menu on the tool bar.
    QList<QAction *> fileActions() const;
    QList<QAction *> actions() const;
    // The files actions as a menu (owned by the caller's widget).
    QMenu *createFileMenu(QWidget *parent) const;

    // What the actions act on: the selected invoices in table order, and (for the batch when none is
    // selected) the invoices the list shows.
    void setSelection(const QList<billing::Invoice> &selected);
    void setShownInvoices(std::function<QList<billing::Invoice>()> shown) { m_shown = std::move(shown); }
    // The issued documents a batch covers: the selected ones, or every one shown when none is selected.
    QList<billing::Invoice> batchInvoices() const;

    QPrintPreviewDialog *previewSelected();
    bool printSelected();
    // The archived PDF / the JP PINT XML of the selected invoice, to path or where the clerk says; the
    // path written, empty when nothing was.
    QString savePdfOfSelected(const QString &path = {});
    QString saveXmlOfSelected(const QString &path = {});
    // Asks one file or one per document and where, then starts the batch.
    void exportBatch();
    // Renders the documents of these invoices to target (a PDF file, or a folder when !oneFile) on a
    // worker thread; the result is reported when it ends.
    BatchPdfExport *startBatch(const QList<billing::Invoice> &invoices, const QString &target, bool oneFile);
    // The send dialog of the selected invoice (window-modal, not blocking).
    SendInvoiceDialog *sendSelected();
    // The receipt dialog of the selected invoice (window-modal, not blocking).
    ReceiptDialog *issueReceiptForSelected();

signals:
    // Invoices changed (a send, a receipt): the list reads them again.
    void changed();

private:
    std::optional<billing::Invoice> single() const;
    void showReport(bool problem, const QString &text);

    Workspace *m_workspace;
    QWidget *m_view;
    QList<billing::Invoice> m_selected;
    std::function<QList<billing::Invoice>()> m_shown;

    QAction *m_previewAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_savePdfAction = nullptr;
    QAction *m_saveXmlAction = nullptr;
    QAction *m_batchPdfAction = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_receiptAction = nullptr;
};

} // namespace kaishu::ui
