#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Workspace;

// The projects most alike in text to a given one, across comptoirs and editions: to spot
// duplicates (the same idea brought to two comptoirs) and possible cooperations.
//
// The project's most telling words (frequent in it, rare in the workspace, weighed by tf·idf
// with the index's own document frequencies) are searched for with FTS5, and the others ranked
// by BM25; the similarity is their score against the project's own score for the same words.
class SimilarProjects final
{
    Q_DECLARE_TR_FUNCTIONS(SimilarProjects)

public:
    struct Match
    {
        qint64 id = 0;
        QString title;
        QString venue;
        QString edition;
        int percent = 0;         // 0–100
        QStringList sharedWords; // the telling words both have, most telling first
    };

    static constexpr int kTellingWords = 8;
    // A word more than this share of the projects use tells nothing about one of them.
    static constexpr double kCommonShare = 0.05;

    static std::optional<QList<Match>> find(Workspace &workspace, qint64 projectId, int limit,
                                            QString *error);
};
