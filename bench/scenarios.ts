import type { LoadRequest } from './load.js';
import type { EditableSubject, Pools } from './pools.js';
import type { Rng } from './random.js';
import { randomPhone } from './generate/people.js';

export interface Scenario {
  id: string;
  title: string;
  role: 'operator' | 'compliance';
  /** Latency target from the issue, ms (p99). */
  p99Target?: number;
  /** Measures the machine and the framework, not a feature: no target applies. */
  calibration?: boolean;
  ours: LoadRequest;
  baseline: LoadRequest;
}

const json = encodeURIComponent;
const listUrl = (resource: string, filter: object, sort: [string, string], range = [0, 24]) =>
  `/api/${resource}?filter=${json(JSON.stringify(filter))}&range=${json(JSON.stringify(range))}&sort=${json(JSON.stringify(sort))}`;

/**
 * Corrections cycle through a pool of subjects; each request sends the version the previous answer returned. A
 * subject whose request was still in flight when a run stopped has an unknown version: it is left out afterwards.
 */
function corrections(pool: EditableSubject[], rng: Rng, ours: boolean): LoadRequest {
  const byId = new Map(pool.map((s) => [s.id, { ...s }]));
  const pending = new Set<number>();
  let next = 0;
  return {
    method: 'PUT',
    next: () => {
      let s = pool[next++ % pool.length];
      while (pending.has(s.id) || !byId.has(s.id)) s = pool[next++ % pool.length];
      pending.add(s.id);
      const current = byId.get(s.id)!;
      const phone = randomPhone(rng);
      const body = ours
        ? { ...current, phone, correction_reason: 'Нагрузочный тест: субъект сообщил новый номер телефона' }
        : { version: current.version, phone };
      return { path: ours ? `/api/subjects/${s.id}` : `/subjects/${s.id}`, body: JSON.stringify(body) };
    },
    onResponse: (status, body) => {
      if (status !== 200 && status !== 409) return;
      const record = JSON.parse(body);
      const fresh = status === 409 ? record.current : record;
      if (!fresh?.id || !byId.has(fresh.id)) return;
      Object.assign(byId.get(fresh.id)!, { version: fresh.version, phone: fresh.phone });
      pending.delete(fresh.id);
    },
    afterRun: () => {
      for (const id of pending) byId.delete(id);
      pending.clear();
    },
  };
}

export function scenarios(p: Pools, rng: Rng): Scenario[] {
  const randomId = () => rng.int(1, p.subjects);
  return [
    {
      id: 'floor',
      title: 'Signed-in request that reads nothing (GET /api/auth/me): the fixed cost of every request',
      role: 'operator',
      calibration: true,
      ours: { next: () => ({ path: '/api/auth/me' }) },
      baseline: { next: () => ({ path: '/ping' }) },
    },
    {
      id: 'list',
      title: 'Subjects list, first page (25, by surname)',
      role: 'operator',
      p99Target: 25,
      ours: { next: () => ({ path: listUrl('subjects', {}, ['last_name', 'ASC']) }) },
      baseline: { next: () => ({ path: '/list' }) },
    },
    {
      id: 'search-name',
      title: 'Search by surname prefix (q = "Иван"…)',
      role: 'operator',
      p99Target: 25,
      ours: { next: () => ({ path: listUrl('subjects', { q: rng.pick(p.surnamePrefixes) }, ['last_name', 'ASC']) }) },
      baseline: { next: () => ({ path: `/search?q=${json(rng.pick(p.surnamePrefixes))}` }) },
    },
    {
      id: 'search-phone',
      title: 'Search by full phone number',
      role: 'operator',
      p99Target: 25,
      ours: { next: () => ({ path: listUrl('subjects', { q: rng.pick(p.phones) }, ['last_name', 'ASC']) }) },
      baseline: { next: () => ({ path: `/phone?phone=${json(rng.pick(p.phones))}` }) },
    },
    {
      id: 'show',
      title: 'Subject card (audited read: subject.viewed)',
      role: 'operator',
      p99Target: 10,
      ours: { next: () => ({ path: `/api/subjects/${randomId()}` }) },
      baseline: { next: () => ({ path: `/subjects/${randomId()}` }) },
    },
    {
      id: 'correct',
      title: 'Correction (PUT with version + reason; audited, encrypted)',
      role: 'operator',
      ours: corrections(p.correctOurs, rng, true),
      baseline: corrections(p.correctBaseline, rng, false),
    },
    {
      id: 'audit-subject',
      title: 'Audit log of one subject (compliance)',
      role: 'compliance',
      p99Target: 25,
      ours: {
        next: () => ({ path: listUrl('audit-log', { subject_id: rng.pick(p.historySubjects) }, ['id', 'DESC']) }),
      },
      baseline: { next: () => ({ path: `/audit/subject/${rng.pick(p.historySubjects)}` }) },
    },
    {
      id: 'audit-actor-month',
      title: 'Audit log by actor and month (compliance)',
      role: 'compliance',
      p99Target: 25,
      ours: {
        next: () => {
          const m = rng.pick(p.actorMonths);
          return { path: listUrl('audit-log', { actor_login: m.actor, from: m.from, to: m.to }, ['id', 'DESC']) };
        },
      },
      baseline: {
        next: () => {
          const m = rng.pick(p.actorMonths);
          return { path: `/audit/actor?actor=${m.actor}&from=${m.from}&to=${m.to}` };
        },
      },
    },
  ];
}
