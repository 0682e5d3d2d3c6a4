import type { Db } from '../db/connection.js';
import { inWriteTransaction, requireTransaction } from '../db/groupCommit.js';
import type { Purpose } from '../contract/index.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { ListQuery } from '../shared/listQuery.js';
import { notFound, unprocessable } from '../shared/errors.js';
import { findDocument } from '../documents/documents.repo.js';
import { findSubject } from '../subjects/subjects.repo.js';
import * as repo from './consents.repo.js';
import type { ConsentRow } from './consents.repo.js';

export class ConsentService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly now: () => Date,
  ) {}

  list(q: ListQuery) {
    return repo.listConsents(this.db, q);
  }

  get(id: number) {
    const row = repo.findConsent(this.db, id);
    if (!row) throw notFound('Consent');
    return row;
  }

  /** Writes consents inside the caller's transaction (a submission decision), with their audit entries. */
  recordWithin(ctx: RequestContext, consent: Omit<repo.NewConsent, 'recorded_by_login' | 'created_at'>): number {
    requireTransaction(this.db, 'ConsentService.recordWithin');
    const id = repo.insertConsent(this.db, {
      ...consent,
      recorded_by_login: ctx.actor.login,
      created_at: this.now().toISOString(),
    });
    this.audit.recordWithin(ctx, {
      action: 'consent.recorded',
      entityType: 'consent',
      entityId: id,
      subjectId: consent.subject_id,
      details: {
        purpose: consent.purpose,
        channel: consent.channel,
        consent_form_id: consent.consent_form_id,
        form_sha256: consent.form_sha256,
        submission_id: consent.submission_id,
      },
    });
    return id;
  }

  recordPaper(
    ctx: RequestContext,
    input: {
      subject_id: number;
      consent_form_id: number;
      given_at: string;
      channel: 'paper' | 'representative';
      representative_name: string | null;
      representative_document: string | null;
    },
  ) {
    return inWriteTransaction(this.db, () => {
      const subject = findSubject(this.db, input.subject_id);
      if (!subject) throw unprocessable('No such subject', 'subject_missing');
      if (subject.status !== 'active')
        throw unprocessable('Consents are recorded only for an active subject', 'subject_not_active');
      const form = findDocument(this.db, 'consent_form', input.consent_form_id);
      if (!form || form.status !== 'published')
        throw unprocessable('The consent form must be a published one', 'form_not_published');
      const id = this.recordWithin(ctx, {
        subject_id: input.subject_id,
        purpose: form.purpose!,
        consent_form_id: form.id,
        form_sha256: form.text_sha256,
        policy_version_id: null,
        given_at: new Date(input.given_at).toISOString(),
        channel: input.channel,
        representative_name: input.representative_name,
        representative_document: input.representative_document,
        submission_id: null,
        ip: null,
        user_agent: null,
      });
      return this.get(id);
    });
  }

  /**
   * Marketing consent is withdrawn at once on the person's request (38-FZ art. 18). Withdrawing consent to
   * processing itself starts the 30-day destruction clock and belongs to the letters workflow.
   */
  withdraw(ctx: RequestContext, id: number, basis: string) {
    return inWriteTransaction(this.db, () => {
      const consent = this.get(id);
      if (consent.purpose !== 'marketing') {
        throw unprocessable(
          'Only a marketing consent is withdrawn here; other withdrawals are registered as letters',
          'withdraw_marketing_only',
        );
      }
      this.withdrawWithin(ctx, consent, basis);
      return this.get(id);
    });
  }

  /** Withdraws one active consent of any purpose inside the caller's transaction, with its audit entry. */
  withdrawWithin(ctx: RequestContext, consent: ConsentRow, basis: string, origin: Record<string, unknown> = {}): void {
    requireTransaction(this.db, 'ConsentService.withdrawWithin');
    if (!repo.withdraw(this.db, consent.id, this.now().toISOString(), basis)) {
      throw unprocessable('This consent is already withdrawn', 'already_withdrawn');
    }
    this.audit.recordWithin(ctx, {
      action: 'consent.withdrawn',
      entityType: 'consent',
      entityId: consent.id,
      subjectId: consent.subject_id,
      details: { purpose: consent.purpose, ...origin },
      personalDetails: { basis },
    });
  }

  /**
   * Withdraws every active consent of a subject (or those of the given purposes) inside the caller's transaction,
   * as a withdrawal letter does (clause 6.2); answers the ids withdrawn.
   */
  withdrawActiveWithin(
    ctx: RequestContext,
    subjectId: number,
    basis: string,
    purposes?: readonly Purpose[],
    origin: Record<string, unknown> = {},
  ): number[] {
    requireTransaction(this.db, 'ConsentService.withdrawActiveWithin');
    const active = repo.activeConsentsOf(this.db, subjectId).filter((c) => !purposes || purposes.includes(c.purpose));
    for (const consent of active) this.withdrawWithin(ctx, consent, basis, origin);
    return active.map((c) => c.id);
  }
}
