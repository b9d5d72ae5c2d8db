#include "Dashboard.h"

#include "projects/Stage.h"
#include "reference/Communes.h"
#include "review/Review.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace {

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

// Adds grouped rows into a list, rows of the same label adding up.
class Adder
{
public:
    explicit Adder(QList<Dashboard::Row> *out)
        : m_out(out)
    {
        for (qsizetype i = 0; i < out->size(); ++i)
            m_index.insert(out->at(i).label, i);
    }
    // The count and the two amounts are the query's columns from `first` on.
    void add(const QString &label, const QSqlQuery &query, int first)
    {
        qsizetype at = m_index.value(label, -1);
        if (at < 0) {
            at = m_out->size();
            m_index.insert(label, at);
            m_out->append(Dashboard::Row{label});
        }
        Dashboard::Row &row = (*m_out)[at];
        row.count += query.value(first).toInt();
        row.requestedCents += query.value(first + 1).toLongLong();
        row.estimatedCents += query.value(first + 2).toLongLong();
    }
    void operator()(const QString &label, const QSqlQuery &query, int first)
    {
        add(label, query, first);
    }

private:
    QList<Dashboard::Row> *m_out;
    QHash<QString, qsizetype> m_index;
};

} // namespace

QList<Dashboard::Axis> Dashboard::allAxes()
{
    return {Axis::Venue,          Axis::Stage, Axis::Category, Axis::Commune,
            Axis::Arrondissement, Axis::Epci,  Axis::Status};
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
    case Axis::Arrondissement:
        return tr("Arrondissement");
    case Axis::Epci:
        return tr("EPCI");
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
    case Axis::Arrondissement:
        return byArrondissement;
    case Axis::Epci:
        return byEpci;
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
    // The estimate of each row is SubsidyEstimate::compute's amount (nothing without a category
    // or an amount, nothing below the category's floor, at most its ceiling; tst_review checks
    // both agree). It needs the category's floor and ceiling: written into the
    // statement as constants (a handful of categories) rather than joined row by row, so that
    // each axis is one scan of the covering index projects_dashboard.
    QHash<qint64, QString> categoryNames;
    // A project the committee did not select is estimated at nothing.
    QString estimated = QStringLiteral("CASE WHEN p.stage = 'not_selected' THEN 0 ELSE CASE p.category_id");
    if (!query.exec(QStringLiteral("SELECT id, name, floor_cents, ceiling_cents FROM categories")))
        return fail();
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const qint64 floor = query.value(2).toLongLong();
        const qint64 ceiling = query.value(3).toLongLong();
        categoryNames.insert(id, query.value(1).toString());
        QString rule = QStringLiteral("CASE WHEN p.amount_requested_cents <= 0 THEN 0");
        if (floor > 0)
            rule += QStringLiteral(" WHEN p.amount_requested_cents < %1 THEN 0").arg(floor);
        if (ceiling > 0)
            rule += QStringLiteral(" WHEN p.amount_requested_cents > %1 THEN %1").arg(ceiling);
        rule += QStringLiteral(" ELSE p.amount_requested_cents END");
        estimated += QStringLiteral(" WHEN %1 THEN %2").arg(id).arg(rule);
    }
    query.finish();
    estimated += QStringLiteral(" ELSE 0 END END");

    // One grouped read per axis: SQLite aggregates 100,000 rows far faster than they can be
    // carried out of it. Rows of the same label (a category name in every edition) add up.
    const auto grouped = [&](const QString &key, const QString &from, QList<Row> *out,
                             const std::function<QString(const QVariant &)> &label) -> bool {
        if (!query.exec(QStringLiteral("SELECT %1, count(*), sum(p.amount_requested_cents), sum(%2)"
                                       "  %3 %4 GROUP BY 1")
                            .arg(key, estimated, from, scope)))
            return false;
        Adder add(out);
        while (query.next())
            add(label(query.value(0)), query, 1);
        query.finish();
        return true;
    };
    const QString projects = QStringLiteral("FROM projects p");
    const auto text = [](const QVariant &v) {
        return v.toString();
    };

    // Stages in their own order, every one shown even at zero.
    for (const Stage stage : Stages::all())
        d.byStage << Row{Stages::code(stage)};
    if (!grouped(QStringLiteral("p.stage"), projects, &d.byStage, text))
        return fail();
    for (Row &row : d.byStage)
        row.label = Stages::name(Stages::fromCode(row.label).value_or(Stage::Idea));
    for (const Row &row : std::as_const(d.byStage)) {
        d.total.count += row.count;
        d.total.requestedCents += row.requestedCents;
        d.total.estimatedCents += row.estimatedCents;
    }

    // Statuses: read from the reviews (a project never reviewed is "to review"), the rest by
    // difference with the total.
    for (const Review::Status status : Review::allStatuses())
        d.byStatus << Row{Review::code(status)};
    if (!grouped(QStringLiteral("r.status"),
                 QStringLiteral("FROM reviews r JOIN projects p ON p.id = r.project_id"),
                 &d.byStatus, text))
        return fail();
    {
        Row &toReview = d.byStatus[0];
        toReview.count = d.total.count;
        toReview.requestedCents = d.total.requestedCents;
        toReview.estimatedCents = d.total.estimatedCents;
        for (qsizetype i = 1; i < d.byStatus.size(); ++i) {
            toReview.count -= d.byStatus.at(i).count;
            toReview.requestedCents -= d.byStatus.at(i).requestedCents;
            toReview.estimatedCents -= d.byStatus.at(i).estimatedCents;
        }
    }
    for (Row &row : d.byStatus)
        row.label =
            Review::label(Review::statusFromCode(row.label).value_or(Review::Status::ToReview));

    QHash<qint64, QString> venueNames;
    if (!query.exec(QStringLiteral("SELECT id, name FROM venues")))
        return fail();
    while (query.next())
        venueNames.insert(query.value(0).toLongLong(), query.value(1).toString());
    query.finish();
    const QString notGiven = tr("(not given)");
    if (!grouped(QStringLiteral("p.venue_id"), projects, &d.byVenue,
                 [&](const QVariant &v) { return venueNames.value(v.toLongLong(), notGiven); }))
        return fail();
    // Communes, arrondissements and EPCI in one scan, by the main commune's name and code.
    {
        if (!query.exec(QStringLiteral("SELECT p.commune, p.commune_code, count(*),"
                                       " sum(p.amount_requested_cents), sum(%1) %2 %3"
                                       " GROUP BY 1, 2")
                            .arg(estimated, projects, scope)))
            return fail();
        const QString outside = tr("(outside the department or not given)");
        Adder communes(&d.byCommune);
        Adder arrondissements(&d.byArrondissement);
        Adder epcis(&d.byEpci);
        while (query.next()) {
            const QString name = query.value(0).toString();
            communes(name.isEmpty() ? notGiven : name, query, 2);
            const Commune *commune = Communes::byCode(query.value(1).toString());
            arrondissements(commune ? Communes::arrondissementName(commune->arrondissement)
                                    : outside,
                            query, 2);
            epcis(commune ? Communes::epciName(commune->epci) : outside, query, 2);
        }
        query.finish();
    }
    sortByCount(&d.byVenue);
    sortByCount(&d.byCommune);
    sortByCount(&d.byArrondissement);
    sortByCount(&d.byEpci);

    // Categories: the edition's, in their order; projects without one last.
    if (editionId > 0) {
        query.prepare(QStringLiteral(
            "SELECT name FROM categories WHERE edition_id = ? ORDER BY position, id"));
        query.addBindValue(editionId);
        if (!query.exec())
            return fail();
        while (query.next())
            d.byCategory << Row{query.value(0).toString()};
        query.finish();
    }
    const QString noCategory = tr("(no category)");
    if (!grouped(QStringLiteral("p.category_id"), projects, &d.byCategory, [&](const QVariant &v) {
            return categoryNames.value(v.toLongLong(), noCategory);
        }))
        return fail();
    if (editionId == 0)
        sortByCount(&d.byCategory);
    // "No category" last, when there are such projects.
    const auto none = std::find_if(d.byCategory.begin(), d.byCategory.end(),
                                   [&](const Row &r) { return r.label == noCategory; });
    if (none != d.byCategory.end())
        std::rotate(none, none + 1, d.byCategory.end());
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
