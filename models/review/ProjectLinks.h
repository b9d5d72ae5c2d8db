#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Workspace;

// What a mission officer does with two projects found alike: link them (the same idea brought
// twice, or projects that could cooperate), or merge one into the other.
class ProjectLinks final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLinks)

public:
    enum class Kind
    {
        Duplicate,
        Cooperation,
    };

    struct Link
    {
        qint64 id = 0;
        qint64 otherId = 0;
        QString otherTitle;
        Kind kind = Kind::Duplicate;
        QString note;
    };

    // What a merge did, for the message shown after it.
    struct MergeReport
    {
        int answersTaken = 0;    // the kept project had no answer there
        int answersSetAside = 0; // both answered differently: copied into a comment
        int holdersAdded = 0;
        int budgetLinesTaken = 0; // the kept project had no budget
        int commentsMoved = 0;
    };

    // Links two projects (once per pair: linking them again changes the kind and note).
    static bool link(Workspace &workspace, qint64 projectId, qint64 otherId, Kind kind,
                     const QString &note, QString *error);
    static bool unlink(Workspace &workspace, qint64 linkId, QString *error);
    static std::optional<QList<Link>> links(const Workspace &workspace, qint64 projectId,
                                            QString *error);

    // Merges the project gone into the project kept, in one transaction: kept keeps its own
    // answers and takes those it lacks; answers both have and that differ are copied into a
    // comment on kept (nothing the holders wrote is lost); holders, attendance, comments, links,
    // provenance and, when kept has none, budget lines move to kept; then gone is removed and
    // remembered, so that a file bringing it again does not bring it back.
    static std::optional<MergeReport> merge(Workspace &workspace, qint64 keptId, qint64 goneId,
                                            const QString &author, QString *error);

    static QString code(Kind kind);
    static std::optional<Kind> kindFromCode(const QString &code);
    static QString label(Kind kind);
};
