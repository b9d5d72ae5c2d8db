#include "Dashboard.h"

#include "projects/Stage.h"
#include "review/Review.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// What the edition's rules give a project, as SubsidyEstimate::compute says it: nothing without
// a category or an amount, nothing below the category's floor, at most its ceiling.
// (tst_dashboard checks both agree project by project.)
const char kEstimated[] =
    "CASE WHEN c.id IS NULL OR p.amount_requested_cents <= 0 THEN 0"
    "     WHEN c.floor_cents > 0 AND p.amount_requested_cents < c.floor_cents THEN 0"
    "     WHEN c.ceiling_cents > 0 AND p.amount_requested_cents > c.ceiling_cents"
    "          THEN c.ceiling_cents"
    "     ELSE p.amount_requested_cents END";

QString euros(qint64 cents)
{
    return QString::number(double(cents) / 100.0, 'f', 2)
        .replace(QLatin1Char('.'), QLatin1Char(','));
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray csvDocument(const QList<QStringList> &lines)
{
    QString text;
    for (const QStringList &line : lines) {
        QStringList fields;
        for (const QString &f : line)
            fields << csvField(f);
        text += fields.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

void sortByCount(QList<Dashboard::Row> *rows)
{
    std::stable_sort(
        rows->begin(), rows->end(), [](const Dashboard::Row &a, const Dashboard::Row &b) {
            return a.count != b.count ? a.count > b.count : a.label.localeAwareCompare(b.label) < 0;
        });
}

} // namespace

QList<Dashboard::Axis> Dashboard::allAxes()
{
    return {Axis::Venue, Axis::Stage, Axis::Category, Axis::Commune, Axis::Status};
}

QString Dashboard::axisName(Axis axis)
{
    switch (axis) {
    case Axis::Venue:
        return tr("Comptoir");
    case Axis::Stage:
        return tr("Stage");
    case Axis::Category:
        return tr("Category");
    case Axis::Commune:
        return tr("Commune");
    case Axis::Status:
        return tr("Review");
    }
    return {};
}

const QList<Dashboard::Row> &Dashboard::rows(Axis axis) const
{
    switch (axis) {
    case Axis::Venue:
        return byVenue;
    case Axis::Stage:
        return byStage;
    case Axis::Category:
        return byCategory;
    case Axis::Commune:
        return byCommune;
    case Axis::Status:
        return byStatus;
    }
    return byVenue;
}

std::optional<Dashboard> Dashboard::compute(const Workspace &workspace, qint64 editionId,
                                            const QDate &today, QString *error)
{
    Dashboard d;
    d.editionId = editionId;
    d.today = today;
    const QSqlDatabase db = workspace.database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto fail = [&] {
        *error = tr("The dashboard cannot be read: %1").arg(query.lastError().text());
        return std::nullopt;
    };
    const QString scope =
        editionId > 0 ? QStringLiteral(" WHERE p.edition_id = %1").arg(editionId) : QString();
    const QString estimated = QLatin1String(kEstimated);

    // One grouped read per axis: SQLite aggregates 100,000 rows far faster than they can be
    // carried out of it.
    const auto grouped = [&](const QString &key, const QString &joins, QList<Row> *out,
                             QHash<QString, qsizetype> *index) -> bool {
        if (!query.exec(
                QStringLiteral("SELECT %1, count(*), sum(p.amount_requested_cents), sum(%2)"
                               "  FROM projects p LEFT JOIN categories c ON c.id = p.category_id"
                               "  %3 %4 GROUP BY 1")
                    .arg(key, estimated, joins, scope)))
            return false;
        while (query.next()) {
            Row row{query.value(0).toString(), query.value(1).toInt(), query.value(2).toLongLong(),
                    query.value(3).toLongLong()};
            if (index) {
                const qsizetype at = index->value(row.label, -1);
                if (at >= 0) {
                    (*out)[at] =
                        Row{(*out)[at].label, row.count, row.requestedCents, row.estimatedCents};
                    continue;
                }
            }
            out->append(row);
        }
        query.finish();
        return true;
    };

    // Stages and statuses in their own order, every one shown even at zero.
    QHash<QString, qsizetype> stageIndex;
    for (const Stage stage : Stages::all()) {
        stageIndex.insert(Stages::code(stage), d.byStage.size());
        d.byStage << Row{Stages::code(stage)};
    }
    if (!grouped(QStringLiteral("p.stage"), QString(), &d.byStage, &stageIndex))
        return fail();
    for (Row &row : d.byStage)
        row.label = Stages::name(Stages::fromCode(row.label).value_or(Stage::Idea));

    QHash<QString, qsizetype> statusIndex;
    for (const Review::Status status : Review::allStatuses()) {
        statusIndex.insert(Review::code(status), d.byStatus.size());
        d.byStatus << Row{Review::code(status)};
    }
    if (!grouped(QStringLiteral("coalesce(r.status, 'to_review')"),
                 QStringLiteral("LEFT JOIN reviews r ON r.project_id = p.id"), &d.byStatus,
                 &statusIndex))
        return fail();
    for (Row &row : d.byStatus)
        row.label =
            Review::label(Review::statusFromCode(row.label).value_or(Review::Status::ToReview));

    if (!grouped(QStringLiteral("coalesce(v.name, '')"),
                 QStringLiteral("LEFT JOIN venues v ON v.id = p.venue_id"), &d.byVenue, nullptr))
        return fail();
    if (!grouped(QStringLiteral("p.commune"), QString(), &d.byCommune, nullptr))
        return fail();
    for (QList<Row> *rows : {&d.byVenue, &d.byCommune}) {
        for (Row &row : *rows) {
            if (row.label.isEmpty())
                row.label = tr("(not given)");
        }
        sortByCount(rows);
    }

    // Categories: the edition's, in their order; projects without one last.
    QHash<QString, qsizetype> categoryIndex;
    if (editionId > 0) {
        query.prepare(QStringLiteral(
            "SELECT name FROM categories WHERE edition_id = ? ORDER BY position, id"));
        query.addBindValue(editionId);
        if (!query.exec())
            return fail();
        while (query.next()) {
            categoryIndex.insert(query.value(0).toString(), d.byCategory.size());
            d.byCategory << Row{query.value(0).toString()};
        }
        query.finish();
    }
    if (!grouped(QStringLiteral("coalesce(c.name, '')"), QString(), &d.byCategory, &categoryIndex))
        return fail();
    for (Row &row : d.byCategory) {
        if (row.label.isEmpty())
            row.label = tr("(no category)");
    }
    if (editionId == 0)
        sortByCount(&d.byCategory);

    for (const Row &row : std::as_const(d.byStage)) {
        d.total.count += row.count;
        d.total.requestedCents += row.requestedCents;
        d.total.estimatedCents += row.estimatedCents;
    }
    d.total.label = tr("Total");

    // The edition's envelope and calendar.
    if (editionId > 0) {
        query.prepare(QStringLiteral(
            "SELECT name, envelope_cents, comptoirs_start, comptoirs_end, deposit_start,"
            " deposit_end, committee_start, committee_end, vote_start, vote_end, results_date"
            " FROM editions WHERE id = ?"));
        query.addBindValue(editionId);
        if (!query.exec())
            return fail();
        if (!query.next()) {
            *error = tr("This edition no longer exists.");
            return std::nullopt;
        }
        d.editionName = query.value(0).toString();
        d.envelopeCents = query.value(1).toLongLong();
        const auto date = [&query](int column) {
            return QDate::fromString(query.value(column).toString(), Qt::ISODate);
        };
        const QList<Phase> phases = {
            {tr("Comptoirs"), date(2), date(3)},
            {tr("Deposit of dossiers"), date(4), date(5)},
            {tr("Labelling committee"), date(6), date(7)},
            {tr("Citizen vote"), date(8), date(9)},
            {tr("Results"), date(10), date(10)},
        };
        for (Phase phase : phases) {
            if (phase.start.isValid() && phase.end.isValid() && phase.start <= phase.end) {
                if (today < phase.start)
                    phase.percent = 0;
                else if (today >= phase.end)
                    phase.percent = 100;
                else
                    phase.percent = int(100 * phase.start.daysTo(today) /
                                        std::max<qint64>(1, phase.start.daysTo(phase.end)));
            }
            d.calendar << phase;
        }
    }
    return d;
}

QByteArray Dashboard::csv(Axis axis) const
{
    QList<QStringList> lines;
    lines << QStringList{axisName(axis), tr("Projects"), tr("Requested (€)"), tr("Estimated (€)")};
    for (const Row &row : rows(axis))
        lines << QStringList{row.label, QString::number(row.count), euros(row.requestedCents),
                             euros(row.estimatedCents)};
    lines << QStringList{total.label, QString::number(total.count), euros(total.requestedCents),
                         euros(total.estimatedCents)};
    return csvDocument(lines);
}

QByteArray Dashboard::budgetCsv() const
{
    QList<QStringList> lines;
    lines << QStringList{tr("Amount"), tr("Euros")};
    lines << QStringList{tr("Subsidies requested"), euros(total.requestedCents)};
    lines << QStringList{tr("Subsidies estimated"), euros(total.estimatedCents)};
    lines << QStringList{tr("Envelope of the edition"), euros(envelopeCents)};
    return csvDocument(lines);
}

QByteArray Dashboard::calendarCsv() const
{
    QList<QStringList> lines;
    lines << QStringList{tr("Phase"), tr("Start"), tr("End"), tr("Elapsed (%)")};
    for (const Phase &phase : calendar)
        lines << QStringList{phase.name, phase.start.toString(Qt::ISODate),
                             phase.end.toString(Qt::ISODate),
                             phase.percent < 0 ? QString() : QString::number(phase.percent)};
    return csvDocument(lines);
}
