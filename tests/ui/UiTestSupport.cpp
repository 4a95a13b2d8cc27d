#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

namespace kaishu::tests {

const QByteArray ClientsCsv =
    QStringLiteral("client_code,name,registration_number,postal_code,address,bank_code,branch_code,"
                   "account_type,account_number,account_name,terms\n"
                   "C001,株式会社みらい食品,T7000012050002,1000001,東京都千代田区千代田1-1,0001,001,普通,"
                   "1234567,ｶ)ﾐﾗｲｼﾖｸﾋﾝ,月末締め翌月末払い\n"
                   "C002,東都システム株式会社,T4011001098993,,,0005,001,普通,7654321,ﾄｳﾄｼｽﾃﾑ(ｶ,"
                   "20日締め翌月10日払い\n")
        .toUtf8();
const QByteArray DebtorsCsv =
    QStringLiteral(
        "client_code,customer_code,name,name_kana,corporate_number,prefecture,address,terms,"
        "credit_limit,virtual_account\n"
        "C001,K001,株式会社山田商事,ヤマダショウジ,5835678256246,東京都,千代田区丸の内1-1,,1000000,"
        "3000001\n"
        "C001,K002,佐藤商店,サトウショウテン,,大阪府,大阪市北区梅田1-1,,10000,\n"
        "C001,K003,鈴木工業株式会社,スズキコウギョウ,,愛知県,名古屋市中区1-1,20日締め翌月10日払い,0,\n")
        .toUtf8();
const QByteArray OrdersCsv =
    QStringLiteral(
        "client_code,customer_code,order_no,order_date,delivery_date,item_code,description,quantity,"
        "unit,unit_price,tax_category,price_mode\n"
        "C001,K001,A-1,2026-10-01,2026-10-05,P1,事務用品,3,個,105,10,excl\n"
        "C001,K001,A-1,2026-10-01,2026-10-05,F1,お茶,10,箱,1234.5,8,excl\n"
        "C001,K001,A-2,2026-10-20,2026-10-28,S1,保守料,1,式,50000,10,excl\n"
        "C001,K002,B-1,2026-10-02,2026-10-03,P2,コピー用紙,2,箱,3300,10,incl\n"
        "C001,K002,B-2,2026-10-10,2026-10-12,P3,トナー,1,本,11000,10,incl\n"
        "C001,K003,D-1,2026-10-10,2026-10-15,P1,事務用品,1,個,1000,10,excl\n"
        "C001,K001,A-3,2026-11-02,2026-11-03,P1,事務用品,1,個,500,10,excl\n")
        .toUtf8();

DialogAnswers::DialogAnswers(QList<Handler> handlers)
    : m_handlers(std::move(handlers))
{
    connect(&m_timer, &QTimer::timeout, this, &DialogAnswers::poll);
    m_timer.start(20);
}

void DialogAnswers::poll()
{
    QWidget *dialog = QApplication::activeModalWidget();
    if (!dialog || dialog == m_last || !dialog->isVisible() || allAnswered())
        return;
    // A progress dialog asks nothing: it is the work going on (which lets timers run) before the
    // question comes.
    if (qobject_cast<QProgressDialog *>(dialog))
        return;
    m_last = dialog;
    m_handlers.at(m_next++)(dialog);
}

DialogAnswers::Handler press(QMessageBox::StandardButton button, QString *text)
{
    return [button, text](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY2(box, dialog->metaObject()->className());
        if (text)
            *text = box->text();
        box->button(button)->click();
    };
}

DialogAnswers::Handler enter(const QString &value, QString *label)
{
    return [value, label](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY2(input, dialog->metaObject()->className());
        if (label)
            *label = input->labelText();
        input->setTextValue(value);
        input->accept();
    };
}

DialogAnswers::Handler dismiss(QString *className)
{
    return [className](QWidget *dialog) {
        if (className)
            *className = QString::fromLatin1(dialog->metaObject()->className());
        auto *modal = qobject_cast<QDialog *>(dialog);
        QVERIFY2(modal, dialog->metaObject()->className());
        modal->reject();
    };
}

QStringList captionsOf(QWidget *root)
{
    QStringList captions{root->windowTitle()};
    for (const QLabel *label : root->findChildren<QLabel *>())
        captions << label->text();
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        captions << button->text();
    for (const QGroupBox *box : root->findChildren<QGroupBox *>())
        captions << box->title();
    for (const QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            captions << tabs->tabText(i);
    }
    for (const QLineEdit *edit : root->findChildren<QLineEdit *>())
        captions << edit->placeholderText();
    for (const QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>())
        captions << edit->placeholderText();
    for (const QComboBox *combo : root->findChildren<QComboBox *>()) {
        for (int i = 0; i < combo->count(); ++i)
            captions << combo->itemText(i);
    }
    for (const QToolBar *bar : root->findChildren<QToolBar *>()) {
        for (const QAction *action : bar->actions())
            captions << action->text();
    }
    for (const QToolButton *button : root->findChildren<QToolButton *>()) {
        if (button->menu()) {
            for (const QAction *action : button->menu()->actions())
                captions << action->text();
        }
    }
    for (const QTableView *table : root->findChildren<QTableView *>()) {
        if (!table->model())
            continue;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            captions << table->model()->headerData(column, Qt::Horizontal).toString();
    }
    return captions;
}

QStringList englishCaptions(QWidget *root)
{
    const QRegularExpression englishWord(QStringLiteral("[A-Za-z]{3,}"));
    // Key names stay as on the keyboard; number-format placeholders ({client}, {seq:6}) are syntax;
    // HTML markup is not text; formats and protocols keep their Latin names in Japanese, and so do
    // the credit agencies' abbreviations (TDB, TSR); dotted names (files, hosts) are data.
    const QRegularExpression notWords(QStringLiteral(
        "(Ctrl|Shift|Alt)\\+|\\{[^}]*\\}|<[^>]*>|"
        "\\b(PDF|XML|SHA|SMTP|STARTTLS|SSL|TLS|JP PINT|PEM|UTF-8|Shift_JIS|EDI|CSV|BOM|TDB|TSR)\\b|"
        "[\\w-]+(\\.[\\w-]+)+"));
    QStringList found;
    for (const QString &caption : captionsOf(root)) {
        const QString text = QString(caption).remove(notWords);
        if (englishWord.match(text).hasMatch() && !text.contains(QLatin1Char('@')))
            found << text;
    }
    return found;
}

void useJapaneseFont()
{
    const QString family = QStringLiteral("Noto Sans CJK JP");
    if (!QFontDatabase::families().contains(family))
        return;
    QFont font = QApplication::font();
    font.setFamilies({family});
    QApplication::setFont(font);
}

bool saveShot(QWidget *widget, const QString &folder, const QString &name)
{
    QDir().mkpath(folder);
    return widget->grab().save(QStringLiteral("%1/%2.png").arg(folder, name));
}

void shootInLanguage(QWidget *widget, const QString &folder, const QString &name, const QString &language)
{
    QVERIFY(saveShot(widget, folder, name + QLatin1Char('-') + language));
    const QStringList english = englishCaptions(widget);
    if (language == QLatin1String("ja"))
        QVERIFY2(english.isEmpty(),
                 qPrintable(name + QStringLiteral(": ") + english.join(QStringLiteral(" | "))));
}

} // namespace kaishu::tests
