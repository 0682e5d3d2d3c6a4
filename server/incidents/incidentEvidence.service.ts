import crypto from 'node:crypto';
import {
  INCIDENT_EVIDENCE_ATTACH_MAX,
  INCIDENT_EVIDENCE_LIST_MAX,
  type AuditAction,
  type Checkpoint,
  type IncidentEvidence,
  type IncidentEvidenceEntry,
} from '../contract/index.js';
import type { Db } from '../db/connection.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { RequestContext } from '../shared/requestContext.js';
import { inWriteTransaction } from '../db/groupCommit.js';
import { badRequest, notFound } from '../shared/errors.js';
import { findStaffById } from '../staff/staff.repo.js';
import { findCheckpoint, lastCheckpoint } from '../checkpoints/checkpoints.repo.js';
import type { IncidentDocumentSource } from './incidentNotices.service.js';
import type { EvidenceWindowInput } from './incidentDocuments.schema.js';
import * as repo from './incidentEvidence.repo.js';

/**
 * The entries of a linked subject that could explain a leak: each is someone reading, revealing, exporting, printing
 * or downloading that subject's data (or its trace in the log). Writes (a correction, a consent recorded) are left
 * out: they change the data, they do not let it out. An entry of the chosen staff member is listed whatever it is.
 * - read: subject.viewed, submission.viewed, letter.viewed, reply.viewed, disclosure.viewed, destruction.viewed,
 *   destruction_act.viewed, audit_log.viewed (an opened entry decrypts its personal part)
 * - reveal: subject.medical_viewed
 * - export: subject.access_report (the report of everything held), disclosure.made (data handed to an authority)
 * - print: reply.printed, destruction_act.printed
 * - download: attachment.downloaded, letter.attachment_downloaded, disclosure.attachment_downloaded
 * Bulk exports (marketing_list.exported, audit_log.exported) name no subject in the log: choose their author as the
 * staff member to list them.
 */
export const EVIDENCE_ACTIONS: readonly AuditAction[] = [
  'subject.viewed',
  'submission.viewed',
  'letter.viewed',
  'reply.viewed',
  'disclosure.viewed',
  'destruction.viewed',
  'destruction_act.viewed',
  'audit_log.viewed',
  'subject.medical_viewed',
  'subject.access_report',
  'disclosure.made',
  'reply.printed',
  'destruction_act.printed',
  'attachment.downloaded',
  'letter.attachment_downloaded',
  'disclosure.attachment_downloaded',
];

/** Without a start, the list looks this far back before the detection (a leak is found after it happened). */
const DEFAULT_LOOKBACK_DAYS = 30;

/** The hash that seals an attached list: SHA-256 over the entries' chain hashes in id order, one per line. */
export const entriesSha256 = (entries: readonly Pick<IncidentEvidenceEntry, 'hash'>[]) =>
  crypto
    .createHash('sha256')
    .update(entries.map((e) => e.hash).join('\n'), 'utf8')
    .digest('hex');

interface Window {
  from: string;
  to: string;
  actor: { id: number; login: string } | null;
}

export interface AttachedEvidenceFile {
  evidence: IncidentEvidence;
  entries: IncidentEvidenceEntry[];
  checkpoint: Checkpoint | null;
}

/**
 * What the log already knows about an incident (issue 14 §3): the entries of the linked subjects and of a chosen
 * staff member in a window, listed, exported (with a typed reason) and attached as frozen evidence with the hashes
 * that prove it against the chain and the signed checkpoint covering it. Each use is audited; none decrypts an
 * entry's details, and nothing stored here is a subject's personal value (ids, actions and hashes only).
 */
