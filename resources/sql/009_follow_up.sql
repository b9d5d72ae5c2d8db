-- Comptoir workspace schema, version 9: after the comptoir. The porteurs' structures and the
-- directory of partners and financers (organisations), the individual follow-up of each project
-- (contacts and next steps), and the pitch rehearsed (its runs).

-- Organisations: the porteurs' structures and the directory's partners alike. legal_form holds a
-- code (association, scop, scic, cooperative, mutual, foundation, esus_company, company,
-- collective, public, other); a text written before this version that is none of them is kept as
-- it was and shown as written. ess_status is what was verified, with its evidence (the ESUS
-- approval's reference, the statutes' article…): '' when nothing was, by_law (an association, a
-- cooperative, a mutual or a foundation: of the ESS by its legal form, law of 31 July 2014),
-- esus (approved "entreprise solidaire d'utilité sociale"), ess_company (a commercial company
-- that meets the law's conditions), not_ess. ess_declared stays what the holders declared.
ALTER TABLE organisations ADD COLUMN rna TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN commune_code TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN ess_status TEXT NOT NULL DEFAULT ''
    CHECK (ess_status IN ('', 'by_law', 'esus', 'ess_company', 'not_ess'));
ALTER TABLE organisations ADD COLUMN ess_evidence TEXT NOT NULL DEFAULT '';
-- In the directory of partners and financers when directory_kind is set: the themes they
-- support (comma-separated), their territory (the whole department, or communes by INSEE code,
-- comma-separated), and a contact person whose details leave the machine only with their consent
-- (contact_consent), as a holder's.
ALTER TABLE organisations ADD COLUMN directory_kind TEXT NOT NULL DEFAULT ''
    CHECK (directory_kind IN ('', 'financer', 'partner', 'ess_ambassador', 'collectivity'));
ALTER TABLE organisations ADD COLUMN themes TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN whole_department INTEGER NOT NULL DEFAULT 0
    CHECK (whole_department IN (0, 1));
ALTER TABLE organisations ADD COLUMN communes TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN contact_consent INTEGER NOT NULL DEFAULT 0
    CHECK (contact_consent IN (0, 1));
ALTER TABLE organisations ADD COLUMN notes TEXT NOT NULL DEFAULT '';

UPDATE organisations SET legal_form = CASE
    WHEN lower(legal_form) LIKE '%scic%' THEN 'scic'
    WHEN lower(legal_form) LIKE '%scop%' THEN 'scop'
    WHEN lower(legal_form) LIKE 'association%' THEN 'association'
    WHEN lower(legal_form) LIKE 'collectif%' THEN 'collective'
    WHEN lower(legal_form) LIKE 'coop%' THEN 'cooperative'
    WHEN lower(legal_form) LIKE 'mutuelle%' THEN 'mutual'
    WHEN lower(legal_form) LIKE 'fondation%' THEN 'foundation'
    ELSE legal_form END;

CREATE INDEX organisations_siret ON organisations(siret) WHERE siret <> '';
CREATE INDEX organisations_rna ON organisations(rna) WHERE rna <> '';
CREATE INDEX organisations_directory ON organisations(directory_kind) WHERE directory_kind <> '';

-- The comptoirs a partner comes to.
CREATE TABLE organisation_venues (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    organisation_id  INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    venue_id         INTEGER NOT NULL REFERENCES venues(id) ON DELETE CASCADE,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    origin           TEXT NOT NULL,
    UNIQUE (organisation_id, venue_id)
);
CREATE INDEX organisation_venues_venue ON organisation_venues(venue_id);

-- Two records of one structure merged into one: a file that still names the one merged away is
-- read as naming the one kept.
CREATE TABLE merged_organisations (
    uuid                  TEXT PRIMARY KEY NOT NULL,
    into_organisation_id  INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    merged_at             TEXT NOT NULL
) WITHOUT ROWID;

-- The follow-up of a project: contacts (a meeting, a call, an e-mail, a workshop outside
-- Comptoir's records) and next steps with a due date and who does them. An internal contact
-- never leaves the workspace (the exchange file leaves it out).
CREATE TABLE follow_ups (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    project_id   INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('meeting', 'phone', 'email', 'workshop')),
    happened_on  TEXT NOT NULL,
    facilitator  TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    internal     INTEGER NOT NULL DEFAULT 0 CHECK (internal IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    origin       TEXT NOT NULL
);
CREATE INDEX follow_ups_project ON follow_ups(project_id, happened_on);

CREATE TABLE next_steps (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    project_id   INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    description  TEXT NOT NULL,
    due_on       TEXT,
    assignee     TEXT NOT NULL DEFAULT '',
    done_on      TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    origin       TEXT NOT NULL
);
CREATE INDEX next_steps_project ON next_steps(project_id, due_on);
CREATE INDEX next_steps_due ON next_steps(due_on, project_id) WHERE done_on IS NULL;

-- A project is to follow up after this many weeks without contact; a pitch lasts this long.
ALTER TABLE editions ADD COLUMN follow_up_weeks INTEGER NOT NULL DEFAULT 6
    CHECK (follow_up_weeks BETWEEN 1 AND 52);
ALTER TABLE editions ADD COLUMN pitch_seconds INTEGER NOT NULL DEFAULT 180
    CHECK (pitch_seconds BETWEEN 30 AND 1800);

-- A pitch rehearsed: when, at which workshop if any, how long it took against the time allowed,
-- and what the group said.
CREATE TABLE pitch_runs (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    project_id        INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    workshop_id       INTEGER REFERENCES workshops(id) ON DELETE SET NULL,
    ran_at            TEXT NOT NULL,
    seconds           INTEGER NOT NULL CHECK (seconds >= 0),
    allotted_seconds  INTEGER NOT NULL CHECK (allotted_seconds > 0),
    remarks           TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    origin            TEXT NOT NULL
);
CREATE INDEX pitch_runs_project ON pitch_runs(project_id, ran_at);
CREATE INDEX pitch_runs_workshop ON pitch_runs(workshop_id) WHERE workshop_id IS NOT NULL;

-- The tombstones and the trash learn the new records (as in version 8).
PRAGMA legacy_alter_table = ON;

CREATE TABLE tombstones_v9 (
    uuid        TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('project', 'workshop', 'holder', 'venue',
                                              'attendance', 'budget_line', 'comment', 'link',
                                              'score', 'attachment', 'organisation',
                                              'organisation_venue', 'follow_up', 'next_step',
                                              'pitch_run')),
    deleted_at  TEXT NOT NULL,
    origin      TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO tombstones_v9 SELECT uuid, kind, deleted_at, origin FROM tombstones;
DROP TABLE tombstones;
ALTER TABLE tombstones_v9 RENAME TO tombstones;
CREATE INDEX tombstones_deleted ON tombstones(deleted_at);

CREATE TABLE trash_v9 (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('project', 'workshop', 'holder', 'venue',
                                              'attachment', 'organisation', 'follow_up',
                                              'next_step', 'pitch_run')),
    uuid        TEXT NOT NULL,
    label       TEXT NOT NULL DEFAULT '',
    deleted_at  TEXT NOT NULL,
    origin      TEXT NOT NULL,
    rows        TEXT NOT NULL
);
INSERT INTO trash_v9 SELECT id, kind, uuid, label, deleted_at, origin, rows FROM trash;
DROP TABLE trash;
ALTER TABLE trash_v9 RENAME TO trash;
CREATE INDEX trash_deleted ON trash(deleted_at);
CREATE INDEX trash_uuid ON trash(uuid);

PRAGMA legacy_alter_table = OFF;

-- A deletion leaves a tombstone (not when its project goes: the project's own tombstone says it).
CREATE TRIGGER follow_ups_tombstone AFTER DELETE ON follow_ups
    WHEN EXISTS (SELECT 1 FROM projects WHERE id = old.project_id) BEGIN
    INSERT INTO tombstones (uuid, kind, deleted_at, origin)
        SELECT old.uuid, 'follow_up', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
               (SELECT value FROM workspace_info WHERE key = 'origin')
        WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE uuid = old.uuid);
END;
CREATE TRIGGER follow_ups_untombstone AFTER INSERT ON follow_ups BEGIN
    DELETE FROM tombstones WHERE uuid = new.uuid;
END;
CREATE TRIGGER next_steps_tombstone AFTER DELETE ON next_steps
    WHEN EXISTS (SELECT 1 FROM projects WHERE id = old.project_id) BEGIN
    INSERT INTO tombstones (uuid, kind, deleted_at, origin)
        SELECT old.uuid, 'next_step', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
               (SELECT value FROM workspace_info WHERE key = 'origin')
        WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE uuid = old.uuid);
