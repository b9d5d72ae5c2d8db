#pragma once

#include <functional>

#include <QWidget>

#include "security/Keys.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>
#include <utility>

class Workspace;

// Helpers shared by the test suites.
class QDialog;

namespace TestSupport {

// Keeps tests away from the real user's data and settings: QStandardPaths test mode, and
// QSettings written under a temporary folder. Call first in initTestCase().
void isolateFromUser();

// The path of the comptoir executable built with the tests.
QString comptoirBinary();

// Runs the comptoir executable with these arguments, isolated from the user's settings: its
// exit code (-1 when it did not finish within a minute) and what it said (errors, then output).
std::pair<int, QString> runComptoir(const QStringList &arguments);

// An environment for a child comptoir process whose settings and data go to a temporary
// folder (kept for the test run), never to the real user's.
QProcessEnvironment isolatedEnvironment();

// Creates the demo workspace in dir and returns it (QVERIFY-friendly: nullptr on failure).
// Without its pièces jointes unless asked: with them, every export of the demo is a container
// (tst_bundlecontainer, tst_attachments… test those); the tests of the JSON document read the
// files they export as plain JSON.
enum class DemoPieces
{
    Without,
    With,
};
std::unique_ptr<Workspace> createDemo(const QTemporaryDir &dir,
                                      const QString &name = QStringLiteral("demo"),
                                      DemoPieces pieces = DemoPieces::Without);

// Writes at path a workspace of an older schema version (the built-in migrations up to
// `version`, then the statements given), as an older Comptoir would have left it. An empty
// string when it worked, the error otherwise.
QString writeOlderWorkspace(const QString &path, int version, const QStringList &statements);

// Types text into widget key by key, accents included (QTest::keyClicks only knows ASCII).
void typeText(QWidget *widget, const QString &text);

// Runs act on the next modal dialog once it is shown (called before what opens it), then sets
// *done; a dialog act() left open (a check failed in it) is rejected, so the test goes on.
void whenModal(const std::function<void(QDialog *)> &act, bool *done);

// Every project's id in a workspace, in id order.
QList<qint64> projectIds(const Workspace &workspace);

// Whole file contents, to prove that a refused file was left byte-for-byte unchanged.
QByteArray fileBytes(const QString &path);

// The JSON document a .comptoir file carries: inside its envelope (signed only; sealed, with
// key), and inside its container. Empty when it cannot be read.
QByteArray documentBytes(const QString &path, const DepartmentKey::Unlocked *key = nullptr);
// The file's content inside its envelope (a plain JSON document or a container).
QByteArray openedBytes(const QString &path, const DepartmentKey::Unlocked *key = nullptr);

// Reads one value from a workspace file as another program would (its own read-only
// connection): only what was committed is visible. An invalid QVariant when nothing is found.
QVariant readBack(const QString &path, const QString &sql);

// A synthetic workspace of `projects` projects kept in the build tree between runs (generating
// 100,000 projects takes a quarter of a minute). Returns its path, or an empty string.
QString cachedSyntheticWorkspace(int projects);

// Writes in `dir` a .comptoir file of `projects` synthetic projects (made in a workspace of its
// own there); its path, or an empty string with the reason warned.
QString writeSyntheticBundle(const QTemporaryDir &dir, int projects, quint64 seed);

// Whether every program named is on the PATH. Tests that need one fail without it: the tools
// are dependencies (packaging/debian-packages.txt), not options.
bool hasTools(const QStringList &programs);

// The standard output of a program (poppler's pdftotext, pdfinfo…), empty when it failed.
QString runTool(const QString &program, const QStringList &arguments);
// The shared libraries the comptoir program names (readelf -d), as readelf prints them.
QString programLibraries();
// Whether a library whose file name starts with prefix ("libQt6Pdf") is mapped in this process.
bool isMapped(const char *prefix);
// The number of pages pdfinfo reads in a PDF; -1 when it cannot read it.
int pdfPages(const QString &pdf);

// A benchmark's figure beside its baseline, the floor of the same work measured in the same run
// (a bare window, raw sqlite3 reads, raw FTS5, raw inserts, bare QPdfWriter text): printed as a
// "BENCH baseline" line and kept in bench-data/report/<benchmark>.tsv, from which bench_report
// prints one table. `target` is the ratio not to reach (0: none). Returns the ratio.
double reportBaseline(const QString &measure, double comptoir, double baseline,
                      const QString &unit, double target = 0);

// Processor time of this process so far (every thread, user and system), in ms: what work
// costs apart from waiting for the disk, and less moved than time by the machine's neighbours.
double processorMs();

} // namespace TestSupport
