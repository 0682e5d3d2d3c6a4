-- Foundation schema: staff and their sessions, data subjects with encrypted medical information,
-- and the append-only, hash-chained audit log. Timestamps are UTC ISO-8601 text with milliseconds.

CREATE TABLE staff (
  id                   INTEGER PRIMARY KEY,
  login                TEXT NOT NULL COLLATE NOCASE UNIQUE,
  full_name            TEXT NOT NULL,
  role                 TEXT NOT NULL CHECK (role IN ('operator', 'compliance', 'admin')),
  active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  password_hash        TEXT NOT NULL,
  must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
  failed_logins        INTEGER NOT NULL DEFAULT 0,
  locked_until         TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL
) STRICT;

-- The session cookie holds a random token; only its SHA-256 is stored, so a copy of the database opens no session.
CREATE TABLE sessions (
  token_hash   TEXT PRIMARY KEY,
  staff_id     INTEGER NOT NULL REFERENCES staff(id),
  csrf_token   TEXT NOT NULL,
  created_at   INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  ip           TEXT,
  user_agent   TEXT
) STRICT;
CREATE INDEX sessions_by_staff ON sessions(staff_id);

CREATE TABLE subjects (
  id              INTEGER PRIMARY KEY,
  last_name       TEXT NOT NULL,
  first_name      TEXT NOT NULL,
  patronymic      TEXT,
  sex             TEXT CHECK (sex IN ('male', 'female')),
  birth_date      TEXT,
  phone           TEXT,
  email           TEXT,
  legal_rep_name  TEXT,
  legal_rep_basis TEXT,
  status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked', 'destroyed')),
  version         INTEGER NOT NULL DEFAULT 1,
  -- AES-256-GCM ciphertext under the subject's own data key; never selected by lists.
  medical_info_enc BLOB,
  -- Lower-cased, ё→е copies for index-backed prefix search (SQLite's NOCASE folds ASCII only).
  last_name_norm  TEXT NOT NULL,
  first_name_norm TEXT NOT NULL,
  email_norm      TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX subjects_by_last_name ON subjects(last_name_norm, first_name_norm);
CREATE INDEX subjects_by_first_name ON subjects(first_name_norm);
CREATE INDEX subjects_by_phone ON subjects(phone);
CREATE INDEX subjects_by_email ON subjects(email_norm);
CREATE INDEX subjects_by_status ON subjects(status);

-- Per-subject data keys, wrapped with the master key. Deleting a subject's key makes its medical
-- information and the personal parts of its audit entries unreadable while the chain still verifies.
CREATE TABLE subject_keys (
  subject_id  INTEGER PRIMARY KEY REFERENCES subjects(id),
  wrapped_key BLOB NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor_id    INTEGER,
  actor_login TEXT NOT NULL,
  actor_role  TEXT NOT NULL,
  action      TEXT NOT NULL,
  entity_type TEXT,
  entity_id   TEXT,
  subject_id  INTEGER,
  request_id  TEXT,
  ip          TEXT,
  details     TEXT,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL
) STRICT;
CREATE INDEX audit_by_subject ON audit_log(subject_id, id);
CREATE INDEX audit_by_actor ON audit_log(actor_login, at);
CREATE INDEX audit_by_action ON audit_log(action, at);
CREATE INDEX audit_by_at ON audit_log(at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused');
END;
