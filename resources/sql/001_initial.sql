-- Comptoir workspace schema, version 1.
--
-- Conventions
-- * Every row that can travel between machines has a UUID (text, lower-case, no braces),
--   created_at and updated_at (ISO 8601 UTC, millisecond precision, e.g. 2026-03-14T09:30:00.000Z)
--   and an origin: the UUID of the workspace that created it (workspace_info.origin).
-- * Money is stored in euro cents (INTEGER), never as floating point.
-- * Codes (stage, kind, status) are lower-case ASCII; the interface translates them.
-- * The file is identified by PRAGMA application_id (set by the application, not here) and
--   versioned by PRAGMA user_version (set by the migrator after each step).

CREATE TABLE workspace_info (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- A yearly campaign of the Budget Citoyen: its calendar and envelope.
CREATE TABLE editions (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    year             INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    name             TEXT NOT NULL,
    envelope_cents   INTEGER NOT NULL DEFAULT 0 CHECK (envelope_cents >= 0),
    comptoirs_start  TEXT,
    comptoirs_end    TEXT,
    deposit_start    TEXT,
    deposit_end      TEXT,
    committee_start  TEXT,
    committee_end    TEXT,
    vote_start       TEXT,
    vote_end         TEXT,
    results_date     TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    origin           TEXT NOT NULL
);

-- The categories of an edition drive the subsidy: coopération, innovation sociale, valeurs de l'ESS.
CREATE TABLE categories (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    edition_id     INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    floor_cents    INTEGER NOT NULL DEFAULT 0 CHECK (floor_cents >= 0),
    ceiling_cents  INTEGER NOT NULL DEFAULT 0 CHECK (ceiling_cents >= 0),
    position       INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    origin         TEXT NOT NULL,
    UNIQUE (edition_id, code)
);

-- Who hosts a comptoir: a partner structure or an "ambassadeur ESS".
CREATE TABLE host_organisations (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'partner' CHECK (kind IN ('partner', 'ess_ambassador')),
    commune     TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    contact     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    origin      TEXT NOT NULL
);

-- A comptoir à initiatives citoyennes: a place where workshops are held.
CREATE TABLE venues (
    id                    INTEGER PRIMARY KEY,
    uuid                  TEXT NOT NULL UNIQUE,
    name                  TEXT NOT NULL,
    commune               TEXT NOT NULL DEFAULT '',
    address               TEXT NOT NULL DEFAULT '',
    host_organisation_id  INTEGER REFERENCES host_organisations(id) ON DELETE SET NULL,
    active                INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    origin                TEXT NOT NULL
);
CREATE INDEX venues_host ON venues(host_organisation_id);

-- One session at a venue.
CREATE TABLE workshops (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    edition_id   INTEGER REFERENCES editions(id) ON DELETE SET NULL,
    venue_id     INTEGER REFERENCES venues(id) ON DELETE SET NULL,
    kind         TEXT NOT NULL DEFAULT 'idea_to_project'
                 CHECK (kind IN ('idea_to_project', 'business_model', 'pitch',
                                 'social_innovation', 'discover_ess')),
    starts_at    TEXT NOT NULL,
    ends_at      TEXT,
    facilitator  TEXT NOT NULL DEFAULT '',
    capacity     INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    origin       TEXT NOT NULL
);
CREATE INDEX workshops_edition ON workshops(edition_id);
CREATE INDEX workshops_venue ON workshops(venue_id);
CREATE INDEX workshops_starts ON workshops(starts_at);

-- The legal structure behind a project (association, SCIC, collectif…).
CREATE TABLE organisations (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    legal_form    TEXT NOT NULL DEFAULT '',
    ess_declared  INTEGER NOT NULL DEFAULT 0 CHECK (ess_declared IN (0, 1)),
    siret         TEXT NOT NULL DEFAULT '',
    commune       TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    origin        TEXT NOT NULL
);

-- A porteur·euse de projet. Contact details are personal data: they leave the machine only as
-- far as the holder's consents allow. erased_at is set when the holder asked to be forgotten:
-- personal columns are then blanked and the row stays so that projects keep their links.
CREATE TABLE holders (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    kind             TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'collective')),
    first_name       TEXT NOT NULL DEFAULT '',
    last_name        TEXT NOT NULL DEFAULT '',
    organisation_id  INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    commune          TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL DEFAULT '',
    erased_at        TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    origin           TEXT NOT NULL
);
CREATE INDEX holders_organisation ON holders(organisation_id);
CREATE INDEX holders_email ON holders(email) WHERE email <> '';

