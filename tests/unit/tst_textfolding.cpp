#include "text/TextFolding.h"

#include <QTest>

class TestTextFolding final : public QObject
{
    Q_OBJECT

private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folded");
        QTest::newRow("accents and case")
            << QStringLiteral("Épicerie Élégante") << QStringLiteral("epicerie elegante");
        QTest::newRow("hyphen and apostrophe")
            << QStringLiteral("Saint-Pol-sur-Ternoise, l’ESS d'abord")
            << QStringLiteral("saint pol sur ternoise  l ess d abord");
        QTest::newRow("ligatures")
            << QStringLiteral("Œuvre cœur Æsope") << QStringLiteral("oeuvre coeur aesope");
        QTest::newRow("cedilla and diaeresis")
            << QStringLiteral("Français Noël Gaëlle") << QStringLiteral("francais noel gaelle");
        QTest::newRow("digits kept")
            << QStringLiteral("Édition 2026") << QStringLiteral("edition 2026");
        QTest::newRow("beyond Latin") << QStringLiteral("Ωmega") << QStringLiteral("ωmega");
        QTest::newRow("empty") << QString() << QString();
    }

    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, folded);
        QCOMPARE(TextFolding::fold(input), folded);
    }

    void appendKeepsWhatIsThere()
    {
        QString out = QStringLiteral("abc|");
        TextFolding::appendFolded(u"Liévin", out);
        QCOMPARE(out, QStringLiteral("abc|lievin"));
    }
};

QTEST_GUILESS_MAIN(TestTextFolding)
#include "tst_textfolding.moc"
