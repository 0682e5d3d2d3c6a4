import fs from 'node:fs';
import pino from 'pino';
import { afterEach, expect, it } from 'vitest';
import { startCheckpointer, type Checkpointer } from '../../server/db/checkpointer.js';
import { useTestApp } from '../helpers/testApp.js';

const t = useTestApp();
let checkpointer: Checkpointer | undefined;
afterEach(async () => {
  await checkpointer?.stop();
});

const until = async (condition: () => boolean, ms = 5_000) => {
  for (const deadline = Date.now() + ms; !condition(); await new Promise((r) => setTimeout(r, 20))) {
    if (Date.now() > deadline) return false;
  }
  return true;
};

it('copies committed pages into the database file in the background, without the writer checkpointing', async () => {
  t.db.exec('CREATE TABLE filler (body BLOB NOT NULL)');
  t.db.pragma('wal_checkpoint(TRUNCATE)');
  const before = fs.statSync(t.dbPath).size;
  // 8 MiB: well under the writer's own autocheckpoint threshold (10,000 pages), so only a checkpointer moves it.
  const insert = t.db.prepare('INSERT INTO filler (body) VALUES (randomblob(65536))');
  t.db.transaction(() => {
    for (let i = 0; i < 128; i++) insert.run();
  })();
  expect(await until(() => fs.statSync(t.dbPath).size > before + 8_000_000, 600)).toBe(false);

  checkpointer = startCheckpointer(t.dbPath, pino({ level: 'silent' }), 50);
  expect(await until(() => fs.statSync(t.dbPath).size > before + 8_000_000)).toBe(true);
  expect(t.db.prepare('SELECT count(*) FROM filler').pluck().get()).toBe(128);
});
