import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { chainHash, type ChainedFields } from '../../server/audit/chain.js';
import { startCheckpointTimer } from '../../server/checkpoints/checkpointTimer.js';
import { systemContext } from '../../server/shared/requestContext.js';
import { createServices } from '../../server/services.js';
import { startServer } from '../../server/index.js';
import { auditRows, createSubject, loginAs, useTestApp, type TestApp } from '../helpers/testApp.js';

// Signed checkpoints (issue 13 §3): a real SQLite file, the real app over HTTP, the real CLI in a child process.

const t = useTestApp();

function cli(app: TestApp, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: app.dbPath, LOG_LEVEL: 'silent' };
  delete env.PD_SIGNING_KEY; // the key file beside the test's database
  return spawnSync('npx', ['tsx', 'server/cli/index.ts', ...args], { env, encoding: 'utf8' });
}

/** What an intruder with the sqlite3 shell does: a connection of their own, the append-only triggers dropped. */
function tamper(app: TestApp, sql: string, ...params: unknown[]) {
  const raw = new Database(app.dbPath);
  raw.exec('DROP TRIGGER IF EXISTS checkpoints_no_update; DROP TRIGGER IF EXISTS audit_log_no_update');
  raw.prepare(sql).run(...params);
  raw.close();
}

const checkpointRows = () => t.db.prepare('SELECT * FROM checkpoints ORDER BY id').all() as Array<Record<string, any>>;

/** Some activity and three checkpoints signed on demand by a compliance officer. */
async function threeCheckpoints() {
  const compliance = await loginAs(t, 'compliance');
  const operator = await loginAs(t, 'operator');
  for (let i = 0; i < 3; i++) {
    await createSubject(operator, { last_name: `Иванова${i}` });
    await compliance.post('/api/checkpoints').expect(201);
  }
  return compliance;
}

