#pragma once

#include "parties/Parties.h"

#include <QAbstractTableModel>
#include <QList>

namespace kaishu::ui {

class Workspace;

// The agency's clients (依頼者) for a table: few rows, all held.
class ClientTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, NameKana, RegistrationNumber, Terms, Payee, Address, ColumnCount };
    static constexpr int ClientIdRole = Qt::UserRole + 1;

    explicit ClientTableModel(Workspace *workspace, QObject *parent = nullptr);

    void reload();
    const parties::Client *clientAt(int row) const;
    int rowOfClient(qint64 clientId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Workspace *m_workspace;
    QList<parties::Client> m_clients;
};

} // namespace kaishu::ui
