#include "DocumentPrinting.h"

#include "ListViews.h"
#include "Workspace.h"
#include "documents/DocumentLayout.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>

namespace kaishu::ui {

namespace {

const QString LastFolderKey = QStringLiteral("documents/lastFolder");

} // namespace

billing::DocumentStyle DocumentPrinting::styleOf(Workspace *workspace, const QString &clientCode)
{
    if (!workspace->isOpen())
        return {};
    const std::optional<parties::Client> client = workspace->parties().repository().clientByCode(clientCode);
    return client ? workspace->invoices().settings().settings(client->id).style : billing::DocumentStyle();
}

void DocumentPrinting::paint(QPrinter *printer, const billing::BillingDocument &document,
                             const billing::DocumentStyle &style)
{
    printer->setPageLayout(documents::DocumentLayout::pageLayout());
    printer->setDocName(document.number.isEmpty() ? tr("Draft") : document.number);
    documents::DocumentLayout().paint(document, style, printer);
}

QPrintPreviewDialog *DocumentPrinting::preview(QWidget *parent, const billing::BillingDocument &document,
                                               const billing::DocumentStyle &style, const QString &title)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageLayout(documents::DocumentLayout::pageLayout());
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setObjectName(QStringLiteral("documentPreview"));
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // The dialog does not own its printer: it goes when the dialog has gone.
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [document, style](QPrinter *target) { paint(target, document, style); });
    dialog->resize(900, 1000);
    dialog->show();
    return dialog;
}

bool DocumentPrinting::print(QWidget *parent, const billing::BillingDocument &document,
                             const billing::DocumentStyle &style)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(documents::DocumentLayout::pageLayout());
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(document.number));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    paint(&printer, document, style);
    return true;
}

QString DocumentPrinting::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString DocumentPrinting::saveFile(QWidget *parent, const QString &title, const QByteArray &bytes,
                                   const QString &fileName, const QString &filter, const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(parent, title, QDir(lastFolder()).filePath(fileName), filter);
        if (target.isEmpty())
            return {};
        if (QFileInfo(target).suffix().isEmpty())
            target += QLatin1Char('.') + QFileInfo(fileName).suffix();
    }
    if (const QString problem = writeFile(target, bytes); !problem.isEmpty()) {
        QMessageBox::warning(parent, title, problem);
        return {};
    }
    rememberFolder(QFileInfo(target).absolutePath());
    return target;
}

QString DocumentPrinting::lastFolder()
{
    const QString folder = appSettings().value(LastFolderKey).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
}

void DocumentPrinting::rememberFolder(const QString &folder)
{
    appSettings().setValue(LastFolderKey, folder);
}

} // namespace kaishu::ui
