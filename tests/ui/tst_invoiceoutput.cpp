// What leaves the office, in the GUI over a temporary SQLite database: the actions that follow the
// selection, the print preview (every page of the frozen document on A4), the archived PDF and the
// e-invoice saved byte for byte, PDFs in bulk on a worker thread (one file, one each, cancelled),
// receipts, the mail server settings, sending (no server: guidance and nothing recorded; a closed
// port: a failed attempt in the history, the invoice still issued, retry), the archive search by
// combined conditions and a tampered file shown in red; and pictures of the new windows in English
// and Japanese, with no English word left on the Japanese ones.

#include "ArchiveSearchDialog.h"
#include "ArchiveTableModel.h"
#include "BatchPdfExport.h"
#include "BillingNames.h"
#include "DocumentPrinting.h"
#include "InvoiceOutputActions.h"
#include "InvoiceTableModel.h"
#include "InvoiceView.h"
#include "MailServerDialog.h"
#include "ReceiptDialog.h"
#include "SendInvoiceDialog.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "billing/DocumentArchive.h"
#include "documents/DocumentLayout.h"
#include "documents/DocumentText.h"
#include "documents/InvoiceOutput.h"
#include "parties/PartyImport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace kaishu;
using billing::Invoice;
using billing::InvoiceStatus;
using money::Yen;

namespace {

const QString ShotFolder = QStringLiteral("/tmp/ui-shots2");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The page count pdfinfo reads from a PDF file (-1 when it cannot).
int pdfPages(const QString &path)
{
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {path});
    if (!pdfinfo.waitForFinished(20000) || pdfinfo.exitCode() != 0)
        return -1;
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(pdfinfo.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class InvoiceOutputTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void actionsFollowTheSelection();
    void previewPaintsEveryPage();
    void pdfSaveWritesTheArchivedBytes();
    void xmlSaveWritesTheEInvoice();
    void batchWritesOneFileOrOneEach();
    void batchCancelledWritesNothing();
    void receiptForMoneyReceived();
    void sendWithoutMailServerShowsGuidance();
    void mailServerSettingsSavedAndTested();
    void sendToClosedPortRecordsFailure();
    void archiveSearchCombinesConditions();
    void tamperedArchiveShownInRed();
    void picturesInEnglish();
    // Last: it switches the application to Japanese.
    void picturesInJapanese();

private:
    qint64 clientId(const QString &code) const
    {
        return m_workspace->parties().repository().clientByCode(code)->id;
    }
    Invoice invoice(qint64 id) const { return *m_workspace->invoices().book().invoice(id); }
    void select(const QList<qint64> &ids) { m_view->selectInvoices(ids); }
    ui::InvoiceOutputActions *actions() const { return m_view->outputActions(); }
    billing::DocumentStyle styleOf(qint64 id) const
    {
        return ui::DocumentPrinting::styleOf(m_workspace, invoice(id).clientCode);
    }
    // Runs a batch through the view's actions and waits for its result.
    documents::BatchResult runBatch(const QList<qint64> &ids, const QString &target, bool oneFile);
    void takePictures(const QString &language);

    QTemporaryDir m_folder;
    ui::Workspace *m_workspace = nullptr;
    ui::InvoiceView *m_view = nullptr;
    qint64 m_k001 = 0;
    qint64 m_k002 = 0;
    qint64 m_k003Draft = 0;
};

void InvoiceOutputTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    tests::useJapaneseFont();
    QVERIFY(i18n::installTranslations(QStringLiteral("en")));
    m_workspace = new ui::Workspace(QStringLiteral("tester"), this);
    m_workspace->setDatabase(storage::Database::open(
        storage::DatabaseLocation::sqliteFile(m_folder.filePath(QStringLiteral("output.sqlite")))));
    parties::PartyImporter importer(m_workspace->database(), QStringLiteral("tester"));
    QVERIFY(importer.importFile(parties::ImportKind::Clients, tests::ClientsCsv).committed);
    QVERIFY(importer.importFile(parties::ImportKind::Debtors, tests::DebtorsCsv).committed);
    QVERIFY(m_workspace->orders().importFile(tests::OrdersCsv).committed);

