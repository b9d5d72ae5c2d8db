#pragma once

#include <QString>
#include <QUuid>

// Name-based UUIDs (version 5) for the records every workspace creates the same way: the seven
// comptoirs of the scheme, an edition of a year, its categories, a methodology version. Two
// laptops that never met give them the same identity, so that merging their files adds nothing
// twice (resources/exchange/README.md).
namespace StableUuid {

inline QString of(const QString &name)
{
    static const QUuid space(QStringLiteral("{5b0f3d52-8a57-4a43-9a52-2f8c1c0c6e21}"));
    return QUuid::createUuidV5(space, name).toString(QUuid::WithoutBraces);
}

inline QString venue(const QString &commune)
{
    return of(QStringLiteral("venue:") + commune);
}

inline QString edition(int year)
{
    return of(QStringLiteral("edition:%1").arg(year));
}

inline QString category(const QString &editionUuid, const QString &code)
{
    return of(QStringLiteral("category:%1:%2").arg(editionUuid, code));
}

inline QString methodology(const QString &code, int version)
{
    return of(QStringLiteral("methodology:%1:%2").arg(code).arg(version));
}

// The origin of what the scheme itself defines (the seven comptoirs), and the moment it is
// dated from: the same in every workspace, so that a seeded comptoir is the same record
// everywhere until someone edits it.
inline QString schemeOrigin()
{
    return of(QStringLiteral("scheme:pas-de-calais"));
}
inline QString schemeTimestamp()
{
    return QStringLiteral("2026-01-01T00:00:00.000Z");
}

} // namespace StableUuid
