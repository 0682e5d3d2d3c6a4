// What the log already knows about an incident (issue 14 §3): the entries that read, reveal, export, print or download
// the linked subjects in a window, and every action of a chosen staff member, matched against what the audit log's
// own list answers for the same subjects and days; exported as CSV with a typed reason (audited with the row count);
// attached as frozen evidence whose copy carries each entry's chain hashes and the checkpoint that covers it.
import crypto from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createSubject, jsonParams, logIn, loginAs, useTestApp, type LoggedIn } from '../helpers/testApp.js';
import { EVIDENCE_ACTIONS } from '../../server/incidents/incidentEvidence.service.js';

const t = useTestApp();
let op: LoggedIn;
let op2: LoggedIn;
let compliance: LoggedIn;
let linked: number[];
let unlinked: number;
let incidentId: number;

const at = (moscow: string) => Date.parse(`${moscow}+03:00`);
const WINDOW = { from: '2026-06-02T00:00:00+03:00', to: '2026-06-02T23:59:59.999+03:00' };

const onMoment = async (moscow: string) => {
  t.clock.now = at(moscow);
  // Moving the clock by a day ends the sessions: sign in again (each sign-in is an entry of its own).
  op = await logIn(t, op.login);
  op2 = await logIn(t, op2.login);
  compliance = await logIn(t, compliance.login);
};

const view = (who: LoggedIn, subjectId: number) => who.get(`/api/subjects/${subjectId}`).expect(200);

beforeEach(async () => {
  t.clock.now = at('2026-06-01T10:00:00');
  op = await loginAs(t, 'operator');
  op2 = await loginAs(t, 'operator');
  compliance = await loginAs(t, 'compliance');
  const [s1, s2, s3] = [await createSubject(op), await createSubject(op), await createSubject(op)].map((s) => s.id);
  linked = [s1, s2];
  unlinked = s3;
  await view(op, s1); // before the window

  await onMoment('2026-06-02T10:00:00');
  await view(op2, s1); // a linked subject, by someone else: listed
  await view(op, s2); // a linked subject: listed
  await op.post(`/api/subjects/${s2}/medical-info`).send({ reason: 'Подготовка к приёму' }).expect(200);
  await view(op, s3); // not linked, but the chosen staff member's: listed
  await view(op2, s3); // neither: not listed

  await onMoment('2026-06-03T10:00:00');
  await view(op2, s2); // after the window
  const incident = (
    await compliance
      .post('/api/incidents')
      .send({
        detected_at: '2026-06-02T18:00:00+03:00',
        source: 'complaint',
        description: 'Пациентка сообщила, что её диагноз известен посторонним',
        categories: ['medical'],
        subjects_estimated: 2,
        health_data: true,
      })
      .expect(201)
  ).body;
  incidentId = incident.id;
  await compliance.post(`/api/incidents/${incidentId}/subjects`).send({ subject_ids: linked }).expect(200);
});

const evidenceUrl = (extra: Record<string, string | number> = {}) =>
  `/api/incidents/${incidentId}/evidence?${new URLSearchParams({ ...WINDOW, ...extra } as Record<string, string>)}`;

/** The ids the audit log's own list answers for a filter (newest first there; ascending here). */
const logIds = async (filter: Record<string, unknown>) => {
  const res = await compliance
    .get('/api/audit-log')
    .query(jsonParams({ filter, range: [0, 999] }))
    .expect(200);
  return res.body as Array<{ id: number; action: string }>;
};

/** A CSV as rows of cells (no cell of these files holds a comma or a quote); the BOM and a final newline dropped. */
const csvRows = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line, i, all) => i < all.length - 1 || line !== '')
    .map((line) => (line === '' ? [] : line.split(',')));

