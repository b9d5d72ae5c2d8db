#include "Language.h"
#include "TestSupport.h"
#include "organisations/Identifiers.h"

#include <QTest>

// SIRET, SIREN and RNA numbers of the porteurs' structures and partners: read as typed (spaces,
// dots, dashes), their check digit verified, La Poste's exception, refusals said in French.
class TestIdentifiers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("fr")));
    }

    void siretReadAsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("digits");
        QTest::newRow("plain") << "55203253400646" << "55203253400646";
        QTest::newRow("spaces") << "552 032 534 00646" << "55203253400646";
        QTest::newRow("no-break spaces and dots") << "552\u00a0032.534-00646" << "55203253400646";
        QTest::newRow("another") << "732 829 320 00074" << "73282932000074";
        // La Poste: its key is the sum of the digits, a multiple of 5 (not Luhn's).
        QTest::newRow("La Poste") << "356 000 000 49837" << "35600000049837";
    }
    void siretReadAsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(QString, digits);
        const Result<QString> siret = Identifiers::siret(typed);
        QVERIFY2(siret, qPrintable(siret.error()));
        QCOMPARE(*siret, digits);
    }

    void mistypedSiretIsRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("last digit") << "55203253400647" << "dernier chiffre";
        QTest::newRow("two digits swapped in the SIREN") << "55230253400646" << "SIREN";
        QTest::newRow("too short") << "5520325340064" << "14 chiffres";
        QTest::newRow("letters") << "55203253A00646" << "14 chiffres";
        QTest::newRow("La Poste mistyped") << "35600000049838" << "ne correspondent pas";
    }
    void mistypedSiretIsRefused()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        const Result<QString> siret = Identifiers::siret(typed);
        QVERIFY(!siret);
        QVERIFY2(siret.error().contains(message), qPrintable(siret.error()));
    }

    void sirenAndRna()
    {
        QCOMPARE(*Identifiers::siren(QStringLiteral("552 032 534")), QStringLiteral("552032534"));
        QVERIFY(!Identifiers::siren(QStringLiteral("552 032 535")));
        QCOMPARE(*Identifiers::rna(QStringLiteral("w622001234")), QStringLiteral("W622001234"));
        QCOMPARE(*Identifiers::rna(QStringLiteral("W 622 001 234")), QStringLiteral("W622001234"));
        const Result<QString> wrong = Identifiers::rna(QStringLiteral("622001234"));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(QStringLiteral("«\u00a0W\u00a0»")), qPrintable(wrong.error()));
        QCOMPARE(Identifiers::formatSiret(QStringLiteral("55203253400646")),
                 QStringLiteral("552 032 534 00646"));
    }
};

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
