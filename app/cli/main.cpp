#include "CliCommands.h"
#include "Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
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
