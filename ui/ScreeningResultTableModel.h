#pragma once

#include "screening/ScreeningService.h"

#include "RowTableModel.h"

#include <QDate>
#include <QString>

namespace kaishu::ui {

class Workspace;

// Which screening results the list shows: the service's filter and a search over customer code,
// client code and debtor name (in any kana form).
struct ScreeningListFilter
{
    screening::ResultFilter results;
    QString search;
};

// What the status line under the list counts, of the rows shown.
struct ScreeningTotals
{
    int shown = 0;
    int downgrades = 0;
    int overLimit = 0;
    int reviewsDue = 0;
};

// The latest screening result of each account (審査結果) for a table: the grade with its change, score,
// probability of serious late payment, proposed limit, limit in force, exposure and its share of the
// limit, dunning tier, decision, method, review date and a supervisor's override. Downgraded and
// over-limit rows stand out by icon, bold text and colour.
class ScreeningResultTableModel : public RowTableModel<screening::ScreeningResult>
{
    Q_OBJECT

public:
    enum Column {
        CustomerCode,
        Client,
        Debtor,
        Grade,
        Score,
        Probability,
        ProposedLimit,
        LimitInForce,
        Exposure,
        Utilisation,
        Tier,
        Decision,
        Method,
        ReviewDue,
        Overridden,
        ColumnCount
    };
    static constexpr int ResultIdRole = Qt::UserRole + 1;
    // Dates as ISO text, amounts and measures as numbers, so that a proxy sorts them as values.
    static constexpr int SortRole = Qt::UserRole + 2;

    // Without a workspace the model shows the results it is given (setResults).
    explicit ScreeningResultTableModel(Workspace *workspace, QObject *parent = nullptr);

    // Reads the latest results of the filter; storage errors propagate.
    void setFilter(const ScreeningListFilter &filter);
    const ScreeningListFilter &filter() const { return m_filter; }
    void reload();
    void setResults(QList<screening::ScreeningResult> results);
    const ScreeningTotals &totals() const { return m_totals; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A review is due on or before today.
    static bool reviewDue(const screening::ScreeningResult &result, QDate today);
    // What an override changed, in one line for a tooltip or the detail pane.
    static QString overrideText(const screening::ScreeningOverride &decision);

private:
    // search: the search key of what the clerk typed.
    static bool passes(const screening::ScreeningResult &result, const QString &search);
    QDate today() const;
    QString rowToolTip(const screening::ScreeningResult &result) const;

    Workspace *m_workspace;
    ScreeningListFilter m_filter;
    ScreeningTotals m_totals;
};

} // namespace kaishu::ui
