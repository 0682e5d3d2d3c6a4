-- Destruction of a subject's data («Уничтожение», 152-FZ art. 21; Roskomnadzor Order No. 179): one person proposes,
-- another approves, and the approval executes in the same transaction and writes the act.

-- One proposal. The plan (categories, destroy or retain, legal basis, retained until) names laws and dates, never a
-- value. The reason in words and the decision's comment may describe the person: they are sealed under the
-- subject's data key, so the execution that deletes that key makes them unreadable too (the act keeps a copy under
-- its own key). 'approved' is never stored: approval executes, so a proposal goes proposed → executed or rejected.
CREATE TABLE destructions (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  subject_id       INTEGER NOT NULL REFERENCES subjects(id),
  letter_id        INTEGER REFERENCES letters(id),
  reason           TEXT NOT NULL CHECK (reason IN ('withdrawal', 'destruction_request', 'unlawful_processing',
                     'not_needed', 'purpose_achieved', 'retention_expired')),
  reason_text_enc  BLOB NOT NULL,
  plan             TEXT NOT NULL CHECK (json_valid(plan) AND json_array_length(plan) >= 1),
  status           TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'rejected', 'executed')),
  proposed_by      INTEGER NOT NULL REFERENCES staff(id),
  proposed_by_login TEXT NOT NULL,
  proposed_at      TEXT NOT NULL,
  decided_by       INTEGER REFERENCES staff(id),
  decided_by_login TEXT,
  decided_at       TEXT,
  comment_enc      BLOB,
  act_id           INTEGER,
  version          INTEGER NOT NULL DEFAULT 1,
  -- Four eyes, kept by the database too.
  CHECK (decided_by IS NULL OR decided_by <> proposed_by),
  CHECK ((decided_at IS NULL) = (status = 'proposed')),
  CHECK ((decided_by IS NULL) = (decided_at IS NULL)),
  CHECK ((decided_by_login IS NULL) = (decided_at IS NULL)),
  CHECK (status = 'proposed' OR comment_enc IS NOT NULL),
  CHECK ((act_id IS NOT NULL) = (status = 'executed'))
) STRICT;
-- A subject has at most one open proposal.
CREATE UNIQUE INDEX destructions_one_open ON destructions(subject_id) WHERE status = 'proposed';
CREATE INDEX destructions_by_subject ON destructions(subject_id, id);
CREATE INDEX destructions_by_status ON destructions(status, id);

CREATE TRIGGER destructions_kept BEFORE DELETE ON destructions
BEGIN SELECT RAISE(ABORT, 'destructions are never deleted'); END;
CREATE TRIGGER destructions_decided_fixed BEFORE UPDATE ON destructions WHEN OLD.status <> 'proposed'
BEGIN SELECT RAISE(ABORT, 'a decided destruction is never changed'); END;

-- The last act number given in each year, taken inside the transaction that executes the destruction.
CREATE TABLE destruction_act_numbers (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 2020 AND 9999),
  last INTEGER NOT NULL CHECK (last BETWEEN 1 AND 9999)
) STRICT;

-- The act (Order 179). Its number, dates, reason and categories are the register, in clear. What names people (the
-- subject's identifying data, who destroyed it, the log entries of the destruction) is content_enc, sealed under the
-- act's own key (owner_keys, owner 'destruction_act'): not the subject's key, which the destruction deletes. After
-- expires_on the retention job deletes that key and the content, and the act becomes 'expired'.
CREATE TABLE destruction_acts (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  number         TEXT NOT NULL UNIQUE,
  year           INTEGER NOT NULL,
  seq            INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 9999),
  destruction_id INTEGER NOT NULL UNIQUE REFERENCES destructions(id),
  subject_id     INTEGER NOT NULL REFERENCES subjects(id),
  destroyed_on   TEXT NOT NULL CHECK (date(destroyed_on) IS destroyed_on),
  reason         TEXT NOT NULL,
  categories     TEXT NOT NULL CHECK (json_valid(categories)),
  expires_on     TEXT NOT NULL CHECK (expires_on = date(destroyed_on, '+3 years')),
  status         TEXT NOT NULL DEFAULT 'kept' CHECK (status IN ('kept', 'expired')),
  owner_key_id   INTEGER,
  content_enc    BLOB,
  created_at     TEXT NOT NULL,
  UNIQUE (year, seq),
  CHECK (number = 'АКТ-' || year || '-' || printf('%04d', seq)),
  CHECK (year = CAST(substr(destroyed_on, 1, 4) AS INTEGER)),
  CHECK ((status = 'kept') = (content_enc IS NOT NULL))
) STRICT;
CREATE INDEX destruction_acts_by_subject ON destruction_acts(subject_id);
CREATE INDEX destruction_acts_by_expiry ON destruction_acts(expires_on) WHERE status = 'kept';

