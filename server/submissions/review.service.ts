import type { Db } from '../db/connection.js';
import { inWriteTransaction } from '../db/groupCommit.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { Envelope } from '../crypto/envelope.js';
import type { ListQuery } from '../shared/listQuery.js';
import { conflict, notFound, unprocessable } from '../shared/errors.js';
import type { SubjectService } from '../subjects/subjects.service.js';
import { staleVersion } from '../subjects/subjects.service.js';
import type { ConsentService } from '../consents/consents.service.js';
import type { SubjectFields } from '../contract/index.js';
import { normalizeName } from '../shared/text.js';
import * as repo from './submissions.repo.js';
import type { TakeableField } from '../contract/index.js';

// Surname + first name + birth date together outweigh a shared phone: family members often share one number.
const MATCH_WEIGHTS: Record<string, number> = {
  phone: 40,
  email: 30,
  birth_date: 20,
  last_name: 15,
  first_name: 10,
  patronymic: 5,
};

/** The review queue: a human links, creates or rejects each submission, once. */
export class ReviewService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly envelope: Envelope,
    private readonly subjects: SubjectService,
    private readonly consents: ConsentService,
    private readonly now: () => Date,
  ) {}

  list(q: ListQuery) {
    return repo.listSubmissions(this.db, q);
  }

  countNew() {
    return repo.countNew(this.db);
  }

  /** The card: the submission with its message, consent evidence and ranked suggestions. An audited read. */
  view(ctx: RequestContext, id: number) {
    return inWriteTransaction(this.db, () => {
      const s = repo.findSubmission(this.db, id);
      if (!s) throw notFound('Submission');
      const sealed = repo.findSealedMessage(this.db, id)!;
      this.audit.recordWithin(ctx, {
        action: 'submission.viewed',
        entityType: 'submission',
        entityId: id,
        subjectId: s.subject_id,
      });
      return {
        ...s,
        has_message: !!s.has_message,
        message: sealed.message_enc
          ? this.envelope.open(sealed.receipt_id, sealed.wrapped_key, sealed.message_enc)
          : null,
        consents: repo.submissionConsents(this.db, id),
        matches: this.matches(s),
      };
    });
  }

  /** Ranked: the more (and the stronger) fields agree, the higher; the agreeing fields are named for highlighting. */
  matches(s: repo.SubmissionRow) {
    return repo
      .matchCandidates(this.db, s)
      .map((c) => {
        const same = (a: string | null, b: string | null) => !!a && !!b && normalizeName(a) === normalizeName(b);
        const matched_fields = [
          c.phone === s.phone && 'phone',
          same(c.email, s.email) && 'email',
          c.birth_date && c.birth_date === s.birth_date && 'birth_date',
          same(c.last_name, s.last_name) && 'last_name',
          same(c.first_name, s.first_name) && 'first_name',
          same(c.patronymic, s.patronymic) && 'patronymic',
        ].filter(Boolean) as string[];
        return { subject: c, matched_fields, score: matched_fields.reduce((n, f) => n + MATCH_WEIGHTS[f], 0) };
      })
      .sort((a, b) => b.score - a.score || a.subject.id - b.subject.id)
      .slice(0, 10);
  }

  /** Links to an existing subject; each taken field is a correction whose reason is the submission. */
  link(ctx: RequestContext, id: number, input: { subject_id: number; subject_version: number; take: TakeableField[] }) {
    return inWriteTransaction(this.db, () => {
      const s = this.pending(id);
      const subject = this.subjects.findForUpdate(input.subject_id);
      if (!subject || subject.status === 'destroyed')
        throw unprocessable('No such subject to link to', 'subject_missing');
      if (subject.version !== input.subject_version) throw staleVersion(subject);

      const next: SubjectFields = { ...pickFields(subject) };
      for (const f of input.take) (next as Record<string, unknown>)[f] = s[f];
      const origin = { source: 'submission', submission_id: id, receipt_id: s.receipt_id };
      const corrected = this.subjects.correctWithin(ctx, subject, next, `submission ${s.receipt_id}`, null, origin);
      this.close(ctx, s, 'linked', subject.id);
      const consentIds = this.carryConsents(ctx, s, subject.id);
      this.audit.recordWithin(ctx, {
        action: 'submission.linked',
        entityType: 'submission',
        entityId: id,
        subjectId: subject.id,
        details: {
          receipt_id: s.receipt_id,
          fields_taken: corrected ? input.take.filter((f) => subject[f] !== s[f]) : [],
          consents: consentIds,
        },
      });
      return { submission: repo.findSubmission(this.db, id), subject: corrected ?? subject };
    });
  }

  createSubject(ctx: RequestContext, id: number) {
    return inWriteTransaction(this.db, () => {
      const s = this.pending(id);
      const subject = this.subjects.createWithin(
        ctx,
        {
          ...pickFields(s),
          legal_rep_name: null,
          legal_rep_basis: null,
        },
        null,
        { source: 'submission', submission_id: id, receipt_id: s.receipt_id },
      );
      this.close(ctx, s, 'created', subject.id);
      const consentIds = this.carryConsents(ctx, s, subject.id);
      this.audit.recordWithin(ctx, {
        action: 'submission.subject_created',
        entityType: 'submission',
        entityId: id,
        subjectId: subject.id,
        details: { receipt_id: s.receipt_id, consents: consentIds },
      });
      return { submission: repo.findSubmission(this.db, id), subject };
    });
  }

  reject(ctx: RequestContext, id: number, input: { category: string; reason: string }) {
    return inWriteTransaction(this.db, () => {
      const s = this.pending(id);
      this.close(ctx, s, 'rejected', null, input);
      this.audit.recordWithin(ctx, {
        action: 'submission.rejected',
        entityType: 'submission',
        entityId: id,
        // The reason stays on the submission, which destruction erases: words typed about a person who never became
        // a subject have no key to be sealed under, and the append-only log would keep them for ever.
        details: { receipt_id: s.receipt_id, category: input.category },
      });
      return { submission: repo.findSubmission(this.db, id) };
    });
  }

  private pending(id: number): repo.SubmissionRow {
    const s = repo.findSubmission(this.db, id);
    if (!s) throw notFound('Submission');
    if (s.status !== 'new') throw alreadyDecided(s);
    return s;
  }

  private close(
    ctx: RequestContext,
    s: repo.SubmissionRow,
    status: string,
    subjectId: number | null,
    rejection?: { category: string; reason: string },
  ) {
    const done = repo.decide(this.db, s.id, {
      status,
      at: this.now().toISOString(),
      by_id: ctx.actor.id,
      by_login: ctx.actor.login,
      subject_id: subjectId,
      reject_category: rejection?.category ?? null,
      reject_reason: rejection?.reason ?? null,
    });
    if (!done) throw alreadyDecided(repo.findSubmission(this.db, s.id)!);
  }

  private carryConsents(ctx: RequestContext, s: repo.SubmissionRow, subjectId: number): number[] {
    return repo.submissionConsents(this.db, s.id).map((c) =>
      this.consents.recordWithin(ctx, {
        subject_id: subjectId,
        purpose: c.purpose,
        consent_form_id: c.consent_form_id,
        form_sha256: c.form_sha256,
        policy_version_id: s.policy_version_id,
        given_at: s.received_at,
        channel: 'website',
        representative_name: null,
        representative_document: null,
        submission_id: s.id,
        ip: s.ip,
        user_agent: s.user_agent,
      }),
    );
  }
}

function pickFields(
  r: Pick<SubjectFields, 'last_name' | 'first_name' | 'patronymic' | 'sex' | 'birth_date' | 'phone' | 'email'> &
    Partial<SubjectFields>,
): SubjectFields {
  return {
    last_name: r.last_name,
    first_name: r.first_name,
    patronymic: r.patronymic,
    sex: r.sex,
    birth_date: r.birth_date,
    phone: r.phone,
    email: r.email,
    legal_rep_name: r.legal_rep_name ?? null,
    legal_rep_basis: r.legal_rep_basis ?? null,
  };
}

function alreadyDecided(s: repo.SubmissionRow) {
  return conflict(
    `Submission ${s.receipt_id} was already decided (${s.status}) by ${s.decided_by_login ?? 'someone'} at ${s.decided_at ?? '?'}`,
    'already_decided',
    { status: s.status, decided_by_login: s.decided_by_login, decided_at: s.decided_at },
  );
}
