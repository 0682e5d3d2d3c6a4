import crypto from 'node:crypto';
import {
  REPLY_KINDS_FOR_LETTER,
  REPLY_KIND_UNIDENTIFIED,
  type LetterDetail,
  type PrintableDocument,
  type Reply,
  type ReplyKind,
} from '../contract/index.js';
import type { Db } from '../db/connection.js';
import { inWriteTransaction, requireTransaction } from '../db/groupCommit.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { SubjectKeyring } from '../crypto/subjectKeys.js';
import type { DeadlineService } from '../deadlines/deadlines.service.js';
import type { LetterService } from '../letters/letters.service.js';
import type { SettingsService } from '../settings/settings.service.js';
import type { SubjectService } from '../subjects/subjects.service.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { ListQuery } from '../shared/listQuery.js';
import { AppError, badRequest, conflict, notFound } from '../shared/errors.js';
import { clinicDay } from '../shared/clinicDate.js';
import { renderPdf } from '../printing/pdf.js';
import { formatDay } from './templates/context.js';
import { draftText } from './templates/kinds.js';
import { replyDocument } from './replyDocument.js';
import { findStaffByLogin } from '../staff/staff.repo.js';
import * as repo from './replies.repo.js';
import type { DraftReplyInput, EditReplyInput, SendReplyInput } from './replies.schema.js';

/** Where the access report comes from (AccessReportService): the report an `access_report` reply encloses. */
interface AccessReportSource {
  buildPrintable(ctx: RequestContext, subjectId: number): Promise<PrintableDocument>;
  buildPrintableWithin(ctx: RequestContext, subjectId: number): PrintableDocument;
}

/** Letter states in which no reply is drafted any more: the correspondence is over or was never a request. */
const FINISHED = ['answered', 'closed', 'rejected'];

const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Replies to letters: drafted from a template, edited while a draft, sent (numbered ИСХ-<year>-<5 digits>, frozen,
 * and the letter answered or its term extended in the same transaction), printed. The text and the tracking number
 * are personal: sealed under the subject's key, or the letter's own key for a sender not identified; the audit log
 * holds their hashes and numbers, never the words.
 */
