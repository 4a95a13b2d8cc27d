#pragma once

#include "PartyImport.h"

#include <QStringList>

namespace kaishu::parties {

// One record of an imported CSV file, read through the column mapping by canonical field name.
class RowReader
{
public:
    RowReader(const QStringList &cells, const ColumnMapping &mapping)
        : m_cells(cells)
        , m_mapping(mapping)
    {}
    bool has(const QString &field) const { return m_mapping.value(field, -1) >= 0; }
    QString text(const QString &field) const
    {
        const int column = m_mapping.value(field, -1);
        return column >= 0 && column < m_cells.size() ? m_cells.at(column).trimmed() : QString();
    }
    // Writes the cell into target only when the file has the column (absent columns keep old values).
    void assign(const QString &field, QString &target) const
    {
        if (has(field))
            target = text(field);
    }

private:
    const QStringList &m_cells;
    const ColumnMapping &m_mapping;
};

} // namespace kaishu::parties
