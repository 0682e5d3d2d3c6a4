import type { Dataset } from './dataset.js';
import { openReadOnly } from './dataset.js';
import { Rng } from './random.js';
import { OPERATORS } from './generate/staff.js';

/** A subject as the edit form sends it back: every personal field, and the version it was read at. */
export interface EditableSubject {
  id: number;
  version: number;
  last_name: string;
  first_name: string;
  patronymic: string | null;
  sex: string | null;
  birth_date: string | null;
  phone: string | null;
  email: string | null;
  legal_rep_name: string | null;
  legal_rep_basis: string | null;
}

export interface Pools {
  subjects: number;
  surnamePrefixes: string[];
  phones: string[];
  /** Disjoint sets of subjects for our corrections and the baseline's, so neither sees the other's versions. */
  correctOurs: EditableSubject[];
  correctBaseline: EditableSubject[];
  historySubjects: number[];
  actorMonths: { actor: string; from: string; to: string }[];
}

const POOL = 2_000;

/** Request parameters drawn from the generated data, so every request asks for something that exists. */
export function buildPools(d: Dataset, seed: number): Pools {
  const db = openReadOnly(d.dbPath);
  const rng = new Rng(seed ^ 0x5eed);
  const randomIds = (n: number) => Array.from({ length: n }, () => rng.int(1, d.subjects));
  const byId = db.prepare('SELECT * FROM subjects WHERE id = ?');
  const rows = (ids: number[]) => ids.map((id) => byId.get(id) as Record<string, unknown>);

  const surnames = rows(randomIds(40)).map((r) => String(r.last_name).slice(0, 4));
  const surnamePrefixes = [...new Set(['Иван', ...surnames])].slice(0, 12);
  const phones = rows(randomIds(POOL))
    .map((r) => r.phone as string | null)
    .filter((p): p is string => !!p);
  const editable = (r: Record<string, unknown>): EditableSubject => ({
    id: r.id as number,
    version: r.version as number,
    last_name: r.last_name as string,
    first_name: r.first_name as string,
    patronymic: r.patronymic as string | null,
    sex: r.sex as string | null,
    birth_date: r.birth_date as string | null,
    phone: r.phone as string | null,
    email: r.email as string | null,
    legal_rep_name: r.legal_rep_name as string | null,
    legal_rep_basis: r.legal_rep_basis as string | null,
  });
  const picked = [...new Set(randomIds(POOL * 3))].slice(0, POOL * 2);
  const editableRows = rows(picked)
    .filter((r) => r.status === 'active')
    .map(editable);
  db.close();

  const months: { from: string; to: string }[] = [];
  const first = new Date(d.firstAt);
  for (
    let m = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1));
    m.getTime() < new Date(d.lastAt).getTime() - 31 * 86_400_000;
    m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))
  ) {
    const end = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 0));
    months.push({ from: m.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) });
  }
  const actorMonths = Array.from({ length: 200 }, () => ({
    actor: `op${String(rng.int(1, OPERATORS)).padStart(2, '0')}`,
    ...rng.pick(months),
  }));

  return {
    subjects: d.subjects,
    surnamePrefixes,
    phones,
    correctOurs: editableRows.filter((_, i) => i % 2 === 0),
    correctBaseline: editableRows.filter((_, i) => i % 2 === 1),
    historySubjects: randomIds(POOL),
    actorMonths,
  };
}
