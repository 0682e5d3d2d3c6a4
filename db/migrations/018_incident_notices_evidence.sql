-- The notices to Roskomnadzor as printed, and the evidence attached to an incident (issue 14 §2–3). Both belong to
-- an incident of migration 017.

-- Each printing of a notice keeps what it said: the printable document as JSON, sealed under the incident's own key
-- (owner_keys, owner 'incident'), since the description, causes and measures may name a person; its SHA-256 stays in
-- clear, so the text that went can be proven without reading it. The notify / report-results step marks one printing
-- of its kind as the one sent (printing it then if none exists).
-- AUTOINCREMENT: an id is never given twice, so a row left behind is never taken for a later printing.
CREATE TABLE incident_notices (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  incident_id      INTEGER NOT NULL REFERENCES incidents(id),
  kind             TEXT NOT NULL CHECK (kind IN ('notice_24h', 'results_72h')),
  text_enc         BLOB NOT NULL,
  sha256           TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  printed_at       TEXT NOT NULL,
  printed_by       INTEGER REFERENCES staff(id),
  printed_by_login TEXT NOT NULL,
  sent             INTEGER NOT NULL DEFAULT 0 CHECK (sent IN (0, 1))
) STRICT;
CREATE INDEX incident_notices_by_incident ON incident_notices(incident_id, kind, id);
-- One notice of each kind went to Roskomnadzor.
CREATE UNIQUE INDEX incident_notices_one_sent ON incident_notices(incident_id, kind) WHERE sent = 1;

-- What was printed stays as printed: only the mark of the one sent may change.
CREATE TRIGGER incident_notices_frozen BEFORE UPDATE ON incident_notices
WHEN NEW.incident_id IS NOT OLD.incident_id OR NEW.kind IS NOT OLD.kind OR NEW.text_enc IS NOT OLD.text_enc
  OR NEW.sha256 IS NOT OLD.sha256 OR NEW.printed_at IS NOT OLD.printed_at OR NEW.printed_by IS NOT OLD.printed_by
  OR NEW.printed_by_login IS NOT OLD.printed_by_login
BEGIN SELECT RAISE(ABORT, 'incident_notices keep the text as printed: only sent may change'); END;
CREATE TRIGGER incident_notices_kept BEFORE DELETE ON incident_notices
BEGIN SELECT RAISE(ABORT, 'incident_notices are never deleted'); END;

-- Evidence: a frozen list of audit entries (those about the linked subjects in a window, and every action of a
-- chosen staff member), with what proves the list was not altered later: the SHA-256 over the entries' chain hashes
-- in id order, and the latest signed checkpoint at or past the last entry. Ids, actions and hashes only: nothing
-- here is a subject's personal value (the entries' sealed details stay in the log).
CREATE TABLE incident_evidence (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  incident_id       INTEGER NOT NULL REFERENCES incidents(id),
  window_from       TEXT NOT NULL,
  window_to         TEXT NOT NULL CHECK (window_to >= window_from),
  actor_id          INTEGER REFERENCES staff(id),
  actor_login       TEXT,
  entries           INTEGER NOT NULL CHECK (entries >= 0),
  first_audit_id    INTEGER REFERENCES audit_log(id),
  last_audit_id     INTEGER REFERENCES audit_log(id),
  entries_sha256    TEXT NOT NULL CHECK (length(entries_sha256) = 64 AND entries_sha256 NOT GLOB '*[^0-9a-f]*'),
  checkpoint_id     INTEGER REFERENCES checkpoints(id),
  attached_at       TEXT NOT NULL,
  attached_by       INTEGER REFERENCES staff(id),
  attached_by_login TEXT NOT NULL,
  CHECK ((actor_id IS NULL) = (actor_login IS NULL)),
  CHECK ((entries = 0) = (first_audit_id IS NULL) AND (entries = 0) = (last_audit_id IS NULL)),
  CHECK (first_audit_id IS NULL OR first_audit_id <= last_audit_id)
) STRICT;
CREATE INDEX incident_evidence_by_incident ON incident_evidence(incident_id, id);

-- The entries of each attached list, and why each is there. A join table, not a JSON array: a staff member's week
-- can be thousands of entries, read back in id order.
CREATE TABLE incident_evidence_entries (
  evidence_id INTEGER NOT NULL REFERENCES incident_evidence(id),
  audit_id    INTEGER NOT NULL REFERENCES audit_log(id),
  reason      TEXT NOT NULL CHECK (reason IN ('linked_subject', 'actor')),
  PRIMARY KEY (evidence_id, audit_id)
) STRICT, WITHOUT ROWID;

-- Evidence once attached is what it was: neither changed nor removed.
CREATE TRIGGER incident_evidence_no_update BEFORE UPDATE ON incident_evidence
BEGIN SELECT RAISE(ABORT, 'incident_evidence is append-only: UPDATE refused'); END;
CREATE TRIGGER incident_evidence_no_delete BEFORE DELETE ON incident_evidence
BEGIN SELECT RAISE(ABORT, 'incident_evidence is append-only: DELETE refused'); END;
CREATE TRIGGER incident_evidence_entries_no_update BEFORE UPDATE ON incident_evidence_entries
BEGIN SELECT RAISE(ABORT, 'incident_evidence_entries is append-only: UPDATE refused'); END;
CREATE TRIGGER incident_evidence_entries_no_delete BEFORE DELETE ON incident_evidence_entries
BEGIN SELECT RAISE(ABORT, 'incident_evidence_entries is append-only: DELETE refused'); END;
