#include "Edition.h"

#include "storage/StableUuid.h"
#include "storage/Timestamp.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "text/TextFolding.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

QDate date(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The name-based UUID when it is still free (two editions of one year: the second gets a random
// one), so that workspaces that never met agree on "the 2027 edition" and its categories.
QString stableOrNew(QSqlDatabase db, const QString &table, const QString &stable)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE uuid = ?").arg(table));
    query.addBindValue(stable);
    if (query.exec() && !query.next())
        return stable;
    return newUuid();
}

// "Valeurs de l'ESS" → "valeurs_de_l_ess": the code a new category gets.
QString codeFor(const QString &name)
{
    QString code;
    for (const QChar c : TextFolding::fold(name)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            code += c;
        else if (!code.isEmpty() && !code.endsWith(QLatin1Char('_')))
            code += QLatin1Char('_');
    }
    while (code.endsWith(QLatin1Char('_')))
        code.chop(1);
    return code.isEmpty() ? QStringLiteral("categorie") : code;
}

} // namespace

std::optional<Edition> Edition::load(const Workspace &workspace, qint64 id, QString *error)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "SELECT uuid, year, name, envelope_cents, comptoirs_start, comptoirs_end, deposit_start,"
        "       deposit_end, committee_start, committee_end, vote_start, vote_end, results_date,"
        "       eligibility_checks, quote_threshold_cents, follow_up_weeks, pitch_seconds"
        "  FROM editions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().isValid()
                     ? tr("The edition cannot be read: %1").arg(query.lastError().text())
                     : tr("This edition no longer exists.");
        return std::nullopt;
    }
    Edition e;
    e.id = id;
    e.uuid = query.value(0).toString();
    e.year = query.value(1).toInt();
    e.name = query.value(2).toString();
    e.envelopeCents = query.value(3).toLongLong();
    e.comptoirsStart = date(query.value(4));
    e.comptoirsEnd = date(query.value(5));
    e.depositStart = date(query.value(6));
    e.depositEnd = date(query.value(7));
    e.committeeStart = date(query.value(8));
    e.committeeEnd = date(query.value(9));
    e.voteStart = date(query.value(10));
    e.voteEnd = date(query.value(11));
    e.resultsDate = date(query.value(12));
    e.checks = Eligibility::rulesFromCodes(query.value(13).toString());
    e.quoteThresholdCents = query.value(14).toLongLong();
    e.followUpWeeks = query.value(15).toInt();
    e.pitchSeconds = query.value(16).toInt();

    QSqlQuery categories(workspace.database());
    categories.prepare(QStringLiteral(
        "SELECT id, uuid, code, name, description, floor_cents, ceiling_cents FROM categories"
        " WHERE edition_id = ? ORDER BY position, id"));
    categories.addBindValue(id);
    if (!categories.exec()) {
        *error = tr("The edition cannot be read: %1").arg(categories.lastError().text());
        return std::nullopt;
    }
    while (categories.next()) {
        e.categories << Category{categories.value(0).toLongLong(), categories.value(1).toString(),
                                 categories.value(2).toString(),   categories.value(3).toString(),
                                 categories.value(4).toString(),   categories.value(5).toLongLong(),
                                 categories.value(6).toLongLong()};
    }
    return e;
}

Edition Edition::forYear(int year)
{
    // The scheme's usual calendar (DOMAIN.md): comptoirs from February to April, deposits from
    // March to May, the committee in summer, the vote in September, results in November.
    Edition e;
    e.year = year;
    e.name = tr("Budget Citoyen %1").arg(year);
    e.envelopeCents = 572'000'00;
    e.comptoirsStart = QDate(year, 2, 1);
    e.comptoirsEnd = QDate(year, 4, 30);
    e.depositStart = QDate(year, 3, 1);
    e.depositEnd = QDate(year, 5, 31);
    e.committeeStart = QDate(year, 6, 1);
    e.committeeEnd = QDate(year, 8, 31);
    e.voteStart = QDate(year, 9, 1);
    e.voteEnd = QDate(year, 9, 30);
    e.resultsDate = QDate(year, 11, 15);
    e.categories = {
        {0, {}, QStringLiteral("cooperation"), tr("Cooperation"), {}, 0, 20'000'00},
        {0, {}, QStringLiteral("innovation_sociale"), tr("Social innovation"), {}, 0, 15'000'00},
        {0, {}, QStringLiteral("valeurs_ess"), tr("Values of the ESS"), {}, 0, 4'500'00},
    };
    e.checks = Eligibility::defaultRules();
    e.quoteThresholdCents = 1'000'00; // when an edition asks for quotes: from 1,000 €
    return e;
}

