-- A test step that fails half-way: the first statement succeeds, the second cannot.
CREATE TABLE test_half_done (id INTEGER PRIMARY KEY);
ALTER TABLE no_such_table ADD COLUMN x INTEGER;
