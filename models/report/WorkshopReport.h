#pragma once

#include "followup/PitchRuns.h"
#include "workshops/Attendance.h"
#include "workshops/Workshops.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;

// The compte rendu of a workshop: the workshop, who came (names, communes, projects, time spent;
// never contact details), which projects advanced and by how much (the methodology's sections
// complete before the workshop began and at its end, answers written during it), and the next
// steps noted (the workshop's notes, each project's "prochaines étapes").
class WorkshopReport final
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopReport)

public:
    struct Project
    {
        qint64 id = 0;
        QString title;
        int sections = 0;       // in its methodology
        int completeBefore = 0; // sections complete when the workshop began
        int completeAfter = 0;  // … when it ended
        int answersWritten = 0; // answers first written during the workshop
        QStringList nextSteps;  // "étape (échéance)"
    };
    struct Data
    {
        Workshops::Workshop workshop;
        QString editionName;
        QList<Attendance::Participant> participants;
        QList<Project> projects;
        QList<PitchRuns::Run> pitchRuns; // rehearsed at this workshop
    };

    static std::optional<Data> load(const Workspace &workspace, qint64 workshopId, QString *error);
    static int render(const Data &data, QPagedPaintDevice *device);
    // Through a temporary file: a failed export leaves nothing behind.
    static bool writePdf(const Data &data, const QString &path, QString *error);
    // "Compte rendu - Comptoir de Liévin - 2026-02-17.pdf"
    static QString suggestedFileName(const Data &data);
};
