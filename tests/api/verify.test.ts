import crypto from 'node:crypto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalize, chainHash, type ChainedFields } from '../../server/audit/chain.js';
import { verifyChain, verifyChainParallel, type VerifyResult } from '../../server/audit/verifyChain.js';
import { useTestApp } from '../helpers/testApp.js';

// audit:verify hashes SQLite's rendering of the entries (json_array) rather than canonicalize() of each row, and
// splits the log between threads. These tests hold the sequential and the parallel walk to the definition: a plain
// walk that recomputes each hash over canonicalize(), as the writer computed it.

const t = useTestApp();
beforeEach(() => {
  // What an intruder with the sqlite3 shell would do first; the log then holds only what each test writes
  // (timestamps included: the clock-step bookkeeping has no say in the chain).
  t.db.exec(`DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_clock_steps;
             DELETE FROM audit_log`);
});

type Fields = Omit<ChainedFields, 'id'>;
interface Row extends ChainedFields {
  prev_hash: string;
  hash: string;
}

const TEXT_COLUMNS = [
  'at',
  'actor_login',
  'actor_role',
  'action',
  'entity_type',
  'entity_id',
  'request_id',
  'ip',
  'details',
] as const;
const INTEGER_COLUMNS = ['actor_id', 'subject_id'] as const;
const COLUMNS =
  'id, at, actor_id, actor_login, actor_role, action, entity_type, entity_id, subject_id, request_id, ip, details';

// Strings that need escaping, that look like JSON, that are not ASCII; integers up to what a JS number holds exactly.
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }).filter((s) => !/\p{Surrogate}/u.test(s)), // a lone surrogate is no UTF-8
  fc.constantFrom(
    '"',
    '\\',
    '\u0000\u001f\u007f',
    '\n\r\t\b\f',
    '\u2028\u2029',
    '{"a":[1,"b"]}',
    'é😀Ж',
    ',',
    '\u0001',
  ),
);
const integer = fc.oneof(fc.integer(), fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER));
const fields: fc.Arbitrary<Fields> = fc.record({
  at: text,
  actor_id: fc.option(integer),
  actor_login: text,
  actor_role: text,
  action: text,
  entity_type: fc.option(text),
  entity_id: fc.option(text),
  subject_id: fc.option(integer),
  request_id: fc.option(text),
  ip: fc.option(text),
  details: fc.option(text),
});

/** Appends entries the way AuditWriter does: next id, hash over the previous hash and canonicalize(). */
function append(entries: Fields[]): void {
  const last = t.db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { id: number; hash: string } | undefined;
  let [id, prevHash] = [last?.id ?? 0, last?.hash ?? GENESIS_HASH];
  const insert = t.db.prepare(
    `INSERT INTO audit_log (${COLUMNS}, prev_hash, hash) VALUES (@id, @at, @actor_id, @actor_login, @actor_role, @action,
       @entity_type, @entity_id, @subject_id, @request_id, @ip, @details, @prev_hash, @hash)`,
  );
  for (const entry of entries) {
    const row = { ...entry, id: ++id };
    const hash = chainHash(prevHash, row);
    insert.run({ ...row, prev_hash: prevHash, hash });
    prevHash = hash;
  }
}

/** The definition: ids 1, 2, ... in order, each prev_hash the hash before it, each hash recomputed with canonicalize(). */
function definitionWalk(): VerifyResult {
  const rows = t.db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Row[];
  let prevHash = GENESIS_HASH;
  for (const [checked, row] of rows.entries()) {
    const broken = (reason: string): VerifyResult => ({ ok: false, checked, brokenAt: row.id, reason });
    if (row.id !== checked + 1) return broken(`entry ${checked + 1} is missing (next id is ${row.id})`);
    if (row.prev_hash !== prevHash) return broken('prev_hash does not match the previous entry');
    if (chainHash(prevHash, row) !== row.hash) return broken('hash does not match the entry contents');
    prevHash = row.hash;
  }
  return { ok: true, checked: rows.length };
}

