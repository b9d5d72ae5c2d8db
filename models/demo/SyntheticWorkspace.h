#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class Workspace;

// Fills a workspace with N synthetic projects in realistic French (titles, summaries, holders,
// organisations, budgets, answers, attendance over three editions) to measure Comptoir at the
// scale of a whole department. The same seed always gives the same content and UUIDs.
class SyntheticWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticWorkspace)

public:
    // progress(done, total) is called now and then; returning false cancels (nothing is written).
    using Progress = std::function<bool(int done, int total)>;

    static bool populate(Workspace &workspace, int projectCount, quint64 seed, QString *error,
                         const Progress &progress = {});
};
