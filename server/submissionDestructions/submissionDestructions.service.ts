import type { Db } from '../db/connection.js';
import type { SubmissionDestructionDetail, SubmissionDestructionRecord } from '../contract/index.js';
import { inWriteTransaction, requireTransaction } from '../db/groupCommit.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { OwnerKeyring } from '../uploads/dataKeys.js';
import type { SettingsService } from '../settings/settings.service.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { ListQuery } from '../shared/listQuery.js';
import { conflict, notFound } from '../shared/errors.js';
import { clinicDay } from '../shared/clinicDate.js';
import { DESTROYED_PLACEHOLDER } from '../subjects/subjects.repo.js';
import { BATCH_PLAN, batchActContent } from '../destruction/actContent.js';
import { actPerson, storeActContentWithin } from '../destruction/sealAct.js';
import { decidable, decidedAlready } from '../destruction/fourEyes.js';
import { lastAuditId, takeActNumber, truncateWalSoon } from '../destruction/destruction.repo.js';
import type { ProposeBatchInput } from './submissionDestructions.schema.js';
import * as repo from './submissionDestructions.repo.js';

/** The owner type of a batch's own key: it seals the batch's words until the execution deletes it. */
export const BATCH_KEY_OWNER = 'submission_destruction';
const REASON = (id: number) => `${BATCH_KEY_OWNER}:${id}:reason`;
const COMMENT = (id: number) => `${BATCH_KEY_OWNER}:${id}:comment`;

/**
 * Уничтожение of rejected website submissions that never became a subject (152-FZ art. 21 p.4): an operator proposes
 * a batch, a compliance officer who is not the proposer approves or rejects, and the approval erases every payload of
 * the batch and writes one act for all of it, in one transaction. Without a subject there is no subject's key: the
 * batch's words live under a key of its own, which the execution deletes once the act has copied them.
 */
