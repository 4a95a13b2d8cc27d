#pragma once

#include "parties/Parties.h"

#include <QAbstractItemView>
#include <QList>
#include <QSettings>
#include <QString>

class QComboBox;
class QSplitter;
class QTableView;
class QWidget;

namespace kaishu::ui {

class Workspace;

// What the lists of records (debtors, clients, invoices, orders, the archive) share: their look, where
// they keep their columns, and the client filter above them.

// Kaishu's own settings (window state, columns, splitters, last folders).
QSettings appSettings();

// Whole rows selected, alternating colours, one line per row, no row numbers, left-aligned column
// titles that can be moved, the last column stretched; cells are not edited in place.
void setUpListTable(QTableView *table, QAbstractItemView::SelectionMode mode);

// A list's columns (order, widths, sort) and the splitter beside it, under "<prefix>/header" and
// "<prefix>/splitter". A splitter never saved gets the list three parts, the details one.
void saveListState(const QString &prefix, const QTableView *table, const QSplitter *splitter = nullptr);
void restoreListState(const QString &prefix, QTableView *table, QSplitter *splitter = nullptr);

// The combo that narrows a list to one client, wide enough for a code and a name in any font.
QComboBox *clientFilterCombo(QWidget *parent, const QString &objectName);
// "All clients" and each client (code and name, the id as data), keeping the current choice.
void fillClientChoices(QComboBox *combo, const QList<parties::Client> &clients);
// The same with the workspace's clients; a storage error is shown over the combo's window.
void reloadClientChoices(QComboBox *combo, Workspace *workspace);

} // namespace kaishu::ui
