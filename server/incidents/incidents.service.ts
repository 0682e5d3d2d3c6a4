import {
  INCIDENT_TRANSITIONS,
  type DeadlineItem,
  type DeadlineKind,
  type Incident,
  type IncidentDetail,
  type IncidentNoticeKind,
  type IncidentStatus,
  type IncidentSubjectLink,
  type IncidentTransition,
} from '../contract/index.js';
import type { Db } from '../db/connection.js';
import { inWriteTransaction, requireTransaction } from '../db/groupCommit.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { ListQuery } from '../shared/listQuery.js';
import { badRequest, conflict, notFound } from '../shared/errors.js';
import type { DataKey, OwnerKeyring } from '../uploads/dataKeys.js';
import type { DeadlineService } from '../deadlines/deadlines.service.js';
import { can } from '../auth/permissions.js';
import { listNotices } from './incidentNotices.repo.js';
import { listEvidence } from './incidentEvidence.repo.js';
import {
  INCIDENT_OWNER,
  openWords,
  sealWord,
  toIncident,
  toSubjectLink,
  type IncidentWords,
} from './incidentRecord.js';
import { checkDetectedAt, checkSentAt, detectionYear, editedFacts, type FactChange } from './incidentRules.js';
import * as repo from './incidents.repo.js';
import type {
  CloseIncidentInput,
  EditIncidentInput,
  NotifyInput,
  OpenIncidentInput,
  ReportResultsInput,
} from './incidents.schema.js';

/**
 * What notify and report-results need of the notices (IncidentNoticeService): the printing that was sent, recorded
 * inside this transaction (printed first if nobody printed it). An interface, because the notices read the incident
 * through this service: the two are wired to each other in server/services.ts.
 */
export interface SentNoticeRecorder {
  markSentWithin(
    ctx: RequestContext,
    incidentId: number,
    kind: IncidentNoticeKind,
  ): { notice_id: number; sha256: string };
}

/** Which deadline item each notice fulfils. */
const NOTICE_ITEM: Record<IncidentNoticeKind, DeadlineKind> = {
  notice_24h: 'incident_notice_24h',
  results_72h: 'incident_results_72h',
};

const VERBS: Record<IncidentTransition, string> = {
  notify: 'notified',
  report_results: 'given its results',
  close: 'closed',
};

/**
 * The register of personal-data incidents (152-FZ art. 21 p.3.1) and its workflow: open → notified (the 24-hour notice
 * sent) → investigated (the 72-hour results sent) → closed. Each step is one audited action committed with its effects
 * (the deadline item it fulfils, the notice marked as sent) in one transaction, or not at all. The words staff type
 * are sealed under the incident's own key; the audit entries carry numbers, times, field names and ids, never words.
 */
