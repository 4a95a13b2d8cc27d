#pragma once

#include "parties/PartyImport.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kaishu::ui {

class Workspace;

// What an import dialog imports: the canonical fields it maps, the importer that checks (dry run)
// and writes the rows, and whom to tell when rows were written.
struct ImportTarget
{
    QString title;
    QStringList fields;
    QStringList requiredFields;
    std::function<parties::ColumnMapping(const QStringList &header)> guessMapping;
    std::function<parties::ImportResult(const parties::CsvTable &table, const parties::ColumnMapping &mapping,
                                        bool dryRun)>
        run;
    std::function<void()> imported;
};

// Importing clients.csv, debtors.csv or orders.csv: pick a file, see its encoding and first rows, map
// its columns to Kaishu's fields, check (a dry run that lists every problem by line and column, or
// what would be created, updated and left as it is), then import. The importer writes all rows in
// one transaction or none.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 8;

    ImportDialog(Workspace *workspace, parties::ImportKind kind, QWidget *parent = nullptr);
    ImportDialog(Workspace *workspace, ImportTarget target, QWidget *parent = nullptr);

    // Clients or debtors through PartyImporter; order lines through OrderBook.
    static ImportTarget partyTarget(Workspace *workspace, parties::ImportKind kind);
    static ImportTarget orderTarget(Workspace *workspace);

    // Reads and decodes the file, fills the preview and guesses the mapping. False when it cannot be read
    // (the reason is listed as a problem).
    bool loadFile(const QString &path);
    // The mapping as the clerk set it in the table.
    parties::ColumnMapping mapping() const;

    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *mappingTable() const { return m_mappingTable; }
    QTableWidget *problemTable() const { return m_problems; }
    QLabel *encodingLabel() const { return m_encoding; }
    QLabel *summaryLabel() const { return m_summary; }
    const parties::ImportResult &lastResult() const { return m_lastResult; }

public slots:
    void chooseFile();
    // A dry run: problems or the counts of what would change.
    void check();
    void runImport();

private:
    void fillPreview();
    void fillMapping();
    void showResult(const parties::ImportResult &result, bool dryRun);
    void showProblems(const QList<parties::ImportProblem> &problems);
    void updateButtons();

    Workspace *m_workspace;
    ImportTarget m_target;
    parties::CsvTable m_table;
    parties::ImportResult m_lastResult;
    bool m_loaded = false;

    QLineEdit *m_path = nullptr;
    QLabel *m_encoding = nullptr;
    QTableWidget *m_preview = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QTableWidget *m_problems = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace kaishu::ui