QStringList Edition::problems() const
{
    QStringList problems;
    if (year < 2000 || year > 2100)
        problems << tr("The year must be between 2000 and 2100.");
    if (quoteThresholdCents < 0)
        problems << tr("The amount from which quotes are asked must be a number of euros.");
    if (followUpWeeks < 1 || followUpWeeks > 52)
        problems << tr("A project is to follow up after 1 to 52 weeks without contact.");
    if (pitchSeconds < 30 || pitchSeconds > 1800)
        problems << tr("A pitch lasts from 30 seconds to 30 minutes.");
    if (name.trimmed().isEmpty())
        problems << tr("The edition needs a name.");
    if (envelopeCents < 0 || envelopeCents > kMaxEnvelopeCents)
        problems << tr("The envelope must be between 0 and a billion euros.");
    const struct
    {
        const QDate &start;
        const QDate &end;
        const char *what;
    } periods[] = {
        {comptoirsStart, comptoirsEnd, QT_TR_NOOP("the comptoirs")},
        {depositStart, depositEnd, QT_TR_NOOP("the deposits")},
        {committeeStart, committeeEnd, QT_TR_NOOP("the committee")},
        {voteStart, voteEnd, QT_TR_NOOP("the vote")},
    };
    for (const auto &period : periods) {
        if (period.start.isValid() != period.end.isValid())
            problems << tr("Give both dates of %1, or neither.").arg(tr(period.what));
        else if (period.start.isValid() && period.end < period.start)
            problems << tr("The period of %1 ends before it starts.").arg(tr(period.what));
    }
    QSet<QString> names;
    for (const Category &category : categories) {
        const QString folded = TextFolding::fold(category.name.trimmed());
        if (folded.isEmpty()) {
            problems << tr("Every category needs a name.");
            continue;
        }
        if (names.contains(folded))
            problems << tr("Two categories are named “%1”.").arg(category.name.trimmed());
        names.insert(folded);
        if (category.floorCents < 0 || category.ceilingCents < 0 ||
            category.ceilingCents > kMaxEnvelopeCents)
            problems << tr("The amounts of “%1” are out of range.").arg(category.name.trimmed());
        else if (category.ceilingCents > 0 && category.floorCents > category.ceilingCents)
            problems << tr("The floor of “%1” is above its ceiling.").arg(category.name.trimmed());
    }
    return problems;
}

