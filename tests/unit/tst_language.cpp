#include "Language.h"
#include "projects/Stage.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QTest>

class TestLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void resolve_data()
    {
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("preference");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("French system") << ""
                                       << ""
                                       << "fr_FR"
                                       << "fr";
        QTest::newRow("English system") << ""
                                        << ""
                                        << "en_GB"
                                        << "en";
        QTest::newRow("other system falls back to French") << ""
                                                           << ""
                                                           << "de_DE"
                                                           << "fr";
        QTest::newRow("preference beats system") << ""
                                                 << "en"
                                                 << "fr_FR"
                                                 << "en";
        QTest::newRow("command line beats preference") << "fr"
                                                       << "en"
                                                       << "en_US"
                                                       << "fr";
        QTest::newRow("unknown command line ignored") << "xx"
                                                      << ""
                                                      << "fr_BE"
                                                      << "fr";
    }

    void resolve()
    {
        QFETCH(QString, commandLine);
        QFETCH(QString, preference);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(Language::resolve(commandLine, preference, QLocale(system)), expected);
    }

    // Installing French translates Comptoir's own strings and Qt's, and makes dates French.
    void installFrench()
    {
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("fr")));
        QCOMPARE(Stages::name(Stage::Ready), QStringLiteral("Prêt à déposer"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Annuler"));
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(QLocale().toString(QDate(2026, 11, 25), QStringLiteral("MMMM")),
                 QStringLiteral("novembre"));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
