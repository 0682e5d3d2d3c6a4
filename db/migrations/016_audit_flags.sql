-- Flags worth a compliance officer's look (issue 13 §1): patterns in the audit log that are not wrong in themselves
-- but ask for a human to check them (work at night, a burst of card openings, repeated denials, failed-login
-- bursts, big exports). They are derived from the log by server/auditFlags/flagScanner.ts and could be rebuilt from
-- it, except the review: who looked at a flag, when, and what they wrote.

-- One flag: a kind, whom it is about (a staff login, or the login or IP a failed login named), and a fixed window.
-- Windows are fixed (a Moscow day, a clock hour, a quarter of an hour, one export's instant), never sliding, so that
-- the UNIQUE key below makes a scan idempotent: scanning the same entries again finds the same row and grows it.
CREATE TABLE audit_flags (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  kind           TEXT NOT NULL CHECK (kind IN (
                   'after_hours', 'many_subjects', 'repeated_denials', 'failed_logins', 'big_export')),
  -- 'login' for staff and typed logins, 'ip' for a failed-login burst from one address.
  subject_type   TEXT NOT NULL CHECK (subject_type IN ('login', 'ip')),
  subject_value  TEXT NOT NULL CHECK (length(subject_value) BETWEEN 1 AND 200),
  window_start   TEXT NOT NULL,
  window_end     TEXT NOT NULL CHECK (window_end >= window_start),
  -- What the rule counted: entries, distinct subjects, or an export's rows.
  count          INTEGER NOT NULL CHECK (count >= 1),
  entries        INTEGER NOT NULL CHECK (entries >= 1),
  detected_at    TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  reviewed_by    INTEGER REFERENCES staff(id),
  reviewed_by_login TEXT,
  reviewed_at    TEXT,
  -- The reviewer's words may name a person: sealed under the flag's own key (owner_keys, owner 'audit_flag').
  review_comment_enc BLOB,
  CHECK ((reviewed_at IS NULL) = (reviewed_by_login IS NULL)),
  CHECK ((reviewed_at IS NULL) = (review_comment_enc IS NULL)),
  UNIQUE (kind, subject_type, subject_value, window_start)
) STRICT;
-- The list: unreviewed first, by kind or by whom.
CREATE INDEX audit_flags_by_review ON audit_flags((reviewed_at IS NOT NULL), id);
CREATE INDEX audit_flags_by_subject ON audit_flags(subject_value, id);

-- The entries behind each flag. A join table rather than a JSON array: a night's work can be hundreds of entries,
-- and the flag's page reads them in pages by entry id.
CREATE TABLE audit_flag_entries (
  flag_id   INTEGER NOT NULL REFERENCES audit_flags(id),
  audit_id  INTEGER NOT NULL REFERENCES audit_log(id),
  PRIMARY KEY (flag_id, audit_id)
) STRICT, WITHOUT ROWID;

-- How far the scan has read the log: the highest entry id it has looked at (one row).
CREATE TABLE audit_flag_cursor (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  last_id      INTEGER NOT NULL CHECK (last_id >= 0),
  scanned_at   TEXT
) STRICT;
INSERT INTO audit_flag_cursor (id, last_id, scanned_at) VALUES (1, 0, NULL);
