#include "BillingRunWizard.h"

#include "BillingNames.h"
#include "ColumnWidths.h"
#include "FieldNames.h"
#include "ServiceErrors.h"
#include "Workspace.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kaishu::ui {

namespace {

const QColor WarningBackground(0xfd, 0xe8, 0xe8);
const QColor WarningText(0xc6, 0x28, 0x28);

// The preview page: Finish is offered only when the run would make something.
class PreviewWizardPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    void setComplete(bool complete)
    {
        m_complete = complete;
        emit completeChanged();
    }
    bool isComplete() const override { return m_complete; }

private:
    bool m_complete = false;
};

QTableWidget *previewTable(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

BillingRunWizard::BillingRunWizard(Workspace *workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Billing run"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Make drafts"));
    setPage(SetupPage, createSetupPage());
    setPage(PreviewPage, createPreviewPage());
    reloadClients();
    resize(980, 640);
}

QDate BillingRunWizard::lastClosingDate(const calendar::PaymentTerms &terms, QDate today)
{
    const QDate current = terms.closingDateFor(today);
    if (current == today)
        return today;
    // The closing before the period containing today: the one of the same day a month earlier.
    return terms.closingDateFor(today.addMonths(-1));
}

QWizardPage *BillingRunWizard::createSetupPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Client and closing date"));
    page->setSubTitle(tr("The run bills each active customer of the client whose terms close on the "
                         "closing date, with its unbilled order lines delivered up to that date."));
    m_client = new QComboBox(page);
    m_client->setObjectName(QStringLiteral("runClient"));
    m_client->setMinimumContentsLength(30);
    m_clientTerms = new QLabel(page);
    m_closingDate = BillingNames::dateEdit(page);
    m_closingDate->setObjectName(QStringLiteral("runClosingDate"));
    m_issueDate = BillingNames::dateEdit(page);
    m_issueDate->setObjectName(QStringLiteral("runIssueDate"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Client"), m_client);
    form->addRow(FieldNames::displayName(QStringLiteral("terms")), m_clientTerms);
    form->addRow(tr("Closing date"), m_closingDate);
    form->addRow(FieldNames::displayName(QStringLiteral("issue_date")), m_issueDate);
    connect(m_client, &QComboBox::currentIndexChanged, this, &BillingRunWizard::onClientChanged);
    // An invoice is not issued before the period it bills has closed.
    connect(m_closingDate, &QDateEdit::dateChanged, this, [this](QDate closing) {
        if (m_issueDate->date() < closing)
            m_issueDate->setDate(closing);
    });
    return page;
}

QWizardPage *BillingRunWizard::createPreviewPage()
{
    auto *page = new PreviewWizardPage(this);
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("Nothing is written yet. Make drafts writes them; they can be edited and are "
                         "issued from the invoice list."));
    page->setFinalPage(true);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setWordWrap(true);
    m_drafts = previewTable(page, QStringLiteral("runDrafts"),
                            {FieldNames::displayName(QStringLiteral("customer_code")), tr("Debtor"),
                             tr("Lines"), tr("Net"), tr("Tax"), tr("Total"),
                             FieldNames::displayName(QStringLiteral("due_date")), tr("Credit")});
    setColumnWidthsInDigits(m_drafts, {10, 26, 5, 12, 10, 12, 11, 9});
    m_drafts->horizontalHeader()->setSectionResizeMode(Debtor, QHeaderView::Stretch);

    m_warningBox = new QGroupBox(tr("Credit limit exceeded"), page);
    m_warningBox->setObjectName(QStringLiteral("runWarnings"));
    m_warningBox->setStyleSheet(QStringLiteral("QGroupBox { color: #c62828; font-weight: bold; }"));
    auto *warningLayout = new QVBoxLayout(m_warningBox);
    auto *warningHint = new QLabel(tr("Open invoices and drafts of these customers, with this run, exceed "
                                      "their credit limit. The drafts are made all the same; check them "
                                      "before issuing."),
                                   m_warningBox);
    warningHint->setWordWrap(true);
    warningHint->setStyleSheet(QStringLiteral("color: #1b2733; font-weight: normal;"));
    m_warnings = previewTable(m_warningBox, QStringLiteral("runWarningTable"),
                              {FieldNames::displayName(QStringLiteral("customer_code")), tr("Debtor"),
                               FieldNames::displayName(QStringLiteral("credit_limit")), tr("Exposure"),
                               tr("Over the limit by")});
    m_warnings->setStyleSheet(QStringLiteral("font-weight: normal;"));
    setColumnWidthsInDigits(m_warnings, {10, 26, 12, 12, 12});
    m_warnings->horizontalHeader()->setSectionResizeMode(WarningDebtor, QHeaderView::Stretch);
    warningLayout->addWidget(warningHint);
    warningLayout->addWidget(m_warnings);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_drafts, 3);
    layout->addWidget(m_warningBox, 2);
    return page;
}

void BillingRunWizard::reloadClients()
{
    const QSignalBlocker blocker(m_client);
    m_client->clear();
    m_clients.clear();
    if (m_workspace->isOpen()) {
        try {
            m_clients = m_workspace->parties().repository().clients();
        } catch (const storage::StorageError &error) {
            QMessageBox::warning(this, tr("Cannot read the clients"), error.message());
        }
    }
    for (const parties::Client &client : std::as_const(m_clients))
        m_client->addItem(tr("%1 %2").arg(client.code, client.name), client.id);
    onClientChanged();
}

