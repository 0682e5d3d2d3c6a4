import type { Db } from '../db/connection.js';
import type { DestructionCandidateKind } from '../contract/index.js';
import type { ListQuery } from '../shared/listQuery.js';
import { listRows, type ListSql, type SqlFragment } from '../db/listSql.js';
import { CLINIC_SQL_MODIFIER } from '../shared/clinicDate.js';

/** A candidate as the query yields it; the service adds days_since (it depends on the service's clock). */
export interface CandidateRow {
  id: string;
  kind: DestructionCandidateKind;
  subject_id: number | null;
  submission_id: number | null;
  channel: string | null;
  purpose_ended_on: string;
  open_destruction_id: number | null;
  open_submission_destruction_id: number | null;
}

/** One candidate named by its kind and record (subject for a lead, submission for a rejection). */
export interface CandidateKey {
  kind: DestructionCandidateKind;
  recordId: number;
}

/**
 * A website lead that never became anything more (152-FZ art. 21 p.4, purpose achieved): a subject created from a
 * callback or chat submission (`sub`, status 'created') with no other trace since:
 * - status active or blocked (never destroyed);
 * - version 1, as created: every correction, block and unblock adds one — except version 2 while blocked by its
 *   own open destruction proposal, which must stay listed to show open_destruction_id (a rejected proposal leaves
 *   it blocked at version 2 without one: a person decided on it, so it is not listed again);
 * - no medical information, no other submission (linked later), no letter, no reply, no disclosure, no attachment
 *   sealed under its key, and no consent but the active ones carried from that submission (a paper consent or any
 *   withdrawal is an interaction).
 * Every condition is a lookup by the subject's id in an index of its own table, so a row costs a few probes.
 */
const LEADS = `
  SELECT 'lead_without_interaction' AS kind, subj.id AS record_id, 'lead_without_interaction:' || subj.id AS id,
    subj.id AS subject_id, sub.id AS submission_id, sub.service AS channel, sub.decided_at AS ended_at,
    date(sub.decided_at, ${CLINIC_SQL_MODIFIER}) AS purpose_ended_on,
    (SELECT d.id FROM destructions d WHERE d.subject_id = subj.id AND d.status = 'proposed') AS open_destruction_id,
    NULL AS open_submission_destruction_id
  FROM submissions sub JOIN subjects subj ON subj.id = sub.subject_id
  WHERE sub.status = 'created' AND sub.service IN ('callback', 'chat') AND sub.wrapped_key <> X''
    AND subj.status IN ('active', 'blocked') AND subj.medical_info_enc IS NULL
    AND (subj.version = 1 OR (subj.version = 2 AND subj.status = 'blocked' AND EXISTS
      (SELECT 1 FROM destructions d WHERE d.subject_id = subj.id AND d.status = 'proposed')))
    AND NOT EXISTS (SELECT 1 FROM submissions o WHERE o.subject_id = subj.id AND o.id <> sub.id)
    AND NOT EXISTS (SELECT 1 FROM letters l WHERE l.subject_id = subj.id)
    AND NOT EXISTS (SELECT 1 FROM replies r WHERE r.subject_id = subj.id)
    AND NOT EXISTS (SELECT 1 FROM disclosure_subjects ds WHERE ds.subject_id = subj.id)
    AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.subject_id = subj.id)
    AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.subject_id = subj.id
      AND (c.submission_id IS NOT sub.id OR c.status <> 'active'))`;

/**
 * A submission rejected in review: never anyone's subject, its payload (name, contacts, sealed message, IP, user
 * agent) still stored. An erased payload has an empty wrapped key, as eraseSubmissionsOf leaves it.
 */
const REJECTIONS = `
  SELECT 'rejected_submission', sub.id, 'rejected_submission:' || sub.id, NULL, sub.id, sub.service, sub.decided_at,
    date(sub.decided_at, ${CLINIC_SQL_MODIFIER}), NULL,
    (SELECT b.id FROM submission_destruction_items i JOIN submission_destructions b ON b.id = i.batch_id
     WHERE i.submission_id = sub.id AND b.status = 'proposed')
  FROM submissions sub
  WHERE sub.status = 'rejected' AND sub.wrapped_key <> X'' AND sub.subject_id IS NULL`;

/**
 * A destroyed subject whose last destruction retained categories (medical records under 323-FZ, correspondence under
 * the archive rules) that are all past their term: what was kept must go in its turn. Found from the executed
 * destructions (their status index), not the subjects, which have no index on status. The purpose ends when the
 * last retained term does, at the end of its day (Moscow).
 */
const RETENTIONS = `
  SELECT 'retention_ended', d.subject_id, 'retention_ended:' || d.subject_id, d.subject_id, NULL, NULL,
    strftime('%Y-%m-%dT%H:%M:%fZ', r.until, '+1 day', '-3 hours'), r.until,
    (SELECT o.id FROM destructions o WHERE o.subject_id = d.subject_id AND o.status = 'proposed'), NULL
  FROM destructions d
  JOIN (SELECT dd.id, max(json_extract(p.value, '$.retain_until')) AS until FROM destructions dd, json_each(dd.plan) p
        WHERE dd.status = 'executed' AND json_extract(p.value, '$.action') = 'retain' GROUP BY dd.id) r ON r.id = d.id
  WHERE d.status = 'executed'
    AND d.id = (SELECT max(l.id) FROM destructions l WHERE l.subject_id = d.subject_id AND l.status = 'executed')`;

/**
 * Candidates are derived, not stored: they are computed at read time from what the subjects and submissions hold
 * now, so a lead that gets a letter leaves the list at once and there is nothing to keep in step. SQLite pushes the
 * list's WHERE (kind, the decision's instant) into each arm of the UNION ALL, where the partial indexes of
 * migration 013 give the arms' rows in decision order.
 */
const listSql: ListSql = {
  from: `(${LEADS} UNION ALL ${REJECTIONS} UNION ALL ${RETENTIONS}) AS candidates`,
  columns: `id, kind, subject_id, submission_id, channel, purpose_ended_on, open_destruction_id,
    open_submission_destruction_id`,
  orderBy: {
    purpose_ended_on: 'ended_at',
    // More days since the purpose ended is an earlier instant; the clock does not change that order.
    days_since: '-julianday(ended_at)',
    id: 'kind, record_id',
  },
  where: {
    id: (keys: CandidateKey[]) => byKeys(keys),
    kind: (kind: DestructionCandidateKind) => ({ sql: 'kind = ?', params: [kind] }),
    ended_before: (instant: string) => ({ sql: 'ended_at < ?', params: [instant] }),
  },
};

export function listCandidates(db: Db, q: ListQuery) {
  return listRows<CandidateRow>(db, listSql, q);
}

function byKeys(keys: CandidateKey[]): SqlFragment {
  if (!keys.length) return { sql: '0', params: [] };
  return {
    sql: keys.map(() => '(kind = ? AND record_id = ?)').join(' OR '),
    params: keys.flatMap((k) => [k.kind, k.recordId]),
  };
}
