-- A test step: version 2 adds a column and a table.
ALTER TABLE projects ADD COLUMN test_flag INTEGER NOT NULL DEFAULT 0;
CREATE TABLE test_notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL DEFAULT 'a; b');
CREATE TRIGGER test_notes_touch AFTER INSERT ON test_notes BEGIN
    UPDATE test_notes SET body = body || ';' WHERE id = new.id;
END;
