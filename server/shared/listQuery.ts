/**
 * A parsed, whitelisted list request: what services and repos receive. server/http/listQuery.ts builds it from
 * the ra-data-simple-rest query string; it lives here so that data access never depends on HTTP.
 */
export interface ListQuery {
  sortField: string;
  sortOrder: 'ASC' | 'DESC';
  offset: number;
  limit: number;
  filter: Record<string, unknown>;
}
