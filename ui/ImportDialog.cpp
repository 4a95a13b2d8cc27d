#include "ImportDialog.h"

#include "FieldNames.h"
#include "Workspace.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kaishu::ui {

using parties::ImportKind;

namespace {

const QString LastFolderKey = QStringLiteral("import/lastFolder");

QString encodingName(io::TextEncoding encoding)
{
    switch (encoding) {
    case io::TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case io::TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case io::TextEncoding::ShiftJis:
        return QStringLiteral("Shift_JIS (CP932)");
    }
    return {};
}

QTableWidget *plainTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

} // namespace

ImportTarget ImportDialog::partyTarget(Workspace *workspace, ImportKind kind)
{
    return {kind == ImportKind::Clients ? tr("Import clients") : tr("Import debtors"),
            parties::PartyImporter::canonicalFields(kind),
            parties::PartyImporter::requiredFields(kind),
            [kind](const QStringList &header) { return parties::PartyImporter::guessMapping(kind, header); },
            [workspace, kind](const parties::CsvTable &table, const parties::ColumnMapping &mapping,
                              bool dryRun) {
                return parties::PartyImporter(workspace->database(), workspace->actor())
                    .run(kind, table, mapping, dryRun);
            },
            [workspace] { workspace->notifyPartiesChanged(); }};
}

ImportTarget ImportDialog::orderTarget(Workspace *workspace)
{
    return {tr("Import orders"),
            billing::OrderBook::canonicalFields(),
            billing::OrderBook::requiredFields(),
            &billing::OrderBook::guessMapping,
            [workspace](const parties::CsvTable &table, const parties::ColumnMapping &mapping, bool dryRun) {
                return workspace->orders().import(table, mapping, dryRun);
            },
            [workspace] { workspace->notifyBillingChanged(); }};
}

ImportDialog::ImportDialog(Workspace *workspace, ImportKind kind, QWidget *parent)
    : ImportDialog(workspace, partyTarget(workspace, kind), parent)
{}

ImportDialog::ImportDialog(Workspace *workspace, ImportTarget target, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_target(std::move(target))
{
    setWindowTitle(m_target.title);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("Choose a CSV file (UTF-8 or Shift_JIS)"));
    auto *chooseButton = new QPushButton(tr("&Choose file…"), this);
    connect(chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(chooseButton);

    m_encoding = new QLabel(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));

    auto *mappingBox = new QGroupBox(tr("Column mapping"), this);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    auto *mappingHint = new QLabel(tr("Fields marked * are required."), mappingBox);
    m_mappingTable = plainTable(mappingBox, QStringLiteral("importMapping"));
    m_mappingTable->setColumnCount(2);
    m_mappingTable->setHorizontalHeaderLabels({tr("Kaishu field"), tr("Column in the file")});
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    mappingLayout->addWidget(mappingHint);
    mappingLayout->addWidget(m_mappingTable);

    auto *previewBox = new QGroupBox(tr("First rows of the file"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_preview = plainTable(previewBox, QStringLiteral("importPreview"));
    previewLayout->addWidget(m_preview);

    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(mappingBox);
    upper->addWidget(previewBox);
    upper->setStretchFactor(0, 2);
    upper->setStretchFactor(1, 3);
    upper->setChildrenCollapsible(false);

    auto *resultBox = new QGroupBox(tr("Result"), this);
    auto *resultLayout = new QVBoxLayout(resultBox);
    m_summary = new QLabel(tr("Choose a file, check the mapping, then press Check."), resultBox);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_problems = plainTable(resultBox, QStringLiteral("importProblems"));
    m_problems->setColumnCount(3);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Field"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setColumnWidth(0, 70);
    m_problems->setColumnWidth(1, 160);
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(m_problems);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(upper);
    vertical->addWidget(resultBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_checkButton = buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    m_checkButton->setToolTip(tr("Validate every row without writing anything"));
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setToolTip(
        tr("Write all rows in one transaction; nothing is written if any row has a problem"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_encoding);
    layout->addWidget(vertical, 1);
    layout->addWidget(buttons);

    fillMapping();
    updateButtons();
    resize(1100, 760);
}

void ImportDialog::chooseFile()
{
    QSettings store(QStringLiteral("Kaishu"), QStringLiteral("Kaishu"));
    const QString path =
        QFileDialog::getOpenFileName(this, windowTitle(), store.value(LastFolderKey).toString(),
                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    store.setValue(LastFolderKey, QFileInfo(path).absolutePath());
    loadFile(path);
}

bool ImportDialog::loadFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_loaded = false;
    m_table = {};
    m_lastResult = {};
    m_summary->setStyleSheet(QString());
    QList<parties::ImportProblem> problems;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.append({0, {}, tr("Cannot open the file: %1").arg(file.errorString())});
    } else if (parties::PartyImporter::readTable(file.readAll(), m_table, problems)) {
        m_loaded = true;
    }
    if (m_loaded) {
        m_encoding->setText(
            tr("Encoding: %1 · %n data row(s) · columns: %2", nullptr, int(m_table.rows.size()))
                .arg(encodingName(m_table.encoding))
                .arg(m_table.header.size()));
        m_summary->setText(tr("Check the mapping, then press Check."));
    } else {
        m_encoding->setText(tr("The file cannot be read."));
        m_summary->setText(tr("The file cannot be read."));
    }
    showProblems(problems);
    fillPreview();
    fillMapping();
    updateButtons();
    return m_loaded;
}

void ImportDialog::fillPreview()
{
    m_preview->clear();
    m_preview->setColumnCount(int(m_table.header.size()));
    m_preview->setHorizontalHeaderLabels(m_table.header);
    const int rows = int(std::min<qsizetype>(PreviewRows, m_table.rows.size()));
    m_preview->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const QStringList &cells = m_table.rows.at(row);
        for (int column = 0; column < cells.size() && column < m_table.header.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_preview->columnCount(); ++column)
        m_preview->setColumnWidth(column, std::min(m_preview->columnWidth(column), 260));
}

void ImportDialog::fillMapping()
{
    const QStringList &fields = m_target.fields;
    const QStringList &required = m_target.requiredFields;
    const parties::ColumnMapping guessed = m_target.guessMapping(m_table.header);
    m_mappingTable->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const QString &field = fields.at(row);
        const bool isRequired = required.contains(field);
        auto *item = new QTableWidgetItem(isRequired ? tr("%1 *").arg(FieldNames::displayName(field))
                                                     : FieldNames::displayName(field));
        item->setData(Qt::UserRole, field);
        item->setToolTip(field);
        if (isRequired) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        m_mappingTable->setItem(row, 0, item);

        auto *combo = new QComboBox(m_mappingTable);
        combo->setObjectName(QStringLiteral("mapping_") + field);
        combo->addItem(tr("(not in the file)"), -1);
        for (int column = 0; column < m_table.header.size(); ++column)
            combo->addItem(tr("%1: %2").arg(column + 1).arg(m_table.header.at(column)), column);
        combo->setCurrentIndex(std::max(0, combo->findData(guessed.value(field, -1))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_lastResult = {};
            m_summary->setText(tr("The mapping changed: press Check again."));
        });
        m_mappingTable->setCellWidget(row, 1, combo);
    }
    m_mappingTable->resizeColumnToContents(0);
}

parties::ColumnMapping ImportDialog::mapping() const
{
    parties::ColumnMapping result;
    for (int row = 0; row < m_mappingTable->rowCount(); ++row) {
        const auto *combo = qobject_cast<const QComboBox *>(m_mappingTable->cellWidget(row, 1));
        const int column = combo ? combo->currentData().toInt() : -1;
        if (column >= 0)
            result.insert(m_mappingTable->item(row, 0)->data(Qt::UserRole).toString(), column);
    }
    return result;
}

void ImportDialog::check()
{
    if (!m_loaded || !m_workspace->isOpen())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_lastResult = m_target.run(m_table, mapping(), true);
        QApplication::restoreOverrideCursor();
        showResult(m_lastResult, true);
    } catch (const storage::StorageError &error) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Cannot check the file"), error.message());
    }
}

