-- Attachments (a scanned letter, its envelope, a copy of an identity document) and the owner keys they may be
-- sealed with. The bytes are BLOBs here, not files beside the database, so that a file and the audit entry that
-- records it are committed in one transaction, a backup is one file, and destruction is deleting rows.

-- A data key of a record that has none of a subject's (a letter from someone not yet identified), wrapped by the
-- master key. AUTOINCREMENT: a key created again after destruction gets a new id, so attachments sealed under the
-- destroyed one find no key instead of a wrong one.
CREATE TABLE owner_keys (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  owner_type  TEXT NOT NULL,
  owner_id    INTEGER NOT NULL,
  wrapped_key BLOB NOT NULL,
  created_at  TEXT NOT NULL,
  UNIQUE (owner_type, owner_id)
) STRICT;

-- The file name is personal too ("Иванов_паспорт.pdf"): sealed under the same key as the content. Both are bound
-- (AES-GCM associated data) to the row's id and owner, so a blob copied onto another row does not decrypt.
-- owner_key_id has no foreign key on purpose: deleting the key is how the content is destroyed, and the row may
-- outlive it until the destruction workflow deletes it too.
CREATE TABLE attachments (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  owner_type       TEXT NOT NULL,
  owner_id         INTEGER NOT NULL,
  key_kind         TEXT NOT NULL CHECK (key_kind IN ('subject', 'owner')),
  subject_id       INTEGER REFERENCES subjects(id),
  owner_key_id     INTEGER,
  file_name_enc    BLOB NOT NULL,
  -- Detected from the bytes, never taken from the name or the browser's Content-Type.
  media_type       TEXT NOT NULL,
  size             INTEGER NOT NULL CHECK (size > 0),
  -- SHA-256 of the plaintext, hex: evidence of what was received, readable without the key.
  sha256           TEXT NOT NULL CHECK (length(sha256) = 64),
  content_enc      BLOB NOT NULL,
  created_at       TEXT NOT NULL,
  created_by_id    INTEGER REFERENCES staff(id),
  created_by_login TEXT NOT NULL,
  CHECK ((key_kind = 'subject') = (subject_id IS NOT NULL)),
  CHECK ((key_kind = 'owner') = (owner_key_id IS NOT NULL))
) STRICT;
CREATE INDEX attachments_by_owner ON attachments(owner_type, owner_id, id);
CREATE INDEX attachments_by_subject ON attachments(subject_id) WHERE subject_id IS NOT NULL;