    // October's month-end run (K001, K002), issued; the 20th's run leaves K003 a draft.
    billing::InvoiceService &service = m_workspace->invoices();
    const billing::BillingRunPlan monthEnd =
        service.runBilling(clientId(QStringLiteral("C001")), QDate(2026, 10, 31), QDate(2026, 11, 2));
    QCOMPARE(monthEnd.drafts.size(), 2);
    QList<qint64> ids;
    for (const Invoice &draft : monthEnd.drafts)
        ids << draft.id;
    // K002 goes over its credit limit: the tester issues as a supervisor.
    m_workspace->screening().setSupervisors({m_workspace->actor()});
    for (const Invoice &issued : service.issue(ids, {}, true))
        (issued.customerCode == QLatin1String("K001") ? m_k001 : m_k002) = issued.id;
    QVERIFY(m_k001 != 0 && m_k002 != 0);
    const billing::BillingRunPlan twentieth =
        service.runBilling(clientId(QStringLiteral("C001")), QDate(2026, 10, 20), QDate(2026, 10, 21));
    QCOMPARE(twentieth.drafts.size(), 1);
    m_k003Draft = twentieth.drafts.first().id;
    m_workspace->notifyPartiesChanged();

    m_view = new ui::InvoiceView(m_workspace);
    m_view->resize(1400, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QCOMPARE(m_view->visibleRowCount(), 3);
}

void InvoiceOutputTest::cleanupTestCase()
{
    delete m_view;
}

void InvoiceOutputTest::actionsFollowTheSelection()
{
    // A draft: only the preview (of what it would look like); nothing is archived, sent or printed.
    select({m_k003Draft});
    QVERIFY(actions()->previewAction()->isEnabled());
    for (QAction *action : {actions()->printAction(), actions()->savePdfAction(), actions()->saveXmlAction(),
                            actions()->batchPdfAction(), actions()->sendAction(), actions()->receiptAction()})
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    QVERIFY(m_view->outputButton()->isEnabled());

    // An issued invoice without money received: everything but the receipt.
    select({m_k001});
    for (QAction *action : {actions()->previewAction(), actions()->printAction(), actions()->savePdfAction(),
                            actions()->saveXmlAction(), actions()->batchPdfAction(), actions()->sendAction()})
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    QVERIFY(!actions()->receiptAction()->isEnabled());

    // Several: only the batch, of the issued ones among them.
    select({m_k001, m_k002, m_k003Draft});
    QCOMPARE(actions()->batchInvoices().size(), 2);
    QVERIFY(actions()->batchPdfAction()->isEnabled());
    for (QAction *action : {actions()->previewAction(), actions()->printAction(), actions()->savePdfAction(),
                            actions()->sendAction()})
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));

    // Nothing selected: the batch takes every issued document shown.
    select({});
    QVERIFY(actions()->batchPdfAction()->isEnabled());
    QCOMPARE(actions()->batchInvoices().size(), 2);
    QVERIFY(!actions()->previewAction()->isEnabled());
    // The table's context menu offers the same actions.
    QVERIFY(m_view->table()->actions().contains(actions()->sendAction()));
}

