#include "ScreeningResultTableModel.h"

#include "BillingNames.h"
#include "FieldNames.h"
#include "ScreeningNames.h"
#include "Workspace.h"
#include "parties/SearchKey.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace kaishu::ui {

using screening::ScreeningResult;

namespace {

const QColor WarningColor(0xc6, 0x28, 0x28);
const QColor DowngradeColor(0xb2, 0x4a, 0x00);
const QColor OverLimitBackground(0xfd, 0xec, 0xea);
const QColor DowngradeBackground(0xff, 0xf3, 0xe0);

bool isNumberColumn(int column)
{
    switch (column) {
    case ScreeningResultTableModel::Score:
    case ScreeningResultTableModel::Probability:
    case ScreeningResultTableModel::ProposedLimit:
    case ScreeningResultTableModel::LimitInForce:
    case ScreeningResultTableModel::Exposure:
    case ScreeningResultTableModel::Utilisation:
        return true;
    default:
        return false;
    }
}

QFont boldFont()
{
    QFont bold;
    bold.setBold(true);
    return bold;
}

} // namespace

ScreeningResultTableModel::ScreeningResultTableModel(Workspace *workspace, QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_workspace(workspace)
{}

void ScreeningResultTableModel::setFilter(const ScreeningListFilter &filter)
{
    m_filter = filter;
    reload();
}

void ScreeningResultTableModel::reload()
{
    // Read first: a storage error leaves the rows shown as they were.
    QList<ScreeningResult> rows;
    if (m_workspace && m_workspace->isOpen())
        rows = m_workspace->screening().latestResults(m_filter.results);
    setResults(std::move(rows));
}

void ScreeningResultTableModel::setResults(QList<ScreeningResult> results)
{
    QList<ScreeningResult> rows;
    ScreeningTotals totals;
    const QDate day = today();
    const QString search = parties::searchKey(m_filter.search);
    for (ScreeningResult &result : results) {
        if (!passes(result, search))
            continue;
        ++totals.shown;
        totals.downgrades += result.downgraded() ? 1 : 0;
        totals.overLimit += result.overLimit() ? 1 : 0;
        totals.reviewsDue += reviewDue(result, day) ? 1 : 0;
        rows << std::move(result);
    }
    m_totals = totals;
    setRows(std::move(rows));
}

bool ScreeningResultTableModel::passes(const ScreeningResult &result, const QString &search)
{
    if (search.isEmpty())
        return true;
    return parties::searchKey(result.customerCode + QLatin1Char(' ') + result.clientCode + QLatin1Char(' ') +
                              result.debtorName)
        .contains(search);
}

QDate ScreeningResultTableModel::today() const
{
    return m_filter.results.today.isValid() ? m_filter.results.today : QDate::currentDate();
}

bool ScreeningResultTableModel::reviewDue(const ScreeningResult &result, QDate today)
{
    return result.reviewDue.isValid() && result.reviewDue <= today;
}

QString ScreeningResultTableModel::overrideText(const screening::ScreeningOverride &decision)
{
    return tr("Overridden by %1 on %2: grade %3, limit %4, %5 dunning, %6. Reason: %7")
        .arg(decision.by, BillingNames::dateText(decision.at.toLocalTime().date()),
             ScreeningNames::gradeName(decision.grade), BillingNames::yenText(decision.limit),
             ScreeningNames::tierName(decision.tier), ScreeningNames::decisionName(decision.decision),
             decision.reason);
}

QString ScreeningResultTableModel::rowToolTip(const ScreeningResult &result) const
{
    QStringList lines;
    if (result.downgraded())
        lines << tr("Downgraded from %1 to %2")
                     .arg(ScreeningNames::gradeName(*result.previousGrade),
                          ScreeningNames::gradeName(result.grade));
    if (result.overLimit())
        lines << tr("Exposure %1 is over the limit in force of %2")
                     .arg(BillingNames::yenText(result.exposure), BillingNames::yenText(result.limitInForce));
    if (result.supervisorOverride)
        lines << overrideText(*result.supervisorOverride);
    return lines.join(QLatin1Char('\n'));
}

QVariant ScreeningResultTableModel::data(const QModelIndex &index, int role) const
{
    const ScreeningResult *result = rowAt(index.row());
    if (!result)
        return {};
    const int column = index.column();
    const bool overLimitCell = result->overLimit() && (column == Exposure || column == Utilisation);
    const bool downgradeCell = result->downgraded() && column == Grade;
    switch (role) {
    case ResultIdRole:
        return result->id;
    case Qt::TextAlignmentRole:
        return alignment(isNumberColumn(column));
    case Qt::ForegroundRole:
        if (overLimitCell)
            return QBrush(WarningColor);
        if (downgradeCell)
            return QBrush(DowngradeColor);
        return {};
    case Qt::BackgroundRole:
        if (result->overLimit())
            return QBrush(OverLimitBackground);
        if (result->downgraded())
            return QBrush(DowngradeBackground);
        return {};
    case Qt::FontRole:
        if (overLimitCell || downgradeCell)
            return boldFont();
        return {};
    case Qt::DecorationRole:
        // Not colour alone: the first column carries a sign of what is wrong.
        if (column != CustomerCode)
            return {};
        if (result->overLimit())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (result->downgraded())
            return QApplication::style()->standardIcon(QStyle::SP_ArrowDown);
        return {};
    case SortRole:
        switch (column) {
        case Grade:
            return int(result->grade);
        case Score:
            return result->score;
        case Probability:
            return result->pd;
        case ProposedLimit:
            return result->proposedLimit.value();
        case LimitInForce:
            return result->limitInForce.value();
        case Exposure:
            return result->exposure.value();
        case Utilisation:
            return result->utilisationPerMille().value_or(-1);
        case Tier:
            return int(result->tier);
        case Decision:
            return int(result->decision);
        case ReviewDue:
            return result->reviewDue.toString(Qt::ISODate);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == CustomerCode || column == Overridden || downgradeCell || overLimitCell) {
            const QString tip = rowToolTip(*result);
            if (!tip.isEmpty())
                return tip;
        }
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case CustomerCode:
        return result->customerCode;
    case Client:
        return result->clientCode;
    case Debtor:
        return result->debtorName;
    case Grade:
        return ScreeningNames::gradeChangeText(*result);
    case Score:
        return QString::number(result->score);
    case Probability:
        return ScreeningNames::percentText(result->pd);
    case ProposedLimit:
        return result->proposedLimit.toString();
    case LimitInForce:
        return result->limitInForce.value() > 0 ? result->limitInForce.toString() : tr("none");
    case Exposure:
        return result->exposure.toString();
    case Utilisation:
        return ScreeningNames::utilisationText(result->utilisationPerMille());
    case Tier:
        return ScreeningNames::tierName(result->tier);
    case Decision:
        return ScreeningNames::decisionName(result->decision);
    case Method:
        return ScreeningNames::methodName(result->method);
    case ReviewDue:
        return BillingNames::dateText(result->reviewDue);
    case Overridden:
        return result->supervisorOverride
                   ? tr("✎ %1").arg(ScreeningNames::gradeName(result->supervisorOverride->grade))
                   : QString();
    default:
        return {};
    }
}

QVariant ScreeningResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return alignment(isNumberColumn(section));
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Probability:
            return tr("Probability of paying an invoice 30 or more days late");
        case Exposure:
            return tr("Open invoices and unbilled orders");
        case Utilisation:
            return tr("Exposure as a share of the limit in force");
        case Overridden:
            return tr("A supervisor overrode the result (the grade set)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomerCode:
        return FieldNames::displayName(QStringLiteral("customer_code"));
    case Client:
        return tr("Client");
    case Debtor:
        return tr("Debtor");
    case Grade:
        return tr("Grade");
    case Score:
        return tr("Screening score");
    case Probability:
        return tr("Late risk");
    case ProposedLimit:
        return tr("Proposed limit (yen)");
    case LimitInForce:
        return tr("Limit in force (yen)");
    case Exposure:
        return tr("Exposure (yen)");
    case Utilisation:
        return tr("Used");
    case Tier:
        return tr("Dunning");
    case Decision:
        return tr("Decision");
    case Method:
        return tr("Method");
    case ReviewDue:
        return tr("Review due");
    case Overridden:
        return tr("Override");
    default:
        return {};
    }
}

} // namespace kaishu::ui
