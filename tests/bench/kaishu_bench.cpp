#include "BillingScenario.h"
#include "DebtorsScenario.h"
#include "MatchingScenario.h"
#include "ScreeningScenario.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KaishuBench"));
    QApplication::setApplicationName(QStringLiteral("KaishuBench"));
    const QStringList arguments = QApplication::arguments();
    const QString scenario = arguments.value(1);
    int debtors = 100'000;
    int orderLines = 100'000;
    int paymentLines = 10'000;
    int openInvoices = 100'000;
    quint64 seed = 1;
    int misses = 0;
    QString portfolio;
    for (qsizetype i = 2; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--debtors"))
            debtors = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--order-lines"))
            orderLines = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--payment-lines"))
            paymentLines = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--open-invoices"))
            openInvoices = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--misses"))
            misses = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--portfolio"))
            portfolio = arguments.at(i + 1);
        else if (arguments.at(i) == QLatin1String("--seed"))
            seed = arguments.at(i + 1).toULongLong();
    }
    if (scenario == QLatin1String("debtors") && debtors > 0)
        return kaishu::bench::runDebtorsScenario(debtors, seed);
    if (scenario == QLatin1String("billing") && orderLines > 0)
        return kaishu::bench::runBillingScenario(orderLines, seed);
    if (scenario == QLatin1String("matching") && paymentLines > 0 && openInvoices > 0)
        return kaishu::bench::runMatchingScenario(paymentLines, openInvoices, seed, misses);
    if (scenario == QLatin1String("screening") && debtors > 0)
        return kaishu::bench::runScreeningScenario(debtors, seed, portfolio);
    QTextStream(stderr) << "usage: kaishu-bench debtors [--debtors N] [--seed N]\n"
                           "       kaishu-bench billing [--order-lines N] [--seed N]\n"
                           "       kaishu-bench matching [--payment-lines N] [--open-invoices N] [--seed N]\n"
                           "                             [--misses N]\n"
                           "       kaishu-bench screening [--debtors N] [--seed N] [--portfolio FILE]"
                        << Qt::endl;
    return 2;
}
