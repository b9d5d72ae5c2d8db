// The child the reliability suite kills: it works on a workspace through the models, as the
// window does, and prints each edit once it is committed, so that the suite can check, after a
// SIGKILL at any moment, that every edit printed is in the file.
//
//   reliability_child edits WORKSPACE FIRST   answers, budgets, stages, reviews and time spent,
//                                             carrying a counter that starts at FIRST, forever
//   reliability_child import WORKSPACE FILE   imports the .comptoir file (the file's side wins)
//   reliability_child backup WORKSPACE        writes backups, forever
#include "exchange/BundleImport.h"
#include "projects/BudgetLines.h"
#include "projects/ProjectAnswers.h"
#include "projects/ProjectRecord.h"
#include "review/Review.h"
#include "storage/Backups.h"
#include "storage/Workspace.h"
#include "workshops/Attendance.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>

#include <cstdio>

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString &why)
{
    say(QStringLiteral("F ") + why);
    return 3;
}

QList<qint64> ids(const Workspace &w, const QString &sql)
{
    QList<qint64> result;
    QSqlQuery query(w.database());
    if (query.exec(sql))
        while (query.next())
            result << query.value(0).toLongLong();
    return result;
}

int edits(Workspace &w, qint64 counter)
{
    const QList<qint64> projects =
        ids(w, QStringLiteral("SELECT id FROM projects ORDER BY id LIMIT 12"));
    const QList<qint64> attendance =
        ids(w, QStringLiteral("SELECT id FROM attendance ORDER BY id LIMIT 6"));
    if (projects.isEmpty() || attendance.isEmpty())
        return fail(QStringLiteral("nothing to edit"));
    QHash<qint64, int> seconds;
    for (qint64 a : attendance) {
        QSqlQuery query(w.database());
        query.exec(QStringLiteral("SELECT seconds_spent FROM attendance WHERE id = %1").arg(a));
        seconds.insert(a, query.next() ? query.value(0).toInt() : 0);
    }
    QString error;
    for (;; ++counter) {
        const qint64 p = projects.at(counter % projects.size());
        const QString n = QString::number(counter);
        switch (counter % 5) {
        case 0:
            if (!ProjectAnswers::write(w, p, QStringLiteral("idee.resume"),
                                       QJsonValue(QStringLiteral("r") + n),
                                       QStringLiteral("idee-au-projet"), 1, &error))
                return fail(error);
            say(QStringLiteral("A %1 %2").arg(p).arg(counter));
            break;
        case 1: {
            BudgetLines::Line expense;
            expense.kind = BudgetLines::Kind::Expense;
            expense.label = QStringLiteral("Matériel");
            expense.amountCents = counter * 100;
            BudgetLines::Line resource = expense;
            resource.kind = BudgetLines::Kind::Resource;
            resource.label = QStringLiteral("Budget citoyen");
            if (!BudgetLines::replace(w, p, {expense, resource}, &error))
                return fail(error);
            say(QStringLiteral("B %1 %2").arg(p).arg(counter));
            break;
        }
        case 2:
            if (!ProjectRecord::setStage(w, p, counter % 2 ? Stage::Idea : Stage::Structuring,
                                         QStringLiteral("s") + n, &error))
                return fail(error);
            say(QStringLiteral("S %1 %2").arg(p).arg(counter));
            break;
        case 3:
            if (!Review::setStatus(
                    w, p, counter % 2 ? Review::Status::ToRework : Review::Status::Admissible,
                    QStringLiteral("r") + n, &error))
                return fail(error);
            say(QStringLiteral("R %1 %2").arg(p).arg(counter));
            break;
        case 4: {
            const qint64 a = attendance.at(counter % attendance.size());
            if (!Attendance::addSeconds(w, a, 1, &error))
                return fail(error);
            seconds[a] += 1;
            say(QStringLiteral("P %1 %2").arg(a).arg(seconds.value(a)));
            break;
        }
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    QString error;
    std::unique_ptr<Workspace> w = Workspace::open(args.at(2), &error);
    if (!w)
        return fail(error);
    say(QStringLiteral("OPEN"));
    const QString mode = args.at(1);
    if (mode == QLatin1String("edits"))
        return edits(*w, args.value(3).toLongLong());
    if (mode == QLatin1String("import")) {
        const auto report = BundleImport::importFile(
            *w, args.value(3), BundleImport::ConflictChoice::TakeFile, &error);
        if (!report)
            return fail(error);
        say(QStringLiteral("IMPORTED %1").arg(report->added));
        return 0;
    }
    if (mode == QLatin1String("backup")) {
        for (;;) {
            const Result<Backups::Info> written =
                Backups::writeToFolder(w->filePath(), QStringLiteral("manual"));
            if (!written)
                return fail(written.error());
            say(QStringLiteral("BACKUP ") + written->path);
        }
    }
    return 2;
}
