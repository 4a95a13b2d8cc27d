// kaishu-cli: every command, its output and its exit codes, run in-process on temporary databases.
#include "CliCommands.h"
#include "SmtpSink.h"
#include "audit/AuditTrail.h"
#include "demo/DemoPaymentHistory.h"
#include "io/Csv.h"
#include "payments/ZenginWriter.h"
#include "screening/PaymentHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runCli(const QStringList &arguments)
{
    Outcome outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    outcome.exitCode = kaishu::cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return outcome;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init() { qunsetenv("KAISHU_DB"); }

    void version()
    {
        const Outcome outcome = runCli({QStringLiteral("--version")});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(outcome.out.startsWith(QStringLiteral("kaishu-cli ")));
    }

    void unknownCommandIsAUsageError()
    {
        const Outcome outcome = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY(outcome.err.contains(QStringLiteral("frobnicate")));
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("debtors")}).exitCode, 2); // no --out
    }

    void checkNumbers_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("corporate valid") << "corporate-number"
                                         << "7000012050002" << 0;
        QTest::newRow("corporate valid 2") << "corporate-number"
                                           << "5835678256246" << 0;
        QTest::newRow("corporate check digit") << "corporate-number"
                                               << "2835678256246" << 1;
        QTest::newRow("corporate short") << "corporate-number"
                                         << "12345" << 1;
        QTest::newRow("registration valid") << "registration-number"
                                            << "T4011001098993" << 0;
        QTest::newRow("registration no T") << "registration-number"
                                           << "4011001098993" << 1;
        QTest::newRow("registration bad digit") << "registration-number"
                                                << "T2835678256246" << 1;
        QTest::newRow("registration full width") << "registration-number"
                                                 << "Ｔ７０００－０１２０－５０００２" << 0;
    }

    void checkNumbers()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(int, exitCode);
        const Outcome outcome = runCli({QStringLiteral("check"), kind, value});
        QCOMPARE(outcome.exitCode, exitCode);
        if (exitCode != 0)
            QVERIFY2(!outcome.err.trimmed().isEmpty(), "an invalid number must come with a reason");
    }

    void soleProprietorRegistrationNumbers()
    {
        // Sole proprietors' numbers are 13 digits without the 法人番号 check: accepted when said so.
        const Outcome strict = runCli({QStringLiteral("check"), QStringLiteral("registration-number"),
                                       QStringLiteral("T2835678256246")});
        QVERIFY(strict.err.contains(QStringLiteral("--sole-proprietor")));
        QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("registration-number"),
                         QStringLiteral("T2835678256246"), QStringLiteral("--sole-proprietor")})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("registration-number"),
                         QStringLiteral("T28356782562"), QStringLiteral("--sole-proprietor")})
                     .exitCode,
                 1);
    }

    void holidays()
    {
        const Outcome outcome = runCli({QStringLiteral("calendar"), QStringLiteral("holidays"),
                                        QStringLiteral("--year"), QStringLiteral("2026")});
        QCOMPARE(outcome.exitCode, 0);
        const QStringList lines = outcome.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.constFirst(), QStringLiteral("2026-01-01 元日"));
        QVERIFY(lines.contains(QStringLiteral("2026-09-22 休日"))); // 国民の休日
        QVERIFY(lines.contains(QStringLiteral("2026-05-06 振替休日")));
        QCOMPARE(lines.size(), 18);
        QCOMPARE(runCli({QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("--year"),
                         QStringLiteral("1900")})
                     .exitCode,
                 2);
    }

    void dueDates_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("terms");
        QTest::addColumn<QString>("due");
        // 12/31 is a bank holiday, 1/1–1/3 too: the next business day is Monday 2027-01-04.
        QTest::newRow("month end, next") << "2026-11-24"
                                         << "月末締め翌月末払い"
                                         << "2027-01-04";
        QTest::newRow("month end, previous") << "2026-11-24"
                                             << "closing=eom;month=1;day=eom;shift=previous"
                                             << "2026-12-30";
        // 2027-01-10 is a Sunday and 01-11 成人の日.
        QTest::newRow("20th/10th") << "2026-11-24"
                                   << "20日締め翌月10日払い"
                                   << "2027-01-12";
        // Closing 11/25, paid the 5th two months later.
        QTest::newRow("25th/5th two months") << "2026-11-24"
                                             << "25日締め翌々月5日払い"
                                             << "2027-01-05";
        QTest::newRow("25th/5th after closing") << "2026-11-26"
                                                << "25日締め翌々月5日払い"
                                                << "2027-02-05";
    }

    void dueDates()
    {
        QFETCH(QString, date);
        QFETCH(QString, terms);
        QFETCH(QString, due);
        const Outcome outcome = runCli({QStringLiteral("calendar"), QStringLiteral("due-date"),
                                        QStringLiteral("--date"), date, QStringLiteral("--terms"), terms});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out.trimmed(), due);
    }

    void dueDateErrors()
    {
        QCOMPARE(runCli({QStringLiteral("calendar"), QStringLiteral("due-date"), QStringLiteral("--date"),
                         QStringLiteral("2026-02-30"), QStringLiteral("--terms"),
                         QStringLiteral("月末締め翌月末払い")})
                     .exitCode,
                 1);
        const Outcome badTerms =
            runCli({QStringLiteral("calendar"), QStringLiteral("due-date"), QStringLiteral("--date"),
                    QStringLiteral("2026-02-03"), QStringLiteral("--terms"), QStringLiteral("毎月適当")});
        QCOMPARE(badTerms.exitCode, 1);
        QVERIFY(badTerms.err.contains(QStringLiteral("毎月適当")));
    }

    void demoImportExportRoundTrip()
    {
        QTemporaryDir folder;
        const QString db = folder.filePath(QStringLiteral("kaishu.sqlite"));
        const QString files = folder.filePath(QStringLiteral("demo-out"));
        const Outcome demo =
            runCli({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5"),
                    QStringLiteral("--debtors"), QStringLiteral("200"), QStringLiteral("--out"), files});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY(demo.out.contains(QStringLiteral("200")));
        // Fifteen months of paying history: enough to train screening's model.
        QVERIFY2(demo.out.contains(QStringLiteral("screened by the trained model")), qPrintable(demo.out));
        QVERIFY(QFile::exists(QDir(files).filePath(QStringLiteral("debtors.csv"))));
        QVERIFY(!QFile::exists(db)); // --out without --db writes only files

        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("clients"),
                         QDir(files).filePath(QStringLiteral("clients.csv"))})
                     .exitCode,
                 0);
        qputenv("KAISHU_DB", db.toUtf8());
        const Outcome imported = runCli({QStringLiteral("import"), QStringLiteral("debtors"),
                                         QDir(files).filePath(QStringLiteral("debtors.csv"))});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("created")), qPrintable(imported.out));

        const QString exported = folder.filePath(QStringLiteral("export.csv"));
        QCOMPARE(
            runCli({QStringLiteral("export"), QStringLiteral("debtors"), QStringLiteral("--out"), exported})
                .exitCode,
            0);
        QFile original(QDir(files).filePath(QStringLiteral("debtors.csv")));
        QFile again(exported);
        QVERIFY(original.open(QIODevice::ReadOnly) && again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), original.readAll());

        const QString sjis = folder.filePath(QStringLiteral("export-sjis.csv"));
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("debtors"), QStringLiteral("--out"), sjis,
                         QStringLiteral("--encoding"), QStringLiteral("shift_jis")})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("--out"),
                         folder.filePath(QStringLiteral("b.sqlite"))})
                     .exitCode,
                 0);
    }

    void billingCommandsEndToEnd()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("billing.sqlite"));
        const QString data = QStringLiteral(KAISHU_TEST_DATA_DIR "/billing/");
        auto cli = [&db](QStringList arguments) {
            arguments.prepend(db);
            arguments.prepend(QStringLiteral("--db"));
            return runCli(arguments);
        };
        QCOMPARE(
            cli({QStringLiteral("import"), QStringLiteral("clients"), data + QStringLiteral("clients.csv")})
                .exitCode,
            0);
        QCOMPARE(
            cli({QStringLiteral("import"), QStringLiteral("debtors"), data + QStringLiteral("debtors.csv")})
                .exitCode,
            0);
        const Outcome dry = cli({QStringLiteral("orders"), QStringLiteral("import"),
                                 data + QStringLiteral("orders.csv"), QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        const Outcome imported =
            cli({QStringLiteral("orders"), QStringLiteral("import"), data + QStringLiteral("orders.csv")});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("7")), qPrintable(imported.out));
        const Outcome twice =
            cli({QStringLiteral("orders"), QStringLiteral("import"), data + QStringLiteral("orders.csv")});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(twice.err.contains(QStringLiteral("A-1")));

        QCOMPARE(cli({QStringLiteral("billing"), QStringLiteral("run"), QStringLiteral("--client"),
                      QStringLiteral("C001")})
                     .exitCode,
                 2);
        const Outcome run =
            cli({QStringLiteral("billing"), QStringLiteral("run"), QStringLiteral("--client"),
                 QStringLiteral("C001"), QStringLiteral("--closing"), QStringLiteral("2026-10-31")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("68,678")), qPrintable(run.out)); // K001's summary invoice
        QVERIFY(run.out.contains(QStringLiteral("K002")));

        // K002 goes over its credit limit of 10,000 yen: refused until a supervisor approves.
        const QStringList issue{QStringLiteral("invoice"),      QStringLiteral("issue"),
                                QStringLiteral("--client"),     QStringLiteral("C001"),
                                QStringLiteral("--all-drafts"), QStringLiteral("--date"),
                                QStringLiteral("2026-11-01")};
        const Outcome refused = cli(issue);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("K002")), qPrintable(refused.err));
        QCOMPARE(cli({QStringLiteral("screening"), QStringLiteral("supervisors"), QStringLiteral("--set"),
                      kaishu::audit::AuditTrail::defaultActor()})
                     .exitCode,
                 0);
        const Outcome issued = cli(issue + QStringList{QStringLiteral("--approve-over-limit")});
        QCOMPARE(issued.exitCode, 0);
        QVERIFY2(issued.out.contains(QStringLiteral("C001-2026-000001")), qPrintable(issued.out));
        QVERIFY(issued.out.contains(QStringLiteral("C001-2026-000002")));

        const Outcome csv = cli({QStringLiteral("invoice"), QStringLiteral("list"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList rows = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.first(), QStringLiteral("number,client_code,customer_code,debtor,issue_date,due_date,"
                                              "total,tax_10,tax_8,status,balance"));
        QCOMPARE(rows.size(), 3);
        QVERIFY2(rows.contains(QStringLiteral("C001-2026-000001,C001,K001,株式会社山田商事,2026-11-01,2026-"
                                              "11-30,68678,5031,987,issued,68678")),
                 qPrintable(csv.out));

        const QString xml = dir.filePath(QStringLiteral("invoice.xml"));
        QCOMPARE(cli({QStringLiteral("invoice"), QStringLiteral("xml"), QStringLiteral("C001-2026-000001"),
                      QStringLiteral("--out"), xml})
                     .exitCode,
                 0);
        QFile xmlFile(xml);
        QVERIFY(xmlFile.open(QIODevice::ReadOnly));
        const QByteArray xmlBytes = xmlFile.readAll();
        QVERIFY(xmlBytes.contains("urn:peppol:pint:billing-1@jp-1"));
        QVERIFY(xmlBytes.contains("T7000012050002"));

        const Outcome note = cli({QStringLiteral("invoice"), QStringLiteral("credit-note"),
                                  QStringLiteral("C001-2026-000001"), QStringLiteral("--reason"),
                                  QStringLiteral("返品"), QStringLiteral("--lines"), QStringLiteral("2:2")});
        QCOMPARE(note.exitCode, 0);
        QVERIFY2(note.out.contains(QStringLiteral("2,666")), qPrintable(note.out));
        QCOMPARE(cli({QStringLiteral("invoice"), QStringLiteral("credit-note"),
                      QStringLiteral("C001-2026-000001"), QStringLiteral("--reason"), QStringLiteral("x"),
                      QStringLiteral("--lines"), QStringLiteral("9:1")})
                     .exitCode,
                 2);
        const Outcome paid =
            cli({QStringLiteral("invoice"), QStringLiteral("payment"), QStringLiteral("C001-2026-000001"),
                 QStringLiteral("--amount"), QStringLiteral("66,012")});
        QCOMPARE(paid.exitCode, 0);
        QVERIFY2(paid.out.contains(QStringLiteral("balance 0")), qPrintable(paid.out));

        const Outcome found =
            cli({QStringLiteral("archive"), QStringLiteral("search"), QStringLiteral("--from"),
                 QStringLiteral("2026-11-01"), QStringLiteral("--min"), QStringLiteral("60000"),
                 QStringLiteral("--debtor"), QStringLiteral("山田")});
        QCOMPARE(found.exitCode, 0);
        QVERIFY2(found.out.contains(QStringLiteral("C001-2026-000001")) &&
                     found.out.contains(QStringLiteral("xml")),
                 qPrintable(found.out));
        QCOMPARE(cli({QStringLiteral("archive"), QStringLiteral("search"), QStringLiteral("--max"),
                      QStringLiteral("1000")})
                     .out.contains(QStringLiteral("C001-2026-000001")),
                 false);
        QCOMPARE(cli({QStringLiteral("invoice"), QStringLiteral("cancel"), QStringLiteral("C001-2026-000002"),
                      QStringLiteral("--reason"), QStringLiteral("重複")})
                     .exitCode,
                 0);
        // The PDF is archived on first output: a second output is the same file, byte for byte.
        const QString pdf1 = dir.filePath(QStringLiteral("1.pdf"));
        const QString pdf2 = dir.filePath(QStringLiteral("2.pdf"));
        QCOMPARE(cli({QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("C001-2026-000001"),
                      QStringLiteral("--out"), pdf1})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("C001-2026-000001"),
                      QStringLiteral("--out"), pdf2})
                     .exitCode,
                 0);
        QFile first(pdf1);
        QFile second(pdf2);
        QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = first.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF"));
        QCOMPARE(second.readAll(), pdfBytes);

        // A receipt for the money received: 66,012 yen, which on paper needs a revenue stamp.
        const QString receipt = dir.filePath(QStringLiteral("receipt.pdf"));
        const Outcome receipted = cli({QStringLiteral("receipt"), QStringLiteral("issue"),
                                       QStringLiteral("C001-2026-000001"), QStringLiteral("--out"), receipt,
                                       QStringLiteral("--proviso"), QStringLiteral("事務用品代として")});
        QCOMPARE(receipted.exitCode, 0);
        QVERIFY2(receipted.out.contains(QStringLiteral("C001-R2026-000001")) &&
                     receipted.out.contains(QStringLiteral("66,012")),
                 qPrintable(receipted.out));
        QVERIFY(QFileInfo(receipt).size() > 1000);
        QCOMPARE(cli({QStringLiteral("receipt"), QStringLiteral("issue"), QStringLiteral("C001-2026-000001"),
                      QStringLiteral("--out"), receipt})
                     .exitCode,
                 1); // nothing received without a receipt any more
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void emailSendsThePdfAndLogsEveryAttempt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("mail.sqlite"));
        const QString data = QStringLiteral(KAISHU_TEST_DATA_DIR "/billing/");
        auto cli = [&db](QStringList arguments) {
            arguments.prepend(db);
            arguments.prepend(QStringLiteral("--db"));
            return runCli(arguments);
        };
        QCOMPARE(
            cli({QStringLiteral("import"), QStringLiteral("clients"), data + QStringLiteral("clients.csv")})
                .exitCode,
            0);
        QCOMPARE(
            cli({QStringLiteral("import"), QStringLiteral("debtors"), data + QStringLiteral("debtors.csv")})
                .exitCode,
            0);
        QCOMPARE(
            cli({QStringLiteral("orders"), QStringLiteral("import"), data + QStringLiteral("orders.csv")})
                .exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("billing"), QStringLiteral("run"), QStringLiteral("--client"),
                      QStringLiteral("C001"), QStringLiteral("--closing"), QStringLiteral("2026-10-31")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("screening"), QStringLiteral("supervisors"), QStringLiteral("--set"),
                      kaishu::audit::AuditTrail::defaultActor()})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("--client"),
                      QStringLiteral("C001"), QStringLiteral("--all-drafts"),
                      QStringLiteral("--approve-over-limit")})
                     .exitCode,
                 0);
        const QString number = QStringLiteral("C001-2026-000001");
        // No server set: a clear message, nothing sent.
        const Outcome unset = cli({QStringLiteral("invoice"), QStringLiteral("email"), number});
        QCOMPARE(unset.exitCode, 1);
        QVERIFY(unset.err.contains(QStringLiteral("smtp.host")));

        kaishu::tests::SmtpSink sink;
        QString error;
        QVERIFY2(sink.start({}, &error), qPrintable(error));
        for (const auto &[key, value] :
             {std::pair{QStringLiteral("smtp.host"), QStringLiteral("127.0.0.1")},
              std::pair{QStringLiteral("smtp.port"), QString::number(sink.port())},
              std::pair{QStringLiteral("smtp.security"), QStringLiteral("none")},
              std::pair{QStringLiteral("smtp.from"), QStringLiteral("billing@agency.example.jp")}})
            QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("set"), key, value}).exitCode, 0);
        // The debtor has no address: refused and logged; then with --to a rejected one, then a good one.
        QCOMPARE(cli({QStringLiteral("invoice"), QStringLiteral("email"), number}).exitCode, 3);
        const Outcome rejected = cli({QStringLiteral("invoice"), QStringLiteral("email"), number,
                                      QStringLiteral("--to"), QStringLiteral("reject@yamada.example.jp")});
        QCOMPARE(rejected.exitCode, 3);
        QVERIFY2(rejected.err.contains(QStringLiteral("550")), qPrintable(rejected.err));
        const Outcome sent = cli({QStringLiteral("invoice"), QStringLiteral("email"), number,
                                  QStringLiteral("--to"), QStringLiteral("keiri@yamada.example.jp")});
        QCOMPARE(sent.exitCode, 0);
        QVERIFY2(sent.out.contains(QStringLiteral("250")), qPrintable(sent.out));
        const QList<kaishu::tests::Received> received = sink.messages();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().recipients, QStringList{QStringLiteral("keiri@yamada.example.jp")});
        QVERIFY(received.first().data.contains("application/pdf"));
        QVERIFY(received.first().data.contains("C001-2026-000001"));
        // The invoice is "sent" now, with three attempts in the log.
        const Outcome list = cli({QStringLiteral("invoice"), QStringLiteral("list"),
                                  QStringLiteral("--status"), QStringLiteral("sent")});
        QVERIFY2(list.out.contains(number), qPrintable(list.out));
    }

    void paymentCommandsEndToEnd()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("payments.sqlite"));
        const QString data = QStringLiteral(KAISHU_TEST_DATA_DIR "/billing/");
        auto cli = [&db](QStringList arguments) {
            arguments.prepend(db);
            arguments.prepend(QStringLiteral("--db"));
            return runCli(arguments);
        };
        for (const QStringList &setup :
             {QStringList{QStringLiteral("import"), QStringLiteral("clients"),
                          data + QStringLiteral("clients.csv")},
              QStringList{QStringLiteral("import"), QStringLiteral("debtors"),
                          data + QStringLiteral("debtors.csv")},
              QStringList{QStringLiteral("orders"), QStringLiteral("import"),
                          data + QStringLiteral("orders.csv")},
              QStringList{QStringLiteral("billing"), QStringLiteral("run"), QStringLiteral("--client"),
                          QStringLiteral("C001"), QStringLiteral("--closing"), QStringLiteral("2026-10-31")},
              QStringList{QStringLiteral("screening"), QStringLiteral("supervisors"), QStringLiteral("--set"),
                          kaishu::audit::AuditTrail::defaultActor()},
              QStringList{QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("--client"),
                          QStringLiteral("C001"), QStringLiteral("--all-drafts"), QStringLiteral("--date"),
                          QStringLiteral("2026-11-01"), QStringLiteral("--approve-over-limit")}})
            QCOMPARE(cli(setup).exitCode, 0);

        // K001 pays its 68,678 yen into its virtual account; someone unknown pays 12,345 yen.
        kaishu::payments::BankStatement statement;
        statement.format = kaishu::payments::StatementFormat::ZenginTransferNotice;
        statement.created = QDate(2026, 11, 30);
        statement.account = {QStringLiteral("0001"),
                             QStringLiteral("ﾐｽﾞﾎ"),
                             QStringLiteral("001"),
                             QStringLiteral("ﾄｳｷﾖｳ"),
                             1,
                             QStringLiteral("3000001"),
                             QStringLiteral("ｶ)ﾐﾗｲｼﾖｸﾋﾝ")};
        auto line = [](const QString &inquiry, qint64 amount, const QString &payer) {
            kaishu::payments::StatementLine transfer;
            transfer.inquiryNumber = inquiry;
            transfer.accountDate = transfer.valueDate = QDate(2026, 11, 27);
            transfer.amount = kaishu::money::Yen(amount);
            transfer.payerName = payer;
            return transfer;
        };
        statement.lines = {line(QStringLiteral("000301"), 68'678, QStringLiteral("ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ"))};
        // The unknown payer pays into the client's own account (money into a virtual account is the
        // account holder's, whoever sends it).
        kaishu::payments::BankStatement main = statement;
        main.account.accountNumber = QStringLiteral("1234567");
        main.lines = {line(QStringLiteral("000302"), 12'345, QStringLiteral("ﾀﾅｶ ﾀﾛｳ"))};
        const QString bankFile = dir.filePath(QStringLiteral("nyukin.txt"));
        {
            QFile file(bankFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(kaishu::payments::ZenginWriter::write({statement, main}).value());
        }

        const Outcome imported = cli({QStringLiteral("payments"), QStringLiteral("import"), bankFile});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("2 line(s) read, 2 new, 0 duplicate(s) skipped")),
                 qPrintable(imported.out));
        const Outcome again = cli({QStringLiteral("payments"), QStringLiteral("import"), bankFile});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("nothing was imported again")), qPrintable(again.out));

        QCOMPARE(cli({QStringLiteral("payments"), QStringLiteral("match"), QStringLiteral("--auto-threshold"),
                      QStringLiteral("1.5")})
                     .exitCode,
                 2);
        const Outcome matched = cli({QStringLiteral("payments"), QStringLiteral("match"),
                                     QStringLiteral("--auto-threshold"), QStringLiteral("0.9")});
        QCOMPARE(matched.exitCode, 0);
        QVERIFY2(matched.out.startsWith(QStringLiteral("auto 1, suggested 0, unmatched 1")),
                 qPrintable(matched.out));

        const Outcome waiting = cli({QStringLiteral("payments"), QStringLiteral("unmatched")});
        QCOMPARE(waiting.exitCode, 0);
        QVERIFY2(waiting.out.contains(QStringLiteral("ﾀﾅｶ ﾀﾛｳ")) &&
                     !waiting.out.contains(QStringLiteral("ﾔﾏﾀﾞ")),
                 qPrintable(waiting.out));

        const QString matches = dir.filePath(QStringLiteral("matches.csv"));
        QCOMPARE(cli({QStringLiteral("payments"), QStringLiteral("export-matches"), QStringLiteral("--out"),
                      matches})
                     .exitCode,
                 0);
        QFile exported(matches);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(exported.readAll())
                                     .remove(QChar(0xFEFF))
                                     .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0),
                 QStringLiteral("inquiry_no,value_date,amount,payer_name,status,invoices,allocated,method,"
                                "confidence"));
        QVERIFY2(rows.at(1).startsWith(
                     QStringLiteral("000301,2026-11-27,68678,ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ,matched,C001-2026-000001,"
                                    "68678,virtual_account,")),
                 qPrintable(rows.at(1)));
        QCOMPARE(rows.at(2), QStringLiteral("000302,2026-11-27,12345,ﾀﾅｶ ﾀﾛｳ,unmatched,,,,"));

        // Taking the match back needs a reason; then the invoice owes its money again.
        QCOMPARE(cli({QStringLiteral("payments"), QStringLiteral("reverse"), QStringLiteral("1")}).exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("payments"), QStringLiteral("reverse"), QStringLiteral("1"),
                      QStringLiteral("--reason"), QStringLiteral("test")})
                     .exitCode,
                 0);
        const Outcome list = cli({QStringLiteral("invoice"), QStringLiteral("list"),
                                  QStringLiteral("--status"), QStringLiteral("issued")});
        QVERIFY2(list.out.contains(QStringLiteral("C001-2026-000001")), qPrintable(list.out));

        // A broken file: the record is named, nothing imported, exit 1.
        QByteArray broken = kaishu::payments::ZenginWriter::write({statement, main}).value();
        broken.replace("000302", "00030X");
        const QString brokenFile = dir.filePath(QStringLiteral("broken.txt"));
        {
            QFile file(brokenFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(broken);
        }
        const Outcome refused = cli({QStringLiteral("payments"), QStringLiteral("import"), brokenFile});
        QCOMPARE(refused.exitCode, 1);
        // Header, data and trailer of the first account, then the second header: the data is record 5.
        QVERIFY2(refused.err.contains(QStringLiteral("record 5, 照会番号")), qPrintable(refused.err));
    }

    void scorecardCrossValidationOnGermanCredit()
    {
        const QString data = QStringLiteral(KAISHU_SHARED_DATA_DIR "/credit/german.csv");
        const QString folds = QStringLiteral(KAISHU_SHARED_DATA_DIR "/credit/german_folds.csv");
        const Outcome outcome =
            runCli({QStringLiteral("scorecard"), QStringLiteral("cv"), QStringLiteral("--data"), data,
                    QStringLiteral("--target"), QStringLiteral("bad"), QStringLiteral("--folds"), folds});
        QCOMPARE(outcome.exitCode, 0);
        const QStringList lines = outcome.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 6);
        QVERIFY2(lines.first().startsWith(QStringLiteral("seed0 auc=")), qPrintable(lines.first()));
        const QRegularExpressionMatch last =
            QRegularExpression(QStringLiteral("^mean_auc=(0\\.\\d{4}) gini=(0\\.\\d{4}) ks=(0\\.\\d{4})$"))
                .match(lines.last());
        QVERIFY2(last.hasMatch(), qPrintable(lines.last()));
        QVERIFY2(last.captured(1).toDouble() >= 0.775, qPrintable(lines.last()));

        // The target's bad value and ignored columns are the caller's; a wrong folds file is refused.
        const Outcome ignored =
            runCli({QStringLiteral("scorecard"), QStringLiteral("cv"), QStringLiteral("--data"), data,
                    QStringLiteral("--target"), QStringLiteral("bad"), QStringLiteral("--bad-value"),
                    QStringLiteral("0"), QStringLiteral("--ignore"),
                    QStringLiteral("checking_status,duration_months"), QStringLiteral("--model"),
                    QStringLiteral("onehot"), QStringLiteral("--folds"), folds});
        QCOMPARE(ignored.exitCode, 0);
        QVERIFY2(ignored.out.contains(QStringLiteral("mean_auc=")), qPrintable(ignored.out));
        const Outcome wrongFolds =
            runCli({QStringLiteral("scorecard"), QStringLiteral("cv"), QStringLiteral("--data"), data,
                    QStringLiteral("--target"), QStringLiteral("bad"), QStringLiteral("--folds"), data});
        QCOMPARE(wrongFolds.exitCode, 1);
        QVERIFY(!wrongFolds.err.isEmpty());
        const Outcome noTarget = runCli({QStringLiteral("scorecard"), QStringLiteral("cv"),
                                         QStringLiteral("--data"), data, QStringLiteral("--folds"), folds});
        QCOMPARE(noTarget.exitCode, 2);
    }

    void screeningEvaluateOnAHistory()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("history.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kaishu::screening::writeHistoryCsv(
            kaishu::demo::DemoPaymentHistory::generate(11, 200, QDate(2024, 1, 1), QDate(2026, 10, 31))));
        file.close();
        const Outcome outcome =
            runCli({QStringLiteral("screening"), QStringLiteral("evaluate"), QStringLiteral("--history"),
                    path, QStringLiteral("--split-date"), QStringLiteral("2026-01-01")});
        QCOMPARE(outcome.exitCode, 0);
        const QRegularExpressionMatch figures =
            QRegularExpression(QStringLiteral("late_auc=(0\\.\\d{4}) days_to_settle_mae=(\\d+\\.\\d\\d) "
                                              "mae_terms=(\\d+\\.\\d\\d) mae_customer_mean=(\\d+\\.\\d\\d)"))
                .match(outcome.out);
        QVERIFY2(figures.hasMatch(), qPrintable(outcome.out));
        QVERIFY2(figures.captured(1).toDouble() > 0.6, qPrintable(outcome.out));
        QVERIFY2(outcome.out.startsWith(QStringLiteral("train_invoices=")), qPrintable(outcome.out));
        QVERIFY2(QRegularExpression(QStringLiteral("\\ntiming_model_mae=\\d+\\.\\d\\d\\n"))
                     .match(outcome.out)
                     .hasMatch(),
                 qPrintable(outcome.out));

        const Outcome badDate =
            runCli({QStringLiteral("screening"), QStringLiteral("evaluate"), QStringLiteral("--history"),
                    path, QStringLiteral("--split-date"), QStringLiteral("2026-13-01")});
        QCOMPARE(badDate.exitCode, 2);
        const Outcome notAHistory =
            runCli({QStringLiteral("screening"), QStringLiteral("evaluate"), QStringLiteral("--history"),
                    QStringLiteral(KAISHU_SHARED_DATA_DIR "/credit/german.csv"),
                    QStringLiteral("--split-date"), QStringLiteral("2026-01-01")});
        QCOMPARE(notAHistory.exitCode, 1);
        QVERIFY2(notAHistory.err.contains(QStringLiteral("customer_id")), qPrintable(notAHistory.err));
    }

    void screeningRunListAndOverride()
    {
        QTemporaryDir folder;
        const QString db = folder.filePath(QStringLiteral("kaishu.sqlite"));
        const auto screening = [&](QStringList arguments) {
            return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("screening")} + arguments);
        };
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--debtors"),
                         QStringLiteral("40")})
                     .exitCode,
                 0);
        const Outcome run = screening({QStringLiteral("run"), QStringLiteral("--as-of"),
                                       QStringLiteral("2026-11-01"), QStringLiteral("--expert")});
        QCOMPARE(run.exitCode, 0);
        const QRegularExpressionMatch screened =
            QRegularExpression(QStringLiteral("Screened (\\d+) account")).match(run.out);
        QVERIFY2(screened.hasMatch(), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("grades: A ")));

        const Outcome list =
            screening({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(list.exitCode, 0);
        const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
                 QStringLiteral("customer_code,client_code,grade,score,pd,credit_limit,exposure,tier,"
                                "decision,reasons"));
        QCOMPARE(lines.size() - 1, screened.captured(1).toInt());
        const std::optional<QList<kaishu::io::CsvRecord>> rows = kaishu::io::CsvReader::readAll(list.out);
        QVERIFY(rows);
        for (qsizetype r = 1; r < rows->size(); ++r) {
            const QStringList &fields = rows->at(r).fields;
            QCOMPARE(fields.size(), 10);
            QVERIFY2(QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                  QStringLiteral("D"), QStringLiteral("E")})
                         .contains(fields.at(2)),
                     qPrintable(fields.join(u',')));
            QVERIFY(!fields.at(9).isEmpty());
        }

        // A thin history is refused with the figures; an override needs a supervisor.
        const Outcome train =
            screening({QStringLiteral("train"), QStringLiteral("--as-of"), QStringLiteral("2024-01-01")});
        QCOMPARE(train.exitCode, 1);
        QVERIFY2(train.err.contains(QStringLiteral("Not enough history")), qPrintable(train.err));
        const QStringList override{
            QStringLiteral("override"), QStringLiteral("1"),        QStringLiteral("--grade"),
            QStringLiteral("B"),        QStringLiteral("--limit"),  QStringLiteral("500000"),
            QStringLiteral("--tier"),   QStringLiteral("gentle"),   QStringLiteral("--decision"),
            QStringLiteral("approve"),  QStringLiteral("--reason"), QStringLiteral("長年の取引")};
        QCOMPARE(screening(
                     {QStringLiteral("supervisors"), QStringLiteral("--set"), QStringLiteral("someone-else")})
                     .exitCode,
                 0);
        const Outcome refused = screening(override);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("not a supervisor")), qPrintable(refused.err));
    }

    void screeningCashForecast()
    {
        QTemporaryDir folder;
        const QString db = folder.filePath(QStringLiteral("kaishu.sqlite"));
        const auto screening = [&](QStringList arguments) {
            return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("screening")} + arguments);
        };
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const Outcome untrained = screening({QStringLiteral("cash")});
        QCOMPARE(untrained.exitCode, 1);
        QVERIFY2(untrained.err.contains(QStringLiteral("train")), qPrintable(untrained.err));
        QCOMPARE(screening({QStringLiteral("cash"), QStringLiteral("--weeks"), QStringLiteral("0")}).exitCode,
                 2);

        // The demo trains its model; the weeks and what comes later add up to what is open.
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--debtors"),
                         QStringLiteral("300")})
                     .exitCode,
                 0);
        const Outcome csv = screening({QStringLiteral("cash"), QStringLiteral("--weeks"), QStringLiteral("6"),
                                       QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("week_from,week_to,expected_yen"));
        QCOMPARE(lines.size(), 1 + 6 + 1);
        qint64 total = 0;
        for (qsizetype i = 1; i < lines.size(); ++i)
            total += lines.at(i).section(u',', 2).toLongLong();
        const Outcome text =
            screening({QStringLiteral("cash"), QStringLiteral("--weeks"), QStringLiteral("6")});
        QCOMPARE(text.exitCode, 0);
        const QRegularExpressionMatch open =
            QRegularExpression(QStringLiteral("open now: ([0-9,]+) yen")).match(text.out);
        QVERIFY2(open.hasMatch(), qPrintable(text.out));
        QVERIFY(total > 0);
        QCOMPARE(total, open.captured(1).remove(u',').toLongLong());
    }

    void creditReportsImport()
    {
        QTemporaryDir folder;
        const QString db = folder.filePath(QStringLiteral("kaishu.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--debtors"),
                         QStringLiteral("50")})
                     .exitCode,
                 0);
        const QString csv = folder.filePath(QStringLiteral("reports.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("client_code,customer_code,source,report_date,score,capital\n"
                   "C001,C001-000001,TDB,2026-04-01,55,\"10,000,000\"\n"
                   "C001,C001-000001,TDB,2026-04-02,555,\n");
        file.close();
        const Outcome refused = runCli({QStringLiteral("--db"), db, QStringLiteral("screening"),
                                        QStringLiteral("reports"), QStringLiteral("import"), csv});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("line 3, score")), qPrintable(refused.err));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("client_code,customer_code,source,report_date,score,capital\n"
                   "C001,C001-000001,TDB,2026-04-01,55,\"10,000,000\"\n");
        file.close();
        const Outcome added = runCli({QStringLiteral("--db"), db, QStringLiteral("screening"),
                                      QStringLiteral("reports"), QStringLiteral("import"), csv});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains(QStringLiteral("1 credit report")), qPrintable(added.out));
    }

    void badImportNamesTheLineAndExitsOne()
    {
        QTemporaryDir folder;
        const QString db = folder.filePath(QStringLiteral("kaishu.sqlite"));
        const QString csv = folder.filePath(QStringLiteral("bad.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("client_code,name,registration_number\nC1,OK株式会社,\nC2,悪い株式会社,T123\n");
        file.close();
        const Outcome outcome =
            runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("clients"), csv});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("3")) &&
                     outcome.err.contains(QStringLiteral("registration_number")),
                 qPrintable(outcome.err));
        const Outcome missing =
            runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("clients"),
                    folder.filePath(QStringLiteral("nope.csv"))});
        QCOMPARE(missing.exitCode, 3);
        const Outcome badUrl =
            runCli({QStringLiteral("--db"), QStringLiteral("mysql://x/y"), QStringLiteral("init")});
        QCOMPARE(badUrl.exitCode, 3);
        QVERIFY(!badUrl.err.isEmpty());
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
