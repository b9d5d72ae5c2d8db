#include "WorkshopReport.h"

#include "Dossier.h"
#include "methodology/Completeness.h"
#include "methodology/MethodologyStore.h"
#include "PageFlow.h"
#include "PdfFile.h"
#include "projects/BudgetLines.h"
#include "projects/ProjectAnswers.h"
#include "projects/ProjectRecord.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>

namespace {

const QColor &kNavy = PageFlow::navy;
const QColor &kGrey = PageFlow::grey;

QFont font(double points, bool bold = false)
{
    return PageFlow::font(points, bold);
}

QString utc(const QDateTime &local)
{
    return local.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString duration(int seconds)
{
    if (seconds <= 0)
        return QStringLiteral("—");
    const int minutes = (seconds + 59) / 60;
    return minutes < 60 ? WorkshopReport::tr("%1 min").arg(minutes)
                        : WorkshopReport::tr("%1 h %2")
                              .arg(minutes / 60)
                              .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

std::optional<WorkshopReport::Data> WorkshopReport::load(const Workspace &workspace,
                                                         qint64 workshopId, QString *error)
{
    const std::optional<Workshops::Workshop> workshop = Workshops::workshop(workspace, workshopId);
    if (!workshop) {
        *error = tr("This workshop no longer exists.");
        return std::nullopt;
    }
    Data data;
    data.workshop = *workshop;
    data.participants = Attendance::participants(workspace, workshopId);
    QSqlQuery query(workspace.database());
    if (workshop->editionId > 0) {
        query.prepare(QStringLiteral("SELECT name FROM editions WHERE id = ?"));
        query.addBindValue(workshop->editionId);
        if (query.exec() && query.next())
            data.editionName = query.value(0).toString();
    }

    // The projects of the participants who came, each once.
    const QString began = utc(workshop->start);
    const QString ended =
        utc(workshop->end.isValid() ? workshop->end : workshop->start.addSecs(4 * 3600));
    QList<qint64> seen;
    Dossier::Methodologies methodologies;
    for (const Attendance::Participant &p : std::as_const(data.participants)) {
        if (p.status != Attendance::Status::Present || p.projectId <= 0 ||
            seen.contains(p.projectId))
            continue;
        seen << p.projectId;
        QString readError;
        const std::optional<Dossier::Data> dossier =
            Dossier::load(workspace, p.projectId, &readError, &methodologies);
        if (!dossier)
            continue;
        Project project;
        project.id = p.projectId;
        project.title = dossier->details.title;
        project.sections = int(dossier->methodology.sections.size());
        // Which answers existed when the workshop began, and when it ended.
        QHash<QString, ProjectAnswers::Answer> before, after;
        query.prepare(
            QStringLiteral("SELECT field_key, created_at FROM answers WHERE project_id = ?"));
        query.addBindValue(p.projectId);
        QHash<QString, QString> created;
        if (query.exec()) {
            while (query.next())
                created.insert(query.value(0).toString(), query.value(1).toString());
        }
        for (auto it = dossier->answers.cbegin(); it != dossier->answers.cend(); ++it) {
            const QString at = created.value(it.key());
            if (at.isEmpty() || at < began)
                before.insert(it.key(), it.value());
            if (at.isEmpty() || at <= ended)
                after.insert(it.key(), it.value());
            if (!at.isEmpty() && at >= began && at <= ended)
                ++project.answersWritten;
        }
        const bool hasBudget =
            BudgetLines::total(dossier->budget, BudgetLines::Kind::Expense) > 0 &&
            BudgetLines::total(dossier->budget, BudgetLines::Kind::Resource) > 0;
        for (const Methodology::Section &section : dossier->methodology.sections) {
            project.completeBefore +=
                Completeness::section(section, before, hasBudget).complete() ? 1 : 0;
            project.completeAfter +=
                Completeness::section(section, after, hasBudget).complete() ? 1 : 0;
        }
        const QJsonArray steps =
            dossier->answers.value(QStringLiteral("suites.etapes")).value.toArray();
        for (const QJsonValue &v : steps) {
            const QJsonObject step = v.toObject();
            const QString what = step.value(QLatin1String("etape")).toString().trimmed();
            const QDate when =
                QDate::fromString(step.value(QLatin1String("echeance")).toString(), Qt::ISODate);
            if (!what.isEmpty())
                project.nextSteps << (when.isValid()
                                          ? tr("%1 (by %2)")
                                                .arg(what,
                                                     QLocale().toString(when, QLocale::ShortFormat))
                                          : what);
        }
        data.projects << project;
    }
    data.pitchRuns = PitchRuns::ofWorkshop(workspace, workshopId).valueOr({});
    return data;
}

int WorkshopReport::render(const Data &data, QPagedPaintDevice *device)
{
    PageFlow flow;
    flow.setMargins(20, 24, 20, 20);
    const Workshops::Workshop &w = data.workshop;
    const QLocale locale;

    PageFlow::TextStyle top;
    top.font = font(9, true);
    top.color = kGrey;
    flow.text(tr("WORKSHOP REPORT"), top);
    PageFlow::TextStyle title;
    title.font = font(20, true);
    title.color = kNavy;
    title.spaceBeforeMm = 2;
    title.spaceAfterMm = 4;
    flow.text(Workshops::title(w), title);

    PageFlow::Table facts;
    facts.widths = {0.3, 0.7};
    facts.font = font(10);
    facts.boldColumns = {0};
    facts.zebra = QColor();
    QStringList place{w.venueName.isEmpty() ? tr("No comptoir") : w.venueName};
    if (!w.venueAddress.isEmpty())
        place << w.venueAddress;
    if (!w.venueCommune.isEmpty())
        place << w.venueCommune;
    int present = 0, absent = 0, excused = 0;
    for (const Attendance::Participant &p : data.participants) {
        present += p.status == Attendance::Status::Present ? 1 : 0;
        absent += p.status == Attendance::Status::Absent ? 1 : 0;
        excused += p.status == Attendance::Status::Excused ? 1 : 0;
    }
    facts.rows = {
        {tr("Workshop"), Workshops::label(w.kind)},
        {tr("Comptoir"), place.join(tr(", "))},
        {tr("When"), Workshops::when(w)},
        {tr("Edition"), data.editionName.isEmpty() ? tr("not given") : data.editionName},
        {tr("Facilitator"), w.facilitator.isEmpty() ? tr("not given") : w.facilitator},
        {tr("Attendance"), tr("%1, %2, %3, %4")
                               .arg(tr("%n present", nullptr, present),
                                    tr("%n absent", nullptr, absent),
                                    tr("%n excused", nullptr, excused),
                                    tr("%n registered", nullptr, int(data.participants.size())))},
    };
    flow.table(facts);

    const auto heading = [&flow](const QString &text) {
        PageFlow::TextStyle s;
        s.font = font(14, true);
        s.color = kNavy;
        s.spaceBeforeMm = 6;
        s.spaceAfterMm = 2;
        s.keepWithNext = true;
        flow.text(text, s);
    };
    PageFlow::TextStyle note;
    note.font = font(9.5);
    note.color = kGrey;

    heading(tr("Who came"));
    PageFlow::Table who;
    who.widths = {0.3, 0.2, 0.36, 0.14};
    who.font = font(9);
    who.header = QStringList{tr("Name"), tr("Commune"), tr("Project"), tr("Time spent")};
    who.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight};
    for (const Attendance::Participant &p : data.participants) {
        if (p.status == Attendance::Status::Present)
            who.rows << QStringList{p.name, p.commune, p.projectTitle, duration(p.secondsSpent)};
    }
    if (who.rows.isEmpty())
        flow.text(tr("Nobody was marked present."), note);
    else
        flow.table(who);

    heading(tr("Projects that advanced"));
    PageFlow::Table projects;
    projects.widths = {0.46, 0.18, 0.18, 0.18};
    projects.font = font(9);
    projects.header = QStringList{tr("Project"), tr("Sections complete before"),
                                  tr("Sections complete after"), tr("Answers written")};
    projects.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
    for (const Project &p : data.projects) {
        const int gained = p.completeAfter - p.completeBefore;
        projects.rows << QStringList{
            p.title, QStringLiteral("%1/%2").arg(p.completeBefore).arg(p.sections),
            gained > 0 ? tr("%1/%2 (+%3)").arg(p.completeAfter).arg(p.sections).arg(gained)
                       : QStringLiteral("%1/%2").arg(p.completeAfter).arg(p.sections),
            QString::number(p.answersWritten)};
    }
    if (projects.rows.isEmpty())
        flow.text(tr("No project was worked on."), note);
    else
        flow.table(projects);

    // The pitches rehearsed: each run's length against the time given, and the group's remarks.
    if (!data.pitchRuns.isEmpty() || w.kind == Workshops::Kind::Pitch) {
        heading(tr("Pitch runs"));
        PageFlow::Table runs;
        runs.widths = {0.30, 0.10, 0.12, 0.48};
        runs.font = font(9);
        runs.header = QStringList{tr("Project"), tr("Length"), tr("Time given"), tr("Remarks")};
        runs.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft};
        for (const PitchRuns::Run &r : data.pitchRuns)
            runs.rows << QStringList{r.projectTitle, PitchRuns::clock(r.seconds),
                                     PitchRuns::clock(r.allottedSeconds),
                                     r.remarks.isEmpty() ? QStringLiteral("—") : r.remarks};
        if (runs.rows.isEmpty())
            flow.text(tr("No pitch was rehearsed."), note);
        else
            flow.table(runs);
    }

    heading(tr("Next steps"));
    PageFlow::TextStyle body;
    body.font = font(10);
    body.leftRule = QColor(0xc8, 0xcf, 0xd8);
    body.spaceAfterMm = 2;
    if (!w.notes.trimmed().isEmpty()) {
        PageFlow::TextStyle label;
        label.font = font(10, true);
        label.color = kNavy;
        label.keepWithNext = true;
        label.spaceBeforeMm = 2;
        flow.text(tr("Facilitator's notes"), label);
        flow.text(w.notes.trimmed(), body);
    }
    bool anySteps = false;
    for (const Project &p : data.projects) {
        if (p.nextSteps.isEmpty())
            continue;
        anySteps = true;
        PageFlow::TextStyle label;
        label.font = font(10, true);
        label.color = kNavy;
        label.keepWithNext = true;
        label.spaceBeforeMm = 2;
        flow.text(p.title, label);
        QStringList lines;
        for (const QString &step : p.nextSteps)
            lines << QStringLiteral("•  %1").arg(step);
        flow.text(lines.join(QLatin1Char('\n')), body);
    }
    if (!anySteps && w.notes.trimmed().isEmpty())
        flow.text(tr("No next step was noted."), note);

    const QString produced = locale.toString(QDate::currentDate(), QLocale::ShortFormat);
    return flow.render(device, [&](QPainter *p, const QRectF &page, int index, int count) {
        const double margin = PageFlow::mm(device, 20);
        const double width = page.width() - 2 * margin;
        p->setPen(kGrey);
        p->setFont(QFont(font(8), device));
        const QRectF header(margin, PageFlow::mm(device, 10), width, PageFlow::mm(device, 6));
        p->drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                    tr("Budget Citoyen of the Pas-de-Calais · workshop report"));
        p->setPen(QPen(kNavy, 2));
        p->drawLine(QLineF(header.bottomLeft(), header.bottomRight()));
        p->setPen(kGrey);
        const QRectF footer(margin, page.height() - PageFlow::mm(device, 14), width,
                            PageFlow::mm(device, 6));
        p->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, tr("Produced on %1").arg(produced));
        p->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                    tr("Page %1 of %2").arg(index + 1).arg(count));
    });
}

bool WorkshopReport::writePdf(const Data &data, const QString &path, QString *error)
{
    PdfFile file(path, tr("Workshop report · %1").arg(Workshops::title(data.workshop)),
                 Dossier::author());
    if (!file.open(error))
        return false;
    if (render(data, file.writer()) == 0) {
        file.cancel();
        *error = tr("The report could not be drawn.");
        return false;
    }
    return file.commit(error);
}

QString WorkshopReport::suggestedFileName(const Data &data)
{
    const QString venue = Dossier::safeFileName(
        data.workshop.venueName.isEmpty() ? tr("workshop") : data.workshop.venueName);
    return tr("Report - %1 - %2.pdf").arg(venue, data.workshop.start.date().toString(Qt::ISODate));
}
