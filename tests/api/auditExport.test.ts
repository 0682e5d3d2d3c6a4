import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { chainHash, type ChainedFields } from '../../server/audit/chain.js';
import { systemContext } from '../../server/shared/requestContext.js';
import {
  auditRows,
  createSubject,
  jsonParams,
  loginAs,
  useTestApp,
  withFilter,
  type LoggedIn,
} from '../helpers/testApp.js';

// Verifiable exports (issue 13 §4): the real app over HTTP writes the export, the real CLI checks it offline in a
// child process with nothing but the file and a key; each tampering is named by its entry or checkpoint.

const t = useTestApp();
let compliance: LoggedIn;
let operator: LoggedIn;
beforeEach(async () => {
  compliance = await loginAs(t, 'compliance');
  operator = await loginAs(t, 'operator');
});

type Line = Record<string, any>;

/** The body of a streamed answer as text, whatever its type. */
function text(req: ReturnType<LoggedIn['get']>) {
  return req.buffer(true).parse((res, done) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (body += chunk));
    res.on('end', () => done(null, body));
  });
}

async function exportJsonl(who: LoggedIn, filter: object = {}, reason = 'Проверка аудитором') {
  const res = await text(
    who.get('/api/audit-log/export').query({ format: 'jsonl', reason, filter: JSON.stringify(filter) }),
  ).expect(200);
  expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
  return (res.body as string)
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);
}

/** Activity with three checkpoints in it, then two subjects more that no checkpoint covers yet. */
async function signedLog() {
  for (let i = 0; i < 3; i++) {
    await createSubject(operator, { last_name: `Иванова${i}` });
    await compliance.post('/api/checkpoints').expect(201);
  }
  await createSubject(operator, { last_name: 'Сидорова' });
  await createSubject(operator, { last_name: 'Петрова' });
}

const write = (lines: Line[], name = 'export.jsonl') => {
  const file = path.join(t.dir, name);
  fs.writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return file;
};

const publicKeyFile = () => {
  const file = path.join(t.dir, 'key.pem');
  fs.writeFileSync(file, t.services.checkpoints.publicKey().public_key_pem);
  return file;
};

/** audit:verify --file as an auditor runs it: no database, no configuration, only the file and the key. */
function verifyFile(file: string, ...more: string[]) {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  return spawnSync(
    process.execPath,
    [path.resolve('node_modules/tsx/dist/cli.mjs'), 'server/cli/index.ts', 'audit:verify', '--file', file, ...more],
    { env, encoding: 'utf8' },
  );
}

const entries = (lines: Line[]) => lines.filter((l) => l.type === 'entry');
const checkpoints = (lines: Line[]) => lines.filter((l) => l.type === 'checkpoint');

/** The same entry rehashed over its own prev_hash, as a forger who knows the format would. */
const rehashed = (e: Line): Line => ({ ...e, hash: chainHash(e.prev_hash, e as unknown as ChainedFields) });