qint64 Edition::save(Workspace &workspace, const Edition &edition, QString *error)
{
    const QStringList problems = edition.problems();
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return -1;
    }
    QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    const QString now = Timestamp::now();
    const auto fail = [error](const QSqlQuery &query) {
        *error = tr("The edition could not be saved: %1").arg(query.lastError().text());
        return qint64(-1);
    };

    QSqlQuery query(db);
    const QVariantList values = {edition.year,
                                 edition.name.trimmed(),
                                 edition.envelopeCents,
                                 dateOrNull(edition.comptoirsStart),
                                 dateOrNull(edition.comptoirsEnd),
                                 dateOrNull(edition.depositStart),
                                 dateOrNull(edition.depositEnd),
                                 dateOrNull(edition.committeeStart),
                                 dateOrNull(edition.committeeEnd),
                                 dateOrNull(edition.voteStart),
                                 dateOrNull(edition.voteEnd),
                                 dateOrNull(edition.resultsDate),
                                 Eligibility::codesFromRules(edition.checks),
                                 edition.quoteThresholdCents,
                                 edition.followUpWeeks,
                                 edition.pitchSeconds};
    qint64 id = edition.id;
    if (id > 0) {
        query.prepare(QStringLiteral(
            "UPDATE editions SET year = ?, name = ?, envelope_cents = ?, comptoirs_start = ?,"
            " comptoirs_end = ?, deposit_start = ?, deposit_end = ?, committee_start = ?,"
            " committee_end = ?, vote_start = ?, vote_end = ?, results_date = ?,"
            " eligibility_checks = ?, quote_threshold_cents = ?, follow_up_weeks = ?,"
            " pitch_seconds = ?, updated_at = ? WHERE id = ?"));
        for (const QVariant &v : values)
            query.addBindValue(v);
        query.addBindValue(now);
        query.addBindValue(id);
        if (!query.exec())
            return fail(query);
        if (query.numRowsAffected() != 1) {
            *error = tr("This edition no longer exists.");
            return -1;
        }
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO editions (year, name, envelope_cents, comptoirs_start, comptoirs_end,"
            " deposit_start, deposit_end, committee_start, committee_end, vote_start, vote_end,"
            " results_date, eligibility_checks, quote_threshold_cents, follow_up_weeks,"
            " pitch_seconds, uuid, created_at, updated_at, origin)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : values)
            query.addBindValue(v);
        query.addBindValue(edition.uuid.isEmpty() ? stableOrNew(db, QStringLiteral("editions"),
                                                                StableUuid::edition(edition.year))
                                                  : edition.uuid);
        query.addBindValue(now);
        query.addBindValue(now);
        query.addBindValue(workspace.origin());
        if (!query.exec())
            return fail(query);
        id = query.lastInsertId().toLongLong();
    }

    QString editionUuid;
    {
        QSqlQuery uuid(db);
        uuid.prepare(QStringLiteral("SELECT uuid FROM editions WHERE id = ?"));
        uuid.addBindValue(id);
        if (!uuid.exec() || !uuid.next())
            return fail(uuid);
        editionUuid = uuid.value(0).toString();
    }

    // Categories: remove those no longer listed (unless projects use them), then upsert.
    QSet<qint64> kept;
    for (const Category &category : edition.categories) {
        if (category.id > 0)
            kept.insert(category.id);
    }
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral(
        "SELECT c.id, c.name, (SELECT count(*) FROM projects p WHERE p.category_id = c.id)"
        "  FROM categories c WHERE c.edition_id = ?"));
    existing.addBindValue(id);
    if (!existing.exec())
        return fail(existing);
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM categories WHERE id = ?"));
    QSet<QString> usedCodes;
    while (existing.next()) {
        const qint64 categoryId = existing.value(0).toLongLong();
        if (kept.contains(categoryId))
            continue;
        const int used = existing.value(2).toInt();
        if (used > 0) {
            *error = tr("The category “%1” cannot be removed: %n project(s) belong to it.", nullptr,
                        used)
                         .arg(existing.value(1).toString());
            return -1;
        }
        remove.addBindValue(categoryId);
        if (!remove.exec())
            return fail(remove);
    }
    // Codes are unique within an edition: avoid the codes of the categories being kept.
    QSqlQuery codes(db);
    codes.prepare(QStringLiteral("SELECT code FROM categories WHERE edition_id = ?"));
    codes.addBindValue(id);
    if (!codes.exec())
        return fail(codes);
    while (codes.next())
        usedCodes.insert(codes.value(0).toString());

    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE categories SET name = ?, description = ?, floor_cents = ?, ceiling_cents = ?,"
        " position = ?, updated_at = ? WHERE id = ? AND edition_id = ?"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO categories (uuid, edition_id, code, name, description, floor_cents,"
        " ceiling_cents, position, created_at, updated_at, origin)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const Category &category : edition.categories) {
        const QString description =
            category.description.isNull() ? QStringLiteral("") : category.description.trimmed();
        if (category.id > 0) {
            update.addBindValue(category.name.trimmed());
            update.addBindValue(description);
            update.addBindValue(category.floorCents);
            update.addBindValue(category.ceilingCents);
            update.addBindValue(position++);
            update.addBindValue(now);
            update.addBindValue(category.id);
            update.addBindValue(id);
            if (!update.exec())
                return fail(update);
            continue;
        }
        QString code = category.code.isEmpty() ? codeFor(category.name) : category.code;
        const QString base = code;
        for (int n = 2; usedCodes.contains(code); ++n)
            code = base + QLatin1Char('_') + QString::number(n);
        usedCodes.insert(code);
        insert.addBindValue(category.uuid.isEmpty()
                                ? stableOrNew(db, QStringLiteral("categories"),
                                              StableUuid::category(editionUuid, code))
                                : category.uuid);
        insert.addBindValue(id);
        insert.addBindValue(code);
        insert.addBindValue(category.name.trimmed());
        insert.addBindValue(description);
        insert.addBindValue(category.floorCents);
        insert.addBindValue(category.ceilingCents);
        insert.addBindValue(position++);
        insert.addBindValue(now);
        insert.addBindValue(now);
        insert.addBindValue(workspace.origin());
        if (!insert.exec())
            return fail(insert);
    }
    if (!transaction.commit()) {
        *error = tr("The edition could not be saved: %1").arg(db.lastError().text());
        return -1;
    }
    workspace.notifyProjectsChanged(); // eligibility and estimates follow the rules
    return id;
}
