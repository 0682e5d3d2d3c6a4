-- Replies («Исходящие ответы»): the clinic's answers to incoming letters (152-FZ arts. 14, 20, 21). A reply is drafted
-- from a template, edited while a draft, then sent: it gets its outgoing number and its text is frozen.

-- The last outgoing number given in each year of sending, taken and increased inside the transaction that sends the
-- reply (as letter_numbers for incoming letters): a send that fails gives its number back, two sends never share one.
CREATE TABLE reply_numbers (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 2020 AND 9999),
  last INTEGER NOT NULL CHECK (last BETWEEN 1 AND 99999)
) STRICT;

-- The text and the postal tracking number describe the person, so they are sealed: under the subject's data key
-- (destroying the subject makes them unreadable), or, for a reply to a sender not identified (identity not
-- established), under the letter's own key. Both ciphertexts are bound to the row's id. The SHA-256 of the text
-- stays in clear, so the frozen text of a sent reply can be proven later without reading it.
-- AUTOINCREMENT: an id is never given twice, so a ciphertext left behind never opens as a later reply's.
CREATE TABLE replies (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  letter_id    INTEGER NOT NULL REFERENCES letters(id),
  subject_id   INTEGER REFERENCES subjects(id),
  kind         TEXT NOT NULL CHECK (kind IN ('withdrawal_done', 'access_report', 'correction_done', 'stop_done',
                 'destruction_scheduled', 'identity_not_established', 'extension_notice', 'refusal', 'other')),
  status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent')),
  out_year     INTEGER,
  out_seq      INTEGER CHECK (out_seq BETWEEN 1 AND 99999),
  out_number   TEXT UNIQUE,
  sent_on      TEXT CHECK (sent_on IS NULL OR date(sent_on) IS sent_on),
  channel      TEXT CHECK (channel IN ('post', 'email', 'in_person')),
  tracking_enc BLOB,
  text_enc     BLOB NOT NULL,
  text_sha256  TEXT NOT NULL CHECK (length(text_sha256) = 64),
  -- What an `access_report` reply enclosed when it was sent (the printable report as JSON), sealed like the text:
  -- printed again later, the reply shows what went, not the subject's data as they are by then.
  enclosure_enc    BLOB,
  enclosure_sha256 TEXT CHECK (enclosure_sha256 IS NULL OR length(enclosure_sha256) = 64),
  created_by   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  version      INTEGER NOT NULL DEFAULT 1,
  UNIQUE (out_year, out_seq),
  -- Only a reply telling a sender that their identity could not be established may have no subject.
  CHECK (subject_id IS NOT NULL OR kind = 'identity_not_established'),
  -- A number, a day and a channel come together, and only with sending.
  CHECK ((status = 'sent') = (out_number IS NOT NULL)),
  CHECK ((out_number IS NULL) = (out_year IS NULL) AND (out_number IS NULL) = (out_seq IS NULL)),
  CHECK ((out_number IS NULL) = (sent_on IS NULL) AND (out_number IS NULL) = (channel IS NULL)),
  CHECK (out_number IS NULL OR out_year = CAST(substr(sent_on, 1, 4) AS INTEGER)),
  CHECK (out_number IS NULL OR out_number = 'ИСХ-' || out_year || '-' || printf('%05d', out_seq)),
  CHECK ((enclosure_enc IS NULL) = (enclosure_sha256 IS NULL)),
  CHECK (enclosure_enc IS NULL OR status = 'sent')
) STRICT;
CREATE INDEX replies_by_letter ON replies(letter_id, id);
CREATE INDEX replies_by_subject ON replies(subject_id, id) WHERE subject_id IS NOT NULL;
CREATE INDEX replies_by_status ON replies(status, id);

-- The outgoing register keeps every number it gave, and what was sent is what was sent.
CREATE TRIGGER replies_kept BEFORE DELETE ON replies
BEGIN SELECT RAISE(ABORT, 'replies are never deleted: the outgoing register has no gaps'); END;
CREATE TRIGGER replies_sent_frozen BEFORE UPDATE ON replies
WHEN OLD.status = 'sent' AND (
  NEW.status IS NOT OLD.status OR NEW.text_enc IS NOT OLD.text_enc OR NEW.text_sha256 IS NOT OLD.text_sha256
  OR NEW.out_number IS NOT OLD.out_number OR NEW.out_year IS NOT OLD.out_year OR NEW.out_seq IS NOT OLD.out_seq
  OR NEW.sent_on IS NOT OLD.sent_on OR NEW.channel IS NOT OLD.channel OR NEW.tracking_enc IS NOT OLD.tracking_enc
  OR NEW.kind IS NOT OLD.kind OR NEW.letter_id IS NOT OLD.letter_id OR NEW.subject_id IS NOT OLD.subject_id
  OR NEW.enclosure_enc IS NOT OLD.enclosure_enc OR NEW.enclosure_sha256 IS NOT OLD.enclosure_sha256)
BEGIN SELECT RAISE(ABORT, 'a sent reply is never changed'); END;
