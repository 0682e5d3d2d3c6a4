import fs from 'node:fs';
import type { Db } from '../db/connection.js';
import type { Checkpoint } from '../contract/index.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { CheckpointService } from './checkpoints.service.js';
import { hasSigningKey } from './checkpoints.repo.js';
import { decodeSigningKey, generateSigningKey, pendingKeyFile, signingKeyFile, writeKeyFile } from './signingKey.js';

/**
 * Finishes or forgets a rotation cut short (a crash between the database's commit and the key file's rename): the
 * next key written aside becomes the key file if the database knows it (the rotation checkpoint was committed),
 * else it is deleted (nothing was signed over to it). Runs before the key is loaded.
 */
export function settleRotation(db: Db, databasePath: string): void {
  const pending = pendingKeyFile(databasePath);
  if (!fs.existsSync(pending)) return;
  const next = decodeSigningKey(fs.readFileSync(pending, 'utf8'));
  if (hasSigningKey(db, next.fingerprint)) fs.renameSync(pending, signingKeyFile(databasePath));
  else fs.unlinkSync(pending);
}

export interface Rotation {
  checkpoint: Checkpoint;
  fingerprint: string;
  /** Set when the key comes from PD_SIGNING_KEY: the file holding the new key, to be moved into the environment. */
  newKeyFile: string | null;
}

/**
 * Makes a new key and signs it over with the old one (CheckpointService.rotate). With a key file, the new key is
 * written beside it first and replaces it (an atomic rename) only once the rotation is committed; the old private key
 * is then gone, which is the point of rotating. With PD_SIGNING_KEY, the new key goes to `outFile`, as the process
 * cannot change its own environment.
 */
export async function rotateSigningKey(
  checkpoints: CheckpointService,
  ctx: RequestContext,
  options: { databasePath: string; keyFromEnv: boolean; outFile?: string },
): Promise<Rotation> {
  if (options.keyFromEnv && !options.outFile) {
    throw new Error(
      'The signing key comes from PD_SIGNING_KEY: give --out FILE for the new key (written with mode 0600)',
    );
  }
  const next = generateSigningKey();
  const written = options.keyFromEnv ? options.outFile! : pendingKeyFile(options.databasePath);
  writeKeyFile(written, next);
  let checkpoint: Checkpoint;
  try {
    checkpoint = await checkpoints.rotate(ctx, next);
  } catch (err) {
    fs.unlinkSync(written);
    throw err;
  }
  if (!options.keyFromEnv) fs.renameSync(written, signingKeyFile(options.databasePath));
  return { checkpoint, fingerprint: next.fingerprint, newKeyFile: options.keyFromEnv ? written : null };
}
