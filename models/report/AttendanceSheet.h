#pragma once

#include "workshops/Attendance.h"
#include "workshops/Workshops.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class Workspace;

// The feuille d'émargement of a workshop: the workshop, its comptoir, date, half-day and
// facilitator, then one row per registered participant with a column to sign, and a few blank
// rows for those who come without registering. Page numbers on every page. Rendered on any
// paged device: a PDF file, or a printer.
//
// Only names, communes and projects are printed: contact details never appear on a sheet that
// goes round the room.
class AttendanceSheet final
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceSheet)

public:
    static constexpr int kBlankRows = 3;

    struct Data
    {
        Workshops::Workshop workshop;
        QString editionName;
        QList<Attendance::Participant> participants;
    };
    static std::optional<Data> load(const Workspace &workspace, qint64 workshopId);

    // Paints the sheet; returns the number of pages, 0 when the device cannot be painted on.
    static int render(const Data &data, QPagedPaintDevice *device);
    // Writes a PDF through a temporary file, so a failed export leaves no partial file behind.
    static bool writePdf(const Data &data, const QString &path, QString *error);
    // "Émargement - Comptoir de Liévin - 2026-02-17.pdf"
    static QString suggestedFileName(const Data &data);
};
