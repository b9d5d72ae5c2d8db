-- Comptoir workspace schema, version 2: the eligibility checks an edition applies are data.
--
-- eligibility_checks lists the codes of the checks the edition applies, comma-separated, in any
-- order: ess_structure, attended_comptoir, in_pas_de_calais, required_complete, budget_balanced,
-- within_ceiling, deposit_period. Unknown codes are ignored, so a newer Comptoir may add checks.
-- Existing editions apply all seven, as version 1 did.

ALTER TABLE editions ADD COLUMN eligibility_checks TEXT NOT NULL
    DEFAULT 'ess_structure,attended_comptoir,in_pas_de_calais,required_complete,budget_balanced,within_ceiling,deposit_period';
