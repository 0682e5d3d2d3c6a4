// Migration 019 on a database that already holds reviewed flags: each review learns how many entries it saw from its
// own audit entry (the flag may have grown since), so a flag that grew before the upgrade is back up for review.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listMigrations, migrate } from '../../server/db/migrate.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A scratch folder holding the migrations up to `last`, as a database upgraded from that version saw them. */
function migrationsUpTo(last: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-migrations-'));
  dirs.push(dir);
  for (const m of listMigrations().filter((m) => m.version <= last)) fs.writeFileSync(path.join(dir, m.name), m.sql);
  return dir;
}

describe('migration 019: a flag that grew after its review', () => {
  it('takes each review’s entry count from its audit entry, else the flag’s own, and leaves unreviewed flags alone', () => {
    const db = new Database(':memory:');
    migrate(db, migrationsUpTo(18));
    const flag = db.prepare(
      `INSERT INTO audit_flags (kind, subject_type, subject_value, window_start, window_end, count, entries,
         detected_at, updated_at, reviewed_by_login, reviewed_at, review_comment_enc)
       VALUES ('repeated_denials', 'login', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const at = '2026-05-12T07:00:00.000Z';
    const grown = flag.run('op1', at, at, 7, 7, at, at, 'officer', at, Buffer.from([1])).lastInsertRowid;
    const noEntry = flag.run('op2', at, at, 6, 6, at, at, 'officer', at, Buffer.from([1])).lastInsertRowid;
    const open = flag.run('op3', at, at, 5, 5, at, at, null, null, null).lastInsertRowid;
    db.prepare(
      `INSERT INTO audit_log (id, at, actor_login, actor_role, action, entity_type, entity_id, details, prev_hash, hash)
       VALUES (1, ?, 'officer', 'compliance', 'audit_flag.reviewed', 'audit_flag', ?, ?, 'x', 'y')`,
    ).run(at, String(grown), JSON.stringify({ kind: 'repeated_denials', window_start: at, entries: 5 }));

    expect(migrate(db)).toEqual(
      listMigrations()
        .filter((m) => m.version > 18)
        .map((m) => m.version),
    );
    const reviewed = db.prepare('SELECT reviewed_entries FROM audit_flags WHERE id = ?').pluck();
    expect([grown, noEntry, open].map((id) => reviewed.get(id))).toEqual([5, 6, null]);
    const needingReview = db
      .prepare('SELECT id FROM audit_flags WHERE reviewed_at IS NULL OR entries > reviewed_entries ORDER BY id')
      .pluck()
      .all();
    expect(needingReview).toEqual([Number(grown), Number(open)]);
    db.close();
  });
});
