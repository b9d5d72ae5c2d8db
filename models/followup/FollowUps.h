#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;
class Workspace;

// The individual follow-up of a project after the comptoir (schema 9): the contacts a
// facilitator had with its holders (a meeting, a call, an e-mail, a workshop outside Comptoir's
// records; the workshops they attended appear by themselves, from the attendance), and the next
// steps, each with a due date and who does it. A contact marked internal never leaves the
// workspace. Writing a contact or a step does not change the project's version: the follow-up
// travels record by record (resources/exchange/README.md).
class FollowUps final
{
    Q_DECLARE_TR_FUNCTIONS(FollowUps)

public:
    enum class ContactKind
    {
        Meeting,
        Phone,
        Email,
        Workshop,
    };
    static QList<ContactKind> contactKinds();
    static QString code(ContactKind kind);
    static ContactKind contactKindFromCode(const QString &code);
    static QString label(ContactKind kind);

    struct Contact
    {
        qint64 id = 0;
        qint64 projectId = 0;
        ContactKind kind = ContactKind::Meeting;
        QDate date;
        QString facilitator;
        QString notes;
        bool internal = false;
    };
    struct Step
    {
        qint64 id = 0;
        qint64 projectId = 0;
        QString description;
        QDate due;      // invalid: no due date
        QString assignee;
        QDate done;     // invalid: still to do
    };
    // A workshop a holder of the project attended (on this project, or on none).
    struct Workshop
    {
        QDate date;
        QString kind; // as shown
        QString venue;
        QStringList holders;
    };

    static constexpr int kMaxText = 200;
    static constexpr int kMaxNotes = 4000;

    static Result<QList<Contact>> contacts(const Workspace &workspace, qint64 projectId);
    static Result<QList<Step>> steps(const Workspace &workspace, qint64 projectId);
    static Result<QList<Workshop>> workshops(const Workspace &workspace, qint64 projectId);

    // Inserts (id 0) or updates; the id. A contact needs a date, a step a description.
    static Result<qint64> saveContact(Workspace &workspace, const Contact &contact);
    static Result<qint64> saveStep(Workspace &workspace, const Step &step);
    static Result<void> setStepDone(Workspace &workspace, qint64 stepId, const QDate &done);

    // What the committee reads as engagement (the dossier's « Suivi de l'accompagnement »):
    // contacts that may leave the workspace (not the internal ones), workshops attended, the
    // date of the last of either, and the next steps (the open ones first, by due date).
    struct Summary
    {
        int contacts = 0;
        int workshops = 0;
        QDate lastContact;
        QList<Step> steps;
    };
    static Result<Summary> summary(const Workspace &workspace, qint64 projectId);
    // The same from what was already read.
    static Summary summarise(const QList<Contact> &contacts, const QList<Workshop> &workshops,
                             const QList<Step> &steps);

    // A project to follow up: a next step is due, or no contact for the weeks its edition sets.
    struct ToFollowUp
    {
        qint64 projectId = 0;
        QString title;
        QString venue;
        QDate lastContact;   // a contact, a workshop attended, or the project's creation
        QDate nextDue;       // the earliest due date of an open step (invalid: none)
        QString nextStep;    // its description
        int weeks = 6;       // the edition's
        int daysLate = 0;    // how late, by the more urgent of the two
        bool stepDue = false;
    };
    // The projects still accompanied (at the stages idée, en structuration, prêt, of an edition
    // whose deposit period has not ended) that are to follow up on `today`, the most urgent first.
    static Result<QList<ToFollowUp>> toFollowUp(const Workspace &workspace, const QDate &today);
    static Result<QList<ToFollowUp>> toFollowUp(const QSqlDatabase &db, const QDate &today);
    // The same, read on another thread through a connection of its own: a department's 60,000
    // accompanied projects take a second or two to read, which the window never waits for.
    struct Read
    {
        QList<ToFollowUp> rows;
        QString error; // not empty: the file could not be read
    };
    static QFuture<Read> readInBackground(const QString &filePath, const QDate &today);
    // How many (-1 when the file cannot be read), counted the same way.
    static QFuture<int> countInBackground(const QString &filePath, const QDate &today);
};
