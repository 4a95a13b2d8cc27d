#include "BenchReport.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace kaishu::bench {

BenchReport::BenchReport(QString scenario)
    : m_scenario(std::move(scenario))
{
    QTextStream(stdout) << "scenario " << m_scenario << Qt::endl;
}

void BenchReport::figure(const QString &name, double value, const QString &unit, const QString &target)
{
    QTextStream out(stdout);
    out << "  " << name << ": " << QString::number(value, 'f', value < 100 ? 1 : 0) << ' ' << unit;
    if (!target.isEmpty())
        out << "  (target " << target << ')';
    out << Qt::endl;
}

void BenchReport::timings(const QString &name, QList<double> milliseconds, const QString &target)
{
    if (milliseconds.isEmpty())
        return;
    std::sort(milliseconds.begin(), milliseconds.end());
    const auto at = [&](double share) {
        return milliseconds.at(qsizetype(share * double(milliseconds.size() - 1)));
    };
    QTextStream out(stdout);
    out << "  " << name << ": median " << QString::number(at(0.5), 'f', 1) << " ms, p90 "
        << QString::number(at(0.9), 'f', 1) << " ms, max "
        << QString::number(milliseconds.constLast(), 'f', 1) << " ms over " << milliseconds.size() << " runs";
    if (!target.isEmpty())
        out << "  (target " << target << ')';
    out << Qt::endl;
}

double BenchReport::peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

bool BenchReport::resetPeakMemory()
{
    // Linux: writing 5 to clear_refs sets the peak (VmHWM) back to the present resident size.
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace kaishu::bench
