-- The production calendar (производственный календарь) that terms in working days are counted on, and the deadline
-- items those terms produce. The calendar's data for 2025–2027 is the next migration; this one is the schema.

-- Every date that differs from a plain Monday–Friday week. A date without a row is a working day from Monday to
-- Friday and a day off on Saturday and Sunday. 'holiday' and 'day_off' are not worked (a public holiday under
-- art. 112 of the Labour Code, even one on a weekend, is kept as 'holiday' so that the calendar shows it; a
-- transferred day off is 'day_off'); 'working_day' and 'short_day' are worked ('working_day': a Saturday or
-- Sunday made a working day; 'short_day': a pre-holiday day one hour shorter under art. 95, on any day of the
-- week — a worked Saturday that is also shortened is one 'short_day' row). No personal data here.
CREATE TABLE calendar_days (
  date       TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(date) IS date),
  kind       TEXT NOT NULL CHECK (kind IN ('holiday', 'day_off', 'working_day', 'short_day')),
  note       TEXT,
  -- Null for the days loaded by a migration; set when an administrator changes a day.
  updated_at TEXT,
  updated_by TEXT,
  -- A plain weekday needs no row to be worked.
  CHECK (kind <> 'working_day' OR strftime('%w', date) IN ('0', '6'))
) STRICT, WITHOUT ROWID;

-- The years whose decree on transferred days off has been entered. A year counts as covered only if it is listed
-- here and also has days in calendar_days: a year with no rows at all is never covered, whatever this table says.
-- Terms reaching a year that is not covered are counted on plain weekdays and flagged (calendar_incomplete).
CREATE TABLE calendar_years (
  year       INTEGER PRIMARY KEY CHECK (year BETWEEN 1992 AND 2200),
  -- 'official': the decree's text was read; 'reported': known from consistent secondary sources only.
  status     TEXT NOT NULL CHECK (status IN ('official', 'reported')),
  basis      TEXT NOT NULL,
  updated_at TEXT,
  updated_by TEXT
) STRICT;

-- One term the clinic must meet (152-FZ; the rules table is server/deadlines/deadlineRules.ts). Ids and dates only:
-- a free-text reason for an extension or a closing is kept in the audit entry, encrypted with the subject's key.
-- Dates are the clinic's (Moscow) calendar days, YYYY-MM-DD. The state (open, due soon, overdue, closed, closed late)
-- is not stored: it follows from these dates and today's date, and is computed in the query that lists them.
CREATE TABLE deadline_items (
  id                  INTEGER PRIMARY KEY,
  kind                TEXT NOT NULL CHECK (kind IN (
                        'destroy_after_withdrawal', 'answer_access_request', 'stop_processing', 'correct_data',
                        'stop_unlawful_processing', 'destroy_unlawful_data', 'destroy_unneeded_data')),
  -- The letter the term runs from. No foreign key yet: the letters table comes with the letters workflow, whose
  -- migration adds the reference; until then items are opened without a letter.
  letter_id           INTEGER,
  -- Nullable for a letter from someone not yet identified (the letters workflow); every item opened now has one.
  subject_id          INTEGER REFERENCES subjects(id),
  assignee_id         INTEGER NOT NULL REFERENCES staff(id),
  -- The day of receipt; not counted itself (Civil Code art. 191).
  opened_on           TEXT NOT NULL CHECK (date(opened_on) IS opened_on),
  due_on              TEXT NOT NULL CHECK (date(due_on) IS due_on),
  extended_due_on     TEXT CHECK (extended_due_on IS NULL OR date(extended_due_on) IS extended_due_on),
  extended_on         TEXT,
  extended_by         TEXT,
  -- 1 when a due date was counted across a year the calendar does not cover (plain weekdays there).
  calendar_incomplete INTEGER NOT NULL DEFAULT 0 CHECK (calendar_incomplete IN (0, 1)),
  closed_on           TEXT CHECK (closed_on IS NULL OR date(closed_on) IS closed_on),
  closed_by           TEXT,
  close_reason        TEXT CHECK (close_reason IN ('fulfilled', 'refused', 'not_required', 'superseded', 'opened_in_error')),
  created_at          TEXT NOT NULL,
  CHECK (due_on > opened_on),
  CHECK (extended_due_on IS NULL OR extended_due_on > due_on),
  CHECK ((extended_due_on IS NULL) = (extended_on IS NULL)),
  CHECK ((closed_on IS NULL) = (close_reason IS NULL)),
  CHECK (closed_on IS NULL OR closed_on >= opened_on),
  CHECK (subject_id IS NOT NULL OR letter_id IS NOT NULL)
) STRICT;
-- Open items by the date that counts: what a calendar change recomputes, and what "due soon" and "overdue" read.
CREATE INDEX deadline_items_open ON deadline_items(coalesce(extended_due_on, due_on)) WHERE closed_on IS NULL;
CREATE INDEX deadline_items_by_subject ON deadline_items(subject_id, id);
CREATE INDEX deadline_items_by_assignee ON deadline_items(assignee_id, id);
CREATE INDEX deadline_items_by_letter ON deadline_items(letter_id, id) WHERE letter_id IS NOT NULL;