describe('signing on demand', () => {
  it('signs the head of the chain before its own audit entry, which then records the signature', async () => {
    const compliance = await loginAs(t, 'compliance');
    const headBefore = auditRows(t).at(-1)!;

    const res = await compliance.post('/api/checkpoints').expect(201);

    expect(res.body).toMatchObject({
      id: 1,
      audit_id: headBefore.id,
      audit_hash: headBefore.hash,
      reason: 'manual',
      prev_signature: null,
      next_key_fingerprint: null,
    });
    const entry = auditRows(t).at(-1)!;
    expect(entry).toMatchObject({ id: headBefore.id + 1, action: 'checkpoint.signed', entity_id: '1' });
    expect(JSON.parse(entry.details)).toMatchObject({ signature: res.body.signature, audit_id: headBefore.id });

    const key = (await compliance.get('/api/audit-log/public-key').expect(200)).body;
    expect(key.fingerprint).toBe(res.body.key_fingerprint);
    expect(key.short_fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    const publicKey = crypto.createPublicKey(key.public_key_pem);
    expect(
      crypto.verify(null, Buffer.from(res.body.signed_message), publicKey, Buffer.from(res.body.signature, 'base64')),
    ).toBe(true);
    expect(res.body.signed_message).toBe(
      [
        'pd-desk-checkpoint-v1',
        'checkpoint 1',
        `entry ${headBefore.id}`,
        `hash ${headBefore.hash}`,
        `time ${res.body.signed_at}`,
        'reason manual',
        `key ${key.fingerprint}`,
        'previous -',
        'next-key -',
        '',
      ].join('\n'),
    );
  });

  it('lets compliance sign, admin only read, and an operator neither', async () => {
    const operator = await loginAs(t, 'operator');
    const admin = await loginAs(t, 'admin');
    await operator.post('/api/checkpoints').expect(403);
    await operator.get('/api/checkpoints').expect(403);
    await operator.get('/api/audit-log/public-key').expect(403);
    await admin.post('/api/checkpoints').expect(403);
    expect(checkpointRows()).toHaveLength(0);

    const compliance = await loginAs(t, 'compliance');
    await compliance.post('/api/checkpoints').expect(201);
    const list = await admin.get('/api/checkpoints').expect(200);
    expect(list.headers['content-range']).toBe('checkpoints 0-0/1');
    await admin.get('/api/checkpoints/1').expect(200);
    await admin.get('/api/audit-log/public-key').expect(200);
    await compliance.put('/api/checkpoints/1').send({}).expect(405);
    await compliance.delete('/api/checkpoints/1').expect(405);
    expect(auditRows(t, "action = 'auth.denied'").length).toBeGreaterThanOrEqual(4);
  });

  it('chains each checkpoint to the one before by its signature', async () => {
    const compliance = await threeCheckpoints();
    const rows = checkpointRows();
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(rows[0].prev_signature).toBeNull();
    expect(rows[1].prev_signature).toBe(rows[0].signature);
    expect(rows[2].prev_signature).toBe(rows[1].signature);
    const page = await compliance.get('/api/checkpoints').expect(200);
    expect(page.body.map((c: any) => c.id)).toEqual([3, 2, 1]);
  });
});

describe('the interval timer', () => {
  it('signs a checkpoint when nothing happened, over the same head plus its own last entry', async () => {
    const timer = startCheckpointTimer(t.services.checkpoints, 20, pino({ level: 'silent' }));
    try {
      await expect.poll(() => checkpointRows().length, { timeout: 5_000, interval: 10 }).toBeGreaterThanOrEqual(2);
    } finally {
      await timer.stop();
    }
    const [first, second] = checkpointRows();
    expect(first.reason).toBe('interval');
    // Nothing but the first checkpoint's own entry was written in between: silence, signed.
    const firstEntry = auditRows(t, "action = 'checkpoint.signed' AND entity_id = '1'")[0];
    expect(second.audit_id).toBe(firstEntry.id);
    expect(second.audit_hash).toBe(firstEntry.hash);
  });
});

describe('the server’s graceful stop', () => {
  it('signs a last checkpoint over the head as it goes quiet', async () => {
    const databasePath = path.join(t.dir, 'server.sqlite');
    const running = await startServer({ port: 0, databasePath, logLevel: 'silent', staticDir: t.config.staticDir });
    await running.stop();
    const db = new Database(databasePath, { readonly: true });
    const checkpoints = db.prepare('SELECT * FROM checkpoints').all() as Array<Record<string, any>>;
    const head = db.prepare("SELECT max(id) FROM audit_log WHERE action <> 'checkpoint.signed'").pluck().get();
    db.close();
    expect(checkpoints).toHaveLength(1);
    expect(checkpoints[0]).toMatchObject({ reason: 'shutdown', audit_id: head });
  });
});

describe('append-only', () => {
  it('refuses UPDATE and DELETE of checkpoints and signing keys', async () => {
    await t.services.checkpoints.sign(systemContext(), 'manual');
    expect(() => t.db.prepare("UPDATE checkpoints SET reason = 'interval'").run()).toThrow(/append-only/);
    expect(() => t.db.prepare('DELETE FROM checkpoints').run()).toThrow(/append-only/);
    expect(() => t.db.prepare("UPDATE signing_keys SET created_at = 'x'").run()).toThrow(/append-only/);
    expect(() => t.db.prepare('DELETE FROM signing_keys').run()).toThrow(/append-only/);
  });
});

describe('audit:verify checks the checkpoints', () => {
  it('passes a clean database, naming how many signatures verified', async () => {
    await threeCheckpoints();
    const run = cli(t, 'audit:verify');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Checkpoints OK: 3 signatures verified/);
    expect(run.stdout).toMatch(/1 entries after it not yet covered/); // the third checkpoint's own entry
  });

  it('names the checkpoint whose signature was replaced', async () => {
    await threeCheckpoints();
    // Another valid-looking signature: checkpoint 3's, put in place of checkpoint 2's.
    tamper(t, 'UPDATE checkpoints SET signature = (SELECT signature FROM checkpoints WHERE id = 3) WHERE id = 2');
    const run = cli(t, 'audit:verify');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Audit log OK/);
    expect(run.stderr).toMatch(/Checkpoints BROKEN at checkpoint 2: the signature does not verify/);
  });

  it('fails at checkpoint 1 with a key that signed none of them, and passes with the right one', async () => {
    await threeCheckpoints();
    const wrong = path.join(t.dir, 'wrong.pem');
    fs.writeFileSync(wrong, crypto.generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }));
    const refused = cli(t, 'audit:verify', '--pubkey', wrong);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/Checkpoints BROKEN at checkpoint 1: .*the trusted key/);

    const right = path.join(t.dir, 'right.pem');
    fs.writeFileSync(right, t.services.checkpoints.publicKey().public_key_pem);
    expect(cli(t, 'audit:verify', '--pubkey', right).status).toBe(0);
  });

  it('catches an entry forged with the whole chain rehashed after it, which the chain alone cannot', async () => {
    await threeCheckpoints();
    const rows = auditRows(t);
    tamper(t, "UPDATE audit_log SET actor_login = 'someone_else' WHERE id = 2");
    // Rehash from entry 2 on, exactly as the writer would: the chain verifies again.
    const raw = new Database(t.dbPath);
    let prevHash = rows[0].hash as string;
    for (const row of raw.prepare('SELECT * FROM audit_log WHERE id >= 2 ORDER BY id').all() as (ChainedFields & {
      id: number;
    })[]) {
      const hash = chainHash(prevHash, row);
      raw.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?').run(prevHash, hash, row.id);
      prevHash = hash;
    }
    raw.close();
    const run = cli(t, 'audit:verify');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Audit log OK/);
    expect(run.stderr).toMatch(
      /Checkpoints BROKEN at checkpoint 1: entry \d+'s hash in the log is not the hash signed/,
    );
  });
});

