#include "ClientTableModel.h"

#include "FieldNames.h"
#include "Workspace.h"

namespace kaishu::ui {

ClientTableModel::ClientTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    reload();
}

void ClientTableModel::reload()
{
    beginResetModel();
    m_clients =
        m_workspace->isOpen() ? m_workspace->parties().repository().clients() : QList<parties::Client>();
    endResetModel();
}

const parties::Client *ClientTableModel::clientAt(int row) const
{
    return row >= 0 && row < m_clients.size() ? &m_clients.at(row) : nullptr;
}

int ClientTableModel::rowOfClient(qint64 clientId) const
{
    for (qsizetype row = 0; row < m_clients.size(); ++row) {
        if (m_clients.at(row).id == clientId)
            return int(row);
    }
    return -1;
}

int ClientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int ClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    const parties::Client *client = clientAt(index.row());
    if (!client)
        return {};
    if (role == ClientIdRole)
        return client->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Code:
        return client->code;
    case Name:
        return client->name;
    case NameKana:
        return client->nameKana;
    case RegistrationNumber:
        return client->registrationNumber;
    case Terms:
        return client->terms.toJapanese();
    case Payee:
        if (client->payeeAccount.isEmpty())
            return QString();
        return tr("%1-%2 %3 %4")
            .arg(client->payeeAccount.bankCode, client->payeeAccount.branchCode,
                 parties::displayName(client->payeeAccount.type), client->payeeAccount.accountNumber);
    case Address:
        return client->address;
    default:
        return {};
    }
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return FieldNames::displayName(QStringLiteral("client_code"));
    case Name:
        return FieldNames::displayName(QStringLiteral("name"));
    case NameKana:
        return FieldNames::displayName(QStringLiteral("name_kana"));
    case RegistrationNumber:
        return FieldNames::displayName(QStringLiteral("registration_number"));
    case Terms:
        return FieldNames::displayName(QStringLiteral("terms"));
    case Payee:
        return tr("Payee account");
    case Address:
        return FieldNames::displayName(QStringLiteral("address"));
    default:
        return {};
    }
}

} // namespace kaishu::ui
