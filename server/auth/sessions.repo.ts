import type { Db } from '../db/connection.js';
// Prepared once per connection: these run on every request.
import { cached } from '../db/statementCache.js';

export interface SessionRow {
  token_hash: string;
  staff_id: number;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
}

export interface SessionWithStaff extends SessionRow {
  login: string;
  full_name: string;
  role: string;
  active: number;
  must_change_password: number;
}

export function insertSession(db: Db, s: SessionRow & { ip: string | null; user_agent: string | null }): void {
  cached(
    db,
    `INSERT INTO sessions (token_hash, staff_id, csrf_token, created_at, last_seen_at, ip, user_agent)
     VALUES (@token_hash, @staff_id, @csrf_token, @created_at, @last_seen_at, @ip, @user_agent)`,
  ).run(s);
}

export function findSession(db: Db, tokenHash: string): SessionWithStaff | undefined {
  return cached(
    db,
    `SELECT s.token_hash, s.staff_id, s.csrf_token, s.created_at, s.last_seen_at,
              st.login, st.full_name, st.role, st.active, st.must_change_password
       FROM sessions s JOIN staff st ON st.id = s.staff_id WHERE s.token_hash = ?`,
  ).get(tokenHash) as SessionWithStaff | undefined;
}

export function touchSession(db: Db, tokenHash: string, at: number): void {
  cached(db, 'UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(at, tokenHash);
}

export function deleteSession(db: Db, tokenHash: string): void {
  cached(db, 'DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
}

export function deleteSessionsOf(db: Db, staffId: number, exceptTokenHash: string | null = null): number {
  return cached(db, 'DELETE FROM sessions WHERE staff_id = ? AND token_hash IS NOT ?').run(staffId, exceptTokenHash)
    .changes;
}

export function deleteExpiredSessions(db: Db, idleBefore: number, createdBefore: number): number {
  return cached(db, 'DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?').run(idleBefore, createdBefore)
    .changes;
}