describe('rotating the signing key', () => {
  it('signs the new key over with the old one; the running server then signs with the new key', async () => {
    await t.services.checkpoints.sign(systemContext(), 'manual');
    const oldKey = t.services.checkpoints.publicKey();
    const oldPem = path.join(t.dir, 'old.pem');
    fs.writeFileSync(oldPem, oldKey.public_key_pem);

    const run = cli(t, 'checkpoints:rotate-key');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(fs.statSync(`${t.dbPath}.signing.key`).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(`${t.dbPath}.signing.key.next`)).toBe(false);

    const rotation = checkpointRows()[1];
    expect(rotation).toMatchObject({ id: 2, reason: 'rotation', key_fingerprint: oldKey.fingerprint });
    expect(rotation.next_key_fingerprint).not.toBe(oldKey.fingerprint);
    expect(auditRows(t, "action = 'signing_key.rotated'")).toHaveLength(1);

    // This process still holds the old key in memory: it reads the key file again and signs with the new one.
    const after = await t.services.checkpoints.sign(systemContext(), 'manual');
    expect(after.key_fingerprint).toBe(rotation.next_key_fingerprint);
    expect(t.services.checkpoints.publicKey().fingerprint).toBe(rotation.next_key_fingerprint);

    // Both the key an auditor noted before and the new one vouch for all three checkpoints.
    const withNew = cli(t, 'audit:verify');
    expect(withNew.status).toBe(0);
    expect(withNew.stdout).toMatch(/Checkpoints OK: 3 signatures verified/);
    expect(cli(t, 'audit:verify', '--pubkey', oldPem).status).toBe(0);
  });

  it('refuses to sign after a restart with a key no rotation handed over to, and the dashboard says so', async () => {
    await t.services.checkpoints.sign(systemContext(), 'manual');
    expect(t.services.auditReports.dashboard().chain.signing_key_in_force).toBe(true);
    // The key file replaced behind the server's back (or restored from an old backup), then a restart.
    fs.rmSync(`${t.dbPath}.signing.key`);
    fs.writeFileSync(
      `${t.dbPath}.signing.key`,
      crypto.generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }),
    );
    const restarted = createServices(t.db, t.config);
    expect(restarted.checkpoints.holdsKeyInForce()).toBe(false);
    await expect(restarted.checkpoints.sign(systemContext(), 'manual')).rejects.toThrow(/not the key in force/);
    expect(checkpointRows()).toHaveLength(1);
    // The console's chain status says so, where the officer looks.
    expect(restarted.auditReports.dashboard().chain.signing_key_in_force).toBe(false);
  });
});
