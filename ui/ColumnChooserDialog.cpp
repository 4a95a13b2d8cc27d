#include "ColumnChooserDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kaishu::ui {

ColumnChooserDialog::ColumnChooserDialog(QHeaderView *header, QWidget *parent)
    : QDialog(parent)
    , m_header(header)
{
    setWindowTitle(tr("Columns"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Show these columns of the debtor register:"), this));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("columnList"));
    const QAbstractItemModel *model = header->model();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        auto *item = new QListWidgetItem(model->headerData(logical, Qt::Horizontal).toString(), m_list);
        item->setData(Qt::UserRole, logical);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(header->isSectionHidden(logical) ? Qt::Unchecked : Qt::Checked);
    }
    layout->addWidget(m_list, 1);

    auto *quick = new QHBoxLayout;
    auto *all = new QPushButton(tr("Show all"), this);
    connect(all, &QPushButton::clicked, this, [this] { setAll(true); });
    quick->addWidget(all);
    quick->addStretch();
    layout->addLayout(quick);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnChooserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ColumnChooserDialog::reject);
    layout->addWidget(buttons);
    resize(320, 460);
}

void ColumnChooserDialog::setAll(bool visible)
{
    for (int row = 0; row < m_list->count(); ++row)
        m_list->item(row)->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
}

void ColumnChooserDialog::accept()
{
    int shown = 0;
    for (int row = 0; row < m_list->count(); ++row)
        shown += m_list->item(row)->checkState() == Qt::Checked ? 1 : 0;
    if (shown == 0) {
        QMessageBox::information(this, windowTitle(), tr("Choose at least one column."));
        return;
    }
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        m_header->setSectionHidden(item->data(Qt::UserRole).toInt(), item->checkState() != Qt::Checked);
    }
    QDialog::accept();
}

} // namespace kaishu::ui
