#pragma once

#include <QByteArray>
#include <QFile>

// This process's memory as Linux reports it in /proc/self/status: the resident set now
// (VmRSS) and at its peak (VmHWM), in kilobytes; -1 where /proc cannot tell. Read by the
// startup probe and the benchmarks.
namespace ProcessMemory {

inline qint64 kilobytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray name = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline qint64 residentKb() { return kilobytes("VmRSS"); }
inline qint64 peakKb() { return kilobytes("VmHWM"); }

} // namespace ProcessMemory
