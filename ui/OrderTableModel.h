#pragma once

#include "billing/OrderLine.h"

#include "RowTableModel.h"

#include <QHash>

namespace kaishu::ui {

class Workspace;

// The unbilled order lines (受注明細) of one client or of all, for a table. What waits for the next
// billing run is a few thousand lines at most.
class OrderTableModel : public RowTableModel<billing::OrderLine>
{
    Q_OBJECT

public:
    enum Column {
        Client,
        CustomerCode,
        Debtor,
        OrderNumber,
        Line,
        OrderDate,
        DeliveryDate,
        ItemCode,
        Description,
        Quantity,
        Unit,
        UnitPrice,
        TaxCategory,
        PriceMode,
        Amount,
        ColumnCount
    };
    static constexpr int LineIdRole = Qt::UserRole + 1;

    explicit OrderTableModel(Workspace *workspace, QObject *parent = nullptr);

    // 0: every client. Reads the lines; storage errors propagate.
    void setClientId(qint64 clientId);
    qint64 clientId() const { return m_clientId; }
    void reload();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Workspace *m_workspace;
    qint64 m_clientId = 0;
    // Each client's rounding, for the amounts as its invoices will show them.
    QHash<qint64, money::RoundingMode> m_rounding;
};

} // namespace kaishu::ui
