import type { DeadlineItem } from '../types';

// The compliance officer's chart: items closed per month, on time and late, over the last 12 months.

export interface MonthRow {
  /** YYYY-MM */
  month: string;
  onTime: number;
  late: number;
}

/** The 12 months up to the clinic's current one, oldest first: "2025-12" … "2026-11". */
export const lastTwelveMonths = (today: string): string[] => {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return Array.from({ length: 12 }, (_, i) => {
    const index = year * 12 + (month - 1) - (11 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
};

/** Items closed in each of the months, on time (closed) and late (closed_late), by the month they were closed. */
export const byMonth = (items: readonly DeadlineItem[], months: readonly string[]): MonthRow[] => {
  const rows = new Map(months.map((month) => [month, { month, onTime: 0, late: 0 }]));
  for (const item of items) {
    const row = item.closed_on ? rows.get(item.closed_on.slice(0, 7)) : undefined;
    if (!row) continue;
    if (item.state === 'closed_late') row.late += 1;
    else if (item.state === 'closed') row.onTime += 1;
  }
  return [...rows.values()];
};
