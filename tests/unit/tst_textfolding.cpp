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

    // Folded as it is compared: the same answer as folding first, for prefixes and whole words.
    void startsWithFolded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<bool>("expected");
        QTest::newRow("accent, prefix")
            << QStringLiteral("Épiceries") << QStringLiteral("epiceri") << false << true;
        QTest::newRow("accent, whole")
            << QStringLiteral("Vélo") << QStringLiteral("velo") << true << true;
        QTest::newRow("longer, whole")
            << QStringLiteral("Vélos") << QStringLiteral("velo") << true << false;
        QTest::newRow("shorter") << QStringLiteral("Vél") << QStringLiteral("velo") << false
                                 << false;
        QTest::newRow("first letter differs")
            << QStringLiteral("jardin") << QStringLiteral("velo") << false << false;
        QTest::newRow("ligature ends the prefix")
            << QStringLiteral("Cœur") << QStringLiteral("co") << false << true;
        QTest::newRow("ligature against whole")
            << QStringLiteral("Cœ") << QStringLiteral("co") << true << false;
        QTest::newRow("ligature in full")
            << QStringLiteral("Œuvres") << QStringLiteral("oeuvre") << false << true;
        QTest::newRow("beyond Latin")
            << QStringLiteral("Ωmega") << QStringLiteral("ωme") << false << true;
        QTest::newRow("empty prefix") << QStringLiteral("mot") << QString() << false << true;
        QTest::newRow("both empty, whole") << QString() << QString() << true << true;
    }

    void startsWithFolded()
    {
        QFETCH(QString, text);
        QFETCH(QString, prefix);
        QFETCH(bool, whole);
        QFETCH(bool, expected);
        QCOMPARE(TextFolding::startsWithFolded(text, prefix, whole), expected);
        const QString folded = TextFolding::fold(text);
        QCOMPARE(whole ? folded == prefix : folded.startsWith(prefix), expected);
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
