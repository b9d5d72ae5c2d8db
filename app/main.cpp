#include "Commands.h"
#include "attachments/Attachments.h"
#include "dialogs/MessageBox.h"
#include "Language.h"
#include "MainWindow.h"
#include "projects/ProjectFilterModel.h"
#include "projects/ProjectsPage.h"
#include "settings/Settings.h"
#include "util/ProcessMemory.h"
#include "widgets/DeferredIconsStyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Comptoir"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("ligue62.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Comptoir"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));
}

// --lang must be known before any translated text (the --help text included) is built.
QString requestedLanguage(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
        if (arg == QLatin1String("--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return QString();
}

// Prints how long the main window took to be painted for the first time, then how long its
// project list took to be filled, and quits: the startup benchmark (tests/bench) reads this.
class StartupProbe final : public QObject
{
public:
    StartupProbe(MainWindow *window, const QElapsedTimer &sinceMain)
        : QObject(window)
        , m_window(window)
        , m_sinceMain(sinceMain)
    {
        qApp->installEventFilter(this);
        connect(window->projectsPage(), &ProjectsPage::projectsLoaded, this, [this] {
            m_loadedMs = m_sinceMain.elapsed();
            finishIfDone();
        });
        connect(window->projectsPage(), &ProjectsPage::loadFailed, this, [](const QString &error) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            QCoreApplication::exit(1);
        });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_listPainting && event->type() == QEvent::Paint &&
            watched == m_window->projectsPage()->view()->viewport()) {
            m_listPainting = false;
            // Once the list is painted with its rows: the memory it took, then quit.
            QTimer::singleShot(0, this, [this] {
                std::printf("comptoir-memory hwm-kb=%lld rss-kb=%lld\n",
                            static_cast<long long>(ProcessMemory::peakKb()),
                            static_cast<long long>(ProcessMemory::residentKb()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_done = true;
            // Once this paint is over: the window is on screen.
            QTimer::singleShot(0, this, [this] {
                m_shownMs = m_sinceMain.elapsed();
                std::printf("comptoir-shown ms=%lld\n", static_cast<long long>(m_shownMs));
                std::fflush(stdout);
                finishIfDone();
            });
        }
        return false;
    }

private:
    void finishIfDone()
    {
        if (m_shownMs < 0 || (m_loadedMs < 0 && m_window->projectsPage()->isLoading()))
            return;
        std::printf("comptoir-loaded ms=%lld projects=%d\n", static_cast<long long>(m_loadedMs),
                    m_window->projectsPage()->filterModel()->rowCount());
        std::fflush(stdout);
        // Then the list painted with its rows, and the memory read.
        m_listPainting = true;
        m_window->projectsPage()->view()->viewport()->update();
    }

    MainWindow *m_window;
    QElapsedTimer m_sinceMain;
    bool m_done = false;
    qint64 m_shownMs = -1;
    qint64 m_loadedMs = -1;
    bool m_listPainting = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    setApplicationIdentity();

    if (argc > 1 && Commands::needsGui(QString::fromLocal8Bit(argv[1]))) {
        // Drawing PDFs needs fonts, not a screen: no window is ever shown.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        Language::install(app,
                          Language::resolve(requestedLanguage(argc, argv), Settings().language()));
        return Commands::run(app.arguments());
    }
    if (argc > 1 && Commands::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        Language::install(app,
                          Language::resolve(requestedLanguage(argc, argv), Settings().language()));
        return Commands::run(app.arguments());
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral(COMPTOIR_APP_ID));
    // (the windows' icon is set once the main window is painted: MainWindow::buildPages)
    QApplication::setStyle(new DeferredIconsStyle);
    const QString language =
        Language::resolve(requestedLanguage(argc, argv), Settings().language());
    Language::install(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Comptoir: the “de l'idée au projet” workshops of the "
                "Budget Citoyen, offline.\n\nHeadless commands: "
                "create-demo, generate, export-bundle, export-platform, import, "
                "export-pdf, backup, restore (see comptoir COMMAND --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QCoreApplication::translate("main", "file"),
                                 QCoreApplication::translate("main", "A workspace file to open."),
                                 QCoreApplication::translate("main", "[file]"));
    const QCommandLineOption workspaceOption(
        QStringList{QStringLiteral("w"), QStringLiteral("workspace")},
        QCoreApplication::translate("main", "Open this workspace file."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo workspace (created on first use)."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Language of the interface: fr or en."),
        QCoreApplication::translate("main", "code"));
    QCommandLineOption probeOption(QStringLiteral("startup-probe"));
    probeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(workspaceOption);
    parser.addOption(demoOption);
    parser.addOption(langOption);
    parser.addOption(probeOption);
    parser.process(app);

    if (parser.isSet(langOption) && !Language::isSupported(parser.value(langOption))) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "Unknown language “%1”: use fr or en.")
                           .arg(parser.value(langOption))));
        return 2;
    }
    // A single file name is a workspace to open (how the desktop passes a double-clicked file).
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unexpected argument: %1")
                                    .arg(positional.at(1))));
        return 2;
    }
    const QString workspacePath =
        parser.isSet(workspaceOption) ? parser.value(workspaceOption) : positional.value(0);

    MainWindow window;
    window.holdListUntilPainted();
    // The window is shown first, then the workspace opened: it appears at once, saying the
    // projects are loading, however long opening takes.
    const bool probe = parser.isSet(probeOption);
    if (!workspacePath.isEmpty()) {
        // The probe runs unattended: a refusal goes to stderr and the exit code, not to a box.
        if (probe)
            MessageBox::setNextAnswer(QMessageBox::Ok);
        window.openOncePainted([&window, workspacePath, probe] {
            if (!window.openWorkspace(workspacePath) && probe) {
                std::fprintf(stderr, "%s\n", qPrintable(MessageBox::lastText()));
                QCoreApplication::exit(1);
            }
        });
    } else if (parser.isSet(demoOption)) {
        window.openOncePainted([&window] { window.openDemoWorkspace(); });
    } else if (const QString last = Settings().lastWorkspace();
               !last.isEmpty() && QFileInfo::exists(last)) {
        window.openOncePainted([&window] { window.openLastWorkspace(); });
    } // else the welcome page, from the first paint
    if (probe)
        new StartupProbe(&window, sinceMain);
    window.show();
    const int code = app.exec();
    // The pieces written for the system's viewer go with the session.
    Attachments::removeViewingCopies();
    return code;
}
