// kaishu: the desktop application. Parses the options, installs the language, opens the database
// and shows the main window.

#include "DebtorView.h"
#include "DemoDataSetup.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "Translations.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHash>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace kaishu;

namespace {

// The language comes before the parser, so that --help is in it too.
QString languageFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(QLatin1String("--language=")))
            return argument.section(QLatin1Char('='), 1);
        if (argument == QLatin1String("--language") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

// Noto Sans CJK JP where it is installed (Linux): Japanese glyph forms for names and addresses
// whatever the UI language; elsewhere the platform's Japanese UI font is already the default.
void useJapaneseUiFont()
{
    const QString family = QStringLiteral("Noto Sans CJK JP");
    if (!QFontDatabase::families().contains(family))
        return;
    QFont font = QApplication::font();
    font.setFamilies({family});
    QApplication::setFont(font);
}

storage::DatabaseLocation chooseLocation(const QString &option, bool *isDefault, QString *error)
{
    *isDefault = false;
    QString text = option;
    if (text.isEmpty())
        text = qEnvironmentVariable("KAISHU_DB");
    if (text.isEmpty()) {
        const QString last = QSettings(QStringLiteral("Kaishu"), QStringLiteral("Kaishu"))
                                 .value(QStringLiteral("database/last"))
                                 .toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            return storage::DatabaseLocation::sqliteFile(last);
        *isDefault = true;
        return storage::DatabaseLocation::defaultLocation();
    }
    const std::optional<storage::DatabaseLocation> location = storage::DatabaseLocation::parse(text, error);
    if (!location) {
        *isDefault = true;
        return storage::DatabaseLocation::defaultLocation();
    }
    return *location;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kaishu"));
    QApplication::setApplicationName(QStringLiteral("Kaishu"));
    QApplication::setApplicationVersion(QStringLiteral(KAISHU_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/kaishu/icons/kaishu.svg")));

    QString language = languageFromArguments(QApplication::arguments());
    if (!i18n::availableLanguages().contains(language))
        language = i18n::effectiveLanguage();
    i18n::installTranslations(language);
    useJapaneseUiFont();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Kaishu: receivables workbench for billing agencies"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate(
            "main", "The database: an SQLite file or postgresql://user@host:port/database "
                    "(default: $KAISHU_DB, else the last one opened, else the local database)."),
        QCoreApplication::translate("main", "path|url"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "main", "Fill an empty database with the demo agency and N debtors, without asking."),
        QStringLiteral("N"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Save a picture of the window (or of the open dialog) to FILE.png once it "
                    "has settled, then exit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("main",
                                    "The language for this run: ja or en (View → Language keeps a choice)."),
        QStringLiteral("ja|en"));
    const QCommandLineOption importDebtorsOption(
        QStringLiteral("import-debtors"),
        QCoreApplication::translate("main", "Open the debtor import with this CSV file, checked."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption importClientsOption(
        QStringLiteral("import-clients"),
        QCoreApplication::translate("main", "Open the client import with this CSV file, checked."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption searchOption(
        QStringLiteral("search"),
        QCoreApplication::translate("main", "Start with this search in the debtor register."),
        QCoreApplication::translate("main", "text"));
    const QCommandLineOption areaOption(
        QStringLiteral("area"),
        QCoreApplication::translate(
            "main", "Start in this area: debtors, clients, invoices, orders, payments or screening."),
        QStringLiteral("name"));
    parser.addOptions({dbOption, demoOption, screenshotOption, languageOption, importDebtorsOption,
                       importClientsOption, searchOption, areaOption});
    parser.process(application);

    bool demoOk = true;
    const int demoDebtors = parser.isSet(demoOption) ? parser.value(demoOption).toInt(&demoOk) : 0;
    if (!demoOk || demoDebtors < 0) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--demo needs a number of debtors.")));
        return 2;
    }
    const QString screenshot = parser.value(screenshotOption);

    ui::MainWindow window;
    if (!screenshot.isEmpty())
        window.resize(1440, 900);
    window.show();

    bool isDefault = false;
    QString locationError;
    const storage::DatabaseLocation location =
        chooseLocation(parser.value(dbOption), &isDefault, &locationError);
    if (!locationError.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(locationError));
    const bool opened = window.openDatabase(location);

    if (opened && demoDebtors > 0 && ui::DemoDataSetup::isEmpty(window.workspace()))
        ui::DemoDataSetup::generate(window.workspace(), demoDebtors, &window);
    else if (opened && isDefault && screenshot.isEmpty())
        QTimer::singleShot(0, &window,
                           [&window] { ui::DemoDataSetup::offerIfEmpty(window.workspace(), &window); });

    if (parser.isSet(areaOption)) {
        static const QHash<QString, ui::MainWindow::Area> Areas{
            {QStringLiteral("debtors"), ui::MainWindow::DebtorsArea},
            {QStringLiteral("clients"), ui::MainWindow::ClientsArea},
            {QStringLiteral("invoices"), ui::MainWindow::InvoicesArea},
            {QStringLiteral("orders"), ui::MainWindow::OrdersArea},
            {QStringLiteral("payments"), ui::MainWindow::PaymentsArea},
            {QStringLiteral("screening"), ui::MainWindow::ScreeningArea}};
        const auto area = Areas.constFind(parser.value(areaOption));
        if (area == Areas.constEnd()) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(
                    QCoreApplication::translate("main", "Unknown area: %1").arg(parser.value(areaOption))));
            return 2;
        }
        window.showArea(*area);
    }
    if (parser.isSet(searchOption))
        window.debtorView()->searchField()->setText(parser.value(searchOption));
    if (!screenshot.isEmpty() || parser.isSet(searchOption)) {
        // Show a debtor in the detail pane, as a clerk would see it after a click.
        QTimer::singleShot(300, &window, [&window] {
            QTableView *table = window.debtorView()->table();
            if (table->model()->rowCount() > 0)
                table->selectRow(0);
        });
    }

    ui::ImportDialog *importDialog = nullptr;
    if (opened && parser.isSet(importDebtorsOption))
        importDialog =
            window.openImportDialog(parties::ImportKind::Debtors, parser.value(importDebtorsOption));
    else if (opened && parser.isSet(importClientsOption))
        importDialog =
            window.openImportDialog(parties::ImportKind::Clients, parser.value(importClientsOption));

    if (!screenshot.isEmpty()) {
        QTimer::singleShot(900, &window, [&window, importDialog, screenshot] {
            QWidget *target =
                importDialog ? static_cast<QWidget *>(importDialog) : static_cast<QWidget *>(&window);
            const bool saved = target->grab().save(screenshot);
            if (!saved)
                std::fprintf(stderr, "cannot write %s\n", qPrintable(screenshot));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
