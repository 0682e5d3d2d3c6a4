import Database from 'better-sqlite3';
import { createServices } from '../server/services.js';
import type { RequestContext } from '../server/shared/requestContext.js';
import type { ListQuery } from '../server/shared/listQuery.js';
import { benchConfig } from './dataset.js';
import type { Pools } from './pools.js';
import { BASELINE_SQL } from './baseline/queries.js';

export interface Explained {
  scenario: string;
  side: 'ours' | 'baseline';
  sql: string;
  plan: string[];
}

const page = (filter: Record<string, unknown>, sortField: string, sortOrder: 'ASC' | 'DESC'): ListQuery => ({
  sortField,
  sortOrder,
  offset: 0,
  limit: 25,
  filter,
});

/** Moscow calendar days as instants, the way the audit-log route turns a date filter into SQL bounds. */
const day = (d: string, next = false) => {
  const date = new Date(`${d}T00:00:00.000+03:00`);
  if (next) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
};

/**
 * EXPLAIN QUERY PLAN for every statement our code runs in each scenario, captured from the real services on a
 * traced connection (writes inside a transaction that is rolled back), and for the baseline's statements.
 */
export async function explainAll(dbPath: string, p: Pools): Promise<Explained[]> {
  let captured: string[] = [];
  const db = new Database(dbPath, { verbose: (sql) => captured.push(String(sql)) });
  db.pragma('foreign_keys = ON');
  const plain = new Database(dbPath, { readonly: true });
  const services = createServices(db, benchConfig(dbPath));
  const ctx: RequestContext = {
    actor: { id: null, login: 'bench-explain', role: 'operator' },
    requestId: null,
    ip: null,
  };
  const out: Explained[] = [];
  // The outer transaction turns the service's own (group-committed) transaction into a savepoint, so it is rolled back.
  const ours = async (scenario: string, run: () => unknown) => {
    captured = [];
    db.exec('BEGIN IMMEDIATE');
    try {
      await run();
    } finally {
      db.exec('ROLLBACK');
    }
    const statements = [...new Set(captured.filter((s) => /^\s*(SELECT|WITH|UPDATE|INSERT|DELETE)/i.test(s)))];
    for (const sql of statements) out.push({ scenario, side: 'ours', sql, plan: plan(plain, sql) });
  };
  const base = (scenario: string, sql: string, params: unknown[] | Record<string, unknown>) =>
    out.push({ scenario, side: 'baseline', sql, plan: plan(plain, sql, params) });

  const subject = p.correctOurs[0];
  const m = p.actorMonths[0];
  const word = p.surnamePrefixes[0];
  await ours('list', () => services.subjects.list(page({}, 'last_name', 'ASC')));
  base('list', BASELINE_SQL.list, []);
  await ours('search-name', () => services.subjects.list(page({ q: word }, 'last_name', 'ASC')));
  base('search-name', BASELINE_SQL.search, { from: word.toLowerCase(), to: `${word.toLowerCase()}\uffff` });
  await ours('search-phone', () => services.subjects.list(page({ q: p.phones[0] }, 'last_name', 'ASC')));
  base('search-phone', BASELINE_SQL.phone, [p.phones[0]]);
  await ours('show', () => services.subjects.view(ctx, subject.id));
  base('show', BASELINE_SQL.show, [subject.id]);
  await ours('correct', () =>
    services.subjects.correct(ctx, subject.id, {
      ...subject,
      phone: '+79990000000',
      medical_info: undefined,
      correction_reason: 'EXPLAIN',
    } as Parameters<typeof services.subjects.correct>[2]),
  );
  base('correct', BASELINE_SQL.correct, ['+79990000000', new Date().toISOString(), subject.id, subject.version]);
  await ours('audit-subject', () =>
    services.auditLog.search(ctx, page({ subject_id: p.historySubjects[0] }, 'id', 'DESC')),
  );
  base('audit-subject', BASELINE_SQL.auditBySubject, [p.historySubjects[0]]);
  await ours('audit-actor-month', () =>
    services.auditLog.search(ctx, page({ actor_login: m.actor, from: day(m.from), to: day(m.to, true) }, 'id', 'DESC')),
  );
  base('audit-actor-month', BASELINE_SQL.auditByActorMonth, [m.actor, day(m.from), day(m.to, true)]);
  db.close();
  plain.close();
  return out;
}

function plan(db: Database.Database, sql: string, params: unknown[] | Record<string, unknown> = []): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(Array.isArray(params) ? params : [params])) as {
    id: number;
    parent: number;
    detail: string;
  }[];
  const depth = new Map<number, number>();
  return rows.map((r) => {
    const d = (depth.get(r.parent) ?? -1) + 1;
    depth.set(r.id, d);
    return `${'  '.repeat(d)}${r.detail}`;
  });
}