CREATE TRIGGER destruction_acts_kept BEFORE DELETE ON destruction_acts
BEGIN SELECT RAISE(ABORT, 'destruction acts are never deleted: expiry removes their content only'); END;

-- The destroyed subject's row keeps its id, the date and the act; its personal fields are overwritten.
ALTER TABLE subjects ADD COLUMN destroyed_on TEXT CHECK (destroyed_on IS NULL OR date(destroyed_on) IS destroyed_on);
ALTER TABLE subjects ADD COLUMN destruction_act_id INTEGER;

-- A consent stays as the record of what was agreed (purpose, form, dates); destruction removes its evidence about the
-- person (IP, user agent, the representative, the words of a withdrawal), and only once the subject is destroyed.
-- The trigger of 003 is replaced: it allowed the withdrawal only.
DROP TRIGGER consents_only_withdrawn;
CREATE TRIGGER consents_only_withdrawn BEFORE UPDATE ON consents
WHEN NOT (
  NEW.id = OLD.id AND NEW.subject_id = OLD.subject_id AND NEW.purpose = OLD.purpose
  AND NEW.consent_form_id = OLD.consent_form_id AND NEW.form_sha256 = OLD.form_sha256
  AND NEW.policy_version_id IS OLD.policy_version_id AND NEW.given_at = OLD.given_at AND NEW.channel = OLD.channel
  AND NEW.submission_id IS OLD.submission_id AND NEW.recorded_by_login = OLD.recorded_by_login
  AND NEW.created_at = OLD.created_at
  AND (
    (OLD.status = 'active' AND NEW.status = 'withdrawn' AND NEW.withdrawn_at IS NOT NULL
      AND NEW.withdrawal_basis IS NOT NULL
      AND NEW.representative_name IS OLD.representative_name
      AND NEW.representative_document IS OLD.representative_document
      AND NEW.ip IS OLD.ip AND NEW.user_agent IS OLD.user_agent)
    OR
    (NEW.status = OLD.status AND NEW.withdrawn_at IS OLD.withdrawn_at
      AND (SELECT status FROM subjects WHERE id = OLD.subject_id) = 'destroyed'
      AND NEW.ip IS NULL AND NEW.user_agent IS NULL
      AND (NEW.representative_name IS NULL OR NEW.representative_name = '—')
      AND (NEW.representative_document IS NULL OR NEW.representative_document = '—')
      AND (NEW.withdrawal_basis IS NULL OR NEW.withdrawal_basis = '—'))
  )
)
BEGIN SELECT RAISE(ABORT, 'a consent cannot be edited, only withdrawn'); END;

-- A sent reply stays frozen, except that destroying its subject may re-seal or erase its sealed texts (the SHA-256
-- of what went stays as proof).
DROP TRIGGER replies_sent_frozen;
CREATE TRIGGER replies_sent_frozen BEFORE UPDATE ON replies
WHEN OLD.status = 'sent' AND (
  NEW.status IS NOT OLD.status OR NEW.text_sha256 IS NOT OLD.text_sha256
  OR NEW.out_number IS NOT OLD.out_number OR NEW.out_year IS NOT OLD.out_year OR NEW.out_seq IS NOT OLD.out_seq
  OR NEW.sent_on IS NOT OLD.sent_on OR NEW.channel IS NOT OLD.channel
  OR NEW.kind IS NOT OLD.kind OR NEW.letter_id IS NOT OLD.letter_id OR NEW.subject_id IS NOT OLD.subject_id
  OR NEW.enclosure_sha256 IS NOT OLD.enclosure_sha256
  OR ((NEW.text_enc IS NOT OLD.text_enc OR NEW.tracking_enc IS NOT OLD.tracking_enc
       OR NEW.enclosure_enc IS NOT OLD.enclosure_enc)
      AND (SELECT status FROM subjects WHERE id = OLD.subject_id) IS NOT 'destroyed'))
BEGIN SELECT RAISE(ABORT, 'a sent reply is never changed'); END;

-- A key that destruction created in place of the deleted one, for what the plan retains (e.g. medical records kept
-- under 323-FZ): whatever the deleted key sealed reads as destroyed, not as an error.
ALTER TABLE subject_keys ADD COLUMN renewed_at TEXT;
