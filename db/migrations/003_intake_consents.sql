-- Website intake, the review queue, consents and the documents they are given under
-- (policy versions, clause 6.1; consent forms, separate documents since 156-FZ of 01.09.2025).

CREATE TABLE policy_versions (
  id             INTEGER PRIMARY KEY,
  version        TEXT NOT NULL UNIQUE,
  text           TEXT NOT NULL,
  text_sha256    TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  published_at   TEXT,
  published_by   TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;

CREATE TABLE consent_forms (
  id             INTEGER PRIMARY KEY,
  purpose        TEXT NOT NULL CHECK (purpose IN ('medical_services', 'marketing', 'health_data')),
  title          TEXT NOT NULL,
  version        TEXT NOT NULL,
  text           TEXT NOT NULL,
  text_sha256    TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  published_at   TEXT,
  published_by   TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  UNIQUE (purpose, version)
) STRICT;

-- A published document is what people agreed to: it can never change or disappear.
CREATE TRIGGER policy_published_immutable BEFORE UPDATE ON policy_versions WHEN OLD.status = 'published'
BEGIN SELECT RAISE(ABORT, 'a published policy version is immutable'); END;
CREATE TRIGGER policy_published_kept BEFORE DELETE ON policy_versions WHEN OLD.status = 'published'
BEGIN SELECT RAISE(ABORT, 'a published policy version is immutable'); END;
CREATE TRIGGER consent_form_published_immutable BEFORE UPDATE ON consent_forms WHEN OLD.status = 'published'
BEGIN SELECT RAISE(ABORT, 'a published consent form is immutable'); END;
CREATE TRIGGER consent_form_published_kept BEFORE DELETE ON consent_forms WHEN OLD.status = 'published'
BEGIN SELECT RAISE(ABORT, 'a published consent form is immutable'); END;

CREATE TABLE submissions (
  id                INTEGER PRIMARY KEY,
  receipt_id        TEXT NOT NULL UNIQUE,
  service           TEXT NOT NULL CHECK (service IN ('appointment', 'callback', 'chat', 'consultation')),
  last_name         TEXT NOT NULL,
  first_name        TEXT NOT NULL,
  patronymic        TEXT,
  birth_date        TEXT,
  sex               TEXT CHECK (sex IN ('male', 'female')),
  phone             TEXT NOT NULL,
  email             TEXT,
  -- Free text may carry health details: sealed with a key of the submission's own, wrapped by the master key.
  message_enc       BLOB,
  wrapped_key       BLOB NOT NULL,
  preferred_time    TEXT,
  policy_version_id INTEGER NOT NULL REFERENCES policy_versions(id),
  received_at       TEXT NOT NULL,
  ip                TEXT,
  user_agent        TEXT,
  status            TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'linked', 'created', 'rejected')),
  decided_at        TEXT,
  decided_by_id     INTEGER REFERENCES staff(id),
  decided_by_login  TEXT,
  reject_category   TEXT CHECK (reject_category IN ('spam', 'test', 'duplicate', 'other')),
  reject_reason     TEXT,
  subject_id        INTEGER REFERENCES subjects(id)
) STRICT;
CREATE INDEX submissions_by_status ON submissions(status, id);
CREATE INDEX submissions_by_subject ON submissions(subject_id);
CREATE INDEX submissions_by_received ON submissions(received_at);

-- The consent evidence exactly as received: which form (and its hash) each tick was given under.
CREATE TABLE submission_consents (
  submission_id   INTEGER NOT NULL REFERENCES submissions(id),
  consent_form_id INTEGER NOT NULL REFERENCES consent_forms(id),
  purpose         TEXT NOT NULL,
  form_sha256     TEXT NOT NULL,
  PRIMARY KEY (submission_id, consent_form_id)
) STRICT;

CREATE TABLE consents (
  id                      INTEGER PRIMARY KEY,
  subject_id              INTEGER NOT NULL REFERENCES subjects(id),
  purpose                 TEXT NOT NULL CHECK (purpose IN ('medical_services', 'marketing', 'health_data')),
  consent_form_id         INTEGER NOT NULL REFERENCES consent_forms(id),
  form_sha256             TEXT NOT NULL,
  policy_version_id       INTEGER REFERENCES policy_versions(id),
  given_at                TEXT NOT NULL,
  channel                 TEXT NOT NULL CHECK (channel IN ('website', 'paper', 'representative')),
  representative_name     TEXT,
  representative_document TEXT,
  submission_id           INTEGER REFERENCES submissions(id),
  ip                      TEXT,
  user_agent              TEXT,
  recorded_by_login       TEXT NOT NULL,
  status                  TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
  withdrawn_at            TEXT,
  withdrawal_basis        TEXT,
  created_at              TEXT NOT NULL,
  CHECK (channel <> 'representative' OR (representative_name IS NOT NULL AND representative_document IS NOT NULL))
) STRICT;
CREATE INDEX consents_by_subject ON consents(subject_id, purpose);
CREATE INDEX consents_by_purpose ON consents(purpose, status, subject_id);
CREATE INDEX consents_by_policy ON consents(policy_version_id);

-- A consent is evidence: never deleted, never edited; the only change is active → withdrawn.
CREATE TRIGGER consents_kept BEFORE DELETE ON consents
BEGIN SELECT RAISE(ABORT, 'consents are never deleted'); END;
CREATE TRIGGER consents_only_withdrawn BEFORE UPDATE ON consents
WHEN NOT (
  OLD.status = 'active' AND NEW.status = 'withdrawn' AND NEW.withdrawn_at IS NOT NULL AND NEW.withdrawal_basis IS NOT NULL
  AND NEW.id = OLD.id AND NEW.subject_id = OLD.subject_id AND NEW.purpose = OLD.purpose
  AND NEW.consent_form_id = OLD.consent_form_id AND NEW.form_sha256 = OLD.form_sha256
  AND NEW.policy_version_id IS OLD.policy_version_id AND NEW.given_at = OLD.given_at AND NEW.channel = OLD.channel
  AND NEW.representative_name IS OLD.representative_name AND NEW.representative_document IS OLD.representative_document
  AND NEW.submission_id IS OLD.submission_id AND NEW.ip IS OLD.ip AND NEW.user_agent IS OLD.user_agent
  AND NEW.recorded_by_login = OLD.recorded_by_login AND NEW.created_at = OLD.created_at
)
BEGIN SELECT RAISE(ABORT, 'a consent cannot be edited, only withdrawn'); END;
