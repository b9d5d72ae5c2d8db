#include "TestSupport.h"

#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QTimer>

#include "demo/DemoWorkspace.h"
#include "demo/SyntheticWorkspace.h"
#include "exchange/BundleContainer.h"
#include "exchange/BundleWriter.h"
#include "security/Envelope.h"
#include "storage/SchemaMigrator.h"
#include "storage/Workspace.h"
#include "TestPaths.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <sys/resource.h>

namespace TestSupport {

void isolateFromUser()
{
    // A home of its own for each test process: test mode puts data under ~/.qttest, and test
    // processes run in parallel (one wiping its data folder must not pull a workspace from
    // under another).
    static QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ComptoirTests"));
    QCoreApplication::setApplicationName(QStringLiteral("Comptoir"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION_STRING));
    // A test's demo workspace lives in the test-mode data folder: start each run clean.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

QString comptoirBinary()
{
    return QStringLiteral(COMPTOIR_BINARY);
}

QProcessEnvironment isolatedEnvironment()
{
    static QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    return env;
}

QString writeOlderWorkspace(const QString &path, int version, const QStringList &statements)
{
    const QString connection = QStringLiteral("older-") + QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Workspace::kApplicationId)))
            error = q.lastError().text();
        SchemaMigrator migrator(db, SchemaMigrator::builtInSteps().mid(0, version));
        if (error.isEmpty() && !migrator.migrate(&error) && error.isEmpty())
            error = QStringLiteral("migration failed");
        QStringList all = statements;
        all.prepend(QStringLiteral("INSERT INTO workspace_info VALUES ('origin', '%1')")
                        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        for (const QString &statement : std::as_const(all)) {
            if (error.isEmpty() && !q.exec(statement))
                error = q.lastError().text() + QStringLiteral(": ") + statement;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

std::unique_ptr<Workspace> createDemo(const QTemporaryDir &dir, const QString &name,
                                      DemoPieces pieces)
{
    QString error;
    auto workspace =
        DemoWorkspace::create(dir.filePath(name + QStringLiteral(".comptoirdb")), &error);
    if (!workspace)
        qWarning("%s", qPrintable(error));
    if (workspace && pieces == DemoPieces::Without) {
        QSqlQuery query(workspace->database());
        for (const char *sql : {"DELETE FROM attachments", "DELETE FROM attachment_blobs",
                                "DELETE FROM tombstones WHERE kind = 'attachment'", "VACUUM"}) {
            if (!query.exec(QLatin1String(sql)))
                qWarning("%s", qPrintable(query.lastError().text()));
        }
    }
    return workspace;
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128 && c.isPrint())
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<qint64> projectIds(const Workspace &workspace)
{
    QList<qint64> ids;
    QSqlQuery query(workspace.database());
    query.exec(QStringLiteral("SELECT id FROM projects ORDER BY id"));
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

std::pair<int, QString> runComptoir(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(isolatedEnvironment());
    process.start(comptoirBinary(), arguments);
    if (!process.waitForFinished(60000))
        return {-1, QString()};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError() +
                                                  process.readAllStandardOutput())};
}

QByteArray openedBytes(const QString &path, const DepartmentKey::Unlocked *key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (!Envelope::isEnvelope(file.peek(Envelope::kMagicSize)))
        return file.readAll();
    QBuffer opened;
    opened.open(QIODevice::WriteOnly);
    if (!Envelope::open(file, opened, key))
        return {};
    return opened.data();
}

QByteArray documentBytes(const QString &path, const DepartmentKey::Unlocked *key)
{
    const QByteArray bytes = openedBytes(path, key);
    if (!BundleContainer::isContainer(bytes))
        return bytes;
    auto reader = BundleContainer::Reader::fromBytes(bytes);
    if (!reader)
        return {};
    const auto document = (*reader)->document();
    return document ? *document : QByteArray();
}

QString cachedSyntheticWorkspace(int projects)
{
    const QString dir = QStringLiteral(COMPTOIR_BENCH_DATA_DIR);
    QDir().mkpath(dir);
    QLockFile lock(dir + QStringLiteral("/generate.lock"));
    lock.setStaleLockTime(0);
    lock.lock();

    const QString path = QStringLiteral("%1/synthetic-%2.comptoirdb").arg(dir).arg(projects);
    QString error;
    if (QFile::exists(path)) {
        if (auto existing = Workspace::open(path, &error)) {
            QSqlQuery count(existing->database());
            if (count.exec(QStringLiteral("SELECT count(*) FROM projects")) && count.next() &&
                count.value(0).toInt() == projects)
                return path;
        }
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    std::fprintf(stderr, "Generating a synthetic workspace of %d projects (kept in %s)…\n",
                 projects, qPrintable(dir));
    auto workspace = Workspace::create(path, &error);
    if (!workspace || !SyntheticWorkspace::populate(*workspace, projects, 62, &error)) {
        qWarning("%s", qPrintable(error));
        workspace.reset();
        QFile::remove(path);
        return QString();
    }
    return path;
}

QVariant readBack(const QString &path, const QString &sql)
{
    static int connection = 0;
    const QString name = QStringLiteral("readBack%1").arg(++connection);
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
bool hasTools(const QStringList &programs)
{
    return std::all_of(programs.begin(), programs.end(), [](const QString &program) {
        return !QStandardPaths::findExecutable(program).isEmpty();
    });
}

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString programLibraries()
{
    return runTool(QStringLiteral("readelf"), {QStringLiteral("-d"), comptoirBinary()});
}

bool isMapped(const char *prefix)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(QByteArray("/") + prefix);
}

int pdfPages(const QString &pdf)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                          .match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString writeSyntheticBundle(const QTemporaryDir &dir, int projects, quint64 seed)
{
    QString error;
    const QString name = QStringLiteral("synthetic-%1-%2").arg(projects).arg(seed);
    auto source = Workspace::create(dir.filePath(name + QStringLiteral(".comptoirdb")), &error);
    if (!source || !SyntheticWorkspace::populate(*source, projects, seed, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    QList<qint64> all;
    QSqlQuery query(source->database());
    query.exec(QStringLiteral("SELECT id FROM projects"));
    while (query.next())
        all << query.value(0).toLongLong();
    const QString path = dir.filePath(name + QStringLiteral(".comptoir"));
    if (!BundleWriter::writeFile(*source, all, path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

void whenModal(const std::function<void(QDialog *)> &act, bool *done)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act, done] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        act(dialog);
        *done = true;
        if (dialog->isVisible())
            dialog->reject();
    });
    poll->start();
}

double reportBaseline(const QString &measure, double comptoir, double baseline,
                      const QString &unit, double target)
{
    const double ratio = baseline > 0 ? comptoir / baseline : 0;
    // Small figures (a page's milliseconds) with two decimals, so that the ratio can be read
    // back from them.
    const auto figure = [](double value) {
        return QString::number(value, 'f', std::abs(value) < 10 ? 2 : 1);
    };
    std::printf("BENCH baseline %s: Comptoir %s %s, baseline %s %s, ratio %.2f%s\n",
                qPrintable(measure), qPrintable(figure(comptoir)), qPrintable(unit),
                qPrintable(figure(baseline)), qPrintable(unit), ratio,
                target > 0 ? qPrintable(QStringLiteral(" (target < %1)").arg(target)) : "");
    std::fflush(stdout);

    // One file per benchmark, started afresh by its first figure of the run.
    static bool started = false;
    const QString dir = QStringLiteral(COMPTOIR_BENCH_DATA_DIR "/report");
    QDir().mkpath(dir);
    QFile file(QStringLiteral("%1/%2.tsv")
                   .arg(dir, QFileInfo(QCoreApplication::applicationFilePath()).baseName()));
    if (!file.open(started ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate))
        return ratio;
    started = true;
    const auto clean = [](QString text) { return text.replace(u'\t', u' '); };
    // Kept to three decimals, so that the table's ratio is the one printed above.
    file.write(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                   .arg(clean(measure))
                   .arg(comptoir, 0, 'f', 3)
                   .arg(baseline, 0, 'f', 3)
                   .arg(clean(unit))
                   .arg(target, 0, 'f', 1)
                   .toUtf8());
    return ratio;
}

double processorMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

} // namespace TestSupport
