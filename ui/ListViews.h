#pragma once

#include "parties/Parties.h"

#include <QAbstractItemView>
#include <QList>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QString>

#include <functional>
#include <optional>

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QTimer;
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

// A proxy that sorts a list's model by its sort role (numbers as numbers, dates as dates) and its
// text as the locale orders it.
QSortFilterProxyModel *sortingProxy(QAbstractItemModel *model, int sortRole, QObject *parent);
// Makes a row of the source model (or none: row < 0) the table's current and only selected row,
// scrolled into view.
void selectSourceRow(QTableView *table, const QSortFilterProxyModel *proxy, int sourceRow);

// A list's columns (order, widths, sort) and the splitter beside it, under "<prefix>/header" and
// "<prefix>/splitter". A splitter never saved gets the list three parts, the details one, unless the
// view says otherwise.
void saveListState(const QString &prefix, const QTableView *table, const QSplitter *splitter = nullptr);
void restoreListState(const QString &prefix, QTableView *table, QSplitter *splitter = nullptr,
                      const QList<int> &defaultSizes = {1000, 480});

// The combo that narrows a list to one client, wide enough for a code and a name in any font.
QComboBox *clientFilterCombo(QWidget *parent, const QString &objectName);
// "All clients" and each client (code and name, the id as data), keeping the current choice.
void fillClientChoices(QComboBox *combo, const QList<parties::Client> &clients);
// The same with the workspace's clients; a storage error is shown over the combo's window.
void reloadClientChoices(QComboBox *combo, Workspace *workspace);

// "Search:" and the field, for the top of a list.
QHBoxLayout *searchBar(QWidget *parent, QLineEdit *field);
// Runs search a moment (delayMs) after the clerk stops typing in field, or at once on Enter. The
// timer is returned so that a search started otherwise can stop it.
QTimer *searchAsTyped(QLineEdit *field, int delayMs, const std::function<void()> &search);

// Asks for the one line an action on the selection needs (why an invoice is cancelled, why a match
// is taken back); nothing when the clerk backed out, else the text trimmed.
std::optional<QString> askForText(QWidget *parent, const QString &title, const QString &question);

} // namespace kaishu::ui
