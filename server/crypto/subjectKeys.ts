import crypto from 'node:crypto';
import type { Db } from '../db/connection.js';
import { decrypt, encrypt } from './aesGcm.js';
import * as keysRepo from './subjectKeys.repo.js';
import { requireTransaction } from '../db/groupCommit.js';

/**
 * Envelope encryption: each subject has its own random data key, stored wrapped by the master key.
 * The associated data binds a wrapped key and each ciphertext to its subject, so a ciphertext
 * copied onto another subject's row does not decrypt.
 */
export class SubjectKeyring {
  private readonly cache = new Map<number, Buffer>();
  // Subjects whose key destruction replaced (for what its plan retains): what the old key sealed is noise now.
  private readonly renewed = new Set<number>();

  constructor(
    private readonly db: Db,
    private readonly masterKey: Buffer,
    private readonly cacheLimit = 10_000,
  ) {}

  /** Creates the subject's data key; call inside the transaction that creates the subject. */
  createKey(subjectId: number, now: string): Buffer {
    const key = crypto.randomBytes(32);
    keysRepo.insertKey(this.db, subjectId, encrypt(this.masterKey, key, `subject-key:${subjectId}`), now);
    this.remember(subjectId, key);
    return key;
  }

  /** The subject's data key, or null once it has been destroyed. */
  keyFor(subjectId: number): Buffer | null {
    const cached = this.cache.get(subjectId);
    if (cached) return cached;
    const row = keysRepo.findKeyRow(this.db, subjectId);
    if (!row) return null;
    const key = decrypt(this.masterKey, row.wrapped_key, `subject-key:${subjectId}`);
    if (row.renewed_at) this.renewed.add(subjectId);
    this.remember(subjectId, key);
    return key;
  }

  seal(subjectId: number, plaintext: string, purpose: string): Buffer {
    const key = this.keyFor(subjectId);
    if (!key) throw new Error(`No data key for subject ${subjectId}`);
    return encrypt(key, Buffer.from(plaintext, 'utf8'), `${purpose}:${subjectId}`);
  }

  /** Plaintext, or null when the key is gone (destroyed subject). */
  open(subjectId: number, sealed: Buffer, purpose: string): string | null {
    const key = this.keyFor(subjectId);
    if (!key) return null;
    try {
      return decrypt(key, sealed, `${purpose}:${subjectId}`).toString('utf8');
    } catch (error) {
      // Sealed under the key destruction deleted: as unreadable as when no key is left at all.
      if (this.renewed.has(subjectId)) return null;
      throw error;
    }
  }

  /**
   * Destruction: deletes the subject's key, so everything sealed under it (medical information, the personal parts of
   * its audit entries, replies) can never be read again, in backups and the WAL too. With `renew`, a fresh key takes
   * its place for what the plan retains, which the caller re-seals under it.
   */
  destroyKeyWithin(subjectId: number, now: string, renew: boolean): void {
    requireTransaction(this.db, 'SubjectKeyring.destroyKeyWithin');
    keysRepo.deleteKey(this.db, subjectId);
    this.forget(subjectId);
    if (!renew) return;
    const key = crypto.randomBytes(32);
    keysRepo.insertKey(this.db, subjectId, encrypt(this.masterKey, key, `subject-key:${subjectId}`), now, now);
    this.remember(subjectId, key);
    this.renewed.add(subjectId);
  }

  forget(subjectId: number): void {
    this.cache.delete(subjectId);
    this.renewed.delete(subjectId);
  }

  private remember(subjectId: number, key: Buffer): void {
    if (this.cache.size >= this.cacheLimit) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(subjectId, key);
  }
}
