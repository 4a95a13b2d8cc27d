#include "CliCommands.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kaishu"));
    QCoreApplication::setApplicationName(QStringLiteral("Kaishu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAISHU_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return kaishu::cli::run(arguments, out, err);
}
