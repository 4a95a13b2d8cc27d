// The receiving accounts dialog over a temporary SQLite database, offscreen: an account added through
// the form (the bank's and branch's names shown as the codes are typed) appears in the list with
// its owner and bank name; a malformed bank code is named under its field and a number known
// already under the number, and nothing is written; an edit; removal asks first; Edit and Remove
// follow the selection. Pictures of the list and the form go to /tmp/recv-shots.

#include "ReceivingAccountsDialog.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "parties/BankDirectory.h"
#include "parties/PartyImport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kaishu;
using payments::ReceivingAccount;
using ui::ReceivingAccountForm;
using ui::ReceivingAccountTableModel;

namespace {

const QString ShotFolder = QStringLiteral("/tmp/recv-shots");

// What a clerk types into the form; empty fields are left alone.
struct Typed
{
    QString owner; // the owner combo's text, e.g. "C002 東都システム株式会社"
    QString bankCode;
    QString branchCode;
    QString number;
    QString holder;
};

ReceivingAccountForm *formOf(QWidget *dialog)
{
    auto *form = dialog->findChild<ReceivingAccountForm *>();
    if (!form)
        qFatal("no receiving account form in %s", dialog->metaObject()->className());
    return form;
}

void type(ReceivingAccountForm *form, const Typed &typed)
{
    if (!typed.owner.isEmpty()) {
        auto *owner = qobject_cast<QComboBox *>(form->editorOf(QStringLiteral("client_id")));
        owner->setCurrentIndex(owner->findText(typed.owner));
    }
    for (const auto &[field, text] :
         {std::pair{"bank_code", typed.bankCode}, std::pair{"branch_code", typed.branchCode},
          std::pair{"account_number", typed.number}, std::pair{"account_name", typed.holder}}) {
        if (text.isEmpty())
            continue;
        auto *edit = qobject_cast<QLineEdit *>(form->editorOf(QString::fromLatin1(field)));
        // As typed or pasted (QTest::keyClicks sends Latin-1 only, not kana or full-width digits).
        edit->selectAll();
        edit->insert(text);
    }
}

void pressOk(QWidget *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

// The picture as the clerk sees it: the layouts caught up with the error lines shown and hidden.
void shoot(QWidget *widget, const QString &name)
{
    // A cell's new size reaches its group box, then the dialog: one round of layout requests each.
    for (int round = 0; round < 3; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(tests::saveShot(widget, ShotFolder, name));
}

QString labelText(QWidget *dialog, const QString &name)
{
    return dialog->findChild<QLabel *>(name)->text();
}

} // namespace

class ReceivingAccountsDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void startsEmptyWithoutDeadButtons();
    void addedThroughTheFormAndListedWithTheBankName();
    void refusedInputIsShownUnderItsFieldAndNothingIsWritten();
    void editChangesTheStoredAccount();
    void removeAsksFirst();
    // Last: it switches the application to Japanese.
    void picturesInJapanese();

private:
    QList<ReceivingAccount> stored() const
    {
        return payments::ReceivingAccountBook(m_workspace->database(), m_workspace->actor()).list();
    }
    QString cell(int row, int column) const
    {
        return m_dialog->model()->index(row, column).data().toString();
    }
    // Opens the form with the action (Add or Edit), runs handler on it while it is shown.
    void withForm(QPushButton *action, const std::function<void(QWidget *)> &handler)
    {
        tests::DialogAnswers answers({handler});
        action->click();
        QVERIFY(answers.allAnswered());
    }

    QTemporaryDir m_folder;
    ui::Workspace *m_workspace = nullptr;
    ui::ReceivingAccountsDialog *m_dialog = nullptr;
};

void ReceivingAccountsDialogTest::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QStandardPaths::setTestModeEnabled(true);
    tests::useJapaneseFont();
    QVERIFY(i18n::installTranslations(QStringLiteral("en")));
    // C001 is paid into みずほ銀行 東京営業部 1234567, C002 into 三菱ＵＦＪ銀行 本店 7654321.
    std::unique_ptr<storage::Database> database = storage::Database::open(
        storage::DatabaseLocation::sqliteFile(m_folder.filePath(QStringLiteral("accounts.sqlite"))));
    QVERIFY(parties::PartyImporter(*database, QStringLiteral("tester"))
                .importFile(parties::ImportKind::Clients, tests::ClientsCsv)
                .committed);
    m_workspace = new ui::Workspace(QStringLiteral("tester"), this);
    m_workspace->setDatabase(std::move(database));
    m_dialog = new ui::ReceivingAccountsDialog(m_workspace);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void ReceivingAccountsDialogTest::cleanupTestCase()
{
    delete m_dialog;
}

void ReceivingAccountsDialogTest::startsEmptyWithoutDeadButtons()
{
    QCOMPARE(m_dialog->model()->rowCount(), 0);
    QVERIFY(m_dialog->addButton()->isEnabled());
    QVERIFY(!m_dialog->editButton()->isEnabled());
    QVERIFY(!m_dialog->removeButton()->isEnabled());
}

void ReceivingAccountsDialogTest::addedThroughTheFormAndListedWithTheBankName()
{
    const QString mufg = parties::BankDirectory::instance().bank(QStringLiteral("0005"))->name;
    QString bankShown;
    QString branchShown;
    withForm(m_dialog->addButton(), [&](QWidget *dialog) {
        ReceivingAccountForm *form = formOf(dialog);
        type(form, {QStringLiteral("C002 東都システム株式会社"), QStringLiteral("0005"),
                    QStringLiteral("001"), QStringLiteral("7654322"), QStringLiteral("ﾄｳﾄｼｽﾃﾑ(ｶ")});
        bankShown = labelText(dialog, QStringLiteral("bank_name"));
        branchShown = labelText(dialog, QStringLiteral("branch_name"));
        shoot(dialog, QStringLiteral("form"));
        pressOk(dialog);
    });
    QCOMPARE(bankShown, mufg);
    QCOMPARE(branchShown, QStringLiteral("本店"));

    const QList<ReceivingAccount> accounts = stored();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().account.accountNumber, QStringLiteral("7654322"));
    QCOMPARE(accounts.first().clientId,
             m_workspace->parties().repository().clientByCode(QStringLiteral("C002"))->id);
    QCOMPARE(m_dialog->model()->rowCount(), 1);
    QCOMPARE(cell(0, ReceivingAccountTableModel::Owner), QStringLiteral("C002 東都システム株式会社"));
    QCOMPARE(cell(0, ReceivingAccountTableModel::Bank), QStringLiteral("0005 ") + mufg);
    QCOMPARE(cell(0, ReceivingAccountTableModel::Branch), QStringLiteral("001 本店"));
    QCOMPARE(cell(0, ReceivingAccountTableModel::Number), QStringLiteral("7654322"));
    // The new account is selected, ready for Edit and Remove.
    QVERIFY(m_dialog->editButton()->isEnabled());
    QVERIFY(m_dialog->removeButton()->isEnabled());

