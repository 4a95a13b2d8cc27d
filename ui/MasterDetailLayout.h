#pragma once

#include <QSplitter>
#include <QString>
#include <QVBoxLayout>
#include <QWidget>

namespace kaishu::ui {

// The shape of every area of the main window: a list on the left, the selected record's details
// on the right, in a splitter whose sizes the window keeps in its settings (by objectName).
inline QSplitter *layOutMasterDetail(QWidget *view, const QString &objectName, QWidget *master,
                                     QWidget *detail)
{
    auto *splitter = new QSplitter(Qt::Horizontal, view);
    splitter->setObjectName(objectName);
    splitter->addWidget(master);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);
    return splitter;
}

} // namespace kaishu::ui
