import crypto from 'node:crypto';
import type { Db } from '../../server/db/connection.js';
import { loadMasterKey } from '../../server/crypto/masterKey.js';
import { SubjectKeyring } from '../../server/crypto/subjectKeys.js';
import { PERSONAL_FIELD } from '../../server/audit/auditWriter.js';
import { type Actor } from '../../server/shared/requestContext.js';
import { normalizeName } from '../../server/shared/text.js';
import { Rng } from '../random.js';
import { Progress, step } from '../progress.js';
import { ChainAppender, type EntryFields } from './chain.js';
import { randomPhone } from './people.js';
import { SubjectFeed, type SubjectMaterial } from './subjectFeed.js';
import { createIndexes, dropIndexes, finishBulkLoad, openForBulkLoad } from './schema.js';
import { insertHistoricStaff } from './staff.js';

export interface GenerateOptions {
  dbPath: string;
  subjects: number;
  audit: number;
  seed: number;
}

export interface GeneratedInfo {
  subjects: number;
  audit: number;
  firstAt: string;
  lastAt: string;
  seconds: number;
}

const DAY = 86_400_000;
const BATCH = 200_000;
/** Entries between two waits for the subject workers. */
const STEP = 10_000;
/** One entry in five records a creation (the default 1M subjects / 5M entries); subjects beyond that predate the log. */
const CREATION_SHARE = 0.2;

/**
 * Builds a scratch database the way a clinic's would look after two years: subjects with their own data keys,
 * a fifth with encrypted medical notes, and a hash-chained log of creations, views, corrections, reveals and sign-ins.
 * Worker threads make the subjects (most of the crypto); this thread writes rows and chains the log in order.
 */
export async function generateDatabase(o: GenerateOptions): Promise<GeneratedInfo> {
  const started = Date.now();
  const db = openForBulkLoad(o.dbPath);
  const masterKey = loadMasterKey(undefined, o.dbPath);
  // Made by the worker threads' keyrings; here the keyring reads them back (for corrections and reveals) as the server would.
  const keyring = new SubjectKeyring(db, masterKey, 200_000);
  const feed = new SubjectFeed(o.subjects, masterKey, o.seed);
  const rng = new Rng(o.seed);
  const end = Math.floor(Date.now() / DAY) * DAY - DAY;
  const start = end - 730 * DAY;
  const staff = insertHistoricStaff(db, new Date(start - 400 * DAY).toISOString());
  const indexes = dropIndexes(db, ['subjects', 'audit_log']);

  const inLog = Math.min(o.subjects, Math.floor(o.audit * CREATION_SHARE));
  const legacy = o.subjects - inLog;
  const insertSubject = subjectInserter(db);
  const chain = new ChainAppender(db);

  // A few big transactions (BEGIN/COMMIT by hand, so that the wait for the workers' next subjects can sit inside one).
  const batched = async (
    total: number,
    label: string,
    lastSubjectBy: (i: number) => number,
    each: (i: number) => void,
  ) => {
    if (!total) return;
    const bar = new Progress(label, total);
    for (let from = 0; from < total; from += STEP) {
      const to = Math.min(total, from + STEP);
      await feed.ensure(lastSubjectBy(to - 1));
      if (from % BATCH === 0) db.exec('BEGIN');
      for (let i = from; i < to; i++) each(i);
      if (to % BATCH === 0 || to === total) db.exec('COMMIT');
      bar.tick(to - from);
    }
    bar.finish();
  };

  // Subjects registered before the log begins (only when --audit is small next to --subjects).
  await batched(
    legacy,
    'subjects before the log',
    (i) => i + 1,
    (i) => {
      insertSubject(
        feed.take(i + 1),
        new Date(start - 365 * DAY + (i / Math.max(1, legacy)) * 364 * DAY).toISOString(),
      );
    },
  );

  const versions = new Uint16Array(o.subjects + 1);
  const updatedAt = new Float64Array(o.subjects + 1);
  const step_ = (end - start) / Math.max(1, o.audit);
  let created = 0;
  // Entry i is the creation of the next subject when the share of creations so far falls behind inLog / audit.
  const createdBy = (i: number) => legacy + Math.min(inLog, Math.ceil(((i + 1) * inLog) / Math.max(1, o.audit)));
  await batched(o.audit, 'subjects + audit log', createdBy, (i) => {
    const atMs = start + (i + rng.next()) * step_;
    const at = new Date(atMs).toISOString();
    if (created < inLog && created * o.audit < (i + 1) * inLog) {
      created += 1;
      const subject = feed.take(legacy + created);
      insertSubject(subject, at);
      const actor = rng.pick(staff.operators);
      chain.append(
        entry(actor, at, 'subject.created', subject.id, subject.createdSealed, {
          with_medical_info: subject.withMedical,
        }),
      );
      return;
    }
    const existing = legacy + created;
    const roll = rng.next();
    if (existing === 0 || roll >= 0.86) {
      const actor = rng.pick(staff.all);
      const action = roll >= 0.99 ? 'auth.denied' : roll >= 0.925 ? 'auth.logout' : 'auth.login';
      chain.append(
        action === 'auth.denied'
          ? entry(actor, at, action, null, null, { permission: 'staff.list', method: 'GET', path: '/api/staff' })
          : { ...entry(actor, at, action, null, null, null), entity_type: 'staff', entity_id: String(actor.id) },
      );
      return;
    }
    const id = rng.int(1, existing);
    if (roll < 0.71) {
      chain.append(
        entry(
          rng.chance(0.9) ? rng.pick(staff.operators) : rng.pick(staff.compliance),
          at,
          'subject.viewed',
          id,
          null,
          null,
        ),
      );
    } else if (roll < 0.81) {
      versions[id] += 1;
      updatedAt[id] = atMs;
      const personal = {
        reason: 'Обращение субъекта: сменился номер телефона',
        changes: { phone: { from: randomPhone(rng), to: randomPhone(rng) } },
      };
      chain.append(
        entry(rng.pick(staff.operators), at, 'subject.corrected', id, sealed(keyring, id, personal), {
          fields: ['phone'],
          medical_info_replaced: false,
          version: versions[id] + 1,
        }),
      );
    } else {
      chain.append(
        entry(
          rng.pick(staff.operators),
          at,
          'subject.medical_viewed',
          id,
          sealed(keyring, id, { reason: 'Подготовка к приёму' }),
          { had_medical_info: true },
        ),
      );
    }
  });
  await feed.close();

  // Corrections in the log raised the version of their subject; the rows say so too.
  const bumped = db.prepare('UPDATE subjects SET version = version + ?, updated_at = ? WHERE id = ?');
  db.transaction(() => {
    for (let id = 1; id <= o.subjects; id++)
      if (versions[id]) bumped.run(versions[id], new Date(updatedAt[id]).toISOString(), id);
  })();

  createIndexes(db, indexes, (name, s) => step(`  index ${name} built in ${s.toFixed(1)} s`));
  finishBulkLoad(db);
  return {
    subjects: o.subjects,
    audit: o.audit,
    firstAt: new Date(start).toISOString(),
    lastAt: new Date(end).toISOString(),
    seconds: (Date.now() - started) / 1000,
  };
}

