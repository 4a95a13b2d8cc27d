#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QUndoStack;

namespace kaishu::ui {

class ClientDetailPane;
class ClientTableModel;
class RecordSelection;
class Workspace;

// The agency's clients: a filterable table and the selected client's details.
class ClientView : public QWidget
{
    Q_OBJECT

public:
    ClientView(Workspace *workspace, QUndoStack *undoStack, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    ClientDetailPane *detailPane() const { return m_detail; }
    int visibleRowCount() const;

    void saveSettings() const;
    void restoreSettings();

signals:
    void rowCountChanged(int rows);

private:
    void reload();

    Workspace *m_workspace;
    ClientTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    ClientDetailPane *m_detail = nullptr;
    RecordSelection *m_selection = nullptr;
};

} // namespace kaishu::ui
