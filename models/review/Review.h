#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Workspace;

// A mission officer's review of a project: its status, the comments for the committee, and the
// committee's scoring grid, whose criteria are the categories of the project's edition, each with
// its weight (categories.score_weight). Every change is written at once, in a transaction, and
// travels in .comptoir files.
class Review final
{
    Q_DECLARE_TR_FUNCTIONS(Review)

public:
    enum class Status
    {
        ToReview,      // à instruire
        ToRework,      // à retravailler
        Admissible,    // recevable
        NotAdmissible, // non recevable
    };
    static constexpr int kMaxScore = 5;

    struct Comment
    {
        qint64 id = 0;
        QString author;
        QString body;
        QString createdAt; // ISO 8601 UTC
    };

    struct Criterion
    {
        qint64 categoryId = 0;
        QString code;
        QString name;
        int weight = 1;
        std::optional<int> score; // none yet
        QString author;
    };

    Status status = Status::ToReview;
    QString reviewer;
    QString updatedAt;       // empty: never reviewed
    QList<Comment> comments; // oldest first
    QList<Criterion> criteria;

    // The weighted score out of 100, when every criterion with a weight is scored.
    std::optional<double> weightedScore() const;

    static std::optional<Review> load(const Workspace &workspace, qint64 projectId, QString *error);
    static bool setStatus(Workspace &workspace, qint64 projectId, Status status,
                          const QString &reviewer, QString *error);
    // Adds a comment; returns its id, or -1 with error set. An empty body is refused.
    static qint64 addComment(Workspace &workspace, qint64 projectId, const QString &author,
                             const QString &body, QString *error);
    static bool removeComment(Workspace &workspace, qint64 commentId, QString *error);
    // Sets (score 0–5) or clears (no score) one criterion of the grid.
    static bool setScore(Workspace &workspace, qint64 projectId, qint64 categoryId,
                         std::optional<int> score, const QString &author, QString *error);

    static QList<Status> allStatuses();
    static QString code(Status status);
    static std::optional<Status> statusFromCode(const QString &code);
    static QString label(Status status);
};
