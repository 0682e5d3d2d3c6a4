import crypto from 'node:crypto';
import type { Db } from '../db/connection.js';
import type { SubjectKeyring } from '../crypto/subjectKeys.js';
import { decrypt, encrypt } from '../crypto/aesGcm.js';
import { requireTransaction } from '../db/groupCommit.js';
import * as repo from './uploads.repo.js';

/**
 * A data key that seals bytes. Whoever holds the key decides how long a file lives: deleting the key destroys
 * every file sealed under it, whatever copies (backups, the WAL) still hold the ciphertext.
 */
export interface DataKey {
  seal(plain: Buffer, aad: string): Buffer;
  /** Throws when the ciphertext, or its associated data, is not what was sealed. */
  open(sealed: Buffer, aad: string): Buffer;
}

const fromRawKey = (key: Buffer): DataKey => ({
  seal: (plain, aad) => encrypt(key, plain, aad),
  open: (sealed, aad) => decrypt(key, sealed, aad),
});

/** The subject's own key (SubjectKeyring); null once the subject's key has been destroyed. */
export function subjectDataKey(keyring: SubjectKeyring, subjectId: number): DataKey | null {
  const key = keyring.keyFor(subjectId);
  return key ? fromRawKey(key) : null;
}

/**
 * Keys of records that are not (yet) a subject's, one per owner (e.g. a letter from someone not identified),
 * wrapped by the master key as Envelope does for submissions, but kept in a table of their own so that every
 * attachment of that owner shares it and one deletion destroys them all.
 * Not cached: unwrapping is one AES block, and a key deleted by destruction must stop working at once.
 */
export class OwnerKeyring {
  constructor(
    private readonly db: Db,
    private readonly masterKey: Buffer,
  ) {}

  /** The owner's key, created on first use; call inside the write transaction that stores under it. */
  ensureWithin(ownerType: string, ownerId: number, now: string): { id: number; key: DataKey } {
    requireTransaction(this.db, 'OwnerKeyring.ensureWithin');
    const row = repo.findOwnerKeyByOwner(this.db, ownerType, ownerId);
    if (row) return { id: row.id, key: this.unwrap(row) };
    const key = crypto.randomBytes(32);
    const id = repo.insertOwnerKey(
      this.db,
      ownerType,
      ownerId,
      encrypt(this.masterKey, key, wrapLabel(ownerType, ownerId)),
      now,
    );
    return { id, key: fromRawKey(key) };
  }

  /** The key of that id, or null once it has been destroyed. */
  find(keyId: number): DataKey | null {
    const row = repo.findOwnerKey(this.db, keyId);
    return row ? this.unwrap(row) : null;
  }

  /** The owner's key if it exists (never created here), or null once it has been destroyed. */
  findForOwner(ownerType: string, ownerId: number): DataKey | null {
    const row = repo.findOwnerKeyByOwner(this.db, ownerType, ownerId);
    return row ? this.unwrap(row) : null;
  }

  /** Crypto-shredding: every attachment sealed under the owner's key becomes noise. Answers whether a key existed. */
  destroyWithin(ownerType: string, ownerId: number): boolean {
    requireTransaction(this.db, 'OwnerKeyring.destroyWithin');
    return repo.deleteOwnerKey(this.db, ownerType, ownerId);
  }

  private unwrap(row: repo.OwnerKeyRow): DataKey {
    return fromRawKey(decrypt(this.masterKey, row.wrapped_key, wrapLabel(row.owner_type, row.owner_id)));
  }
}

// Binds a wrapped key to its owner, so a wrapped key copied onto another owner's row does not unwrap.
const wrapLabel = (ownerType: string, ownerId: number) => `owner-key:${ownerType}:${ownerId}`;
