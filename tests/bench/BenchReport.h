#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace kaishu::bench {

// Figures of a scenario as lines "name: value unit (target …)" on standard output.
class BenchReport
{
public:
    explicit BenchReport(QString scenario);
    void figure(const QString &name, double value, const QString &unit, const QString &target = {});
    // Median, 90th percentile and maximum of a series of timings in milliseconds.
    void timings(const QString &name, QList<double> milliseconds, const QString &target = {});
    // Peak resident memory of this process (VmHWM) in MiB.
    static double peakMemoryMiB();
    // Starts the peak over from the present resident size, so that a phase is measured without the
    // generation of its data; false where the system cannot.
    static bool resetPeakMemory();
    // The time on a timer in seconds.
    static double seconds(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e9; }

private:
    QString m_scenario;
};

} // namespace kaishu::bench