const sealed = (keyring: SubjectKeyring, id: number, personal: object) =>
  keyring.seal(id, JSON.stringify(personal), 'audit').toString('base64');

function entry(
  actor: Actor,
  at: string,
  action: string,
  subjectId: number | null,
  personalEnc: string | null,
  details: Record<string, unknown> | null,
): EntryFields {
  const all = personalEnc ? { ...(details ?? {}), [PERSONAL_FIELD]: personalEnc } : details;
  return {
    at,
    actor_id: actor.id,
    actor_login: actor.login,
    actor_role: actor.role,
    action,
    entity_type: subjectId == null ? null : 'subject',
    entity_id: subjectId == null ? null : String(subjectId),
    subject_id: subjectId,
    request_id: crypto.randomUUID(),
    ip: '10.0.0.15',
    details: all ? JSON.stringify(all) : null,
  };
}

/** Stores a subject made by a worker: its row (search columns normalized as the repo does) and its wrapped key. */
function subjectInserter(db: Db) {
  // Names come from short lists, and the ru-RU lower-casing is slow: normalize each distinct name once.
  const normalized = new Map<string, string>();
  const norm = (name: string) => normalized.get(name) ?? normalized.set(name, normalizeName(name)).get(name)!;
  const insert = db.prepare(
    `INSERT INTO subjects (id, last_name, first_name, patronymic, sex, birth_date, phone, email, legal_rep_name,
       legal_rep_basis, status, version, medical_info_enc, last_name_norm, first_name_norm, email_norm, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
  );
  const insertKey = db.prepare('INSERT INTO subject_keys (subject_id, wrapped_key, created_at) VALUES (?, ?, ?)');
  return (s: SubjectMaterial, at: string): void => {
    const f = s.fields;
    insert.run(
      s.id,
      f.last_name,
      f.first_name,
      f.patronymic,
      f.sex,
      f.birth_date,
      f.phone,
      f.email,
      f.legal_rep_name,
      f.legal_rep_basis,
      s.status,
      s.medical,
      norm(f.last_name),
      norm(f.first_name),
      f.email ? f.email.toLowerCase() : null,
      at,
      at,
    );
    insertKey.run(s.id, s.wrapped, at);
  };
}
