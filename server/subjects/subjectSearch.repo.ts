import type { Db } from '../db/connection.js';
import type { ListQuery } from '../shared/listQuery.js';
import {
  cappedCount,
  countLimit,
  limitSql,
  orderClause,
  prefixMatch,
  roundedUp,
  type ListSql,
  type SqlFragment,
} from '../db/listSql.js';
import { cached } from '../db/statementCache.js';
import { normalizePhone } from '../shared/phone.js';
import { normalizeName } from '../shared/text.js';

// How the subjects list's quick search (filter q) becomes SQL: which index answers it, the page's ids found
// without sorting every match, and its capped total. subjects.repo.ts declares the list; this plans its search.

type SearchKind =
  | { kind: 'phone'; phone: string }
  | { kind: 'phone_prefix'; prefix: string }
  | { kind: 'email'; prefix: string }
  | { kind: 'name'; words: string[] };

/** q: digits search the phone, an @ the e-mail, words the names (surname and first name, either order). */
function classifySearch(q: string): SearchKind {
  const digits = q.replace(/\D/g, '');
  if (/^[\d\s()+-]+$/.test(q) && digits.length >= 3) {
    const full = normalizePhone(q);
    if (full) return { kind: 'phone', phone: full };
    // A partial number: a leading +7 or 8 is the trunk prefix, the rest is the start of the national number.
    const national = /^\s*(\+7|8)/.test(q) ? digits.slice(1) : digits;
    return { kind: 'phone_prefix', prefix: `+7${national}` };
  }
  if (q.includes('@')) return { kind: 'email', prefix: q.toLowerCase() };
  return { kind: 'name', words: normalizeName(q).split(' ').filter(Boolean).slice(0, 3) };
}

export function quickSearch(q: string): SqlFragment {
  const search = classifySearch(q);
  if (search.kind === 'phone') return { sql: 'phone = ?', params: [search.phone] };
  if (search.kind === 'phone_prefix') return prefixMatch('phone', search.prefix);
  if (search.kind === 'email') return prefixMatch('email_norm', search.prefix);
  const { words } = search;
  if (words.length === 1) {
    const last = prefixMatch('last_name_norm', words[0]);
    const first = prefixMatch('first_name_norm', words[0]);
    const email = prefixMatch('email_norm', words[0]);
    return {
      sql: `(${last.sql}) OR (${first.sql}) OR (${email.sql})`,
      params: [...last.params, ...first.params, ...email.params],
    };
  }
  const [a, b] = words;
  const lastA = prefixMatch('last_name_norm', a);
  const firstB = prefixMatch('first_name_norm', b);
  const lastB = prefixMatch('last_name_norm', b);
  const firstA = prefixMatch('first_name_norm', a);
  return {
    sql: `((${lastA.sql}) AND (${firstB.sql})) OR ((${lastB.sql}) AND (${firstA.sql}))`,
    params: [...lastA.params, ...firstB.params, ...lastB.params, ...firstA.params],
  };
}

// A word rarely starts more than a few dozen distinct first names; beyond that the range is sorted instead.
const MAX_FIRST_NAMES = 50;
// A search matching thousands of people is refined, not paged through: its total is counted to 1,000 ("1,000 or more").
export const SEARCH_COUNT_CAP = 1_000;
const WITH_SEARCH = new Set(['q', 'status', 'sex', 'live']);

/**
 * The list's default: a destroyed subject shows only under a status filter. The unary + for the same reason as
 * besideSearch's: nearly every row passes, so an index on status would only slow the walk.
 */
export const LIVE_ONLY: SqlFragment = { sql: "+status <> 'destroyed'", params: [] };

const and = (parts: SqlFragment[]): SqlFragment => ({
  sql: parts.map((p) => `(${p.sql})`).join(' AND '),
  params: parts.flatMap((p) => p.params),
});

/**
 * With a search in the filter, the search's own index must drive the query, and status and sex are checked on the
 * rows it finds. The unary + keeps SQLite off the status index for them: without statistics it takes any equality
 * for selective, yet 'active' holds nearly everyone, and walking it would read the whole table.
 */
function besideSearch(filter: Record<string, unknown>): SqlFragment[] {
  const parts: SqlFragment[] = [];
  if (filter.status !== undefined) {
    const list = [filter.status].flat() as string[];
    parts.push({ sql: `+status IN (${list.map(() => '?').join(', ')})`, params: list });
  }
  if (filter.sex !== undefined) parts.push({ sql: '+sex = ?', params: [filter.sex] });
  if (filter.live === true) parts.push(LIVE_ONLY);
  return parts;
}

