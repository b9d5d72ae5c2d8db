#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Workspace;

// The figures a committee looks at for an edition (or for every project): counts and amounts
// per comptoir, stage, category, commune, arrondissement, EPCI and review status; the subsidies
// requested and estimated against the envelope; where the edition's calendar stands. Read with a
// handful of grouped queries, so that it stays quick at a department's 100,000 projects.
class Dashboard final
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)

public:
    enum class Axis
    {
        Venue,
        Stage,
        Category,
        Commune,
        Arrondissement,
        Epci,
        Status,
    };

    struct Row
    {
        QString label;
        int count = 0;
        qint64 requestedCents = 0;
        qint64 estimatedCents = 0; // by the edition's rules (SubsidyEstimate)
    };

    struct Phase
    {
        QString name;
        QDate start;
        QDate end;
        // How much of the phase is behind us on the day the dashboard was computed: 0 before it
        // starts, 100 once it ended; -1 when its dates are not set.
        int percent = -1;
    };

    qint64 editionId = 0; // 0: every project
    QString editionName;
    qint64 envelopeCents = 0;
    QDate today;
    Row total;
    QList<Row> byVenue;          // by count, largest first
    QList<Row> byStage;          // in the order of the stages
    QList<Row> byCategory;       // in the order of the edition's categories
    QList<Row> byCommune;        // by count, largest first (the project's main commune)
    QList<Row> byArrondissement; // by count, largest first
    QList<Row> byEpci;           // by count, largest first
    QList<Row> byStatus;         // in the order of the statuses
    QList<Phase> calendar;

    const QList<Row> &rows(Axis axis) const;
    static QString axisName(Axis axis);
    static QList<Axis> allAxes();

    static std::optional<Dashboard> compute(const Workspace &workspace, qint64 editionId,
                                            const QDate &today, QString *error);

    // The table behind a chart as CSV for a French spreadsheet: UTF-8 with BOM, ";" between
    // fields, CRLF, amounts in euros with a decimal comma.
    QByteArray csv(Axis axis) const;
    QByteArray budgetCsv() const;
    QByteArray calendarCsv() const;
};