export class ReplyService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly keyring: SubjectKeyring,
    private readonly letters: LetterService,
    private readonly subjects: SubjectService,
    private readonly deadlines: DeadlineService,
    private readonly settings: SettingsService,
    private readonly accessReports: AccessReportSource,
    private readonly now: () => Date,
  ) {}

  /** Lists never decrypt: the text is read on the card only, an audited read. */
  list(q: ListQuery): { rows: Reply[]; total: number } {
    const { rows, total } = repo.listReplies(this.db, q);
    return { rows: rows.map((r) => this.toRecord(r, false)), total };
  }

  view(ctx: RequestContext, id: number): Promise<Reply> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      this.audit.recordWithin(ctx, {
        action: 'reply.viewed',
        entityType: 'reply',
        entityId: id,
        subjectId: row.subject_id,
        details: { letter_id: row.letter_id, out_number: row.out_number },
      });
      return this.toRecord(row, true);
    });
  }

  /** Drafts a reply of a kind that fits the letter, its text from the kind's template. */
  draft(ctx: RequestContext, input: DraftReplyInput): Promise<Reply> {
    return inWriteTransaction(this.db, () => {
      const letter = this.letters.detailOf(input.letter_id);
      this.checkKindFits(letter, input.kind);
      const text = draftText(input.kind, {
        letter,
        subject: letter.subject_id === null ? null : (this.subjects.findForUpdate(letter.subject_id) ?? null),
        operator: this.settings.current(),
        destroyOn: destroyDay(letter),
        extendedDueOn: input.kind === 'extension_notice' ? this.extendedDueOn(letter) : null,
        reason: input.reason ?? null,
      });
      const at = this.now().toISOString();
      const subjectId = input.kind === REPLY_KIND_UNIDENTIFIED ? null : letter.subject_id;
      const id = repo.insertReply(this.db, {
        letter_id: letter.id,
        subject_id: subjectId,
        kind: input.kind,
        created_by: ctx.actor.login,
        created_at: at,
      });
      const hash = sha256(text);
      repo.setFirstText(this.db, id, this.seal(id, letter.id, subjectId, 'text', text), hash);
      this.audit.recordWithin(ctx, {
        action: 'reply.drafted',
        entityType: 'reply',
        entityId: id,
        subjectId,
        details: { letter_id: letter.id, reg_number: letter.reg_number, kind: input.kind, text_sha256: hash },
      });
      return this.toRecord(this.find(id), true);
    });
  }

  /** Replaces a draft's text if the caller saw the latest version; a sent reply is frozen (409 reply_sent). */
  edit(ctx: RequestContext, id: number, input: EditReplyInput): Promise<Reply> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      if (row.status === 'sent') throw replySent(row);
      if (row.version !== input.version) throw staleReply(this.toRecord(row, false));
      const hash = sha256(input.text);
      if (hash === row.text_sha256) return this.toRecord(row, true);
      const sealed = this.seal(id, row.letter_id, row.subject_id, 'text', input.text);
      if (!repo.setDraftText(this.db, id, row.version, sealed, hash, this.now().toISOString())) {
        throw staleReply(this.toRecord(this.find(id), false));
      }
      this.audit.recordWithin(ctx, {
        action: 'reply.edited',
        entityType: 'reply',
        entityId: id,
        subjectId: row.subject_id,
        details: { text_sha256: { from: row.text_sha256, to: hash }, version: row.version + 1 },
      });
      return this.toRecord(this.find(id), true);
    });
  }

  send(ctx: RequestContext, id: number, input: SendReplyInput): Promise<Reply> {
    return inWriteTransaction(this.db, () => this.sendWithin(ctx, id, input));
  }

  /**
   * Sends the reply inside the caller's transaction: the next outgoing number of the year it is sent in, the text
   * frozen (its SHA-256 is the one recorded), then what the kind does to the letter, all with their audit entries or
   * none of them. An answering kind answers the letter (closing its answer term, late or not, on the day sent; a
   * destruction term stays open for the destruction itself); an extension notice extends the term (once, where its
   * rule allows); a reply to a sender not identified leaves the letter waiting for their details.
   */
  sendWithin(ctx: RequestContext, id: number, input: SendReplyInput): Reply {
    requireTransaction(this.db, 'ReplyService.sendWithin');
    const row = this.find(id);
    if (row.status === 'sent') throw replySent(row);
    if (input.version !== undefined && input.version !== row.version) throw staleReply(this.toRecord(row, false));
    const letter = this.letters.detailOf(row.letter_id);
    const today = clinicDay(this.now());
    if (input.sent_on > today || input.sent_on < letter.received_on) {
      throw badRequest(
        'A reply is sent between the day the letter was received and today',
        { sent_on: 'Expected a day between the day of receipt and today' },
        { sent_on: 'date_invalid' },
      );
    }
    // The report an access-report reply encloses is generated (and audited) now and frozen with the text.
    const enclosure =
      row.kind === 'access_report' && row.subject_id !== null
        ? JSON.stringify(this.accessReports.buildPrintableWithin(ctx, row.subject_id))
        : null;
    const year = Number(input.sent_on.slice(0, 4));
    const seq = repo.takeNumber(this.db, year);
    const outNumber = `ИСХ-${year}-${String(seq).padStart(5, '0')}`;
    const sent = {
      out_year: year,
      out_seq: seq,
      out_number: outNumber,
      sent_on: input.sent_on,
      channel: input.channel,
      tracking_enc: input.tracking ? this.seal(id, row.letter_id, row.subject_id, 'tracking', input.tracking) : null,
      enclosure_enc: enclosure === null ? null : this.seal(id, row.letter_id, row.subject_id, 'enclosure', enclosure),
      enclosure_sha256: enclosure === null ? null : sha256(enclosure),
    };
    if (!repo.markSent(this.db, id, row.version, sent, this.now().toISOString())) {
      throw staleReply(this.toRecord(this.find(id), false));
    }
    const effect = this.applyToLetterWithin(ctx, row.kind, letter, outNumber, input.sent_on);
    this.audit.recordWithin(ctx, {
      action: 'reply.sent',
      entityType: 'reply',
      entityId: id,
      subjectId: row.subject_id,
      details: {
        letter_id: row.letter_id,
        reg_number: letter.reg_number,
        kind: row.kind,
        out_number: outNumber,
        sent_on: input.sent_on,
        channel: input.channel,
        has_tracking: !!input.tracking,
        text_sha256: row.text_sha256,
        enclosure_sha256: sent.enclosure_sha256,
        letter_effect: effect,
        version: row.version + 1,
      },
    });
    return this.toRecord(this.find(id), true);
  }

  /** The reply as printed, then (an access report's reply) the report it encloses. Audited as reply.printed. */
  async printable(ctx: RequestContext, id: number, format: 'pdf' | 'html' = 'html'): Promise<PrintableDocument[]> {
    const row = this.find(id);
    const operator = this.settings.requireComplete();
    const text = this.openText(row);
    if (text === null) {
      throw new AppError(410, 'The reply’s data key has been destroyed: its text is unreadable', 'letter_destroyed');
    }
    const letter = this.letters.detailOf(row.letter_id);
    const subject = row.subject_id === null ? null : (this.subjects.findForUpdate(row.subject_id) ?? null);
    const docs = [
      replyDocument(row, text, letter, subject, operator, findStaffByLogin(this.db, row.created_by) ?? null),
    ];
    if (row.enclosure_enc) {
      // Sent: the report as it went. A key destroyed since leaves nothing to print (the text above is gone too).
      const frozen = this.open(row, 'enclosure', row.enclosure_enc);
      if (frozen !== null) docs.push(JSON.parse(frozen) as PrintableDocument);
    } else if (row.kind === 'access_report' && row.subject_id !== null) {
      // A draft previews the report as it would go today.
      docs.push(await this.accessReports.buildPrintable(ctx, row.subject_id));
    }
    await this.audit.recordAlone(ctx, {
      action: 'reply.printed',
      entityType: 'reply',
      entityId: id,
      subjectId: row.subject_id,
      details: { format, out_number: row.out_number, status: row.status, text_sha256: row.text_sha256 },
    });
    return docs;
  }

  /** The PDF of the reply (and its enclosure), with a file name from its number. */
  async pdf(ctx: RequestContext, id: number): Promise<{ pdf: Buffer; filename: string }> {
    const docs = await this.printable(ctx, id, 'pdf');
    const row = this.find(id);
    return { pdf: await renderPdf(docs), filename: `${row.out_number ?? `проект-ответа-${row.id}`}.pdf` };
  }

  // --- inside ---

  private find(id: number): repo.ReplyRow {
    const row = repo.findReply(this.db, id);
    if (!row) throw notFound('Reply');
    return row;
  }

  /**
   * Which kinds the letter takes now (REPLY_KINDS_FOR_LETTER): only `identity_not_established` before
   * identification, none once answered, closed or rejected, an extension notice only while the term may be
   * extended.
   */
  private checkKindFits(letter: LetterDetail, kind: ReplyKind): void {
    if (FINISHED.includes(letter.status)) {
      throw conflict(`A letter that is ${letter.status} takes no new reply`, 'invalid_transition', {
        status: letter.status,
      });
    }
    const identified = letter.subject_id !== null;
    if (!identified && kind !== REPLY_KIND_UNIDENTIFIED) {
      throw conflict(
        'The sender is not identified: only a reply asking for what identifies them can be drafted',
        'letter_not_identified',
      );
    }
    if (identified && !REPLY_KINDS_FOR_LETTER[letter.kind].includes(kind)) {
      throw badRequest(
        `A reply of kind ${kind} does not answer a letter of kind ${letter.kind}`,
        { kind: `Expected one of: ${REPLY_KINDS_FOR_LETTER[letter.kind].join(', ')}` },
        { kind: 'reply_kind_not_allowed' },
      );
    }
    if (kind === 'extension_notice' && !letter.extendable) {
      throw conflict(
        'The term of this letter cannot be extended (extended already, or its last day has passed)',
        'reply_kind_not_allowed',
      );
    }
  }

  private applyToLetterWithin(
    ctx: RequestContext,
    kind: ReplyKind,
    letter: LetterDetail,
    outNumber: string,
    sentOn: string,
  ): 'answered' | 'extended' | 'details_requested' | 'none' {
    const notice = `Ответ исх. № ${outNumber} от ${formatDay(sentOn)}`;
    if (kind === 'extension_notice') {
      this.letters.extendWithin(ctx, letter.id, { reason: `${notice}: мотивированное уведомление о продлении срока` });
      return 'extended';
    }
    if (kind === REPLY_KIND_UNIDENTIFIED) {
      if (letter.status !== 'registered') return 'none';
      this.letters.requestDetailsWithin(ctx, letter.id, { note: `${notice}: запрошены сведения о заявителе` });
      return 'details_requested';
    }
    this.letters.markAnsweredWithin(ctx, letter.id, { out_number: outNumber, sent_on: sentOn });
    return 'answered';
  }

  private extendedDueOn(letter: LetterDetail): string | null {
    const item = letter.deadlines.find((d) => d.extendable);
    return item ? this.deadlines.extendedDueOn(item.id) : null;
  }

  /** Under the subject's key, or the letter's own for a reply that has no subject; bound to the row and field. */
  private seal(id: number, letterId: number, subjectId: number | null, field: string, plain: string): Buffer {
    if (subjectId !== null) return this.keyring.seal(subjectId, plain, `reply-${field}:${id}`);
    const key = this.letters.ownKey(letterId);
    if (!key) throw new AppError(410, 'The letter’s data key has been destroyed', 'letter_destroyed');
    return key.seal(Buffer.from(plain, 'utf8'), `reply-${field}:${id}:letter:${letterId}`);
  }

  private open(row: repo.ReplyRow, field: string, sealed: Buffer): string | null {
    if (row.subject_id !== null) return this.keyring.open(row.subject_id, sealed, `reply-${field}:${row.id}`);
    const key = this.letters.ownKey(row.letter_id);
    return key ? key.open(sealed, `reply-${field}:${row.id}:letter:${row.letter_id}`).toString('utf8') : null;
  }

  private openText(row: repo.ReplyRow): string | null {
    return this.open(row, 'text', row.text_enc);
  }

  private toRecord(row: repo.ReplyRow, withText: boolean): Reply {
    const text = withText ? this.openText(row) : null;
    return {
      id: row.id,
      letter_id: row.letter_id,
      letter_reg_number: row.letter_reg_number,
      subject_id: row.subject_id,
      kind: row.kind,
      status: row.status,
      out_number: row.out_number,
      sent_on: row.sent_on,
      channel: row.channel,
      tracking: withText && row.tracking_enc ? this.open(row, 'tracking', row.tracking_enc) : null,
      text,
      text_sha256: row.text_sha256,
      enclosure_sha256: row.enclosure_sha256,
      text_destroyed: withText && text === null,
      created_by: row.created_by,
      created_at: row.created_at,
      updated_at: row.updated_at,
      version: row.version,
    };
  }
}