function searchFilter(filter: Record<string, unknown>): { text: string; also: SqlFragment[] } | undefined {
  const { q: text, ...rest } = filter;
  if (typeof text !== 'string' || Object.keys(rest).some((key) => !WITH_SEARCH.has(key))) return undefined;
  return { text, also: besideSearch(rest) };
}

/** The page's ids for a search (with status or sex beside it): see besideSearch and nameSearchPageIds. */
export function searchPageIds(db: Db, q: ListQuery, spec: ListSql): SqlFragment | undefined {
  const search = searchFilter(q.filter);
  if (!search) return undefined;
  const kind = classifySearch(search.text);
  if (kind.kind === 'name' && kind.words.length === 1 && q.sortField === 'last_name') {
    return nameSearchPageIds(db, q, kind.words[0], search.also);
  }
  const where = and([quickSearch(search.text), ...search.also]);
  return {
    sql: `SELECT id FROM subjects WHERE ${where.sql} ORDER BY ${orderClause(spec, q)} ${limitSql(q.limit)} OFFSET ?`,
    params: [...where.params, q.offset],
  };
}

/**
 * One page of a one-word name search in surname order, without sorting every match. The page can only hold
 * rows among the first offset + limit of each way the word matches: by surname (the surname index is already in
 * page order), by each first name it starts (the (first name, surname) index is in page order within one name),
 * and by e-mail (few, sorted from a covering index). Those few rows are merged; UNION drops people found twice.
 * Each way names its index: the planner must not trade it for one that spares the sort but reads everyone.
 */
function nameSearchPageIds(db: Db, q: ListQuery, word: string, also: SqlFragment[]): SqlFragment {
  const dir = q.sortOrder === 'DESC' ? 'DESC' : 'ASC';
  const order = `last_name_norm ${dir}, first_name_norm ${dir}, id ${dir}`;
  const k = roundedUp(q.offset + q.limit);
  // Columns in sort order: UNION then merges the already ordered ways instead of sorting them again.
  const way = (index: string, match: SqlFragment): SqlFragment => {
    const where = and([match, ...also]);
    return {
      sql: `SELECT * FROM (SELECT last_name_norm, first_name_norm, id FROM subjects INDEXED BY ${index}
        WHERE ${where.sql} ORDER BY ${order} ${limitSql(k)})`,
      params: where.params,
    };
  };
  const names = firstNamesStarting(db, word);
  const byFirstName =
    names.length > MAX_FIRST_NAMES
      ? [way('subjects_by_first_name', prefixMatch('first_name_norm', word))]
      : names.map((name) => way('subjects_by_first_name', { sql: 'first_name_norm = ?', params: [name] }));
  const ways = [
    way('subjects_by_last_name', prefixMatch('last_name_norm', word)),
    ...byFirstName,
    way('subjects_by_email', prefixMatch('email_norm', word)),
  ];
  return {
    sql: `SELECT id FROM (${ways.map((w) => w.sql).join(' UNION ')} ORDER BY ${order} ${limitSql(q.limit)} OFFSET ?)`,
    params: [...ways.flatMap((w) => w.params), q.offset],
  };
}

/** Distinct first names starting with `prefix`, one index seek each (MAX_FIRST_NAMES + 1 at most). */
function firstNamesStarting(db: Db, prefix: string): string[] {
  return cached(
    db,
    `WITH RECURSIVE names(name) AS (
       SELECT min(first_name_norm) FROM subjects WHERE first_name_norm >= @from AND first_name_norm < @to
       UNION ALL
       SELECT (SELECT min(first_name_norm) FROM subjects WHERE first_name_norm > names.name AND first_name_norm < @to)
       FROM names WHERE names.name IS NOT NULL
       ${limitSql(MAX_FIRST_NAMES + 2)}
     )
     SELECT name FROM names WHERE name IS NOT NULL`,
  )
    .pluck()
    .all({ from: prefix, to: `${prefix}\uffff` }) as string[];
}

/** A search's total, counted (to SEARCH_COUNT_CAP) on its own index as its page is found; undefined without one. */
export function searchTotal(db: Db, q: ListQuery, spec: ListSql): number | undefined {
  const search = searchFilter(q.filter);
  if (!search) return undefined;
  const where = and([quickSearch(search.text), ...search.also]);
  return cappedCount(db, 'subjects', { sql: `WHERE ${where.sql}`, params: where.params }, countLimit(spec, q));
}
