-- A flag that grows after its review asks for a look again (issue 13 §1). A night's work or an hour's card
-- openings can go on after an officer has reviewed the first of them: the review covered the entries the flag had
-- then, not the ones that came after. So a review records how many entries it saw, and a flag with more entries than
-- its last review saw is back among the unreviewed, with the earlier reviews kept beside it.

-- The entries the flag's current review (the reviewed_* columns) saw. NULL while never reviewed.
ALTER TABLE audit_flags ADD COLUMN reviewed_entries INTEGER CHECK (reviewed_entries IS NULL OR reviewed_entries >= 1);

-- Reviews made before this migration saw what their audit entry says they saw (its details carry the flag's entry
-- count at review time); the flag's own count where that entry cannot be read.
UPDATE audit_flags
SET reviewed_entries = coalesce(
  (SELECT json_extract(l.details, '$.entries') FROM audit_log l
   WHERE l.action = 'audit_flag.reviewed' AND l.entity_type = 'audit_flag'
     AND l.entity_id = CAST(audit_flags.id AS TEXT) AND json_valid(l.details)
   ORDER BY l.id DESC LIMIT 1),
  entries)
WHERE reviewed_at IS NOT NULL;

-- Earlier reviews of a flag reviewed again: moved here, as written, when the next review takes the flag's columns.
-- The comment stays sealed under the flag's own key (owner_keys, owner 'audit_flag'), with the same label, so one
-- deleted key still erases every comment on the flag.
CREATE TABLE audit_flag_reviews (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  flag_id           INTEGER NOT NULL REFERENCES audit_flags(id),
  reviewed_by       INTEGER REFERENCES staff(id),
  reviewed_by_login TEXT NOT NULL,
  reviewed_at       TEXT NOT NULL,
  reviewed_entries  INTEGER NOT NULL CHECK (reviewed_entries >= 1),
  comment_enc       BLOB NOT NULL
) STRICT;
CREATE INDEX audit_flag_reviews_by_flag ON audit_flag_reviews(flag_id, id);

-- Reviews are a record: written once, never altered or removed.
CREATE TRIGGER audit_flag_reviews_no_update BEFORE UPDATE ON audit_flag_reviews
BEGIN SELECT RAISE(ABORT, 'audit_flag_reviews is append-only'); END;
CREATE TRIGGER audit_flag_reviews_no_delete BEFORE DELETE ON audit_flag_reviews
BEGIN SELECT RAISE(ABORT, 'audit_flag_reviews is append-only'); END;
