import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { PASSWORD, createStaff, useTestApp } from '../helpers/testApp.js';

// The export streams (issue 13 §4): a million entries go out while the server's memory stays flat. The log is made
// with one INSERT … SELECT (hashes are not real: this measures memory and speed, the other file checks the chain).

const ENTRIES = 1_000_000;
const t = useTestApp();

function generateLog(n: number) {
  const last = t.db.prepare('SELECT max(id) AS id, max(at) AS at FROM audit_log').get() as { id: number; at: string };
  t.db
    .prepare(
      `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ?)
       INSERT INTO audit_log (id, at, actor_id, actor_login, actor_role, action, entity_type, entity_id, subject_id,
         request_id, ip, details, prev_hash, hash)
       SELECT ? + i, ?, 2, 'operator-bulk', 'operator', 'subject.viewed', 'subject', i, i,
         printf('%08x-0000-4000-8000-%012x', i, i), '10.0.0.7', '{"fields":["last_name","phone"],"personal_enc":"c2VhbGVk"}',
         printf('%064x', ? + i - 1), printf('%064x', ? + i)
       FROM k`,
    )
    .run(n, last.id, last.at, last.id, last.id);
}

describe('streaming the JSON Lines export', () => {
  it(`sends ${ENTRIES.toLocaleString('en')} entries with the server's RSS growing by less than 100 MB`, async () => {
    const { login } = await createStaff(t, 'compliance');
    const signedIn = await request(t.app).post('/api/auth/login').send({ login, password: PASSWORD }).expect(200);
    const cookie = (signedIn.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    generateLog(ENTRIES);

    const server = http.createServer(t.app).listen(0);
    const { port } = server.address() as AddressInfo;
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = Date.now();
    try {
      // Read as a client would, counting lines and bytes and keeping nothing.
      const { lines, bytes } = await new Promise<{ lines: number; bytes: number }>((resolve, reject) => {
        const query = new URLSearchParams({ format: 'jsonl', reason: 'Проверка объёма' });
        http
          .get({ port, path: `/api/audit-log/export?${query}`, headers: { cookie } }, (res) => {
            expect(res.statusCode).toBe(200);
            let count = 0;
            let size = 0;
            res.on('data', (chunk: Buffer) => {
              size += chunk.length;
              for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) count++;
            });
            res.on('end', () => resolve({ lines: count, bytes: size }));
            res.on('error', reject);
          })
          .on('error', reject);
      });
      const seconds = (Date.now() - started) / 1000;
      const growthMb = (peak - baseline) / 2 ** 20;
      console.log(
        `exported ${lines.toLocaleString('en')} lines (${(bytes / 2 ** 20).toFixed(0)} MB) in ${seconds.toFixed(1)} s ` +
          `(${Math.round(lines / seconds).toLocaleString('en')} lines/s); RSS growth ${growthMb.toFixed(0)} MB`,
      );
      expect(lines).toBeGreaterThan(ENTRIES); // the header, every entry, the trailer
      expect(growthMb).toBeLessThan(100);
    } finally {
      clearInterval(sampler);
      server.close();
    }
  }, 120_000);

  it('lets go of its snapshot when the client goes away mid-way: writes go on and the WAL truncates', async () => {
    const { login } = await createStaff(t, 'compliance');
    const signedIn = await request(t.app).post('/api/auth/login').send({ login, password: PASSWORD }).expect(200);
    const cookie = (signedIn.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    generateLog(50_000);
    const server = http.createServer(t.app).listen(0);
    const { port } = server.address() as AddressInfo;
    try {
      const query = new URLSearchParams({ format: 'jsonl', reason: 'Проверка обрыва' });
      await new Promise<void>((resolve, reject) => {
        const req = http.get({ port, path: `/api/audit-log/export?${query}`, headers: { cookie } }, (res) => {
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        });
        req.on('error', () => undefined);
        setTimeout(() => reject(new Error('no data')), 10_000);
      });
      await new Promise((r) => setTimeout(r, 200));
      // Audited when it started, with the rows it was to hold.
      const exported = t.db.prepare("SELECT details FROM audit_log WHERE action = 'audit_log.exported'").pluck().all();
      expect(exported).toHaveLength(1);
      expect(JSON.parse(exported[0] as string).rows).toBeGreaterThan(50_000);
      // The read connection is closed: a write goes through and the WAL can be truncated by the checkpointer.
      await t.services.audit.recordAlone(
        { actor: { id: null, login: 'test', role: 'system' }, requestId: null, ip: null },
        { action: 'retention.run' },
      );
      expect(t.db.pragma('wal_checkpoint(TRUNCATE)', { simple: false })).toEqual([
        { busy: 0, log: 0, checkpointed: 0 },
      ]);
    } finally {
      server.close();
    }
  }, 60_000);
});