void InvoiceOutputTest::previewPaintsEveryPage()
{
    // A long invoice runs over several pages: painted on a PDF printer, pdfinfo counts them.
    billing::BillingDocument longDocument = m_workspace->invoices().document(m_k001);
    const QList<billing::DocumentLine> lines = longDocument.lines;
    while (longDocument.lines.size() < 90)
        longDocument.lines += lines;
    const billing::DocumentStyle style = styleOf(m_k001);
    const int expected = documents::DocumentLayout().pageCount(longDocument, style);
    QVERIFY2(expected >= 2, qPrintable(QString::number(expected)));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_folder.filePath(QStringLiteral("long.pdf")));
        ui::DocumentPrinting::paint(&printer, longDocument, style);
        QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
    }
    QCOMPARE(pdfPages(m_folder.filePath(QStringLiteral("long.pdf"))), expected);

    // The view's preview: the frozen document of the issued invoice, every page of it.
    select({m_k001});
    QPrintPreviewDialog *preview = actions()->previewSelected();
    QVERIFY(preview);
    QVERIFY(QTest::qWaitForWindowExposed(preview));
    auto *pages = preview->findChild<QPrintPreviewWidget *>();
    QVERIFY(pages);
    const int issuedPages =
        documents::DocumentLayout().pageCount(m_workspace->invoices().document(m_k001), style);
    QTRY_COMPARE(pages->pageCount(), issuedPages);
    QVERIFY(preview->windowTitle().contains(invoice(m_k001).number));
    preview->close();

    // A draft previews too (rendered, not archived).
    select({m_k003Draft});
    preview = actions()->previewSelected();
    QVERIFY(preview);
    QTRY_COMPARE(preview->findChild<QPrintPreviewWidget *>()->pageCount(), 1);
    preview->close();
    QVERIFY(billing::DocumentArchive(m_workspace->database(), QStringLiteral("tester")).search({}).isEmpty());
}

void InvoiceOutputTest::pdfSaveWritesTheArchivedBytes()
{
    select({m_k001});
    const QString first = actions()->savePdfOfSelected(m_folder.filePath(QStringLiteral("first.pdf")));
    QCOMPARE(first, m_folder.filePath(QStringLiteral("first.pdf")));
    const QByteArray bytes = readFile(first);
    QVERIFY(bytes.startsWith("%PDF"));
    // What was saved is what the archive keeps, and a second save is the same to the byte.
    billing::DocumentArchive archive(m_workspace->database(), QStringLiteral("tester"));
    const std::optional<billing::ArchivedDocument> kept =
        archive.find(invoice(m_k001).number, billing::DocumentKind::Invoice, billing::ArchiveFormat::Pdf);
    QVERIFY(kept);
    QCOMPARE(archive.content(*kept), bytes);
    const QString second = actions()->savePdfOfSelected(m_folder.filePath(QStringLiteral("second.pdf")));
    QCOMPARE(readFile(second), bytes);
    QCOMPARE(billing::DocumentArchive::sha256Of(readFile(second)), kept->sha256);
}

void InvoiceOutputTest::xmlSaveWritesTheEInvoice()
{
    select({m_k001});
    const QString path = actions()->saveXmlOfSelected(m_folder.filePath(QStringLiteral("k001.xml")));
    QVERIFY(!path.isEmpty());
    const QByteArray xml = readFile(path);
    QVERIFY(xml.startsWith("<?xml"));
    QVERIFY(xml.contains(invoice(m_k001).number.toUtf8()));
    QCOMPARE(readFile(actions()->saveXmlOfSelected(m_folder.filePath(QStringLiteral("again.xml")))), xml);
}

documents::BatchResult InvoiceOutputTest::runBatch(const QList<qint64> &ids, const QString &target,
                                                   bool oneFile)
{
    QList<Invoice> invoices;
    for (qint64 id : ids)
        invoices << invoice(id);
    std::optional<documents::BatchResult> result;
    ui::BatchPdfExport *batch = actions()->startBatch(invoices, target, oneFile);
    if (!batch)
        return {};
    connect(batch, &ui::BatchPdfExport::finished, this,
            [&result](const documents::BatchResult &finished) { result = finished; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 60000))
        return {};
    // The report is not modal: it waits beside the list until the clerk closes it.
    auto *report = m_view->findChild<QMessageBox *>(QStringLiteral("outputReport"));
    if (report) {
        report->close();
        QTest::qWait(1);
    }
    return *result;
}