describe('the JSON Lines export', () => {
  it('carries the header, every entry as chained, the checkpoints of the range, the trailer; and is audited', async () => {
    await signedLog();
    const headBefore = auditRows(t).at(-1)!;
    const lines = await exportJsonl(compliance);

    const [header] = lines;
    expect(header).toMatchObject({
      type: 'header',
      format: 'pd-desk-audit-export',
      version: 1,
      filter: {},
      head: { id: headBefore.id, hash: headBefore.hash },
      entries: headBefore.id,
      public_key: { fingerprint: t.services.checkpoints.publicKey().fingerprint },
    });
    expect(header.public_key.pem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const stored = auditRows(t, 'id <= ?', headBefore.id);
    expect(entries(lines)).toEqual(stored.map((r) => ({ type: 'entry', ...r })));
    // Sealed as stored: the personal part is never decrypted by an export.
    expect(JSON.stringify(lines)).not.toContain('Иванова');
    expect(checkpoints(lines).map((c) => c.id)).toEqual([1, 2, 3]);
    expect(lines.at(-1)).toEqual({
      type: 'trailer',
      entries: headBefore.id,
      checkpoints: 3,
      first_id: 1,
      last_id: headBefore.id,
    });

    const [exported] = auditRows(t, "action = 'audit_log.exported'");
    expect(exported.actor_login).toBe(compliance.login);
    expect(JSON.parse(exported.details)).toMatchObject({
      format: 'jsonl',
      filters: [],
      reason: 'Проверка аудитором',
      rows: headBefore.id,
      checkpoints: 3,
    });
  });

  it('needs a typed reason and the right to read the whole log', async () => {
    const missing = await compliance.get('/api/audit-log/export').query({ format: 'jsonl' }).expect(400);
    expect(missing.body.errors).toHaveProperty('reason');
    const badFormat = await compliance.get('/api/audit-log/export').query({ format: 'xml', reason: 'нужно' });
    expect(badFormat.status).toBe(400);
    expect(badFormat.body.errors).toHaveProperty('format');
    await operator.get('/api/audit-log/export').query({ format: 'jsonl', reason: 'нужно' }).expect(403);
    const admin = await loginAs(t, 'admin');
    await text(admin.get('/api/audit-log/export').query({ format: 'csv', reason: 'Проверка' })).expect(200);
    expect(auditRows(t, "action = 'audit_log.exported'")).toHaveLength(1);
  });

  it('of a filtered range holds exactly the entries the list shows for that filter', async () => {
    await signedLog();
    const filter = { actor_login: operator.login };
    const list = await compliance
      .get('/api/audit-log')
      .query(jsonParams({ filter, range: [0, 999], sort: ['id', 'ASC'] }));
    const lines = await exportJsonl(compliance, filter);
    expect(entries(lines).map((e) => e.id)).toEqual(list.body.map((e: { id: number }) => e.id));
    expect(lines[0].filter).toEqual(filter);
    expect(entries(lines).length).toBeGreaterThan(3);

    const byKind = { action_kind: 'subject', from: '2020-01-01' };
    const listed = await compliance.get(withFilter('/api/audit-log', byKind)).query({ range: '[0,999]' });
    expect(entries(await exportJsonl(compliance, byKind)).map((e) => e.id)).toEqual(
      listed.body.map((e: { id: number }) => e.id).sort((a: number, b: number) => a - b),
    );
  });
  it('of the whole log, read by stretches of ids, has byte for byte the lines of a filter that selects every entry', async () => {
    // Over a thousand entries (several stretches), with what JSON must escape and the NULLs of every nullable column.
    const last = t.db.prepare('SELECT max(id) AS id, max(at) AS at FROM audit_log').get() as { id: number; at: string };
    t.db
      .prepare(
        `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 1100)
         INSERT INTO audit_log (id, at, actor_id, actor_login, actor_role, action, entity_type, entity_id, subject_id,
           request_id, ip, details, prev_hash, hash)
         SELECT ? + i, ?, CASE WHEN i % 3 = 0 THEN NULL ELSE i END, 'оператор "' || i || '"', 'operator',
           'subject.viewed', CASE WHEN i % 5 = 0 THEN NULL ELSE 'subject' END, i, CASE WHEN i % 7 = 0 THEN NULL ELSE i END,
           NULL, CASE WHEN i % 2 = 0 THEN '10.0.0.7' END, '{"note":"' || char(92) || 'n' || char(9) || 'ё' || i || '"}',
           printf('%064x', ? + i - 1), printf('%064x', ? + i)
         FROM k`,
      )
      .run(last.id, last.at, last.id, last.id);
    const raw = async (filter: object) =>
      (
        (
          await text(
            compliance
              .get('/api/audit-log/export')
              .query({ format: 'jsonl', reason: 'Сверка', filter: JSON.stringify(filter) }),
          ).expect(200)
        ).body as string
      )
        .split('\n')
        .filter((l) => l.startsWith('{"type":"entry"'));
    const whole = await raw({});
    const selected = await raw({ from: '2000-01-01' });
    expect(whole).toHaveLength(last.id + 1100);
    // The second export also holds the first one's audit_log.exported.
    expect(selected.slice(0, whole.length)).toEqual(whole);
    expect(selected).toHaveLength(whole.length + 1);
    expect(whole.at(-1)).toContain(String.raw`"entity_type":null,"entity_id":"1100"`);
    expect(whole.at(-1)).toContain(String.raw`"details":"{\"note\":\"\\n\tё1100\"}"`);
    // Each line is what JSON.stringify gives for its own values: SQLite escapes as JavaScript would.
    for (const line of whole) expect(line).toBe(JSON.stringify(JSON.parse(line)));
  });
});

describe('audit:verify --file', () => {
  it('passes a clean export, naming what no checkpoint covers yet', async () => {
    await signedLog();
    const run = verifyFile(write(await exportJsonl(compliance)), '--pubkey', publicKeyFile());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Export OK: \d+ entries and 3 checkpoints \(whole log\) checked/);
    expect(run.stdout).toMatch(/Not yet covered: \d+ entries \(ids \d+–\d+\) after the last checkpoint/);
  });

  it('passes a filtered export, saying what it cannot prove', async () => {
    await signedLog();
    const run = verifyFile(
      write(await exportJsonl(compliance, { actor_login: operator.login })),
      '--pubkey',
      publicKeyFile(),
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\(filtered export: \{"actor_login":/);
    expect(run.stdout).toMatch(/a filtered export is a selection, not a chain/);
  });

  it('names an altered entry', async () => {
    await signedLog();
    const lines = await exportJsonl(compliance);
    const victim = entries(lines)[4];
    victim.actor_login = 'someone_else';
    const run = verifyFile(write(lines), '--pubkey', publicKeyFile());
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`BROKEN entry ${victim.id}: altered: its hash does not recompute`);
  });

  it('names a deleted entry', async () => {
    await signedLog();
    const lines = await exportJsonl(compliance);
    const victim = entries(lines)[3];
    const run = verifyFile(write(lines.filter((l) => l !== victim)), '--pubkey', publicKeyFile());
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`BROKEN entry ${victim.id}: entry ${victim.id} is missing (deleted)`);
  });

  it('names an inserted entry, even with its hash recomputed', async () => {
    await signedLog();
    const lines = await exportJsonl(compliance);
    const after = entries(lines)[2];
    // A forged entry slipped in after entry 3, chained onto it, with an id of its own: the link of the next one breaks.
    const forged = rehashed({ ...after, id: after.id + 1, prev_hash: after.hash, action: 'auth.logout' });
    lines.splice(lines.indexOf(after) + 1, 0, forged);
    const run = verifyFile(write(lines), '--pubkey', publicKeyFile());
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`BROKEN entry ${after.id + 1}: appears twice: an inserted entry`);
    expect(run.stderr).toContain('BROKEN file: the header announces');
  });

  it('catches an entry forged with every hash after it recomputed, through the checkpoint that covers it', async () => {
    await signedLog();
    const lines = await exportJsonl(compliance);
    const chain = entries(lines);
    chain[1].actor_login = 'someone_else';
    for (let i = 1; i < chain.length; i++) {
      chain[i].prev_hash = chain[i - 1].hash;
      Object.assign(chain[i], rehashed(chain[i]));
    }
    const first = checkpoints(lines)[0];
    const run = verifyFile(write(lines), '--pubkey', publicKeyFile());
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `BROKEN checkpoint ${first.id}: entry ${first.audit_id}'s hash in the export is not the hash signed`,
    );
  });

  it('names two swapped entries', async () => {
    await signedLog();
    const lines = await exportJsonl(compliance);
    const [a, b] = [entries(lines)[5], entries(lines)[6]];
    const [i, j] = [lines.indexOf(a), lines.indexOf(b)];
    [lines[i], lines[j]] = [b, a];
    const run = verifyFile(write(lines), '--pubkey', publicKeyFile());
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`BROKEN entry ${a.id}: out of order: entry ${a.id} comes after entry ${b.id}`);
    expect(run.stderr).not.toMatch(/missing|link is broken/);
  });

  it('names a tail cut after the last checkpoint, and one cut through what it covers', async () => {
    await signedLog();
    const lines = await exportJsonl(compliance);
    const last = checkpoints(lines).at(-1)!;
    // Only what no checkpoint covers, header and trailer patched up too: only the head in the header tells.
    const keep = (l: Line) => l.type !== 'entry' || l.id <= last.audit_id;
    const patched = lines
      .filter(keep)
      .map((l) =>
        l.type === 'header' || l.type === 'trailer' ? { ...l, entries: last.audit_id, last_id: last.audit_id } : l,
      );
    const tail = verifyFile(write(patched), '--pubkey', publicKeyFile());
    expect(tail.status).toBe(1);
    expect(tail.stderr).toContain(
      `BROKEN entry ${last.audit_id + 1}: the export ends at entry ${last.audit_id}, but its header names the head`,
    );

    const deeper = patched.filter((l) => l.type !== 'entry' || l.id < last.audit_id - 1);
    const cut = verifyFile(write(deeper), '--pubkey', publicKeyFile());
    expect(cut.status).toBe(1);
    expect(cut.stderr).toContain(
      `BROKEN checkpoint ${last.id}: it covers entry ${last.audit_id}, beyond the export's last entry ${last.audit_id - 2}: the tail was cut`,
    );
  });

  it('names a checkpoint whose signature was replaced', async () => {
    await signedLog();
    const lines = await exportJsonl(compliance);
    const [, second, third] = checkpoints(lines);
    second.signature = third.signature;
    const run = verifyFile(write(lines), '--pubkey', publicKeyFile());
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('BROKEN checkpoint 2: the signature does not verify');
    expect(run.stderr).toContain("BROKEN checkpoint 3: its previous signature is not checkpoint 2's");
  });

  it('fails with a key that signed none of the checkpoints', async () => {
    await signedLog();
    const wrong = path.join(t.dir, 'wrong.pem');
    fs.writeFileSync(wrong, crypto.generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }));
    const run = verifyFile(write(await exportJsonl(compliance)), '--pubkey', wrong);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /BROKEN checkpoint 1: signed by key .*; the trusted key .* is none of the keys that signed/,
    );
  });

  it('without --pubkey trusts the file’s key and says so', async () => {
    await signedLog();
    const run = verifyFile(write(await exportJsonl(compliance)));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/no --pubkey: trusting the key in the file/);
  });
});