    // The agency's own account, typed in full-width digits, at a bank without branch names.
    withForm(m_dialog->addButton(), [&](QWidget *dialog) {
        type(formOf(dialog), {{},
                              QStringLiteral("０１３８"),
                              QStringLiteral("１０１"),
                              QStringLiteral("１２３４"),
                              QStringLiteral("ｶｲｼﾕ(ｶ")});
        bankShown = labelText(dialog, QStringLiteral("bank_name"));
        branchShown = labelText(dialog, QStringLiteral("branch_name"));
        pressOk(dialog);
    });
    QCOMPARE(bankShown, QStringLiteral("横浜銀行"));
    QCOMPARE(branchShown, QString());
    QCOMPARE(m_dialog->model()->rowCount(), 2);
    // By bank code: the agency's account at 0138 comes after 0005.
    QCOMPARE(cell(1, ReceivingAccountTableModel::Owner), QStringLiteral("Agency"));
    QCOMPARE(cell(1, ReceivingAccountTableModel::Bank), QStringLiteral("0138 横浜銀行"));
    QCOMPARE(cell(1, ReceivingAccountTableModel::Branch), QStringLiteral("101"));
    QCOMPARE(cell(1, ReceivingAccountTableModel::Number), QStringLiteral("0001234"));
    shoot(m_dialog, QStringLiteral("dialog"));
}