/** The day the destruction the letter started is due: after a withdrawal, or the one demanded. */
function destroyDay(letter: LetterDetail): string | null {
  const item = letter.deadlines.find(
    (d) => d.kind === 'destroy_after_withdrawal' || d.kind === 'destroy_unneeded_data',
  );
  return item ? (item.extended_due_on ?? item.due_on) : null;
}

function replySent(row: repo.ReplyRow) {
  return conflict(`The reply ${row.out_number} was sent: its text and number are final`, 'reply_sent', {
    out_number: row.out_number,
  });
}

function staleReply(current: Reply) {
  return conflict('The reply was changed by someone else; here is its current state', 'version_conflict', {
    current,
  });
}

/** A subject's replies in plain text, read before destruction replaces the subject's key. */
export interface PlainReplyTexts {
  id: number;
  text: string | null;
  tracking: string | null;
  enclosure: string | null;
}

// The associated data of a reply sealed under its subject's key (as ReplyService.seal / open use it).
const subjectPurpose = (field: string, id: number) => `reply-${field}:${id}`;

/** Destruction, before the subject's key is replaced: what its replies say, under the key that still exists. */
export function readSubjectReplyTexts(db: Db, keyring: SubjectKeyring, subjectId: number): PlainReplyTexts[] {
  requireTransaction(db, 'readSubjectReplyTexts');
  const open = (field: string, id: number, sealed: Buffer | null) =>
    sealed ? keyring.open(subjectId, sealed, subjectPurpose(field, id)) : null;
  return repo.sealedTextsOfSubject(db, subjectId).map((r) => ({
    id: r.id,
    text: open('text', r.id, r.text_enc),
    tracking: open('tracking', r.id, r.tracking_enc),
    enclosure: open('enclosure', r.id, r.enclosure_enc),
  }));
}

/**
 * Destruction, after the subject's key was replaced (something else is retained under the new one): re-seals the
 * replies under it when correspondence is retained, or erases their words (an empty text, no tracking number) when it
 * is destroyed, so nothing sealed under the old key is left to fail under the new. The SHA-256 of what went stays.
 */
export function resealSubjectReplyTexts(
  db: Db,
  keyring: SubjectKeyring,
  subjectId: number,
  texts: PlainReplyTexts[],
  erase: boolean,
): void {
  requireTransaction(db, 'resealSubjectReplyTexts');
  const seal = (field: string, id: number, plain: string | null) =>
    plain === null ? null : keyring.seal(subjectId, erase ? '' : plain, subjectPurpose(field, id));
  for (const t of texts) {
    repo.setSealedTexts(db, {
      id: t.id,
      text_enc: seal('text', t.id, t.text ?? '')!,
      tracking_enc: erase ? null : seal('tracking', t.id, t.tracking),
      enclosure_enc: seal('enclosure', t.id, t.enclosure),
    });
  }
}
