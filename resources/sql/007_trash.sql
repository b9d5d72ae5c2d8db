-- Comptoir workspace schema, version 7: deletions are data too.
--
-- A tombstone says that a record was deleted: its UUID, what it was, when, and by which
-- workspace. Tombstones travel in .comptoir files, so that an import never brings back what was
-- deleted, and a deletion made on one laptop reaches the others. They are written by the
-- triggers below, whoever deletes (an edit, an undo, a move to the trash, an import), and only
-- for a record deleted for itself: the rows that go with their project, workshop or holder (a
-- cascade, when the parent is already gone) leave none, the parent's tombstone says it all. A
-- record written again with the same UUID (an undo, a restore) takes its tombstone away.
-- A tombstone already there (one a file brought) is kept with its date and workspace.
CREATE TABLE tombstones (
    uuid        TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('project', 'workshop', 'holder', 'venue',
                                              'attendance', 'budget_line', 'comment', 'link',
                                              'score')),
    deleted_at  TEXT NOT NULL,
    origin      TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX tombstones_deleted ON tombstones(deleted_at);

-- The trash: projects, workshops, holders and comptoirs deleted here, each with every row that went with
-- it (answers, budget, holders, reviews…; as JSON, table by table), to be restored as they were
-- or deleted for good. The record itself is gone from its table, so no list, search, dashboard
-- or export needs to leave it out.
CREATE TABLE trash (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('project', 'workshop', 'holder', 'venue')),
    uuid        TEXT NOT NULL,
    label       TEXT NOT NULL DEFAULT '',
    deleted_at  TEXT NOT NULL,
    origin      TEXT NOT NULL,
    rows        TEXT NOT NULL
);
CREATE INDEX trash_deleted ON trash(deleted_at);
CREATE INDEX trash_uuid ON trash(uuid);

CREATE TRIGGER projects_tombstone AFTER DELETE ON projects BEGIN
    INSERT INTO tombstones (uuid, kind, deleted_at, origin)
        SELECT old.uuid, 'project', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
               (SELECT value FROM workspace_info WHERE key = 'origin')
        WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE uuid = old.uuid);
END;
CREATE TRIGGER workshops_tombstone AFTER DELETE ON workshops BEGIN
    INSERT INTO tombstones (uuid, kind, deleted_at, origin)
        SELECT old.uuid, 'workshop', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
               (SELECT value FROM workspace_info WHERE key = 'origin')
        WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE uuid = old.uuid);
END;
CREATE TRIGGER holders_tombstone AFTER DELETE ON holders BEGIN
    INSERT INTO tombstones (uuid, kind, deleted_at, origin)
        SELECT old.uuid, 'holder', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
               (SELECT value FROM workspace_info WHERE key = 'origin')
        WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE uuid = old.uuid);
END;
CREATE TRIGGER venues_tombstone AFTER DELETE ON venues BEGIN
    INSERT INTO tombstones (uuid, kind, deleted_at, origin)
        SELECT old.uuid, 'venue', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
               (SELECT value FROM workspace_info WHERE key = 'origin')
        WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE uuid = old.uuid);
END;
CREATE TRIGGER attendance_tombstone AFTER DELETE ON attendance
    WHEN EXISTS (SELECT 1 FROM workshops WHERE id = old.workshop_id)
     AND EXISTS (SELECT 1 FROM holders WHERE id = old.holder_id) BEGIN
    INSERT INTO tombstones (uuid, kind, deleted_at, origin)
        SELECT old.uuid, 'attendance', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
               (SELECT value FROM workspace_info WHERE key = 'origin')
        WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE uuid = old.uuid);
END;
CREATE TRIGGER budget_lines_tombstone AFTER DELETE ON budget_lines
    WHEN EXISTS (SELECT 1 FROM projects WHERE id = old.project_id) BEGIN
    INSERT INTO tombstones (uuid, kind, deleted_at, origin)
        SELECT old.uuid, 'budget_line', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
               (SELECT value FROM workspace_info WHERE key = 'origin')
        WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE uuid = old.uuid);
END;
CREATE TRIGGER review_comments_tombstone AFTER DELETE ON review_comments
    WHEN EXISTS (SELECT 1 FROM projects WHERE id = old.project_id) BEGIN
    INSERT INTO tombstones (uuid, kind, deleted_at, origin)
        SELECT old.uuid, 'comment', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
               (SELECT value FROM workspace_info WHERE key = 'origin')
        WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE uuid = old.uuid);
END;
CREATE TRIGGER review_scores_tombstone AFTER DELETE ON review_scores
    WHEN EXISTS (SELECT 1 FROM projects WHERE id = old.project_id)
     AND EXISTS (SELECT 1 FROM categories WHERE id = old.category_id) BEGIN
    INSERT INTO tombstones (uuid, kind, deleted_at, origin)
        SELECT old.uuid, 'score', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
               (SELECT value FROM workspace_info WHERE key = 'origin')
        WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE uuid = old.uuid);
END;
CREATE TRIGGER project_links_tombstone AFTER DELETE ON project_links
    WHEN EXISTS (SELECT 1 FROM projects WHERE id = old.project_id)
     AND EXISTS (SELECT 1 FROM projects WHERE id = old.other_project_id) BEGIN
    INSERT INTO tombstones (uuid, kind, deleted_at, origin)
        SELECT old.uuid, 'link', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
               (SELECT value FROM workspace_info WHERE key = 'origin')
        WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE uuid = old.uuid);
END;

-- Written again: no longer deleted.
CREATE TRIGGER projects_untombstone AFTER INSERT ON projects BEGIN
    DELETE FROM tombstones WHERE uuid = new.uuid;
END;
CREATE TRIGGER workshops_untombstone AFTER INSERT ON workshops BEGIN
    DELETE FROM tombstones WHERE uuid = new.uuid;
END;
CREATE TRIGGER holders_untombstone AFTER INSERT ON holders BEGIN
    DELETE FROM tombstones WHERE uuid = new.uuid;
END;
CREATE TRIGGER venues_untombstone AFTER INSERT ON venues BEGIN
    DELETE FROM tombstones WHERE uuid = new.uuid;
END;
CREATE TRIGGER attendance_untombstone AFTER INSERT ON attendance BEGIN
    DELETE FROM tombstones WHERE uuid = new.uuid;
END;
CREATE TRIGGER budget_lines_untombstone AFTER INSERT ON budget_lines BEGIN
    DELETE FROM tombstones WHERE uuid = new.uuid;
END;
CREATE TRIGGER review_comments_untombstone AFTER INSERT ON review_comments BEGIN
    DELETE FROM tombstones WHERE uuid = new.uuid;
END;
CREATE TRIGGER review_scores_untombstone AFTER INSERT ON review_scores BEGIN
    DELETE FROM tombstones WHERE uuid = new.uuid;
END;
CREATE TRIGGER project_links_untombstone AFTER INSERT ON project_links BEGIN
    DELETE FROM tombstones WHERE uuid = new.uuid;
END;
