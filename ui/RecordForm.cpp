#include "RecordForm.h"

#include "FieldNames.h"
#include "HistoryView.h"
#include "Workspace.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kaishu::ui {

namespace {

const QString ErrorFrame =
    QStringLiteral("border: 1px solid #c62828; border-radius: 2px; background: #fff5f5;");

} // namespace

RecordForm::RecordForm(Workspace *workspace, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
{}

QLabel *RecordForm::createTitle(const QString &objectName)
{
    auto *title = new QLabel(this);
    if (!objectName.isEmpty())
        title->setObjectName(objectName);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);
    return title;
}

QFormLayout *RecordForm::addSection(const QString &title)
{
    auto *box = new QGroupBox(title, this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_sections << box;
    return form;
}

void RecordForm::addField(QFormLayout *layout, const QString &field, QWidget *editor)
{
    auto *label = new QLabel(FieldNames::displayName(field), this);
    label->setBuddy(editor);
    editor->setObjectName(field);
    editor->setAccessibleName(FieldNames::displayName(field));

    auto *errorLabel = new QLabel(this);
    errorLabel->setObjectName(field + QStringLiteral("_error"));
    errorLabel->setWordWrap(true);
    errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    errorLabel->setVisible(false);

    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(editor);
    cellLayout->addWidget(errorLabel);
    layout->addRow(label, cell);

    if (auto *lineEdit = qobject_cast<QLineEdit *>(editor))
        connect(lineEdit, &QLineEdit::textChanged, this, &RecordForm::onEdited);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordForm::onEdited);
    else if (auto *textEdit = qobject_cast<QPlainTextEdit *>(editor))
        connect(textEdit, &QPlainTextEdit::textChanged, this, &RecordForm::onEdited);
    else if (auto *dateEdit = qobject_cast<QDateEdit *>(editor))
        connect(dateEdit, &QDateEdit::dateChanged, this, &RecordForm::onEdited);
    m_fields.insert(field, {editor, errorLabel});
}

QWidget *RecordForm::createButtonRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    m_revertButton = new QPushButton(tr("Revert"), row);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setToolTip(tr("Discard the changes and show the record as stored"));
    m_saveButton = new QPushButton(tr("Save"), row);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Save the changes (Ctrl+S)"));
    m_saveButton->setDefault(true);
    layout->addWidget(m_revertButton);
    layout->addWidget(m_saveButton);
    connect(m_saveButton, &QPushButton::clicked, this, &RecordForm::save);
    connect(m_revertButton, &QPushButton::clicked, this, &RecordForm::revert);
    m_saveButton->setEnabled(false);
    m_revertButton->setEnabled(false);
    return row;
}

QString RecordForm::fieldErrorText(const QString &field) const
{
    const auto it = m_fields.constFind(field);
    if (it == m_fields.constEnd() || !it->errorLabel->isVisibleTo(this))
        return {};
    return it->errorLabel->text();
}

QWidget *RecordForm::editorOf(const QString &field) const
{
    return m_fields.value(field).editor;
}

void RecordForm::endLoading()
{
    if (m_loading > 0)
        --m_loading;
    if (m_loading == 0) {
        clearFieldErrors();
        setDirty(false);
    }
}

void RecordForm::setHasRecord(bool hasRecord)
{
    m_hasRecord = hasRecord;
    for (const FieldWidgets &widgets : std::as_const(m_fields))
        widgets.editor->setEnabled(hasRecord);
    setDirty(false);
}

void RecordForm::onEdited()
{
    if (m_loading > 0 || !m_hasRecord)
        return;
    setDirty(true);
    showFieldErrors(checkInput());
}

void RecordForm::setDirty(bool dirty)
{
    if (m_saveButton) {
        m_saveButton->setEnabled(dirty);
        m_revertButton->setEnabled(dirty);
    }
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    emit dirtyChanged(dirty);
}

void RecordForm::showFieldErrors(const QList<parties::FieldError> &errors)
{
    clearFieldErrors();
    QStringList unplaced;
    for (const parties::FieldError &error : errors) {
        const QString text = tr("%1: %2").arg(FieldNames::displayName(error.field), error.reason);
        const auto it = m_fields.constFind(error.field);
        if (it == m_fields.constEnd()) {
            unplaced << text;
            continue;
        }
        QLabel *label = it->errorLabel;
        label->setText(label->text().isEmpty() ? text : label->text() + QLatin1Char('\n') + text);
        label->setVisible(true);
        it->editor->setStyleSheet(ErrorFrame);
    }
    if (!unplaced.isEmpty())
        reportFailure(tr("Cannot save"), unplaced.join(QLatin1Char('\n')));
}

void RecordForm::clearFieldErrors()
{
    for (const FieldWidgets &widgets : std::as_const(m_fields)) {
        widgets.errorLabel->clear();
        widgets.errorLabel->setVisible(false);
        widgets.editor->setStyleSheet(QString());
    }
}

void RecordForm::reportFailure(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

bool RecordForm::confirmLeave()
{
    if (!m_hasRecord || !m_dirty)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The record has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

bool RecordForm::save()
{
    if (!m_hasRecord || !m_dirty)
        return false;
    const QList<parties::FieldError> errors = checkInput();
    if (!errors.isEmpty()) {
        showFieldErrors(errors);
        return false;
    }
    try {
        writeChanges();
    } catch (const parties::ValidationError &error) {
        showFieldErrors(error.errors());
        return false;
    } catch (const parties::ConcurrentChangeError &error) {
        reportFailure(tr("Changed by someone else"),
                      tr("%1\n\nThe record is shown again as it is stored now; please make your change "
                         "again.")
                          .arg(error.message()));
        revert();
        return false;
    } catch (const storage::StorageError &error) {
        reportFailure(tr("Cannot save"), error.message());
        return false;
    }
    clearFieldErrors();
    setDirty(false);
    emit saved();
    return true;
}

void RecordForm::revert()
{
    if (m_hasRecord)
        reloadRecord();
}

void RecordForm::reloadRecord()
{
    try {
        loadRecord();
    } catch (const storage::StorageError &error) {
        reportFailure(tr("Cannot read the record"), error.message());
    }
}

void RecordForm::layOutPane(QLabel *title)
{
    auto *formPage = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formPage);
    for (QGroupBox *section : std::as_const(m_sections))
        formLayout->addWidget(section);
    formLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_history = new HistoryView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(scroll, tr("Details"));
    m_tabs->addTab(m_history, tr("History"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_history)
            loadHistory();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(createButtonRow());
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 48);
}

void RecordForm::showRecord(qint64 id)
{
    m_recordId = id;
    if (id == 0) {
        forgetRecord();
        return;
    }
    reloadRecord();
}

void RecordForm::refresh()
{
    if (m_recordId != 0 && !isDirty())
        reloadRecord();
}

void RecordForm::refreshHistory()
{
    if (m_tabs && m_tabs->currentWidget() == m_history)
        loadHistory();
    else if (m_history)
        m_history->clear();
}

void RecordForm::loadHistory()
{
    if (!m_hasRecord) {
        m_history->clear();
        return;
    }
    try {
        m_history->setRecords(storedHistory());
    } catch (const storage::StorageError &error) {
        reportFailure(tr("Cannot read the history"), error.message());
    }
}

} // namespace kaishu::ui
