#include "ClientTableModel.h"

#include "FieldNames.h"
#include "Workspace.h"

namespace kaishu::ui {

ClientTableModel::ClientTableModel(Workspace *workspace, QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_workspace(workspace)
{
    reload();
}

void ClientTableModel::reload()
{
    setRows(m_workspace->isOpen() ? m_workspace->parties().repository().clients() : QList<parties::Client>());
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    const parties::Client *client = rowAt(index.row());
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
