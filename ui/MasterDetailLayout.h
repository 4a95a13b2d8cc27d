#pragma once

#include <QModelIndex>
#include <QObject>
#include <QSplitter>
#include <QString>
#include <QVBoxLayout>
#include <QWidget>

class QTableView;

namespace kaishu::ui {

class RecordForm;

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

// Keeps a record form on the list's current row. Moving to another row first lets the form leave its
// record (it asks about unsaved changes); when the clerk stays, the list goes back to the row.
class RecordSelection : public QObject
{
public:
    // idRole: the model's role that gives a row's record id.
    RecordSelection(QTableView *table, RecordForm *form, int idRole);

    // Makes index current without showing its record (after the list was read again), or does
    // nothing when it is invalid.
    void setCurrentQuietly(const QModelIndex &index);
    // Within this, a change of the current row is not followed (a reload that keeps the selection).
    class Quiet
    {
    public:
        explicit Quiet(RecordSelection *selection);
        ~Quiet();
        Quiet(const Quiet &) = delete;
        Quiet &operator=(const Quiet &) = delete;

    private:
        RecordSelection *m_selection;
    };

private:
    void follow(const QModelIndex &current, const QModelIndex &previous);

    QTableView *m_table;
    RecordForm *m_form;
    int m_idRole;
    int m_quiet = 0;
};

} // namespace kaishu::ui
