-- Comptoir workspace schema, version 4: exchanges between workspaces (.comptoir files).
--
-- imports: one row per file applied to this workspace, with what it did; the report shown after
-- an import and the provenance shown in a project read it.
CREATE TABLE imports (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    file_name         TEXT NOT NULL,
    sha256            TEXT NOT NULL,
    producer          TEXT NOT NULL,
    producer_version  TEXT NOT NULL DEFAULT '',
    exported_at       TEXT NOT NULL,
    imported_at       TEXT NOT NULL,
    added             INTEGER NOT NULL DEFAULT 0,
    updated           INTEGER NOT NULL DEFAULT 0,
    skipped           INTEGER NOT NULL DEFAULT 0,
    conflicts         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX imports_sha256 ON imports(sha256);

-- Where a project came from: each import that added it, updated it, or merged it after a
-- conflict.
CREATE TABLE project_imports (
    project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    import_id   INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    action      TEXT NOT NULL CHECK (action IN ('added', 'updated', 'merged')),
    PRIMARY KEY (project_id, import_id)
) WITHOUT ROWID;
CREATE INDEX project_imports_import ON project_imports(import_id);

-- The versions of a project this workspace has exchanged (written to or read from a file), by
-- their content hash (resources/exchange/README.md, "history"). A file's project whose version
-- is among them is older than ours; ours being among the file's history makes the file's newer;
-- neither means both sides changed it since they last met: a conflict.
CREATE TABLE project_versions (
    project_uuid  TEXT NOT NULL,
    hash          TEXT NOT NULL,
    PRIMARY KEY (project_uuid, hash)
) WITHOUT ROWID;
