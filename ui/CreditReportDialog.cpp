#include "CreditReportDialog.h"

#include "BillingNames.h"
#include "FieldNames.h"
#include "Workspace.h"

#include <QBrush>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace kaishu::ui {

using money::Yen;
using parties::FieldError;
using screening::CreditReport;

namespace {

const QColor InsolventColor(0xc6, 0x28, 0x28);

// A right-aligned editor for a figure, as wide as its digits or its placeholder need in any font.
QLineEdit *figureEdit(QWidget *parent, const QString &placeholder, int digits)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setAlignment(Qt::AlignRight);
    const QFontMetrics metrics = edit->fontMetrics();
    edit->setMaximumWidth(std::max(metrics.horizontalAdvance(QString(digits, QLatin1Char('0'))),
                                   metrics.horizontalAdvance(placeholder)) +
                          24);
    return edit;
}

QString countText(const std::optional<int> &value)
{
    return value ? QLocale().toString(*value) : QString();
}

QString yenText(const std::optional<Yen> &value)
{
    return value ? value->toString() : QString();
}

} // namespace

// --- The table ----------------------------------------------------------------------------------

CreditReportTableModel::CreditReportTableModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{}

QString CreditReportTableModel::sourceName(const QString &source)
{
    if (source.compare(QLatin1String("TDB"), Qt::CaseInsensitive) == 0)
        return tr("Teikoku Databank (TDB)");
    if (source.compare(QLatin1String("TSR"), Qt::CaseInsensitive) == 0)
        return tr("Tokyo Shoko Research (TSR)");
    return source;
}

QString CreditReportTableModel::percentText(int perMille)
{
    return QStringLiteral("%1.%2%").arg(perMille / 10).arg(perMille % 10);
}