// Worker threads only: on logs this small, the calling thread would verify every segment before they boot.
const parallel = () =>
  verifyChainParallel(t.db, t.dbPath, { threads: 3, parallelFrom: 1, segment: 3, workersOnly: true });

/** The sequential and the parallel walk (many small segments, three worker threads) both give the definition's answer. */
async function expectBothMatchDefinition(): Promise<VerifyResult> {
  const expected = definitionWalk();
  expect(verifyChain(t.db)).toEqual(expected);
  expect(await parallel()).toEqual(expected);
  return expected;
}

/**
 * Rewrites the chain from entry `from` on as a forger would who hashes SQLite's rendering of the rows (the bytes
 * the verifier's fast path hashes) instead of canonicalize(): the same chain wherever the two agree. With linkTo,
 * entry `from` links to that hash instead of the one before it.
 */
function rehashFrom(from: number, linkTo?: string): void {
  const texts = t.db
    .prepare(`SELECT id, CAST(json_array(${COLUMNS}) AS BLOB) AS json FROM audit_log WHERE id >= ? ORDER BY id`)
    .all(from) as { id: number; json: Buffer }[];
  const before = t.db.prepare('SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1').pluck().get(from) as
    string | undefined;
  let prevHash = linkTo ?? before ?? GENESIS_HASH;
  for (const { id, json } of texts) {
    const hash = crypto.createHash('sha256').update(`${prevHash}\n`).update(json).digest('hex');
    t.db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?').run(prevHash, hash, id);
    prevHash = hash;
  }
}

const setColumn = (id: number, column: string, value: unknown) =>
  t.db.prepare(`UPDATE audit_log SET ${column} = ? WHERE id = ?`).run(value, id);

