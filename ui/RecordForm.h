#pragma once

#include "SaveRecordCommand.h"
#include "audit/AuditTrail.h"
#include "parties/FieldError.h"

#include <QHash>
#include <QList>
#include <QMessageBox>
#include <QPointer>
#include <QString>
#include <QUndoStack>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QTabWidget;
class QPushButton;

namespace kaishu::ui {

class HistoryView;
class Workspace;

// What the client and debtor detail forms share: editors registered by canonical field name, each
// with a line under it that shows the rule the value breaks (and a red frame); validation as the
// clerk types; Save and Revert with the dirty state; and the mapping of service errors to fields
// and message boxes. A subclass fills its editors, collects them into records and writes them.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    RecordForm(Workspace *workspace, QUndoStack *undoStack, QWidget *parent = nullptr);

    bool hasRecord() const { return m_hasRecord; }
    bool isDirty() const { return m_dirty; }
    // The error shown under a field's editor, empty when none (for tests and accessibility).
    QString fieldErrorText(const QString &field) const;
    QWidget *editorOf(const QString &field) const;

    // Before leaving a record with unsaved changes: asks whether to save them. False when the clerk
    // wants to stay (or saving failed).
    bool confirmLeave();

public slots:
    // Validates and writes; false when nothing was written (errors shown).
    bool save();
    // Reads the record again and drops the clerk's changes.
    void revert();

    // Shows the record with this id (0: none) and loads it.
    void showRecord(qint64 id);
    qint64 recordId() const { return m_recordId; }
    // Reloads the shown record unless the clerk is editing it.
    void refresh();

signals:
    void dirtyChanged(bool dirty);
    void saved();

protected:
    // The record's name above the form, larger and bold (objectName for tests, when given).
    QLabel *createTitle(const QString &objectName = {});
    // A titled group of fields, in the order of the calls; the editors go in with addField.
    QFormLayout *addSection(const QString &title);
    // Adds a labelled editor for a canonical field, with its error line, to the layout.
    void addField(QFormLayout *layout, const QString &field, QWidget *editor);
    // Save / Revert, for the subclass to place.
    QWidget *createButtonRow();
    // Lays the pane out: the title, the tabs Details (the sections, scrolling) and History (the stored
    // record's changes, read whenever the tab is shown), and the Save / Revert row.
    void layOutPane(QLabel *title);

    // After a save written through the services: puts it on the undo stack as before → after, whose
    // undo and redo write the snapshot with writer (a failure is shown over this form, if still there).
    template<typename Snapshot>
    void pushSave(const QString &text, const Snapshot &before, const Snapshot &after,
                  typename SaveRecordCommand<Snapshot>::Writer writer)
    {
        QPointer<RecordForm> form(this);
        m_undoStack->push(new SaveRecordCommand<Snapshot>(
            text, before, after, std::move(writer), [form](const QString &message) {
                if (form)
                    QMessageBox::warning(form, tr("Cannot undo or redo"), message);
            }));
    }
    // The audit history of the stored record (called only while there is one).
    virtual QList<audit::AuditRecord> storedHistory() const = 0;
    // After loading or clearing the record: reads its history if the History tab is open, else
    // empties it until the tab is shown.
    void refreshHistory();

    // Fill the editors from the stored record (under setLoading).
    virtual void loadRecord() = 0;
    // Drops the stored record and empties the editors.
    virtual void forgetRecord() = 0;
    void setRecordId(qint64 id) { m_recordId = id; }
    // Every rule the editors' current values break (parse errors of amounts and terms included).
    virtual QList<parties::FieldError> checkInput() const = 0;
    // Writes the edited record through the services and pushes the undo command; throws as they do.
    virtual void writeChanges() = 0;

    // Reads the record and fills the editors (storage errors are shown).
    void reloadRecord();
    // Wraps filling the editors, so that it does not count as an edit.
    void beginLoading() { ++m_loading; }
    void endLoading();
    void setHasRecord(bool hasRecord);
    void showFieldErrors(const QList<parties::FieldError> &errors);
    void clearFieldErrors();
    void reportFailure(const QString &title, const QString &message);

    Workspace *workspace() const { return m_workspace; }
    QUndoStack *undoStack() const { return m_undoStack; }

private:
    qint64 m_recordId = 0;
    QList<QGroupBox *> m_sections;
    QTabWidget *m_tabs = nullptr;
    HistoryView *m_history = nullptr;

    void loadHistory();

    void onEdited();
    void setDirty(bool dirty);

    struct FieldWidgets
    {
        QWidget *editor = nullptr;
        QLabel *errorLabel = nullptr;
    };

    Workspace *m_workspace;
    QUndoStack *m_undoStack;
    QHash<QString, FieldWidgets> m_fields;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    int m_loading = 0;
    bool m_dirty = false;
    bool m_hasRecord = false;
};

} // namespace kaishu::ui
