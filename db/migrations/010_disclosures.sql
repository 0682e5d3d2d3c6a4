-- Requests from authorities and the disclosures they lead to («Запросы госорганов», clause 4.5 of the policy; legal
-- rules, section F): a court, the police, an investigator, a prosecutor or Roskomnadzor asks for a subject's data, the
-- compliance officer approves (what may be given) or refuses, and the operator records what was given, when and how.

-- One request. The request's own fields (the body, its official, the document's number and date, the legal basis
-- cited, the case number) are about the authority and stay in clear: they are the register. What may describe a
-- person (the comment of the decision, what was given in words) is sealed under the request's own data key
-- (owner_keys, owner 'disclosure'; the key its attachments are sealed with too), so deleting that one key destroys
-- all of it, in backups and the WAL as well. AUTOINCREMENT: an id is never given twice, so a key left behind can
-- never open a later request's values.
CREATE TABLE disclosures (
  id                    INTEGER PRIMARY KEY AUTOINCREMENT,
  body_type             TEXT NOT NULL CHECK (body_type IN (
                          'court', 'police', 'investigative_committee', 'prosecutor', 'roskomnadzor', 'other')),
  body_name             TEXT NOT NULL CHECK (length(body_name) BETWEEN 1 AND 300),
  official              TEXT NOT NULL CHECK (length(official) BETWEEN 1 AND 300),
  document_number       TEXT NOT NULL CHECK (length(document_number) BETWEEN 1 AND 100),
  document_date         TEXT NOT NULL CHECK (date(document_date) IS document_date),
  legal_basis           TEXT NOT NULL CHECK (length(legal_basis) BETWEEN 1 AND 1000),
  case_number           TEXT CHECK (case_number IS NULL OR length(case_number) BETWEEN 1 AND 100),
  -- The clinic's (Moscow) day of receipt.
  received_on           TEXT NOT NULL CHECK (date(received_on) IS received_on AND received_on >= '2020-01-01'),
  -- The authority's own deadline, or (Roskomnadzor, none given) the one counted on the production calendar.
  due_on                TEXT CHECK (due_on IS NULL OR (date(due_on) IS due_on AND due_on >= received_on)),
  due_on_computed       INTEGER NOT NULL DEFAULT 0 CHECK (due_on_computed IN (0, 1)),
  -- JSON arrays of category names (identity, contacts, medical, consents, correspondence), no values.
  categories_requested  TEXT NOT NULL CHECK (json_valid(categories_requested)
                          AND json_array_length(categories_requested) >= 1),
  categories_approved   TEXT CHECK (categories_approved IS NULL OR (json_valid(categories_approved)
                          AND json_array_length(categories_approved) >= 1)),
  status                TEXT NOT NULL DEFAULT 'registered' CHECK (status IN (
                          'registered', 'approved', 'refused', 'disclosed')),
  registered_by         INTEGER NOT NULL REFERENCES staff(id),
  registered_by_login   TEXT NOT NULL,
  registered_at         TEXT NOT NULL,
  decided_by            INTEGER REFERENCES staff(id),
  decided_by_login      TEXT,
  decided_at            TEXT,
  decision_comment_enc  BLOB,
  disclosed_on          TEXT CHECK (disclosed_on IS NULL OR date(disclosed_on) IS disclosed_on),
  channel               TEXT CHECK (channel IS NULL OR channel IN (
                          'post', 'courier', 'email', 'in_person', 'portal', 'other')),
  reference             TEXT CHECK (reference IS NULL OR length(reference) BETWEEN 1 AND 200),
  disclosed_content_enc BLOB,
  disclosed_by          INTEGER REFERENCES staff(id),
  disclosed_by_login    TEXT,
  -- The request's key in owner_keys; no foreign key on purpose: deleting the key is how the values are destroyed.
  owner_key_id          INTEGER,
  updated_at            TEXT NOT NULL,
  version               INTEGER NOT NULL DEFAULT 1,
  CHECK (document_date <= received_on),
  -- Four eyes, kept by the database too: whoever registered the request never decides it.
  CHECK (decided_by IS NULL OR decided_by <> registered_by),
  CHECK ((decided_at IS NULL) = (status = 'registered')),
  CHECK ((decided_by_login IS NULL) = (decided_at IS NULL)),
  CHECK ((categories_approved IS NOT NULL) = (status IN ('approved', 'disclosed'))),
  CHECK (status <> 'refused' OR decision_comment_enc IS NOT NULL),
  CHECK ((disclosed_on IS NULL) = (status <> 'disclosed')),
  CHECK ((channel IS NULL) = (disclosed_on IS NULL)),
  CHECK ((disclosed_content_enc IS NULL) = (disclosed_on IS NULL)),
  CHECK ((disclosed_by_login IS NULL) = (disclosed_on IS NULL)),
  CHECK (disclosed_on IS NULL OR disclosed_on >= received_on)
) STRICT;
CREATE INDEX disclosures_by_status ON disclosures(status, id);
CREATE INDEX disclosures_by_body_type ON disclosures(body_type, id);
CREATE INDEX disclosures_by_received ON disclosures(received_on, id);

-- The register is evidence of every disclosure: a request is never deleted (destruction deletes its key).
CREATE TRIGGER disclosures_kept BEFORE DELETE ON disclosures
BEGIN SELECT RAISE(ABORT, 'requests from authorities are never deleted'); END;
-- Once decided, what the authority asked is fixed: the decision was taken on it.
CREATE TRIGGER disclosures_request_fixed BEFORE UPDATE OF body_type, body_name, official, document_number,
  document_date, legal_basis, case_number, received_on, categories_requested, registered_by ON disclosures
WHEN OLD.status <> 'registered'
BEGIN SELECT RAISE(ABORT, 'a decided request is not changed'); END;

-- The subjects a request concerns. The rows stay with the request (a destroyed subject's id too): the register says
-- whom the authority asked about.
CREATE TABLE disclosure_subjects (
  disclosure_id INTEGER NOT NULL REFERENCES disclosures(id),
  subject_id    INTEGER NOT NULL REFERENCES subjects(id),
  PRIMARY KEY (disclosure_id, subject_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX disclosure_subjects_by_subject ON disclosure_subjects(subject_id, disclosure_id);

CREATE TRIGGER disclosure_subjects_kept BEFORE DELETE ON disclosure_subjects
BEGIN SELECT RAISE(ABORT, 'the subjects of a request are never removed'); END;
