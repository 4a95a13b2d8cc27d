#pragma once

#include "payments/BankCsvReader.h"

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace kaishu::ui {

class Workspace;

// Reading an internet-banking CSV export: the clerk picks a saved mapping (or starts from the one
// guessed from the header), sees the file's first rows, says which column holds the date, the money,
// the payer and the rest, and which account the statement is of (bank exports rarely say; the
// account gives the payments their client). The file is read with the mapping as it is set, so the
// dialog shows at once how many lines would be imported or which line and column is wrong; Import
// is enabled only when the whole file reads. The mapping can be saved under a name for next time.
class BankCsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 8;

    BankCsvImportDialog(Workspace *workspace, QByteArray bytes, const QString &fileName,
                        QWidget *parent = nullptr);

    // The mapping as set, named as the clerk saves it (or as the saved one chosen).
    payments::CsvMapping mapping() const;
    // The account the statement is of; empty when the clerk did not say.
    payments::StatementAccount statementAccount() const;
    // Whether to save the mapping (under mapping().name) before importing.
    bool saveMapping() const;

    // For tests: the editors.
    QComboBox *savedMappings() const { return m_saved; }
    QComboBox *columnOf(int field) const { return m_columns.value(field); }
    QComboBox *accounts() const { return m_accounts; }
    QSpinBox *headerRows() const { return m_headerRows; }
    QTableWidget *preview() const { return m_preview; }
    QLabel *status() const { return m_status; }
    QCheckBox *saveBox() const { return m_save; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *importButton() const { return m_import; }

    // The fields of a mapping in the order the dialog shows them.
    enum Field {
        AccountDate,
        ValueDate,
        Amount,
        Deposit,
        Withdrawal,
        PayerName,
        InquiryNumber,
        Memo,
        EdiInfo,
        Balance,
        FieldCount
    };

private:
    void loadAccounts();
    void chooseSaved();
    void showMapping(const payments::CsvMapping &mapping);
    void reloadPreview();
    void check();
    QList<QStringList> records() const;

    Workspace *m_workspace;
    QByteArray m_bytes;
    QList<payments::StatementAccount> m_accountChoices;
    QStringList m_header; // the last header row, as the file writes it
    bool m_loading = false;

    QComboBox *m_saved;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QSpinBox *m_headerRows;
    QList<QComboBox *> m_columns; // one per Field
    QComboBox *m_accounts;
    QTableWidget *m_preview;
    QLabel *m_status;
    QCheckBox *m_save;
    QLineEdit *m_name;
    QPushButton *m_import;
};

} // namespace kaishu::ui
