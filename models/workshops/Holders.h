#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMultiHash>
#include <QString>

#include <optional>

class Workspace;

// The porteurs de projet: people or collectives, their contact details and what they consented
// to (RGPD). Contact details are personal data: they leave the machine only when the holder
// agreed to be contacted. A holder can be erased: their personal data goes, the row stays
// (marked erased) so that their projects and attendance keep their shape, anonymised.
class Holders final
{
    Q_DECLARE_TR_FUNCTIONS(Holders)

public:
    enum class ConsentKind
    {
        Contact,     // contact by the Département
        PublishName, // publication of the name
        Photos,      // photos
    };
    static QList<ConsentKind> consentKinds();
    static QString code(ConsentKind kind);
    static QString label(ConsentKind kind);

    struct Consent
    {
        ConsentKind kind = ConsentKind::Contact;
        bool granted = false;
        QDateTime givenAt; // UTC; invalid when never asked
        QString method;    // how: "paper_form", "oral", "registration_form", or free text
    };
    static QString methodLabel(const QString &method);

    struct Holder
    {
        qint64 id = 0;
        QString uuid;
        bool collective = false;
        QString firstName;
        QString lastName; // a collective's name
        qint64 organisationId = 0;
        QString organisationName; // read only
        QString commune;
        QString email;
        QString phone;
        QString address;
        bool erased = false; // read only
        QList<Consent> consents;

        QString displayName() const;
    };

    static constexpr int kMaxTextLength = 200;

    static std::optional<Holder> holder(const Workspace &workspace, qint64 id);
    // Checks a holder before it is written: a name, a plausible e-mail, sizes; an empty string
    // when it can be saved, the French reason otherwise.
    static QString problem(const Holder &holder);
    // Inserts (id 0) or updates the holder and its consents in one transaction; the
    // organisation is created by name when organisationName is set and organisationId is 0.
    // Returns the id, or -1 with error set and nothing written.
    static qint64 save(Workspace &workspace, const Holder &holder, QString *error);
    // Records one consent (granted or refused), now, with the way it was given.
    static bool setConsent(Workspace &workspace, qint64 holderId, ConsentKind kind, bool granted,
                           const QString &method, QString *error);
    static bool hasConsent(const Workspace &workspace, qint64 holderId, ConsentKind kind);

    // Erases the holder's personal data: names, contact details and consents go; the holder's
    // name, e-mail and phone are also blanked out of the answers of their projects. Projects,
    // attendance and links stay. One transaction; false with error set and nothing changed.
    static bool erase(Workspace &workspace, qint64 holderId, QString *error);
    static QString erasedName();

    // The public name of a holder as exports may show it: the name when publication was agreed
    // to, otherwise an empty string.
    static QString publicName(const Workspace &workspace, qint64 holderId);

    // Holders of a project, the lead first.
    static QList<Holder> ofProject(const Workspace &workspace, qint64 projectId);
    // The public names of a project's holders, the lead first, read in one query that reads no
    // contact details: each holder's name when publication was agreed to and the holder was not
    // erased, otherwise an empty string.
    static QStringList publicNamesOfProject(const Workspace &workspace, qint64 projectId);
    // Makes holderId a holder of projectId (the lead when the project has none).
    // The projects a holder carries, the latest edited first.
    struct Project
    {
        qint64 id = 0;
        QString title; // as written: empty for a project not yet named
        bool lead = false;
    };
    static QList<Project> projects(const Workspace &workspace, qint64 holderId);
    static bool linkToProject(Workspace &workspace, qint64 holderId, qint64 projectId,
                              QString *error);

    // The keys duplicates are matched on: the same e-mail (any case), or the same name and
    // commune (any case, any accents).
    static QString emailKey(const QString &email);
    static QString nameKey(const QString &firstName, const QString &lastName,
                           const QString &commune);

    // Finds holders that look like the same person. Built once from the workspace (erased
    // holders never match), then kept up to date with add() while a file is imported.
    class DuplicateIndex
    {
    public:
        DuplicateIndex() = default;
        explicit DuplicateIndex(const Workspace &workspace);
        void add(qint64 id, const Holder &holder);
        // Ids of the holders matching, by e-mail first; empty when none.
        QList<qint64> find(const Holder &holder) const;

    private:
        QMultiHash<QString, qint64> m_byEmail;
        QMultiHash<QString, qint64> m_byName;
    };
    static QList<qint64> duplicatesOf(const Workspace &workspace, const Holder &holder);
};
