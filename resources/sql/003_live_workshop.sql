-- Comptoir workspace schema, version 3: the live workshop.
--
-- seconds_spent is the time the facilitator spent with a participant during the workshop (the
-- per-porteur timer), written each time the timer is paused or the facilitator moves on.

ALTER TABLE attendance ADD COLUMN seconds_spent INTEGER NOT NULL DEFAULT 0
    CHECK (seconds_spent >= 0);
