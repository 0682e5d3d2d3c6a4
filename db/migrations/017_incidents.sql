-- Personal-data incidents (152-FZ art. 21 p.3.1; issue 14): the register «Инциденты с персональными данными», the
-- subjects each incident concerns, and deadline items counted in hours (the 24-hour notice and the 72-hour results
-- to Roskomnadzor), which the law counts by the clock, weekends and holidays included.

-- The last incident number given in each year of detection (Moscow). Taken and increased inside the transaction that
-- opens the incident, as letter_numbers (007) is: the numbers of a year run 1, 2, 3, … with no gap and no duplicate.
CREATE TABLE incident_numbers (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 2020 AND 9999),
  last INTEGER NOT NULL CHECK (last BETWEEN 1 AND 999)
) STRICT;

-- One incident. Everything staff type in words (description, systems, containment, responsible persons, presumed
-- causes and harm, the investigation's results, root cause, remediation) may name a person, so it is never stored in
-- clear: each *_enc is AES-256-GCM under the incident's own data key (owner_keys, owner 'incident'), bound to the row
-- and the field. The rest (number, times, states, counts, categories, the portal's reference numbers) is the register.
-- Times are UTC ISO-8601 with milliseconds, as Date.toISOString() writes them, so that they compare as text.
-- AUTOINCREMENT: an id is never given twice, so an owner key left behind can never open a later incident's words.
CREATE TABLE incidents (
  id                    INTEGER PRIMARY KEY AUTOINCREMENT,
  year                  INTEGER NOT NULL,
  seq                   INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 999),
  number                TEXT NOT NULL UNIQUE,
  detected_at           TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', detected_at) IS detected_at
                          AND detected_at >= '2019-12-31T21:00:00.000Z'),
  source                TEXT NOT NULL CHECK (source IN ('staff_report', 'audit_flag', 'complaint', 'outside_notice')),
  source_flag_id        INTEGER REFERENCES audit_flags(id),
  -- JSON array of category codes, no values.
  categories            TEXT NOT NULL CHECK (json_valid(categories) AND json_type(categories) = 'array'
                          AND json_array_length(categories) >= 1),
  subjects_estimated    INTEGER NOT NULL CHECK (subjects_estimated >= 0),
  subjects_confirmed    INTEGER CHECK (subjects_confirmed IS NULL OR subjects_confirmed >= 0),
  health_data           INTEGER NOT NULL CHECK (health_data IN (0, 1)),
  status                TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'notified', 'investigated', 'closed')),
  notice_24h_sent_at    TEXT CHECK (notice_24h_sent_at IS NULL
                          OR strftime('%Y-%m-%dT%H:%M:%fZ', notice_24h_sent_at) IS notice_24h_sent_at),
  notice_24h_reference  TEXT CHECK (notice_24h_reference IS NULL OR length(notice_24h_reference) BETWEEN 1 AND 100),
  results_72h_sent_at   TEXT CHECK (results_72h_sent_at IS NULL
                          OR strftime('%Y-%m-%dT%H:%M:%fZ', results_72h_sent_at) IS results_72h_sent_at),
  results_72h_reference TEXT CHECK (results_72h_reference IS NULL OR length(results_72h_reference) BETWEEN 1 AND 100),
  closed_at             TEXT,
  -- The incident's key in owner_keys; no foreign key on purpose (deleting the key is how the words are destroyed).
  -- Set in the transaction that inserts the row (the key is made for the row's id).
  owner_key_id          INTEGER,
  description_enc       BLOB NOT NULL,
  systems_enc           BLOB,
  containment_enc       BLOB,
  responsible_enc       BLOB,
  presumed_causes_enc   BLOB,
  harm_enc              BLOB,
  results_enc           BLOB,
  root_cause_enc        BLOB,
  remediation_enc       BLOB,
  created_at            TEXT NOT NULL,
  created_by_login      TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  version               INTEGER NOT NULL DEFAULT 1,
  UNIQUE (year, seq),
  CHECK (number = 'ИНЦ-' || year || '-' || printf('%03d', seq)),
  CHECK (year = CAST(strftime('%Y', detected_at, '+3 hours') AS INTEGER)),
  CHECK (source_flag_id IS NULL OR source = 'audit_flag'),
  -- Each state carries exactly what its step recorded: the 24-hour notice from 'notified' on, the 72-hour results from
  -- 'investigated' on, the root cause and remediation once closed; and nothing is sent before it was detected.
  CHECK ((notice_24h_sent_at IS NULL) = (status = 'open')),
  CHECK ((notice_24h_reference IS NULL) = (notice_24h_sent_at IS NULL)),
  CHECK ((results_72h_sent_at IS NULL) = (status IN ('open', 'notified'))),
  CHECK ((results_72h_reference IS NULL) = (results_72h_sent_at IS NULL)),
  CHECK ((results_enc IS NULL) = (results_72h_sent_at IS NULL)),
  CHECK ((closed_at IS NULL) = (status <> 'closed')),
  CHECK ((root_cause_enc IS NULL) = (closed_at IS NULL)),
  CHECK ((remediation_enc IS NULL) = (closed_at IS NULL)),
  CHECK (notice_24h_sent_at IS NULL OR notice_24h_sent_at >= detected_at),
  CHECK (results_72h_sent_at IS NULL OR results_72h_sent_at >= notice_24h_sent_at)
) STRICT;
CREATE INDEX incidents_by_status ON incidents(status, id);
CREATE INDEX incidents_by_detected ON incidents(detected_at, id);

