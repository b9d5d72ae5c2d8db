-- What a new workspace starts with: the seven comptoirs named by the page the scheme was
-- announced on. Run once, when a workspace is created (the data step of version 1).
--
-- The same records in every workspace until someone edits them, so that merging two laptops'
-- files adds nothing twice: a name-based UUID (version 5, namespace
-- 5b0f3d52-8a57-4a43-9a52-2f8c1c0c6e21, name "venue:<commune>"; StableUuid::venue), dated
-- 2026-01-01T00:00:00.000Z, from the scheme's own origin (StableUuid::schemeOrigin). Their
-- communes' INSEE codes are given by version 6's data step, as any other row's.
INSERT OR IGNORE INTO venues (uuid, name, commune, created_at, updated_at, origin) VALUES
    ('f3ebe4bd-4eb8-5be8-b859-fff1149f0949', 'Comptoir d''Outreau', 'Outreau',
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'a858c470-a1b8-5195-94ba-0dc073a22a65'),
    ('da2bb314-316c-5ffa-8fa2-364edc884b31', 'Comptoir de Liévin', 'Liévin',
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'a858c470-a1b8-5195-94ba-0dc073a22a65'),
    ('60312dcb-4b24-5054-8ca6-9b40c71720d5', 'Comptoir de Calais', 'Calais',
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'a858c470-a1b8-5195-94ba-0dc073a22a65'),
    ('46f6fd07-a1b6-523e-b541-81a7f1eff165', 'Comptoir de Saint-Pol-sur-Ternoise', 'Saint-Pol-sur-Ternoise',
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'a858c470-a1b8-5195-94ba-0dc073a22a65'),
    ('1d41b335-89ed-5e0b-a707-5905550987e3', 'Comptoir d''Arleux-en-Gohelle', 'Arleux-en-Gohelle',
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'a858c470-a1b8-5195-94ba-0dc073a22a65'),
    ('e4236d7b-76e2-599f-a84f-d8adf854e051', 'Comptoir de Beaurainville', 'Beaurainville',
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'a858c470-a1b8-5195-94ba-0dc073a22a65'),
    ('0a3c9fdd-5b4b-57ed-8dc3-412263d8ce5f', 'Comptoir de Saint-Martin-lez-Tatinghem', 'Saint-Martin-lez-Tatinghem',
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'a858c470-a1b8-5195-94ba-0dc073a22a65');