QVariant CreditReportTableModel::data(const QModelIndex &index, int role) const
{
    const CreditReport *report = rowAt(index.row());
    if (!report)
        return {};
    const int column = index.column();
    const bool insolvent = column == NetAssets && report->netAssets && report->netAssets->isNegative();
    switch (role) {
    case Qt::TextAlignmentRole:
        return alignment(column != ReportDate && column != Source && column != Notes);
    case Qt::ForegroundRole:
        return insolvent ? QVariant(QBrush(InsolventColor)) : QVariant();
    case Qt::ToolTipRole:
        if (column == Source)
            return sourceName(report->source);
        if (column == Notes)
            return report->notes;
        if (insolvent)
            return tr("Liabilities exceed assets");
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case ReportDate:
        return BillingNames::dateText(report->reportDate);
    case Source:
        return report->source;
    case Score:
        return report->score ? QString::number(*report->score) : QString();
    case Capital:
        return yenText(report->capital);
    case NetAssets:
        return yenText(report->netAssets);
    case Years:
        return countText(report->yearsInBusiness);
    case Employees:
        return countText(report->employees);
    case CurrentRatio:
        return report->currentRatioPerMille ? percentText(*report->currentRatioPerMille) : QString();
    case Notes:
        // One line in the table; the whole note in the tooltip.
        return report->notes.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant CreditReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return alignment(section != ReportDate && section != Source && section != Notes);
    if (role != Qt::DisplayRole)
        return {};
    static constexpr const char *Fields[] = {"report_date", "source",        "score",
                                             "capital",     "net_assets",    "years_in_business",
                                             "employees",   "current_ratio", "notes"};
    return section >= 0 && section < ColumnCount ? FieldNames::displayName(QLatin1String(Fields[section]))
                                                 : QVariant();
}

// --- The form -----------------------------------------------------------------------------------

// No undo stack: a report is only ever added, and the audit trail keeps it.
CreditReportForm::CreditReportForm(Workspace *workspace, QWidget *parent)
    : RecordForm(workspace, nullptr, parent)
{
    m_title = createTitle(QStringLiteral("debtorTitle"));
    QFormLayout *form = addSection(tr("Credit report"));
    QWidget *box = form->parentWidget();
    m_source = new QComboBox(box);
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->addItem(CreditReportTableModel::sourceName(QStringLiteral("TDB")), QStringLiteral("TDB"));
    m_source->addItem(CreditReportTableModel::sourceName(QStringLiteral("TSR")), QStringLiteral("TSR"));
    m_source->lineEdit()->setPlaceholderText(tr("Agency or other source"));
    m_reportDate = BillingNames::dateEdit(box);
    m_score = figureEdit(box, tr("0–100"), 4);
    m_capital = figureEdit(box, tr("Yen"), 16);
    m_employees = figureEdit(box, tr("People"), 8);
    m_years = figureEdit(box, tr("Years"), 4);
    m_revenue = figureEdit(box, tr("Yen"), 18);
    m_netAssets = figureEdit(box, tr("Yen; negative when liabilities exceed assets"), 18);
    m_currentRatio = figureEdit(box, tr("Percent, e.g. 135.5"), 7);
    m_notes = new QPlainTextEdit(box);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    addField(form, QStringLiteral("source"), m_source);
    addField(form, QStringLiteral("report_date"), m_reportDate);
    addField(form, QStringLiteral("score"), m_score);
    addField(form, QStringLiteral("capital"), m_capital);
    addField(form, QStringLiteral("employees"), m_employees);
    addField(form, QStringLiteral("years_in_business"), m_years);
    addField(form, QStringLiteral("revenue"), m_revenue);
    addField(form, QStringLiteral("net_assets"), m_netAssets);
    addField(form, QStringLiteral("current_ratio"), m_currentRatio);
    addField(form, QStringLiteral("notes"), m_notes);
    // A source typed rather than picked changes no index: check it as it is typed all the same.
    connect(m_source, &QComboBox::editTextChanged, this, [this] {
        if (hasRecord())
            showFieldErrors(checkInput());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(box);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 56);
    showRecord(0);
}

void CreditReportForm::startNew(qint64 debtorId)
{
    m_debtorId = debtorId;
    m_saved.reset();
    setRecordId(0);
    reloadRecord();
    m_score->setFocus();
}

void CreditReportForm::forgetRecord()
{
    beginLoading();
    m_title->clear();
    for (QLineEdit *edit : {m_score, m_capital, m_employees, m_years, m_revenue, m_netAssets, m_currentRatio})
        edit->clear();
    m_notes->clear();
    endLoading();
    setHasRecord(false);
}

QList<audit::AuditRecord> CreditReportForm::storedHistory() const
{
    return {}; // a new report has none yet
}

void CreditReportForm::loadRecord()
{
    const std::optional<parties::Debtor> debtor =
        workspace()->isOpen() && m_debtorId != 0 ? workspace()->parties().repository().debtorById(m_debtorId)
                                                 : std::nullopt;
    if (!debtor) {
        forgetRecord();
        return;
    }
    fillDefaults();
    m_title->setText(debtor->name);
    setHasRecord(true);
}

void CreditReportForm::fillDefaults()
{
    beginLoading();
    m_source->setCurrentIndex(0);
    m_reportDate->setDate(QDate::currentDate());
    for (QLineEdit *edit : {m_score, m_capital, m_employees, m_years, m_revenue, m_netAssets, m_currentRatio})
        edit->clear();
    m_notes->clear();
    endLoading();
}

CreditReport CreditReportForm::collect(QList<FieldError> *errors) const
{
    CreditReport report;
    report.debtorId = m_debtorId;
    // A listed agency is stored by its code (TDB, TSR), as a CSV file gives it.
    const QString source = m_source->currentText().trimmed();
    const int item = m_source->findText(source);
    report.source = item >= 0 ? m_source->itemData(item).toString() : source;
    report.reportDate = m_reportDate->date();

    const auto refuse = [errors](const char *field, const QString &reason) {
        if (errors)
            errors->append({QLatin1String(field), reason});
    };
    // Empty is unknown; what does not read is refused under its field and stays unknown.
    const auto count = [&](const char *field, const QLineEdit *edit) -> std::optional<int> {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<qint64> value = screening::parseWholeNumber(text);
        if (!value) {
            refuse(field, tr("\"%1\" is not a whole number").arg(text));
            return std::nullopt;
        }
        return int(std::clamp<qint64>(*value, -1'000'000'000, 1'000'000'000));
    };
    const auto amount = [&](const char *field, const QLineEdit *edit) -> std::optional<Yen> {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<Yen> value = Yen::parse(text);
        if (!value)
            refuse(field, tr("\"%1\" is not an amount in yen").arg(text));
        return value;
    };
    report.score = count("score", m_score);
    report.capital = amount("capital", m_capital);
    report.employees = count("employees", m_employees);
    report.yearsInBusiness = count("years_in_business", m_years);
    report.revenue = amount("revenue", m_revenue);
    report.netAssets = amount("net_assets", m_netAssets);
    if (const QString ratio = m_currentRatio->text().trimmed(); !ratio.isEmpty()) {
        report.currentRatioPerMille = screening::parsePercentPerMille(ratio);
        if (!report.currentRatioPerMille)
            refuse("current_ratio", tr("\"%1\" is not a percentage with at most one decimal").arg(ratio));
    }
    report.notes = m_notes->toPlainText().trimmed();
    return report;
}

bool CreditReportForm::saysNothing() const
{
    for (const QLineEdit *edit :
         {m_score, m_capital, m_employees, m_years, m_revenue, m_netAssets, m_currentRatio}) {
        if (!edit->text().trimmed().isEmpty())
            return false;
    }
    return m_notes->toPlainText().trimmed().isEmpty();
}

QList<FieldError> CreditReportForm::checkInput() const
{
    if (!hasRecord())
        return {};
    QList<FieldError> errors;
    const CreditReport report = collect(&errors);
    errors += screening::validate(report);
    return errors;
}

bool CreditReportForm::submit()
{
    if (!hasRecord())
        return false;
    QList<FieldError> problems = checkInput();
    if (problems.isEmpty() && saysNothing())
        problems.append({QStringLiteral("score"), tr("enter the score or another figure of the report")});
    if (!problems.isEmpty()) {
        showFieldErrors(problems);
        return false;
    }
    // Something was typed, so the form is dirty and save() writes it (or shows why it cannot).
    return save();
}

void CreditReportForm::writeChanges()
{
    m_saved = workspace()->creditReports().add(collect(nullptr));
    workspace()->notifyScreeningChanged();
}

// --- The dialog ---------------------------------------------------------------------------------

CreditReportDialog::CreditReportDialog(Workspace *workspace, qint64 debtorId, QWidget *parent)
    : QDialog(parent)
    , m_form(new CreditReportForm(workspace, this))
{
    setWindowTitle(tr("Add credit report"));
    auto *intro = new QLabel(tr("Enter the report as the agency gives it. Leave a figure empty when the "
                                "report does not give it: empty means unknown, not zero."),
                             this);
    intro->setWordWrap(true);
    m_form->startNew(debtorId);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreditReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreditReportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(intro);
    layout->addStretch();
    layout->addWidget(buttons);
}

void CreditReportDialog::accept()
{
    if (m_form->submit())
        QDialog::accept();
}

bool CreditReportDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    // The error lines under the fields and the note wrap, so the height the dialog needs depends on
    // its width, which Qt does not hold a window's minimum to: grow when a line appears, so that it
    // pushes the fields down instead of squeezing them.
    if (event->type() == QEvent::LayoutRequest && layout() && layout()->hasHeightForWidth()) {
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
    return handled;
}

} // namespace kaishu::ui