-- The register keeps every number it gave: an incident is never deleted, and its number never changes.
CREATE TRIGGER incidents_kept BEFORE DELETE ON incidents
BEGIN SELECT RAISE(ABORT, 'incidents are never deleted: the register has no gaps'); END;
CREATE TRIGGER incidents_number_fixed BEFORE UPDATE OF year, seq, number ON incidents
WHEN NEW.number IS NOT OLD.number OR NEW.year IS NOT OLD.year OR NEW.seq IS NOT OLD.seq
BEGIN SELECT RAISE(ABORT, 'an incident number is never changed'); END;
-- A closed incident is the record of what happened and what was sent: it is not edited afterwards.
CREATE TRIGGER incidents_closed_fixed BEFORE UPDATE ON incidents
WHEN OLD.status = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed incident is never changed'); END;

-- The subjects an incident concerns (ids only). Each link is audited as its own entry with the subject's id, so the
-- subject's history shows the incident. Links are kept: the incident's record is what was known, and when.
CREATE TABLE incident_subjects (
  incident_id     INTEGER NOT NULL REFERENCES incidents(id),
  subject_id      INTEGER NOT NULL REFERENCES subjects(id),
  linked_at       TEXT NOT NULL,
  linked_by_login TEXT NOT NULL,
  PRIMARY KEY (incident_id, subject_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX incident_subjects_by_subject ON incident_subjects(subject_id, incident_id);
CREATE TRIGGER incident_subjects_kept BEFORE DELETE ON incident_subjects
BEGIN SELECT RAISE(ABORT, 'the subjects linked to an incident are never removed'); END;

-- Deadline items gain the incident's two terms, which run in hours from the moment of detection: due_at is that
-- exact moment (UTC ISO) and due_on its Moscow day; closed_at is the moment the notice was sent (closed_on its Moscow
-- day), and whether it was late is read against due_at, not the day. Calendar recounts never touch them. SQLite
-- cannot change a CHECK in place, so the table is rebuilt with its rows, ids and indexes (as 014 rebuilt
-- destruction_acts); nothing references it by a foreign key.
CREATE TABLE deadline_items_rebuilt (
  id                  INTEGER PRIMARY KEY,
  kind                TEXT NOT NULL CHECK (kind IN (
                        'destroy_after_withdrawal', 'answer_access_request', 'stop_processing', 'correct_data',
                        'stop_unlawful_processing', 'destroy_unlawful_data', 'destroy_unneeded_data',
                        'incident_notice_24h', 'incident_results_72h')),
  letter_id           INTEGER,
  subject_id          INTEGER REFERENCES subjects(id),
  incident_id         INTEGER REFERENCES incidents(id),
  assignee_id         INTEGER NOT NULL REFERENCES staff(id),
  opened_on           TEXT NOT NULL CHECK (date(opened_on) IS opened_on),
  due_on              TEXT NOT NULL CHECK (date(due_on) IS due_on),
  due_at              TEXT CHECK (due_at IS NULL OR strftime('%Y-%m-%dT%H:%M:%fZ', due_at) IS due_at),
  extended_due_on     TEXT CHECK (extended_due_on IS NULL OR date(extended_due_on) IS extended_due_on),
  extended_on         TEXT,
  extended_by         TEXT,
  calendar_incomplete INTEGER NOT NULL DEFAULT 0 CHECK (calendar_incomplete IN (0, 1)),
  closed_on           TEXT CHECK (closed_on IS NULL OR date(closed_on) IS closed_on),
  closed_at           TEXT CHECK (closed_at IS NULL OR strftime('%Y-%m-%dT%H:%M:%fZ', closed_at) IS closed_at),
  closed_by           TEXT,
  close_reason        TEXT CHECK (close_reason IN ('fulfilled', 'refused', 'not_required', 'superseded', 'opened_in_error')),
  created_at          TEXT NOT NULL,
  CHECK (due_on > opened_on),
  CHECK (extended_due_on IS NULL OR extended_due_on > due_on),
  CHECK ((extended_due_on IS NULL) = (extended_on IS NULL)),
  CHECK ((closed_on IS NULL) = (close_reason IS NULL)),
  CHECK (closed_on IS NULL OR closed_on >= opened_on),
  CHECK (subject_id IS NOT NULL OR letter_id IS NOT NULL OR incident_id IS NOT NULL),
  -- The incident's kinds, and only they, belong to an incident and are counted in hours (no extension).
  CHECK ((incident_id IS NOT NULL) = (kind IN ('incident_notice_24h', 'incident_results_72h'))),
  CHECK ((due_at IS NOT NULL) = (kind IN ('incident_notice_24h', 'incident_results_72h'))),
  CHECK (due_at IS NULL OR (extended_due_on IS NULL AND due_on = date(due_at, '+3 hours'))),
  CHECK (closed_at IS NULL OR due_at IS NOT NULL),
  CHECK (due_at IS NULL OR (closed_at IS NULL) = (closed_on IS NULL)),
  CHECK (closed_at IS NULL OR closed_on = date(closed_at, '+3 hours'))
) STRICT;
INSERT INTO deadline_items_rebuilt (id, kind, letter_id, subject_id, assignee_id, opened_on, due_on, extended_due_on,
  extended_on, extended_by, calendar_incomplete, closed_on, closed_by, close_reason, created_at)
SELECT id, kind, letter_id, subject_id, assignee_id, opened_on, due_on, extended_due_on, extended_on, extended_by,
  calendar_incomplete, closed_on, closed_by, close_reason, created_at
FROM deadline_items;
DROP TABLE deadline_items;
ALTER TABLE deadline_items_rebuilt RENAME TO deadline_items;
CREATE INDEX deadline_items_open ON deadline_items(coalesce(extended_due_on, due_on)) WHERE closed_on IS NULL;
CREATE INDEX deadline_items_by_subject ON deadline_items(subject_id, id);
CREATE INDEX deadline_items_by_assignee ON deadline_items(assignee_id, id);
CREATE INDEX deadline_items_by_letter ON deadline_items(letter_id, id) WHERE letter_id IS NOT NULL;
CREATE INDEX deadline_items_by_incident ON deadline_items(incident_id, id) WHERE incident_id IS NOT NULL;
