#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Workspace;

// The pitch rehearsed (schema 9): each run of a project's pitch, how long it took against the
// time its edition gives (three minutes unless the edition says otherwise), at which workshop
// when it was run at one, and what the group said. Kept on the project; travels record by
// record like the follow-up.
class PitchRuns final
{
    Q_DECLARE_TR_FUNCTIONS(PitchRuns)

public:
    struct Run
    {
        qint64 id = 0;
        qint64 projectId = 0;
        qint64 workshopId = 0; // 0: outside a workshop
        QDateTime ranAt;       // UTC
        int seconds = 0;
        int allottedSeconds = 180;
        QString remarks;
        QString projectTitle; // read only
    };

    static constexpr int kDefaultSeconds = 180;
    static constexpr int kMaxRemarks = 4000;

    // The time the project's edition gives a pitch (kDefaultSeconds without an edition).
    static int allottedSeconds(const Workspace &workspace, qint64 projectId);
    static Result<QList<Run>> ofProject(const Workspace &workspace, qint64 projectId);
    static Result<QList<Run>> ofWorkshop(const Workspace &workspace, qint64 workshopId);
    static Result<qint64> save(Workspace &workspace, const Run &run);

    // « 2:51 » (minutes and seconds); « +0:12 » over time.
    static QString clock(int seconds);
};
