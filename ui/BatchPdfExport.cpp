#include "BatchPdfExport.h"

#include "BackgroundTask.h"

#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

namespace kaishu::ui {

BatchPdfExport::BatchPdfExport(QList<billing::BillingDocument> documents,
                               QHash<QString, billing::DocumentStyle> styles, QString target, bool oneFile,
                               QWidget *parent)
    : QObject(parent)
    , m_documents(std::move(documents))
    , m_styles(std::move(styles))
    , m_target(std::move(target))
    , m_oneFile(oneFile)
{
    m_progress = new QProgressDialog(parent);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setWindowTitle(tr("PDF output"));
    m_progress->setLabelText(tr("Writing %n document(s) as PDF…", nullptr, int(m_documents.size())));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setRange(0, int(m_documents.size()));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, this, &BatchPdfExport::cancel);
    m_timer = new QTimer(this);
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &BatchPdfExport::poll);
}

BatchPdfExport::~BatchPdfExport()
{
    // A worker still running only touches the shared state, which it keeps alive; tell it to stop.
    m_state->cancel = true;
    delete m_progress;
}

void BatchPdfExport::start()
{
    if (m_running)
        return;
    m_running = true;
    m_progress->setValue(0);
    m_timer->start();
    runInBackground<documents::BatchResult>(
        this,
        [documents = m_documents, styles = m_styles, target = m_target, oneFile = m_oneFile,
         state = m_state] {
            const documents::StyleLookup lookup = [&styles](const QString &clientCode) {
                return styles.value(clientCode);
            };
            const documents::BatchProgress progress = [&state](int done, int total) {
                state->done = done;
                state->total = total;
                return !state->cancel;
            };
            return oneFile ? documents::renderToOnePdf(documents, lookup, target, progress)
                           : documents::renderEachToPdf(documents, lookup, target, progress);
        },
        [this](documents::BatchResult result) {
            m_running = false;
            m_timer->stop();
            m_result = std::move(result);
            m_progress->setValue(m_progress->maximum());
            m_progress->hide();
            emit finished(m_result);
        });
}

void BatchPdfExport::cancel()
{
    m_state->cancel = true;
    m_progress->setLabelText(tr("Stopping after the current document…"));
}

void BatchPdfExport::poll()
{
    if (m_running && !m_progress->wasCanceled())
        m_progress->setValue(m_state->done);
}

} // namespace kaishu::ui
