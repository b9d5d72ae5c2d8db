#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

// Time from process start to the main window shown, with a 100,000-project workspace.
// Target: under 1 s. Also reports when the project list is filled (it is read off the UI thread).
class BenchStartup final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void startupWith100000Projects()
    {
        const QString path = TestSupport::cachedSyntheticWorkspace(100000);
        QVERIFY(!path.isEmpty());

        constexpr int kRuns = 5;
        QList<qint64> shown;
        QList<qint64> loaded;
        for (int run = 0; run <= kRuns; ++run) { // run 0 warms the file cache
            QProcess process;
            process.setProcessEnvironment(TestSupport::isolatedEnvironment());
            QElapsedTimer timer;
            qint64 shownAt = -1;
            qint64 loadedAt = -1;
            int projects = -1;
            QByteArray output;
            connect(&process, &QProcess::readyReadStandardOutput, this, [&] {
                output += process.readAllStandardOutput();
                if (shownAt < 0 && output.contains("comptoir-shown"))
                    shownAt = timer.elapsed();
                if (loadedAt < 0 && output.contains("comptoir-loaded")) {
                    loadedAt = timer.elapsed();
                    static const QRegularExpression re(QStringLiteral("projects=(\\d+)"));
                    projects = re.match(QString::fromLatin1(output)).captured(1).toInt();
                }
            });
            timer.start();
            process.start(TestSupport::comptoirBinary(),
                          {QStringLiteral("--workspace"), path, QStringLiteral("--startup-probe")});
            QVERIFY(process.waitForStarted());
            QVERIFY2(process.waitForFinished(30000), process.readAllStandardError().constData());
            QCOMPARE(process.exitCode(), 0);
            QVERIFY2(shownAt >= 0 && loadedAt >= 0, output.constData());
            QCOMPARE(projects, 100000);
            if (run > 0) {
                shown << shownAt;
                loaded << loadedAt;
            }
        }
        const qint64 shownMedian = median(shown);
        const qint64 loadedMedian = median(loaded);
        std::printf("BENCH startup 100000 projects: window shown %lld ms (median of %d, max %lld); "
                    "list filled %lld ms (max %lld)\n",
                    static_cast<long long>(shownMedian), kRuns,
                    static_cast<long long>(*std::max_element(shown.begin(), shown.end())),
                    static_cast<long long>(loadedMedian),
                    static_cast<long long>(*std::max_element(loaded.begin(), loaded.end())));
        QVERIFY2(shownMedian < 1000, "target: the main window is shown in under 1 s");
        QVERIFY2(loadedMedian < 2000,
                 "target: the list of 100,000 projects is filled in under 2 s");
    }
};

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