void InvoiceOutputTest::batchWritesOneFileOrOneEach()
{
    const billing::DocumentStyle style = styleOf(m_k001);
    const int pages = documents::DocumentLayout().pageCount(m_workspace->invoices().document(m_k001), style) +
                      documents::DocumentLayout().pageCount(m_workspace->invoices().document(m_k002), style);

    const QString folder = m_folder.filePath(QStringLiteral("each"));
    const documents::BatchResult each = runBatch({m_k001, m_k002}, folder, false);
    QVERIFY2(each.ok(), qPrintable(each.error));
    QCOMPARE(each.written, 2);
    for (qint64 id : {m_k001, m_k002})
        QVERIFY(QFile::exists(QDir(folder).filePath(documents::pdfFileName(invoice(id).number))));

    const QString one = m_folder.filePath(QStringLiteral("month.pdf"));
    const documents::BatchResult all = runBatch({m_k001, m_k002}, one, true);
    QVERIFY2(all.ok(), qPrintable(all.error));
    QCOMPARE(all.written, 2);
    QCOMPARE(pdfPages(one), pages);
}

void InvoiceOutputTest::batchCancelledWritesNothing()
{
    QList<billing::BillingDocument> documents;
    for (int i = 0; i < 3; ++i)
        documents << m_workspace->invoices().document(i % 2 ? m_k002 : m_k001);
    const QString path = m_folder.filePath(QStringLiteral("cancelled.pdf"));
    ui::BatchPdfExport batch(documents, {}, path, true, m_view);
    std::optional<documents::BatchResult> result;
    connect(&batch, &ui::BatchPdfExport::finished, this,
            [&result](const documents::BatchResult &finished) { result = finished; });
    // Cancel, as the progress dialog's button does, before the first document is done.
    batch.cancel();
    batch.start();
    QVERIFY(batch.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY(result->cancelled);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!batch.isRunning());
}

