#pragma once

#include "storage/RowInserter.h"

#include <QString>
#include <QVariant>

#include <memory>

class Workspace;

// The rows the demo and synthetic workspaces write, one typed call per kind of record, through
// one prepared INSERT per table (RowInserter): the two generators differ in what they say, not
// in how it is written. Ids are the new rows' (a reference left at 0 is written as none); the
// first failure is kept, and every later call writes nothing.
class SeedRows final
{
public:
    explicit SeedRows(Workspace &workspace);
    ~SeedRows();
    SeedRows(const SeedRows &) = delete;
    SeedRows &operator=(const SeedRows &) = delete;

    // When and under which identity a row was written (now and a fresh UUID when empty).
    struct Stamp
    {
        QString uuid;
        QString createdAt;
        QString updatedAt; // createdAt when empty
    };

    struct Edition
    {
        int year = 0;
        QString name;
        qint64 envelopeCents = 0;
        // Its calendar: YYYY-MM-DD, none when empty.
        QString comptoirsStart, comptoirsEnd, depositStart, depositEnd, committeeStart,
            committeeEnd, voteStart, voteEnd, resultsDate;
    };
    struct Category
    {
        qint64 editionId = 0;
        QString code;
        QString name;
        QString description;
        qint64 ceilingCents = 0;
        int position = 0;
    };
    struct Venue
    {
        QString name;
        QString commune;
        QString communeCode;
        QString address;
        qint64 hostId = 0;
    };
    struct Workshop
    {
        qint64 editionId = 0;
        qint64 venueId = 0;
        QString kind;
        QString startsAt;
        QString endsAt; // none when empty
        QString facilitator;
        int capacity = 0;
    };
    struct Organisation
    {
        QString name;
        QString legalForm;
        bool essDeclared = false;
        QString commune;
    };
    struct Holder
    {
        QString kind = QStringLiteral("person");
        QString firstName;
        QString lastName;
        qint64 organisationId = 0;
        QString commune;
        QString communeCode;
        QString email;
        QString phone;
    };
    struct Project
    {
        qint64 editionId = 0;
        qint64 venueId = 0;
        qint64 categoryId = 0;
        qint64 organisationId = 0;
        QString title;
        QString summary;
        QString stage;
        QString theme;
        QString commune;
        QString communeCode;
        qint64 amountRequestedCents = 0;
    };
    struct BudgetLine
    {
        QString kind; // expense, resource
        QString category;
        QString label;
        qint64 amountCents = 0;
        int position = 0;
    };

    qint64 edition(const Edition &edition, const Stamp &stamp = {});
    qint64 category(const Category &category, const Stamp &stamp = {});
    qint64 host(const QString &name, const QString &kind, const QString &commune,
                const Stamp &stamp = {});
    qint64 venue(const Venue &venue, const Stamp &stamp = {});
    qint64 workshop(const Workshop &workshop, const Stamp &stamp = {});
    qint64 organisation(const Organisation &organisation, const Stamp &stamp = {});
    qint64 holder(const Holder &holder, const Stamp &stamp = {});
    qint64 consent(qint64 holderId, const QString &kind, bool granted, const QString &givenAt,
                   const QString &method, const Stamp &stamp = {});
    qint64 project(const Project &project, const Stamp &stamp = {});
    qint64 projectHolder(qint64 projectId, qint64 holderId, bool lead, int position);
    // value: the answer's JSON text.
    qint64 answer(qint64 projectId, const QString &key, const QString &value,
                  const QString &methodologyCode, int methodologyVersion, const Stamp &stamp = {});
    qint64 budgetLine(qint64 projectId, const BudgetLine &line, const Stamp &stamp = {});
    qint64 attendance(qint64 workshopId, qint64 holderId, qint64 projectId, const QString &status,
                      const Stamp &stamp = {});

    // The first failure, empty while every row was written.
    QString failure() const { return m_failure; }

private:
    struct Inserters;
    qint64 insert(RowInserter &inserter, const QVariantList &values, const Stamp &stamp);

    std::unique_ptr<Inserters> m_inserters;
    QString m_failure;
};
