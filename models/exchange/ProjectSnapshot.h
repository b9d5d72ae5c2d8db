#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// One project as a .comptoir file carries it: its own record and the answers, budget lines and
// holder links that belong to it. Both sides of an import are compared as snapshots: the file's
// and the workspace's (read through the writer, so the two are alike by construction).
struct ProjectSnapshot
{
    QJsonObject project; // the "projects" record (without "history")
    QJsonArray answers;  // its "answers" records
    QJsonArray budgetLines;
    QJsonArray holders; // its "projectHolders" records
    QJsonArray attachments;

    // The version's identity: 16 hex digits of a SHA-256 over what the project says, leaving out
    // when and where it was written (timestamps, origin, the UUIDs of its answers and budget
    // lines, and the history). Written in resources/exchange/README.md, "history".
    QString hash() const;

    // The snapshots of every project of a file's (or a workspace's) content, by project UUID.
    static QHash<QString, ProjectSnapshot> fromContent(const QJsonObject &content);

    // One of its parts by the list that carries it ("answers", "budgetLines", "projectHolders",
    // "attachments").
    const QJsonArray &part(QLatin1String list) const;

    static constexpr int kHashLength = 16;
};
