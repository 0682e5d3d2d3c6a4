import {
  DEADLINE_KINDS,
  LETTER_EARLIEST_RECEIVED_ON,
  LETTER_EXTENDABLE_STATUSES,
  LETTER_TRANSITIONS,
  type DeadlineItem,
  type DeadlineKind,
  type Letter,
  type LetterDetail,
  type LetterKind,
  type LetterNote,
  type LetterStatus,
  type LetterTransition,
  type Purpose,
  type SubmissionMatch,
  type TakeableField,
  type UnblockResult,
} from '../contract/index.js';
import type { Db } from '../db/connection.js';
import { inWriteTransaction, requireTransaction } from '../db/groupCommit.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { ListQuery } from '../shared/listQuery.js';
import { AppError, badRequest, conflict, notFound, unprocessable } from '../shared/errors.js';
import { clinicDay } from '../shared/clinicDate.js';
import { normalizeName } from '../shared/text.js';
import type { DataKey, OwnerKeyring } from '../uploads/dataKeys.js';
import type { KeyChoice } from '../uploads/uploads.service.js';
import type { SubjectService } from '../subjects/subjects.service.js';
import type { ConsentService } from '../consents/consents.service.js';
import type { DeadlineService } from '../deadlines/deadlines.service.js';
import { DEADLINE_RULES } from '../deadlines/deadlineRules.js';
import {
  FULFILLED_BY_BLOCK,
  FULFILLED_BY_REPLY,
  FULFILLED_BY_UNBLOCK,
  LETTER_RULES,
  blocksSubject,
} from './letterRules.js';
import { nameWords, searchTokens } from './letterSearch.js';
import * as repo from './letters.repo.js';
import type { IdentifyInput, MarkAnsweredInput, RegisterLetterInput, UpdateLetterInput } from './letters.schema.js';

/** The owner type of a letter's key and attachments (owner_keys, attachments). */
export const LETTER_OWNER = 'letter';

/**
 * The letter's personal values, sealed together under its key. Why the letter's own key (OwnerKeyring, owner
 * 'letter') and not the subject's once identified:
 * - a letter is registered before anyone knows whose it is, and may never be anyone's (a letter rejected as not a
 *   request, a sender the clinic holds nothing on): it needs a key of its own from its first second;
 * - moving it to the subject's key at identification would leave the first ciphertext in the WAL and in backups,
 *   under the letter's key, which would then have to be destroyed anyway;
 * - a letter wrongly linked to a person would otherwise be sealed under a stranger's key, and destroying that person
 *   would destroy the letter of someone else;
 * - the attachments are mounted with the same key, so one deletion (OwnerKeyring.destroyWithin('letter', id))
 *   shreds the values, the identity document's number, the notes and every file of the letter at once.
 * The destruction of a subject (a later issue) therefore destroys the keys of the letters identified to it (one
 * query by subject_id) and deletes their search tokens; the register's row, its number and dates, stays.
 */
interface PersonalValues {
  sender_name: string;
  sender_address: string;
  registered_mail_number: string | null;
  summary: string | null;
}

const PERSONAL_KEYS: (keyof PersonalValues)[] = ['sender_name', 'sender_address', 'registered_mail_number', 'summary'];

const MATCH_WEIGHTS: Partial<Record<TakeableField, number>> = { last_name: 15, first_name: 10, patronymic: 5 };

/** Statuses a letter is still being worked in (its registration data can be edited). */
const WORKED_STATUSES: readonly LetterStatus[] = ['registered', 'awaiting_details', 'identified'];

const VERBS: Record<LetterTransition, string> = {
  identify: 'identified',
  request_details: 'sent back for details',
  reject: 'rejected',
  mark_answered: 'marked answered',
  close: 'closed',
};

const formatDay = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

/**
 * The register of incoming letters and their workflow. Every transition is one audited action committed with its
 * effects (blocking, withdrawals, deadline items) in one transaction, or not at all. No personal value of a letter
 * is ever written in clear: not to its row (sealed), not to the audit log (ids, kinds and numbers there; words only
 * under the subject's key once there is one), not to the search index (blind tokens).
 */
