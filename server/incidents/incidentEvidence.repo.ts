import type { Db } from '../db/connection.js';
import type { IncidentEvidence, IncidentEvidenceEntry } from '../contract/index.js';
import { cached } from '../db/statementCache.js';

/** Which entries a search for evidence selects: the window is inclusive at both ends (ISO instants). */
export interface EvidenceCriteria {
  from: string;
  to: string;
  /** The linked subjects; their entries count when their action is one of `actions`. */
  subjectIds: readonly number[];
  actions: readonly string[];
  /** The chosen staff member (id and login: the log's index is by login), whose every action counts. */
  actor: { id: number; login: string } | null;
}

const ENTRY_COLUMNS = `id, at, actor_login, actor_role, action, entity_type, entity_id, subject_id, ip, hash,
  prev_hash`;

// The subjects' part reads the index (subject_id, id) per linked subject, the actor's part the index
// (actor_login, at); an entry that is both is listed once, as the subject's. The subjects' index is named: left to
// itself the planner may take (action, at), which walks every view of every subject by all staff in the window,
// where a few subjects' histories are short.
const SUBJECT_PART = `SELECT ${ENTRY_COLUMNS}, 'linked_subject' AS reason FROM audit_log INDEXED BY audit_by_subject
  WHERE subject_id IN (SELECT value FROM json_each(@subjects)) AND action IN (SELECT value FROM json_each(@actions))
    AND at >= @from AND at <= @to`;
const ACTOR_PART = `SELECT ${ENTRY_COLUMNS}, 'actor' AS reason FROM audit_log INDEXED BY audit_by_actor
  WHERE actor_login = @login AND actor_id = @actor AND at >= @from AND at <= @to
    AND coalesce(subject_id IN (SELECT value FROM json_each(@subjects))
      AND action IN (SELECT value FROM json_each(@actions)), 0) = 0`;

const matching = (c: EvidenceCriteria) => (c.actor ? `${SUBJECT_PART} UNION ALL ${ACTOR_PART}` : SUBJECT_PART);

const params = (c: EvidenceCriteria) => ({
  from: c.from,
  to: c.to,
  subjects: JSON.stringify(c.subjectIds),
  actions: JSON.stringify(c.actions),
  ...(c.actor ? { login: c.actor.login, actor: c.actor.id } : {}),
});

/** The matching entries in id order, at most `limit` of them. */
export function evidenceEntries(db: Db, c: EvidenceCriteria, limit: number): IncidentEvidenceEntry[] {
  return cached(db, `SELECT * FROM (${matching(c)}) ORDER BY id LIMIT @limit`).all({
    ...params(c),
    limit,
  }) as IncidentEvidenceEntry[];
}

export function countEvidenceEntries(db: Db, c: EvidenceCriteria): number {
  return cached(db, `SELECT count(*) FROM (${matching(c)})`)
    .pluck()
    .get(params(c)) as number;
}

// --- attached evidence ---

const EVIDENCE_COLUMNS = `e.id, e.window_from, e.window_to, e.actor_id, e.actor_login, e.entries, e.first_audit_id,
  e.last_audit_id, e.entries_sha256, e.checkpoint_id, e.attached_at, e.attached_by_login`;

/** The evidence attached to an incident, newest first. */
export function listEvidence(db: Db, incidentId: number): IncidentEvidence[] {
  return cached(
    db,
    `SELECT ${EVIDENCE_COLUMNS} FROM incident_evidence e WHERE e.incident_id = ? ORDER BY e.id DESC`,
  ).all(incidentId) as IncidentEvidence[];
}

export function findEvidence(db: Db, incidentId: number, evidenceId: number): IncidentEvidence | undefined {
  return cached(db, `SELECT ${EVIDENCE_COLUMNS} FROM incident_evidence e WHERE e.incident_id = ? AND e.id = ?`).get(
    incidentId,
    evidenceId,
  ) as IncidentEvidence | undefined;
}

export function insertEvidence(
  db: Db,
  row: Omit<IncidentEvidence, 'id'> & { incident_id: number; attached_by: number | null },
): number {
  return Number(
    cached(
      db,
      `INSERT INTO incident_evidence (incident_id, window_from, window_to, actor_id, actor_login, entries,
         first_audit_id, last_audit_id, entries_sha256, checkpoint_id, attached_at, attached_by, attached_by_login)
       VALUES (@incident_id, @window_from, @window_to, @actor_id, @actor_login, @entries, @first_audit_id,
         @last_audit_id, @entries_sha256, @checkpoint_id, @attached_at, @attached_by, @attached_by_login)`,
    ).run(row).lastInsertRowid,
  );
}

export function insertEvidenceEntries(
  db: Db,
  evidenceId: number,
  entries: readonly Pick<IncidentEvidenceEntry, 'id' | 'reason'>[],
): void {
  const insert = cached(db, 'INSERT INTO incident_evidence_entries (evidence_id, audit_id, reason) VALUES (?, ?, ?)');
  for (const e of entries) insert.run(evidenceId, e.id, e.reason);
}

/** The entries of an attached list as the log holds them (append-only: as they were when attached), in id order. */
export function attachedEntries(db: Db, evidenceId: number): IncidentEvidenceEntry[] {
  return cached(
    db,
    `SELECT l.id, l.at, l.actor_login, l.actor_role, l.action, l.entity_type, l.entity_id, l.subject_id, l.ip,
       l.hash, l.prev_hash, x.reason
     FROM incident_evidence_entries x JOIN audit_log l ON l.id = x.audit_id
     WHERE x.evidence_id = ? ORDER BY x.audit_id`,
  ).all(evidenceId) as IncidentEvidenceEntry[];
}
