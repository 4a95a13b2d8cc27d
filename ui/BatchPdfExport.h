#pragma once

#include "billing/BillingDocument.h"
#include "billing/DocumentStyle.h"
#include "documents/DocumentBatch.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <memory>

class QTimer;
class QWidget;

namespace kaishu::ui {

// まとめてPDF出力: many documents rendered to one PDF or to one PDF each in a folder, on a worker
// thread, with a progress dialog whose Cancel stops the batch after the document in hand. The
// documents and their styles are read before (the worker never touches the database); each worker
// makes its own DocumentLayout.
class BatchPdfExport : public QObject
{
    Q_OBJECT

public:
    struct Progress
    {
        std::atomic<int> done{0};
        std::atomic<int> total{0};
        std::atomic<bool> cancel{false};
    };

    // styles: by client code; a code not in it gets the standard look.
    BatchPdfExport(QList<billing::BillingDocument> documents, QHash<QString, billing::DocumentStyle> styles,
                   QString target, bool oneFile, QWidget *parent);
    ~BatchPdfExport() override;

    // Starts the worker and shows the progress dialog (after a moment, as QProgressDialog does).
    void start();
    // As the Cancel button does.
    void cancel();
    bool isRunning() const { return m_running; }
    QProgressDialog *progressDialog() const { return m_progress; }
    const documents::BatchResult &result() const { return m_result; }

signals:
    void finished(const documents::BatchResult &result);

private:
    void poll();

    QList<billing::BillingDocument> m_documents;
    QHash<QString, billing::DocumentStyle> m_styles;
    QString m_target;
    bool m_oneFile;
    std::shared_ptr<Progress> m_state = std::make_shared<Progress>();
    QPointer<QProgressDialog> m_progress;
    QTimer *m_timer = nullptr;
    documents::BatchResult m_result;
    bool m_running = false;
};

} // namespace kaishu::ui
