#pragma once

#include "billing/DocumentArchive.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kaishu::ui {

class ArchiveTableModel;
class Workspace;

// 電子帳簿保存: the search the law asks of kept documents — by issue date range, amount range and
// counterparty, and by number, in any combination — over the archive of issued PDFs and XML. A
// found file opens in the system's viewer or is saved as kept; a file whose SHA-256 no longer
// matches is never handed out, and the window says so in red.
class ArchiveSearchDialog : public QDialog
{
    Q_OBJECT

public:
    ArchiveSearchDialog(Workspace *workspace, QWidget *parent = nullptr);

    QCheckBox *dateRangeBox() const { return m_dateRange; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *minAmountEdit() const { return m_minAmount; }
    QLineEdit *maxAmountEdit() const { return m_maxAmount; }
    QLineEdit *debtorEdit() const { return m_debtor; }
    QLineEdit *numberEdit() const { return m_number; }
    ArchiveTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *countLabel() const { return m_count; }
    QLabel *warningLabel() const { return m_warning; }
    QPushButton *openButton() const { return m_openButton; }
    QPushButton *exportButton() const { return m_exportButton; }

    // The conditions as typed; nothing (and the reason shown) when an amount is not one.
    std::optional<billing::ArchiveQuery> query();
    // The selected row's file, in table order (nothing when none is selected).
    std::optional<billing::ArchivedDocument> selectedDocument() const;
    void selectRow(int row);

public slots:
    // Runs the search; false when the conditions are wrong or the archive cannot be read.
    bool search();
    // Writes the selected file to a temporary folder and opens it with the system's viewer; the
    // path written, or empty (a tampered file is refused).
    QString openSelected();
    // Saves the selected file as kept (asks where unless path is given); the path, or empty.
    QString exportSelected(const QString &path = {});

private:
    // The kept bytes of the document, checked; nothing (and the warning shown) when they do not match.
    std::optional<QByteArray> checkedContent(const billing::ArchivedDocument &document);
    void showWarning(const QString &text);
    void updateButtons();

    Workspace *m_workspace;

    QCheckBox *m_dateRange = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_minAmount = nullptr;
    QLineEdit *m_maxAmount = nullptr;
    QLineEdit *m_debtor = nullptr;
    QLineEdit *m_number = nullptr;
    ArchiveTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace kaishu::ui
