#include "Review.h"

#include "storage/SqlValues.h"
#include "storage/Timestamp.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

bool fail(QString *error, const QString &text)
{
    *error = Review::tr("The review cannot be saved: %1").arg(text);
    return false;
}

} // namespace

QList<Review::Status> Review::allStatuses()
{
    return {Status::ToReview, Status::ToRework, Status::Admissible, Status::NotAdmissible};
}

QString Review::code(Status status)
{
    switch (status) {
    case Status::ToReview:
        return QStringLiteral("to_review");
    case Status::ToRework:
        return QStringLiteral("to_rework");
    case Status::Admissible:
        return QStringLiteral("admissible");
    case Status::NotAdmissible:
        return QStringLiteral("not_admissible");
    }
    return {};
}

std::optional<Review::Status> Review::statusFromCode(const QString &code)
{
    for (const Status status : allStatuses()) {
        if (Review::code(status) == code)
            return status;
    }
    return std::nullopt;
}

QString Review::label(Status status)
{
    switch (status) {
    case Status::ToReview:
        return tr("To review");
    case Status::ToRework:
        return tr("To rework");
    case Status::Admissible:
        return tr("Admissible");
    case Status::NotAdmissible:
        return tr("Not admissible");
    }
    return {};
}

std::optional<double> Review::weightedScore() const
{
    int weights = 0;
    double total = 0;
    for (const Criterion &c : criteria) {
        if (c.weight <= 0)
            continue;
        if (!c.score)
            return std::nullopt;
        weights += c.weight;
        total += double(c.weight) * *c.score;
    }
    if (weights == 0)
        return std::nullopt;
    return 100.0 * total / (double(weights) * kMaxScore);
}

std::optional<Review> Review::load(const Workspace &workspace, qint64 projectId, QString *error)
{
    const QSqlDatabase db = workspace.database();
    Review review;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT status, reviewer, updated_at FROM reviews"
                                 " WHERE project_id = ?"));
    query.addBindValue(projectId);
    if (!query.exec()) {
        *error = tr("The review cannot be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (query.next()) {
        review.status = statusFromCode(query.value(0).toString()).value_or(Status::ToReview);
        review.reviewer = query.value(1).toString();
        review.updatedAt = query.value(2).toString();
    }

    query.prepare(QStringLiteral("SELECT id, author, body, created_at FROM review_comments"
                                 " WHERE project_id = ? ORDER BY created_at, id"));
    query.addBindValue(projectId);
    if (!query.exec()) {
        *error = tr("The review cannot be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    while (query.next())
        review.comments << Comment{query.value(0).toLongLong(), query.value(1).toString(),
                                   query.value(2).toString(), query.value(3).toString()};

    // The criteria are the categories of the project's edition.
    query.prepare(
        QStringLiteral("SELECT c.id, c.code, c.name, c.score_weight, s.score, s.author"
                       "  FROM projects p JOIN categories c ON c.edition_id = p.edition_id"
                       "  LEFT JOIN review_scores s ON s.project_id = p.id AND s.category_id = c.id"
                       " WHERE p.id = ? ORDER BY c.position, c.id"));
    query.addBindValue(projectId);
    if (!query.exec()) {
        *error = tr("The review cannot be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        Criterion c;
        c.categoryId = query.value(0).toLongLong();
        c.code = query.value(1).toString();
        c.name = query.value(2).toString();
        c.weight = query.value(3).toInt();
        if (!query.value(4).isNull())
            c.score = query.value(4).toInt();
        c.author = query.value(5).toString();
        review.criteria << c;
    }
    return review;
}

bool Review::setStatus(Workspace &workspace, qint64 projectId, Status status,
                       const QString &reviewer, QString *error)
{
    const QString now = Timestamp::now();
    Transaction transaction(workspace.database());
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "INSERT INTO reviews (uuid, project_id, status, reviewer, created_at, updated_at, origin)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (project_id) DO UPDATE SET status = excluded.status,"
        " reviewer = excluded.reviewer, updated_at = excluded.updated_at"));
    query.addBindValue(SqlValues::newUuid());
    query.addBindValue(projectId);
    query.addBindValue(code(status));
    query.addBindValue(SqlValues::text(reviewer));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(workspace.origin());
    if (!query.exec())
        return fail(error, query.lastError().text());
    if (!transaction.commit())
        return fail(error, workspace.database().lastError().text());
    workspace.notifyProjectChanged(projectId);
    return true;
}

qint64 Review::addComment(Workspace &workspace, qint64 projectId, const QString &author,
                          const QString &body, QString *error)
{
    if (body.trimmed().isEmpty()) {
        *error = tr("A comment cannot be empty.");
        return -1;
    }
    const QString now = Timestamp::now();
    Transaction transaction(workspace.database());
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "INSERT INTO review_comments (uuid, project_id, author, body, created_at, updated_at,"
        " origin) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(SqlValues::newUuid());
    query.addBindValue(projectId);
    query.addBindValue(SqlValues::text(author));
    query.addBindValue(body.trimmed());
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(workspace.origin());
    if (!query.exec()) {
        fail(error, query.lastError().text());
        return -1;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!transaction.commit()) {
        fail(error, workspace.database().lastError().text());
        return -1;
    }
    workspace.notifyProjectChanged(projectId);
    return id;
}

bool Review::removeComment(Workspace &workspace, qint64 commentId, QString *error)
{
    Transaction transaction(workspace.database());
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("DELETE FROM review_comments WHERE id = ? RETURNING project_id"));
    query.addBindValue(commentId);
    if (!query.exec())
        return fail(error, query.lastError().text());
    const qint64 projectId = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (!transaction.commit())
        return fail(error, workspace.database().lastError().text());
    if (projectId > 0)
        workspace.notifyProjectChanged(projectId);
    return true;
}

bool Review::setScore(Workspace &workspace, qint64 projectId, qint64 categoryId,
                      std::optional<int> score, const QString &author, QString *error)
{
    if (score && (*score < 0 || *score > kMaxScore)) {
        *error = tr("A score goes from 0 to %1.").arg(kMaxScore);
        return false;
    }
    const QString now = Timestamp::now();
    Transaction transaction(workspace.database());
    QSqlQuery query(workspace.database());
    if (score) {
        query.prepare(QStringLiteral(
            "INSERT INTO review_scores (uuid, project_id, category_id, score, author, created_at,"
            " updated_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (project_id, category_id) DO UPDATE SET score = excluded.score,"
            " author = excluded.author, updated_at = excluded.updated_at"));
        query.addBindValue(SqlValues::newUuid());
        query.addBindValue(projectId);
        query.addBindValue(categoryId);
        query.addBindValue(*score);
        query.addBindValue(SqlValues::text(author));
        query.addBindValue(now);
        query.addBindValue(now);
        query.addBindValue(workspace.origin());
    } else {
        query.prepare(
            QStringLiteral("DELETE FROM review_scores WHERE project_id = ? AND category_id = ?"));
        query.addBindValue(projectId);
        query.addBindValue(categoryId);
    }
    if (!query.exec())
        return fail(error, query.lastError().text());
    if (!transaction.commit())
        return fail(error, workspace.database().lastError().text());
    workspace.notifyProjectChanged(projectId);
    return true;
}
