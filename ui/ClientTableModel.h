#pragma once

#include "parties/Parties.h"

#include "RowTableModel.h"

namespace kaishu::ui {

class Workspace;

// The agency's clients (依頼者) for a table: few rows.
class ClientTableModel : public RowTableModel<parties::Client>
{
    Q_OBJECT

public:
    enum Column { Code, Name, NameKana, RegistrationNumber, Terms, Payee, Address, ColumnCount };
    static constexpr int ClientIdRole = Qt::UserRole + 1;

    explicit ClientTableModel(Workspace *workspace, QObject *parent = nullptr);

    void reload();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Workspace *m_workspace;
};

} // namespace kaishu::ui
