#include "review/DashboardPage.h"
#include "storage/Workspace.h"
#include "widgets/DeferredIconsStyle.h"
#include "TestSupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QProcess>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

// What the window's start leaves for after its first paint: the style's icons read when drawn,
// no image plugin nor icon engine loaded before the window is on screen.
class TestStartup final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    // The deferred icons are the style's own once drawn; the others are the style's at once.
    void deferredIconsAreTheStylesOwn()
    {
        auto *style = new DeferredIconsStyle;
        QApplication::setStyle(style);
        for (const QStyle::StandardPixmap which :
             {QStyle::SP_LineEditClearButton, QStyle::SP_ToolBarHorizontalExtensionButton,
              QStyle::SP_DialogOkButton}) {
            const QIcon icon = style->standardIcon(which);
            const QIcon base = style->baseStyle()->standardIcon(which);
            QVERIFY(!icon.isNull());
            const QImage drawn = icon.pixmap(QSize(16, 16)).toImage();
            QVERIFY(!drawn.isNull());
            QCOMPARE(drawn, base.pixmap(QSize(16, 16)).toImage());
            QCOMPARE(icon.actualSize(QSize(64, 64)), base.actualSize(QSize(64, 64)));
        }
        // A filter's clear button shows once there is text, drawn with the style's icon.
        QLineEdit edit;
        edit.setClearButtonEnabled(true);
        edit.resize(200, edit.sizeHint().height());
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        const QImage empty = edit.grab().toImage();
        QTest::keyClicks(&edit, QStringLiteral("velo"));
        QTRY_VERIFY(edit.grab().toImage().copy(edit.width() - 24, 0, 24, edit.height()) !=
                    empty.copy(edit.width() - 24, 0, 24, edit.height()));
        QTest::keyClick(&edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(&edit, Qt::Key_Delete);
        QVERIFY(edit.text().isEmpty());
    }

    // Qt Charts is not linked with the program: it comes with the charts module, when the
    // dashboard is first shown, and draws its charts.
    void chartsComeWithTheDashboard()
    {
        QVERIFY(TestSupport::hasTools({QStringLiteral("readelf")}));
        const QString needed = TestSupport::programLibraries();
        QVERIFY2(needed.contains(QLatin1String("libQt6Widgets")) &&
                     !needed.contains(QLatin1String("libQt6Charts")),
                 qPrintable(needed));
        QVERIFY(!TestSupport::isMapped("libQt6Charts"));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto demo = TestSupport::createDemo(dir, QStringLiteral("charts.comptoirdb"));
        QVERIFY(demo);
        DashboardPage page;
        page.setWorkspace(demo.get());
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *chart = page.findChild<QWidget *>(QStringLiteral("chart_venue"));
        QTRY_VERIFY(chart);
        QVERIFY2(chart->inherits("QChartView"), chart->metaObject()->className());
        QVERIFY(TestSupport::isMapped("libQt6Charts"));
        // Drawn: more than its background's colour.
        const QImage drawn = chart->grab().toImage();
        QVERIFY(!drawn.isNull());
        int colours = 0;
        const QRgb first = drawn.pixel(0, 0);
        for (int y = 0; y < drawn.height() && colours < 2; y += 7) {
            for (int x = 0; x < drawn.width(); x += 7) {
                if (drawn.pixel(x, y) != first) {
                    ++colours;
                    break;
                }
            }
        }
        QCOMPARE(colours, 2);
        page.setWorkspace(nullptr);
    }

    // The program on a workspace: no image plugin nor icon engine is loaded (Qt says each one
    // it loads) before it says its window was painted.
    void noImagePluginBeforeTheWindowIsShown()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto demo = TestSupport::createDemo(dir, QStringLiteral("start.comptoirdb"));
        QVERIFY(demo);
        const QString path = demo->filePath();
        demo.reset();
        QProcess process;
        QProcessEnvironment environment = TestSupport::isolatedEnvironment();
        environment.insert(QStringLiteral("QT_DEBUG_PLUGINS"), QStringLiteral("1"));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(TestSupport::comptoirBinary(),
                      {QStringLiteral("--workspace"), path, QStringLiteral("--startup-probe")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray output = process.readAll();
        const qsizetype shown = output.indexOf("comptoir-shown ms=");
        QVERIFY2(shown > 0, output.constData());
        const QByteArray before = output.left(shown);
        QVERIFY2(before.contains("libqoffscreen.so\" loaded library"), before.constData());
        for (const QByteArray &line : before.split('\n')) {
            if (line.contains("loaded library"))
                QVERIFY2(!line.contains("/imageformats/") && !line.contains("/iconengines/"),
                         line.constData());
        }
        // Once on screen, the program's icon is set (Qt's SVG icon engine loaded for it).
        QVERIFY2(output.mid(shown).contains("iconengines/libqsvgicon.so\" loaded library"),
                 output.mid(shown).constData());
    }
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