describe('the evidence list', () => {
  it('lists what the log holds for the linked subjects in the window, and every action of the chosen staff member', async () => {
    const res = await compliance.get(evidenceUrl({ actor_id: op.id })).expect(200);
    const { entries, total, truncated } = res.body;

    const day = { from: '2026-06-02', to: '2026-06-02' };
    const subjectEntries = (await Promise.all(linked.map((subject_id) => logIds({ subject_id, ...day }))))
      .flat()
      .filter((e) => (EVIDENCE_ACTIONS as readonly string[]).includes(e.action));
    const actorEntries = await logIds({ actor_login: op.login, ...day });
    const expected = [...new Set([...subjectEntries, ...actorEntries].map((e) => e.id))].sort((a, b) => a - b);
    expect(entries.map((e: any) => e.id)).toEqual(expected);
    expect(total).toBe(expected.length);
    expect(truncated).toBe(false);

    // Each of the day's acts where it belongs, and nothing from before or after the window.
    const rows = auditRows(t, "action IN ('subject.viewed', 'subject.medical_viewed')");
    const find = (who: LoggedIn, subjectId: number, day: string, action = 'subject.viewed') =>
      rows.find(
        (r) => r.actor_login === who.login && r.subject_id === subjectId && r.at.startsWith(day) && r.action === action,
      )!;
    const byId = new Map(entries.map((e: any) => [e.id, e]));
    expect(byId.get(find(op2, linked[0], '2026-06-02').id)).toMatchObject({
      reason: 'linked_subject',
      actor_login: op2.login,
    });
    expect(byId.get(find(op, linked[1], '2026-06-02').id)).toMatchObject({ reason: 'linked_subject' });
    expect(byId.get(find(op, linked[1], '2026-06-02', 'subject.medical_viewed').id)).toMatchObject({
      reason: 'linked_subject',
      action: 'subject.medical_viewed',
    });
    expect(byId.get(find(op, unlinked, '2026-06-02').id)).toMatchObject({ reason: 'actor', subject_id: unlinked });
    expect(byId.has(find(op2, unlinked, '2026-06-02').id)).toBe(false);
    expect(byId.has(find(op, linked[0], '2026-06-01').id)).toBe(false);
    expect(byId.has(find(op2, linked[1], '2026-06-03').id)).toBe(false);
    // Each entry carries its chain hashes as the log holds them, and no details.
    const one = entries[0];
    const [logged] = auditRows(t, 'id = ?', one.id);
    expect(one).toMatchObject({ hash: logged.hash, prev_hash: logged.prev_hash, action: logged.action });
    expect(one).not.toHaveProperty('details');

    const [listed] = auditRows(t, "action = 'incident.evidence_listed'");
    expect(listed).toMatchObject({
      entity_type: 'incident',
      entity_id: String(incidentId),
      actor_login: compliance.login,
    });
    expect(JSON.parse(listed.details)).toMatchObject({
      from: '2026-06-01T21:00:00.000Z',
      to: '2026-06-02T20:59:59.999Z',
      actor_id: op.id,
      actor_login: op.login,
      count: expected.length,
    });
  });

  it('without a staff member lists only the linked subjects’ entries', async () => {
    const { entries } = (await compliance.get(evidenceUrl()).expect(200)).body;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e: any) => e.reason === 'linked_subject' && linked.includes(e.subject_id))).toBe(true);
  });

  it('refuses a window that ends before it starts and an unknown staff member (400 naming the field)', async () => {
    const back = await compliance.get(evidenceUrl({ from: WINDOW.to, to: WINDOW.from })).expect(400);
    expect(back.body.errors).toHaveProperty('to');
    const nobody = await compliance.get(evidenceUrl({ actor_id: 9999 })).expect(400);
    expect(nobody.body.errors).toHaveProperty('actor_id');
    const bad = await compliance.get(evidenceUrl({ from: 'вчера' })).expect(400);
    expect(bad.body.errors).toHaveProperty('from');
  });

  it('is for compliance and the administrator: operators get 403', async () => {
    await op.get(evidenceUrl()).expect(403);
    await op.post(`/api/incidents/${incidentId}/evidence`).send(WINDOW).expect(403);
    await op
      .get(
        `${evidenceUrl()}&reason=${encodeURIComponent('Проверка по инциденту')}`.replace('evidence?', 'evidence.csv?'),
      )
      .expect(403);
    await (await loginAs(t, 'admin')).get(evidenceUrl()).expect(200);
  });
});

describe('the evidence export', () => {
  const csvUrl = (reason?: string) =>
    evidenceUrl({ actor_id: op.id, ...(reason === undefined ? {} : { reason }) }).replace('evidence?', 'evidence.csv?');

  it('needs a typed reason of at least 10 characters (400 naming reason), and writes nothing without one', async () => {
    const before = auditRows(t, "action = 'incident.evidence_exported'").length;
    expect((await compliance.get(csvUrl()).expect(400)).body.errors).toHaveProperty('reason');
    expect((await compliance.get(csvUrl('коротко')).expect(400)).body.errors).toHaveProperty('reason');
    expect(auditRows(t, "action = 'incident.evidence_exported'")).toHaveLength(before);
  });

  it('exports the same entries as the list, audited with the reason and the row count', async () => {
    const { entries } = (await compliance.get(evidenceUrl({ actor_id: op.id })).expect(200)).body;
    const res = await compliance.get(csvUrl('Расследование инцидента по жалобе')).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const [header, ...rows] = csvRows(res.text);
    expect(header).toEqual([
      'entry_id',
      'at',
      'actor_login',
      'actor_role',
      'action',
      'entity_type',
      'entity_id',
      'subject_id',
      'ip',
      'listed_as',
      'prev_hash',
      'hash',
    ]);
    expect(rows.map((r) => Number(r[0]))).toEqual(entries.map((e: any) => e.id));
    expect(rows.map((r) => r[11])).toEqual(entries.map((e: any) => e.hash));
    const [exported] = auditRows(t, "action = 'incident.evidence_exported'");
    expect(JSON.parse(exported.details)).toMatchObject({
      rows: entries.length,
      reason: 'Расследование инцидента по жалобе',
      actor_id: op.id,
    });
  });
});

