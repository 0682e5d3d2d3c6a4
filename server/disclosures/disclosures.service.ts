import {
  DISCLOSURE_EARLIEST_DAY,
  DISCLOSURE_TRANSITIONS,
  ROSKOMNADZOR_TERM_WORKING_DAYS,
  type Disclosure,
  type DisclosureCategory,
  type DisclosureDetail,
  type DisclosureStatus,
  type DisclosureTransition,
  type DeadlineState,
} from '../contract/index.js';
import type { Db } from '../db/connection.js';
import { inWriteTransaction, requireTransaction } from '../db/groupCommit.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import { loadWorkingCalendar } from '../calendar/calendar.repo.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { ListQuery } from '../shared/listQuery.js';
import { AppError, badRequest, conflict, notFound } from '../shared/errors.js';
import { clinicDay } from '../shared/clinicDate.js';
import type { DataKey, OwnerKeyring } from '../uploads/dataKeys.js';
import type { KeyChoice } from '../uploads/uploads.service.js';
import type { DeadlineService } from '../deadlines/deadlines.service.js';
import type { StateClock } from '../deadlines/deadlines.repo.js';
import { citesMedicalSecrecyException } from './disclosureRules.js';
import * as repo from './disclosures.repo.js';
import type { ApproveInput, DiscloseInput, RefuseInput, RegisterDisclosureInput } from './disclosures.schema.js';

/** The owner type of a request's key and attachments (owner_keys, attachments). */
export const DISCLOSURE_OWNER = 'disclosure';

const formatDay = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

/** The states in which the authority still waits for an answer. */
const OPEN_STATUSES: readonly DisclosureStatus[] = ['registered', 'approved'];

const VERBS: Record<DisclosureTransition, string> = {
  approve: 'approved',
  refuse: 'refused',
  disclose: 'disclosed',
};

/**
 * The register of requests from authorities and their workflow: registration (an operator), the decision (the
 * compliance officer, never the one who registered), the disclosure (an operator). Each step is one audited action in
 * one transaction. Sealed under the request's own key (OwnerKeyring, owner 'disclosure'), not a subject's: a request
 * may name several people, and the comment and "what was given" may describe any of them; one key per request lets
 * the destruction of the request (or of everyone it names) shred them and its files at once. The audit log gets ids,
 * categories and the authority's references only.
 */
