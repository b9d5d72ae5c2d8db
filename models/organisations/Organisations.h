#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Workspace;

// Organisations: the porteurs' structures and the directory's partners and financers (schema 9).
// Each has a legal form, its SIRET (check digit verified) or, for an association, its RNA
// number, an address, and an ESS status with what shows it; the eligibility's ESS check reads
// them. A partner or financer of the directory also has a kind, the themes it supports, a
// territory (the whole department or communes), the comptoirs it comes to and a contact person
// whose details leave the machine only with their consent. Two records of one structure (the
// same SIRET or RNA number) can be merged: what referred to the one merged away refers to the
// one kept, here and in the files that still name it.
class Organisations final
{
    Q_DECLARE_TR_FUNCTIONS(Organisations)

public:
    enum class EssStatus
    {
        Unknown,    // nothing verified yet: the legal form, or the holders' declaration, says
        ByLaw,      // of the ESS by its legal form (association, cooperative, mutual, foundation)
        Esus,       // approved "entreprise solidaire d'utilité sociale"
        EssCompany, // a commercial company that meets the law's conditions (31 July 2014, art. 1)
        NotEss,
    };
    enum class DirectoryKind
    {
        None, // a porteurs' structure only
        Financer,
        Partner,
        EssAmbassador,
        Collectivity,
    };

    struct Organisation
    {
        qint64 id = 0;
        QString uuid;
        QString name;
        QString legalForm; // a code (legalForms()), or text written before schema 9
        bool essDeclared = false;
        QString siret; // 14 digits, or empty
        QString rna;   // W and 9 characters, or empty
        QString address;
        QString commune;
        EssStatus essStatus = EssStatus::Unknown;
        QString essEvidence;
        DirectoryKind directoryKind = DirectoryKind::None;
        QStringList themes;
        bool wholeDepartment = false;
        QStringList communeCodes; // the territory when not the whole department
        QList<qint64> venueIds;   // the comptoirs it comes to
        QString contactName;
        QString contactEmail;
        QString contactPhone;
        bool contactConsent = false;
        QString notes;
        // Read only: who refers to it.
        int projects = 0;
        int holders = 0;
    };

    static constexpr int kMaxText = 200;
    static constexpr int kMaxNotes = 4000;

    // The legal forms, as codes, in the order the editor offers them.
    static QStringList legalForms();
    // « Association loi 1901 »…; a text that is no code is shown as written.
    static QString legalFormLabel(const QString &legalForm);
    // The code a form typed before schema 9, or by a holder, stands for ('' when none).
    static QString legalFormCode(const QString &text);
    // Whether the form is of the ESS by law: association, cooperative (SCOP, SCIC), mutual,
    // foundation.
    static bool essByLaw(const QString &legalForm);

    static QList<EssStatus> essStatuses();
    static QString code(EssStatus status);
    static EssStatus essStatusFromCode(const QString &code);
    static QString label(EssStatus status);
    static QList<DirectoryKind> directoryKinds(); // without None
    static QString code(DirectoryKind kind);
    static DirectoryKind directoryKindFromCode(const QString &code);
    static QString label(DirectoryKind kind);

    static std::optional<Organisation> organisation(const Workspace &workspace, qint64 id);
    // What stops the organisation from being saved (a name, a SIRET whose check digit is wrong,
    // an RNA number that is not one, an e-mail…), in French; empty when it can be.
    static QString problem(const Organisation &organisation);
    // Inserts (id 0) or updates the organisation and its comptoirs in one transaction, its SIRET
    // and RNA normalised, its commune's code looked up; its id.
    static Result<qint64> save(Workspace &workspace, const Organisation &organisation);
    // The other organisations of the same SIRET or RNA number (the editor says so).
    static QList<Organisation> sameNumbers(const Workspace &workspace,
                                           const Organisation &organisation);

    // Fills into's blank numbers, form, address, commune and contact person with from's: what two
    // records of one structure (a merge, a known partner imported again) keep of each other.
    static void fillBlanks(Organisation *into, const Organisation &from);

    // Records that share a SIRET or an RNA number: offered for merging.
    struct Duplicate
    {
        QString number; // « SIRET 732 829 320 00074 », « RNA W622001234 »
        QList<qint64> ids;
        QStringList names;
    };
    static Result<QList<Duplicate>> duplicates(const Workspace &workspace);
    // Merges `mergedId` into `keptId`: its projects, holders and comptoirs go to the one kept,
    // the kept one's empty fields take the merged one's, and the merged one is deleted (its
    // tombstone travels, and files that still name it are read as naming the one kept).
    static Result<void> merge(Workspace &workspace, qint64 keptId, qint64 mergedId);

    // Name and id of every organisation, by name (the pickers).
    struct Choice
    {
        qint64 id = 0;
        QString name;
        QString detail; // its legal form and commune
    };
    static QList<Choice> choices(const Workspace &workspace);
};