void ImportDialog::runImport()
{
    if (!m_loaded || !m_workspace->isOpen())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_lastResult = m_target.run(m_table, mapping(), false);
        QApplication::restoreOverrideCursor();
        showResult(m_lastResult, false);
        if (m_lastResult.committed) {
            m_target.imported();
            m_loaded = false; // imported: a second press would only count unchanged rows
            updateButtons();
        }
    } catch (const storage::StorageError &error) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Cannot import the file"), error.message());
    }
}

void ImportDialog::showResult(const parties::ImportResult &result, bool dryRun)
{
    showProblems(result.problems);
    const QLocale locale;
    if (!result.problems.isEmpty()) {
        m_summary->setText(
            tr("%n problem(s) found (rows read: %1). Nothing has been imported; correct the file or "
               "the mapping and check again.",
               nullptr, int(result.problems.size()))
                .arg(locale.toString(result.rowsRead)));
        m_summary->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
        return;
    }
    m_summary->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
    const QString counts = tr("%1 new, %2 changed, %3 unchanged")
                               .arg(locale.toString(result.created), locale.toString(result.updated),
                                    locale.toString(result.unchanged));
    m_summary->setText(
        dryRun ? tr("No problems (rows read: %1). Importing would give: %2.")
                     .arg(locale.toString(result.rowsRead), counts)
               : tr("Import finished (rows read: %1): %2.").arg(locale.toString(result.rowsRead), counts));
}

void ImportDialog::showProblems(const QList<parties::ImportProblem> &problems)
{
    m_problems->setRowCount(int(problems.size()));
    for (int row = 0; row < problems.size(); ++row) {
        const parties::ImportProblem &problem = problems.at(row);
        auto *line = new QTableWidgetItem(problem.line > 0 ? QString::number(problem.line) : QString());
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_problems->setItem(row, 0, line);
        m_problems->setItem(row, 1,
                            new QTableWidgetItem(problem.column.isEmpty()
                                                     ? QString()
                                                     : FieldNames::displayName(problem.column)));
        auto *reason = new QTableWidgetItem(problem.reason);
        reason->setToolTip(problem.reason);
        m_problems->setItem(row, 2, reason);
    }
}

void ImportDialog::updateButtons()
{
    m_checkButton->setEnabled(m_loaded);
    m_importButton->setEnabled(m_loaded);
}

} // namespace kaishu::ui
