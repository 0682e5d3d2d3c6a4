import type { Db } from '../db/connection.js';
import type { DestructionCategory, DestructionPlanItem, Subject } from '../contract/index.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { SubjectKeyring } from '../crypto/subjectKeys.js';
import type { OwnerKeyring } from '../uploads/dataKeys.js';
import type { SubjectService } from '../subjects/subjects.service.js';
import type { DeadlineService } from '../deadlines/deadlines.service.js';
import type { RequestContext } from '../shared/requestContext.js';
import { LETTER_OWNER } from '../letters/letters.service.js';
import { DISCLOSURE_OWNER } from '../disclosures/disclosures.service.js';
import { readSubjectReplyTexts, resealSubjectReplyTexts } from '../replies/replies.service.js';
import { DESTROYED_PLACEHOLDER } from '../subjects/subjects.repo.js';
import { eraseSubmissionsOf } from '../submissions/submissions.repo.js';
import { eraseEvidenceOf } from '../consents/consents.repo.js';
import { eraseLetter, letterIdsOf } from '../letters/letters.repo.js';
import { disclosuresOnlyOf } from './destruction.repo.js';
import { deleteAttachmentsOf, deleteSubjectAttachments } from '../uploads/uploads.repo.js';
import { requireTransaction } from '../db/groupCommit.js';

export interface ExecuteDeps {
  db: Db;
  audit: AuditWriter;
  keyring: SubjectKeyring;
  ownerKeys: OwnerKeyring;
  subjects: SubjectService;
  deadlines: DeadlineService;
}

/** What an execution removed, in counts only: the audit entry `subject.destroyed` carries it. */
type Removed = Partial<Record<DestructionCategory, number>>;

/**
 * Carries out a plan inside the approving transaction: every category marked destroy is erased, then the subject's
 * data key is deleted, so whatever was sealed under it (the personal parts of its audit entries, reasons, replies) can
 * never be read again while every hash of the chain still verifies. What the plan retains and was sealed under that
 * key (medical information, replies) is read under the old key and re-sealed under a fresh one.
 */
export function executePlanWithin(
  deps: ExecuteDeps,
  ctx: RequestContext,
  subject: Subject,
  plan: DestructionPlanItem[],
  at: {
    destroyedOn: string;
    now: string;
    actId: number;
    letterId: number | null;
    destructionId: number;
    /** What an earlier destruction of this subject retained is destroyed now. */
    again: boolean;
  },
): void {
  const { db, audit, keyring, ownerKeys, subjects, deadlines } = deps;
  requireTransaction(db, 'executePlanWithin');
  const destroys = (c: DestructionCategory) => plan.some((p) => p.category === c && p.action === 'destroy');
  const id = subject.id;
  const removed: Removed = {};

  // Read under the key that is about to go: what a retained category keeps sealed under the subject's key.
  const keepMedical = !destroys('medical') ? subjects.medicalInfoForRekeyWithin(id) : null;
  const renew = keepMedical !== null || !destroys('correspondence');
  const replyTexts = renew ? readSubjectReplyTexts(db, keyring, id) : [];

  subjects.destroyWithin(
    id,
    { identity: destroys('identity_contacts'), medical: destroys('medical') },
    at.destroyedOn,
    at.actId,
    at.again,
  );
  if (destroys('identity_contacts')) removed.identity_contacts = at.again ? 0 : 1;
  if (destroys('medical')) removed.medical = subject.has_medical_info ? 1 : 0;
  if (destroys('submissions')) removed.submissions = eraseSubmissionsOf(db, id, DESTROYED_PLACEHOLDER);
  // Runs after the status is `destroyed`: the consents' trigger allows erasing their evidence only then.
  if (destroys('consents')) removed.consents = eraseEvidenceOf(db, id, DESTROYED_PLACEHOLDER);
  if (destroys('correspondence')) {
    const letters = letterIdsOf(db, id);
    let files = deleteSubjectAttachments(db, id);
    for (const letterId of letters) {
      eraseLetter(db, letterId);
      files += deleteAttachmentsOf(db, LETTER_OWNER, letterId);
      ownerKeys.destroyWithin(LETTER_OWNER, letterId);
    }
    removed.correspondence = letters.length + files + replyTexts.length;
  }

  // A request from an authority that concerns this subject alone: what was decided and given, and its files, are
  // sealed under the request's key, which goes; the register row (authority, document, dates, categories) stays as
  // the record that a disclosure happened. A request naming other subjects too keeps its content: it is theirs as
  // well (the preview counts only the first kind).
  if (destroys('disclosures')) {
    const own = disclosuresOnlyOf(db, id);
    for (const disclosureId of own) {
      deleteAttachmentsOf(db, DISCLOSURE_OWNER, disclosureId);
      ownerKeys.destroyWithin(DISCLOSURE_OWNER, disclosureId);
    }
    removed.disclosures = own.length;
  }

  for (const itemId of deadlines.openDestroyItemIds(id, at.letterId)) {
    deadlines.closeWithin(ctx, itemId, { reason: 'fulfilled' });
  }

  keyring.destroyKeyWithin(id, at.now, renew);
  if (keepMedical !== null) subjects.resealMedicalInfoWithin(id, keepMedical);
  if (renew) resealSubjectReplyTexts(db, keyring, id, replyTexts, destroys('correspondence'));

  audit.recordWithin(ctx, {
    action: 'subject.destroyed',
    entityType: 'subject',
    entityId: id,
    subjectId: id,
    details: {
      destruction_id: at.destructionId,
      act_id: at.actId,
      destroyed_on: at.destroyedOn,
      destroyed: plan.filter((p) => p.action === 'destroy').map((p) => p.category),
      retained: plan.filter((p) => p.action === 'retain').map((p) => p.category),
      removed,
      key_destroyed: true,
      ...(at.again ? { again: true } : {}),
    },
  });
}
