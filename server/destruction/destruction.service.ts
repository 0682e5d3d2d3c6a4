import type { Db } from '../db/connection.js';
import type {
  BulkProposalResult,
  DestructionPlanItem,
  DestructionPreview,
  DestructionRecord,
} from '../contract/index.js';
import { inWriteTransaction, requireTransaction } from '../db/groupCommit.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { SubjectKeyring } from '../crypto/subjectKeys.js';
import type { OwnerKeyring } from '../uploads/dataKeys.js';
import type { SubjectService } from '../subjects/subjects.service.js';
import type { DeadlineService } from '../deadlines/deadlines.service.js';
import type { SettingsService } from '../settings/settings.service.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { ListQuery } from '../shared/listQuery.js';
import { AppError, badRequest, conflict, notFound } from '../shared/errors.js';
import { clinicDay } from '../shared/clinicDate.js';
import { actPerson, sealActWithin } from './sealAct.js';
import { executePlanWithin } from './execute.js';
import { decidable, decidedAlready } from './fourEyes.js';
import * as repo from './destruction.repo.js';
import type { BulkProposeInput, ProposeInput } from './destruction.schema.js';

// Associated data of what a destruction seals under the subject's key.
const REASON = (id: number) => `destruction-reason:${id}`;
const COMMENT = (id: number) => `destruction-comment:${id}`;

/**
 * Уничтожение (152-FZ art. 21): an operator proposes, a compliance officer who is not the proposer approves or
 * rejects, and the approval executes the plan, writes the act and deletes the subject's key in one transaction.
 */