-- What a holder agreed to (RGPD), when and how.
CREATE TABLE consents (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    holder_id   INTEGER NOT NULL REFERENCES holders(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('contact', 'publish_name', 'photos')),
    granted     INTEGER NOT NULL CHECK (granted IN (0, 1)),
    given_at    TEXT NOT NULL,
    method      TEXT NOT NULL DEFAULT '' ,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    origin      TEXT NOT NULL,
    UNIQUE (holder_id, kind)
);

-- A methodology definition ("fiche méthodologique") as loaded: the JSON travels with its answers.
CREATE TABLE methodologies (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    code        TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    name        TEXT NOT NULL,
    definition  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    origin      TEXT NOT NULL,
    UNIQUE (code, version)
);

-- An idea as it matures into a project.
CREATE TABLE projects (
    id                      INTEGER PRIMARY KEY,
    uuid                    TEXT NOT NULL UNIQUE,
    edition_id              INTEGER REFERENCES editions(id) ON DELETE SET NULL,
    venue_id                INTEGER REFERENCES venues(id) ON DELETE SET NULL,
    category_id             INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    organisation_id         INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    methodology_id          INTEGER REFERENCES methodologies(id) ON DELETE SET NULL,
    title                   TEXT NOT NULL,
    summary                 TEXT NOT NULL DEFAULT '',
    stage                   TEXT NOT NULL DEFAULT 'idea'
                            CHECK (stage IN ('idea', 'structuring', 'ready', 'deposited',
                                             'labelled', 'not_selected')),
    stage_override_reason   TEXT NOT NULL DEFAULT '',
    theme                   TEXT NOT NULL DEFAULT '',
    commune                 TEXT NOT NULL DEFAULT '',
    amount_requested_cents  INTEGER NOT NULL DEFAULT 0 CHECK (amount_requested_cents >= 0),
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    origin                  TEXT NOT NULL
);
CREATE INDEX projects_edition ON projects(edition_id);
CREATE INDEX projects_venue ON projects(venue_id);
CREATE INDEX projects_category ON projects(category_id);
CREATE INDEX projects_organisation ON projects(organisation_id);
CREATE INDEX projects_methodology ON projects(methodology_id);
CREATE INDEX projects_stage ON projects(stage);
CREATE INDEX projects_updated ON projects(updated_at);

-- Who carries a project; exactly one lead per project is expected (position 0).
CREATE TABLE project_holders (
    project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    holder_id   INTEGER NOT NULL REFERENCES holders(id) ON DELETE CASCADE,
    is_lead     INTEGER NOT NULL DEFAULT 0 CHECK (is_lead IN (0, 1)),
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (project_id, holder_id)
) WITHOUT ROWID;
CREATE INDEX project_holders_holder ON project_holders(holder_id);
CREATE UNIQUE INDEX project_holders_one_lead ON project_holders(project_id) WHERE is_lead = 1;

-- One field's value for one project. value is JSON (a string, a number, an array of rows…);
-- methodology_version is the version of the definition the answer was written under.
CREATE TABLE answers (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    project_id           INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    field_key            TEXT NOT NULL,
    value                TEXT NOT NULL,
    methodology_code     TEXT NOT NULL,
    methodology_version  INTEGER NOT NULL,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    origin               TEXT NOT NULL,
    UNIQUE (project_id, field_key)
);

-- Budget prévisionnel: expense and resource lines.
CREATE TABLE budget_lines (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    project_id    INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('expense', 'resource')),
    category      TEXT NOT NULL DEFAULT '',
    label         TEXT NOT NULL DEFAULT '',
    amount_cents  INTEGER NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),
    position      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    origin        TEXT NOT NULL
);
CREATE INDEX budget_lines_project ON budget_lines(project_id, kind, position);

-- Who was expected at, and who came to, a workshop; project_id says which project they worked on.
CREATE TABLE attendance (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    workshop_id  INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    holder_id    INTEGER NOT NULL REFERENCES holders(id) ON DELETE CASCADE,
    project_id   INTEGER REFERENCES projects(id) ON DELETE SET NULL,
    status       TEXT NOT NULL DEFAULT 'registered'
                 CHECK (status IN ('registered', 'present', 'absent', 'excused')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    origin       TEXT NOT NULL,
    UNIQUE (workshop_id, holder_id)
);
CREATE INDEX attendance_holder ON attendance(holder_id);
CREATE INDEX attendance_project ON attendance(project_id);
