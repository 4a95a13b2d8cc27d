#pragma once

#include "billing/Invoice.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPrintPreviewDialog;
class QPushButton;
class QTableView;
class QUndoStack;

namespace kaishu::ui {

class DraftLinesModel;
class Workspace;

// A draft invoice before it is issued: its dates and notes, and its lines in an editable table with
// the tax per rate recomputed as the clerk types (once per rate, by the invoice's price mode and
// rounding, as the issued invoice will show it). Line edits can be undone and redone; Save writes
// through InvoiceService::saveDraft.
class DraftEditor : public QDialog
{
    Q_OBJECT

public:
    DraftEditor(Workspace *workspace, qint64 invoiceId, QWidget *parent = nullptr);
    ~DraftEditor() override;

    DraftLinesModel *linesModel() const { return m_lines; }
    QTableView *linesTable() const { return m_table; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QDateEdit *issueDateEdit() const { return m_issueDate; }
    QDateEdit *dueDateEdit() const { return m_dueDate; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QLabel *taxSummary() const { return m_taxSummary; }
    QLabel *problemLabel() const { return m_problems; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *previewButton() const { return m_previewButton; }

    const billing::Invoice &storedDraft() const { return m_stored; }
    // The tax of the lines as they stand in the editor.
    billing::InvoiceTax currentTax() const;
    // The draft as edited (header and lines) over the stored one.
    billing::Invoice editedDraft() const;
    bool isDirty() const;

public slots:
    // Writes the draft; true (and the dialog closes) when it was saved.
    bool save();
    void addLine();
    void removeLine();
    // The draft as it will print (as last saved), in a print preview.
    QPrintPreviewDialog *preview();
    // Asks before dropping unsaved changes.
    void reject() override;

private:
    bool load();
    void updateSummary();

    Workspace *m_workspace;
    qint64 m_invoiceId;
    billing::Invoice m_stored;

    QUndoStack *m_undoStack = nullptr;
    DraftLinesModel *m_lines = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_period = nullptr;
    QLabel *m_pricing = nullptr;
    QDateEdit *m_issueDate = nullptr;
    QDateEdit *m_dueDate = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_taxSummary = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_previewButton = nullptr;
};

} // namespace kaishu::ui
