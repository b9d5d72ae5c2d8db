#include "demo/DemoWorkspace.h"
#include "projects/ProjectDetails.h"
#include "projects/Stage.h"
#include "followup/FollowUps.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestDemoWorkspace final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_demo;

    QStringList column(const QString &sql)
    {
        QSqlQuery query(m_demo->database());
        if (!query.exec(sql))
            return {};
        QStringList values;
        while (query.next())
            values << query.value(0).toString();
        return values;
    }
    int count(const QString &table)
    {
        return column(QStringLiteral("SELECT count(*) FROM ") + table).value(0).toInt();
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        m_demo = TestSupport::createDemo(m_dir, QStringLiteral("demo"), TestSupport::DemoPieces::With);
        QVERIFY(m_demo);
    }

    void theSevenComptoirsOfTheSeed()
    {
        const QStringList communes =
            column(QStringLiteral("SELECT commune FROM venues ORDER BY commune"));
        QCOMPARE(communes, (QStringList{QStringLiteral("Arleux-en-Gohelle"),
                                        QStringLiteral("Beaurainville"), QStringLiteral("Calais"),
                                        QStringLiteral("Liévin"), QStringLiteral("Outreau"),
                                        QStringLiteral("Saint-Martin-lez-Tatinghem"),
                                        QStringLiteral("Saint-Pol-sur-Ternoise")}));
        QCOMPARE(
            column(QStringLiteral("SELECT count(*) FROM venues WHERE host_organisation_id IS NULL"))
                .value(0),
            QStringLiteral("0"));
    }

    void twoEditionsWithTheirThreeCategories()
    {
        QCOMPARE(count(QStringLiteral("editions")), 2);
        const QString current = QStringLiteral(" WHERE edition_id = (SELECT id FROM editions"
                                               " ORDER BY year DESC LIMIT 1)");
        QCOMPARE(column(QStringLiteral("SELECT name FROM categories") + current +
                        QStringLiteral(" ORDER BY position")),
                 (QStringList{QStringLiteral("Coopération"), QStringLiteral("Innovation sociale"),
                              QStringLiteral("Valeurs de l'ESS")}));
        QCOMPARE(column(QStringLiteral("SELECT ceiling_cents FROM categories") + current +
                        QStringLiteral(" AND code = 'valeurs_ess'"))
                     .value(0),
                 QStringLiteral("450000")); // 4,500 €, the known ceiling of "valeurs ESS"
        QCOMPARE(column(QStringLiteral("SELECT envelope_cents FROM editions ORDER BY year DESC"))
                     .value(0),
                 QStringLiteral("57200000"));
        // Named for their years, one after the other.
        const QStringList years = column(QStringLiteral("SELECT year FROM editions ORDER BY year"));
        QCOMPARE(years.value(1).toInt(), years.value(0).toInt() + 1);
        QVERIFY(column(QStringLiteral("SELECT name FROM editions ORDER BY year DESC"))
                    .value(0)
                    .endsWith(years.value(1)));
    }

    // Whatever the day it is made, the demo tells the same story that day: this year's
    // comptoirs under way and its deposit open, last year's results known, a workshop this
    // afternoon, and nothing attended in the future.
    void itsDatesTellTodaysStory()
    {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(column(QStringLiteral("SELECT count(*) FROM editions WHERE comptoirs_start <= '%1'"
                                       " AND '%1' <= comptoirs_end AND deposit_start <= '%1'"
                                       " AND '%1' <= deposit_end")
                            .arg(today))
                     .value(0),
                 QStringLiteral("1"));
        QCOMPARE(column(QStringLiteral("SELECT count(*) FROM editions WHERE results_date < '%1'")
                            .arg(today))
                     .value(0),
                 QStringLiteral("1"));
        QCOMPARE(column(QStringLiteral("SELECT count(*) FROM workshops"
                                       " WHERE date(starts_at, 'localtime') = '%1'")
                            .arg(today))
                     .value(0),
                 QStringLiteral("1"));
        QCOMPARE(column(QStringLiteral("SELECT count(*) FROM attendance a JOIN workshops w"
                                       " ON w.id = a.workshop_id WHERE a.status = 'present'"
                                       " AND date(w.starts_at) > '%1'")
                            .arg(today))
                     .value(0),
                 QStringLiteral("0"));
        // The committee's decisions belong to last year's edition.
        QCOMPARE(column(QStringLiteral("SELECT DISTINCT e.year FROM projects p JOIN editions e"
                                       " ON e.id = p.edition_id"
                                       " WHERE p.stage IN ('labelled', 'not_selected')"))
                     .size(),
                 1);
        QVERIFY(column(QStringLiteral("SELECT max(updated_at) FROM projects")).value(0) <=
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        QCOMPARE(column(QStringLiteral("SELECT count(*) FROM projects WHERE created_at > updated_at"))
                     .value(0),
                 QStringLiteral("0"));
    }

    // A project's stage matches what is written: from "ready" on, every required field is
    // answered, as the editor and the details pane count it.
    void stagesMatchTheirContent()
    {
        QSqlQuery query(m_demo->database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT id, title FROM projects"
            " WHERE stage IN ('ready', 'deposited', 'labelled', 'not_selected')")));
        int seen = 0;
        while (query.next()) {
            ++seen;
            QString error;
            const auto details =
                ProjectDetails::load(*m_demo, query.value(0).toLongLong(), &error);
            QVERIFY2(details, qPrintable(error));
            const auto progress =
                ProjectDetails::progress(*m_demo, *details, query.value(0).toLongLong(), &error);
            QVERIFY2(progress, qPrintable(error));
            if (details->stage == Stage::NotSelected)
                continue; // what the committee did not keep may stay unfinished
            QVERIFY2(progress->complete(), qPrintable(QStringLiteral("%1: %2/%3")
                                                          .arg(query.value(1).toString())
                                                          .arg(progress->requiredAnswered)
                                                          .arg(progress->required)));
        }
        QVERIFY(seen >= 6);
    }

    void projectsAtEveryStage()
    {
        QVERIFY(count(QStringLiteral("projects")) >= 12);
        QVERIFY(count(QStringLiteral("holders")) >= 12);
        QVERIFY(count(QStringLiteral("workshops")) >= 3);
        const QStringList stages = column(QStringLiteral("SELECT DISTINCT stage FROM projects"));
        for (Stage stage : Stages::all())
            QVERIFY2(stages.contains(Stages::code(stage)), qPrintable(Stages::code(stage)));
        // Every project has exactly one lead holder, and its lead attended a workshop.
        QCOMPARE(
            column(QStringLiteral(
                       "SELECT count(*) FROM projects p WHERE (SELECT count(*) FROM project_holders"
                       " WHERE project_id = p.id AND is_lead = 1) <> 1"))
                .value(0),
            QStringLiteral("0"));
        QCOMPARE(
            column(QStringLiteral(
                       "SELECT count(*) FROM projects p WHERE NOT EXISTS (SELECT 1 FROM attendance"
                       " WHERE project_id = p.id)"))
                .value(0),
            QStringLiteral("0"));
        // Realistic French content.
        QVERIFY(column(QStringLiteral("SELECT title FROM projects"))
                    .contains(QStringLiteral("Café des aidants familiaux")));
        QVERIFY(count(QStringLiteral("budget_lines")) > 20);
        QVERIFY(count(QStringLiteral("consents")) >= 3 * 12);
    }

    void aMissionOfficersFirstReviews()
    {
        QCOMPARE(
            column(QStringLiteral("SELECT r.status || ' ' || p.title FROM reviews r"
                                  " JOIN projects p ON p.id = r.project_id ORDER BY r.status")),
            (QStringList{QStringLiteral("admissible Épicerie solidaire itinérante du Ternois"),
                         QStringLiteral("to_rework Repair café mensuel à Outreau")}));
        QCOMPARE(count(QStringLiteral("review_scores")), 3);
        QCOMPARE(count(QStringLiteral("review_comments")), 2);
        QCOMPARE(column(QStringLiteral("SELECT kind FROM project_links")),
                 QStringList{QStringLiteral("cooperation")});
    }

    void identitiesAndIntegrity()
    {
        const QStringList uuids = column(QStringLiteral(
            "SELECT uuid FROM editions UNION ALL SELECT uuid FROM categories UNION ALL SELECT uuid "
            "FROM venues"
            " UNION ALL SELECT uuid FROM workshops UNION ALL SELECT uuid FROM holders UNION ALL "
            "SELECT uuid FROM projects"
            " UNION ALL SELECT uuid FROM budget_lines UNION ALL SELECT uuid FROM attendance"));
        QVERIFY(uuids.size() > 100);
        QCOMPARE(QSet<QString>(uuids.begin(), uuids.end()).size(), uuids.size());
        for (const QString &uuid : uuids)
            QVERIFY2(!QUuid::fromString(uuid).isNull(), qPrintable(uuid));
        QCOMPARE(column(QStringLiteral("SELECT DISTINCT origin FROM projects")),
                 QStringList{m_demo->origin()});
        QVERIFY(column(QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
        QCOMPARE(column(QStringLiteral("PRAGMA integrity_check")),
                 QStringList{QStringLiteral("ok")});
    }

    void theEpicerieHasItsPieces()
    {
        // A quote backing its largest expense, the statutes, a letter of support and a photo;
        // attaching them did not make the project newer than the demo says.
        QSqlQuery query(m_demo->database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT a.kind, a.media_type, b.label FROM attachments a JOIN projects p ON p.id ="
            " a.project_id LEFT JOIN budget_lines b ON b.uuid = a.budget_line_uuid WHERE p.title ="
            " 'Épicerie solidaire itinérante du Ternois' ORDER BY a.position")));
        QStringList kinds;
        while (query.next()) {
            kinds << query.value(0).toString();
            if (query.value(0).toString() == QLatin1String("quote"))
                QCOMPARE(query.value(2).toString(),
                         QStringLiteral("Aménagement du camion (étagères, froid)"));
        }
        QCOMPARE(kinds, (QStringList{QStringLiteral("quote"), QStringLiteral("statutes"),
                                     QStringLiteral("support_letter"), QStringLiteral("photo")}));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM attachment_blobs")) && query.next());
        QCOMPARE(query.value(0).toInt(), 4);
        const QString aMinuteAgo = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM projects WHERE updated_at > '%1'")
                               .arg(aMinuteAgo)) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    // After the comptoir: the directory over the seven territories, structures with their
    // numbers, follow-ups (some overdue), pitch runs.
    void afterTheComptoir()
    {
        const auto scalar = [this](const QString &sql) {
            QSqlQuery query(m_demo->database());
            return query.exec(sql) && query.next() ? query.value(0) : QVariant();
        };
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM organisations WHERE directory_kind"
                                       " <> ''"))
                     .toInt(),
                 12);
        // Every comptoir has partners who come to it.
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT venue_id) FROM organisation_venues"))
                     .toInt(),
                 7);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM organisations WHERE siret <> '' AND"
                                       " ess_evidence <> ''"))
                     .toInt(),
                 3);
        QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT project_id) FROM follow_ups")).toInt() >= 6);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM follow_ups WHERE internal = 1")).toInt(),
                 1);
        const auto toFollowUp = FollowUps::toFollowUp(*m_demo, QDate::currentDate());
        QVERIFY(toFollowUp);
        QCOMPARE(toFollowUp->size(), 5);
        QCOMPARE(std::count_if(toFollowUp->cbegin(), toFollowUp->cend(),
                               [](const FollowUps::ToFollowUp &t) { return t.stepDue; }),
                 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pitch_runs r JOIN workshops w ON"
                                       " w.id = r.workshop_id WHERE w.kind = 'pitch'"))
                     .toInt(),
                 3);
    }

    void createRefusesAnExistingPath()
    {
        QString error;
        QVERIFY(!DemoWorkspace::create(m_demo->filePath(), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(count(QStringLiteral("projects")), 14); // the existing demo is untouched
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