export class LetterService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly ownerKeys: OwnerKeyring,
    private readonly searchKey: Buffer,
    private readonly subjects: SubjectService,
    private readonly consents: ConsentService,
    private readonly deadlines: DeadlineService,
    private readonly now: () => Date,
  ) {}

  list(q: ListQuery): { rows: Letter[]; total: number } {
    const clock = this.deadlines.stateClock();
    const filter = { ...q.filter };
    if (filter.q === '') delete filter.q;
    else if (typeof filter.q === 'string') filter.q = this.search(filter.q);
    const { rows, total } = repo.listLetters(this.db, { ...q, filter }, clock);
    return { rows: rows.map((r) => this.toRecord(r, clock.today)), total };
  }

  /** Opening a letter is an audited read, as opening a subject is: it shows a person's data. */
  view(ctx: RequestContext, id: number): Promise<LetterDetail> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      this.audit.recordWithin(ctx, {
        action: 'letter.viewed',
        entityType: 'letter',
        entityId: id,
        subjectId: row.subject_id,
        details: { reg_number: row.reg_number },
      });
      return this.detail(row);
    });
  }

  /**
   * The letter as its card shows it, without the audited read: for a workflow (a reply) that records its own
   * audited action on the letter.
   */
  detailOf(id: number): LetterDetail {
    return this.detail(this.find(id));
  }

  /** The letter's own data key (what a reply to a sender not identified is sealed with); null once destroyed. */
  ownKey(id: number): DataKey | null {
    const row = this.find(id);
    return row.owner_key_id === null ? null : this.ownerKeys.find(row.owner_key_id);
  }

  /** The owner and key of the letter's attachments (the upload router's lookup): the letter's own key. */
  attachmentOwner(id: number): { id: number; key: KeyChoice } {
    this.find(id);
    return { id, key: { kind: 'owner' } };
  }

  register(ctx: RequestContext, input: RegisterLetterInput): Promise<Letter> {
    return inWriteTransaction(this.db, () => this.registerWithin(ctx, input));
  }

  /**
   * Registers a letter inside the caller's transaction: the next number of the year of receipt, the values sealed
   * under a new key of the letter, the blind tokens of the sender's name, and the deadline items of its kind.
   */
  registerWithin(ctx: RequestContext, input: RegisterLetterInput): Letter {
    requireTransaction(this.db, 'LetterService.registerWithin');
    this.checkReceivedOn(input.received_on);
    const assigneeId = input.assignee_id ?? ctx.actor.id;
    if (assigneeId === null) {
      throw badRequest(
        'Name the operator the letter is assigned to',
        { assignee_id: 'Required' },
        { assignee_id: 'invalid_type' },
      );
    }
    this.checkAssignee(assigneeId);
    const year = Number(input.received_on.slice(0, 4));
    const seq = repo.takeNumber(this.db, year);
    const at = this.now().toISOString();
    const id = repo.insertLetter(this.db, {
      reg_year: year,
      reg_seq: seq,
      reg_number: `ВХ-${year}-${String(seq).padStart(5, '0')}`,
      kind: input.kind,
      received_on: input.received_on,
      assignee_id: assigneeId,
      created_at: at,
      created_by_login: ctx.actor.login,
    });
    const { id: keyId, key } = this.ownerKeys.ensureWithin(LETTER_OWNER, id, at);
    repo.setSealed(this.db, id, keyId, sealPersonal(key, id, pickPersonal(input)));
    repo.replaceSearchTokens(this.db, id, searchTokens(this.searchKey, input.sender_name));
    const items = this.openTermsWithin(ctx, id, input.kind, input.received_on, assigneeId);
    const row = this.find(id);
    this.audit.recordWithin(ctx, {
      action: 'letter.registered',
      entityType: 'letter',
      entityId: id,
      details: {
        reg_number: row.reg_number,
        kind: row.kind,
        received_on: row.received_on,
        assignee_id: assigneeId,
        has_registered_mail_number: !!input.registered_mail_number,
        has_summary: !!input.summary,
        deadline_ids: items,
      },
    });
    return this.toRecord(row, this.today());
  }

  /**
   * Edits the registration data if the caller saw the latest version. The kind and the day of receipt, which set
   * the terms, change only before the letter is worked on (its items are then reopened); the number never changes,
   * so the day of receipt stays in its year.
   */
  update(ctx: RequestContext, id: number, input: UpdateLetterInput): Promise<LetterDetail> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      if (row.version !== input.version) throw staleLetter(this.toRecord(row, this.today()));
      if (!WORKED_STATUSES.includes(row.status)) {
        throw conflict(`A letter that is ${row.status} is not edited`, 'invalid_transition', { status: row.status });
      }
      const key = this.keyOf(row);
      const before = this.openPersonal(row, key);
      const after = pickPersonal(input);
      const termsChange = input.kind !== row.kind || input.received_on !== row.received_on;
      if (termsChange && row.status !== 'registered') {
        throw conflict('The kind and the day of receipt are fixed once the letter is worked on', 'invalid_transition', {
          status: row.status,
        });
      }
      if (input.received_on !== row.received_on) {
        this.checkReceivedOn(input.received_on);
        if (Number(input.received_on.slice(0, 4)) !== row.reg_year) {
          throw badRequest(
            `The incoming number ${row.reg_number} is of ${row.reg_year}: a letter received in another year is registered again`,
            { received_on: `A day of ${row.reg_year}` },
            { received_on: 'received_on_range' },
          );
        }
      }
      if (input.assignee_id !== row.assignee_id) this.checkAssignee(input.assignee_id);
      const personalChanged = PERSONAL_KEYS.filter((k) => (before?.[k] ?? null) !== after[k]);
      if (!personalChanged.length && !termsChange && input.assignee_id === row.assignee_id) return this.detail(row);
      const at = this.now().toISOString();
      const edit = {
        kind: input.kind,
        received_on: input.received_on,
        assignee_id: input.assignee_id,
        personal_enc: personalChanged.length ? sealPersonal(key, id, after) : row.personal_enc,
      };
      if (!repo.updateLetterIfVersion(this.db, id, row.version, edit, at)) {
        throw staleLetter(this.toRecord(this.find(id), this.today()));
      }
      if (personalChanged.includes('sender_name')) {
        repo.replaceSearchTokens(this.db, id, searchTokens(this.searchKey, after.sender_name));
      }
      let reopened: number[] = [];
      if (termsChange) {
        for (const item of this.openItems(id)) {
          this.deadlines.closeWithin(ctx, item.id, { reason: 'opened_in_error' });
        }
        reopened = this.openTermsWithin(ctx, id, input.kind, input.received_on, input.assignee_id);
      } else if (input.assignee_id !== row.assignee_id) {
        this.deadlines.reassignLetterWithin(id, input.assignee_id);
      }
      const changes = personalChanged.map((k) => [k, { from: before?.[k] ?? null, to: after[k] }]);
      this.audit.recordWithin(ctx, {
        action: 'letter.updated',
        entityType: 'letter',
        entityId: id,
        subjectId: row.subject_id,
        details: {
          reg_number: row.reg_number,
          fields: [
            ...personalChanged,
            ...(input.kind !== row.kind ? ['kind'] : []),
            ...(input.received_on !== row.received_on ? ['received_on'] : []),
            ...(input.assignee_id !== row.assignee_id ? ['assignee_id'] : []),
          ],
          // Not personal: the register's own facts.
          ...(input.kind !== row.kind ? { kind: { from: row.kind, to: input.kind } } : {}),
          ...(input.received_on !== row.received_on
            ? { received_on: { from: row.received_on, to: input.received_on } }
            : {}),
          ...(input.assignee_id !== row.assignee_id
            ? { assignee_id: { from: row.assignee_id, to: input.assignee_id } }
            : {}),
          ...(termsChange ? { deadline_ids: reopened } : {}),
          version: row.version + 1,
        },
        // The values themselves only under the subject's key; before identification the log names the fields alone.
        ...(row.subject_id !== null && changes.length
          ? { personalDetails: { changes: Object.fromEntries(changes) } }
          : {}),
      });
      return this.detail(this.find(id));
    });
  }

  /**
   * Links the letter to a subject and does, in the same transaction, what the letter asks at once (section 3 of the
   * issue): a withdrawal blocks the subject (unless it names only purposes other than medical services) and
   * withdraws its active consents (or those named); a destruction, stop or correction request blocks it; an access
   * request blocks nothing. The letter's deadline items get the subject; the block fulfils the 3-day stop.
   */
  identify(ctx: RequestContext, id: number, input: IdentifyInput): Promise<LetterDetail> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      this.guard(row, 'identify', input.version);
      if (input.purposes && row.kind !== 'withdrawal') {
        throw badRequest(
          'Only a withdrawal names the purposes it withdraws',
          { purposes: 'Only with a withdrawal' },
          { purposes: 'custom' },
        );
      }
      const subject = this.subjects.findForUpdate(input.subject_id);
      if (!subject || subject.status === 'destroyed') {
        throw unprocessable('No such subject to link the letter to', 'subject_missing');
      }
      const key = this.keyOf(row);
      const blocks = blocksSubject(row.kind, input.purposes);
      const at = this.now().toISOString();
      const moved = repo.transition(
        this.db,
        id,
        row.version,
        LETTER_TRANSITIONS.identify.from,
        'identified',
        {
          subject_id: subject.id,
          identification_method: input.method,
          identification_document_type: input.document_type ?? null,
          document_number_enc: input.document_number
            ? key.seal(Buffer.from(input.document_number, 'utf8'), documentAad(id))
            : null,
          fields_matched: input.fields_matched ? JSON.stringify(input.fields_matched) : null,
          purposes: input.purposes ? JSON.stringify(input.purposes) : null,
          holds_block: blocks ? 1 : 0,
        },
        at,
      );
      if (!moved) throw staleLetter(this.toRecord(this.find(id), this.today()));

      const basis = `Письмо ${row.reg_number} от ${formatDay(row.received_on)} (${LETTER_RULES[row.kind].words})`;
      const origin = { source: 'letter', letter_id: id, reg_number: row.reg_number };
      const blocked = blocks
        ? this.subjects.blockWithin(ctx, subject.id, { source: 'letter', sourceId: id, reason: basis }).changed
        : false;
      const withdrawn =
        row.kind === 'withdrawal'
          ? this.consents.withdrawActiveWithin(ctx, subject.id, basis, input.purposes, origin)
          : [];
      const items = this.deadlines.attachSubjectWithin(id, subject.id);
      const fulfilled = blocks ? this.closeItemsWithin(ctx, id, FULFILLED_BY_BLOCK) : [];
      const noteId = this.noteWithin(ctx, id, key, 'identified', input.note);
      this.audit.recordWithin(ctx, {
        action: 'letter.identified',
        entityType: 'letter',
        entityId: id,
        subjectId: subject.id,
        details: {
          reg_number: row.reg_number,
          kind: row.kind,
          method: input.method,
          document_type: input.document_type ?? null,
          fields_matched: input.fields_matched ?? null,
          purposes: input.purposes ?? null,
          blocked: blocks,
          block_applied: blocked,
          consents_withdrawn: withdrawn,
          deadline_ids: items,
          deadlines_closed: fulfilled,
          note_id: noteId,
          version: row.version + 1,
        },
        personalDetails: { note: input.note },
      });
      return this.detail(this.find(id));
    });
  }

  /** Identity could not be established: the person is asked for more (the note says what). */
  requestDetails(ctx: RequestContext, id: number, input: { note: string; version?: number }): Promise<LetterDetail> {
    return inWriteTransaction(this.db, () => this.requestDetailsWithin(ctx, id, input));
  }

  /** requestDetails inside the caller's transaction (a reply telling the sender what identifies them). */
  requestDetailsWithin(ctx: RequestContext, id: number, input: { note: string; version?: number }): LetterDetail {
    requireTransaction(this.db, 'LetterService.requestDetailsWithin');
    const row = this.find(id);
    this.guard(row, 'request_details', input.version);
    this.move(row, 'request_details', {});
    const noteId = this.noteWithin(ctx, id, this.keyOf(row), 'details_requested', input.note);
    this.audit.recordWithin(ctx, {
      action: 'letter.details_requested',
      entityType: 'letter',
      entityId: id,
      details: { reg_number: row.reg_number, note_id: noteId, version: row.version + 1 },
    });
    return this.detail(this.find(id));
  }

  /**
   * The one extension of an access or stop-processing request (+5 working days, the deadline rule's), with the
   * reason the notice to the person gives. Allowed while the letter is worked on and its term has not passed.
   */
  extend(ctx: RequestContext, id: number, input: { reason: string; version?: number }): Promise<LetterDetail> {
    return inWriteTransaction(this.db, () => this.extendWithin(ctx, id, input));
  }

  /** extend inside the caller's transaction (the reply that is the reasoned notice of the extension). */
  extendWithin(ctx: RequestContext, id: number, input: { reason: string; version?: number }): LetterDetail {
    requireTransaction(this.db, 'LetterService.extendWithin');
    const row = this.find(id);
    if (!(LETTER_EXTENDABLE_STATUSES as readonly LetterStatus[]).includes(row.status)) {
      throw conflict(`The term of a letter that is ${row.status} is not extended`, 'invalid_transition', {
        status: row.status,
      });
    }
    this.checkVersion(row, input.version);
    const item = this.deadlines.ofLetter(id).find((i) => DEADLINE_RULES[i.kind].extension);
    if (!item) {
      throw conflict('Only the terms of access and stop-processing requests may be extended', 'extension_not_allowed');
    }
    const extended = this.deadlines.extendWithin(ctx, item.id, input.reason);
    if (!repo.touch(this.db, id, row.version, {}, this.now().toISOString())) {
      throw staleLetter(this.toRecord(this.find(id), this.today()));
    }
    const noteId = this.noteWithin(ctx, id, this.keyOf(row), 'extended', input.reason);
    this.audit.recordWithin(ctx, {
      action: 'letter.extended',
      entityType: 'letter',
      entityId: id,
      subjectId: row.subject_id,
      details: {
        reg_number: row.reg_number,
        deadline_id: item.id,
        due_on: extended.due_on,
        extended_due_on: extended.extended_due_on,
        note_id: noteId,
        version: row.version + 1,
      },
      ...(row.subject_id !== null ? { personalDetails: { reason: input.reason } } : {}),
    });
    return this.detail(this.find(id));
  }

  /** Not a request at all: the letter is rejected with a reason and its terms are closed as not required. */
  reject(ctx: RequestContext, id: number, input: { reason: string; version?: number }): Promise<LetterDetail> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      this.guard(row, 'reject', input.version);
      this.move(row, 'reject', {});
      const closed = this.closeItemsWithin(ctx, id, DEADLINE_KINDS, 'not_required');
      const noteId = this.noteWithin(ctx, id, this.keyOf(row), 'rejected', input.reason);
      this.audit.recordWithin(ctx, {
        action: 'letter.rejected',
        entityType: 'letter',
        entityId: id,
        details: { reg_number: row.reg_number, deadlines_closed: closed, note_id: noteId, version: row.version + 1 },
      });
      return this.detail(this.find(id));
    });
  }

  /**
   * The reply was sent (by hand until the replies of the next issue): its outgoing number and day. It fulfils the
   * answer to an access request and the stop demanded, on the day it was sent. A correction is answered once its
   * check is over and its block lifted.
   */
  markAnswered(ctx: RequestContext, id: number, input: MarkAnsweredInput): Promise<LetterDetail> {
    return inWriteTransaction(this.db, () => this.markAnsweredWithin(ctx, id, input));
  }

  /** markAnswered inside the caller's transaction (a reply sent from here, numbered in the same transaction). */
  markAnsweredWithin(ctx: RequestContext, id: number, input: MarkAnsweredInput): LetterDetail {
    requireTransaction(this.db, 'LetterService.markAnsweredWithin');
    const row = this.find(id);
    this.guard(row, 'mark_answered', input.version);
    if (input.sent_on > this.today() || input.sent_on < row.received_on) {
      throw badRequest(
        'The reply is sent between the day of receipt and today',
        { sent_on: 'Expected a day between the day of receipt and today' },
        { sent_on: 'date_invalid' },
      );
    }
    if (this.openItems(id).some((i) => FULFILLED_BY_UNBLOCK.includes(i.kind))) {
      throw conflict(
        'The correction is still being checked: correct the subject and lift the block first',
        'correction_pending',
      );
    }
    this.move(row, 'mark_answered', { answered_out_number: input.out_number, answered_on: input.sent_on });
    const closed = this.closeItemsWithin(ctx, id, FULFILLED_BY_REPLY, 'fulfilled', input.sent_on);
    this.audit.recordWithin(ctx, {
      action: 'letter.answered',
      entityType: 'letter',
      entityId: id,
      subjectId: row.subject_id,
      details: {
        reg_number: row.reg_number,
        out_number: input.out_number,
        sent_on: input.sent_on,
        deadlines_closed: closed,
        version: row.version + 1,
      },
    });
    return this.detail(this.find(id));
  }

  /**
   * The correspondence is done. Terms that another workflow fulfils (the destruction after a withdrawal) stay open
   * and keep counting down on the deadlines list.
   */
  close(ctx: RequestContext, id: number, input: { version?: number }): Promise<LetterDetail> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      this.guard(row, 'close', input.version);
      this.move(row, 'close', {});
      this.audit.recordWithin(ctx, {
        action: 'letter.closed',
        entityType: 'letter',
        entityId: id,
        subjectId: row.subject_id,
        details: {
          reg_number: row.reg_number,
          deadlines_open: this.openItems(id).map((i) => i.id),
          version: row.version + 1,
        },
      });
      return this.detail(this.find(id));
    });
  }

  /**
   * Ends the check of a correction letter (POST /api/subjects/:id/unblock): its item is closed as fulfilled and the
   * letter no longer holds the subject blocked. The subject is unblocked unless another letter still holds it (a
   * withdrawal, a destruction or stop demand, another correction): then it stays blocked, and the answer says by what.
   */
  unblockSubject(
    ctx: RequestContext,
    subjectId: number,
    input: { letter_id: number; reason: string },
  ): Promise<UnblockResult> {
    return inWriteTransaction(this.db, () => {
      const basis = repo.correctionLetterOf(this.db, input.letter_id, subjectId);
      if (!basis) {
        if (!this.subjects.findForUpdate(subjectId)) throw notFound('Subject');
        throw unprocessable(
          'The letter named is not an identified correction request of this subject',
          'correction_letter_invalid',
        );
      }
      if (!basis.holds_block) throw conflict('The block under this letter was lifted already', 'subject_not_blocked');
      const row = this.find(basis.id);
      const others = repo.lettersHoldingBlock(this.db, subjectId, basis.id);
      const at = this.now().toISOString();
      if (!repo.touch(this.db, basis.id, row.version, { holds_block: 0 }, at)) {
        throw staleLetter(this.toRecord(this.find(basis.id), this.today()));
      }
      const subject = others.length
        ? this.subjects.findForUpdate(subjectId)!
        : this.subjects.unblockWithin(ctx, subjectId, { source: 'letter', sourceId: basis.id, reason: input.reason });
      this.closeItemsWithin(ctx, basis.id, FULFILLED_BY_UNBLOCK, 'fulfilled', undefined, input.reason);
      this.noteWithin(ctx, basis.id, this.keyOf(row), 'unblocked', input.reason);
      return { subject, still_blocked_by: others };
    });
  }

  // --- inside ---

  private find(id: number): repo.LetterRow {
    const row = repo.findLetter(this.db, id, this.deadlines.stateClock());
    if (!row) throw notFound('Letter');
    return row;
  }

  private today(): string {
    return clinicDay(this.now());
  }

  /** The state machine's check, then the optimistic lock's: a refused transition changes nothing. */
  private guard(row: repo.LetterRow, transition: LetterTransition, version: number | undefined): void {
    const allowed = LETTER_TRANSITIONS[transition].from as readonly LetterStatus[];
    if (!allowed.includes(row.status)) {
      throw conflict(`A letter that is ${row.status} cannot be ${VERBS[transition]}`, 'invalid_transition', {
        status: row.status,
        allowed_from: allowed,
      });
    }
    this.checkVersion(row, version);
  }

  private checkVersion(row: repo.LetterRow, version: number | undefined): void {
    if (version !== undefined && version !== row.version) throw staleLetter(this.toRecord(row, this.today()));
  }

  private move(row: repo.LetterRow, transition: LetterTransition, set: repo.TransitionColumns): void {
    const rule = LETTER_TRANSITIONS[transition];
    if (!repo.transition(this.db, row.id, row.version, rule.from, rule.to, set, this.now().toISOString())) {
      throw staleLetter(this.toRecord(this.find(row.id), this.today()));
    }
  }

  private checkReceivedOn(day: string): void {
    if (day > this.today() || day < LETTER_EARLIEST_RECEIVED_ON) {
      throw badRequest(
        `The day of receipt lies between ${LETTER_EARLIEST_RECEIVED_ON} and today`,
        { received_on: `Expected a day from ${LETTER_EARLIEST_RECEIVED_ON} to today` },
        { received_on: 'received_on_range' },
      );
    }
  }

  private checkAssignee(staffId: number): void {
    if (!repo.isActiveOperator(this.db, staffId)) {
      throw badRequest(
        'A letter is assigned to an active operator',
        { assignee_id: 'Expected an active operator' },
        { assignee_id: 'assignee_not_operator' },
      );
    }
  }

  private openTermsWithin(
    ctx: RequestContext,
    letterId: number,
    kind: LetterKind,
    receivedOn: string,
    assigneeId: number,
  ): number[] {
    return LETTER_RULES[kind].terms.map(
      (term) => this.deadlines.openWithin(ctx, { kind: term, receivedOn, subjectId: null, letterId, assigneeId }).id,
    );
  }

  private openItems(letterId: number): DeadlineItem[] {
    return this.deadlines.ofLetter(letterId).filter((i) => i.closed_on === null);
  }

  /** Closes the letter's open items of these kinds; answers their ids. */
  private closeItemsWithin(
    ctx: RequestContext,
    letterId: number,
    kinds: readonly DeadlineKind[],
    reason: 'fulfilled' | 'not_required' = 'fulfilled',
    on?: string,
    note?: string,
  ): number[] {
    const items = this.openItems(letterId).filter((i) => kinds.includes(i.kind));
    for (const item of items) this.deadlines.closeWithin(ctx, item.id, { reason, on, note });
    return items.map((i) => i.id);
  }

  private noteWithin(ctx: RequestContext, letterId: number, key: DataKey, step: string, note: string): number {
    const noteId = repo.insertNote(this.db, letterId, step, this.now().toISOString(), ctx.actor.login);
    repo.setNoteSealed(this.db, noteId, key.seal(Buffer.from(note, 'utf8'), noteAad(noteId, letterId)));
    return noteId;
  }

  /** The letter's key; a letter whose key was destroyed takes no new words. */
  private keyOf(row: repo.LetterRow): DataKey {
    const key = row.owner_key_id === null ? null : this.ownerKeys.find(row.owner_key_id);
    if (!key)
      throw new AppError(
        410,
        'The letter’s data key has been destroyed: nothing more is written to it',
        'letter_destroyed',
      );
    return key;
  }

  private openPersonal(row: repo.LetterRow, key?: DataKey | null): PersonalValues | null {
    const dataKey = key ?? (row.owner_key_id === null ? null : this.ownerKeys.find(row.owner_key_id));
    if (!dataKey) return null;
    return JSON.parse(dataKey.open(row.personal_enc, personalAad(row.id)).toString('utf8')) as PersonalValues;
  }

  private search(text: string): repo.LetterSearch {
    const compact = text.replace(/\s+/g, '').toUpperCase();
    return {
      number: /\d/.test(compact) ? compact : null,
      tokens: searchTokens(this.searchKey, text),
    };
  }

  private toRecord(row: repo.LetterRow, today: string): Letter {
    const personal = this.openPersonal(row);
    const rule = row.deadline_kind ? DEADLINE_RULES[row.deadline_kind] : null;
    return {
      id: row.id,
      reg_number: row.reg_number,
      kind: row.kind,
      received_on: row.received_on,
      sender_name: personal?.sender_name ?? null,
      sender_address: personal?.sender_address ?? null,
      registered_mail_number: personal?.registered_mail_number ?? null,
      summary: personal?.summary ?? null,
      assignee_id: row.assignee_id,
      subject_id: row.subject_id,
      identification_method: row.identification_method,
      status: row.status,
      due_on: row.due_on,
      extended_due_on: row.extended_due_on,
      deadline_state: row.deadline_state,
      overdue: !!row.overdue,
      calendar_incomplete: !!row.calendar_incomplete,
      extendable:
        !!rule?.extension &&
        (LETTER_EXTENDABLE_STATUSES as readonly LetterStatus[]).includes(row.status) &&
        row.deadline_closed_on === null &&
        row.extended_due_on === null &&
        row.due_on !== null &&
        today <= row.due_on,
      holds_block: !!row.holds_block,
      answered_out_number: row.answered_out_number,
      answered_on: row.answered_on,
      personal_destroyed: !personal,
      created_at: row.created_at,
      updated_at: row.updated_at,
      version: row.version,
    };
  }

  private detail(row: repo.LetterRow): LetterDetail {
    const record = this.toRecord(row, this.today());
    const key = row.owner_key_id === null ? null : this.ownerKeys.find(row.owner_key_id);
    const documentEnc = repo.findDocumentNumberEnc(this.db, row.id);
    const notes: LetterNote[] = repo.notesOf(this.db, row.id).map((n) => ({
      id: n.id,
      step: n.step,
      note: key ? key.open(n.note_enc, noteAad(n.id, row.id)).toString('utf8') : null,
      created_at: n.created_at,
      created_by_login: n.created_by_login,
    }));
    return {
      ...record,
      identification_document_type: row.identification_document_type,
      identification_document_number:
        key && documentEnc ? key.open(documentEnc, documentAad(row.id)).toString('utf8') : null,
      fields_matched: row.fields_matched ? (JSON.parse(row.fields_matched) as TakeableField[]) : null,
      purposes: row.purposes ? (JSON.parse(row.purposes) as Purpose[]) : null,
      notes,
      deadlines: this.deadlines.ofLetter(row.id),
      matches: this.matches(record),
    };
  }

  /**
   * Until the letter is identified: the subjects whose surname is a word of the sender's name, ranked by how many of
   * the name's parts agree (named for highlighting side by side, as in the review queue).
   */
  private matches(letter: Letter): SubmissionMatch[] {
    if (!letter.sender_name || !['registered', 'awaiting_details'].includes(letter.status)) return [];
    const words = nameWords(letter.sender_name);
    const has = (value: string | null) => !!value && words.includes(normalizeName(value));
    return repo
      .subjectsNamed(this.db, words)
      .map((subject) => {
        const matched_fields = (['last_name', 'first_name', 'patronymic'] as const).filter((f) => has(subject[f]));
        const score = matched_fields.reduce((n, f) => n + (MATCH_WEIGHTS[f] ?? 0), 0);
        return { subject, matched_fields: [...matched_fields] as string[], score };
      })
      .sort((a, b) => b.score - a.score || a.subject.id - b.subject.id)
      .slice(0, 10);
  }
}

const personalAad = (id: number) => `letter:${id}:personal`;
const documentAad = (id: number) => `letter:${id}:document_number`;
const noteAad = (noteId: number, letterId: number) => `letter-note:${noteId}:${letterId}`;

function pickPersonal(input: RegisterLetterInput | UpdateLetterInput): PersonalValues {
  return {
    sender_name: input.sender_name,
    sender_address: input.sender_address,
    registered_mail_number: input.registered_mail_number,
    summary: input.summary,
  };
}

function sealPersonal(key: DataKey, id: number, values: PersonalValues): Buffer {
  return key.seal(Buffer.from(JSON.stringify(values), 'utf8'), personalAad(id));
}

function staleLetter(current: Letter) {
  return conflict('The letter was changed by someone else; here is its current state', 'version_conflict', {
    current,
  });
}
