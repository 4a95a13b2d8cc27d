#pragma once

#include "RecordForm.h"
#include "RowTableModel.h"
#include "screening/CreditReports.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace kaishu::ui {

// A debtor's credit reports for a table, in the order given (CreditReportBook: newest first): date,
// source, score, capital, net assets (債務超過 in red), years in business, employees, current ratio,
// notes. An unknown figure is an empty cell.
class CreditReportTableModel : public RowTableModel<screening::CreditReport>
{
    Q_OBJECT

public:
    enum Column {
        ReportDate,
        Source,
        Score,
        Capital,
        NetAssets,
        Years,
        Employees,
        CurrentRatio,
        Notes,
        ColumnCount
    };

    explicit CreditReportTableModel(QObject *parent = nullptr);

    void setReports(QList<screening::CreditReport> reports) { setRows(std::move(reports)); }

    // The agency a stored source names: "TDB" and "TSR" in full, another source as written.
    static QString sourceName(const QString &source);
    // A ratio per mille as a percentage with one decimal: 1355 → "135.5%".
    static QString percentText(int perMille);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// One external credit report on a debtor (帝国データバンク, 東京商工リサーチ or another source) as a
// form: source, report date, 評点 and the figures, each optional — an empty field is unknown, not
// zero. Amounts may carry thousands separators; the current ratio is a percentage with one decimal.
// Each problem shows under its field as the clerk types, with the reason validate() gives. There is
// no undo: a report is added, never changed, and the audit trail keeps it.
class CreditReportForm : public RecordForm
{
    Q_OBJECT

public:
    explicit CreditReportForm(Workspace *workspace, QWidget *parent = nullptr);

    // Starts a new report on the debtor, of today, under the debtor's name (nothing is written until
    // submit).
    void startNew(qint64 debtorId);
    // Adds the report through CreditReportBook; false (the problems shown) when nothing was written.
    bool submit();
    // The report as stored after a successful submit.
    const std::optional<screening::CreditReport> &saved() const { return m_saved; }

protected:
    void forgetRecord() override;
    QList<audit::AuditRecord> storedHistory() const override;
    void loadRecord() override;
    QList<parties::FieldError> checkInput() const override;
    void writeChanges() override;

private:
    // The editors' values; what does not read as a number goes to *errors under its field.
    screening::CreditReport collect(QList<parties::FieldError> *errors) const;
    // Neither a figure nor a note: a report that would say nothing.
    bool saysNothing() const;
    void fillDefaults();

    qint64 m_debtorId = 0;
    QLabel *m_title = nullptr;
    std::optional<screening::CreditReport> m_saved;

    QComboBox *m_source = nullptr;
    QDateEdit *m_reportDate = nullptr;
    QLineEdit *m_score = nullptr;
    QLineEdit *m_capital = nullptr;
    QLineEdit *m_employees = nullptr;
    QLineEdit *m_years = nullptr;
    QLineEdit *m_revenue = nullptr;
    QLineEdit *m_netAssets = nullptr;
    QLineEdit *m_currentRatio = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

// 信用調査報告の登録: the form for a new report on the debtor, with OK and Cancel. OK adds the report
// (one audited transaction) and announces it (Workspace::screeningChanged); with a problem the
// dialog stays open and shows it.
class CreditReportDialog : public QDialog
{
    Q_OBJECT

public:
    CreditReportDialog(Workspace *workspace, qint64 debtorId, QWidget *parent = nullptr);

    CreditReportForm *form() const { return m_form; }
    const std::optional<screening::CreditReport> &saved() const { return m_form->saved(); }

public slots:
    void accept() override;

protected:
    bool event(QEvent *event) override;

private:
    CreditReportForm *m_form;
};

} // namespace kaishu::ui
