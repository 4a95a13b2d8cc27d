#include "InvoiceOutputActions.h"

#include "BatchPdfExport.h"
#include "DocumentPrinting.h"
#include "ReceiptDialog.h"
#include "SendInvoiceDialog.h"
#include "ServiceErrors.h"
#include "Workspace.h"
#include "billing/DocumentArchive.h"
#include "documents/DocumentText.h"
#include "documents/InvoiceOutput.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>

namespace kaishu::ui {

using billing::DocumentKind;
using billing::Invoice;

namespace {

// A number means a frozen document and its archived files (a cancelled invoice keeps them).
bool hasDocument(const Invoice &invoice)
{
    return !invoice.number.isEmpty();
}

bool isSendable(const Invoice &invoice)
{
    return invoice.kind == DocumentKind::Invoice && invoice.isIssued();
}

bool hasReceivedMoney(const Invoice &invoice)
{
    return invoice.kind == DocumentKind::Invoice && invoice.isIssued() && invoice.paid > money::Yen(0);
}

QString tamperedText()
{
    return InvoiceOutputActions::tr(
        "The archived file of this document does not match the SHA-256 recorded "
        "when it was issued: it has been changed or damaged and is not handed out.");
}

} // namespace

InvoiceOutputActions::InvoiceOutputActions(Workspace *workspace, QWidget *view)
    : QObject(view)
    , m_workspace(workspace)
    , m_view(view)
{
    const auto action = [this](const QString &text, const QString &toolTip, const QString &objectName) {
        auto *created = new QAction(text, this);
        created->setToolTip(toolTip);
        created->setObjectName(objectName);
        created->setEnabled(false);
        return created;
    };
    m_previewAction =
        action(tr("Pre&view"), tr("The selected document as it prints"), QStringLiteral("previewAction"));
    m_printAction = action(tr("&Print…"), tr("Print the selected document as it was issued"),
                           QStringLiteral("printAction"));
    m_savePdfAction =
        action(tr("Save P&DF…"), tr("Save the archived PDF of the selected document, as issued"),
               QStringLiteral("savePdfAction"));
    m_saveXmlAction =
        action(tr("Save e-invoice (&XML)…"), tr("Save the JP PINT e-invoice of the selected document"),
               QStringLiteral("saveXmlAction"));
    m_batchPdfAction = action(tr("PDFs in &bulk…"),
                              tr("The selected issued documents (or all shown) as one PDF or one PDF each"),
                              QStringLiteral("batchPdfAction"));
    m_sendAction = action(tr("Send by &e-mail…"), tr("E-mail the selected invoice with its PDF"),
                          QStringLiteral("sendAction"));
    m_receiptAction =
        action(tr("Issue rece&ipt…"), tr("A receipt for the money received on the selected invoice"),
               QStringLiteral("receiptAction"));
    connect(m_previewAction, &QAction::triggered, this, &InvoiceOutputActions::previewSelected);
    connect(m_printAction, &QAction::triggered, this, &InvoiceOutputActions::printSelected);
    connect(m_savePdfAction, &QAction::triggered, this, [this] { savePdfOfSelected(); });
    connect(m_saveXmlAction, &QAction::triggered, this, [this] { saveXmlOfSelected(); });
    connect(m_batchPdfAction, &QAction::triggered, this, &InvoiceOutputActions::exportBatch);
    connect(m_sendAction, &QAction::triggered, this, &InvoiceOutputActions::sendSelected);
    connect(m_receiptAction, &QAction::triggered, this, &InvoiceOutputActions::issueReceiptForSelected);
}

QList<QAction *> InvoiceOutputActions::fileActions() const
{
    return {m_previewAction, m_printAction, m_savePdfAction, m_saveXmlAction, m_batchPdfAction};
}

QList<QAction *> InvoiceOutputActions::actions() const
{
    return fileActions() + QList<QAction *>{m_sendAction, m_receiptAction};
}

QMenu *InvoiceOutputActions::createFileMenu(QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->addActions({m_previewAction, m_printAction});
    menu->addSeparator();
    menu->addActions({m_savePdfAction, m_saveXmlAction});
    menu->addSeparator();
    menu->addAction(m_batchPdfAction);
    return menu;
}

void InvoiceOutputActions::setSelection(const QList<Invoice> &selected)
{
    m_selected = selected;
    const std::optional<Invoice> invoice = single();
    m_previewAction->setEnabled(invoice.has_value());
    m_printAction->setEnabled(invoice && invoice->isIssued());
    m_savePdfAction->setEnabled(invoice && hasDocument(*invoice));
    m_saveXmlAction->setEnabled(invoice && hasDocument(*invoice));
    m_sendAction->setEnabled(invoice && isSendable(*invoice));
    bool receiptDue = false;
    if (invoice && hasReceivedMoney(*invoice)) {
        try {
            receiptDue = ReceiptDialog::unreceipted(m_workspace, *invoice) > money::Yen(0);
        } catch (const storage::StorageError &) {
            receiptDue = false; // the list's own reload reports the database
        }
    }
    m_receiptAction->setEnabled(receiptDue);
    m_batchPdfAction->setEnabled(!batchInvoices().isEmpty());
}

QList<Invoice> InvoiceOutputActions::batchInvoices() const
{
    QList<Invoice> invoices;
    const QList<Invoice> candidates = m_selected.isEmpty() && m_shown ? m_shown() : m_selected;
    for (const Invoice &invoice : candidates) {
        if (invoice.isIssued())
            invoices << invoice;
    }
    return invoices;
}

std::optional<Invoice> InvoiceOutputActions::single() const
{
    if (m_selected.size() != 1)
        return std::nullopt;
    return m_selected.first();
}

void InvoiceOutputActions::showReport(bool problem, const QString &text)
{
    auto *box = new QMessageBox(problem ? QMessageBox::Warning : QMessageBox::Information, tr("PDF output"),
                                text, QMessageBox::Ok, m_view);
    box->setObjectName(QStringLiteral("outputReport"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QPrintPreviewDialog *InvoiceOutputActions::previewSelected()
{
    const std::optional<Invoice> invoice = single();
    if (!invoice)
        return nullptr;
    billing::BillingDocument document;
    billing::DocumentStyle style;
    if (!ServiceErrors::run(m_view, tr("Cannot show the document"), [&] {
            document = m_workspace->invoices().document(invoice->id);
            style = DocumentPrinting::styleOf(m_workspace, document.clientCode);
        }))
        return nullptr;
    const QString title =
        hasDocument(*invoice)
            ? tr("Preview · %1").arg(invoice->number)
            : tr("Preview of a draft (not issued) · %1 %2").arg(invoice->customerCode, invoice->debtorName);
    return DocumentPrinting::preview(m_view, document, style, title);
}

bool InvoiceOutputActions::printSelected()
{
    const std::optional<Invoice> invoice = single();
    if (!invoice || !invoice->isIssued())
        return false;
    billing::BillingDocument document;
    billing::DocumentStyle style;
    // The frozen document: what was issued, whatever changed since.
    if (!ServiceErrors::run(m_view, tr("Cannot print"), [&] {
            document = m_workspace->invoices().document(invoice->id);
            style = DocumentPrinting::styleOf(m_workspace, document.clientCode);
        }))
        return false;
    return DocumentPrinting::print(m_view, document, style);
}

QString InvoiceOutputActions::savePdfOfSelected(const QString &path)
{
    const std::optional<Invoice> invoice = single();
    if (!invoice || !hasDocument(*invoice))
        return {};
    QByteArray bytes;
    try {
        const bool ok = ServiceErrors::run(m_view, tr("Cannot make the PDF"), [&] {
            bytes = documents::InvoiceOutput(m_workspace->database(), m_workspace->actor()).pdf(invoice->id);
        });
        if (!ok)
            return {};
    } catch (const billing::ArchiveTampered &) {
        QMessageBox::critical(m_view, tr("Cannot make the PDF"), tamperedText());
        return {};
    }
    return DocumentPrinting::saveFile(m_view, tr("Save PDF"), bytes, documents::pdfFileName(invoice->number),
                                      tr("PDF files (*.pdf)"), path);
}

QString InvoiceOutputActions::saveXmlOfSelected(const QString &path)
{
    const std::optional<Invoice> invoice = single();
    if (!invoice || !hasDocument(*invoice))
        return {};
    QByteArray bytes;
    QString problem;
    try {
        if (!ServiceErrors::run(m_view, tr("Cannot make the e-invoice"), [&] {
                bytes = documents::InvoiceOutput(m_workspace->database(), m_workspace->actor())
                            .xml(invoice->id, &problem);
            }))
            return {};
    } catch (const billing::ArchiveTampered &) {
        QMessageBox::critical(m_view, tr("Cannot make the e-invoice"), tamperedText());
        return {};
    }
    if (bytes.isEmpty()) {
        QMessageBox::warning(m_view, tr("Cannot make the e-invoice"),
                             tr("%1 has no valid e-invoice (JP PINT):\n%2").arg(invoice->number, problem));
        return {};
    }
    const QString fileName =
        QFileInfo(documents::pdfFileName(invoice->number)).completeBaseName() + QStringLiteral(".xml");
    return DocumentPrinting::saveFile(m_view, tr("Save e-invoice"), bytes, fileName, tr("XML files (*.xml)"),
                                      path);
}

void InvoiceOutputActions::exportBatch()
{
    const QList<Invoice> invoices = batchInvoices();
    if (invoices.isEmpty())
        return;
    QMessageBox question(QMessageBox::Question, tr("PDFs in bulk"),
                         tr("Write %n issued document(s) as PDF:", nullptr, int(invoices.size())),
                         QMessageBox::Cancel, m_view);
    QPushButton *oneButton = question.addButton(tr("All in &one PDF…"), QMessageBox::AcceptRole);
    QPushButton *eachButton = question.addButton(tr("One PDF &each, in a folder…"), QMessageBox::AcceptRole);
    question.setDefaultButton(oneButton);
    question.exec();
    const bool oneFile = question.clickedButton() == oneButton;
    if (!oneFile && question.clickedButton() != eachButton)
        return;
    QString target;
    if (oneFile) {
        const QString suggested =
            QDir(DocumentPrinting::lastFolder())
                .filePath(
                    tr("invoices-%1.pdf").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
        target = QFileDialog::getSaveFileName(m_view, tr("One PDF"), suggested, tr("PDF files (*.pdf)"));
        if (!target.isEmpty() && QFileInfo(target).suffix().isEmpty())
            target += QStringLiteral(".pdf");
    } else {
        target = QFileDialog::getExistingDirectory(m_view, tr("Folder for the PDFs"),
                                                   DocumentPrinting::lastFolder());
    }
    if (target.isEmpty())
        return;
    DocumentPrinting::rememberFolder(oneFile ? QFileInfo(target).absolutePath() : target);
    startBatch(invoices, target, oneFile);
}

BatchPdfExport *InvoiceOutputActions::startBatch(const QList<Invoice> &invoices, const QString &target,
                                                 bool oneFile)
{
    QList<billing::BillingDocument> documents;
    QHash<QString, billing::DocumentStyle> styles;
    if (!ServiceErrors::run(m_view, tr("Cannot read the documents"), [&] {
            for (const Invoice &invoice : invoices) {
                documents << m_workspace->invoices().document(invoice.id);
                if (!styles.contains(invoice.clientCode))
                    styles.insert(invoice.clientCode,
                                  DocumentPrinting::styleOf(m_workspace, invoice.clientCode));
            }
        }))
        return nullptr;
    auto *batch = new BatchPdfExport(documents, styles, target, oneFile, m_view);
    connect(
        batch, &BatchPdfExport::finished, this,
        [this, batch, target, oneFile](const documents::BatchResult &result) {
            const QString where = QDir::toNativeSeparators(target);
            if (!result.error.isEmpty())
                showReport(true, tr("The PDFs could not be written: %1").arg(result.error));
            else if (result.cancelled)
                showReport(false,
                           oneFile
                               ? tr("Cancelled: no file was written.")
                               : tr("Cancelled after %n file(s) in %1.", nullptr, result.written).arg(where));
            else
                showReport(false,
                           oneFile ? tr("%n document(s) written to %1.", nullptr, result.written).arg(where)
                                   : tr("%n PDF file(s) written to %1.", nullptr, result.written).arg(where));
            batch->deleteLater();
        });
    batch->start();
    return batch;
}

SendInvoiceDialog *InvoiceOutputActions::sendSelected()
{
    const std::optional<Invoice> invoice = single();
    if (!invoice || !isSendable(*invoice))
        return nullptr;
    auto *dialog = new SendInvoiceDialog(m_workspace, invoice->id, m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &SendInvoiceDialog::sendFinished, this, &InvoiceOutputActions::changed);
    dialog->show();
    return dialog;
}

ReceiptDialog *InvoiceOutputActions::issueReceiptForSelected()
{
    const std::optional<Invoice> invoice = single();
    if (!invoice || !hasReceivedMoney(*invoice))
        return nullptr;
    auto *dialog = new ReceiptDialog(m_workspace, invoice->id, m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ReceiptDialog::issued, this, &InvoiceOutputActions::changed);
    dialog->show();
    return dialog;
}

} // namespace kaishu::ui
