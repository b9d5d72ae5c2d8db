#pragma once

#include "followup/PitchRuns.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class Workspace;

// The « fiche pitch »: one page per project to print for the group before a pitch workshop —
// the hook phrase, the pitch, the key figures (amount requested, budget, beneficiaries,
// holders, start, the time given and the last run). The pitch's text is set as large as the
// page allows, never cut: it shrinks to fit.
class PitchSheet final
{
    Q_DECLARE_TR_FUNCTIONS(PitchSheet)

public:
    struct Data
    {
        QString title;
        QString commune;
        QString venue;
        QString theme;
        QString hook;  // pitch.accroche
        QString pitch; // pitch.pitch
        qint64 amountRequestedCents = 0;
        qint64 expensesCents = 0;
        QString beneficiaries; // public.nombre, as written
        int holders = 0;
        QString start; // actions.demarrage, dd/MM/yyyy
        int allottedSeconds = PitchRuns::kDefaultSeconds;
        std::optional<PitchRuns::Run> lastRun;
    };

    static std::optional<Data> load(const Workspace &workspace, qint64 projectId, QString *error);
    // One page; false when it could not be drawn.
    static bool render(const Data &data, QPagedPaintDevice *device);
    static bool writePdf(const Data &data, const QString &path, QString *error);
    // « Fiche pitch - Épicerie solidaire itinérante du Ternois.pdf »
    static QString suggestedFileName(const Data &data);
};
