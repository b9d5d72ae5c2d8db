#include "TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <cstdio>

namespace {

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

// Time from process start to the main window shown, with a 100,000-project workspace, beside
// the same for a bare QMainWindow with an empty QTableView (tests/bench/bare_window.cpp), runs
// alternating. Targets: under 1 s, and under twice the bare window. Also reports when
// the project list is filled (it is read off the UI thread; target under 0.5 s, printed) and the
// peak resident memory (VmHWM) once it is painted with its rows (target under 120 MB).
class BenchStartup final : public QObject
{
    Q_OBJECT

    // Runs a program until it quits; the output lines it printed, each with the microseconds
    // since the process was started when it came (whole milliseconds made the ratio of two
    // medians near 17 ms move by 6 % a step).
    struct Run
    {
        bool ok = false;
        QList<QPair<qint64, QByteArray>> lines;
        qint64 at(const char *prefix) const
        {
            for (const auto &line : lines) {
                if (line.second.startsWith(prefix))
                    return line.first;
            }
            return -1;
        }
        qint64 value(const char *prefix, const char *key) const
        {
            for (const auto &line : lines) {
                if (!line.second.startsWith(prefix))
                    continue;
                const QRegularExpression re(QStringLiteral("%1=(\\d+)").arg(QLatin1String(key)));
                return re.match(QString::fromLatin1(line.second)).captured(1).toLongLong();
            }
            return -1;
        }
    };
    Run run(const QString &program, const QStringList &arguments)
    {
        Run result;
        QProcess process;
        process.setProcessEnvironment(TestSupport::isolatedEnvironment());
        QElapsedTimer timer;
        QByteArray pending;
        connect(&process, &QProcess::readyReadStandardOutput, this, [&] {
            pending += process.readAllStandardOutput();
            for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
                result.lines.append({timer.nsecsElapsed() / 1000, pending.left(end)});
                pending.remove(0, end + 1);
            }
        });
        timer.start();
        process.start(program, arguments);
        // Two minutes: the first run reads the workspace from the disk, which this shared
        // machine's neighbours have made take 30 s once; a program that hangs still fails.
        if (!process.waitForStarted() || !process.waitForFinished(120000)) {
            qWarning("%s", process.readAllStandardError().constData());
            return result;
        }
        result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        return result;
    }

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void startupWith100000Projects()
    {
        const QString path = TestSupport::cachedSyntheticWorkspace(100000);
        QVERIFY(!path.isEmpty());

        constexpr int kRuns = 15; // the window's times are small: the median of many runs
        QList<qint64> shown;
        QList<qint64> loaded;
        QList<qint64> bare;
        QList<qint64> peakKb;
        for (int i = 0; i <= kRuns; ++i) { // run 0 warms the file cache
            // Each first in turn: neither side always finds the other's files just read.
            const auto runComptoir = [&] {
                return run(TestSupport::comptoirBinary(), {QStringLiteral("--workspace"), path,
                                                           QStringLiteral("--startup-probe")});
            };
            const auto runBare = [&] {
                return run(QCoreApplication::applicationDirPath() + QStringLiteral("/bare_window"),
                           {});
            };
            Run comptoir;
            Run window;
            if (i % 2 == 0) {
                comptoir = runComptoir();
                window = runBare();
            } else {
                window = runBare();
                comptoir = runComptoir();
            }
            QVERIFY(comptoir.ok);
            QCOMPARE(comptoir.value("comptoir-loaded", "projects"), 100000);
            QVERIFY(window.ok);
            if (i == 0)
                continue;
            shown << comptoir.at("comptoir-shown");
            loaded << comptoir.at("comptoir-loaded");
            peakKb << comptoir.value("comptoir-memory", "hwm-kb");
            bare << window.at("bare-shown");
            QVERIFY(shown.constLast() >= 0 && loaded.constLast() >= 0 && bare.constLast() >= 0);
        }
        const double shownMedian = double(median(shown)) / 1000; // ms
        const double loadedMedian = double(median(loaded)) / 1000;
        const qint64 peakMb = median(peakKb) / 1024;
        std::printf("BENCH startup 100000 projects: window shown %.1f ms (median of %d, max %.1f); "
                    "list filled %.0f ms (max %.0f); peak resident memory with the list shown "
                    "%lld MB (VmHWM, median; max %lld MB)\n",
                    shownMedian, kRuns,
                    double(*std::max_element(shown.begin(), shown.end())) / 1000, loadedMedian,
                    double(*std::max_element(loaded.begin(), loaded.end())) / 1000,
                    static_cast<long long>(peakMb),
                    static_cast<long long>(*std::max_element(peakKb.begin(), peakKb.end()) / 1024));
        // The window beside the bare one, run by run: each pair ran back to back, under the
        // same load; the pair of the median ratio is reported with its own two times (the
        // medians of each side apart could come from different moments of the machine).
        QList<int> order(shown.size());
        std::iota(order.begin(), order.end(), 0);
        const auto pairRatio = [&](int i) { return double(shown.at(i)) / double(bare.at(i)); };
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return pairRatio(a) < pairRatio(b); });
        const int middle = order.at(order.size() / 2);
        std::printf("  window shown beside the bare window, run by run: ratios %.2f to %.2f\n",
                    pairRatio(order.constFirst()), pairRatio(order.constLast()));
        const double ratio = TestSupport::reportBaseline(
            QStringLiteral("process start → window shown (%1 runs each, alternating: the run of "
                           "the median ratio)")
                .arg(kRuns),
            double(shown.at(middle)) / 1000, double(bare.at(middle)) / 1000, QStringLiteral("ms"),
            2);
        QVERIFY2(shownMedian < 1000, "target: the main window is shown in under 1 s");
        // 1.59 to 1.80 in fresh runs since the window is painted before the workspace opens;
        // the run of the median ratio 1.58 to 1.88 here (run by run 0.5 to 8: a run the machine
        // stalls weighs nothing on the median).
        QVERIFY2(ratio < 2, "target: the window shown in under twice the bare window's time");
        // The list filled in under 0.5 s: 232 to 366 ms in fresh runs, up to 425 ms here when
        // the machine is slow (its raw read alone then takes 320 ms): printed; asserted under 2 s.
        if (loadedMedian >= 500)
            std::printf("BENCH not met: list filled in %.0f ms (target < 500)\n", loadedMedian);
        QVERIFY2(loadedMedian < 2000,
                 "target: the list of 100,000 projects is filled in under 2 s");
        QVERIFY2(peakMb < 120, "target: under 120 MB resident at the peak, the list shown");
    }
};

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
