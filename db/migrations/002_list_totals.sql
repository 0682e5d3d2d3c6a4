-- Lists at scale. Content-Range needs a total on every list call, and count(*) over a million subjects is a
-- full scan (~9 ms each): the number of subjects per status is kept here instead, by triggers that run in the
-- same transaction as the insert, delete or status change, so the total is exact and costs one lookup.
CREATE TABLE subject_counts (
  status TEXT PRIMARY KEY CHECK (status IN ('active', 'blocked', 'destroyed')),
  n      INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO subject_counts (status, n)
SELECT s.status, (SELECT count(*) FROM subjects WHERE subjects.status = s.status)
FROM (SELECT 'active' AS status UNION ALL SELECT 'blocked' UNION ALL SELECT 'destroyed') AS s;

CREATE TRIGGER subject_counts_insert AFTER INSERT ON subjects
BEGIN
  UPDATE subject_counts SET n = n + 1 WHERE status = NEW.status;
END;

CREATE TRIGGER subject_counts_delete AFTER DELETE ON subjects
BEGIN
  UPDATE subject_counts SET n = n - 1 WHERE status = OLD.status;
END;

CREATE TRIGGER subject_counts_status AFTER UPDATE OF status ON subjects
WHEN OLD.status IS NOT NEW.status
BEGIN
  UPDATE subject_counts SET n = n - 1 WHERE status = OLD.status;
  UPDATE subject_counts SET n = n + 1 WHERE status = NEW.status;
END;

-- A one-word search lists people in surname order from the first page of each way the word can match (see
-- nameSearchPageIds in subjects.repo.ts), never sorting every match: the surname index is page order, and within
-- one first name so is (first name, surname, id); the e-mail index carries the sort columns. Each also carries
-- status and sex, so the SPA's status and sex selectors beside a search are checked without reading the table.
-- They replace the narrower indexes of 001 (same names, same leading columns).
DROP INDEX subjects_by_last_name;
CREATE INDEX subjects_by_last_name ON subjects(last_name_norm, first_name_norm, id, status, sex);
DROP INDEX subjects_by_first_name;
CREATE INDEX subjects_by_first_name ON subjects(first_name_norm, last_name_norm, id, status, sex);
DROP INDEX subjects_by_email;
CREATE INDEX subjects_by_email ON subjects(email_norm, last_name_norm, first_name_norm, id, status, sex);

-- The list filtered by status alone, in surname order: read in page order instead of sorting a whole status.
DROP INDEX subjects_by_status;
CREATE INDEX subjects_by_status ON subjects(status, last_name_norm, first_name_norm);

-- Audit log pages are in id (chain) order, but its filter indexes (actor, action, day) are in time order. While
-- time never steps back from one entry to the next, the two orders are the same and a filtered page is read
-- straight from its index (see auditLog.repo.ts). This table records every entry written earlier than the one
-- before it (a clock set back); the trigger runs in the transaction of the insert. Existing entries are checked once.
CREATE TABLE audit_clock_steps (
  id INTEGER PRIMARY KEY
) STRICT;

INSERT INTO audit_clock_steps (id)
SELECT later.id FROM audit_log AS earlier JOIN audit_log AS later ON later.id = earlier.id + 1 WHERE later.at < earlier.at;

CREATE TRIGGER audit_log_clock_steps AFTER INSERT ON audit_log
WHEN NEW.at < (SELECT at FROM audit_log WHERE id = NEW.id - 1)
BEGIN
  INSERT INTO audit_clock_steps (id) VALUES (NEW.id);
END;