END;
CREATE TRIGGER next_steps_untombstone AFTER INSERT ON next_steps BEGIN
    DELETE FROM tombstones WHERE uuid = new.uuid;
END;
CREATE TRIGGER pitch_runs_tombstone AFTER DELETE ON pitch_runs
    WHEN EXISTS (SELECT 1 FROM projects WHERE id = old.project_id) BEGIN
    INSERT INTO tombstones (uuid, kind, deleted_at, origin)
        SELECT old.uuid, 'pitch_run', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
               (SELECT value FROM workspace_info WHERE key = 'origin')
        WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE uuid = old.uuid);
END;
CREATE TRIGGER pitch_runs_untombstone AFTER INSERT ON pitch_runs BEGIN
    DELETE FROM tombstones WHERE uuid = new.uuid;
END;
CREATE TRIGGER organisations_tombstone AFTER DELETE ON organisations BEGIN
    INSERT INTO tombstones (uuid, kind, deleted_at, origin)
        SELECT old.uuid, 'organisation', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
               (SELECT value FROM workspace_info WHERE key = 'origin')
        WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE uuid = old.uuid);
END;
CREATE TRIGGER organisations_untombstone AFTER INSERT ON organisations BEGIN
    DELETE FROM tombstones WHERE uuid = new.uuid;
END;
CREATE TRIGGER organisation_venues_tombstone AFTER DELETE ON organisation_venues
    WHEN EXISTS (SELECT 1 FROM organisations WHERE id = old.organisation_id) BEGIN
    INSERT INTO tombstones (uuid, kind, deleted_at, origin)
        SELECT old.uuid, 'organisation_venue', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
               (SELECT value FROM workspace_info WHERE key = 'origin')
        WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE uuid = old.uuid);
END;
CREATE TRIGGER organisation_venues_untombstone AFTER INSERT ON organisation_venues BEGIN
    DELETE FROM tombstones WHERE uuid = new.uuid;
END;
