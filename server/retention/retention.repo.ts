import type { Db } from '../db/connection.js';
import { cached } from '../db/statementCache.js';

/** What an act's expiry records about it: the register keeps these, the content goes. */
export interface DueAct {
  id: number;
  number: string;
  /** Null for an act of a batch of submissions. */
  subject_id: number | null;
  destroyed_on: string;
  expires_on: string;
}

/**
 * Kept acts whose 3 years have run out before `today` (a Moscow calendar day), oldest first; the partial index finds
 * them. A term ends at the end of its last day (Civil Code arts. 192, 194): an act is kept through expires_on itself.
 */
export function dueActs(db: Db, today: string): DueAct[] {
  return cached(
    db,
    `SELECT id, number, subject_id, destroyed_on, expires_on FROM destruction_acts
     WHERE status = 'kept' AND expires_on < ? ORDER BY expires_on, id`,
  ).all(today) as DueAct[];
}

/**
 * Deletes an act's content and marks it expired, if it is still kept and due (another run may have been first):
 * false then. The number, dates, reason and categories stay as the register. The content's pages are overwritten
 * (secure_delete); the caller deletes the key and truncates the WAL.
 */
export function expireAct(db: Db, id: number, today: string): boolean {
  return (
    cached(
      db,
      `UPDATE destruction_acts SET content_enc = NULL, owner_key_id = NULL, status = 'expired'
       WHERE id = ? AND status = 'kept' AND expires_on < ?`,
    ).run(id, today).changes === 1
  );
}
