#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Workspace;

// Who was expected at a workshop and who came, and which project each participant worked on.
// The eligibility check "a holder attended a comptoir" reads these rows: a participant marked
// present, at a workshop of the project's edition, who is a holder of the project.
class Attendance final
{
    Q_DECLARE_TR_FUNCTIONS(Attendance)

public:
    enum class Status
    {
        Registered,
        Present,
        Absent,
        Excused,
    };
    static QList<Status> statuses();
    static QString code(Status status);
    static std::optional<Status> statusFromCode(const QString &code);
    static QString label(Status status);

    struct Participant
    {
        qint64 attendanceId = 0;
        qint64 holderId = 0;
        QString name;
        QString commune;
        QString organisation;
        bool erased = false;
        qint64 projectId = 0;
        QString projectTitle;
        Status status = Status::Registered;
        int secondsSpent = 0;
    };

    // The participants of a workshop in registration order.
    static QList<Participant> participants(const Workspace &workspace, qint64 workshopId);
    struct Counts
    {
        int registered = 0; // everyone on the list, whatever their status
        int present = 0;
    };
    static Counts counts(const Workspace &workspace, qint64 workshopId);

    enum class Capacity
    {
        Enforce,
        Exceed, // the facilitator agreed to go over the capacity
    };
    // Registers the holder (with the project they will work on, 0 if none yet). Refused when the
    // holder is erased or already registered, or when the workshop is full (unless Exceed).
    // Returns the attendance id, or -1 with error set.
    static qint64 registerHolder(Workspace &workspace, qint64 workshopId, qint64 holderId,
                                 qint64 projectId, Capacity capacity, QString *error);
    static bool unregister(Workspace &workspace, qint64 attendanceId, QString *error);
    // Present and absent can be recorded once the workshop's day has come (today given for
    // tests); registered and excused at any time.
    static bool setStatus(Workspace &workspace, qint64 attendanceId, Status status,
                          const QDate &today, QString *error);
    // Sets the project the participant works on; the holder becomes one of its holders, so that
    // their presence counts for the project's eligibility.
    static bool setProject(Workspace &workspace, qint64 attendanceId, qint64 projectId,
                           QString *error);
    // A participant who came without a project starts one: created in the workshop's edition
    // (the current one when it has none) and at its comptoir, and set as theirs, in one
    // transaction. The new project's id.
    static Result<qint64> startProject(Workspace &workspace, qint64 attendanceId);
    static bool addSeconds(Workspace &workspace, qint64 attendanceId, int seconds, QString *error);
};