describe('the CSV export', () => {
  it('is for people: the clinic’s time, no personal value, formula cells defused', async () => {
    await createSubject(operator, { last_name: '=HYPERLINK("http://x")' });
    // A clear cell that a spreadsheet would run, written as any entry is.
    await t.services.audit.recordAlone(
      { ...systemContext(), requestId: '=HYPERLINK("http://x")' },
      { action: 'retention.run', entityType: 'retention', details: { note: 'x' } },
    );
    const res = await text(compliance.get('/api/audit-log/export').query({ format: 'csv', reason: 'Проверка' })).expect(
      200,
    );
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const csv = res.body as string;
    const [head, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(head).toBe('id,time_msk,actor_login,actor_role,action,entity,subject_id,request_id,ip,details,hash');
    expect(csv).not.toContain('Иванова');
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    const created = auditRows(t, "action = 'subject.created'")[0];
    const row = rows.find((r) => r.startsWith(`${created.id},`))!;
    const moscow = new Date(Date.parse(created.at) + 3 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    expect(row).toContain(`,${moscow},${operator.login},operator,subject.created,subject ${created.subject_id},`);
    expect(row).toContain('personal');
    expect(row).not.toContain('personal_enc');
    expect(JSON.parse(auditRows(t, "action = 'audit_log.exported'")[0].details)).toMatchObject({ format: 'csv' });
  });
});
