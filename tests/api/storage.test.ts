import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connection.js';
import { listMigrations, migrate } from '../../server/db/migrate.js';
import { loadMasterKey } from '../../server/crypto/masterKey.js';
import { SubjectKeyring } from '../../server/crypto/subjectKeys.js';

const dirs: string[] = [];
const tempDb = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-desk-storage-'));
  dirs.push(dir);
  return path.join(dir, 'db.sqlite');
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('database', () => {
  it('opens with WAL, foreign keys and a busy timeout, and migrates to the latest user_version once', () => {
    const db = openDatabase(tempDb());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const latest = listMigrations().at(-1)!.version;
    expect(migrate(db).at(-1)).toBe(latest);
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it('overwrites deleted rows, so no copy is left in the free pages of the file or the WAL', () => {
    const file = tempDb();
    const db = openDatabase(file);
    migrate(db);
    const marker = 'Deleted-Value-Zh7Qk3';
    db.prepare('CREATE TABLE scratch (v TEXT)').run();
    db.prepare('INSERT INTO scratch VALUES (?)').run(marker.repeat(50));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.prepare('DELETE FROM scratch').run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = Buffer.concat([
      fs.readFileSync(file),
      fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0),
    ]);
    expect(bytes.includes(Buffer.from(marker))).toBe(false);
    db.close();
  });

  it('refuses a database newer than the code', () => {
    const db = openDatabase(tempDb());
    migrate(db);
    db.pragma('user_version = 999');
    expect(() => migrate(db)).toThrow(/newer than this code/);
    db.close();
  });

  it('rolls a failing migration back whole', () => {
    const file = tempDb();
    const dir = path.join(path.dirname(file), 'migrations');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, '001_ok.sql'), 'CREATE TABLE a (x INTEGER) STRICT;');
    fs.writeFileSync(
      path.join(dir, '002_bad.sql'),
      'CREATE TABLE b (x INTEGER) STRICT; INSERT INTO nowhere VALUES (1);',
    );
    const db = openDatabase(file);
    expect(() => migrate(db, dir)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    db.close();
  });
});

describe('master key', () => {
  it('is created next to the database with mode 0600 on first start, and read back after', () => {
    const file = tempDb();
    const key = loadMasterKey(undefined, file);
    const stat = fs.statSync(`${file}.master.key`);
    expect(stat.mode & 0o777).toBe(0o600);
    expect(loadMasterKey(undefined, file).equals(key)).toBe(true);
  });

  it('comes from PD_MASTER_KEY when given, and then no key file is written', () => {
    const file = tempDb();
    const hex = 'ab'.repeat(32);
    expect(loadMasterKey(hex, file).toString('hex')).toBe(hex);
    expect(fs.existsSync(`${file}.master.key`)).toBe(false);
    expect(() => loadMasterKey('too-short', file)).toThrow(/32 bytes/);
  });

  it('is needed to read a subject key: another master key cannot unwrap it', () => {
    const file = tempDb();
    const db = openDatabase(file);
    migrate(db);
    db.prepare(
      "INSERT INTO subjects (id, last_name, first_name, last_name_norm, first_name_norm, created_at, updated_at) VALUES (1, 'А', 'Б', 'а', 'б', 'x', 'x')",
    ).run();
    const right = new SubjectKeyring(db, Buffer.alloc(32, 1));
    right.createKey(1, 'x');
    const sealed = right.seal(1, 'врачебная тайна', 'medical');
    expect(new SubjectKeyring(db, Buffer.alloc(32, 1)).open(1, sealed, 'medical')).toBe('врачебная тайна');
    expect(() => new SubjectKeyring(db, Buffer.alloc(32, 2)).open(1, sealed, 'medical')).toThrow();
    db.close();
  });
});