describe('attached evidence', () => {
  it('freezes the list with the entries’ hashes and the checkpoint that covers its last entry', async () => {
    const { entries } = (await compliance.get(evidenceUrl({ actor_id: op.id })).expect(200)).body;
    const checkpoint = (await compliance.post('/api/checkpoints').expect(201)).body;
    const res = await compliance
      .post(`/api/incidents/${incidentId}/evidence`)
      .send({ ...WINDOW, actor_id: op.id })
      .expect(201);
    const evidence = res.body;
    const ids = entries.map((e: any) => e.id);
    const hashes = ids.map((id: number) => auditRows(t, 'id = ?', id)[0].hash);
    expect(evidence).toMatchObject({
      window_from: '2026-06-01T21:00:00.000Z',
      window_to: '2026-06-02T20:59:59.999Z',
      actor_id: op.id,
      actor_login: op.login,
      entries: ids.length,
      first_audit_id: ids[0],
      last_audit_id: ids.at(-1),
      entries_sha256: crypto.createHash('sha256').update(hashes.join('\n'), 'utf8').digest('hex'),
      checkpoint_id: checkpoint.id,
      attached_by_login: compliance.login,
    });
    expect(checkpoint.audit_id).toBeGreaterThanOrEqual(ids.at(-1));
    const stored = t.db
      .prepare('SELECT audit_id FROM incident_evidence_entries WHERE evidence_id = ? ORDER BY audit_id')
      .pluck()
      .all(evidence.id);
    expect(stored).toEqual(ids);
    const [attached] = auditRows(t, "action = 'incident.evidence_attached'");
    expect(JSON.parse(attached.details)).toMatchObject({
      evidence_id: evidence.id,
      entries: ids.length,
      entries_sha256: evidence.entries_sha256,
      checkpoint_id: checkpoint.id,
    });

    // The incident's page lists it.
    const detail = (await compliance.get(`/api/incidents/${incidentId}`).expect(200)).body;
    expect(detail.evidence).toEqual([evidence]);

    // The copy: each entry with its hash and prev_hash as the chain holds them, then the evidence, then the checkpoint.
    const file = await compliance.get(`/api/incidents/${incidentId}/evidence/${evidence.id}.csv`).expect(200);
    const rows = csvRows(file.text);
    const blank = rows.findIndex((r) => r.length === 0);
    const entryRows = rows.slice(1, blank);
    expect(entryRows.map((r) => Number(r[0]))).toEqual(ids);
    for (const r of entryRows) {
      const [logged] = auditRows(t, 'id = ?', Number(r[0]));
      expect([r[10], r[11]]).toEqual([logged.prev_hash, logged.hash]);
    }
    expect(rows[blank + 2][7]).toBe(evidence.entries_sha256);
    const checkpointRows = rows.slice(rows.lastIndexOf(rows.filter((r) => r.length === 0).at(-1)!) + 1);
    expect(checkpointRows[0]).toEqual([
      'checkpoint_id',
      'checkpoint_entry_id',
      'checkpoint_entry_hash',
      'signed_at',
      'key_fingerprint',
      'signature_hex',
    ]);
    const signed = t.db.prepare('SELECT * FROM checkpoints WHERE id = ?').get(checkpoint.id) as Record<string, any>;
    const [cid, entryId, entryHash, , , signature] = checkpointRows[1];
    expect([Number(cid), Number(entryId), entryHash]).toEqual([
      signed.id,
      signed.audit_id,
      auditRows(t, 'id = ?', signed.audit_id)[0].hash,
    ]);
    // Hex, never defused: base64 may start with "+", which the CSV's formula guard would prefix with an apostrophe.
    expect(signature).toMatch(/^[0-9a-f]{128}$/);
    expect(Buffer.from(signature, 'hex').toString('base64')).toBe(signed.signature);
    const downloads = auditRows(t, "action = 'incident.evidence_exported'");
    expect(JSON.parse(downloads.at(-1)!.details)).toMatchObject({ evidence_id: evidence.id, rows: ids.length });
  });

  it('has no checkpoint when none reaches its last entry yet, and a copy of another incident is not found', async () => {
    const evidence = (await compliance.post(`/api/incidents/${incidentId}/evidence`).send(WINDOW).expect(201)).body;
    expect(evidence.checkpoint_id).toBeNull();
    const file = await compliance.get(`/api/incidents/${incidentId}/evidence/${evidence.id}.csv`).expect(200);
    expect(csvRows(file.text).at(-1)).toEqual(['none']);
    await compliance.get(`/api/incidents/${incidentId}/evidence/999.csv`).expect(404);
    await compliance
      .post(`/api/incidents/${incidentId}/evidence`)
      .send({ ...WINDOW, extra: 1 })
      .expect(400);
  });
});
