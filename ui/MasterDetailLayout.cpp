#include "MasterDetailLayout.h"

#include "RecordForm.h"

#include <QTableView>

namespace kaishu::ui {

RecordSelection::RecordSelection(QTableView *table, RecordForm *form, int idRole)
    : QObject(table)
    , m_table(table)
    , m_form(form)
    , m_idRole(idRole)
{
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordSelection::follow);
}

RecordSelection::Quiet::Quiet(RecordSelection *selection)
    : m_selection(selection)
{
    ++m_selection->m_quiet;
}

RecordSelection::Quiet::~Quiet()
{
    --m_selection->m_quiet;
}

void RecordSelection::setCurrentQuietly(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Quiet quiet(this);
    m_table->setCurrentIndex(index);
}

void RecordSelection::follow(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_quiet > 0)
        return;
    const qint64 id = current.isValid() ? current.data(m_idRole).toLongLong() : 0;
    if (id == 0 || id == m_form->recordId())
        return;
    if (!m_form->confirmLeave()) {
        setCurrentQuietly(previous);
        return;
    }
    m_form->showRecord(id);
}

} // namespace kaishu::ui
