#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;
class QSplitter;
class QTableView;
class QUndoStack;

namespace kaishu::ui {

class OrderLineForm;
class OrderTableModel;
class RecordSelection;
class Workspace;

// 受注明細: the order lines waiting for a billing run, of one client or all, with the selected line's
// form beside them to correct it; lines can be added (for a chosen client) and removed until billed.
class OrderView : public QWidget
{
    Q_OBJECT

public:
    OrderView(Workspace *workspace, QUndoStack *undoStack, QWidget *parent = nullptr);

    OrderTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *clientFilter() const { return m_clientFilter; }
    OrderLineForm *detailPane() const { return m_detail; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    int visibleRowCount() const;

    void saveSettings() const;
    void restoreSettings();

public slots:
    // A new line of the chosen client in the form.
    void addLine();
    // Removes the selected line after asking.
    void removeLine();

signals:
    void rowCountChanged(int rows);

private:
    void reloadFilterChoices();
    void reloadKeepingSelection();
    void updateButtons();

    Workspace *m_workspace;
    OrderTableModel *m_model = nullptr;
    QComboBox *m_clientFilter = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    OrderLineForm *m_detail = nullptr;
    RecordSelection *m_selection = nullptr;
};

} // namespace kaishu::ui
