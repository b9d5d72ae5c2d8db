#include "storage/Workspace.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run comptoir(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(TestSupport::isolatedEnvironment());
    process.start(TestSupport::comptoirBinary(), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void version()
    {
        const Run run = comptoir({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Comptoir " COMPTOIR_VERSION_STRING)),
                 qPrintable(run.out));
    }

    void helpIsInFrenchByDefault()
    {
        const Run run =
            comptoir({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("--workspace")));
        QVERIFY2(run.out.contains(QStringLiteral("Ouvrir cet espace de travail")),
                 qPrintable(run.out));
        const Run english = comptoir({QStringLiteral("--help"), QStringLiteral("--lang=en")});
        QVERIFY2(english.out.contains(QStringLiteral("Open this workspace file")),
                 qPrintable(english.out));
    }

    void unknownLanguageIsRefused()
    {
        const Run run =
            comptoir({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--version")});
        // --version wins over everything; without it the language is checked.
        QCOMPARE(run.exitCode, 0);
        const Run bad = comptoir({QStringLiteral("--lang"), QStringLiteral("xx"),
                                  QStringLiteral("--startup-probe"), QStringLiteral("--workspace"),
                                  QStringLiteral("/nonexistent")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("xx")), qPrintable(bad.err));
    }

    void createDemo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("démo.comptoirdb"));
        const Run run = comptoir({QStringLiteral("create-demo"), QStringLiteral("--out"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Espace de démonstration créé")),
                 qPrintable(run.out));
        QString error;
        auto workspace = Workspace::open(path, &error);
        QVERIFY2(workspace, qPrintable(error));

        // A second time: refused with a French message, the file untouched.
        const QByteArray before = TestSupport::fileBytes(path);
        workspace.reset();
        const QByteArray settled = TestSupport::fileBytes(path);
        const Run again = comptoir({QStringLiteral("create-demo"), QStringLiteral("--out"), path});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("existe déjà")), qPrintable(again.err));
        QCOMPARE(TestSupport::fileBytes(path), settled);
        Q_UNUSED(before)
    }

    void generate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.comptoirdb"));
        const Run run = comptoir({QStringLiteral("generate"), QStringLiteral("--out"), path,
                                  QStringLiteral("--projects"), QStringLiteral("300"),
                                  QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(run.exitCode, 0);
        QString error;
        auto workspace = Workspace::open(path, &error);
        QVERIFY(workspace);
        QSqlQuery query(workspace->database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM projects")) && query.next());
        QCOMPARE(query.value(0).toInt(), 300);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --out") << QStringList{QStringLiteral("create-demo")}
                                  << QStringLiteral("--out");
        QTest::newRow("count not a number")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--out"),
                           QStringLiteral("/tmp/never.comptoirdb"), QStringLiteral("--projects"),
                           QStringLiteral("beaucoup")}
            << QStringLiteral("nombre de projets");
        QTest::newRow("absurd count")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--out"),
                           QStringLiteral("/tmp/never.comptoirdb"), QStringLiteral("--projects"),
                           QStringLiteral("99999999999")}
            << QStringLiteral("nombre de projets");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--frobnicate")}
            << QStringLiteral("frobnicate");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = comptoir(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/never.comptoirdb")));
    }

    void guiRefusesAForeignFileWithAnExitCode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.comptoirdb"));
        QVERIFY(QFile::copy(QStringLiteral(COMPTOIR_TEST_DATA_DIR "/not-a-workspace.txt"), path));
        // --startup-probe makes the GUI quit instead of waiting on the message box.
        const Run run =
            comptoir({QStringLiteral("--startup-probe"), QStringLiteral("--workspace"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("n'est pas un espace de travail")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