void InvoiceOutputTest::receiptForMoneyReceived()
{
    m_workspace->payments().recordPayment(m_k001, Yen(10'000));
    m_workspace->notifyBillingChanged();
    select({m_k001});
    QVERIFY(actions()->receiptAction()->isEnabled());
    ui::ReceiptDialog *dialog = actions()->issueReceiptForSelected();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->issueButton()->isEnabled());
    QVERIFY(!dialog->saveButton()->isEnabled());
    dialog->issueDateEdit()->setDate(QDate(2026, 11, 20));
    dialog->provisoEdit()->setText(QStringLiteral("事務用品代として"));
    QVERIFY(dialog->issue());

    const QList<billing::BillingDocument> receipts = m_workspace->invoices().receipts(m_k001);
    QCOMPARE(receipts.size(), 1);
    QCOMPARE(receipts.first().receivedAmount, Yen(10'000));
    QCOMPARE(receipts.first().proviso, QStringLiteral("事務用品代として"));
    QCOMPARE(receipts.first().issueDate, QDate(2026, 11, 20));
    QVERIFY(dialog->statusLabel()->text().contains(receipts.first().number));
    QVERIFY(!dialog->issueButton()->isEnabled());
    for (QPushButton *button : {dialog->previewButton(), dialog->printButton(), dialog->saveButton()})
        QVERIFY(button->isEnabled());

    const QString path = dialog->savePdf(m_folder.filePath(QStringLiteral("receipt.pdf")));
    QVERIFY(readFile(path).startsWith("%PDF"));
    QCOMPARE(pdfPages(path), 1);
    dialog->preview();
    auto *preview = dialog->findChild<QPrintPreviewDialog *>();
    QVERIFY(preview);
    QTRY_COMPARE(preview->findChild<QPrintPreviewWidget *>()->pageCount(), 1);
    preview->close();
    dialog->close();

    // Every yen received has its receipt now.
    select({m_k001});
    QVERIFY(!actions()->receiptAction()->isEnabled());
}

void InvoiceOutputTest::sendWithoutMailServerShowsGuidance()
{
    select({m_k001});
    ui::SendInvoiceDialog *dialog = actions()->sendSelected();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->hasMailServer());
    QVERIFY(dialog->guidanceLabel()->isVisible());
    // The message as it will leave: the client's wording, the PDF attached.
    QVERIFY(dialog->subjectView()->text().contains(invoice(m_k001).number));
    QVERIFY(dialog->bodyView()->toPlainText().contains(QStringLiteral("株式会社山田商事")));
    QVERIFY(dialog->attachmentLabel()->text().contains(documents::pdfFileName(invoice(m_k001).number)));
    // The debtor has no address: the clerk types one.
    QVERIFY(dialog->recipientEdit()->text().isEmpty());
    QVERIFY(!dialog->sendButton()->isEnabled());
    dialog->recipientEdit()->setText(QStringLiteral("keiri@yamada.example"));
    QVERIFY(dialog->sendButton()->isEnabled());

    // Send opens the mail server settings instead; backing out of them sends and records nothing.
    QString opened;
    {
        tests::DialogAnswers answers({tests::dismiss(&opened)});
        dialog->send();
        QVERIFY(answers.allAnswered());
    }
    QCOMPARE(opened, QStringLiteral("kaishu::ui::MailServerDialog"));
    QVERIFY(!dialog->isSending());
    QVERIFY(m_workspace->invoices().sendLog(m_k001).isEmpty());
    QCOMPARE(dialog->historyTable()->rowCount(), 0);
    QVERIFY(invoice(m_k001).status == InvoiceStatus::PartlyPaid);
    dialog->close();
}

void InvoiceOutputTest::mailServerSettingsSavedAndTested()
{
    {
        ui::MailServerDialog dialog(m_workspace, m_view);
        QCOMPARE(dialog.portEdit()->value(), 587); // STARTTLS unless told otherwise
        dialog.hostEdit()->setText(QStringLiteral("127.0.0.1"));
        dialog.securityCombo()->setCurrentIndex(dialog.securityCombo()->findData(QStringLiteral("none")));
        QCOMPARE(dialog.portEdit()->value(), 25); // the usual port follows the protection
        dialog.portEdit()->setValue(1);
        dialog.passwordEdit()->setText(QStringLiteral("secret"));
        QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
        dialog.verifyPeerBox()->setChecked(false);
        // A sender that is no address is refused, and said so.
        dialog.fromAddressEdit()->setText(QStringLiteral("seikyu at example"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!dialog.problem().isEmpty());
        QVERIFY(m_workspace->invoices().settings().value(QStringLiteral("smtp.host")).isEmpty());
        dialog.fromAddressEdit()->setText(QStringLiteral("seikyu@example.jp"));
        dialog.fromNameEdit()->setText(QStringLiteral("みらい食品 経理部"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    billing::BillingSettingsStore &store = m_workspace->invoices().settings();
    QCOMPARE(store.value(QStringLiteral("smtp.host")), QStringLiteral("127.0.0.1"));
    QCOMPARE(store.value(QStringLiteral("smtp.port")), QStringLiteral("1"));
    QCOMPARE(store.value(QStringLiteral("smtp.security")), QStringLiteral("none"));
    QCOMPARE(store.value(QStringLiteral("smtp.password")), QStringLiteral("secret"));
    QCOMPARE(store.value(QStringLiteral("smtp.from")), QStringLiteral("seikyu@example.jp"));
    QCOMPARE(store.value(QStringLiteral("smtp.from_name")), QStringLiteral("みらい食品 経理部"));
    QCOMPARE(store.value(QStringLiteral("smtp.verify_peer")), QStringLiteral("false"));

    // The test message goes through the typed settings on a worker thread; nobody listens on port 1.
    ui::MailServerDialog dialog(m_workspace, m_view);
    QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(dialog.portEdit()->value(), 1);
    std::optional<mail::SendResult> result;
    connect(&dialog, &ui::MailServerDialog::testFinished, this,
            [&result](const mail::SendResult &finished) { result = finished; });
    dialog.sendTest();
    QVERIFY(dialog.isTesting());
    QVERIFY(!dialog.testButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 40000);
    QVERIFY(!result->accepted);
    QVERIFY(!result->error.isEmpty());
    QVERIFY(dialog.testResultLabel()->text().contains(result->error));
    QVERIFY(dialog.testButton()->isEnabled());
}

void InvoiceOutputTest::sendToClosedPortRecordsFailure()
{
    select({m_k001});
    ui::SendInvoiceDialog *dialog = actions()->sendSelected();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->hasMailServer());
    QVERIFY(!dialog->guidanceLabel()->isVisible());
    QVERIFY(dialog->serverLabel()->text().contains(QStringLiteral("127.0.0.1")));
    dialog->recipientEdit()->setText(QStringLiteral("keiri@yamada.example"));
    std::optional<mail::SendResult> result;
    connect(dialog, &ui::SendInvoiceDialog::sendFinished, this,
            [&result](const mail::SendResult &finished) { result = finished; });
    dialog->send();
    QVERIFY(dialog->isSending());
    QVERIFY(!dialog->sendButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 40000);
    QVERIFY(!result->accepted);

    // The failed attempt is in the send log and the history tab; the invoice is not "sent".
    const QList<billing::SendAttempt> log = m_workspace->invoices().sendLog(m_k001);
    QCOMPARE(log.size(), 1);
    QVERIFY(!log.first().accepted);
    QCOMPARE(log.first().recipient, QStringLiteral("keiri@yamada.example"));
    QCOMPARE(log.first().actor, QStringLiteral("tester"));
    QVERIFY(!log.first().error.isEmpty());
    QCOMPARE(dialog->historyTable()->rowCount(), 1);
    QCOMPARE(dialog->historyTable()->item(0, 1)->text(), QStringLiteral("keiri@yamada.example"));
    QCOMPARE(dialog->historyTable()->item(0, 2)->text(), ui::SendInvoiceDialog::tr("Failed"));
    QCOMPARE(dialog->historyTable()->item(0, 4)->text(), log.first().error);
    QVERIFY(dialog->resultLabel()->text().contains(log.first().error));
    QVERIFY(invoice(m_k001).status == InvoiceStatus::PartlyPaid);
    QVERIFY(m_view->model()->rowAt(m_view->model()->rowOfId(m_k001))->status == InvoiceStatus::PartlyPaid);

    // The same window tries again.
    QCOMPARE(dialog->sendButton()->text(), ui::SendInvoiceDialog::tr("&Retry"));
    QVERIFY(dialog->sendButton()->isEnabled());
    result.reset();
    dialog->send();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 40000);
    QCOMPARE(m_workspace->invoices().sendLog(m_k001).size(), 2);
    QCOMPARE(dialog->historyTable()->rowCount(), 2);
    dialog->close();
    // And nothing was sent for K002, whose invoice stays issued.
    QVERIFY(invoice(m_k002).status == InvoiceStatus::Issued);
}

void InvoiceOutputTest::archiveSearchCombinesConditions()
{
    // K002's PDF joins K001's PDF, XML and receipt in the archive.
    select({m_k002});
    QVERIFY(!actions()->savePdfOfSelected(m_folder.filePath(QStringLiteral("k002.pdf"))).isEmpty());

    ui::ArchiveSearchDialog dialog(m_workspace, m_view);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.openButton()->isEnabled());
    QVERIFY(dialog.search());
    QCOMPARE(dialog.model()->rowCount(), 4);

    const auto numbers = [&dialog] {
        QStringList found;
        for (const billing::ArchivedDocument &document : dialog.model()->rows())
            found << document.number + QLatin1Char('/') + billing::toCode(document.format);
        found.sort();
        return found;
    };
    const QString k001 = invoice(m_k001).number;
    const QString k002 = invoice(m_k002).number;
    const QString receipt = m_workspace->invoices().receipts(m_k001).first().number;

    dialog.debtorEdit()->setText(QStringLiteral("山田"));
    QVERIFY(dialog.search());
    QCOMPARE(dialog.model()->rowCount(), 3);
    // Counterparty and amount together: the invoice's files (68,678 yen), not the receipt (10,000).
    dialog.minAmountEdit()->setText(QStringLiteral("60,000"));
    QVERIFY(dialog.search());
    QCOMPARE(numbers(), QStringList({k001 + QStringLiteral("/pdf"), k001 + QStringLiteral("/xml")}));
    // … and the issue date: the receipt's day has no invoice.
    dialog.minAmountEdit()->clear();
    dialog.dateRangeBox()->setChecked(true);
    dialog.fromEdit()->setDate(QDate(2026, 11, 20));
    dialog.toEdit()->setDate(QDate(2026, 11, 30));
    QVERIFY(dialog.search());
    QCOMPARE(numbers(), QStringList({receipt + QStringLiteral("/pdf")}));
    QCOMPARE(dialog.model()->index(0, ui::ArchiveTableModel::Kind).data().toString(),
             ui::BillingNames::kindName(billing::DocumentKind::Receipt));
    // A maximum and a number.
    dialog.dateRangeBox()->setChecked(false);
    dialog.debtorEdit()->clear();
    dialog.maxAmountEdit()->setText(QStringLiteral("¥20,000"));
    dialog.numberEdit()->setText(k002);
    QVERIFY(dialog.search());
    QCOMPARE(numbers(), QStringList({k002 + QStringLiteral("/pdf")}));
    QCOMPARE(dialog.model()->index(0, ui::ArchiveTableModel::Amount).data().toString(),
             QStringLiteral("17,600"));

    // An amount that is none is said in red, and nothing is searched.
    dialog.maxAmountEdit()->setText(QStringLiteral("two thousand"));
    QVERIFY(!dialog.search());
    QVERIFY(dialog.warningLabel()->isVisible());
    QCOMPARE(dialog.model()->rowCount(), 1);

    // Saved as kept, byte for byte.
    dialog.maxAmountEdit()->clear();
    QVERIFY(dialog.search());
    dialog.selectRow(0);
    QVERIFY(dialog.openButton()->isEnabled());
    const QString path = dialog.exportSelected(m_folder.filePath(QStringLiteral("kept.pdf")));
    QCOMPARE(readFile(path), readFile(m_folder.filePath(QStringLiteral("k002.pdf"))));
    QVERIFY(!dialog.warningLabel()->isVisible());
}

void InvoiceOutputTest::tamperedArchiveShownInRed()
{
    // Someone with the database file bypasses the append-only trigger and edits K002's kept PDF.
    storage::Database &database = m_workspace->database();
    database.exec(QStringLiteral("DROP TRIGGER document_archive_no_update"));
    database.exec(
        QStringLiteral("UPDATE document_archive SET content = ? WHERE number = ? AND format = 'pdf'"),
        {QByteArray("%PDF-1.4 forged"), invoice(m_k002).number});

    ui::ArchiveSearchDialog dialog(m_workspace, m_view);
    dialog.numberEdit()->setText(invoice(m_k002).number);
    QVERIFY(dialog.search());
    QCOMPARE(dialog.model()->rowCount(), 1);
    dialog.selectRow(0);
    const QString path = m_folder.filePath(QStringLiteral("forged.pdf"));
    QVERIFY(dialog.exportSelected(path).isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(dialog.warningLabel()->isVisibleTo(&dialog));
    QVERIFY(dialog.warningLabel()->text().contains(invoice(m_k002).number));
    QVERIFY(dialog.warningLabel()->styleSheet().contains(QStringLiteral("#c62828")));
    QVERIFY(dialog.openSelected().isEmpty());

    // The invoice view refuses the forged PDF too.
    select({m_k002});
    QString refusal;
    {
        tests::DialogAnswers answers({tests::press(QMessageBox::Ok, &refusal)});
        QVERIFY(actions()->savePdfOfSelected(m_folder.filePath(QStringLiteral("forged2.pdf"))).isEmpty());
    }
    QVERIFY(refusal.contains(QStringLiteral("SHA-256")));
}

void InvoiceOutputTest::takePictures(const QString &language)
{
    const auto shot = [&language](QWidget *widget, const QString &name) {
        tests::shootInLanguage(widget, ShotFolder, name, language);
    };

    ui::InvoiceView view(m_workspace);
    view.resize(1400, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectInvoices({m_k001});
    shot(&view, QStringLiteral("invoices"));
    QToolButton *output = view.outputButton();
    output->menu()->popup(output->mapToGlobal(QPoint(0, output->height())));
    QVERIFY(QTest::qWaitForWindowExposed(output->menu()));
    shot(output->menu(), QStringLiteral("output-menu"));
    output->menu()->close();

    QPrintPreviewDialog *preview = view.outputActions()->previewSelected();
    QVERIFY(QTest::qWaitForWindowExposed(preview));
    QTRY_VERIFY(preview->findChild<QPrintPreviewWidget *>()->pageCount() > 0);
    QTest::qWait(100);
    shot(preview, QStringLiteral("preview"));
    preview->close();

    // Without a mail server, then with one and the history of the failed attempts.
    const mail::SmtpSettings saved =
        documents::InvoiceOutput(m_workspace->database(), QStringLiteral("tester")).smtpSettings();
    mail::SmtpSettings none = saved;
    none.host.clear();
    ui::MailServerDialog::save(m_workspace, none);
    ui::SendInvoiceDialog *send = view.outputActions()->sendSelected();
    QVERIFY(QTest::qWaitForWindowExposed(send));
    shot(send, QStringLiteral("send-no-server"));
    send->close();
    ui::MailServerDialog::save(m_workspace, saved);
    send = view.outputActions()->sendSelected();
    QVERIFY(QTest::qWaitForWindowExposed(send));
    send->recipientEdit()->setText(QStringLiteral("keiri@yamada.example"));
    shot(send, QStringLiteral("send"));
    send->tabs()->setCurrentIndex(1);
    shot(send, QStringLiteral("send-history"));
    send->close();

    ui::MailServerDialog server(m_workspace, &view);
    server.show();
    QVERIFY(QTest::qWaitForWindowExposed(&server));
    shot(&server, QStringLiteral("mail-server"));

    m_workspace->payments().recordPayment(m_k001, Yen(5'000));
    m_workspace->notifyBillingChanged();
    view.selectInvoices({m_k001});
    ui::ReceiptDialog *receipt = view.outputActions()->issueReceiptForSelected();
    QVERIFY(receipt);
    QVERIFY(QTest::qWaitForWindowExposed(receipt));
    receipt->provisoEdit()->setText(QStringLiteral("保守料として"));
    shot(receipt, QStringLiteral("receipt"));
    QVERIFY(receipt->issue());
    shot(receipt, QStringLiteral("receipt-issued"));
    receipt->close();

    ui::ArchiveSearchDialog archive(m_workspace, &view);
    archive.show();
    QVERIFY(QTest::qWaitForWindowExposed(&archive));
    QVERIFY(archive.search());
    // The forged PDF of K002, as the clerk would find it: refused, in red.
    const QAbstractItemModel *rows = archive.table()->model();
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, ui::ArchiveTableModel::Number).data().toString() == invoice(m_k002).number &&
            rows->index(row, ui::ArchiveTableModel::Format).data().toString() == QLatin1String("PDF"))
            archive.selectRow(row);
    }
    QVERIFY(archive.exportSelected(m_folder.filePath(QStringLiteral("shot.pdf"))).isEmpty());
    QVERIFY(archive.warningLabel()->isVisible());
    shot(&archive, QStringLiteral("archive"));

    ui::BatchPdfExport batch({m_workspace->invoices().document(m_k001)}, {},
                             m_folder.filePath(QStringLiteral("x.pdf")), true, &view);
    batch.progressDialog()->setValue(0);
    batch.progressDialog()->show();
    QVERIFY(QTest::qWaitForWindowExposed(batch.progressDialog()));
    shot(batch.progressDialog(), QStringLiteral("batch-progress"));
}

void InvoiceOutputTest::picturesInEnglish()
{
    QVERIFY(i18n::installTranslations(QStringLiteral("en")));
    takePictures(QStringLiteral("en"));
}

void InvoiceOutputTest::picturesInJapanese()
{
    QVERIFY(i18n::installTranslations(QStringLiteral("ja")));
    takePictures(QStringLiteral("ja"));
}

QTEST_MAIN(InvoiceOutputTest)
#include "tst_invoiceoutput.moc"
