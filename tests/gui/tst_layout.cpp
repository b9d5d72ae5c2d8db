#include "editor/ProjectEditor.h"
#include "Language.h"
#include "MainWindow.h"
#include "followup/FollowUpPage.h"
#include "organisations/DirectoryPage.h"
#include "projects/ProjectsPage.h"
#include "review/DashboardPage.h"
#include "review/ReviewPage.h"
#include "settings/Settings.h"
#include "storage/Workspace.h"
#include "TestSupport.h"
#include "workshops/HoldersPage.h"
#include "workshops/LiveWorkshopPanel.h"
#include "workshops/WorkshopsPage.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cmath>

// Every main screen, rendered offscreen on the screen this run was given (ctest runs it once per
// screen: 1366×768, 1280×720, 1024×768, and 1920×1080 at a 1.5 scale factor), must fit the room:
// no sideways scrolling, no cut text, a window never wider than a projector. Each screen is saved
// as a PNG (COMPTOIR_SCREENSHOTS, or screenshots/ beside the test) to be looked at.
class TestLayout final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_shots;
    QStringList m_problems;

    static QString nameOf(const QWidget *widget)
    {
        QStringList path;
        for (const QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
            if (!w->objectName().isEmpty()) {
                path.prepend(w->objectName());
                if (path.size() == 2)
                    break;
            }
        }
        return QStringLiteral("%1 %2").arg(QLatin1String(widget->metaObject()->className()),
                                          path.join(QLatin1Char('/')));
    }

    // Whether the widget is shown, and inside what its scroll area shows (a widget scrolled out
    // of view is not cut, only scrolled).
    static bool shown(const QWidget *widget)
    {
        return widget->isVisible() && widget->width() > 0 && widget->height() > 0;
    }

    static bool elidesOnPurpose(const QWidget *widget)
    {
        // A label that shortens its text by design shows the whole of it in a tooltip.
        return widget->property("elided").toBool() && !widget->toolTip().isEmpty();
    }

    // The rules of the room, checked on every visible widget of the window.
    void check(QWidget *window, const QString &screen)
    {
        QApplication::processEvents();
        const auto problem = [&](const QString &what) {
            m_problems << QStringLiteral("%1: %2").arg(screen, what);
        };
        const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
        if (minimum.width() > 1024 || minimum.height() > 700)
            problem(QStringLiteral("the window's minimum size is %1×%2")
                        .arg(minimum.width())
                        .arg(minimum.height()));
        for (QAbstractScrollArea *area : window->findChildren<QAbstractScrollArea *>()) {
            if (shown(area) && area->horizontalScrollBar()->isVisible() &&
                !area->property("scrollsSideways").toBool())
                problem(QStringLiteral("%1 scrolls sideways").arg(nameOf(area)));
        }
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (!shown(label) || label->text().isEmpty() || elidesOnPurpose(label) ||
                label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
                continue;
            // A mnemonic without a buddy is shown as a "&".
            if (!label->buddy() && label->textFormat() != Qt::PlainText &&
                label->text().contains(QRegularExpression(QStringLiteral("&(?![&\\s])"))))
                problem(QStringLiteral("%1 « %2 » shows a literal &")
                            .arg(nameOf(label), label->text()));
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height() + 2)
                    problem(QStringLiteral("%1 « %2 » needs %3 px of height, has %4")
                                .arg(nameOf(label), label->text().left(40))
                                .arg(needed)
                                .arg(label->height()));
            } else {
                QString text = label->text();
                if (label->buddy())
                    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
                const int needed = label->fontMetrics()
                                       .boundingRect(QRect(0, 0, 100000, 100000), 0, text)
                                       .width();
                const int room = label->contentsRect().width() - 2 * label->margin() -
                                 (label->indent() > 0 ? label->indent() : 0);
                if (needed > room + 1)
                    problem(QStringLiteral("%1 « %2 » is cut (%3 px for %4)")
                                .arg(nameOf(label), label->text().left(40))
                                .arg(needed)
                                .arg(room));
            }
        }
        for (QComboBox *combo : window->findChildren<QComboBox *>()) {
            if (!shown(combo) || combo->isEditable() || elidesOnPurpose(combo))
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = false;
            const QRect field = combo->style()->subControlRect(
                QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
            const int icon = combo->itemIcon(combo->currentIndex()).isNull()
                                 ? 0
                                 : combo->iconSize().width() + 4;
            const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText()) + icon;
            if (needed > field.width() + 1)
                problem(QStringLiteral("%1 « %2 » is cut (%3 px for %4)")
                            .arg(nameOf(combo), combo->currentText())
                            .arg(needed)
                            .arg(field.width()));
        }
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            if (!shown(button) || button->text().isEmpty() ||
                qobject_cast<QTabBar *>(button->parentWidget()))
                continue;
            if (button->sizeHint().width() > button->width() + 1)
                problem(QStringLiteral("%1 « %2 » is cut (%3 px for %4)")
                            .arg(nameOf(button), button->text())
                            .arg(button->sizeHint().width())
                            .arg(button->width()));
        }
        // Every input says what it is to a screen reader.
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!shown(w) || !(qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                               qobject_cast<QAbstractSpinBox *>(w) ||
                               qobject_cast<QPlainTextEdit *>(w) ||
                               qobject_cast<QAbstractItemView *>(w)) ||
                qobject_cast<QHeaderView *>(w) || qobject_cast<QComboBox *>(w->parentWidget()) ||
                qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                problem(QStringLiteral("%1 has no accessible name").arg(nameOf(w)));
        }
        for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
            if (!shown(header) || header->orientation() != Qt::Horizontal ||
                header->property("headersMayShorten").toBool())
                continue;
            for (int i = 0; i < header->count(); ++i) {
                if (header->isSectionHidden(i) || header->sectionSize(i) == 0)
                    continue;
                const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
                const int needed = header->fontMetrics().horizontalAdvance(text) + 8;
                if (needed > header->sectionSize(i) + 12)
                    problem(QStringLiteral("%1 column « %2 » is cut (%3 px for %4)")
                                .arg(nameOf(header), text)
                                .arg(needed)
                                .arg(header->sectionSize(i)));
            }
        }
    }

    // WCAG's contrast ratio of two colours, from 1:1 to 21:1.
    static double contrast(const QColor &a, const QColor &b)
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
                   0.0722 * channel(c.blueF());
        };
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

    void shot(QWidget *window, const QString &name)
    {
        QApplication::processEvents();
        const QString file = QDir(m_shots).filePath(name + QStringLiteral(".png"));
        QVERIFY2(window->grab().save(file), qPrintable(file));
    }

    void look(QWidget *window, const QString &name)
    {
        check(window, name);
        shot(window, name);
    }

    // Opens a dialog (modal, by exec() or open()), looks at it as at a screen, and closes it.
    void lookAtDialog(QAction *opener, const QString &name)
    {
        QVERIFY2(opener && opener->isEnabled(), qPrintable(name));
        bool seen = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            poll.stop();
            look(dialog, name);
            // Opened within the screen, as large as it opens.
            const QRect screen = dialog->screen()->availableGeometry();
            if (dialog->frameGeometry().width() > screen.width() ||
                dialog->frameGeometry().height() > screen.height())
                m_problems << QStringLiteral("%1: opens at %2×%3, larger than the screen")
                                  .arg(name)
                                  .arg(dialog->frameGeometry().width())
                                  .arg(dialog->frameGeometry().height());
            seen = true;
            dialog->reject();
        });
        poll.start();
        opener->trigger();
        QTRY_VERIFY2(seen, qPrintable(name));
    }

    static bool openAndWait(MainWindow &window, const QString &path)
    {
        QSignalSpy loaded(window.projectsPage(), &ProjectsPage::projectsLoaded);
        if (!window.openWorkspace(path))
            return false;
        return loaded.count() > 0 || loaded.wait(10000);
    }

    static qint64 projectNamed(MainWindow &window, const QString &title)
    {
        QSqlQuery query(window.workspace()->database());
        query.prepare(QStringLiteral("SELECT id FROM projects WHERE title = ?"));
        query.addBindValue(title);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    static qint64 todaysWorkshop(MainWindow &window)
    {
        QSqlQuery query(window.workspace()->database());
        query.exec(QStringLiteral("SELECT id FROM workshops ORDER BY starts_at DESC LIMIT 1"));
        return query.next() ? query.value(0).toLongLong() : 0;
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
        auto demo = TestSupport::createDemo(m_dir, QStringLiteral("salle"), TestSupport::DemoPieces::With);
        QVERIFY(demo);
        m_demo = demo->filePath();
        demo.reset();
        const QSize screen = QGuiApplication::primaryScreen()->size();
        const qreal scale = QGuiApplication::primaryScreen()->devicePixelRatio();
        const QString name = scale > 1.0 ? QStringLiteral("%1x%2@%3")
                                               .arg(qRound(screen.width() * scale))
                                               .arg(qRound(screen.height() * scale))
                                               .arg(scale)
                                         : QStringLiteral("%1x%2")
                                               .arg(screen.width())
                                               .arg(screen.height());
        const QString root = qEnvironmentVariable("COMPTOIR_SCREENSHOTS",
                                                   QDir::current().filePath(QStringLiteral("screenshots")));
        m_shots = QDir(root).filePath(name);
        QVERIFY(QDir().mkpath(m_shots));
        qInfo("screen %dx%d (scale %.2f), screenshots in %s", screen.width(), screen.height(),
              scale, qPrintable(m_shots));
    }

    void everyScreenFits()
    {
        // The window as large as the screen, as a facilitator keeps it.
        MainWindow window;
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        window.setGeometry(available);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, m_demo));
        QTRY_VERIFY2(qAbs(window.width() - available.width()) <= 4, // device pixels rounded
                     qPrintable(QStringLiteral("%1 for %2").arg(window.width()).arg(available.width())));

        // The list of projects, the first selected.
        window.projectsPage()->selectProject(projectNamed(window, QStringLiteral(
                                                                   "Épicerie solidaire itinérante du Ternois")));
        look(&window, QStringLiteral("01-projets"));

        // The richest project, on every section.
        QVERIFY(window.openProject(
            projectNamed(window, QStringLiteral("Épicerie solidaire itinérante du Ternois"))));
        ProjectEditor *editor = window.projectEditor();
        QTRY_VERIFY(editor->isVisible());
        for (int i = 0; i < editor->sectionCount(); ++i) {
            editor->showSection(i);
            look(&window, QStringLiteral("02-editeur-%1").arg(i + 1, 2, 10, QLatin1Char('0')));
        }
        window.showProjectList();

        // Workshops, holders, review, dashboard.
        QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window.workshopsPage()->isVisible());
        look(&window, QStringLiteral("03-ateliers"));
        window.findChild<QTabWidget *>(QStringLiteral("homeTabs"))
            ->setCurrentWidget(window.holdersPage());
        QTRY_VERIFY(window.holdersPage()->isVisible());
        look(&window, QStringLiteral("04-porteurs"));
        window.findChild<QTabWidget *>(QStringLiteral("homeTabs"))
            ->setCurrentWidget(window.reviewPage());
        QTRY_VERIFY(window.reviewPage()->isVisible());
        window.reviewPage()->showProject(
            projectNamed(window, QStringLiteral("Épicerie solidaire itinérante du Ternois")));
        look(&window, QStringLiteral("05-instruction"));
        window.findChild<QTabWidget *>(QStringLiteral("homeTabs"))
            ->setCurrentWidget(window.dashboardPage());
        QTRY_VERIFY(window.dashboardPage()->isVisible());
        look(&window, QStringLiteral("06-tableau-de-bord"));

        // The dialogs a facilitator or an officer opens most, on the same screen.
        const auto act = [&window](const char *name) {
            return window.findChild<QAction *>(QLatin1String(name));
        };
        window.showProjectList();
        lookAtDialog(act("editionRulesAction"), QStringLiteral("11-regles-edition"));
        lookAtDialog(act("exportBundleAction"), QStringLiteral("12-export-depot"));
        lookAtDialog(act("dossierPdfAction"), QStringLiteral("13-dossiers-pdf"));
        lookAtDialog(act("trashAction"), QStringLiteral("14-corbeille"));
        act("showWorkshopsAction")->trigger();
        QTRY_VERIFY(window.workshopsPage()->isVisible());
        lookAtDialog(act("newWorkshopAction"), QStringLiteral("15-nouvel-atelier"));
        lookAtDialog(act("venuesAction"), QStringLiteral("16-comptoirs"));
        window.findChild<QTabWidget *>(QStringLiteral("homeTabs"))
            ->setCurrentWidget(window.holdersPage());
        QTRY_VERIFY(window.holdersPage()->isVisible());
        lookAtDialog(act("newHolderAction"), QStringLiteral("17-nouveau-porteur"));
        act("showDirectoryAction")->trigger();
        QTRY_VERIFY(window.directoryPage()->isVisible());
        look(&window, QStringLiteral("18-annuaire"));
        act("showFollowUpAction")->trigger();
        QTRY_VERIFY(window.followUpPage()->isVisible());
        look(&window, QStringLiteral("20-a-relancer"));
        lookAtDialog(act("newOrganisationAction"), QStringLiteral("19-nouvelle-structure"));
        lookAtDialog(act("departmentKeyAction"), QStringLiteral("21-cle-departement"));
        lookAtDialog(act("workspaceInfoAction"), QStringLiteral("22-a-propos-espace"));

        // Today's workshop, live, then on the projector.
        QVERIFY(window.startLiveWorkshop(todaysWorkshop(window)));
        QTRY_VERIFY(window.livePanel()->isVisible());
        look(&window, QStringLiteral("07-atelier-en-cours"));
        editor->showSection(1);
        look(&window, QStringLiteral("08-atelier-en-cours-besoin"));
        QHash<QWidget *, qreal> fonts;
        for (QWidget *w : editor->findChildren<QWidget *>())
            fonts.insert(w, w->font().pointSizeF());
        window.setPresentationMode(true);
        QTRY_VERIFY(window.isFullScreen());
        look(&window, QStringLiteral("09-presentation"));
        // Large print, and every text of the form at least 7:1 against its background.
        QVERIFY(editor->font().pointSizeF() >= 1.5 * QApplication::font().pointSizeF());
        for (QWidget *w : editor->findChildren<QWidget *>()) {
            if (!shown(w) || !(qobject_cast<QLabel *>(w) || qobject_cast<QLineEdit *>(w) ||
                               qobject_cast<QPlainTextEdit *>(w)))
                continue;
            const bool input = !qobject_cast<QLabel *>(w);
            const QColor text = w->palette().color(input ? QPalette::Text : w->foregroundRole());
            const QColor back = w->palette().color(input ? QPalette::Base : QPalette::Window);
            const double ratio = contrast(text, back);
            if (w->styleSheet().isEmpty() && ratio < 7.0)
                m_problems << QStringLiteral("09-presentation: %1 contrast %2:1")
                                  .arg(nameOf(w))
                                  .arg(ratio, 0, 'f', 1);
            if (input) {
                const double placeholder =
                    contrast(w->palette().color(QPalette::PlaceholderText), back);
                if (w->styleSheet().isEmpty() && placeholder < 7.0)
                    m_problems << QStringLiteral("09-presentation: %1 placeholder contrast %2:1")
                                      .arg(nameOf(w))
                                      .arg(placeholder, 0, 'f', 1);
            }
        }
        window.setPresentationMode(false);
        QTRY_VERIFY(!window.isFullScreen());
        look(&window, QStringLiteral("10-apres-presentation"));
        // Every widget as it was.
        for (auto it = fonts.cbegin(); it != fonts.cend(); ++it) {
            if (qAbs(it.key()->font().pointSizeF() - it.value()) > 0.01)
                m_problems << QStringLiteral("10-apres-presentation: %1 keeps a %2 pt font")
                                  .arg(nameOf(it.key()))
                                  .arg(it.key()->font().pointSizeF());
        }
        window.endLiveWorkshop();

        for (const QString &p : std::as_const(m_problems))
            qWarning("%s", qPrintable(p));
        QVERIFY2(m_problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems, listed above").arg(m_problems.size())));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
