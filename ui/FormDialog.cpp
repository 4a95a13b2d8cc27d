#include "FormDialog.h"

#include "RecordForm.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace kaishu::ui {

FormDialog::FormDialog(RecordForm *form, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(form)
{
    setWindowTitle(title);
    form->setParent(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 8);
    layout->addWidget(form, 1);
    layout->addWidget(buttons);
    resize(640, 640);
}

void FormDialog::reject()
{
    if (m_form->confirmLeave())
        QDialog::reject();
}

} // namespace kaishu::ui
