import { useGetList, type Identifier } from 'react-admin';
import { OPEN_STATES } from '../deadlines/choices';
import type { DeadlineItem, DeadlineKind, DeadlineState } from '../types';

/** The deadlines list's filter, as the API and the list page's URL take it. */
export interface DeadlineFilter {
  state?: DeadlineState | readonly DeadlineState[];
  kind?: DeadlineKind;
  assignee_id?: Identifier;
}

/** «Мои» is the caller's items; «все» has no assignee filter. */
export const scopeFilter = (scope: 'mine' | 'all', me: Identifier | undefined): DeadlineFilter =>
  scope === 'mine' && me !== undefined ? { assignee_id: me } : {};

/**
 * How many items a filter finds: one row asked for, the Content-Range total read (exact for state filters, which the
 * server counts from triggers' counters or up to its cap of 10,000 otherwise).
 */
export const useDeadlineCount = (filter: DeadlineFilter, enabled = true) => {
  const { total, isPending, error } = useGetList<DeadlineItem>(
    'deadlines',
    { pagination: { page: 1, perPage: 1 }, sort: { field: 'effective_due_on', order: 'ASC' }, filter },
    { enabled },
  );
  return { count: total, isPending: enabled && isPending, error };
};

/** The next `count` open items, the nearest (and the overdue) first; the total is every open item. */
export const useNextDue = (filter: DeadlineFilter, count = 10, enabled = true) =>
  useGetList<DeadlineItem>(
    'deadlines',
    {
      pagination: { page: 1, perPage: count },
      sort: { field: 'effective_due_on', order: 'ASC' },
      filter: { ...filter, state: OPEN_STATES },
    },
    { enabled },
  );

/** The largest page the API gives; past it the chart says it shows the newest ones only. */
export const CLOSED_PAGE = 1000;

/** The items closed, the latest first (the list has no date filter: see the report on the dashboard). */
export const useClosedItems = (enabled = true) =>
  useGetList<DeadlineItem>(
    'deadlines',
    {
      pagination: { page: 1, perPage: CLOSED_PAGE },
      sort: { field: 'closed_on', order: 'DESC' },
      filter: { state: ['closed', 'closed_late'] },
    },
    { enabled },
  );

/** The list page on a filter: the dashboard's numbers open it. */
export const deadlinesLink = (filter: DeadlineFilter) => ({
  pathname: '/deadlines',
  search: `?filter=${encodeURIComponent(JSON.stringify(filter))}`,
});
