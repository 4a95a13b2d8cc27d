#pragma once

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

#include <initializer_list>

namespace kaishu::ui {

// Gives a table's columns their widths in digits (so that they follow the font) and never less than
// their title needs, whichever language the titles are in.
inline void setColumnWidthsInDigits(QTableView *table, std::initializer_list<int> digits)
{
    const int digitWidth = table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const QFontMetrics headerMetrics = table->horizontalHeader()->fontMetrics();
    int column = 0;
    for (int width : digits) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        table->setColumnWidth(column,
                              std::max(width * digitWidth + 16, headerMetrics.horizontalAdvance(title) + 24));
        ++column;
    }
}

} // namespace kaishu::ui