void BillingRunWizard::setClient(qint64 clientId)
{
    m_client->setCurrentIndex(std::max(0, m_client->findData(clientId)));
}

void BillingRunWizard::onClientChanged()
{
    const int index = m_client->currentIndex();
    if (index < 0 || index >= m_clients.size()) {
        m_clientTerms->clear();
        return;
    }
    const calendar::PaymentTerms &terms = m_clients.at(index).terms;
    m_clientTerms->setText(terms.toJapanese());
    const QDate today = QDate::currentDate();
    const QDate closing = lastClosingDate(terms, today);
    m_closingDate->setDate(closing);
    m_issueDate->setDate(std::max(closing, today));
}

bool BillingRunWizard::validateCurrentPage()
{
    if (currentId() == SetupPage && m_client->currentIndex() < 0) {
        QMessageBox::warning(this, windowTitle(), tr("Choose a client."));
        return false;
    }
    return QWizard::validateCurrentPage();
}

void BillingRunWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id != PreviewPage)
        return;
    m_plan = {};
    const qint64 clientId = m_client->currentData().toLongLong();
    ServiceErrors::run(this, tr("Cannot preview the billing run"), [&] {
        m_plan = m_workspace->invoices().planBillingRun(clientId, m_closingDate->date(), m_issueDate->date());
    });
    showPlan();
}

void BillingRunWizard::showPlan()
{
    QSet<qint64> overLimit;
    for (const billing::CreditWarning &warning : std::as_const(m_plan.warnings))
        overLimit.insert(warning.accountId);

    m_drafts->setRowCount(int(m_plan.drafts.size()));
    for (int row = 0; row < m_plan.drafts.size(); ++row) {
        const billing::Invoice &draft = m_plan.drafts.at(row);
        m_drafts->setItem(row, CustomerCode, cell(draft.customerCode));
        m_drafts->setItem(row, Debtor, cell(draft.debtorName));
        m_drafts->setItem(row, Lines, cell(QString::number(draft.lines.size()), true));
        m_drafts->setItem(row, Net, cell(draft.tax.net.toString(), true));
        m_drafts->setItem(row, Tax, cell(draft.tax.tax.toString(), true));
        m_drafts->setItem(row, Total, cell(draft.tax.gross.toString(), true));
        m_drafts->setItem(row, DueDate, cell(BillingNames::dateText(draft.dueDate)));
        const bool warned = overLimit.contains(draft.accountId);
        m_drafts->setItem(row, Credit, cell(warned ? tr("Over limit") : QString()));
        if (warned) {
            for (int column = 0; column < DraftColumnCount; ++column)
                m_drafts->item(row, column)->setBackground(WarningBackground);
            m_drafts->item(row, Credit)->setForeground(WarningText);
        }
    }

    m_warnings->setRowCount(int(m_plan.warnings.size()));
    for (int row = 0; row < m_plan.warnings.size(); ++row) {
        const billing::CreditWarning &warning = m_plan.warnings.at(row);
        m_warnings->setItem(row, WarningCustomer, cell(warning.customerCode));
        m_warnings->setItem(row, WarningDebtor, cell(warning.debtorName));
        m_warnings->setItem(row, CreditLimit, cell(warning.creditLimit.toString(), true));
        m_warnings->setItem(row, Exposure, cell(warning.exposure.toString(), true));
        m_warnings->setItem(row, Excess, cell((warning.exposure - warning.creditLimit).toString(), true));
        m_warnings->item(row, Excess)->setForeground(WarningText);
    }
    m_warningBox->setVisible(!m_plan.warnings.isEmpty());

    money::Yen total;
    for (const billing::Invoice &draft : std::as_const(m_plan.drafts))
        total += draft.tax.gross;
    m_summary->setText(m_plan.drafts.isEmpty()
                           ? tr("Nothing to bill: no unbilled order lines of customers closing on %1.")
                                 .arg(BillingNames::dateText(m_plan.closingDate))
                           : tr("%n draft(s), %2 in all; order lines: %1; closing %3, issue date %4.",
                                nullptr, int(m_plan.drafts.size()))
                                 .arg(m_plan.orderLines)
                                 .arg(BillingNames::yenText(total),
                                      BillingNames::dateText(m_plan.closingDate),
                                      BillingNames::dateText(m_plan.issueDate)));
    static_cast<PreviewWizardPage *>(page(PreviewPage))->setComplete(!m_plan.drafts.isEmpty());
}

void BillingRunWizard::accept()
{
    const qint64 clientId = m_client->currentData().toLongLong();
    billing::BillingRunPlan made;
    if (!ServiceErrors::run(this, tr("Cannot run the billing"), [&] {
            made = m_workspace->invoices().runBilling(clientId, m_closingDate->date(), m_issueDate->date());
        }))
        return;
    m_plan = made;
    QList<qint64> ids;
    for (const billing::Invoice &draft : std::as_const(made.drafts))
        ids << draft.id;
    m_workspace->notifyBillingChanged();
    emit billingRunFinished(clientId, ids);
    QWizard::accept();
}

} // namespace kaishu::ui
