#include "ArchiveSearchDialog.h"

#include "ArchiveTableModel.h"
#include "BillingNames.h"
#include "ColumnWidths.h"
#include "DocumentPrinting.h"
#include "ListViews.h"
#include "Workspace.h"
#include "documents/DocumentText.h"
#include "storage/StorageError.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace kaishu::ui {

using billing::ArchivedDocument;

namespace {

const QString WarningStyle = QStringLiteral("color: #b71c1c; background: #fde8e8; border: 1px solid #c62828; "
                                            "border-radius: 3px; padding: 6px; font-weight: bold;");

QString fileNameOf(const ArchivedDocument &document)
{
    const QString name = documents::pdfFileName(document.number);
    return document.format == billing::ArchiveFormat::Pdf
               ? name
               : QFileInfo(name).completeBaseName() + QStringLiteral(".xml");
}

} // namespace

ArchiveSearchDialog::ArchiveSearchDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Archived documents"));
    auto *intro =
        new QLabel(tr("Every issued invoice, credit note and receipt is kept as issued, with its SHA-256. "
                      "Search by any combination of the conditions."),
                   this);
    intro->setWordWrap(true);

    auto *conditions = new QGroupBox(tr("Conditions"), this);
    auto *grid = new QGridLayout(conditions);
    m_dateRange = new QCheckBox(tr("&Issued from"), conditions);
    m_dateRange->setObjectName(QStringLiteral("archiveDateRange"));
    m_from = BillingNames::dateEdit(conditions);
    m_from->setObjectName(QStringLiteral("archiveFrom"));
    m_to = BillingNames::dateEdit(conditions);
    m_to->setObjectName(QStringLiteral("archiveTo"));
    const QDate today = QDate::currentDate();
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    for (QDateEdit *edit : {m_from, m_to})
        edit->setEnabled(false);
    connect(m_dateRange, &QCheckBox::toggled, m_from, &QDateEdit::setEnabled);
    connect(m_dateRange, &QCheckBox::toggled, m_to, &QDateEdit::setEnabled);
    m_minAmount = new QLineEdit(conditions);
    m_minAmount->setObjectName(QStringLiteral("archiveMinAmount"));
    m_maxAmount = new QLineEdit(conditions);
    m_maxAmount->setObjectName(QStringLiteral("archiveMaxAmount"));
    for (QLineEdit *edit : {m_minAmount, m_maxAmount}) {
        edit->setPlaceholderText(tr("Yen"));
        edit->setAlignment(Qt::AlignRight);
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 18);
    }
    m_debtor = new QLineEdit(conditions);
    m_debtor->setObjectName(QStringLiteral("archiveDebtor"));
    m_debtor->setPlaceholderText(tr("Part of the name or customer code"));
    m_number = new QLineEdit(conditions);
    m_number->setObjectName(QStringLiteral("archiveNumber"));
    m_number->setPlaceholderText(tr("Part of the document number"));
    auto *searchButton = new QPushButton(tr("&Search"), conditions);
    searchButton->setObjectName(QStringLiteral("archiveSearchButton"));
    searchButton->setDefault(true);
    connect(searchButton, &QPushButton::clicked, this, &ArchiveSearchDialog::search);
    for (QLineEdit *edit : {m_minAmount, m_maxAmount, m_debtor, m_number})
        connect(edit, &QLineEdit::returnPressed, this, &ArchiveSearchDialog::search);

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), conditions));
    dates->addWidget(m_to);
    dates->addStretch();
    auto *amounts = new QHBoxLayout;
    amounts->addWidget(m_minAmount);
    amounts->addWidget(new QLabel(tr("to"), conditions));
    amounts->addWidget(m_maxAmount);
    amounts->addStretch();
    auto *amountLabel = new QLabel(tr("&Amount:"), conditions);
    amountLabel->setBuddy(m_minAmount);
    auto *debtorLabel = new QLabel(tr("&Counterparty:"), conditions);
    debtorLabel->setBuddy(m_debtor);
    auto *numberLabel = new QLabel(tr("&Number:"), conditions);
    numberLabel->setBuddy(m_number);
    grid->addWidget(m_dateRange, 0, 0);
    grid->addLayout(dates, 0, 1);
    grid->addWidget(amountLabel, 1, 0);
    grid->addLayout(amounts, 1, 1);
    grid->addWidget(debtorLabel, 0, 2);
    grid->addWidget(m_debtor, 0, 3);
    grid->addWidget(numberLabel, 1, 2);
    grid->addWidget(m_number, 1, 3);
    grid->addWidget(searchButton, 1, 4);
    grid->setColumnStretch(3, 1);

    m_model = new ArchiveTableModel(this);
    m_proxy = sortingProxy(m_model, ArchiveTableModel::SortRole, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("archiveTable"));
    m_table->setModel(m_proxy);
    setUpListTable(m_table, QAbstractItemView::SingleSelection);
    setColumnWidthsInDigits(m_table, {11, 18, 8, 5, 24, 11, 13, 16, 10});
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ArchiveTableModel::IssueDate, Qt::DescendingOrder);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("archiveCount"));
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("archiveWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(WarningStyle);
    m_warning->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_openButton = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_openButton->setObjectName(QStringLiteral("archiveOpenButton"));
    m_exportButton = buttons->addButton(tr("Sa&ve…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("archiveExportButton"));
    connect(m_openButton, &QPushButton::clicked, this, &ArchiveSearchDialog::openSelected);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportSelected(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ArchiveSearchDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ArchiveSearchDialog::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &ArchiveSearchDialog::openSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(conditions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
    updateButtons();
    resize(1200, 720);
}

std::optional<billing::ArchiveQuery> ArchiveSearchDialog::query()
{
    billing::ArchiveQuery query;
    if (m_dateRange->isChecked()) {
        query.from = m_from->date();
        query.to = m_to->date();
    }
    for (const auto &[edit, target] :
         {std::pair{m_minAmount, &query.minAmount}, {m_maxAmount, &query.maxAmount}}) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        const std::optional<money::Yen> amount = money::Yen::parse(text);
        if (!amount) {
            showWarning(tr("\"%1\" is not an amount in yen.").arg(text));
            edit->setFocus();
            return std::nullopt;
        }
        *target = amount;
    }
    query.debtor = m_debtor->text().trimmed();
    query.number = m_number->text().trimmed();
    return query;
}

bool ArchiveSearchDialog::search()
{
    m_warning->setVisible(false);
    const std::optional<billing::ArchiveQuery> conditions = query();
    if (!conditions || !m_workspace->isOpen())
        return false;
    QList<ArchivedDocument> found;
    try {
        found = billing::DocumentArchive(m_workspace->database(), m_workspace->actor()).search(*conditions);
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot search the archive"), error.message());
        return false;
    }
    m_model->setDocuments(found);
    m_count->setText(
        found.size() >= conditions->limit
            ? tr("The first %1 documents found; narrow the conditions to see the others.").arg(found.size())
            : tr("%n document(s) found", nullptr, int(found.size())));
    updateButtons();
    return true;
}

std::optional<ArchivedDocument> ArchiveSearchDialog::selectedDocument() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const ArchivedDocument *document = m_model->rowAt(m_proxy->mapToSource(rows.first()).row());
    return document ? std::optional<ArchivedDocument>(*document) : std::nullopt;
}

void ArchiveSearchDialog::selectRow(int row)
{
    m_table->selectRow(row);
}

void ArchiveSearchDialog::updateButtons()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_openButton->setEnabled(selected);
    m_exportButton->setEnabled(selected);
}

void ArchiveSearchDialog::showWarning(const QString &text)
{
    m_warning->setText(text);
    m_warning->setVisible(true);
}

std::optional<QByteArray> ArchiveSearchDialog::checkedContent(const ArchivedDocument &document)
{
    m_warning->setVisible(false);
    try {
        return billing::DocumentArchive(m_workspace->database(), m_workspace->actor()).content(document);
    } catch (const billing::ArchiveTampered &) {
        showWarning(
            tr("%1 (%2) no longer matches the SHA-256 recorded when it was archived: the kept file has "
               "been changed or damaged. It is not opened or saved; report this to whoever keeps the "
               "database.")
                .arg(document.number, document.format == billing::ArchiveFormat::Pdf
                                          ? QStringLiteral("PDF")
                                          : QStringLiteral("XML")));
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot read the archive"), error.message());
    }
    return std::nullopt;
}

QString ArchiveSearchDialog::openSelected()
{
    const std::optional<ArchivedDocument> document = selectedDocument();
    if (!document)
        return {};
    const std::optional<QByteArray> content = checkedContent(*document);
    if (!content)
        return {};
    // Kept until Kaishu ends: the viewer may read the file after this window has closed.
    static const QTemporaryDir openFolder;
    const QString path = QDir(openFolder.path()).filePath(fileNameOf(*document));
    if (const QString problem = DocumentPrinting::writeFile(path, *content); !problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return {};
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::information(this, windowTitle(),
                                 tr("No program opens this kind of file here. It was written to %1.")
                                     .arg(QDir::toNativeSeparators(path)));
    return path;
}

QString ArchiveSearchDialog::exportSelected(const QString &path)
{
    const std::optional<ArchivedDocument> document = selectedDocument();
    if (!document)
        return {};
    const std::optional<QByteArray> content = checkedContent(*document);
    if (!content)
        return {};
    const bool pdf = document->format == billing::ArchiveFormat::Pdf;
    return DocumentPrinting::saveFile(this, tr("Save archived document"), *content, fileNameOf(*document),
                                      pdf ? tr("PDF files (*.pdf)") : tr("XML files (*.xml)"), path);
}

} // namespace kaishu::ui
