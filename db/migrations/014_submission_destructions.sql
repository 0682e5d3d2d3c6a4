-- Destruction of rejected website submissions that never became a subject (152-FZ art. 21 p.4: a rejection ends
-- the purpose): no subject, so no subject's proposal; an operator proposes a batch, a compliance officer who is not
-- the proposer decides it, and the approval erases every payload of the batch and writes one act for all of them.

-- One batch. The reason in words and the decision's comment are sealed under the batch's own key (owner_keys, owner
-- 'submission_destruction'), which the execution deletes after copying them into the act, as a subject's destruction
-- deletes the subject's key. As in destructions, 'approved' is never stored: approval executes.
CREATE TABLE submission_destructions (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  reason            TEXT NOT NULL CHECK (reason IN ('purpose_achieved', 'not_needed', 'unlawful_processing')),
  reason_text_enc   BLOB NOT NULL,
  submissions_count INTEGER NOT NULL CHECK (submissions_count BETWEEN 1 AND 500),
  status            TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'rejected', 'executed')),
  proposed_by       INTEGER NOT NULL REFERENCES staff(id),
  proposed_by_login TEXT NOT NULL,
  proposed_at       TEXT NOT NULL,
  decided_by        INTEGER REFERENCES staff(id),
  decided_by_login  TEXT,
  decided_at        TEXT,
  comment_enc       BLOB,
  act_id            INTEGER,
  version           INTEGER NOT NULL DEFAULT 1,
  -- Four eyes, kept by the database too.
  CHECK (decided_by IS NULL OR decided_by <> proposed_by),
  CHECK ((decided_at IS NULL) = (status = 'proposed')),
  CHECK ((decided_by IS NULL) = (decided_at IS NULL)),
  CHECK ((decided_by_login IS NULL) = (decided_at IS NULL)),
  CHECK (status = 'proposed' OR comment_enc IS NOT NULL),
  CHECK ((act_id IS NOT NULL) = (status = 'executed'))
) STRICT;
CREATE INDEX submission_destructions_by_status ON submission_destructions(status, id);

CREATE TRIGGER submission_destructions_kept BEFORE DELETE ON submission_destructions
BEGIN SELECT RAISE(ABORT, 'submission destructions are never deleted'); END;
CREATE TRIGGER submission_destructions_decided_fixed BEFORE UPDATE ON submission_destructions
WHEN OLD.status <> 'proposed'
BEGIN SELECT RAISE(ABORT, 'a decided submission destruction is never changed'); END;
-- Executed, its words are gone from the row (empty), as their key is: the act keeps them.
CREATE TRIGGER submission_destructions_executed_wordless BEFORE UPDATE ON submission_destructions
WHEN NEW.status = 'executed' AND (NEW.reason_text_enc <> X'' OR NEW.comment_enc <> X'')
BEGIN SELECT RAISE(ABORT, 'an executed submission destruction keeps no words: the act does'); END;

-- The submissions of a batch; ids only (their payloads stay on the submissions until the execution erases them).
CREATE TABLE submission_destruction_items (
  batch_id      INTEGER NOT NULL REFERENCES submission_destructions(id),
  submission_id INTEGER NOT NULL REFERENCES submissions(id),
  PRIMARY KEY (batch_id, submission_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX submission_destruction_items_by_submission ON submission_destruction_items(submission_id);

-- A submission is in at most one batch that is open or executed: a rejected batch frees its submissions.
CREATE TRIGGER submission_destruction_items_one_batch BEFORE INSERT ON submission_destruction_items
WHEN EXISTS (
  SELECT 1 FROM submission_destruction_items i JOIN submission_destructions d ON d.id = i.batch_id
  WHERE i.submission_id = NEW.submission_id AND d.status IN ('proposed', 'executed'))
BEGIN SELECT RAISE(ABORT, 'this submission is in another batch already'); END;
CREATE TRIGGER submission_destruction_items_fixed BEFORE UPDATE ON submission_destruction_items
BEGIN SELECT RAISE(ABORT, 'the submissions of a batch are never changed'); END;
CREATE TRIGGER submission_destruction_items_kept BEFORE DELETE ON submission_destruction_items
BEGIN SELECT RAISE(ABORT, 'the submissions of a batch are never removed'); END;

-- The acts' register now holds two kinds: a subject's destruction (as before) and a batch of submissions, which has
-- no subject and lists its submissions in the sealed content. SQLite cannot relax NOT NULL in place, so the table is
-- rebuilt with its rows, ids, index and trigger; nothing references it by a foreign key.
CREATE TABLE destruction_acts_rebuilt (
  id                        INTEGER PRIMARY KEY AUTOINCREMENT,
  number                    TEXT NOT NULL UNIQUE,
  year                      INTEGER NOT NULL,
  seq                       INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 9999),
  kind                      TEXT NOT NULL CHECK (kind IN ('subject', 'submissions')),
  destruction_id            INTEGER UNIQUE REFERENCES destructions(id),
  subject_id                INTEGER REFERENCES subjects(id),
  submission_destruction_id INTEGER UNIQUE REFERENCES submission_destructions(id),
  submissions_count         INTEGER,
  destroyed_on              TEXT NOT NULL CHECK (date(destroyed_on) IS destroyed_on),
  reason                    TEXT NOT NULL,
  categories                TEXT NOT NULL CHECK (json_valid(categories)),
  -- 3 years; from 29 February the term ends on 28 February (Civil Code art. 192 p.3), where SQLite would say 1 March.
  expires_on                TEXT NOT NULL CHECK (expires_on = CASE WHEN substr(destroyed_on, 6, 5) = '02-29'
                              THEN date(destroyed_on, '+3 years', '-1 day') ELSE date(destroyed_on, '+3 years') END),
  status                    TEXT NOT NULL DEFAULT 'kept' CHECK (status IN ('kept', 'expired')),
  owner_key_id              INTEGER,
  content_enc               BLOB,
  created_at                TEXT NOT NULL,
  UNIQUE (year, seq),
  CHECK (number = 'АКТ-' || year || '-' || printf('%04d', seq)),
  CHECK (year = CAST(substr(destroyed_on, 1, 4) AS INTEGER)),
  CHECK ((status = 'kept') = (content_enc IS NOT NULL)),
  CHECK (kind <> 'subject' OR (destruction_id IS NOT NULL AND subject_id IS NOT NULL
    AND submission_destruction_id IS NULL AND submissions_count IS NULL)),
  CHECK (kind <> 'submissions' OR (submission_destruction_id IS NOT NULL AND submissions_count >= 1
    AND destruction_id IS NULL AND subject_id IS NULL))
) STRICT;
INSERT INTO destruction_acts_rebuilt (id, number, year, seq, kind, destruction_id, subject_id, destroyed_on, reason,
  categories, expires_on, status, owner_key_id, content_enc, created_at)
SELECT id, number, year, seq, 'subject', destruction_id, subject_id, destroyed_on, reason, categories, expires_on,
  status, owner_key_id, content_enc, created_at
FROM destruction_acts;
DROP TABLE destruction_acts;
ALTER TABLE destruction_acts_rebuilt RENAME TO destruction_acts;
CREATE INDEX destruction_acts_by_subject ON destruction_acts(subject_id);
CREATE INDEX destruction_acts_by_expiry ON destruction_acts(expires_on) WHERE status = 'kept';
CREATE TRIGGER destruction_acts_kept BEFORE DELETE ON destruction_acts
BEGIN SELECT RAISE(ABORT, 'destruction acts are never deleted: expiry removes their content only'); END;
