#pragma once

#include <QDialog>

class QHeaderView;
class QListWidget;

namespace kaishu::ui {

// Which columns of a table to show: a checklist of the model's column titles. On OK the header's
// sections are shown or hidden; at least one column always stays.
class ColumnChooserDialog : public QDialog
{
    Q_OBJECT

public:
    ColumnChooserDialog(QHeaderView *header, QWidget *parent = nullptr);

    void accept() override;

private:
    void setAll(bool visible);

    QHeaderView *m_header;
    QListWidget *m_list = nullptr;
};

} // namespace kaishu::ui
