#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class Workspace;

// The comptoirs (venues) and the structures that host them. A new workspace starts with the
// seven comptoirs the scheme was born with; they carry fixed UUIDs so that the same comptoir
// created on two laptops is one comptoir when their files meet.
class Venues final
{
    Q_DECLARE_TR_FUNCTIONS(Venues)

public:
    struct HostOrganisation
    {
        qint64 id = 0;
        QString name;
        QString kind = QStringLiteral("partner"); // partner, ess_ambassador
        QString commune;
        QString address;
        QString contact;
    };

    struct Venue
    {
        qint64 id = 0;
        QString uuid;
        QString name;
        QString commune;
        QString address;
        qint64 hostId = 0;
        QString hostName; // read only
        bool active = true;
        int workshopCount = 0; // read only
    };

    // (A new workspace starts with the seven comptoirs of the scheme: resources/sql/001_seed.sql.)

    static QList<Venue> venues(const Workspace &workspace, bool activeOnly = false);
    static std::optional<Venue> venue(const Workspace &workspace, qint64 id);
    // Inserts (id 0) or updates; returns the id, or -1 with error set. A venue needs a name.
    static qint64 save(Workspace &workspace, const Venue &venue, QString *error);
    // A venue used by a workshop or a project is not deleted: it is made inactive instead,
    // so history keeps its place. Returns false with error set when nothing could be done.
    static bool remove(Workspace &workspace, qint64 id, bool *deactivated, QString *error);

    static QList<HostOrganisation> hosts(const Workspace &workspace);
    static qint64 saveHost(Workspace &workspace, const HostOrganisation &host, QString *error);
    static bool removeHost(Workspace &workspace, qint64 id, QString *error);
    static QString hostKindLabel(const QString &kind);
};