export class DestructionService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly keyring: SubjectKeyring,
    private readonly ownerKeys: OwnerKeyring,
    private readonly subjects: SubjectService,
    private readonly deadlines: DeadlineService,
    private readonly settings: SettingsService,
    private readonly now: () => Date,
  ) {}

  /** The register without the words (reason text, comment): those are read, audited, on the card. */
  list(q: ListQuery) {
    const { rows, total } = repo.listDestructions(this.db, q);
    return { rows: rows.map((r) => this.toRecord(r, false)), total };
  }

  get(id: number): DestructionRecord {
    const row = repo.findDestruction(this.db, id);
    if (!row) throw notFound('Destruction');
    return this.toRecord(row);
  }

  /** Opening a proposal is an audited read: it shows the reason in words, which may describe the person. */
  view(ctx: RequestContext, id: number): Promise<DestructionRecord> {
    return inWriteTransaction(this.db, () => {
      const record = this.get(id);
      this.audit.recordWithin(ctx, {
        action: 'destruction.viewed',
        entityType: 'destruction',
        entityId: id,
        subjectId: record.subject_id,
        details: { status: record.status },
      });
      return record;
    });
  }

  /** What destroying each category would remove now: shown before a proposal is sent. */
  preview(subjectId: number): DestructionPreview {
    const subject = this.subjects.findForUpdate(subjectId);
    if (!subject) throw notFound('Subject');
    const c = repo.categoryCounts(this.db, subjectId);
    const destroyed = subject.status === 'destroyed';
    return {
      identity_contacts: destroyed ? 0 : 1,
      medical: c.medical,
      submissions: c.submissions,
      consents: c.consents,
      correspondence: c.letters + c.notes + c.attachments + c.replies,
      disclosures: c.disclosures,
    };
  }

  propose(ctx: RequestContext, input: ProposeInput): Promise<DestructionRecord> {
    // Retaining until a day already past retains nothing: the plan must say destroy.
    const today = clinicDay(this.now());
    const past = input.plan.findIndex((p) => p.retain_until !== null && p.retain_until <= today);
    if (past >= 0) {
      throw badRequest('A retained category is kept until a day after today', {
        [`plan.${past}.retain_until`]: `Expected a day after ${today}`,
      });
    }
    return inWriteTransaction(this.db, () => {
      const subject = this.subjects.findForUpdate(input.subject_id);
      if (!subject) throw notFound('Subject');
      const earlier = this.retainedSoFar(subject);
      if (repo.openDestructionOf(this.db, subject.id) !== undefined) throw pending();
      if (input.letter_id !== null && repo.letterSubjectOf(this.db, input.letter_id) !== subject.id) {
        throw badRequest('The letter named is not a letter of this subject', {
          letter_id: 'Expected a letter identified as this subject',
        });
      }
      const id = repo.insertDestruction(this.db, {
        subject_id: subject.id,
        letter_id: input.letter_id,
        reason: input.reason,
        plan: input.plan,
        proposed_by: ctx.actor.id!,
        proposed_by_login: ctx.actor.login,
        proposed_at: this.now().toISOString(),
      });
      repo.setReasonSealed(this.db, id, this.keyring.seal(subject.id, input.reason_text, REASON(id)));
      this.audit.recordWithin(ctx, {
        action: 'destruction.proposed',
        entityType: 'destruction',
        entityId: id,
        subjectId: subject.id,
        details: {
          reason: input.reason,
          letter_id: input.letter_id,
          plan: input.plan,
          ...(earlier ? { earlier_act: earlier.act_number } : {}),
        },
        personalDetails: { reason_text: input.reason_text },
      });
      // A destroyed subject's retained data is blocked already (nothing but storing it is allowed).
      if (!earlier) {
        this.subjects.blockWithin(ctx, subject.id, { source: 'destruction', sourceId: id, reason: input.reason_text });
      }
      return this.get(id);
    });
  }

  /**
   * One proposal per subject, each through propose and so under its rules, each in its own unit of the group commit
   * (a savepoint): a subject refused (destroyed, already proposed, not found) is skipped with the code a single
   * proposal would get and undoes none of the others, which one transaction for all could only do by re-creating
   * those savepoints. Queued at once, they share a couple of commits instead of an fsync each. An unexpected error
   * is thrown after all have settled: the ones committed are in the list, and a retry skips them as pending.
   */
  async proposeMany(ctx: RequestContext, input: BulkProposeInput): Promise<BulkProposalResult> {
    const { subject_ids, ...proposal } = input;
    const outcomes = await Promise.allSettled(
      subject_ids.map((subject_id) => this.propose(ctx, { ...proposal, subject_id, letter_id: null })),
    );
    const result: BulkProposalResult = { created: [], skipped: [] };
    for (const [i, outcome] of outcomes.entries()) {
      const subject_id = subject_ids[i];
      if (outcome.status === 'fulfilled') result.created.push({ subject_id, destruction_id: outcome.value.id });
      else if (outcome.reason instanceof AppError) result.skipped.push({ subject_id, code: outcome.reason.code });
      else throw outcome.reason;
    }
    return result;
  }

  reject(ctx: RequestContext, id: number, comment: string): Promise<DestructionRecord> {
    return inWriteTransaction(this.db, () => {
      const row = this.openForDecision(ctx, id);
      const decided = repo.decide(this.db, id, {
        status: 'rejected',
        decided_by: ctx.actor.id!,
        decided_by_login: ctx.actor.login,
        decided_at: this.now().toISOString(),
        comment_enc: this.keyring.seal(row.subject_id, comment, COMMENT(id)),
        act_id: null,
      });
      if (!decided) throw decidedAlready();
      this.audit.recordWithin(ctx, {
        action: 'destruction.rejected',
        entityType: 'destruction',
        entityId: id,
        subjectId: row.subject_id,
        details: { reason: row.reason },
        personalDetails: { comment },
      });
      // The proposal blocked the subject; rejected, it lifts that block unless a letter still holds one.
      const subject = this.subjects.findForUpdate(row.subject_id);
      if (subject?.status === 'blocked' && !repo.blockHeldByLetter(this.db, subject.id)) {
        this.subjects.unblockWithin(ctx, subject.id, {
          source: 'destruction',
          sourceId: id,
          reason: `Предложение об уничтожении № ${id} отклонено`,
        });
      }
      return this.get(id);
    });
  }

  /** Four eyes, then the whole destruction at once; the WAL is truncated after it commits. */
  async approve(ctx: RequestContext, id: number, comment: string): Promise<DestructionRecord> {
    const subjectId = repo.findDestruction(this.db, id)?.subject_id;
    try {
      const record = await inWriteTransaction(this.db, () => this.approveWithin(ctx, id, comment));
      repo.truncateWalSoon(this.db);
      return record;
    } catch (error) {
      // The keyring caches keys outside the transaction: after a rollback it must read the key again.
      if (subjectId !== undefined) this.keyring.forget(subjectId);
      throw error;
    }
  }

  private approveWithin(ctx: RequestContext, id: number, comment: string): DestructionRecord {
    requireTransaction(this.db, 'DestructionService.approveWithin');
    const since = repo.lastAuditId(this.db);
    const row = this.openForDecision(ctx, id);
    const subject = this.subjects.findForUpdate(row.subject_id)!;
    const earlier = this.retainedSoFar(subject);
    const plan = JSON.parse(row.plan) as DestructionPlanItem[];
    // After an earlier destruction the act speaks of what that one retained: the rest went with the earlier act.
    const acted = earlier
      ? plan.filter((p) => earlier.plan.some((e) => e.category === p.category && e.action === 'retain'))
      : plan;
    const reasonText = this.keyring.open(subject.id, row.reason_text_enc, REASON(id));
    const now = this.now();
    const destroyedOn = clinicDay(now);
    const year = Number(destroyedOn.slice(0, 4));
    const act = repo.insertAct(this.db, {
      year,
      seq: repo.takeActNumber(this.db, year),
      destruction_id: id,
      subject_id: subject.id,
      destroyed_on: destroyedOn,
      reason: row.reason,
      categories: JSON.stringify(acted),
      created_at: now.toISOString(),
    });
    const decided = repo.decide(this.db, id, {
      status: 'executed',
      decided_by: ctx.actor.id!,
      decided_by_login: ctx.actor.login,
      decided_at: now.toISOString(),
      comment_enc: this.keyring.seal(subject.id, comment, COMMENT(id)),
      act_id: act.id,
    });
    if (!decided) throw decidedAlready();
    this.audit.recordWithin(ctx, {
      action: 'destruction.approved',
      entityType: 'destruction',
      entityId: id,
      subjectId: subject.id,
      details: { reason: row.reason, act_id: act.id },
      ...(comment ? { personalDetails: { comment } } : {}),
    });
    executePlanWithin(
      {
        db: this.db,
        audit: this.audit,
        keyring: this.keyring,
        ownerKeys: this.ownerKeys,
        subjects: this.subjects,
        deadlines: this.deadlines,
      },
      ctx,
      subject,
      plan,
      {
        destroyedOn,
        now: now.toISOString(),
        actId: act.id,
        letterId: row.letter_id,
        destructionId: id,
        again: earlier !== null,
      },
    );
    this.audit.recordWithin(ctx, {
      action: 'destruction_act.created',
      entityType: 'destruction_act',
      entityId: act.id,
      subjectId: subject.id,
      details: { number: act.number, destruction_id: id, destroyed_on: destroyedOn, expires_on: act.expires_on },
    });
    sealActWithin({ db: this.db, ownerKeys: this.ownerKeys, settings: this.settings }, act, {
      destroyedOn,
      now: now.toISOString(),
      subject,
      plan: acted,
      row,
      reasonText,
      comment,
      proposer: actPerson(this.db, row.proposed_by, row.proposed_by_login),
      approver: actPerson(this.db, ctx.actor.id!, ctx.actor.login),
      log: repo.auditLines(this.db, id, subject.id, since),
      earlier: earlier && { number: earlier.act_number, destroyed_on: earlier.destroyed_on },
    });
    return this.get(id);
  }

  /**
   * A subject not destroyed yet: null. A destroyed one whose last destruction retained some categories (medical
   * records kept under 323-FZ, say): that destruction, so that what it retained can be destroyed in its turn, when
   * its term ends. A destroyed one that retained nothing: 409 already_destroyed.
   */
  private retainedSoFar(subject: { id: number; status: string }): repo.EarlierDestruction | null {
    if (subject.status !== 'destroyed') return null;
    const earlier = repo.lastExecutedOf(this.db, subject.id);
    if (!earlier?.plan.some((p) => p.action === 'retain')) throw alreadyDestroyed();
    return earlier;
  }

  private openForDecision(ctx: RequestContext, id: number): repo.DestructionRow {
    return decidable(ctx, repo.findDestruction(this.db, id), 'Destruction');
  }

  private toRecord(row: repo.DestructionRow, withWords = true): DestructionRecord {
    // Once executed the words were sealed under a key that no longer exists (the act keeps them).
    const readable = withWords && row.status !== 'executed';
    const open = (sealed: Buffer | null, aad: string) =>
      readable && sealed ? this.keyring.open(row.subject_id, sealed, aad) : null;
    return {
      id: row.id,
      subject_id: row.subject_id,
      letter_id: row.letter_id,
      reason: row.reason,
      reason_text: open(row.reason_text_enc, REASON(row.id)),
      plan: JSON.parse(row.plan) as DestructionPlanItem[],
      status: row.status,
      proposed_by: row.proposed_by,
      proposed_by_login: row.proposed_by_login,
      proposed_at: row.proposed_at,
      decided_by: row.decided_by,
      decided_by_login: row.decided_by_login,
      decided_at: row.decided_at,
      comment: open(row.comment_enc, COMMENT(row.id)),
      act_id: row.act_id,
      act_number: row.act_number,
      version: row.version,
    };
  }
}

function alreadyDestroyed() {
  return conflict('The data of this subject has been destroyed already', 'already_destroyed');
}

function pending() {
  return conflict('This subject already has an open destruction proposal', 'destruction_pending');
}