export class IncidentEvidenceService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly incidents: () => IncidentDocumentSource,
    private readonly now: () => Date,
  ) {}

  list(
    ctx: RequestContext,
    incidentId: number,
    input: EvidenceWindowInput,
  ): Promise<{ entries: IncidentEvidenceEntry[]; total: number; truncated: boolean }> {
    return inWriteTransaction(this.db, () => {
      const { criteria, window } = this.criteria(incidentId, input);
      const entries = repo.evidenceEntries(this.db, criteria, INCIDENT_EVIDENCE_LIST_MAX);
      const total =
        entries.length < INCIDENT_EVIDENCE_LIST_MAX ? entries.length : repo.countEvidenceEntries(this.db, criteria);
      this.audit.recordWithin(ctx, {
        action: 'incident.evidence_listed',
        entityType: 'incident',
        entityId: incidentId,
        details: { ...windowDetails(window), subjects: criteria.subjectIds.length, count: entries.length, total },
      });
      return { entries, total, truncated: total > entries.length };
    });
  }

  /** The whole list for a CSV export, audited with the typed reason and the row count before the first byte goes. */
  exportList(
    ctx: RequestContext,
    incidentId: number,
    input: EvidenceWindowInput,
    reason: string,
  ): Promise<IncidentEvidenceEntry[]> {
    return inWriteTransaction(this.db, () => {
      const { criteria, window } = this.criteria(incidentId, input);
      const entries = this.wholeList(criteria);
      this.audit.recordWithin(ctx, {
        action: 'incident.evidence_exported',
        entityType: 'incident',
        entityId: incidentId,
        details: { ...windowDetails(window), rows: entries.length, reason },
      });
      return entries;
    });
  }

  /** Freezes the list: its entries, their hash, the checkpoint that covers the last one. */
  attach(ctx: RequestContext, incidentId: number, input: EvidenceWindowInput): Promise<IncidentEvidence> {
    return inWriteTransaction(this.db, () => {
      const { criteria, window } = this.criteria(incidentId, input);
      const entries = this.wholeList(criteria);
      const lastId = entries.at(-1)?.id ?? null;
      // The latest checkpoint, if it reaches the last entry: the one an auditor checks the list against.
      const latest = lastCheckpoint(this.db);
      const checkpoint = latest && (lastId === null || latest.audit_id >= lastId) ? latest : null;
      const evidence: Omit<IncidentEvidence, 'id'> = {
        window_from: window.from,
        window_to: window.to,
        actor_id: window.actor?.id ?? null,
        actor_login: window.actor?.login ?? null,
        entries: entries.length,
        first_audit_id: entries[0]?.id ?? null,
        last_audit_id: lastId,
        entries_sha256: entriesSha256(entries),
        checkpoint_id: checkpoint?.id ?? null,
        attached_at: this.now().toISOString(),
        attached_by_login: ctx.actor.login,
      };
      const id = repo.insertEvidence(this.db, { ...evidence, incident_id: incidentId, attached_by: ctx.actor.id });
      repo.insertEvidenceEntries(this.db, id, entries);
      this.audit.recordWithin(ctx, {
        action: 'incident.evidence_attached',
        entityType: 'incident',
        entityId: incidentId,
        details: {
          evidence_id: id,
          ...windowDetails(window),
          entries: entries.length,
          first_audit_id: evidence.first_audit_id,
          last_audit_id: lastId,
          entries_sha256: evidence.entries_sha256,
          checkpoint_id: evidence.checkpoint_id,
        },
      });
      return { id, ...evidence };
    });
  }

  /** An attached list as its download carries it; the download is an export of the evidence, audited as one. */
  attached(ctx: RequestContext, incidentId: number, evidenceId: number): Promise<AttachedEvidenceFile> {
    return inWriteTransaction(this.db, () => {
      this.incidents().readForDocument(incidentId);
      const evidence = repo.findEvidence(this.db, incidentId, evidenceId);
      if (!evidence) throw notFound('Evidence');
      const entries = repo.attachedEntries(this.db, evidenceId);
      const checkpoint =
        evidence.checkpoint_id === null ? null : (findCheckpoint(this.db, evidence.checkpoint_id) ?? null);
      this.audit.recordWithin(ctx, {
        action: 'incident.evidence_exported',
        entityType: 'incident',
        entityId: incidentId,
        details: { evidence_id: evidenceId, rows: entries.length, entries_sha256: evidence.entries_sha256 },
      });
      return { evidence, entries, checkpoint };
    });
  }

  // --- inside ---

  private criteria(incidentId: number, input: EvidenceWindowInput) {
    const incident = this.incidents().readForDocument(incidentId);
    const to = input.to ?? this.now().toISOString();
    const from =
      input.from ?? new Date(Date.parse(incident.detected_at) - DEFAULT_LOOKBACK_DAYS * 86_400_000).toISOString();
    if (from > to) {
      throw badRequest(
        'The window ends before it starts',
        { to: 'Expected a moment after the start' },
        { to: 'too_small' },
      );
    }
    let actor: Window['actor'] = null;
    if (input.actor_id !== undefined) {
      const staff = findStaffById(this.db, input.actor_id);
      if (!staff)
        throw badRequest(
          'No staff member has this id',
          { actor_id: 'Unknown staff member' },
          { actor_id: 'invalid_value' },
        );
      actor = { id: staff.id, login: staff.login };
    }
    const window: Window = { from, to, actor };
    const criteria: repo.EvidenceCriteria = {
      from,
      to,
      subjectIds: incident.subjects.map((s) => s.subject_id),
      actions: EVIDENCE_ACTIONS,
      actor,
    };
    return { criteria, window };
  }

  private wholeList(criteria: repo.EvidenceCriteria): IncidentEvidenceEntry[] {
    const entries = repo.evidenceEntries(this.db, criteria, INCIDENT_EVIDENCE_ATTACH_MAX + 1);
    if (entries.length > INCIDENT_EVIDENCE_ATTACH_MAX) {
      throw badRequest(
        `More than ${INCIDENT_EVIDENCE_ATTACH_MAX} entries: narrow the window`,
        { from: `Narrow the window (at most ${INCIDENT_EVIDENCE_ATTACH_MAX} entries)` },
        { from: 'too_big' },
      );
    }
    return entries;
  }
}

const windowDetails = (w: Window) => ({
  from: w.from,
  to: w.to,
  actor_id: w.actor?.id ?? null,
  actor_login: w.actor?.login ?? null,
});
