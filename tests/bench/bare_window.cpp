// The baseline of bench_startup: a bare QMainWindow with an empty QTableView, shown at the size
// Comptoir's window takes. Prints "bare-shown ms=N" (from main) once its first paint is over,
// then quits, as `comptoir --startup-probe` does for the real window.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QScreen>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget *window, const QElapsedTimer &sinceMain)
        : m_window(window)
        , m_sinceMain(sinceMain)
    {
        qApp->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("bare-shown ms=%lld\n", static_cast<long long>(m_sinceMain.elapsed()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    QElapsedTimer m_sinceMain;
    bool m_seen = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QTableView(&window));
    window.resize(QSize(1280, 800).boundedTo(window.screen()->availableSize() * 0.9));
    FirstPaint probe(&window, sinceMain);
    window.show();
    return app.exec();
}
