#include "ArchiveTableModel.h"

#include "BillingNames.h"

namespace kaishu::ui {

using billing::ArchivedDocument;

ArchiveTableModel::ArchiveTableModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{}

QVariant ArchiveTableModel::data(const QModelIndex &index, int role) const
{
    const ArchivedDocument *document = rowAt(index.row());
    if (!document)
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return alignment(column == Amount);
    if (role == SortRole) {
        if (column == IssueDate)
            return document->issueDate.toString(Qt::ISODate);
        if (column == Amount)
            return document->amount.value();
        if (column == ArchivedAt)
            return document->archivedAt.toString(Qt::ISODateWithMs);
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole && column == Checksum)
        return tr("SHA-256 %1 (%2 bytes)").arg(document->sha256).arg(document->size);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case IssueDate:
        return BillingNames::dateText(document->issueDate);
    case Number:
        return document->number;
    case Kind:
        return BillingNames::kindName(document->kind);
    case Format:
        return document->format == billing::ArchiveFormat::Pdf ? QStringLiteral("PDF")
                                                               : QStringLiteral("XML");
    case Debtor:
        return document->debtorName;
    case Amount:
        return document->amount.toString();
    case Checksum:
        return document->sha256.left(12);
    case ArchivedAt:
        return document->archivedAt.toLocalTime().toString(QStringLiteral("yyyy/MM/dd HH:mm"));
    case ArchivedBy:
        return document->archivedBy;
    default:
        return {};
    }
}

QVariant ArchiveTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return RowTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return alignment(section == Amount);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IssueDate:
        return tr("Issue date");
    case Number:
        return tr("Number");
    case Kind:
        return tr("Kind");
    case Format:
        return tr("Format");
    case Debtor:
        return tr("Debtor");
    case Amount:
        return tr("Amount");
    case Checksum:
        return tr("SHA-256");
    case ArchivedAt:
        return tr("Archived at");
    case ArchivedBy:
        return tr("Archived by");
    default:
        return {};
    }
}

} // namespace kaishu::ui
