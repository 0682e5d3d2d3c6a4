import type { Db } from '../db/connection.js';
import type { Subject, SubjectFields } from '../contract/index.js';
import { inWriteTransaction, requireTransaction } from '../db/groupCommit.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { SubjectKeyring } from '../crypto/subjectKeys.js';
import type { ListQuery } from '../shared/listQuery.js';
import { badRequest, conflict, notFound, unprocessable } from '../shared/errors.js';
import { correctionLetterOf } from '../letters/letters.repo.js';
import { ageOn } from '../shared/text.js';
import * as repo from './subjects.repo.js';
import { PERSONAL_FIELDS, type CorrectSubjectInput, type CreateSubjectInput } from './subjects.schema.js';

/** A subject as the API answers it (the contract's record). */
export type SubjectRecord = Subject;

const MEDICAL = 'medical';

/**
 * Why a subject is blocked or unblocked: the record that decided it (a letter, a destruction proposal, a finding)
 * and a reason in words. The reason may name the person's circumstances, so the log keeps it encrypted.
 */
export interface StatusBasis {
  source: 'letter' | 'destruction' | 'finding';
  sourceId?: number;
  reason: string;
}

export class SubjectService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly keyring: SubjectKeyring,
    private readonly now: () => Date,
  ) {}

  /** Without a status (or id) filter the list leaves destroyed subjects out: they show under their status only. */
  list(q: ListQuery) {
    const live = q.filter.status === undefined && q.filter.id === undefined;
    const { rows, total } = repo.listSubjects(this.db, live ? { ...q, filter: { ...q.filter, live: true } } : q);
    return { rows: rows.map((r) => this.toRecord(r)), total };
  }

  /**
   * The list as staff search it: an audited read (`subjects.searched`) with the filter keys and the counts, never the
   * words searched for (a surname typed is itself personal data). A lookup by ids only (react-admin's getMany, naming
   * subjects already on a screen) is not a search. The entry is written after the query, in a unit of the group
   * commit of its own: a search inside the write transaction would hold every writer for its milliseconds. The answer
   * waits for it, so no page leaves unlogged.
   */
  async search(ctx: RequestContext, q: ListQuery) {
    const page = this.list(q);
    const filters = Object.keys(q.filter);
    if (filters.length === 1 && filters[0] === 'id') return page;
    await this.audit.recordAlone(ctx, {
      action: 'subjects.searched',
      entityType: 'subjects',
      details: { filters, rows: page.rows.length, total: page.total, sort: q.sortField, offset: q.offset },
    });
    return page;
  }

  /** Opening a card is an audited read: the log answers who looked at a person's data. */
  view(ctx: RequestContext, id: number): Promise<SubjectRecord> {
    return inWriteTransaction(this.db, () => {
      const row = repo.findSubject(this.db, id);
      if (!row) throw notFound('Subject');
      this.audit.recordWithin(ctx, { action: 'subject.viewed', entityType: 'subject', entityId: id, subjectId: id });
      return this.toRecord(row);
    });
  }

  create(ctx: RequestContext, input: CreateSubjectInput): Promise<SubjectRecord> {
    const { medical_info, ...fields } = input;
    return inWriteTransaction(this.db, () => this.createWithin(ctx, fields, medical_info ?? null));
  }

  /** Creates a subject inside the caller's transaction (also used by a submission decision). */
  createWithin(
    ctx: RequestContext,
    fields: SubjectFields,
    medicalInfo: string | null,
    origin: Record<string, unknown> = {},
  ): SubjectRecord {
    requireTransaction(this.db, 'SubjectService.createWithin');
    const at = this.now().toISOString();
    const id = repo.insertSubject(this.db, fields, at);
    this.keyring.createKey(id, at);
    if (medicalInfo) repo.setMedicalCiphertext(this.db, id, this.keyring.seal(id, medicalInfo, MEDICAL));
    this.audit.recordWithin(ctx, {
      action: 'subject.created',
      entityType: 'subject',
      entityId: id,
      subjectId: id,
      // The names of the fields entered, in clear, for the list's summary; their values only sealed.
      details: {
        with_medical_info: !!medicalInfo,
        entered_fields: Object.entries(fields)
          .filter(([, value]) => value != null && value !== '')
          .map(([field]) => field),
        ...origin,
      },
      personalDetails: { values: fields },
    });
    return this.toRecord(repo.findSubject(this.db, id)!);
  }

  findForUpdate(id: number): SubjectRecord | undefined {
    const row = repo.findSubject(this.db, id);
    return row ? this.toRecord(row) : undefined;
  }

  /** Уточнение: applies the changed fields if the caller saw the latest version, and logs before/after with the reason. */
  correct(ctx: RequestContext, id: number, input: CorrectSubjectInput): Promise<SubjectRecord> {
    return inWriteTransaction(this.db, () => {
      const current = repo.findSubject(this.db, id);
      if (!current) throw notFound('Subject');
      if (current.version !== input.version) throw staleVersion(this.toRecord(current));
      const next = Object.fromEntries(PERSONAL_FIELDS.map((f) => [f, input[f]])) as SubjectFields;
      const medical = input.medical_info ? input.medical_info : null;
      let origin: Record<string, unknown> = {};
      if (input.letter_id !== undefined) {
        const letter = correctionLetterOf(this.db, input.letter_id, id);
        if (!letter) {
          throw unprocessable(
            'The letter named is not an identified correction request of this subject',
            'correction_letter_invalid',
          );
        }
        origin = { source: 'letter', letter_id: letter.id, reg_number: letter.reg_number };
      }
      const updated = this.correctWithin(ctx, current, next, input.correction_reason, medical, origin);
      if (!updated) throw badRequest('Nothing to correct: no field differs from the current record', {}, {});
      return updated;
    });
  }

  /**
   * Applies a correction inside the caller's transaction; null when nothing differs.
   * The audit entry keeps the reason and before/after values, encrypted with the subject's key.
   */
  correctWithin(
    ctx: RequestContext,
    current: repo.SubjectRow | SubjectRecord,
    next: SubjectFields,
    reason: string,
    medicalInfo: string | null = null,
    origin: Record<string, unknown> = {},
  ): SubjectRecord | null {
    requireTransaction(this.db, 'SubjectService.correctWithin');
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const f of PERSONAL_FIELDS) if (current[f] !== next[f]) changes[f] = { from: current[f], to: next[f] };
    if (!Object.keys(changes).length && !medicalInfo) return null;
    // Art. 21 p.1: while blocked, the data is kept as it is. The one exception is the correction the block is for:
    // made under an identified correction letter of this subject whose check is still on (origin names the letter).
    if (current.status === 'destroyed') throw alreadyDestroyed();
    if (current.status === 'blocked' && !this.underCorrectionLetter(current.id, origin)) throw subjectBlocked();
    const at = this.now().toISOString();
    if (
      !repo.updateSubjectIfVersion(
        this.db,
        current.id,
        current.version,
        next,
        Object.keys(changes) as (keyof SubjectFields)[],
        at,
      )
    ) {
      throw staleVersion(this.toRecord(repo.findSubject(this.db, current.id)!));
    }
    if (medicalInfo)
      repo.setMedicalCiphertext(this.db, current.id, this.keyring.seal(current.id, medicalInfo, MEDICAL));
    this.audit.recordWithin(ctx, {
      action: 'subject.corrected',
      entityType: 'subject',
      entityId: current.id,
      subjectId: current.id,
      details: {
        fields: Object.keys(changes),
        medical_info_replaced: !!medicalInfo,
        version: current.version + 1,
        ...origin,
      },
      personalDetails: { reason, changes },
    });
    return this.toRecord(repo.findSubject(this.db, current.id)!);
  }

  private underCorrectionLetter(subjectId: number, origin: Record<string, unknown>): boolean {
    if (origin.source !== 'letter' || typeof origin.letter_id !== 'number') return false;
    return !!correctionLetterOf(this.db, origin.letter_id, subjectId)?.holds_block;
  }

  /**
   * Блокирование (152-FZ art. 3 p.6): processing stops, the data stays. The subject keeps being shown (every read
   * still audited) but cannot be corrected, and leaves the marketing list and exports, which take active subjects
   * only. Answers whether it changed anything: blocking a subject that is already blocked is not an error, as a
   * second letter or a destruction proposal may find it so.
   */
  blockWithin(ctx: RequestContext, id: number, basis: StatusBasis): { subject: SubjectRecord; changed: boolean } {
    requireTransaction(this.db, 'SubjectService.blockWithin');
    const current = repo.findSubject(this.db, id);
    if (!current) throw notFound('Subject');
    if (current.status === 'blocked') return { subject: this.toRecord(current), changed: false };
    if (current.status !== 'active') throw conflict('A destroyed subject cannot be blocked', 'subject_not_active');
    this.changeStatusWithin(ctx, current, 'blocked', 'subject.blocked', basis);
    return { subject: this.toRecord(repo.findSubject(this.db, id)!), changed: true };
  }

  /** Lifts a block (e.g. the correction it was for is done); a subject that is not blocked answers 409. */
  unblockWithin(ctx: RequestContext, id: number, basis: StatusBasis): SubjectRecord {
    requireTransaction(this.db, 'SubjectService.unblockWithin');
    const current = repo.findSubject(this.db, id);
    if (!current) throw notFound('Subject');
    if (current.status !== 'blocked') throw conflict('The subject is not blocked', 'subject_not_blocked');
    this.changeStatusWithin(ctx, current, 'active', 'subject.unblocked', basis);
    return this.toRecord(repo.findSubject(this.db, id)!);
  }

  private changeStatusWithin(
    ctx: RequestContext,
    current: repo.SubjectRow,
    to: 'active' | 'blocked',
    action: 'subject.blocked' | 'subject.unblocked',
    basis: StatusBasis,
  ): void {
    if (!repo.changeStatus(this.db, current.id, current.status, to, this.now().toISOString())) {
      throw staleVersion(this.toRecord(repo.findSubject(this.db, current.id)!));
    }
    this.audit.recordWithin(ctx, {
      action,
      entityType: 'subject',
      entityId: current.id,
      subjectId: current.id,
      details: { source: basis.source, source_id: basis.sourceId ?? null, version: current.version + 1 },
      personalDetails: { reason: basis.reason },
    });
  }

  /**
   * Уничтожение, inside the destruction's transaction: the row keeps its id and gets the status `destroyed`, the day
   * and the act; the identity fields and the medical information go when the plan destroys them. The caller deletes
   * the subject's key (and re-seals what is retained under a new one) and writes the audit entry.
   */
  /** `again`: the subject is destroyed already, and what its last destruction retained goes now. */
  destroyWithin(
    id: number,
    erase: { identity: boolean; medical: boolean },
    destroyedOn: string,
    actId: number,
    again = false,
  ): void {
    requireTransaction(this.db, 'SubjectService.destroyWithin');
    if (!repo.destroySubject(this.db, id, erase, destroyedOn, actId, this.now().toISOString(), again))
      throw alreadyDestroyed();
  }

  /** Destruction re-keys a subject whose medical information is retained: the text under the key that still exists. */
  medicalInfoForRekeyWithin(id: number): string | null {
    requireTransaction(this.db, 'SubjectService.medicalInfoForRekeyWithin');
    const sealed = repo.findMedicalCiphertext(this.db, id);
    return sealed ? this.keyring.open(id, sealed, MEDICAL) : null;
  }

  /** …and seals it again under the subject's new key. */
  resealMedicalInfoWithin(id: number, medicalInfo: string): void {
    requireTransaction(this.db, 'SubjectService.resealMedicalInfoWithin');
    repo.setMedicalCiphertext(this.db, id, this.keyring.seal(id, medicalInfo, MEDICAL));
  }

  /** Врачебная тайна: the text is decrypted only for a stated reason, and the read is logged with it. */
  revealMedicalInfo(ctx: RequestContext, id: number, reason: string): Promise<{ medical_info: string | null }> {
    return inWriteTransaction(this.db, () => this.revealMedicalInfoWithin(ctx, id, reason));
  }

  /** The audited read of the medical information, inside the caller's transaction (e.g. an access report's). */
  revealMedicalInfoWithin(ctx: RequestContext, id: number, reason: string): { medical_info: string | null } {
    requireTransaction(this.db, 'SubjectService.revealMedicalInfoWithin');
    const subject = repo.findSubject(this.db, id);
    if (!subject) throw notFound('Subject');
    // What a destruction retained (medical records under 323-FZ) is kept, blocked from any other use.
    if (subject.status === 'destroyed') {
      throw conflict('The data of this subject was destroyed; what is retained stays blocked', 'subject_blocked');
    }
    const sealed = repo.findMedicalCiphertext(this.db, id);
    const medical_info = sealed ? this.keyring.open(id, sealed, MEDICAL) : null;
    this.audit.recordWithin(ctx, {
      action: 'subject.medical_viewed',
      entityType: 'subject',
      entityId: id,
      subjectId: id,
      details: { had_medical_info: !!sealed },
      personalDetails: { reason },
    });
    return { medical_info };
  }

  private toRecord(row: repo.SubjectRow): SubjectRecord {
    return { ...row, age: ageOn(row.birth_date, this.now()), has_medical_info: !!row.has_medical_info };
  }
}

function subjectBlocked() {
  return conflict('Processing of this subject is blocked: its data cannot be changed', 'subject_blocked');
}

function alreadyDestroyed() {
  return conflict('The data of this subject has been destroyed', 'already_destroyed');
}

export function staleVersion(current: SubjectRecord) {
  return conflict('The record was changed by someone else; here are the current values', 'version_conflict', {
    current,
  });
}
