#pragma once

#include <QLatin1String>
#include <QList>
#include <QStringList>

// The lists of a .comptoir file, described once: each list's table, each field's JSON key and
// column, its type, whether it may be absent or null, what it refers to, and the keys that
// identify a record beside its UUID. The reader checks a file against this description, the
// writer builds its queries from it and the importer binds its rows with it; adding a list or a
// field is one entry here plus its lines in resources/exchange/README.md and
// bundle-v1.schema.json (tst_bundleformat checks that the three agree).
namespace BundleFormat {

enum class Type : quint8
{
    Ref,        // the UUID of a record of another list; its column holds that record's id
    Text,       // at most BundleReader::kMaxText characters; some lists allow only a few values
    Timestamp,  // 2026-03-14T09:30:00.000Z
    Date,       // 2026-03-14
    Integer,    // a whole number (a nullable one is a count: never negative)
    Cents,      // a whole number of euro cents, 0 to 10^13
    Boolean,    // true or false, stored as 1 or 0
    JsonValue,  // any JSON value, stored as its compact text (an answer)
    JsonObject, // a JSON object, stored as its compact text (a methodology's definition)
    Codes,      // a list of codes, stored comma-separated
    Hashes,     // a project's history (16 hex digits each), kept in project_versions
    Sha256,     // a content's SHA-256: 64 lower-case hex digits
};

enum Flag : quint8
{
    Optional = 0x1, // may be absent (written by every Comptoir, but not needed to read a file)
    Nullable = 0x2, // may be null
    Contact = 0x4,  // a holder's contact detail: written only with consent to be contacted
};

struct Field
{
    const char *key;
    const char *column; // nullptr: not a column of the list's table
    Type type;
    int flags = 0;
    const char *refersTo = nullptr; // for Ref: the list
    QStringList allowed = {};       // for Text: the only values allowed, when any
    qint64 whenAbsent = 0;          // for Integer: the value of an optional field a file lacks

    QLatin1String name() const { return QLatin1String(key); }
    bool optional() const { return flags & Optional; }
    bool nullable() const { return flags & Nullable; }
};

// What a list is to a project, which says how the importer merges its records.
enum class Role : quint8
{
    Reference,   // what projects refer to: added when unknown, replaced by a newer edit
    Project,     // the projects: added, replaced by a newer version, or a conflict to settle
    ProjectPart, // part of a project's version: written and replaced with its project
    Presence,    // who came to which workshop (on which project): as references, after projects
    Review,      // the mission officers' review of a project, kept only for projects here
    Tombstone,   // what was deleted: never brought back, deleted here too unless edited since
};

struct List
{
    const char *key;
    const char *table;
    Role role;
    bool tracked; // records carry uuid, createdAt, updatedAt and origin
    QList<Field> fields;
    // Added after the first files were written: a file without the list has none.
    bool optional = false;
    // The writer reads the records whose columns named here are among the ids it is given
    // (every record when none is named).
    QList<const char *> selectedBy = {"id"};
    // The writer's order, by JSON key ("uuid" included).
    QList<const char *> order = {"uuid"};
    // Keys that identify a record beside its UUID. In a file, no two records share them when
    // keyIsUnique (the workspace's schema would refuse them); the importer recognises a record
    // two workspaces created apart by them (except a project's parts, replaced with it).
    QList<const char *> naturalKey = {};
    bool keyIsUnique = true;
    bool keyIsUnordered = false;      // a link: the same two records either way round
    const char *keyMeaning = nullptr; // "a category code of its edition", for messages (tr)
    // The column that says whether the record's Contact fields may leave the machine (a
    // directory's contact person); none: a holder's consent to be contacted (table consents).
    const char *consentColumn = nullptr;
    // Only the records that meet this condition (on the table as "t") are written: an internal
    // note never leaves the workspace.
    const char *writtenWhere = nullptr;

    QLatin1String name() const { return QLatin1String(key); }
    const Field *field(const char *key) const;
    bool refersToProjects() const;
};

// Every list, in dependency order: a list comes after those it refers to (projects aside).
const QList<List> &lists();
const List &list(QLatin1String key);
inline const List &list(const char *key)
{
    return list(QLatin1String(key));
}

} // namespace BundleFormat