void ReceivingAccountsDialogTest::refusedInputIsShownUnderItsFieldAndNothingIsWritten()
{
    const QList<ReceivingAccount> before = stored();
    QVERIFY(!before.isEmpty());
    QString bankError;
    QString numberError;
    bool stillOpen = false;
    withForm(m_dialog->addButton(), [&](QWidget *dialog) {
        ReceivingAccountForm *form = formOf(dialog);
        // A bank code of two digits: named under the field as it is typed, and again on OK.
        type(form, {{},
                    QStringLiteral("12"),
                    QStringLiteral("001"),
                    QStringLiteral("1111111"),
                    QStringLiteral("ｶｲｼﾕ(ｶ")});
        pressOk(dialog);
        bankError = form->fieldErrorText(QStringLiteral("bank_code"));
        stillOpen = dialog->isVisible();
        shoot(dialog, QStringLiteral("form-error"));
        // The number of C001's payee account: only the book knows, after OK.
        type(form, {{}, QStringLiteral("0001"), {}, QStringLiteral("1234567"), {}});
        QCOMPARE(form->fieldErrorText(QStringLiteral("account_number")), QString());
        pressOk(dialog);
        numberError = form->fieldErrorText(QStringLiteral("account_number"));
        QCOMPARE(form->fieldErrorText(QStringLiteral("bank_code")), QString());
        static_cast<QDialog *>(dialog)->reject();
    });
    QVERIFY(stillOpen);
    QVERIFY2(bankError.startsWith(QStringLiteral("Bank code: ")), qPrintable(bankError));
    QVERIFY2(numberError.contains(QStringLiteral("C001")), qPrintable(numberError));
    QCOMPARE(stored(), before);
}

void ReceivingAccountsDialogTest::editChangesTheStoredAccount()
{
    m_dialog->table()->selectRow(1);
    const ReceivingAccount before = *m_dialog->model()->rowAt(1);
    QString ownerShown;
    withForm(m_dialog->editButton(), [&](QWidget *dialog) {
        ReceivingAccountForm *form = formOf(dialog);
        ownerShown = qobject_cast<QComboBox *>(form->editorOf(QStringLiteral("client_id")))->currentText();
        type(form, {QStringLiteral("C001 株式会社みらい食品"), {}, {}, {}, QStringLiteral("ﾐﾗｲｼﾖｸﾋﾝ(ｶ")});
        pressOk(dialog);
    });
    QCOMPARE(ownerShown, QStringLiteral("Agency (its own account)"));
    const ReceivingAccount after = *m_dialog->model()->rowAt(m_dialog->model()->rowOfId(before.id));
    QCOMPARE(after.version, before.version + 1);
    QCOMPARE(after.account.accountName, QStringLiteral("ﾐﾗｲｼﾖｸﾋﾝ(ｶ"));
    QCOMPARE(after.clientId, m_workspace->parties().repository().clientByCode(QStringLiteral("C001"))->id);
}

void ReceivingAccountsDialogTest::removeAsksFirst()
{
    const int rows = m_dialog->model()->rowCount();
    m_dialog->table()->selectRow(0);
    const qint64 id = m_dialog->model()->rowAt(0)->id;
    QString question;
    {
        tests::DialogAnswers answers({tests::press(QMessageBox::No, &question)});
        m_dialog->removeButton()->click();
        QVERIFY(answers.allAnswered());
    }
    QVERIFY2(question.contains(QStringLiteral("7654322")), qPrintable(question));
    QCOMPARE(stored().size(), rows);
    {
        tests::DialogAnswers answers({tests::press(QMessageBox::Yes)});
        m_dialog->removeButton()->click();
        QVERIFY(answers.allAnswered());
    }
    QCOMPARE(stored().size(), rows - 1);
    QCOMPARE(m_dialog->model()->rowOfId(id), -1);
    QVERIFY(!m_dialog->editButton()->isEnabled());
    QVERIFY(!m_dialog->removeButton()->isEnabled());
}

void ReceivingAccountsDialogTest::picturesInJapanese()
{
    QVERIFY(i18n::installTranslations(QStringLiteral("ja")));
    ui::ReceivingAccountsDialog dialog(m_workspace);
    dialog.resize(900, 360);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.model()->rowCount() > 0);
    tests::shootInLanguage(&dialog, ShotFolder, QStringLiteral("dialog"), QStringLiteral("ja"));
    withForm(dialog.addButton(), [&](QWidget *form) {
        tests::shootInLanguage(form, ShotFolder, QStringLiteral("form"), QStringLiteral("ja"));
        form->close();
    });
}

QTEST_MAIN(ReceivingAccountsDialogTest)
#include "tst_receivingaccountsdialog.moc"