export class DisclosureService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly ownerKeys: OwnerKeyring,
    private readonly deadlines: DeadlineService,
    private readonly now: () => Date,
  ) {}

  list(q: ListQuery): { rows: Disclosure[]; total: number } {
    const clock = this.deadlines.stateClock();
    const { rows, total } = repo.listDisclosures(this.db, q);
    return { rows: rows.map((r) => toRecord(r, clock)), total };
  }

  /** Opening a request is an audited read: it names people and may say what was given about them. */
  view(ctx: RequestContext, id: number): Promise<DisclosureDetail> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      this.audit.recordWithin(ctx, {
        action: 'disclosure.viewed',
        entityType: 'disclosure',
        entityId: id,
        details: { document_number: row.document_number, status: row.status },
      });
      return this.detail(row);
    });
  }

  /** The owner and key of the request's attachments (the upload router's lookup): the request's own key. */
  attachmentOwner(id: number): { id: number; key: KeyChoice } {
    this.find(id);
    return { id, key: { kind: 'owner' } };
  }

  register(ctx: RequestContext, input: RegisterDisclosureInput): Promise<DisclosureDetail> {
    return inWriteTransaction(this.db, () => this.registerWithin(ctx, input));
  }

  /**
   * Registers a request inside the caller's transaction. Roskomnadzor's term, when its request sets none, is counted
   * on the production calendar as the deadlines count theirs (152-FZ art. 20 p.4: 10 working days).
   */
  registerWithin(ctx: RequestContext, input: RegisterDisclosureInput): DisclosureDetail {
    requireTransaction(this.db, 'DisclosureService.registerWithin');
    const staffId = this.staffId(ctx);
    this.checkDays(input);
    this.checkSubjects(input.subject_ids);
    const computed = input.due_on === null && input.body_type === 'roskomnadzor';
    const dueOn = computed
      ? loadWorkingCalendar(this.db).addWorkingDays(input.received_on, ROSKOMNADZOR_TERM_WORKING_DAYS).date
      : input.due_on;
    const at = this.now().toISOString();
    const id = repo.insertDisclosure(
      this.db,
      {
        body_type: input.body_type,
        body_name: input.body_name,
        official: input.official,
        document_number: input.document_number,
        document_date: input.document_date,
        legal_basis: input.legal_basis,
        case_number: input.case_number,
        received_on: input.received_on,
        due_on: dueOn,
        due_on_computed: computed ? 1 : 0,
        categories_requested: JSON.stringify(input.categories_requested),
        registered_by: staffId,
        registered_by_login: ctx.actor.login,
        registered_at: at,
      },
      input.subject_ids,
    );
    repo.setOwnerKey(this.db, id, this.ownerKeys.ensureWithin(DISCLOSURE_OWNER, id, at).id);
    this.audit.recordWithin(ctx, {
      action: 'disclosure.registered',
      entityType: 'disclosure',
      entityId: id,
      details: {
        body_type: input.body_type,
        document_number: input.document_number,
        document_date: input.document_date,
        received_on: input.received_on,
        due_on: dueOn,
        subject_ids: input.subject_ids,
        categories_requested: input.categories_requested,
      },
    });
    return this.detail(this.find(id));
  }

  /**
   * The compliance officer allows what may be given: some or all of the categories asked for. Medical information
   * only on a basis of 323-FZ art. 13 p.4 (medical secrecy); never by the one who registered the request.
   */
  approve(ctx: RequestContext, id: number, input: ApproveInput): Promise<DisclosureDetail> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      this.guard(row, 'approve', input.version);
      const deciderId = this.checkFourEyes(ctx, row);
      const requested = JSON.parse(row.categories_requested) as DisclosureCategory[];
      const extra = input.categories.filter((c) => !requested.includes(c));
      if (extra.length) {
        throw badRequest(
          `Not asked for by the request: ${extra.join(', ')}`,
          { categories: `Only the categories requested: ${requested.join(', ')}` },
          { categories: 'category_not_requested' },
        );
      }
      if (input.categories.includes('medical') && !citesMedicalSecrecyException(row.legal_basis)) {
        throw new AppError(
          400,
          'Medical information is given without the patient’s consent only on a basis of 323-FZ art. 13 p.4',
          'medical_basis_required',
          {
            errors: { categories: 'The request’s legal basis does not cite 323-FZ art. 13 p.4' },
            codes: { categories: 'medical_basis_required' },
          },
        );
      }
      // In the request's order, whatever order they were ticked in.
      const approved = requested.filter((c) => input.categories.includes(c));
      const at = this.now().toISOString();
      this.move(row, 'approve', {
        categories_approved: JSON.stringify(approved),
        decided_by: deciderId,
        decided_by_login: ctx.actor.login,
        decided_at: at,
        decision_comment_enc: input.comment ? this.seal(row, input.comment, commentAad(id)) : null,
      });
      this.audit.recordWithin(ctx, {
        action: 'disclosure.approved',
        entityType: 'disclosure',
        entityId: id,
        details: {
          document_number: row.document_number,
          subject_ids: subjectIdsOf(row),
          categories_requested: requested,
          categories_approved: approved,
          has_comment: !!input.comment,
          version: row.version + 1,
        },
      });
      return this.detail(this.find(id));
    });
  }

  /** The compliance officer refuses, with the reason (sealed: it may speak of the person); never the registrar. */
  refuse(ctx: RequestContext, id: number, input: RefuseInput): Promise<DisclosureDetail> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      this.guard(row, 'refuse', input.version);
      const deciderId = this.checkFourEyes(ctx, row);
      this.move(row, 'refuse', {
        decided_by: deciderId,
        decided_by_login: ctx.actor.login,
        decided_at: this.now().toISOString(),
        decision_comment_enc: this.seal(row, input.comment, commentAad(id)),
      });
      this.audit.recordWithin(ctx, {
        action: 'disclosure.refused',
        entityType: 'disclosure',
        entityId: id,
        details: { document_number: row.document_number, subject_ids: subjectIdsOf(row), version: row.version + 1 },
      });
      return this.detail(this.find(id));
    });
  }

  /**
   * The answer went to the authority: its day, channel and reference, and what was given in words (sealed). One
   * `disclosure.made` entry per subject, each with its subject_id, so that every person's history shows the
   * disclosure (art. 19 p.2 item 8) and every person's access report can list it.
   */
  disclose(ctx: RequestContext, id: number, input: DiscloseInput): Promise<DisclosureDetail> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      this.guard(row, 'disclose', input.version);
      const staffId = this.staffId(ctx);
      if (input.disclosed_on > this.today() || input.disclosed_on < row.received_on) {
        throw badRequest(
          'The information is given between the day of receipt and today',
          { disclosed_on: 'Expected a day between the day of receipt and today' },
          { disclosed_on: 'date_invalid' },
        );
      }
      this.move(row, 'disclose', {
        disclosed_on: input.disclosed_on,
        channel: input.channel,
        reference: input.reference,
        disclosed_content_enc: this.seal(row, input.disclosed_content, contentAad(id)),
        disclosed_by: staffId,
        disclosed_by_login: ctx.actor.login,
      });
      const categories = JSON.parse(row.categories_approved!) as DisclosureCategory[];
      for (const subjectId of subjectIdsOf(row)) {
        this.audit.recordWithin(ctx, {
          action: 'disclosure.made',
          entityType: 'disclosure',
          entityId: id,
          subjectId,
          // No key named `channel`: the log's summary reads that one as a consent's channel. `reason` is what the
          // summary shows in a subject's «История»: the request the data went out under (the authority's words, in
          // Russian as they are written, like a withdrawal's basis).
          details: {
            reason: `запрос № ${row.document_number} от ${formatDay(row.document_date)}, ${row.body_name}`,
            body_type: row.body_type,
            body_name: row.body_name,
            document_number: row.document_number,
            document_date: row.document_date,
            categories_disclosed: categories,
            disclosed_on: input.disclosed_on,
            disclosure_channel: input.channel,
            disclosure_reference: input.reference,
          },
        });
      }
      return this.detail(this.find(id));
    });
  }

  // --- inside ---

  private find(id: number): repo.DisclosureRow {
    const row = repo.findDisclosure(this.db, id);
    if (!row) throw notFound('Disclosure request');
    return row;
  }

  private today(): string {
    return clinicDay(this.now());
  }

  /** Requests are registered, decided and recorded by named staff only (four eyes compares them). */
  private staffId(ctx: RequestContext): number {
    if (ctx.actor.id === null) throw new Error('A disclosure step needs a staff member as its actor');
    return ctx.actor.id;
  }

  /** The state machine's check, then the optimistic lock's: a refused transition changes nothing. */
  private guard(row: repo.DisclosureRow, transition: DisclosureTransition, version: number | undefined): void {
    const allowed = DISCLOSURE_TRANSITIONS[transition].from as readonly DisclosureStatus[];
    if (!allowed.includes(row.status)) {
      throw conflict(`A request that is ${row.status} cannot be ${VERBS[transition]}`, 'invalid_transition', {
        status: row.status,
        allowed_from: allowed,
      });
    }
    if (version !== undefined && version !== row.version) throw stale(toRecord(row, this.deadlines.stateClock()));
  }

  private checkFourEyes(ctx: RequestContext, row: repo.DisclosureRow): number {
    const deciderId = this.staffId(ctx);
    if (deciderId === row.registered_by) {
      throw conflict('The staff member who registered the request does not decide it', 'own_request');
    }
    return deciderId;
  }

  private move(row: repo.DisclosureRow, transition: DisclosureTransition, set: repo.TransitionColumns): void {
    const rule = DISCLOSURE_TRANSITIONS[transition];
    if (!repo.transition(this.db, row.id, row.version, rule.from, rule.to, set, this.now().toISOString())) {
      throw stale(toRecord(this.find(row.id), this.deadlines.stateClock()));
    }
  }

  private checkDays(input: RegisterDisclosureInput): void {
    const today = this.today();
    if (input.received_on > today || input.received_on < DISCLOSURE_EARLIEST_DAY) {
      throw badRequest(
        `The day of receipt lies between ${DISCLOSURE_EARLIEST_DAY} and today`,
        { received_on: `Expected a day from ${DISCLOSURE_EARLIEST_DAY} to today` },
        { received_on: 'received_on_range' },
      );
    }
    if (input.document_date > input.received_on) {
      throw badRequest(
        'The request is dated on or before the day it was received',
        { document_date: 'Expected a day on or before the day of receipt' },
        { document_date: 'date_invalid' },
      );
    }
    if (input.due_on !== null && input.due_on < input.received_on) {
      throw badRequest(
        'The authority’s deadline is on or after the day of receipt',
        { due_on: 'Expected a day on or after the day of receipt' },
        { due_on: 'date_invalid' },
      );
    }
  }

  /** Every subject named exists and is not destroyed (a destroyed one has nothing left to give). */
  private checkSubjects(ids: readonly number[]): void {
    const found = new Map(repo.subjectStatuses(this.db, ids).map((s) => [s.id, s.status]));
    const missing = ids.filter((id) => !found.has(id) || found.get(id) === 'destroyed');
    if (missing.length) {
      throw badRequest(
        `No such subject (or destroyed): ${missing.join(', ')}`,
        { subject_ids: `Unknown or destroyed subjects: ${missing.join(', ')}` },
        { subject_ids: 'custom' },
      );
    }
  }

  /**
   * The request's key. A request whose key was destroyed takes no further step that writes words (the contract has
   * no code of its own for that yet: it is a transition its state no longer allows).
   */
  private keyOf(row: repo.DisclosureRow): DataKey {
    const key = row.owner_key_id === null ? null : this.ownerKeys.find(row.owner_key_id);
    if (!key) {
      throw conflict('The request’s data key has been destroyed: nothing more is written to it', 'invalid_transition', {
        status: row.status,
      });
    }
    return key;
  }

  private seal(row: repo.DisclosureRow, text: string, aad: string): Buffer {
    return this.keyOf(row).seal(Buffer.from(text, 'utf8'), aad);
  }

  private detail(row: repo.DisclosureRow): DisclosureDetail {
    const key = row.owner_key_id === null ? null : this.ownerKeys.find(row.owner_key_id);
    const open = (sealed: Buffer | null, aad: string) =>
      key && sealed ? key.open(sealed, aad).toString('utf8') : null;
    return {
      ...toRecord(row, this.deadlines.stateClock()),
      decision_comment: open(row.decision_comment_enc, commentAad(row.id)),
      disclosed_content: open(row.disclosed_content_enc, contentAad(row.id)),
      personal_destroyed: !key,
    };
  }
}

