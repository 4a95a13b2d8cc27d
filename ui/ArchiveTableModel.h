#pragma once

#include "RowTableModel.h"
#include "billing/DocumentArchive.h"

namespace kaishu::ui {

// The archived files (電子帳簿保存) a search found, for a table.
class ArchiveTableModel : public RowTableModel<billing::ArchivedDocument>
{
    Q_OBJECT

public:
    enum Column {
        IssueDate,
        Number,
        Kind,
        Format,
        Debtor,
        Amount,
        Checksum,
        ArchivedAt,
        ArchivedBy,
        ColumnCount
    };
    // Dates as ISO text and amounts as numbers, so that a proxy sorts them as values.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ArchiveTableModel(QObject *parent = nullptr);

    void setDocuments(QList<billing::ArchivedDocument> documents) { setRows(std::move(documents)); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace kaishu::ui
