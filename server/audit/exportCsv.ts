import { PERSONAL_FIELD } from './auditWriter.js';

/** The people's columns: what a reader of the log needs, in the clinic's time; the hash to match against the JSONL. */
export const AUDIT_CSV_HEADER = [
  'id',
  'time_msk',
  'actor_login',
  'actor_role',
  'action',
  'entity',
  'subject_id',
  'request_id',
  'ip',
  'details',
  'hash',
] as const;

/** One record's cells in column order (what the CSV writer, server/http/csv.ts, takes as a row). */
export type CsvRecord = readonly unknown[];

const MOSCOW_MS = 3 * 3_600_000; // Moscow keeps UTC+3 all year (no daylight saving since 2014)

/** One raw row of csvEntries (id, at, actor_login, actor_role, action, entity_type, entity_id, …) as a CSV record. */
export function csvRecord(row: unknown[]): CsvRecord {
  const [id, at, actorLogin, actorRole, action, entityType, entityId, subjectId, requestId, ip, details, hash] = row;
  return [
    id,
    moscowTime(at as string),
    actorLogin,
    actorRole,
    action,
    entityType == null ? null : entityId == null ? entityType : `${String(entityType)} ${String(entityId)}`,
    subjectId,
    requestId,
    ip,
    clearDetails(details as string | null),
    hash,
  ];
}

/** "2026-12-02 04:15:09" in Moscow time; a value that is no instant is left as stored. */
function moscowTime(at: string): string {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? at : new Date(ms + MOSCOW_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * The clear part of the details, as JSON: the list's data minimisation holds here too. The sealed personal part is
 * never decrypted by an export; the cell says only that there is one.
 */
function clearDetails(details: string | null): string | null {
  if (details === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return details;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return details;
  const { [PERSONAL_FIELD]: sealed, ...clear } = parsed as Record<string, unknown>;
  return JSON.stringify(sealed === undefined ? clear : { ...clear, personal: 'sealed' });
}
