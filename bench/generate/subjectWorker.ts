import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { SubjectKeyring } from '../../server/crypto/subjectKeys.js';
import { migrate } from '../../server/db/migrate.js';
import { Rng } from '../random.js';
import { MEDICAL_NOTES, randomPerson } from './people.js';
import type { SubjectBlock, SubjectMaterial } from './subjectFeed.js';

/**
 * Builds blocks of subjects off the main thread: the person, a data key made by the real SubjectKeyring (over an
 * in-memory copy of the schema; the main thread stores the wrapped key it produced), the encrypted medical note,
 * and the encrypted values of the subject.created entry. This is where the generation's crypto time goes.
 */
const { masterKey, seed, today } = workerData as { masterKey: Uint8Array; seed: number; today: string };
const memory = new Database(':memory:');
memory.pragma('foreign_keys = OFF');
migrate(memory);
const keyring = new SubjectKeyring(memory, Buffer.from(masterKey), 1);
const wrappedOf = memory.prepare('SELECT wrapped_key FROM subject_keys WHERE subject_id = ?').pluck();
const forget = memory.prepare('DELETE FROM subject_keys WHERE subject_id = ?');

parentPort!.on('message', ({ block, from, to }: { block: number; from: number; to: number }) => {
  // One generator per block: the same seed gives the same people whatever the number of threads.
  const rng = new Rng((seed ^ Math.imul(block + 1, 0x9e3779b1)) >>> 0);
  const subjects: SubjectMaterial[] = [];
  for (let id = from; id <= to; id++) {
    const fields = randomPerson(rng, new Date(today));
    keyring.createKey(id, today);
    const withMedical = rng.chance(0.2);
    subjects.push({
      id,
      fields,
      wrapped: wrappedOf.get(id) as Buffer,
      status: rng.chance(0.01) ? 'blocked' : 'active',
      medical: withMedical ? keyring.seal(id, rng.pick(MEDICAL_NOTES), 'medical') : null,
      createdSealed: keyring.seal(id, JSON.stringify({ values: fields }), 'audit').toString('base64'),
      withMedical,
    });
    forget.run(id);
  }
  parentPort!.postMessage({ block, subjects } satisfies SubjectBlock);
});
