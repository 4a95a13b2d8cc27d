// The import dialog: a CSV with Japanese headers is read, its mapping guessed and shown, a bad
// row's problem is listed by line and field, and nothing is written until every row is right.

#include "FieldNames.h"
#include "ImportDialog.h"
#include "Workspace.h"
#include "demo/DemoAgency.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kaishu;

class ImportDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mappingAndBadRow();
    void cleanFileImports();
    void unreadableFile();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QByteArray debtorsCsv(const QString &corporateNumber) const;
    int registerCount() const { return m_workspace->debtorRegister().count({}); }

    QTemporaryDir m_folder;
    ui::Workspace *m_workspace = nullptr;
    QString m_clientCode;
};

void ImportDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    m_workspace = new ui::Workspace(QStringLiteral("tester"), this);
    m_workspace->setDatabase(storage::Database::open(
        storage::DatabaseLocation::sqliteFile(m_folder.filePath(QStringLiteral("import.sqlite")))));
    demo::DemoAgency::generate(m_workspace->database(), demo::DemoSize{1, 50}, QStringLiteral("tester"));
    m_clientCode = m_workspace->parties().repository().clients().first().code;
}

QString ImportDialogTest::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

QByteArray ImportDialogTest::debtorsCsv(const QString &corporateNumber) const
{
    // Japanese headers in an order of the file's own; line 3 carries the corporate number under test.
    const QString text =
        QStringLiteral("顧客コード,取引先名,フリガナ,依頼者コード,法人番号,電話番号\r\n"
                       "UI-0001,株式会社テスト商事,テストショウジ,%1,,03-1234-5678\r\n"
                       "UI-0002,有限会社サンプル工業,サンプルコウギョウ,%1,%2,06-2345-6789\r\n")
            .arg(m_clientCode, corporateNumber);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

void ImportDialogTest::mappingAndBadRow()
{
    const int before = registerCount();
    ui::ImportDialog dialog(m_workspace, parties::ImportKind::Debtors);
    dialog.show();
    QVERIFY(
        dialog.loadFile(writeFile(QStringLiteral("bad.csv"), debtorsCsv(QStringLiteral("2835678256246")))));

    QVERIFY(dialog.encodingLabel()->text().contains(QStringLiteral("UTF-8 (BOM)")));
    QCOMPARE(dialog.previewTable()->rowCount(), 2);
    QCOMPARE(dialog.previewTable()->columnCount(), 6);
    QCOMPARE(dialog.previewTable()->item(1, 1)->text(), QStringLiteral("有限会社サンプル工業"));

    // The mapping table lists every canonical field, required ones marked, guessed from the headers.
    QTableWidget *mapping = dialog.mappingTable();
    QCOMPARE(mapping->rowCount(),
             parties::PartyImporter::canonicalFields(parties::ImportKind::Debtors).size());
    QHash<QString, int> rowOfField;
    for (int row = 0; row < mapping->rowCount(); ++row)
        rowOfField.insert(mapping->item(row, 0)->data(Qt::UserRole).toString(), row);
    auto mappedColumn = [&](const QString &field) {
        return qobject_cast<QComboBox *>(mapping->cellWidget(rowOfField.value(field), 1))
            ->currentData()
            .toInt();
    };
    QCOMPARE(mappedColumn(QStringLiteral("customer_code")), 0);
    QCOMPARE(mappedColumn(QStringLiteral("name")), 1);
    QCOMPARE(mappedColumn(QStringLiteral("name_kana")), 2);
    QCOMPARE(mappedColumn(QStringLiteral("client_code")), 3);
    QCOMPARE(mappedColumn(QStringLiteral("corporate_number")), 4);
    QCOMPARE(mappedColumn(QStringLiteral("phone")), 5);
    QCOMPARE(mappedColumn(QStringLiteral("email")), -1);
    QVERIFY(
        mapping->item(rowOfField.value(QStringLiteral("client_code")), 0)->text().endsWith(QLatin1Char('*')));
    QVERIFY(!mapping->item(rowOfField.value(QStringLiteral("email")), 0)->text().endsWith(QLatin1Char('*')));
    QCOMPARE(dialog.mapping().value(QStringLiteral("corporate_number")), 4);

    dialog.check();
    QTableWidget *problems = dialog.problemTable();
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(problems->item(0, 1)->text(), ui::FieldNames::displayName(QStringLiteral("corporate_number")));
    QVERIFY(!problems->item(0, 2)->text().isEmpty());
    QCOMPARE(registerCount(), before);

    // Import refuses the whole file while one row is wrong.
    dialog.runImport();
    QVERIFY(!dialog.lastResult().committed);
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(registerCount(), before);

    // Unmapping a required field is a problem of the file as a whole.
    auto *clientCombo =
        qobject_cast<QComboBox *>(mapping->cellWidget(rowOfField.value(QStringLiteral("client_code")), 1));
    clientCombo->setCurrentIndex(clientCombo->findData(-1));
    dialog.check();
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 1)->text(), ui::FieldNames::displayName(QStringLiteral("client_code")));
}

void ImportDialogTest::cleanFileImports()
{
    const int before = registerCount();
    ui::ImportDialog dialog(m_workspace, parties::ImportKind::Debtors);
    // 法人番号 with a right check digit (7000012050002: 国税庁).
    QVERIFY(
        dialog.loadFile(writeFile(QStringLiteral("good.csv"), debtorsCsv(QStringLiteral("7000012050002")))));
    dialog.check();
    QCOMPARE(dialog.problemTable()->rowCount(), 0);
    QCOMPARE(dialog.lastResult().created, 2);
    QVERIFY(!dialog.lastResult().committed);
    QCOMPARE(registerCount(), before);

    dialog.runImport();
    QVERIFY(dialog.lastResult().committed);
    QCOMPARE(registerCount(), before + 2);
}

void ImportDialogTest::unreadableFile()
{
    ui::ImportDialog dialog(m_workspace, parties::ImportKind::Clients);
    QVERIFY(!dialog.loadFile(m_folder.filePath(QStringLiteral("missing.csv"))));
    QCOMPARE(dialog.problemTable()->rowCount(), 1);
    QVERIFY(dialog.mapping().isEmpty());
}

QTEST_MAIN(ImportDialogTest)
#include "tst_importdialog.moc"
