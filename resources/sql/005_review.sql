-- Comptoir workspace schema, version 5: reviewing projects offline.
--
-- The committee's scoring criteria are the edition's categories (coopération, innovation
-- sociale, valeurs de l'ESS), each with a weight; 0 leaves a category out of the grid.
ALTER TABLE categories ADD COLUMN score_weight INTEGER NOT NULL DEFAULT 1
    CHECK (score_weight BETWEEN 0 AND 100);

-- What the dashboard groups by, in one covering index: its figures are read from the index
-- alone, not from the wide rows of the projects.
CREATE INDEX projects_dashboard ON projects(edition_id, stage, venue_id, category_id, commune,
                                            amount_requested_cents);

-- What the search's filters read of a project found in the index, by its id: narrow entries,
-- so that checking thousands of matches stays within a few pages.
CREATE INDEX projects_filters ON projects(id, edition_id, venue_id, stage, category_id, commune);

-- A mission officer's review of a project: one per project.
CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    project_id  INTEGER NOT NULL UNIQUE REFERENCES projects(id) ON DELETE CASCADE,
    status      TEXT NOT NULL DEFAULT 'to_review'
                CHECK (status IN ('to_review', 'to_rework', 'admissible', 'not_admissible')),
    reviewer    TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    origin      TEXT NOT NULL
);
CREATE INDEX reviews_status ON reviews(status);

-- Comments on a project for the committee, with their author.
CREATE TABLE review_comments (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    author      TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    origin      TEXT NOT NULL
);
CREATE INDEX review_comments_project ON review_comments(project_id, created_at);

-- The committee's grid: a score from 0 to 5 per criterion (category of the edition).
CREATE TABLE review_scores (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    project_id   INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    category_id  INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
    score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
    author       TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    origin       TEXT NOT NULL,
    UNIQUE (project_id, category_id)
);
CREATE INDEX review_scores_category ON review_scores(category_id);

-- Two projects a mission officer linked: likely the same project (duplicate) or projects that
-- could cooperate. Stored once per pair.
CREATE TABLE project_links (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    project_id        INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    other_project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    kind              TEXT NOT NULL DEFAULT 'duplicate' CHECK (kind IN ('duplicate', 'cooperation')),
    note              TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    origin            TEXT NOT NULL,
    CHECK (project_id <> other_project_id),
    UNIQUE (project_id, other_project_id)
);
CREATE INDEX project_links_other ON project_links(other_project_id);

-- Projects merged into another: a file that brings one of them again does not bring it back.
CREATE TABLE merged_projects (
    uuid             TEXT PRIMARY KEY NOT NULL,
    into_project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    title            TEXT NOT NULL,
    merged_at        TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX merged_projects_into ON merged_projects(into_project_id);

-- Full-text search over each project's title and text (summary, theme, commune and every
-- answer), accents and case ignored. Edits do not write the index: they only mark the project
-- as stale, a cheap insert once per project that keeps imports and typing fast (every write of
-- an answer stamps its project's updated_at, so the project's triggers see the answers' edits
-- too); ProjectSearch brings the index up to date, in one transaction, before it is read. (The
-- triggers test for the row rather than say OR IGNORE: an outer statement's conflict clause
-- would override theirs.)
CREATE VIRTUAL TABLE project_search USING fts5(
    title, body, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE project_search_terms USING fts5vocab(project_search, 'row');

CREATE TABLE project_search_stale (
    project_id INTEGER PRIMARY KEY
);
INSERT INTO project_search_stale (project_id) SELECT id FROM projects;

CREATE TRIGGER projects_search_added AFTER INSERT ON projects BEGIN
    INSERT INTO project_search_stale (project_id) SELECT new.id
        WHERE NOT EXISTS (SELECT 1 FROM project_search_stale WHERE project_id = new.id);
END;
CREATE TRIGGER projects_search_edited
    AFTER UPDATE OF title, summary, theme, commune, updated_at ON projects BEGIN
    INSERT INTO project_search_stale (project_id) SELECT new.id
        WHERE NOT EXISTS (SELECT 1 FROM project_search_stale WHERE project_id = new.id);
END;
CREATE TRIGGER projects_search_removed AFTER DELETE ON projects BEGIN
    INSERT INTO project_search_stale (project_id) SELECT old.id
        WHERE NOT EXISTS (SELECT 1 FROM project_search_stale WHERE project_id = old.id);
END;
