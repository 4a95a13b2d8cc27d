#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QUndoStack;

namespace kaishu::ui {

class DebtorDetailPane;
class DebtorRegisterModel;
class RecordSelection;
class Workspace;

// The debtor register: search and filters above a paged table, the selected debtor's details to
// the right.
class DebtorView : public QWidget
{
    Q_OBJECT

public:
    DebtorView(Workspace *workspace, QUndoStack *undoStack, QWidget *parent = nullptr);

    DebtorRegisterModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    DebtorDetailPane *detailPane() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }
    QComboBox *clientFilter() const { return m_clientFilter; }
    QComboBox *prefectureFilter() const { return m_prefectureFilter; }
    QComboBox *industryFilter() const { return m_industryFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }

    // Opens the column chooser for the register table.
    void chooseColumns();
    // Column choice, widths and splitter sizes to and from the settings.
    void saveSettings() const;
    void restoreSettings();

signals:
    void rowCountChanged(int rows);

private:
    void reloadFilterChoices();
    void applyFilter();
    void reloadKeepingSelection();
    void showHeaderMenu(const QPoint &position);
    void setColumnVisible(int column, bool visible);

    Workspace *m_workspace;
    DebtorRegisterModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_clientFilter = nullptr;
    QComboBox *m_prefectureFilter = nullptr;
    QComboBox *m_industryFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    DebtorDetailPane *m_detail = nullptr;
    QTimer *m_searchTimer = nullptr;
    RecordSelection *m_selection = nullptr;
};

} // namespace kaishu::ui
