import crypto from 'node:crypto';
import fs from 'node:fs';

const KEY_BYTES = 32;

function decodeKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES)
    throw new Error('The master key must be 32 bytes, given as 64 hex characters or base64');
  return key;
}

/**
 * The master key comes from PD_MASTER_KEY, or from a key file next to the database
 * (created with mode 0600 on first start, so only the service account can read it).
 */
export function loadMasterKey(fromEnv: string | undefined, databasePath: string): Buffer {
  if (fromEnv) return decodeKey(fromEnv);
  const keyFile = `${databasePath}.master.key`;
  if (!fs.existsSync(keyFile)) {
    const fresh = crypto.randomBytes(KEY_BYTES).toString('hex');
    fs.writeFileSync(keyFile, `${fresh}\n`, { mode: 0o600, flag: 'wx' });
  }
  return decodeKey(fs.readFileSync(keyFile, 'utf8'));
}
