#include "DemoDataSetup.h"

#include "Workspace.h"
#include "demo/DemoAgency.h"
#include "demo/DemoBankFile.h"
#include "demo/DemoBilling.h"
#include "payments/ZenginWriter.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

namespace kaishu::ui {

bool DemoDataSetup::isEmpty(Workspace *workspace)
{
    return workspace->isOpen() && workspace->parties().repository().clients().isEmpty();
}

bool DemoDataSetup::generate(Workspace *workspace, int debtors, QWidget *parent)
{
    if (!workspace->isOpen())
        return false;
    QProgressDialog progress(tr("Creating the demo agency…"), tr("Cancel"), 0, debtors, parent);
    progress.setWindowTitle(tr("Demo data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    bool cancelled = false;
    try {
        const demo::DemoSummary summary = demo::DemoAgency::generate(
            workspace->database(), demo::DemoSize{1, debtors}, workspace->actor(), [&](int done, int total) {
                progress.setMaximum(total);
                progress.setValue(done);
                QCoreApplication::processEvents();
                cancelled = progress.wasCanceled();
                return !cancelled;
            });
        if (cancelled || summary.debtors == 0) {
            progress.reset();
            return false;
        }
        // Fifteen months of invoicing on top: issued invoices, payments, overdue ones, this month
        // unbilled; credit reports and screening runs.
        progress.setLabelText(
            tr("Issuing the demo invoices of the last fifteen months and screening the debtors…"));
        progress.setCancelButton(nullptr);
        progress.setRange(0, 0);
        QCoreApplication::processEvents();
        demo::DemoBilling::generate(workspace->database(), 1, QDate::currentDate(), workspace->actor());
        // And this morning's bank file, imported and matched: the Payments queue has work in it.
        const demo::DemoBankFile bankFile = demo::DemoBankFileGenerator::generate(
            workspace->database(), 1, QDate::currentDate(), DemoPaymentLines);
        if (const std::optional<QByteArray> bytes = payments::ZenginWriter::write(bankFile.statements)) {
            workspace->payments().importBytes(*bytes, tr("demo bank file"));
            workspace->payments().matchOpen();
        }
        progress.reset();
    } catch (const storage::StorageError &error) {
        progress.reset();
        QMessageBox::warning(parent, tr("Demo data"),
                             tr("The demo agency could not be created:\n%1").arg(error.message()));
        return false;
    }
    workspace->notifyPartiesChanged();
    workspace->notifyPaymentsChanged();
    return true;
}

void DemoDataSetup::offerIfEmpty(Workspace *workspace, QWidget *parent)
{
    if (!isEmpty(workspace))
        return;
    const auto answer = QMessageBox::question(
        parent, tr("Welcome to Kaishu"),
        tr("The database has no clients yet.\n\nCreate a demo billing agency with %1 debtors and fifteen "
           "months of invoices to try Kaishu out? You can start a real database later with File → New "
           "database.")
            .arg(QLocale().toString(DefaultDebtors)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        generate(workspace, DefaultDebtors, parent);
}

} // namespace kaishu::ui
