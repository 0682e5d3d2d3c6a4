-- Signed checkpoints of the audit chain (issue 13 §3). The hash chain proves that the log was not altered in the
-- middle; it cannot prove that whoever holds the database did not rewrite it whole, or cut its tail. A checkpoint is
-- the chain's head (entry id and hash) signed with the server's Ed25519 key at a moment: once its text is written
-- down outside (an e-mail to the director, the paper journal), no rewrite can match it. The signed text is built by
-- server/checkpoints/checkpointMessage.ts; the verifier is `npm run cli -- audit:verify`.

-- The public part of every key that ever signed, for the verifier. A key after the first enters only through a
-- rotation checkpoint signed by the key before it (checkpoints.next_key_fingerprint). The private key is never here:
-- it lives in a 0600 file beside the database or in PD_SIGNING_KEY, like the master key.
CREATE TABLE signing_keys (
  -- SHA-256 of the public key's SPKI DER, lowercase hex: what the console shows (shortened) for auditors to note.
  fingerprint TEXT PRIMARY KEY CHECK (length(fingerprint) = 64 AND fingerprint NOT GLOB '*[^0-9a-f]*'),
  public_key  TEXT NOT NULL UNIQUE CHECK (public_key LIKE '-----BEGIN PUBLIC KEY-----%'),
  created_at  TEXT NOT NULL
) STRICT;

CREATE TRIGGER signing_keys_no_update BEFORE UPDATE ON signing_keys
BEGIN SELECT RAISE(ABORT, 'signing_keys is append-only: UPDATE refused'); END;
CREATE TRIGGER signing_keys_no_delete BEFORE DELETE ON signing_keys
BEGIN SELECT RAISE(ABORT, 'signing_keys is append-only: DELETE refused'); END;

-- One signed checkpoint. Ids are 1, 2, 3… given by the service (as the audit log's are), so a deleted checkpoint
-- leaves a gap; each carries the previous one's signature, so checkpoints form a chain of their own.
CREATE TABLE checkpoints (
  id                   INTEGER PRIMARY KEY CHECK (id >= 1),
  -- The head of the audit chain when it was signed: 0 and 64 zeros for an empty log.
  audit_id             INTEGER NOT NULL CHECK (audit_id >= 0),
  audit_hash           TEXT NOT NULL CHECK (length(audit_hash) = 64 AND audit_hash NOT GLOB '*[^0-9a-f]*'),
  signed_at            TEXT NOT NULL,
  reason               TEXT NOT NULL CHECK (reason IN ('interval', 'shutdown', 'manual', 'rotation')),
  -- Base64 of the previous checkpoint's signature; only the first has none.
  prev_signature       TEXT,
  -- Base64 of the 64-byte Ed25519 signature.
  signature            TEXT NOT NULL CHECK (length(signature) = 88),
  key_fingerprint      TEXT NOT NULL REFERENCES signing_keys(fingerprint),
  -- A rotation: the key that signs from the next checkpoint on, endorsed by this signature of the old key.
  next_key_fingerprint TEXT REFERENCES signing_keys(fingerprint),
  CHECK ((id = 1) = (prev_signature IS NULL)),
  CHECK ((reason = 'rotation') = (next_key_fingerprint IS NOT NULL)),
  CHECK (next_key_fingerprint IS NULL OR next_key_fingerprint <> key_fingerprint)
) STRICT;
-- An export of a range of the log carries the checkpoints that fall in it (issue 13 §4).
CREATE INDEX checkpoints_by_audit_id ON checkpoints(audit_id);

CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints
BEGIN SELECT RAISE(ABORT, 'checkpoints is append-only: UPDATE refused'); END;
CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints
BEGIN SELECT RAISE(ABORT, 'checkpoints is append-only: DELETE refused'); END;