describe('the text the verifier hashes', () => {
  it('is byte for byte canonicalize() of the entry, as SQLite renders it with json_array', () => {
    fc.assert(
      fc.property(fc.array(fields, { minLength: 1, maxLength: 20 }), (entries) => {
        t.db.exec('DELETE FROM audit_log');
        append(entries);
        const rows = t.db
          .prepare(`SELECT ${COLUMNS}, CAST(json_array(${COLUMNS}) AS BLOB) AS json FROM audit_log ORDER BY id`)
          .all() as (ChainedFields & { json: Buffer })[];
        for (const row of rows) expect(row.json).toEqual(Buffer.from(canonicalize(row)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('audit:verify against the definition', () => {
  const tamper = fc.oneof(
    fc.record({
      kind: fc.constant('edit text' as const),
      at: fc.nat(),
      column: fc.constantFrom(...TEXT_COLUMNS),
      value: text,
    }),
    fc.record({
      kind: fc.constant('edit integer' as const),
      at: fc.nat(),
      column: fc.constantFrom(...INTEGER_COLUMNS),
      value: integer,
    }),
    fc.record({
      kind: fc.constant('edit and rehash' as const),
      at: fc.nat(),
      column: fc.constantFrom(...TEXT_COLUMNS),
      value: text,
    }),
    fc.record({
      kind: fc.constant('invalid UTF-8 and rehash' as const),
      at: fc.nat(),
      column: fc.constantFrom(...TEXT_COLUMNS),
    }),
    fc.record({
      kind: fc.constant('relink and rehash' as const),
      at: fc.nat(),
      to: fc.constantFrom(GENESIS_HASH, 'f'.repeat(64), `${'a'.repeat(63)},`),
    }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
    fc.record({
      kind: fc.constant('reshape hash' as const),
      at: fc.nat(),
      how: fc.constantFrom('upper', 'longer', 'shorter', 'comma'),
    }),
    fc.record({ kind: fc.constant('none' as const) }),
  );
  type Tamper = typeof tamper extends fc.Arbitrary<infer T> ? T : never;

  function apply(change: Tamper, count: number): void {
    if (change.kind === 'none') return;
    const id = (change.at % count) + 1;
    switch (change.kind) {
      case 'edit text':
      case 'edit integer':
        return void setColumn(id, change.column, change.value);
      case 'edit and rehash':
        setColumn(id, change.column, change.value);
        return rehashFrom(id);
      case 'invalid UTF-8 and rehash':
        // Bytes no JS string can hold: reading them back yields U+FFFD, so canonicalize() sees other text.
        t.db.prepare(`UPDATE audit_log SET ${change.column} = CAST(X'41FF42C3' AS TEXT) WHERE id = ?`).run(id);
        return rehashFrom(id);
      case 'relink and rehash':
        return rehashFrom(id, change.to);
      case 'delete':
        return void t.db.prepare('DELETE FROM audit_log WHERE id = ?').run(id);
      case 'swap': {
        const other = (change.other % count) + 1;
        for (const [from, to] of [
          [id, -1],
          [other, id],
          [-1, other],
        ])
          t.db.prepare('UPDATE audit_log SET id = ? WHERE id = ?').run(to, from);
        return;
      }
      case 'reshape hash': {
        // The stored hash changes shape, and the next entry's prev_hash follows it, so only the hash check can object.
        const reshaped = {
          upper: 'upper(hash)',
          longer: "hash || 'a'",
          shorter: 'substr(hash, 2)',
          comma: "substr(hash, 1, 30) || ',' || substr(hash, 32)",
        }[change.how];
        const hash = t.db.prepare(`SELECT ${reshaped} FROM audit_log WHERE id = ?`).pluck().get(id);
        if (hash === undefined) return; // an earlier change deleted or moved it
        t.db.prepare('UPDATE audit_log SET hash = ? WHERE id = ?').run(hash, id);
        t.db.prepare('UPDATE audit_log SET prev_hash = ? WHERE id = ?').run(hash, id + 1);
      }
    }
  }

  // Up to three changes: a later break must not hide an earlier one, whichever thread finds it first.
  const tamperedLog = fc.tuple(
    fc.array(fields, { minLength: 1, maxLength: 25 }),
    fc.array(tamper, { minLength: 1, maxLength: 3 }),
  );
  function write([entries, changes]: [Fields[], Tamper[]]): void {
    t.db.exec('DELETE FROM audit_log');
    append(entries);
    for (const change of changes) apply(change, entries.length);
  }

  it('names the same first broken entry, for the same reason, after any edit, deletion, reordering or forgery', () => {
    fc.assert(
      fc.property(tamperedLog, (log) => {
        write(log);
        expect(verifyChain(t.db)).toEqual(definitionWalk());
      }),
      { numRuns: 300 },
    );
  });

  // Fewer runs: each starts three worker threads.
  it('does so split into segments between threads too', async () => {
    await fc.assert(
      fc.asyncProperty(tamperedLog, async (log) => {
        write(log);
        expect(await parallel()).toEqual(definitionWalk());
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('passes a chain rehashed over SQLite’s rendering wherever that rendering is canonicalize()', async () => {
    append(fc.sample(fields, { numRuns: 30, seed: 7 }));
    setColumn(12, 'details', '{"note":"edited \\"quietly\\"","n":[1,2]}');
    rehashFrom(12);
    expect(await expectBothMatchDefinition()).toEqual({ ok: true, checked: 30 });
  });

  it('refuses a chain rehashed over invalid UTF-8, which canonicalize() cannot reproduce', async () => {
    append(fc.sample(fields, { numRuns: 30, seed: 8 }));
    t.db.prepare("UPDATE audit_log SET ip = CAST(X'3130FF' AS TEXT) WHERE id = 17").run();
    rehashFrom(17);
    expect(await expectBothMatchDefinition()).toEqual({
      ok: false,
      checked: 16,
      brokenAt: 17,
      reason: 'hash does not match the entry contents',
    });
  });
});
