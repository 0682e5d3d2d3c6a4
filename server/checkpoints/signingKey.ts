import crypto, { type KeyObject } from 'node:crypto';
import fs from 'node:fs';

/** The server's checkpoint-signing key, and what identifies its public part. */
export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SPKI, PEM: what signing_keys stores and GET /api/audit-log/public-key serves. */
  publicPem: string;
  /** SHA-256 of the SPKI DER, lowercase hex. */
  fingerprint: string;
}

// PKCS#8 DER of an Ed25519 private key is this fixed prefix and the 32-byte seed (RFC 8410).
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** Where the key lives when PD_SIGNING_KEY is not set: beside the database, as the master key does. */
export const signingKeyFile = (databasePath: string) => `${databasePath}.signing.key`;

/** Where a rotation writes the next key before the database commits it (see settleRotation). */
export const pendingKeyFile = (databasePath: string) => `${signingKeyFile(databasePath)}.next`;

export function fingerprintOf(publicKey: KeyObject): string {
  return crypto
    .createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** The first 128 bits in groups of four: what an auditor copies by hand (collisions need 2^64 work at the least). */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.slice(0, 32).match(/.{4}/g)!.join(' ');
}

export function describeKey(privateKey: KeyObject): SigningKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('The signing key must be an Ed25519 key');
  const publicKey = crypto.createPublicKey(privateKey);
  return {
    privateKey,
    publicKey,
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint: fingerprintOf(publicKey),
  };
}

export function generateSigningKey(): SigningKey {
  return describeKey(crypto.generateKeyPairSync('ed25519').privateKey);
}

export function privatePem(key: SigningKey): string {
  return key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/**
 * A key as PD_SIGNING_KEY or a key file gives it: a PKCS#8 PEM (an environment may carry its line breaks as "\n"),
 * or the 32-byte seed as 64 hex characters or base64.
 */
export function decodeSigningKey(text: string): SigningKey {
  const trimmed = text.trim().replace(/\\n/g, '\n');
  if (trimmed.startsWith('-----BEGIN')) return describeKey(crypto.createPrivateKey(trimmed));
  const seed = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (seed.length !== 32) {
    throw new Error('PD_SIGNING_KEY must be an Ed25519 PKCS#8 PEM, or its 32-byte seed as 64 hex characters or base64');
  }
  return describeKey(
    crypto.createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' }),
  );
}

/** Writes a private key readable by the service account only; never over an existing file. */
export function writeKeyFile(file: string, key: SigningKey): void {
  fs.writeFileSync(file, privatePem(key), { mode: 0o600, flag: 'wx' });
}

/**
 * The signing key comes from PD_SIGNING_KEY, or from a key file next to the database, created (mode 0600) on first
 * start. Its public key is registered in the database with the first checkpoint it signs.
 */
export function loadSigningKey(fromEnv: string | undefined, databasePath: string): SigningKey {
  if (fromEnv) return decodeSigningKey(fromEnv);
  const file = signingKeyFile(databasePath);
  if (!fs.existsSync(file)) writeKeyFile(file, generateSigningKey());
  return decodeSigningKey(fs.readFileSync(file, 'utf8'));
}

export function publicKeyFromPem(pem: string): KeyObject {
  return crypto.createPublicKey(pem);
}
