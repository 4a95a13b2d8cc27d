#pragma once

// What the widget suites share: the billing fixtures of the core suite, answers to the modal dialogs
// an action opens, and the pictures of the views with the check that a Japanese one shows no English.

#include <QByteArray>
#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

class QWidget;

namespace kaishu::tests {

// The billing fixtures of tests/core/tst_billing.cpp: K001 closes at month end, K002 has a credit
// limit of 10,000 yen and tax-included prices, K003 closes on the 20th.
extern const QByteArray ClientsCsv;
extern const QByteArray DebtorsCsv;
extern const QByteArray OrdersCsv;

// Answers the modal dialogs the next action opens, one handler per dialog in the order they appear,
// as a clerk would (the action's own exec() loop runs the timer). Progress dialogs are passed over.
class DialogAnswers : public QObject
{
public:
    using Handler = std::function<void(QWidget *dialog)>;

    explicit DialogAnswers(QList<Handler> handlers);
    bool allAnswered() const { return m_next == m_handlers.size(); }

private:
    void poll();

    QList<Handler> m_handlers;
    qsizetype m_next = 0;
    // A QPointer: the next message box may be built where the last one was.
    QPointer<QWidget> m_last;
    QTimer m_timer;
};

// Presses a standard button of a message box, keeping its text.
DialogAnswers::Handler press(QMessageBox::StandardButton button, QString *text = nullptr);
// Types into an input dialog and accepts it.
DialogAnswers::Handler enter(const QString &value, QString *label = nullptr);
// Closes any dialog as Cancel / Escape would, keeping its class name.
DialogAnswers::Handler dismiss(QString *className = nullptr);

// Every caption a clerk reads on a widget tree: labels, buttons, group boxes, tabs, placeholders,
// combo items, tool bar actions and menus, table headers.
QStringList captionsOf(QWidget *root);
// Captions with a word of three or more Latin letters: text the Japanese catalogue does not cover.
// Key names, placeholders in braces, markup and the names of formats and protocols (PDF, XML, SMTP
// …, written so in Japanese too) are not words.
QStringList englishCaptions(QWidget *root);
// Draws the widgets with the Japanese glyph forms the application uses, where the font is installed.
void useJapaneseFont();
// Saves the widget's picture as folder/name.png.
bool saveShot(QWidget *widget, const QString &folder, const QString &name);
// Saves the picture as folder/name-language.png and, when the language is Japanese, fails the test
// on any English caption left on the widget.
void shootInLanguage(QWidget *widget, const QString &folder, const QString &name, const QString &language);

} // namespace kaishu::tests