// Bound to the row and the field: a ciphertext copied onto another request, or into the other field, does not open.
const commentAad = (id: number) => `disclosure:${id}:decision_comment`;
const contentAad = (id: number) => `disclosure:${id}:disclosed_content`;

const subjectIdsOf = (row: repo.DisclosureRow) => JSON.parse(row.subject_ids) as number[];

/**
 * The state of the authority's deadline on the clinic's today, as the deadlines define theirs (due on its last day is
 * on time; "due soon" within a few working days); none once the request is decided against or answered.
 */
function dueState(row: repo.DisclosureRow, clock: StateClock): DeadlineState | null {
  if (row.due_on === null || !OPEN_STATUSES.includes(row.status)) return null;
  if (clock.today > row.due_on) return 'overdue';
  return clock.soon >= row.due_on ? 'due_soon' : 'open';
}

function toRecord(row: repo.DisclosureRow, clock: StateClock): Disclosure {
  return {
    id: row.id,
    body_type: row.body_type,
    body_name: row.body_name,
    official: row.official,
    document_number: row.document_number,
    document_date: row.document_date,
    legal_basis: row.legal_basis,
    case_number: row.case_number,
    received_on: row.received_on,
    due_on: row.due_on,
    due_on_computed: !!row.due_on_computed,
    due_state: dueState(row, clock),
    subject_ids: subjectIdsOf(row),
    categories_requested: JSON.parse(row.categories_requested) as DisclosureCategory[],
    categories_approved: row.categories_approved ? (JSON.parse(row.categories_approved) as DisclosureCategory[]) : null,
    status: row.status,
    registered_by: row.registered_by,
    registered_at: row.registered_at,
    decided_by: row.decided_by,
    decided_at: row.decided_at,
    disclosed_on: row.disclosed_on,
    channel: row.channel,
    reference: row.reference,
    disclosed_by: row.disclosed_by,
    updated_at: row.updated_at,
    version: row.version,
  };
}

function stale(current: Disclosure) {
  return conflict('The request was changed by someone else; here is its current state', 'version_conflict', {
    current,
  });
}