export class IncidentService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly ownerKeys: OwnerKeyring,
    private readonly deadlines: DeadlineService,
    private readonly notices: SentNoticeRecorder,
    private readonly now: () => Date,
  ) {}

  list(q: ListQuery): { rows: Incident[]; total: number } {
    const { rows, total } = repo.listIncidents(this.db, q);
    return { rows: rows.map((r) => toIncident(r)), total };
  }

  /** Opening an incident is an audited read: it names who was exposed and who may have caused it. */
  view(ctx: RequestContext, id: number): Promise<IncidentDetail> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      this.audit.recordWithin(ctx, {
        action: 'incident.viewed',
        entityType: 'incident',
        entityId: id,
        details: { number: row.number },
      });
      return this.detail(row, ctx);
    });
  }

  /**
   * The incident with its words and linked subjects (names included), for a workflow that records its own audited
   * action on it (a notice printed): not audited here.
   */
  readForDocument(id: number): Incident & { subjects: IncidentSubjectLink[] } {
    const row = this.find(id);
    return { ...toIncident(row, this.words(row)), subjects: this.subjects(id, true) };
  }

  /** Opens an incident with its two clocks (24 and 72 hours from detection), assigned to whoever opened it. */
  open(ctx: RequestContext, input: OpenIncidentInput): Promise<IncidentDetail> {
    return inWriteTransaction(this.db, () => {
      const detectedAt = new Date(input.detected_at);
      checkDetectedAt(detectedAt, this.now());
      this.checkSourceFlag(input.source, input.source_flag_id ?? null);
      const assigneeId = ctx.actor.id;
      if (assigneeId === null) throw new Error('An incident is opened by a staff member: its clocks are theirs');
      const year = detectionYear(detectedAt);
      const seq = repo.takeNumber(this.db, year);
      const at = this.now().toISOString();
      const id = repo.insertIncident(this.db, {
        year,
        seq,
        number: `ИНЦ-${year}-${String(seq).padStart(3, '0')}`,
        detected_at: input.detected_at,
        source: input.source,
        source_flag_id: input.source_flag_id ?? null,
        categories: JSON.stringify(input.categories),
        subjects_estimated: input.subjects_estimated,
        subjects_confirmed: input.subjects_confirmed ?? null,
        health_data: input.health_data ? 1 : 0,
        created_at: at,
        created_by_login: ctx.actor.login,
      });
      const { id: keyId, key } = this.ownerKeys.ensureWithin(INCIDENT_OWNER, id, at);
      const texts = {
        description: input.description,
        systems: input.systems,
        containment: input.containment,
        responsible: input.responsible,
        presumed_causes: input.presumed_causes,
        harm: input.harm,
      };
      repo.setSealed(
        this.db,
        id,
        keyId,
        Object.fromEntries(
          Object.entries(texts).map(([f, v]) => [`${f}_enc`, v ? sealWord(key, id, f as repo.SealedField, v) : null]),
        ),
      );
      const items = (['incident_notice_24h', 'incident_results_72h'] as const).map(
        (kind) => this.deadlines.openHoursWithin(ctx, { kind, from: detectedAt, incidentId: id, assigneeId }).id,
      );
      const row = this.find(id);
      this.audit.recordWithin(ctx, {
        action: 'incident.opened',
        entityType: 'incident',
        entityId: id,
        details: {
          number: row.number,
          detected_at: row.detected_at,
          source: row.source,
          source_flag_id: row.source_flag_id,
          categories: input.categories,
          subjects_estimated: row.subjects_estimated,
          health_data: input.health_data,
          // Which words were given, never the words.
          fields: Object.entries(texts)
            .filter(([, v]) => v)
            .map(([f]) => f),
          deadline_ids: items,
        },
      });
      return this.detail(row, ctx);
    });
  }

  /**
   * Edits the facts if the caller saw the latest version. The moment of detection, which both clocks run from, is
   * corrected only while nothing was sent (the clocks are then counted again), and within its year (the number's).
   */
  edit(ctx: RequestContext, id: number, input: EditIncidentInput): Promise<IncidentDetail> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      if (row.status === 'closed') throw wrongState(row.status, 'A closed incident is not edited');
      if (row.version !== input.version) throw this.stale(row);
      const key = this.keyOf(row);
      const changes: FactChange = editedFacts(row, this.words(row), input);
      if (changes.fields.includes('detected_at')) {
        if (row.status !== 'open') {
          throw wrongState(row.status, 'The moment of detection is fixed once the 24-hour notice is sent');
        }
        const detectedAt = new Date(changes.facts.detected_at);
        checkDetectedAt(detectedAt, this.now());
        if (detectionYear(detectedAt) !== row.year) {
          throw badRequest(
            `The number ${row.number} is of ${row.year}: an incident detected in another year is opened again`,
            { detected_at: `A moment of ${row.year} (Moscow time)` },
            { detected_at: 'detected_at_range' },
          );
        }
      }
      if (changes.fields.includes('source') || changes.fields.includes('source_flag_id')) {
        this.checkSourceFlag(changes.facts.source, changes.facts.source_flag_id);
      }
      if (!changes.fields.length) return this.detail(row, ctx);
      const sealed = Object.fromEntries(
        Object.entries(changes.words).map(([f, v]) => [
          `${f}_enc`,
          v ? sealWord(key, id, f as repo.SealedField, v) : null,
        ]),
      );
      if (
        !repo.updateFactsIfVersion(this.db, id, row.version, { ...changes.facts, ...sealed }, this.now().toISOString())
      ) {
        throw this.stale(this.find(id));
      }
      const recounted = changes.fields.includes('detected_at')
        ? this.items(id).map(
            (item) => this.deadlines.recountHoursWithin(ctx, item.id, new Date(changes.facts.detected_at)).id,
          )
        : [];
      this.audit.recordWithin(ctx, {
        action: 'incident.updated',
        entityType: 'incident',
        entityId: id,
        details: {
          number: row.number,
          // The names of the fields changed, never their values.
          fields: changes.fields,
          ...(recounted.length ? { deadline_ids: recounted } : {}),
          version: row.version + 1,
        },
      });
      return this.detail(this.find(id), ctx);
    });
  }

  /**
   * Links subjects to the incident (idempotent: one already linked is left as it is). Each new link is its own audit
   * entry with that subject's id as the entry's subject, so that the person's history shows the incident.
   */
  linkSubjects(ctx: RequestContext, id: number, subjectIds: number[]): Promise<IncidentDetail> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      if (row.status === 'closed') throw wrongState(row.status, 'No subject is linked to a closed incident');
      const unique = [...new Set(subjectIds)];
      const known = repo.existingSubjects(this.db, unique);
      const missing = unique.filter((s) => !known.has(s));
      if (missing.length) {
        throw badRequest(
          `No subject with id ${missing.join(', ')}`,
          { subject_ids: `Unknown subject id: ${missing.join(', ')}` },
          { subject_ids: 'subject_missing' },
        );
      }
      const at = this.now().toISOString();
      const linked = unique.filter((s) => repo.linkSubject(this.db, id, s, at, ctx.actor.login));
      if (!linked.length) return this.detail(row, ctx);
      repo.touch(this.db, id, at);
      for (const subjectId of linked) {
        this.audit.recordWithin(ctx, {
          action: 'incident.subjects_linked',
          entityType: 'incident',
          entityId: id,
          subjectId,
          details: { incident_id: id, number: row.number },
        });
      }
      return this.detail(this.find(id), ctx);
    });
  }

  /** The 24-hour notice was sent through Roskomnadzor's portal: when, and the reference it gave. */
  notify(ctx: RequestContext, id: number, input: NotifyInput): Promise<IncidentDetail> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      this.guard(row, 'notify', input.version);
      checkSentAt(new Date(input.sent_at), row.detected_at, this.now());
      const sent = this.sentNoticeWithin(ctx, id, 'notice_24h');
      this.move(row, 'notify', { notice_24h_sent_at: input.sent_at, notice_24h_reference: input.reference });
      return this.recordSentWithin(ctx, row, 'notice_24h', input, sent);
    });
  }

  /** The 72-hour results of the internal investigation were sent: when, the reference, and what they said. */
  reportResults(ctx: RequestContext, id: number, input: ReportResultsInput): Promise<IncidentDetail> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      this.guard(row, 'report_results', input.version);
      checkSentAt(new Date(input.sent_at), row.notice_24h_sent_at ?? row.detected_at, this.now(), '24-hour notice');
      const key = this.keyOf(row);
      this.move(row, 'report_results', {
        results_72h_sent_at: input.sent_at,
        results_72h_reference: input.reference,
        results_enc: sealWord(key, id, 'results', input.results),
      });
      // After the move: the notice kept as sent must carry the results it reports.
      const sent = this.sentNoticeWithin(ctx, id, 'results_72h');
      return this.recordSentWithin(ctx, row, 'results_72h', input, sent);
    });
  }

  /** A notice went: its deadline item is met (or met late), and the step is audited with the printing that went. */
  private recordSentWithin(
    ctx: RequestContext,
    row: repo.IncidentRow,
    kind: IncidentNoticeKind,
    input: { sent_at: string; reference: string },
    sent: ReturnType<IncidentService['sentNoticeWithin']>,
  ): IncidentDetail {
    const item = this.fulfilWithin(ctx, row.id, kind, input.sent_at);
    this.audit.recordWithin(ctx, {
      action: kind === 'notice_24h' ? 'incident.notified' : 'incident.results_reported',
      entityType: 'incident',
      entityId: row.id,
      details: {
        number: row.number,
        sent_at: input.sent_at,
        reference: input.reference,
        deadline_id: item?.id ?? null,
        late: item ? item.state === 'closed_late' : null,
        ...sent,
        version: row.version + 1,
      },
    });
    return this.detail(this.find(row.id), ctx);
  }

  /** The incident is over: its root cause and the remediation, in words (sealed). */
  close(ctx: RequestContext, id: number, input: CloseIncidentInput): Promise<IncidentDetail> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      this.guard(row, 'close', input.version);
      const key = this.keyOf(row);
      const at = this.now().toISOString();
      this.move(row, 'close', {
        root_cause_enc: sealWord(key, id, 'root_cause', input.root_cause),
        remediation_enc: sealWord(key, id, 'remediation', input.remediation),
        closed_at: at,
      });
      this.audit.recordWithin(ctx, {
        action: 'incident.closed',
        entityType: 'incident',
        entityId: id,
        details: { number: row.number, closed_at: at, version: row.version + 1 },
      });
      return this.detail(this.find(id), ctx);
    });
  }

  // --- inside ---

  private find(id: number): repo.IncidentRow {
    const row = repo.findIncident(this.db, id);
    if (!row) throw notFound('Incident');
    return row;
  }

  /** The state machine's check, then the optimistic lock's: a refused step changes nothing. */
  private guard(row: repo.IncidentRow, transition: IncidentTransition, version: number | undefined): void {
    const allowed = INCIDENT_TRANSITIONS[transition].from as readonly IncidentStatus[];
    if (!allowed.includes(row.status)) {
      throw wrongState(row.status, `An incident that is ${row.status} cannot be ${VERBS[transition]}`, allowed);
    }
    if (version !== undefined && version !== row.version) throw this.stale(row);
  }

  private move(row: repo.IncidentRow, transition: IncidentTransition, set: repo.TransitionColumns): void {
    const rule = INCIDENT_TRANSITIONS[transition];
    if (!repo.transition(this.db, row.id, row.version, rule.from, rule.to, set, this.now().toISOString())) {
      throw this.stale(this.find(row.id));
    }
  }

  /** The printed notice recorded as the one sent (the notices' service prints it if nobody did). */
  private sentNoticeWithin(ctx: RequestContext, id: number, kind: IncidentNoticeKind) {
    requireTransaction(this.db, 'IncidentService.sentNoticeWithin');
    const sent = this.notices.markSentWithin(ctx, id, kind);
    return { notice_id: sent.notice_id, notice_sha256: sent.sha256 };
  }

  /** Closes the clock a notice fulfils at the moment it was sent; answers it as closed (on time or late). */
  private fulfilWithin(ctx: RequestContext, id: number, kind: IncidentNoticeKind, sentAt: string): DeadlineItem | null {
    const item = this.items(id).find((i) => i.kind === NOTICE_ITEM[kind] && i.closed_on === null);
    return item ? this.deadlines.closeAtWithin(ctx, item.id, new Date(sentAt)) : null;
  }

  private items(id: number): DeadlineItem[] {
    return this.deadlines.ofIncident(id).filter((i) => i.closed_on === null);
  }

  private checkSourceFlag(source: string, flagId: number | null): void {
    if (flagId === null) return;
    if (source !== 'audit_flag') {
      throw badRequest(
        'A flag of the audit review is named only when the incident came from one',
        { source_flag_id: 'Only with the source audit_flag' },
        { source_flag_id: 'custom' },
      );
    }
    if (!repo.auditFlagExists(this.db, flagId)) {
      throw badRequest(
        'No such audit flag',
        { source_flag_id: `No audit flag ${flagId}` },
        { source_flag_id: 'not_found' },
      );
    }
  }

  /** The incident's key, which its words are sealed under. */
  private keyOf(row: repo.IncidentRow): DataKey {
    const key = row.owner_key_id === null ? null : this.ownerKeys.find(row.owner_key_id);
    // Incidents are never destroyed (the register keeps them): a missing key is a broken database, not a state.
    if (!key) throw new Error(`Incident ${row.id} has no data key`);
    return key;
  }

  private words(row: repo.IncidentRow): IncidentWords {
    return openWords(row, row.owner_key_id === null ? null : this.ownerKeys.find(row.owner_key_id));
  }

  private subjects(id: number, withNames: boolean): IncidentSubjectLink[] {
    return repo.linkedSubjects(this.db, id).map((s) => toSubjectLink(s, withNames));
  }

  /** The incident's page. Names of the linked subjects only for a viewer who may open subjects (not the admin). */
  private detail(row: repo.IncidentRow, ctx: RequestContext): IncidentDetail {
    return {
      ...toIncident(row, this.words(row)),
      subjects: this.subjects(row.id, can(ctx.actor.role, 'subjects.show')),
      deadlines: this.deadlines.ofIncident(row.id),
      notices: listNotices(this.db, row.id),
      evidence: listEvidence(this.db, row.id),
    };
  }

  private stale(row: repo.IncidentRow) {
    return conflict('The incident was changed by someone else; here is its current state', 'version_conflict', {
      current: toIncident(row),
    });
  }
}

function wrongState(status: IncidentStatus, message: string, allowedFrom?: readonly IncidentStatus[]) {
  return conflict(message, 'wrong_state', { status, ...(allowedFrom ? { allowed_from: allowedFrom } : {}) });
}
