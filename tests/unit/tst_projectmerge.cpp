#include "exchange/ProjectMerge.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// The fields of a project in conflict and the version the choices make: no workspace, no file.
class TestProjectMerge final : public QObject
{
    Q_OBJECT

    static ProjectSnapshot version(const QString &title, const QString &need, qint64 cents)
    {
        ProjectSnapshot s;
        s.project = QJsonObject{{QStringLiteral("uuid"), QStringLiteral("p")},
                                {QStringLiteral("title"), title},
                                {QStringLiteral("stage"), QStringLiteral("idea")},
                                {QStringLiteral("venue"), QStringLiteral("v1")},
                                {QStringLiteral("commune"), QStringLiteral("Arras")},
                                {QStringLiteral("communeCode"), QStringLiteral("62041")}};
        s.answers.append(QJsonObject{{QStringLiteral("project"), QStringLiteral("p")},
                                     {QStringLiteral("key"), QStringLiteral("besoin.constat")},
                                     {QStringLiteral("value"), need}});
        s.budgetLines.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("expense")},
                                         {QStringLiteral("position"), 0},
                                         {QStringLiteral("label"), QStringLiteral("Bancs")},
                                         {QStringLiteral("amountCents"), double(cents)}});
        s.holders.append(QJsonObject{{QStringLiteral("holder"), QStringLiteral("h1")},
                                     {QStringLiteral("lead"), true},
                                     {QStringLiteral("position"), 0}});
        return s;
    }

    static QString name(const char *list, const QString &uuid)
    {
        return QLatin1String(list) + QLatin1Char(':') + uuid;
    }

private slots:
    // A version's hash is in the files already written (their "history"): the same bytes hashed
    // whatever the code that writes them, escapes and letters beyond ASCII included.
    void versionHashIsStable()
    {
        ProjectSnapshot s = version(QStringLiteral("Café « solidaire » \"Le 62\" \\ à Arras"),
                                    QStringLiteral("Ligne 1\nLigne 2\tfin\r\u0001\b\f ✓"), 12345);
        s.attachments.append(QJsonObject{{QStringLiteral("fileName"), QStringLiteral("devis.pdf")},
                                         {QStringLiteral("size"), 2048},
                                         {QStringLiteral("caption"), QStringLiteral("Devis")}});
        QCOMPARE(s.hash(), QStringLiteral("7ca9bf339d3e03f9"));
        QCOMPARE(version(QStringLiteral("Jardin"), QStringLiteral("Friche"), 100).hash(),
                 QStringLiteral("28211b5cfe58112c"));
    }

    void sameVersionsDifferInNothing()
    {
        const ProjectSnapshot a = version(QStringLiteral("Jardin"), QStringLiteral("Friche"), 100);
        QVERIFY(ProjectMerge::differences(a, a, &name).isEmpty());
    }

    void differencesInThePageOrder()
    {
        const ProjectSnapshot local =
            version(QStringLiteral("Jardin"), QStringLiteral("Friche"), 100);
        ProjectSnapshot incoming = version(QStringLiteral("Jardin partagé"),
                                           QStringLiteral("Friche derrière l'école"), 250);
        incoming.project.insert(QStringLiteral("venue"), QStringLiteral("v2"));
        incoming.holders = QJsonArray{QJsonObject{{QStringLiteral("holder"), QStringLiteral("h2")},
                                                  {QStringLiteral("lead"), true},
                                                  {QStringLiteral("position"), 0}}};
        const QList<ProjectMerge::Field> fields = ProjectMerge::differences(local, incoming, &name);
        QStringList keys;
        for (const ProjectMerge::Field &f : fields)
            keys << f.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("title"), QStringLiteral("venue"),
                                    QStringLiteral("answer:besoin.constat"),
                                    QStringLiteral("budgetLines"), QStringLiteral("holders")}));
        QCOMPARE(fields.at(0).local, QStringLiteral("Jardin"));
        QCOMPARE(fields.at(0).incoming, QStringLiteral("Jardin partagé"));
        // What a project refers to is shown by name, asked of the caller.
        QCOMPARE(fields.at(1).local, QStringLiteral("venues:v1"));
        QCOMPARE(fields.at(1).incoming, QStringLiteral("venues:v2"));
        QCOMPARE(fields.at(4).incoming, QStringLiteral("holders:h2"));
        for (const ProjectMerge::Field &f : fields)
            QVERIFY(!f.takeIncoming); // nothing is decided silently
    }

    void aCommuneWithAndWithoutItsCodeIsTheSameAnswer()
    {
        ProjectSnapshot a = version(QStringLiteral("Jardin"), QStringLiteral("Friche"), 100);
        ProjectSnapshot b = a;
        QJsonObject answer = a.answers.at(0).toObject();
        answer.insert(QStringLiteral("value"),
                      QJsonObject{{QStringLiteral("code"), QStringLiteral("62041")},
                                  {QStringLiteral("name"), QStringLiteral("Arras")}});
        a.answers = QJsonArray{answer};
        answer.insert(QStringLiteral("value"), QStringLiteral("Arras"));
        b.answers = QJsonArray{answer};
        QVERIFY(ProjectMerge::differences(a, b, &name).isEmpty());
    }

    void mergedTakesOnlyWhatWasChosen()
    {
        const ProjectSnapshot local =
            version(QStringLiteral("Jardin"), QStringLiteral("Friche"), 100);
        ProjectSnapshot incoming = version(QStringLiteral("Jardin partagé"),
                                           QStringLiteral("Friche derrière l'école"), 250);
        incoming.project.insert(QStringLiteral("commune"), QStringLiteral("Lens"));
        incoming.project.insert(QStringLiteral("communeCode"), QStringLiteral("62498"));
        QList<ProjectMerge::Field> fields = ProjectMerge::differences(local, incoming, &name);
        for (ProjectMerge::Field &f : fields)
            f.takeIncoming = f.key == QLatin1String("commune") ||
                             f.key == QLatin1String("answer:besoin.constat");
        const ProjectSnapshot result = ProjectMerge::merged(local, incoming, fields);
        QCOMPARE(result.project.value(QLatin1String("title")).toString(), QStringLiteral("Jardin"));
        QCOMPARE(result.project.value(QLatin1String("commune")).toString(), QStringLiteral("Lens"));
        // The commune's code goes with its name.
        QCOMPARE(result.project.value(QLatin1String("communeCode")).toString(),
                 QStringLiteral("62498"));
        QCOMPARE(result.answers.at(0).toObject().value(QLatin1String("value")).toString(),
                 QStringLiteral("Friche derrière l'école"));
        QCOMPARE(result.budgetLines, local.budgetLines);
        QCOMPARE(result.hash() == local.hash(), false);

        for (ProjectMerge::Field &f : fields)
            f.takeIncoming = false;
        QCOMPARE(ProjectMerge::merged(local, incoming, fields).hash(), local.hash());
    }
};

QTEST_GUILESS_MAIN(TestProjectMerge)
#include "tst_projectmerge.moc"
