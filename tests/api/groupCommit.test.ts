import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inWriteTransaction } from '../../server/db/groupCommit.js';
import { verifyChain } from '../../server/audit/verifyChain.js';
import { createSubject, loginAs, sampleSubject, useTestApp, type LoggedIn } from '../helpers/testApp.js';

const t = useTestApp();
let reader: Database.Database;
beforeEach(() => {
  t.db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL, staff_id INTEGER REFERENCES staff(id))');
  // A second connection sees only what has been committed, as another process would after a power cut.
  reader = new Database(t.dbPath, { readonly: true });
});
afterEach(() => reader.close());

const insertNote = (text: string, staffId: number | null = null) =>
  t.db.prepare('INSERT INTO notes (text, staff_id) VALUES (?, ?)').run(text, staffId);
const committedNotes = () => reader.prepare('SELECT text FROM notes ORDER BY id').pluck().all() as string[];

describe('group commit', () => {
  it('runs the writes queued in one turn in one transaction, committed before any of them settles', async () => {
    const seenByOthers: string[][] = [];
    const first = inWriteTransaction(t.db, () => {
      insertNote('first');
      return 1;
    });
    const second = inWriteTransaction(t.db, () => {
      // Still uncommitted: the first write shares this batch's transaction.
      seenByOthers.push(committedNotes());
      insertNote('second');
      return 2;
    });
    expect(committedNotes()).toEqual([]);
    const settledAfter: string[][] = [];
    const results = await Promise.all(
      [first, second].map((p) => p.then((v) => (settledAfter.push(committedNotes()), v))),
    );
    expect(results).toEqual([1, 2]);
    expect(seenByOthers).toEqual([[]]);
    expect(settledAfter).toEqual([
      ['first', 'second'],
      ['first', 'second'],
    ]);
  });

  it('rolls back only the write that throws, and rejects only its promise', async () => {
    const outcomes = await Promise.allSettled([
      inWriteTransaction(t.db, () => insertNote('kept 1')),
      inWriteTransaction(t.db, () => {
        insertNote('rolled back');
        throw new Error('second write fails');
      }),
      inWriteTransaction(t.db, () => insertNote('kept 2')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason.message).toBe('second write fails');
    expect(committedNotes()).toEqual(['kept 1', 'kept 2']);
  });

  it('rejects every write of the batch, and writes none, when the commit itself fails', async () => {
    const outcomes = await Promise.allSettled([
      inWriteTransaction(t.db, () => insertNote('innocent')),
      inWriteTransaction(t.db, () => {
        // A deferred foreign key is checked at COMMIT: the whole batch's commit fails.
        t.db.pragma('defer_foreign_keys = ON');
        insertNote('dangling', 999);
      }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(String((outcomes[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(committedNotes()).toEqual([]);
    expect(t.db.inTransaction).toBe(false);
    await inWriteTransaction(t.db, () => insertNote('after'));
    expect(committedNotes()).toEqual(['after']);
  });

  it('refuses an async write unit instead of committing before it finishes', async () => {
    await expect(inWriteTransaction(t.db, (async () => insertNote('late')) as () => unknown)).rejects.toThrow(
      /promise/i,
    );
    expect(committedNotes()).toEqual([]);
  });
});

describe('concurrent requests over HTTP', () => {
  let op: LoggedIn;
  beforeEach(async () => {
    op = await loginAs(t, 'operator');
  });

  const correct = (id: number, version: number, phone: string) =>
    op.put(`/api/subjects/${id}`).send({ ...sampleSubject(), version, phone, correction_reason: 'Письмо субъекта' });

  it('lets exactly one of two simultaneous corrections of the same version through; the other gets 409', async () => {
    const created = await createSubject(op);
    const answers = await Promise.all([correct(created.id, 1, '+79160000001'), correct(created.id, 1, '+79160000002')]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.status === 200)!;
    const stored = reader.prepare('SELECT phone, version FROM subjects WHERE id = ?').get(created.id);
    expect(stored).toEqual({ phone: winner.body.phone, version: 2 });
    expect(reader.prepare("SELECT count(*) FROM audit_log WHERE action = 'subject.corrected'").pluck().get()).toBe(1);
  });

  it('keeps every one of many simultaneous corrections and views, each with its entry, in an intact chain', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 10; i++) {
      ids.push((await createSubject(op, { phone: null })).id);
    }
    const answers = await Promise.all([
      ...ids.map((id, i) => correct(id, 1, `+7916000${String(i).padStart(4, '0')}`)),
      ...ids.map((id) => op.get(`/api/subjects/${id}`)),
    ]);
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    const count = (action: string) =>
      reader.prepare('SELECT count(*) FROM audit_log WHERE action = ?').pluck().get(action);
    expect(count('subject.corrected')).toBe(10);
    expect(count('subject.viewed')).toBe(10);
    expect(verifyChain(t.db)).toEqual({ ok: true, checked: expect.any(Number) });
  });
});
