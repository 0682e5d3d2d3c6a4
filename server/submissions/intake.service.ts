import crypto from 'node:crypto';
import type { Db } from '../db/connection.js';
import { inWriteTransaction } from '../db/groupCommit.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { Envelope } from '../crypto/envelope.js';
import type { DocumentService } from '../documents/documents.service.js';
import { unprocessable } from '../shared/errors.js';
import { findDocument } from '../documents/documents.repo.js';
import * as repo from './submissions.repo.js';
import type { PublicSubmission } from './submissions.schema.js';

export const WEBSITE_ACTOR = { id: null, login: 'website', role: 'public' };

/**
 * Website intake: a submission is kept only with the evidence that the person accepted the current
 * (or directly preceding) consent form for processing and saw a current policy version. Nothing here
 * touches a subject: a human decides that in the review queue.
 */
export class IntakeService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly envelope: Envelope,
    private readonly policies: DocumentService,
    private readonly consentForms: DocumentService,
    private readonly now: () => Date,
  ) {}

  async receive(
    ctx: RequestContext,
    input: PublicSubmission,
    userAgent: string | null,
  ): Promise<{ receiptId: string }> {
    const policyOk = this.policies.acceptable().some((p) => p.id === input.policyVersionId);
    if (!policyOk) {
      throw unprocessable(
        'policyVersionId is not the current or the directly preceding published policy version',
        'policy_version_not_current',
      );
    }
    const accepted = input.consents.filter((c) => c.accepted);
    const forms = accepted.map((c) => {
      const form = findDocument(this.db, 'consent_form', c.formId);
      const current = form?.purpose ? this.consentForms.acceptable(form.purpose) : [];
      if (!form || !current.some((f) => f.id === form.id)) {
        throw unprocessable(
          `formId ${c.formId} is not the current or the directly preceding published consent form`,
          'consent_form_not_current',
        );
      }
      return form;
    });
    if (!forms.some((f) => f.purpose === 'medical_services')) {
      throw unprocessable(
        'Consent to processing (purpose medical_services) is required as a document of its own; acknowledging the policy is not consent',
        'processing_consent_required',
      );
    }
    if (new Set(forms.map((f) => f.purpose)).size !== forms.length) {
      throw unprocessable('One consent per purpose', 'duplicate_purpose');
    }

    const receiptId = `W-${crypto.randomBytes(6).toString('hex').toUpperCase()}`;
    const sealed = input.message ? this.envelope.seal(receiptId, input.message) : null;
    const withoutClientIp = { ...ctx, ip: null };
    await inWriteTransaction(this.db, () => {
      const id = repo.insertSubmission(this.db, {
        receipt_id: receiptId,
        service: input.service,
        last_name: input.lastName,
        first_name: input.firstName,
        patronymic: input.patronymic,
        birth_date: input.birthDate,
        sex: input.sex,
        phone: input.phone,
        email: input.email,
        message_enc: sealed?.sealed ?? null,
        wrapped_key: sealed?.wrappedKey ?? this.envelope.emptyKey(receiptId),
        preferred_time: input.preferredTime,
        policy_version_id: input.policyVersionId,
        received_at: this.now().toISOString(),
        ip: ctx.ip,
        user_agent: userAgent?.slice(0, 500) ?? null,
      });
      for (const form of forms) {
        repo.insertSubmissionConsent(this.db, {
          submission_id: id,
          consent_form_id: form.id,
          purpose: form.purpose!,
          form_sha256: form.text_sha256,
        });
      }
      // The website client's address is the person's own (consent evidence, kept on the submission, which destruction
      // erases): the append-only log, which nothing can erase, does not copy it.
      this.audit.recordWithin(withoutClientIp, {
        action: 'submission.received',
        entityType: 'submission',
        entityId: id,
        details: {
          receipt_id: receiptId,
          service: input.service,
          policy_version_id: input.policyVersionId,
          consents: forms.map((f) => ({ id: f.id, purpose: f.purpose, sha256: f.text_sha256 })),
        },
      });
    });
    return { receiptId };
  }
}
