import crypto from 'node:crypto';
import { decrypt, encrypt } from './aesGcm.js';

/**
 * Envelope encryption for a record that has no subject yet (a website submission): a fresh data key
 * per record, wrapped by the master key and bound to the record's own label.
 */
export class Envelope {
  constructor(private readonly masterKey: Buffer) {}

  seal(label: string, plaintext: string): { wrappedKey: Buffer; sealed: Buffer } {
    const key = crypto.randomBytes(32);
    return {
      wrappedKey: encrypt(this.masterKey, key, `envelope-key:${label}`),
      sealed: encrypt(key, Buffer.from(plaintext, 'utf8'), `envelope:${label}`),
    };
  }

  /** A wrapped key with nothing sealed under it yet (the record has no free text). */
  emptyKey(label: string): Buffer {
    return encrypt(this.masterKey, crypto.randomBytes(32), `envelope-key:${label}`);
  }

  open(label: string, wrappedKey: Buffer, sealed: Buffer): string {
    const key = decrypt(this.masterKey, wrappedKey, `envelope-key:${label}`);
    return decrypt(key, sealed, `envelope:${label}`).toString('utf8');
  }
}
