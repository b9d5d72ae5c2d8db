#include "BudgetLines.h"

#include "storage/Timestamp.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "text/TextFolding.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

QString kindCode(BudgetLines::Kind kind)
{
    return kind == BudgetLines::Kind::Expense ? QStringLiteral("expense")
                                              : QStringLiteral("resource");
}

// A null QString binds as SQL NULL; the columns hold '' when there is nothing.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

QList<BudgetLines::Line> BudgetLines::load(const Workspace &workspace, qint64 projectId,
                                           QString *error)
{
    QList<Line> lines;
    Workspace::Statement statement = workspace.statement(QStringLiteral(
        "SELECT uuid, kind, category, label, amount_cents FROM budget_lines WHERE project_id = ?"
        " ORDER BY kind = 'resource', position, id"));
    QSqlQuery &query = statement.query();
    query.addBindValue(projectId);
    if (!query.exec()) {
        *error = tr("The budget cannot be read: %1").arg(query.lastError().text());
        return lines;
    }
    while (query.next()) {
        lines << Line{
            query.value(0).toString(),
            query.value(1).toString() == QLatin1String("resource") ? Kind::Resource : Kind::Expense,
            query.value(2).toString(), query.value(3).toString(), query.value(4).toLongLong()};
    }
    return lines;
}

bool BudgetLines::replace(Workspace &workspace, qint64 projectId, const QList<Line> &lines,
                          QString *error)
{
    if (lines.size() > kMaxLines) {
        *error = tr("A budget holds %1 lines at most.").arg(kMaxLines);
        return false;
    }
    for (const Line &line : lines) {
        if (line.amountCents < 0 || line.amountCents > kMaxAmountCents) {
            *error = tr("An amount must be between 0 and 100 million euros.");
            return false;
        }
    }
    QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    const QString now = Timestamp::now();
    const auto fail = [error](const QSqlQuery &query) {
        *error = tr("The budget could not be saved: %1").arg(query.lastError().text());
        return false;
    };

    QSet<QString> kept;
    for (const Line &line : lines) {
        if (!line.uuid.isEmpty())
            kept.insert(line.uuid);
    }
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT uuid FROM budget_lines WHERE project_id = ?"));
    existing.addBindValue(projectId);
    if (!existing.exec())
        return fail(existing);
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM budget_lines WHERE uuid = ?"));
    while (existing.next()) {
        const QString uuid = existing.value(0).toString();
        if (kept.contains(uuid))
            continue;
        remove.addBindValue(uuid);
        if (!remove.exec())
            return fail(remove);
    }

    // Kept lines keep their identity and created_at; a line whose content did not change keeps
    // its updated_at too, so that merging bundles sees only what was really edited.
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO budget_lines (uuid, project_id, kind, category, label, amount_cents, position,"
        "                          created_at, updated_at, origin)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (uuid) DO UPDATE SET kind = excluded.kind, category = excluded.category,"
        "   label = excluded.label, amount_cents = excluded.amount_cents,"
        "   position = excluded.position, updated_at = excluded.updated_at"
        " WHERE kind IS NOT excluded.kind OR category IS NOT excluded.category"
        "    OR label IS NOT excluded.label OR amount_cents IS NOT excluded.amount_cents"
        "    OR position IS NOT excluded.position"));
    int expensePosition = 0;
    int resourcePosition = 0;
    for (const Line &line : lines) {
        upsert.addBindValue(line.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                : line.uuid);
        upsert.addBindValue(projectId);
        upsert.addBindValue(kindCode(line.kind));
        upsert.addBindValue(notNull(line.category.trimmed()));
        upsert.addBindValue(notNull(line.label.trimmed()));
        upsert.addBindValue(line.amountCents);
        upsert.addBindValue(line.kind == Kind::Expense ? expensePosition++ : resourcePosition++);
        upsert.addBindValue(now);
        upsert.addBindValue(now);
        upsert.addBindValue(workspace.origin());
        if (!upsert.exec())
            return fail(upsert);
    }

    QSqlQuery touch(db);
    touch.prepare(QStringLiteral("UPDATE projects SET updated_at = ? WHERE id = ?"));
    touch.addBindValue(now);
    touch.addBindValue(projectId);
    if (!touch.exec())
        return fail(touch);
    if (touch.numRowsAffected() != 1) {
        *error = tr("This project no longer exists.");
        return false;
    }
    workspace.notifyBudgetChanged(projectId);
    if (!transaction.commit()) {
        *error = tr("The budget could not be saved: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}

qint64 BudgetLines::total(const QList<Line> &lines, Kind kind)
{
    qint64 sum = 0;
    for (const Line &line : lines) {
        if (line.kind == kind)
            sum += line.amountCents;
    }
    return sum;
}

qint64 BudgetLines::citizenBudget(const QList<Line> &lines)
{
    qint64 sum = 0;
    for (const Line &line : lines) {
        // Named by its category, or by its label when the category is a generic "Subvention".
        if (line.kind == Kind::Resource &&
            (TextFolding::fold(line.category).contains(QLatin1String("budget citoyen")) ||
             TextFolding::fold(line.label).contains(QLatin1String("budget citoyen"))))
            sum += line.amountCents;
    }
    return sum;
}

QString BudgetLines::citizenBudgetCategory()
{
    return QStringLiteral("Budget Citoyen du Pas-de-Calais");
}

QStringList BudgetLines::expenseCategories()
{
    return {
        tr("Purchases and equipment"), tr("External services"), tr("Staff costs"),   tr("Travel"),
        tr("Communication"),           tr("Rent and premises"), tr("Other expenses")};
}

QStringList BudgetLines::resourceCategories()
{
    return {citizenBudgetCategory(),         tr("Commune or intercommunality"),
            tr("Other public subsidies"),    tr("Own funds"),
            tr("Sponsorship and donations"), tr("Activity income"),
            tr("Contributions in kind")};
}
