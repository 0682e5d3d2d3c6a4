-- The register of incoming letters («Входящие обращения»): withdrawals of consent, access, correction, destruction
-- and stop-processing requests (152-FZ arts. 9, 14, 20, 21; clause 6.2 of the policy). The terms each letter starts
-- are deadline items (005), opened at registration with the letter (and no subject until the sender is identified).

-- The last incoming number given in each year of receipt. Taken and increased inside the transaction that registers
-- the letter, so a registration that fails gives its number back with everything else, and two registrations cannot
-- take the same one (one writer): the numbers of a year run 1, 2, 3, … with no gap and no duplicate.
CREATE TABLE letter_numbers (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 2020 AND 9999),
  last INTEGER NOT NULL CHECK (last BETWEEN 1 AND 99999)
) STRICT;

-- One letter. What identifies a person in it (the sender's name and address as written, the registered-mail number,
-- the summary of the request; the identity document's number) is never stored in clear: personal_enc (a JSON object)
-- and document_number_enc are AES-256-GCM under the letter's own data key (owner_keys, owner 'letter'), the key its
-- attachments and notes are sealed with too, so deleting that one key destroys all of it, in backups and the WAL as
-- well. The rest (number, kind, dates, states, ids, the outgoing number of the reply) is the register itself.
-- AUTOINCREMENT: an id is never given twice, so an owner key left behind can never open a later letter's data.
CREATE TABLE letters (
  id                           INTEGER PRIMARY KEY AUTOINCREMENT,
  reg_year                     INTEGER NOT NULL,
  reg_seq                      INTEGER NOT NULL CHECK (reg_seq BETWEEN 1 AND 99999),
  reg_number                   TEXT NOT NULL UNIQUE,
  kind                         TEXT NOT NULL CHECK (kind IN (
                                 'withdrawal', 'access', 'correction', 'destruction', 'stop_processing', 'other')),
  -- The clinic's (Moscow) day of receipt; the legal clock runs from the day after it.
  received_on                  TEXT NOT NULL CHECK (date(received_on) IS received_on AND received_on >= '2020-01-01'),
  status                       TEXT NOT NULL DEFAULT 'registered' CHECK (status IN (
                                 'registered', 'awaiting_details', 'identified', 'answered', 'closed', 'rejected')),
  assignee_id                  INTEGER NOT NULL REFERENCES staff(id),
  subject_id                   INTEGER REFERENCES subjects(id),
  identification_method        TEXT CHECK (identification_method IN (
                                 'matching_fields', 'signature', 'identity_document', 'in_person')),
  identification_document_type TEXT CHECK (identification_document_type IN (
                                 'passport', 'foreign_passport', 'residence_permit', 'birth_certificate', 'other')),
  -- JSON arrays of names (subject fields; consent purposes), no values.
  fields_matched               TEXT,
  purposes                     TEXT,
  -- 1 while this letter keeps its subject blocked (set by identification of a withdrawal, destruction, stop or
  -- correction request; cleared when a correction letter's check ends): a subject is unblocked only when no letter
  -- holds it any more.
  holds_block                  INTEGER NOT NULL DEFAULT 0 CHECK (holds_block IN (0, 1)),
  -- The letter's key in owner_keys; no foreign key on purpose: deleting the key is how the values are destroyed.
  -- Set in the transaction that inserts the row (the key is made for the row's id).
  owner_key_id                 INTEGER,
  personal_enc                 BLOB NOT NULL,
  document_number_enc          BLOB,
  answered_out_number          TEXT,
  answered_on                  TEXT CHECK (answered_on IS NULL OR date(answered_on) IS answered_on),
  created_at                   TEXT NOT NULL,
  created_by_login             TEXT NOT NULL,
  updated_at                   TEXT NOT NULL,
  version                      INTEGER NOT NULL DEFAULT 1,
  UNIQUE (reg_year, reg_seq),
  CHECK (reg_year = CAST(substr(received_on, 1, 4) AS INTEGER)),
  CHECK (reg_number = 'ВХ-' || reg_year || '-' || printf('%05d', reg_seq)),
  -- A subject and the way it was identified come together, and only with identification.
  CHECK ((subject_id IS NULL) = (status IN ('registered', 'awaiting_details', 'rejected'))),
  CHECK ((identification_method IS NULL) = (subject_id IS NULL)),
  CHECK ((identification_document_type IS NOT NULL) = (identification_method IS 'identity_document')),
  CHECK ((document_number_enc IS NOT NULL) = (identification_method IS 'identity_document')),
  CHECK ((answered_on IS NULL) = (status NOT IN ('answered', 'closed'))),
  CHECK ((answered_on IS NULL) = (answered_out_number IS NULL)),
  CHECK (answered_on IS NULL OR answered_on >= received_on),
  CHECK (holds_block = 0 OR subject_id IS NOT NULL)
) STRICT;
CREATE INDEX letters_by_status ON letters(status, id);
CREATE INDEX letters_by_received ON letters(received_on, id);
CREATE INDEX letters_by_subject ON letters(subject_id, holds_block) WHERE subject_id IS NOT NULL;
CREATE INDEX letters_by_assignee ON letters(assignee_id, id);

-- The register keeps every number it gave: a letter is never deleted (destruction deletes its key, not its row).
CREATE TRIGGER letters_kept BEFORE DELETE ON letters
BEGIN SELECT RAISE(ABORT, 'letters are never deleted: the register has no gaps'); END;
CREATE TRIGGER letters_number_fixed BEFORE UPDATE OF reg_year, reg_seq, reg_number ON letters
WHEN NEW.reg_number IS NOT OLD.reg_number OR NEW.reg_year IS NOT OLD.reg_year OR NEW.reg_seq IS NOT OLD.reg_seq
BEGIN SELECT RAISE(ABORT, 'an incoming number is never changed'); END;

-- Blind index of the sender's name for the list's search: one row per word of the name as written (lower case, ё
-- folded), as a truncated HMAC-SHA-256 under a key derived from the master key. The words themselves are never
-- stored; without the master key a token cannot be tested against a guess. Destruction deletes the letter's rows.
CREATE TABLE letter_search_tokens (
  token     BLOB NOT NULL,
  letter_id INTEGER NOT NULL REFERENCES letters(id),
  PRIMARY KEY (token, letter_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX letter_search_tokens_by_letter ON letter_search_tokens(letter_id);

-- What the staff wrote at each step (an identification note, the details asked for, a reason for an extension, a
-- rejection or lifting a block): it may describe the person, so it is sealed under the letter's key, bound to its row.
CREATE TABLE letter_notes (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  letter_id        INTEGER NOT NULL REFERENCES letters(id),
  step             TEXT NOT NULL CHECK (step IN ('identified', 'details_requested', 'extended', 'rejected', 'unblocked')),
  note_enc         BLOB NOT NULL,
  created_at       TEXT NOT NULL,
  created_by_login TEXT NOT NULL
) STRICT;
CREATE INDEX letter_notes_by_letter ON letter_notes(letter_id, id);
