#include "CliCommands.h"
#include "Translations.h"

#include <QGuiApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Documents are laid out with QtGui (fonts, PDF), which needs a GUI application; the CLI never
    // shows a window, so it runs on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kaishu"));
    QCoreApplication::setApplicationName(QStringLiteral("Kaishu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAISHU_VERSION));
    // Japanese on a Japanese system (or as chosen in the application), English otherwise.
    kaishu::i18n::installTranslations(kaishu::i18n::effectiveLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return kaishu::cli::run(arguments, out, err);
}
