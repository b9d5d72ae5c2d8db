-- Comptoir workspace schema, version 8: attachments (pièces jointes).
--
-- A project's pieces (quotes, statutes, photos, letters of support, plans) are kept inside the
-- workspace, so that it stays one file. Their bytes are content-addressed: attachment_blobs holds
-- each distinct content once, by its SHA-256 (the same file attached twice, or to two projects,
-- is stored once), read and written in pieces through SQLite's incremental blob I/O (hence a
-- rowid table). The attachments themselves (which project, what kind, its caption, its file
-- name, the budget line a quote backs) are small rows of their own table, so that the lists and
-- searches never read a byte of content.
CREATE TABLE attachment_blobs (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL CHECK (size >= 0),
    media_type  TEXT NOT NULL,
    data        BLOB NOT NULL
);

CREATE TABLE attachments (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    project_id        INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    sha256            TEXT NOT NULL REFERENCES attachment_blobs(sha256),
    kind              TEXT NOT NULL CHECK (kind IN ('quote', 'statutes', 'photo',
                                                    'support_letter', 'plan', 'other')),
    caption           TEXT NOT NULL DEFAULT '',
    file_name         TEXT NOT NULL,
    size              INTEGER NOT NULL CHECK (size >= 0),
    media_type        TEXT NOT NULL,
    -- The budget line a quote backs, by its UUID (lines keep theirs across edits and files).
    budget_line_uuid  TEXT NOT NULL DEFAULT '',
    -- Never leaves the machine in the platform's export (a bank statement, say).
    confidential      INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    position          INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    origin            TEXT NOT NULL
);
CREATE INDEX attachments_project ON attachments(project_id, position);

-- An edition can require a quote for every expense line from this amount (the check
-- "quotes_attached", when the edition applies it).
ALTER TABLE editions ADD COLUMN quote_threshold_cents INTEGER NOT NULL DEFAULT 0
    CHECK (quote_threshold_cents >= 0);
CREATE INDEX attachments_sha256 ON attachments(sha256);

-- The tombstones and the trash learn the attachment: their CHECK constraints are rebuilt (the
-- triggers that write tombstones name the table, which keeps its name: legacy_alter_table
-- leaves them as they are).
PRAGMA legacy_alter_table = ON;

CREATE TABLE tombstones_v8 (
    uuid        TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('project', 'workshop', 'holder', 'venue',
                                              'attendance', 'budget_line', 'comment', 'link',
                                              'score', 'attachment')),
    deleted_at  TEXT NOT NULL,
    origin      TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO tombstones_v8 SELECT uuid, kind, deleted_at, origin FROM tombstones;
DROP TABLE tombstones;
ALTER TABLE tombstones_v8 RENAME TO tombstones;
CREATE INDEX tombstones_deleted ON tombstones(deleted_at);

CREATE TABLE trash_v8 (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('project', 'workshop', 'holder', 'venue',
                                              'attachment')),
    uuid        TEXT NOT NULL,
    label       TEXT NOT NULL DEFAULT '',
    deleted_at  TEXT NOT NULL,
    origin      TEXT NOT NULL,
    rows        TEXT NOT NULL
);
INSERT INTO trash_v8 SELECT id, kind, uuid, label, deleted_at, origin, rows FROM trash;
DROP TABLE trash;
ALTER TABLE trash_v8 RENAME TO trash;
CREATE INDEX trash_deleted ON trash(deleted_at);
CREATE INDEX trash_uuid ON trash(uuid);

PRAGMA legacy_alter_table = OFF;

CREATE TRIGGER attachments_tombstone AFTER DELETE ON attachments
    WHEN EXISTS (SELECT 1 FROM projects WHERE id = old.project_id) BEGIN
    INSERT INTO tombstones (uuid, kind, deleted_at, origin)
        SELECT old.uuid, 'attachment', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
               (SELECT value FROM workspace_info WHERE key = 'origin')
        WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE uuid = old.uuid);
END;
CREATE TRIGGER attachments_untombstone AFTER INSERT ON attachments BEGIN
    DELETE FROM tombstones WHERE uuid = new.uuid;
END;
