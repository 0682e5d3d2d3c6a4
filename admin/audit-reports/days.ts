// Calendar days of the reports: "YYYY-MM-DD" Moscow days, as the server counts them, never turned into instants.
import { todayIso } from '../common/format';

const DAY_MS = 86_400_000;

/** "2026-12-02" → "02.12", the tick of a day axis (the year is in the period above the chart). */
export const shortDay = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}`;

/** Every day from `from` to `to`, both included (UTC arithmetic on the date alone: no time zone moves a day). */
export const daysBetween = (from: string, to: string): string[] => {
  const first = Date.parse(`${from}T00:00:00Z`);
  const last = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(first) || Number.isNaN(last) || last < first) return [];
  return Array.from({ length: (last - first) / DAY_MS + 1 }, (_, i) =>
    new Date(first + i * DAY_MS).toISOString().slice(0, 10),
  );
};

/** The current month in the clinic so far: its first day through today (nothing later is in the log yet). */
export const currentMonth = (today = todayIso()) => ({ from: `${today.slice(0, 8)}01`, to: today });
