import { z } from 'zod';
import type { Request, Response } from 'express';
import { badRequest } from '../shared/errors.js';
import type { ListQuery } from '../shared/listQuery.js';

// Far beyond any table here; it keeps offset + limit, and the LIMITs built from them, well inside safe integers.
const MAX_RANGE_END = 1_000_000_000;

/** What a resource allows: sortable fields and filter keys with the schema of each value. */
export interface ListContract {
  resource: string;
  sortFields: readonly string[];
  defaultSort: [string, 'ASC' | 'DESC'];
  filters: Record<string, z.ZodType>;
  maxPageSize?: number;
}

const DEFAULT_PAGE = 25;

function parseJsonParam(req: Request, name: string): unknown {
  const raw = req.query[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string')
    throw badRequest(`Parameter ${name} must be given once`, { [name]: 'Given more than once' });
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest(`Parameter ${name} is not valid JSON`, { [name]: 'Not valid JSON' });
  }
}

/** The one list-query builder for every resource: anything outside the contract is a 400 naming the parameter. */
export function parseListQuery(req: Request, contract: ListContract): ListQuery {
  const maxPage = contract.maxPageSize ?? 1000;

  const sort = parseJsonParam(req, 'sort') ?? contract.defaultSort;
  if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string' || !['ASC', 'DESC'].includes(sort[1])) {
    throw badRequest('Parameter sort must be ["field","ASC"|"DESC"]', { sort: 'Expected ["field","ASC"|"DESC"]' });
  }
  if (!contract.sortFields.includes(sort[0])) {
    throw badRequest(`Parameter sort: field "${sort[0]}" is not sortable on ${contract.resource}`, {
      sort: `Allowed: ${contract.sortFields.join(', ')}`,
    });
  }

  const range = parseJsonParam(req, 'range') ?? [0, DEFAULT_PAGE - 1];
  if (
    !Array.isArray(range) ||
    range.length !== 2 ||
    !range.every((n) => Number.isSafeInteger(n)) ||
    range[0] < 0 ||
    range[1] < range[0] ||
    range[1] > MAX_RANGE_END ||
    range[1] - range[0] + 1 > maxPage
  ) {
    throw badRequest(
      `Parameter range must be [start,end] with 0 ≤ start ≤ end ≤ ${MAX_RANGE_END} and at most ${maxPage} rows`,
      {
        range: 'Out of range',
      },
    );
  }

  const rawFilter = parseJsonParam(req, 'filter') ?? {};
  if (typeof rawFilter !== 'object' || rawFilter === null || Array.isArray(rawFilter)) {
    throw badRequest('Parameter filter must be a JSON object', { filter: 'Expected an object' });
  }
  const filter: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rawFilter)) {
    const schema = contract.filters[key];
    if (!schema) {
      throw badRequest(`Parameter filter: key "${key}" is not a filter of ${contract.resource}`, {
        filter: `Allowed: ${Object.keys(contract.filters).join(', ')}`,
      });
    }
    if (value === '' || value === null) continue;
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw badRequest(`Parameter filter: invalid value for "${key}"`, {
        [`filter.${key}`]: parsed.error.issues[0].message,
      });
    }
    filter[key] = parsed.data;
  }

  return { sortField: sort[0], sortOrder: sort[1], offset: range[0], limit: range[1] - range[0] + 1, filter };
}

/** getMany sends filter={"id":[1,2,3]}; every resource accepts it. */
export const idListFilter = z.union([
  z.coerce.number().int().positive(),
  z.array(z.coerce.number().int().positive()).max(1000),
]);

/** Answers a page the way ra-data-simple-rest reads it: the rows, and `Content-Range: <resource> start-end/total`. */
export function sendPage<T>(res: Response, resource: string, q: ListQuery, page: { rows: T[]; total: number }): void {
  const end = page.rows.length > 0 ? q.offset + page.rows.length - 1 : q.offset;
  res.set('Content-Range', `${resource} ${q.offset}-${end}/${page.total}`).json(page.rows);
}
