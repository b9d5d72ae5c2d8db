-- Comptoir workspace schema, version 6: communes known by their INSEE code.
--
-- Every commune of the Pas-de-Calais is in Comptoir's list (resources/data/communes-62.tsv),
-- with its code, postal codes, arrondissement and EPCI. Rows that name a commune keep the name as
-- written and gain its code ('' when the name is not one of the department's communes), so that a
-- renamed or merged commune stays recognised and projects can be filtered by territory. The
-- codes of existing rows, and the commune answers (which become {"code", "name"} objects), are
-- filled in by the migrator's data step for this version (CommuneCodes::fillIn).
ALTER TABLE projects ADD COLUMN commune_code TEXT NOT NULL DEFAULT '';
ALTER TABLE holders ADD COLUMN commune_code TEXT NOT NULL DEFAULT '';
ALTER TABLE venues ADD COLUMN commune_code TEXT NOT NULL DEFAULT '';

-- The dashboard and the search's filters read the main commune's code from their indexes too.
-- projects_edition goes: projects_dashboard begins with the edition and serves the same look-ups
-- (one index less to write for every project an import adds).
DROP INDEX projects_edition;
DROP INDEX projects_dashboard;
CREATE INDEX projects_dashboard ON projects(edition_id, stage, venue_id, category_id, commune,
                                            commune_code, amount_requested_cents);
DROP INDEX projects_filters;
CREATE INDEX projects_filters ON projects(id, edition_id, venue_id, stage, category_id, commune,
                                          commune_code);
