#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Workspace;

// One workshop (atelier): a date and times, a comptoir, a kind, a facilitator and a capacity.
// Times are stored in UTC and shown in local time.
class Workshops final
{
    Q_DECLARE_TR_FUNCTIONS(Workshops)

public:
    enum class Kind
    {
        IdeaToProject,
        BusinessModel,
        Pitch,
        SocialInnovation,
        DiscoverEss,
    };
    static QList<Kind> kinds();
    static QString code(Kind kind);
    static std::optional<Kind> kindFromCode(const QString &code);
    static QString label(Kind kind);

    enum class HalfDay
    {
        Morning,
        Afternoon,
        Evening,
        FullDay,
    };
    static HalfDay halfDay(const QDateTime &start, const QDateTime &end);
    static QString label(HalfDay halfDay);

    struct Workshop
    {
        qint64 id = 0;
        QString uuid;
        qint64 editionId = 0;
        qint64 venueId = 0;
        QString venueName;    // read only
        QString venueCommune; // read only
        QString venueAddress; // read only
        Kind kind = Kind::IdeaToProject;
        QDateTime start; // local time
        QDateTime end;   // local time, may be invalid
        QString facilitator;
        int capacity = 0; // 0: no limit
        QString notes;
    };

    static std::optional<Workshop> workshop(const Workspace &workspace, qint64 id);
    // Inserts (id 0) or updates; returns the id, or -1 with error set when the workshop is not
    // valid (no start, an end before the start, an absurd capacity) or cannot be written.
    // The latest workshops, by their start, at most `limit`.
    static QList<Workshop> recent(const Workspace &workspace, int limit);
    static qint64 save(Workspace &workspace, const Workshop &workshop, QString *error);
    // Deletes the workshop and its attendance records (the holders and projects stay).
    static bool remove(Workspace &workspace, qint64 id, QString *error);

    // "mardi 17 février 2026, 14 h 00 – 17 h 00"
    static QString when(const Workshop &workshop);
    // "Comptoir de Liévin · De l'idée au projet · 17/02/2026"
    static QString title(const Workshop &workshop);
};