export class SubmissionDestructionService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly ownerKeys: OwnerKeyring,
    private readonly settings: SettingsService,
    private readonly now: () => Date,
  ) {}

  list(q: ListQuery): { rows: SubmissionDestructionRecord[]; total: number } {
    const { rows, total } = repo.listBatches(this.db, q);
    return { rows: rows.map((r) => this.toRecord(r, false)), total };
  }

  /** Opening a batch is an audited read: it shows the reason in words. */
  view(ctx: RequestContext, id: number): Promise<SubmissionDestructionDetail> {
    return inWriteTransaction(this.db, () => {
      const detail = this.detail(id);
      this.audit.recordWithin(ctx, {
        action: 'submission_destruction.viewed',
        entityType: 'submission_destruction',
        entityId: id,
        details: { status: detail.status },
      });
      return detail;
    });
  }

  propose(ctx: RequestContext, input: ProposeBatchInput): Promise<SubmissionDestructionDetail> {
    return inWriteTransaction(this.db, () => {
      const refused = repo.notDestroyable(this.db, input.submission_ids);
      if (refused.length) {
        throw conflict(
          'Only rejected submissions without a subject, whose data is still held and that are in no other batch, can be destroyed this way',
          'submission_not_destroyable',
          { submission_ids: refused },
        );
      }
      const now = this.now().toISOString();
      const id = repo.insertBatch(
        this.db,
        {
          reason: input.reason,
          submissions_count: input.submission_ids.length,
          proposed_by: ctx.actor.id!,
          proposed_by_login: ctx.actor.login,
          proposed_at: now,
        },
        input.submission_ids,
      );
      const key = this.ownerKeys.ensureWithin(BATCH_KEY_OWNER, id, now).key;
      repo.setReasonSealed(this.db, id, key.seal(Buffer.from(input.reason_text, 'utf8'), REASON(id)));
      // Ids and counts only: the words may describe a person, and the append-only log would keep them for ever.
      this.audit.recordWithin(ctx, {
        action: 'submission_destruction.proposed',
        entityType: 'submission_destruction',
        entityId: id,
        details: {
          reason: input.reason,
          submissions_count: input.submission_ids.length,
          submission_ids: input.submission_ids,
        },
      });
      return this.detail(id);
    });
  }

  reject(ctx: RequestContext, id: number, comment: string): Promise<SubmissionDestructionDetail> {
    return inWriteTransaction(this.db, () => {
      const row = this.openForDecision(ctx, id);
      const key = this.ownerKeys.ensureWithin(BATCH_KEY_OWNER, id, this.now().toISOString()).key;
      const decided = repo.decideBatch(this.db, id, {
        status: 'rejected',
        decided_by: ctx.actor.id!,
        decided_by_login: ctx.actor.login,
        decided_at: this.now().toISOString(),
        comment_enc: key.seal(Buffer.from(comment, 'utf8'), COMMENT(id)),
        act_id: null,
      });
      if (!decided) throw decidedAlready();
      this.audit.recordWithin(ctx, {
        action: 'submission_destruction.rejected',
        entityType: 'submission_destruction',
        entityId: id,
        details: { reason: row.reason, submissions_count: row.submissions_count },
      });
      return this.detail(id);
    });
  }

  /** Four eyes, then the whole batch at once; the WAL is truncated after it commits. */
  async approve(ctx: RequestContext, id: number, comment: string): Promise<SubmissionDestructionDetail> {
    const detail = await inWriteTransaction(this.db, () => this.approveWithin(ctx, id, comment));
    truncateWalSoon(this.db);
    return detail;
  }

  private approveWithin(ctx: RequestContext, id: number, comment: string): SubmissionDestructionDetail {
    requireTransaction(this.db, 'SubmissionDestructionService.approveWithin');
    const since = lastAuditId(this.db);
    const row = this.openForDecision(ctx, id);
    const reasonText = this.openWords(row.id, row.reason_text_enc, REASON(id)) ?? '';
    const submitters = repo.submittersOf(this.db, id);
    const now = this.now();
    const at = now.toISOString();
    const destroyedOn = clinicDay(now);
    const year = Number(destroyedOn.slice(0, 4));
    const act = repo.insertBatchAct(this.db, {
      year,
      seq: takeActNumber(this.db, year),
      submission_destruction_id: id,
      submissions_count: row.submissions_count,
      destroyed_on: destroyedOn,
      reason: row.reason,
      categories: JSON.stringify(BATCH_PLAN),
      created_at: at,
    });
    const decided = repo.decideBatch(this.db, id, {
      status: 'executed',
      decided_by: ctx.actor.id!,
      decided_by_login: ctx.actor.login,
      decided_at: at,
      comment_enc: Buffer.alloc(0),
      act_id: act.id,
    });
    if (!decided) throw decidedAlready();
    this.audit.recordWithin(ctx, {
      action: 'submission_destruction.approved',
      entityType: 'submission_destruction',
      entityId: id,
      details: { reason: row.reason, act_id: act.id, submissions_count: row.submissions_count },
    });

    const erased = repo.eraseBatchSubmissions(this.db, id, DESTROYED_PLACEHOLDER);
    // Checked when proposed, and nothing else erases a rejected submission without a subject: a mismatch is a bug.
    if (erased !== row.submissions_count || submitters.length !== row.submissions_count) {
      throw new Error(`Batch ${id} holds ${row.submissions_count} submissions, ${erased} could be erased`);
    }
    for (const s of submitters) {
      this.audit.recordWithin(ctx, {
        action: 'submission.destroyed',
        entityType: 'submission',
        entityId: s.id,
        details: { receipt_id: s.receipt_id, submission_destruction_id: id, act_id: act.id, destroyed_on: destroyedOn },
      });
    }
    this.ownerKeys.destroyWithin(BATCH_KEY_OWNER, id);
    // A rejected batch's reason and comment may name the same people: their key goes with the people's data.
    for (const earlier of repo.rejectedBatchesSharing(this.db, id))
      this.ownerKeys.destroyWithin(BATCH_KEY_OWNER, earlier);

    this.audit.recordWithin(ctx, {
      action: 'destruction_act.created',
      entityType: 'destruction_act',
      entityId: act.id,
      details: {
        number: act.number,
        submission_destruction_id: id,
        submissions_count: row.submissions_count,
        destroyed_on: destroyedOn,
        expires_on: act.expires_on,
      },
    });
    const content = batchActContent({
      number: act.number,
      destroyedOn,
      settings: this.settings.current(),
      submissions: submitters,
      proposer: actPerson(this.db, row.proposed_by, row.proposed_by_login),
      approver: actPerson(this.db, ctx.actor.id!, ctx.actor.login),
      reason: row.reason,
      reasonText,
      comment,
      log: repo.batchAuditLines(this.db, id, since),
    });
    storeActContentWithin({ db: this.db, ownerKeys: this.ownerKeys }, act.id, content, at);
    return this.detail(id);
  }

  private detail(id: number): SubmissionDestructionDetail {
    const row = repo.findBatch(this.db, id);
    if (!row) throw notFound('Submission destruction');
    return { ...this.toRecord(row), submissions: repo.batchItems(this.db, id) };
  }

  private openForDecision(ctx: RequestContext, id: number): repo.BatchRow {
    return decidable(ctx, repo.findBatch(this.db, id), 'Submission destruction');
  }

  /** Words under the batch's key: null once executed (the key is gone, the act keeps them). */
  private openWords(id: number, sealed: Buffer | null, aad: string): string | null {
    if (!sealed || sealed.length === 0) return null;
    const key = this.ownerKeys.findForOwner(BATCH_KEY_OWNER, id);
    return key ? key.open(sealed, aad).toString('utf8') : null;
  }

  private toRecord(row: repo.BatchRow, withWords = true): SubmissionDestructionRecord {
    return {
      id: row.id,
      reason: row.reason,
      reason_text: withWords ? this.openWords(row.id, row.reason_text_enc, REASON(row.id)) : null,
      status: row.status,
      submissions_count: row.submissions_count,
      proposed_by: row.proposed_by,
      proposed_by_login: row.proposed_by_login,
      proposed_at: row.proposed_at,
      decided_by: row.decided_by,
      decided_by_login: row.decided_by_login,
      decided_at: row.decided_at,
      comment: withWords ? this.openWords(row.id, row.comment_enc, COMMENT(row.id)) : null,
      act_id: row.act_id,
      act_number: row.act_number,
      version: row.version,
    };
  }
}
