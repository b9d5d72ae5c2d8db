#pragma once

#include "Eligibility.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Workspace;

// A yearly edition of the Budget Citoyen as data: its calendar, its envelope, its categories
// with their floors and ceilings, and the eligibility checks it applies. Edited as a whole in
// the edition dialog and saved in one transaction.
class Edition final
{
    Q_DECLARE_TR_FUNCTIONS(Edition)

public:
    struct Category
    {
        qint64 id = 0; // 0: not saved yet
        QString uuid;
        QString code;
        QString name;
        QString description;
        qint64 floorCents = 0;
        qint64 ceilingCents = 0; // 0: no ceiling
    };

    qint64 id = 0; // 0: not saved yet
    QString uuid;
    int year = 0;
    QString name;
    qint64 envelopeCents = 0;
    QDate comptoirsStart;
    QDate comptoirsEnd;
    QDate depositStart;
    QDate depositEnd;
    QDate committeeStart;
    QDate committeeEnd;
    QDate voteStart;
    QDate voteEnd;
    QDate resultsDate;
    QList<Category> categories;
    QList<Eligibility::Rule> checks;
    // The check "quotes_attached" asks a quote for every expense line from this amount.
    qint64 quoteThresholdCents = 0;
    // A project is to follow up after this many weeks without contact (1–52).
    int followUpWeeks = 6;
    // The time a pitch is given in a rehearsal, in seconds (30–1,800).
    int pitchSeconds = 180;

    static constexpr qint64 kMaxEnvelopeCents = 1'000'000'000'00; // a billion euros

    static std::optional<Edition> load(const Workspace &workspace, qint64 id, QString *error);
    // A new edition for year, with the calendar and categories of the scheme (DOMAIN.md).
    static Edition forYear(int year);

    // What is wrong, in French, one sentence each; empty when the edition can be saved.
    QStringList problems() const;
    // Inserts or updates the edition and its categories in one transaction; returns its id,
    // or -1 with error set (and nothing written). A category still used by projects cannot be
    // removed.
    static qint64 save(Workspace &workspace, const Edition &edition, QString *error);
};
