#include "attachments/Attachments.h"
#include "methodology/Methodology.h"
#include "organisations/Organisations.h"
#include "projects/BudgetLines.h"
#include "rules/Edition.h"
#include "projects/ProjectAnswers.h"
#include "reference/Communes.h"
#include "rules/Eligibility.h"
#include "rules/SubsidyEstimate.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Rule = Eligibility::Rule;
using Outcome = Eligibility::Result;

class TestEligibility final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_demo;
    // The demo is written so that its edition's deposit period is open on the day it is made.
    const QDate m_duringDeposit = QDate::currentDate();

    // A date of the demo's current edition (deposit_start…), as the demo moved it.
    QDate editionDate(const QString &column)
    {
        QSqlQuery query(m_demo->database());
        query.exec(QStringLiteral("SELECT %1 FROM editions ORDER BY year DESC LIMIT 1").arg(column));
        return query.next() ? QDate::fromString(query.value(0).toString(), Qt::ISODate) : QDate();
    }

    qint64 project(const QString &title)
    {
        QSqlQuery query(m_demo->database());
        query.prepare(QStringLiteral("SELECT id FROM projects WHERE title = ?"));
        query.addBindValue(title);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

    Eligibility::Check check(const QString &title, Rule rule, const QDate &today = {})
    {
        QString error;
        const auto checks =
            Eligibility::evaluate(*m_demo, project(title), Methodology::builtIn(),
                                  today.isValid() ? today : m_duringDeposit, &error);
        if (!checks)
            qWarning("%s", qPrintable(error));
        // The answers a caller has read give the same checks (the dossier passes its own).
        const auto withAnswers = Eligibility::evaluate(
            *m_demo, project(title), Methodology::builtIn(),
            today.isValid() ? today : m_duringDeposit,
            ProjectAnswers::all(*m_demo, project(title), &error), &error);
        if (!withAnswers || !checks || withAnswers->size() != checks->size())
            return {rule, Outcome::Failed, {}, QStringLiteral("(the two ways disagree)")};
        for (qsizetype i = 0; i < checks->size(); ++i) {
            if (withAnswers->at(i).result != checks->at(i).result ||
                withAnswers->at(i).reason != checks->at(i).reason)
                return {rule, Outcome::Failed, {}, QStringLiteral("(the two ways disagree)")};
        }
        for (const Eligibility::Check &c : checks.value_or(QList<Eligibility::Check>()))
            if (c.rule == rule)
                return c;
        return {rule, Outcome::Failed, {}, QStringLiteral("(not evaluated)")};
    }

    void answer(qint64 id, const QString &key, const QJsonValue &value)
    {
        QString error;
        QVERIFY2(ProjectAnswers::write(*m_demo, id, key, value, QStringLiteral("idee-au-projet"), 1,
                                       &error),
                 qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        m_demo = TestSupport::createDemo(m_dir);
        QVERIFY(m_demo);
    }

    void essStructure()
    {
        QCOMPARE(
            check(QStringLiteral("Épicerie solidaire itinérante du Ternois"), Rule::EssStructure)
                .result,
            Outcome::Passed);
        const auto velo =
            check(QStringLiteral("Atelier vélo participatif du Fort-Nieulay"), Rule::EssStructure);
        QCOMPARE(velo.result, Outcome::Failed);
        QVERIFY2(velo.reason.contains(QStringLiteral("Vélo Cité Calais")), qPrintable(velo.reason));
        // Without a recorded structure, the holders' declaration passes, or refuses it.
        const qint64 potager =
            project(QStringLiteral("Potager pédagogique et poulailler collectif"));
        answer(potager, QStringLiteral("ess.structure"), QStringLiteral("Association"));
        QCOMPARE(
            check(QStringLiteral("Potager pédagogique et poulailler collectif"), Rule::EssStructure)
                .result,
            Outcome::Passed);
        // A structure recorded as not of the ESS makes the same declaration "to check".
        answer(project(QStringLiteral("Atelier vélo participatif du Fort-Nieulay")),
               QStringLiteral("ess.structure"), QStringLiteral("Association"));
        QCOMPARE(
            check(QStringLiteral("Atelier vélo participatif du Fort-Nieulay"), Rule::EssStructure)
                .result,
            Outcome::ToCheck);
        answer(potager, QStringLiteral("ess.structure"),
               QStringLiteral("Collectif en cours de création"));
        QCOMPARE(
            check(QStringLiteral("Potager pédagogique et poulailler collectif"), Rule::EssStructure)
                .result,
            Outcome::Failed);
    }

    // The check reads the structure's record and says which fact it used: its verified status
    // and the evidence, its legal form, or only what the holders declared.
    void essStructureReadsTheOrganisation()
    {
        const QString title = QStringLiteral("Épicerie solidaire itinérante du Ternois");
        const qint64 id = project(title);
        QSqlQuery query(m_demo->database());
        QVERIFY(query.exec(QStringLiteral("SELECT organisation_id FROM projects WHERE id = %1")
                               .arg(id)) &&
                query.next());
        auto o = Organisations::organisation(*m_demo, query.value(0).toLongLong());
        QVERIFY(o);
        QCOMPARE(o->legalForm, QStringLiteral("association"));

        auto c = check(title, Rule::EssStructure);
        QCOMPARE(c.result, Outcome::Passed);
        QVERIFY2(c.reason.contains(QStringLiteral("legal form")), qPrintable(c.reason));

        o->legalForm = QStringLiteral("company");
        o->essStatus = Organisations::EssStatus::Esus;
        o->essEvidence = QStringLiteral("Agrément ESUS du 12/03/2024, préfecture du Pas-de-Calais");
        o->siret = QStringLiteral("732 829 320 00074");
        QVERIFY(Organisations::save(*m_demo, *o));
        c = check(title, Rule::EssStructure);
        QCOMPARE(c.result, Outcome::Passed);
        QVERIFY2(c.reason.contains(QStringLiteral("ESUS")) &&
                     c.reason.contains(QStringLiteral("préfecture du Pas-de-Calais")) &&
                     c.reason.contains(QStringLiteral("732 829 320 00074")),
                 qPrintable(c.reason));

        o->essStatus = Organisations::EssStatus::NotEss;
        o->essEvidence = QStringLiteral("Statuts : société à but lucratif");
        QVERIFY(Organisations::save(*m_demo, *o));
        c = check(title, Rule::EssStructure);
        QCOMPARE(c.result, Outcome::Failed);
        QVERIFY2(c.reason.contains(QStringLiteral("not of the ESS")), qPrintable(c.reason));

        // Nothing verified, a commercial form, only the holders' word: to check.
        o->essStatus = Organisations::EssStatus::Unknown;
        o->essEvidence.clear();
        o->essDeclared = true;
        QVERIFY(Organisations::save(*m_demo, *o));
        c = check(title, Rule::EssStructure);
        QCOMPARE(c.result, Outcome::ToCheck);
        QVERIFY2(c.reason.contains(QStringLiteral("declared")), qPrintable(c.reason));

        o->legalForm = QStringLiteral("scic");
        QVERIFY(Organisations::save(*m_demo, *o));
        QCOMPARE(check(title, Rule::EssStructure).result, Outcome::Passed);
        o->legalForm = QStringLiteral("association");
        QVERIFY(Organisations::save(*m_demo, *o));
    }

    void attendedAComptoir()
    {
        QCOMPARE(check(QStringLiteral("Café des aidants familiaux"), Rule::AttendedComptoir).result,
                 Outcome::Passed);
        // The Friperie's holder was excused, not present.
        const auto friperie =
            check(QStringLiteral("Friperie solidaire étudiante"), Rule::AttendedComptoir);
        QCOMPARE(friperie.result, Outcome::Failed);
        QSqlQuery name(m_demo->database());
        QVERIFY(name.exec(QStringLiteral("SELECT name FROM editions ORDER BY year DESC LIMIT 1")) &&
                name.next());
        QVERIFY2(friperie.reason.contains(name.value(0).toString()),
                 qPrintable(friperie.reason));
    }

    void inPasDeCalais()
    {
        const QString title = QStringLiteral("Repair café mensuel à Outreau");
        // The project's own commune counts until the communes are answered.
        QCOMPARE(check(title, Rule::InPasDeCalais).result, Outcome::Passed);
        answer(project(title), QStringLiteral("public.communes"), QJsonArray());
        QCOMPARE(check(title, Rule::InPasDeCalais).result, Outcome::Failed); // answered empty
        answer(project(title), QStringLiteral("public.communes"),
               QJsonArray{QStringLiteral("outreau"), QStringLiteral("Le Portel")});
        QCOMPARE(check(title, Rule::InPasDeCalais).result, Outcome::Passed);
        answer(project(title), QStringLiteral("public.communes"),
               QJsonArray{QStringLiteral("Outreau"), QStringLiteral("Lille")});
        const auto lille = check(title, Rule::InPasDeCalais);
        QCOMPARE(lille.result, Outcome::ToCheck);
        QVERIFY(lille.reason.contains(QStringLiteral("Lille")));
        // Not an answer of its own: the project row mirrors the first commune.
        QCOMPARE(ProjectAnswers::value(*m_demo, project(title), QStringLiteral("public.communes")),
                 QJsonValue(QJsonArray{QStringLiteral("Outreau"), QStringLiteral("Lille")}));
        QCOMPARE(Communes::find(QStringLiteral("saint pol sur ternoise")).commune->name,
                 QStringLiteral("Saint-Pol-sur-Ternoise"));
    }

    // Communes outside the 88 of the first list pass, by name or by their stored code, and the
    // check names their arrondissement.
    void inPasDeCalaisAnywhere_data()
    {
        QTest::addColumn<QJsonValue>("communes");
        QTest::addColumn<QString>("arrondissement");
        QTest::newRow("Montreuil-sur-Mer")
            << QJsonValue(QJsonArray{QStringLiteral("Montreuil-sur-Mer")})
            << QStringLiteral("Montreuil");
        QTest::newRow("Aubigny-en-Artois, typed loosely")
            << QJsonValue(QJsonArray{QStringLiteral("aubigny en artois")})
            << QStringLiteral("Arras");
        QTest::newRow("Auxi-le-Château, with its code")
            << QJsonValue(QJsonArray{
                   QJsonObject{{QStringLiteral("code"), QStringLiteral("62060")},
                               {QStringLiteral("name"), QStringLiteral("Auxi-le-Château")}}})
            << QStringLiteral("Arras");
        QTest::newRow("a former name (Hesdin, now Hesdin-la-Forêt)")
            << QJsonValue(QJsonArray{QStringLiteral("Hesdin")}) << QStringLiteral("Montreuil");
        QTest::newRow("a renamed commune keeps its code")
            << QJsonValue(
                   QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("62588")},
                                          {QStringLiteral("name"), QStringLiteral("Montreuil")}}})
            << QStringLiteral("Montreuil");
    }
    void inPasDeCalaisAnywhere()
    {
        QFETCH(QJsonValue, communes);
        QFETCH(QString, arrondissement);
        const QString title = QStringLiteral("Café des aidants familiaux");
        answer(project(title), QStringLiteral("public.communes"), communes);
        const auto c = check(title, Rule::InPasDeCalais);
        QCOMPARE(c.result, Outcome::Passed);
        QVERIFY2(c.reason.contains(arrondissement), qPrintable(c.reason));
    }

    void outsideTheDepartmentIsToCheck()
    {
        const QString title = QStringLiteral("Café des aidants familiaux");
        // Lille is in the Nord; a code of another department is no better than a name.
        for (const QJsonValue &elsewhere :
             {QJsonValue(QStringLiteral("Lille")),
              QJsonValue(QJsonObject{{QStringLiteral("code"), QStringLiteral("59350")},
                                     {QStringLiteral("name"), QStringLiteral("Lille")}})}) {
            answer(project(title), QStringLiteral("public.communes"),
                   QJsonArray{QStringLiteral("Arras"), elsewhere});
            const auto c = check(title, Rule::InPasDeCalais);
            QCOMPARE(c.result, Outcome::ToCheck);
            QVERIFY2(c.reason.contains(QStringLiteral("Lille")), qPrintable(c.reason));
            QVERIFY2(!c.reason.contains(QStringLiteral("Arras")), qPrintable(c.reason));
        }
    }

    void budgetBalanced()
    {
        QCOMPARE(
            check(QStringLiteral("Épicerie solidaire itinérante du Ternois"), Rule::BudgetBalanced)
                .result,
            Outcome::Passed);
        const auto jardin =
            check(QStringLiteral("Jardin partagé des Tilleuls"), Rule::BudgetBalanced);
        QCOMPARE(jardin.result, Outcome::Failed); // 3,800 € of expenses, 4,500 € of resources
        QVERIFY2(jardin.reason.contains(QLocale().toCurrencyString(700.0, QStringLiteral("€"), 0)),
                 qPrintable(jardin.reason));
        QCOMPARE(check(QStringLiteral("Potager pédagogique et poulailler collectif"),
                       Rule::BudgetBalanced)
                     .result,
                 Outcome::Failed); // no lines
    }

    void withinCeiling()
    {
        QCOMPARE(check(QStringLiteral("Fresque participative du quartier de la gare"),
                       Rule::WithinCeiling)
                     .result,
                 Outcome::Passed); // 4,500 € at the 4,500 € ceiling
        QSqlQuery query(m_demo->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE projects SET amount_requested_cents = 500000"
                                          " WHERE title = 'Festival de contes en picard'")));
        const auto festival =
            check(QStringLiteral("Festival de contes en picard"), Rule::WithinCeiling);
        QCOMPARE(festival.result, Outcome::Failed);
        QVERIFY2(festival.reason.contains(QStringLiteral("Valeurs de l'ESS")),
                 qPrintable(festival.reason));
        QCOMPARE(check(QStringLiteral("Friperie solidaire étudiante"), Rule::WithinCeiling).result,
                 Outcome::Failed); // no category
    }

    void depositPeriod()
    {
        const QString title = QStringLiteral("Navette solidaire vers les marchés du Ternois");
        const QDate start = editionDate(QStringLiteral("deposit_start"));
        const QDate end = editionDate(QStringLiteral("deposit_end"));
        QVERIFY(start.isValid() && end.isValid());
        // Today, as the demo tells it, the deposit is open.
        QVERIFY(start <= QDate::currentDate() && QDate::currentDate() <= end);
        QCOMPARE(check(title, Rule::DepositPeriod).result, Outcome::Passed);
        QCOMPARE(check(title, Rule::DepositPeriod, start.addDays(-30)).result, Outcome::ToCheck);
        QCOMPARE(check(title, Rule::DepositPeriod, end.addDays(1)).result, Outcome::Failed);
    }

    // A project whose every answer is given passes every check.
    void everythingPasses()
    {
        const QString title = QStringLiteral("Navette solidaire vers les marchés du Ternois");
        const qint64 id = project(title);
        for (const Methodology::Section &section : Methodology::builtIn().sections) {
            for (const Methodology::Field &field : section.fields) {
                if (!field.required || field.type == Methodology::FieldType::Budget)
                    continue;
                QJsonValue value = QStringLiteral("Réponse");
                if (field.type == Methodology::FieldType::Rows)
                    value = QJsonArray{
                        QJsonObject{{field.columns.first().key, QStringLiteral("Une ligne")}}};
                else if (field.type == Methodology::FieldType::Qqoqcp)
                    value = QJsonObject{{QStringLiteral("qui"), QStringLiteral("Les aidants")}};
                else if (field.type == Methodology::FieldType::Money)
                    value = 9500;
                else if (field.type == Methodology::FieldType::MultipleChoice)
                    value = QJsonArray{field.options.first()};
                else if (field.type == Methodology::FieldType::Commune)
                    value = QJsonArray{QStringLiteral("Arleux-en-Gohelle")};
                answer(id, field.qualifiedKey, value);
            }
        }
        QString error;
        const auto checks =
            Eligibility::evaluate(*m_demo, id, Methodology::builtIn(), m_duringDeposit, &error);
        QVERIFY(checks);
        QCOMPARE(checks->size(), 7);
        for (const Eligibility::Check &c : *checks)
            QVERIFY2(c.result == Outcome::Passed,
                     qPrintable(c.label + QStringLiteral(": ") + c.reason));
        QVERIFY(Eligibility::allPassed(*checks));
    }

    void piecesAskedByTheEdition()
    {
        const QString title = QStringLiteral("Épicerie solidaire itinérante du Ternois");
        // Not asked unless the edition says so (a new edition does not).
        QVERIFY(!Edition::forYear(2031).checks.contains(Rule::QuotesAttached));
        QVERIFY(!Edition::forYear(2031).checks.contains(Rule::StatutesAttached));
        QCOMPARE(check(title, Rule::QuotesAttached).reason, QStringLiteral("(not evaluated)"));

        QSqlQuery query(m_demo->database());
        QVERIFY(query.exec(QStringLiteral("SELECT edition_id FROM projects WHERE id = %1")
                               .arg(project(title))) &&
                query.next());
        QString error;
        std::optional<Edition> edition = Edition::load(*m_demo, query.value(0).toLongLong(), &error);
        QVERIFY2(edition, qPrintable(error));
        edition->checks << Rule::QuotesAttached << Rule::StatutesAttached;
        edition->quoteThresholdCents = 2'000'00;
        QVERIFY2(Edition::save(*m_demo, *edition, &error) > 0, qPrintable(error));

        // Every expense line from 2,000 € needs its quote.
        const qint64 id = project(title);
        const QList<BudgetLines::Line> lines = BudgetLines::load(*m_demo, id, &error);
        QList<BudgetLines::Line> large;
        for (const BudgetLines::Line &line : lines) {
            if (line.kind == BudgetLines::Kind::Expense && line.amountCents >= 2'000'00)
                large << line;
        }
        QVERIFY(large.size() >= 2);
        auto quotes = check(title, Rule::QuotesAttached);
        QCOMPARE(quotes.result, Outcome::Failed);
        QVERIFY2(quotes.reason.contains(large.first().label), qPrintable(quotes.reason));
        const QString pdf = m_dir.filePath(QStringLiteral("devis.pdf"));
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4 devis");
        }
        for (const BudgetLines::Line &line : std::as_const(large)) {
            auto added = Attachments::attach(*m_demo, id, {pdf}, QStringLiteral("quote"));
            QVERIFY(added && added->attached.size() == 1);
            Attachments::Attachment quote = added->attached.first();
            quote.budgetLineUuid = line.uuid;
            QVERIFY(Attachments::update(*m_demo, quote));
            if (&line != &large.last())
                QCOMPARE(check(title, Rule::QuotesAttached).result, Outcome::Failed);
        }
        quotes = check(title, Rule::QuotesAttached);
        QCOMPARE(quotes.result, Outcome::Passed);
        QVERIFY2(quotes.reason.contains(QString::number(large.size())), qPrintable(quotes.reason));

        // An association's statutes.
        answer(id, QStringLiteral("ess.structure"), QStringLiteral("Association"));
        QSqlQuery(m_demo->database())
            .exec(QStringLiteral("UPDATE projects SET organisation_id = NULL WHERE id = %1").arg(id));
        QCOMPARE(check(title, Rule::StatutesAttached).result, Outcome::Failed);
        QVERIFY(Attachments::attach(*m_demo, id, {pdf}, QStringLiteral("statutes")));
        QCOMPARE(check(title, Rule::StatutesAttached).result, Outcome::Passed);
        // A cooperative is not asked for statutes.
        const QString cafe = QStringLiteral("Café des aidants familiaux");
        answer(project(cafe), QStringLiteral("ess.structure"),
               QStringLiteral("Coopérative (SCOP, SCIC)"));
        QSqlQuery(m_demo->database())
            .exec(QStringLiteral("UPDATE projects SET organisation_id = NULL WHERE id = %1")
                      .arg(project(cafe)));
        QCOMPARE(check(cafe, Rule::StatutesAttached).result, Outcome::Passed);
    }

    void missingProject()
    {
        QString error;
        QVERIFY(!Eligibility::evaluate(*m_demo, 999999, Methodology::builtIn(), m_duringDeposit,
                                       &error));
        QVERIFY(!error.isEmpty());
    }

    void subsidyEstimate()
    {
        const qint64 envelope = 57200000;
        auto s =
            SubsidyEstimate::compute(1200000, QStringLiteral("Coopération"), 0, 2000000, envelope);
        QCOMPARE(s.amountCents, 1200000);
        QVERIFY(s.reasoning.join(QLatin1Char(' ')).contains(QStringLiteral("vote order")));
        s = SubsidyEstimate::compute(600000, QStringLiteral("Valeurs de l'ESS"), 0, 450000,
                                     envelope);
        QCOMPARE(s.amountCents, 450000); // limited to the ceiling
        QVERIFY(s.reasoning.join(QLatin1Char(' ')).contains(QStringLiteral("Limited")));
        QCOMPARE(SubsidyEstimate::compute(300000, QStringLiteral("Coopération"), 450000, 2000000,
                                          envelope)
                     .amountCents,
                 0);
        QCOMPARE(SubsidyEstimate::compute(300000, QString(), 0, 0, envelope).amountCents, 0);
        QCOMPARE(SubsidyEstimate::compute(0, QStringLiteral("Coopération"), 0, 2000000, envelope)
                     .amountCents,
                 0);
        QCOMPARE(
            SubsidyEstimate::compute(300000, QStringLiteral("Sans plafond"), 0, 0, 0).amountCents,
            300000);
        // Not selected by the committee: nothing, and said so.
        const SubsidyEstimate none = SubsidyEstimate::compute(
            300000, QStringLiteral("Coopération"), 0, 2000000, envelope, true);
        QCOMPARE(none.amountCents, 0);
        QCOMPARE(none.reasoning.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
