#pragma once

#include <QDialog>

namespace kaishu::ui {

class RecordForm;

// A record form (billing settings, the agency profile) in a window of its own: the form's Save and
// Revert, its history, and Close, which asks about unsaved changes as leaving a record does.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    FormDialog(RecordForm *form, const QString &title, QWidget *parent = nullptr);

    RecordForm *form() const { return m_form; }

public slots:
    void reject() override;

private:
    RecordForm *m_form;
};

} // namespace kaishu::ui
