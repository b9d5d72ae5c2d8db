-- Comptoir workspace schema, version 10: keys for sealed and signed .comptoir files
-- (resources/exchange/README.md, "The envelope"). None of these rows ever travels.

-- The workspace's own signing key (Ed25519), made when the schema reaches 10 (at creation, or
-- when an older workspace is first opened): the 32-byte seed libsodium derives the key pair
-- from, and the public half, which names the workspace to those who read its files.
CREATE TABLE signing_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    seed        BLOB NOT NULL CHECK (length(seed) = 32),
    public_key  BLOB NOT NULL CHECK (length(public_key) = 32),
    created_at  TEXT NOT NULL
);

-- The Department's key (X25519) files are sealed for. A facilitator's workspace holds its public
-- half only (imported from the file the Department hands out); the mission officer's, that made
-- it, also holds the secret half sealed by a passphrase (locked_secret: the key file's JSON), or
-- says in which file it is kept (secret_file).
CREATE TABLE department_key (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    public_key     BLOB NOT NULL CHECK (length(public_key) = 32),
    label          TEXT NOT NULL DEFAULT '',
    key_created_at TEXT NOT NULL DEFAULT '',
    locked_secret  TEXT,
    secret_file    TEXT,
    added_at       TEXT NOT NULL
);

-- The workspaces whose files were accepted here, by their signing key: who signed what comes
-- in, and which name goes with which key (a known name with another key is a warning).
CREATE TABLE known_signers (
    public_key     BLOB PRIMARY KEY NOT NULL CHECK (length(public_key) = 32),
    workspace      TEXT NOT NULL,
    name           TEXT NOT NULL,
    accepted_at    TEXT NOT NULL,
    last_file_at   TEXT NOT NULL,
    files          INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX known_signers_workspace ON known_signers (workspace);
CREATE INDEX known_signers_name ON known_signers (name COLLATE NOCASE);

-- Who signed each file imported here, and whether it came sealed (the import's provenance).
ALTER TABLE imports ADD COLUMN signer_key BLOB;
ALTER TABLE imports ADD COLUMN signer_name TEXT NOT NULL DEFAULT '';
ALTER TABLE imports ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1));
