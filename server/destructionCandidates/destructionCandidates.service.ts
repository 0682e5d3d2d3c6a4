import type { Db } from '../db/connection.js';
import type { DestructionCandidate } from '../contract/index.js';
import type { ListQuery } from '../shared/listQuery.js';
import { CLINIC_UTC_OFFSET, clinicDay } from '../shared/clinicDate.js';
import * as repo from './destructionCandidates.repo.js';

const DAY_MS = 86_400_000;

/**
 * Website leads whose purpose was achieved (152-FZ art. 21 p.4): what operators review and propose to destroy. The
 * law gives 30 days from the purpose's end; the list shows what has waited at least `older_than_days` Moscow days
 * (by default the configured period), so the proposal and its approval still fit in the term.
 */
export class DestructionCandidateService {
  constructor(
    private readonly db: Db,
    private readonly defaultDays: number,
    private readonly now: () => Date,
  ) {}

  /**
   * Read-only and computed from the records as they are now. The period applies by default, except to a lookup by
   * id (react-admin's getMany), which names the rows it wants.
   */
  list(q: ListQuery): { rows: DestructionCandidate[]; total: number } {
    const { older_than_days, ...filter } = q.filter as { older_than_days?: number } & Record<string, unknown>;
    const today = clinicDay(this.now());
    const days = older_than_days ?? (filter.id === undefined ? this.defaultDays : undefined);
    const scoped = days === undefined ? filter : { ...filter, ended_before: endedBefore(today, days) };
    const { rows, total } = repo.listCandidates(this.db, { ...q, filter: scoped });
    return { rows: rows.map((r) => ({ ...r, days_since: daysBetween(r.purpose_ended_on, today) })), total };
  }
}

/**
 * The instant before which a decision lies on a Moscow day at least `days` before today: the start of the day after
 * that one (Moscow keeps UTC+3 all year, so a day is always 24 hours). Stored instants are ISO text, so the
 * comparison runs on the index.
 */
function endedBefore(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00.000${CLINIC_UTC_OFFSET}`) - (days - 1) * DAY_MS).toISOString();
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}
