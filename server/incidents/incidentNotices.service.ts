import crypto from 'node:crypto';
import {
  INCIDENT_TRANSITIONS,
  type Incident,
  type IncidentNoticeKind,
  type IncidentNoticePrintable,
  type IncidentSubjectLink,
  type OperatorSettings,
  type PrintableDocument,
} from '../contract/index.js';
import type { Db } from '../db/connection.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { SettingsService } from '../settings/settings.service.js';
import type { OwnerKeyring } from '../uploads/dataKeys.js';
import type { RequestContext } from '../shared/requestContext.js';
import { inWriteTransaction, requireTransaction } from '../db/groupCommit.js';
import { conflict } from '../shared/errors.js';
import { renderPdf } from '../printing/pdf.js';
import { noticeDocument } from './noticeDocument.js';
import * as repo from './incidentNotices.repo.js';

/** The incident as documents read it (IncidentService.readForDocument): decrypted, not audited, 404 if unknown. */
export interface IncidentDocumentSource {
  readForDocument(id: number): Incident & { subjects: IncidentSubjectLink[] };
}

/** The owner of the incident's key in owner_keys: the incident's own free texts are sealed under the same key. */
export const INCIDENT_KEY_OWNER = 'incident';

/** A printing's sealed text is bound to its incident, kind and hash: copied onto another row it does not open. */
export const noticeTextLabel = (incidentId: number, kind: IncidentNoticeKind, sha256: string) =>
  `incident-notice:${incidentId}:${kind}:${sha256}`;

/** The results notice reports an investigation that follows the first notice: from `notified` on. */
const RESULTS_FROM = [INCIDENT_TRANSITIONS.report_results.from, 'investigated', 'closed'].flat() as string[];

const FILE_NAMES: Record<IncidentNoticeKind, string> = {
  notice_24h: 'уведомление-24ч',
  results_72h: 'уведомление-72ч',
};

const sha256Hex = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The two notices to Roskomnadzor (issue 14 §2): drafted from the incident and the operator's details, shown for the
 * print view, printed to PDF. Each PDF printing keeps the document it printed (its JSON, sealed under the incident's
 * key) and that text's SHA-256, audited `incident.notice_printed` with the hash in the same transaction; the notify
 * and report-results steps then mark the printing that went (markSentWithin).
 */
export class IncidentNoticeService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly ownerKeys: OwnerKeyring,
    private readonly settings: SettingsService,
    // A thunk: the incident service marks notices sent, so each needs the other.
    private readonly incidents: () => IncidentDocumentSource,
    private readonly now: () => Date,
  ) {}

  /**
   * The notice as the print view shows it, with the hash a printing of it now would keep. Reading it decrypts the
   * incident, so it is audited as a view of the incident (`incident.viewed`, naming the notice); nothing is stored.
   */
  async printable(ctx: RequestContext, incidentId: number, kind: IncidentNoticeKind): Promise<IncidentNoticePrintable> {
    const { document, text } = this.draft(incidentId, kind, this.settings.requireComplete());
    const sha256 = sha256Hex(text);
    await this.audit.recordAlone(ctx, {
      action: 'incident.viewed',
      entityType: 'incident',
      entityId: incidentId,
      details: { notice: kind, sha256 },
    });
    return { kind, document, sha256 };
  }

  /** The PDF of the notice; the printing (text, hash, who, when) is stored and audited before the file is answered. */
  async pdf(
    ctx: RequestContext,
    incidentId: number,
    kind: IncidentNoticeKind,
  ): Promise<{ pdf: Buffer; filename: string }> {
    const { document, text, incident } = this.draft(incidentId, kind, this.settings.requireComplete());
    // Rendered first: a printing is recorded only for a file that exists, and it keeps exactly what was rendered.
    const pdf = await renderPdf(document);
    await inWriteTransaction(this.db, () => this.storeWithin(ctx, incidentId, kind, text, 'pdf'));
    return { pdf, filename: `${incident.number}-${FILE_NAMES[kind]}.pdf` };
  }

  /**
   * Inside the notify / report-results transaction, after the step has written what it records: marks the printing
   * of that kind that went. That is the latest printing while it still says what the record says; when there is none
   * (sent from the print view, or typed into the portal from the incident's page), or the record has changed since
   * (the 72-hour results arrive with the report-results step itself), the notice is printed (stored) now, as it
   * stands, and that printing is the one marked. Answers it, for the caller's audit entry to name its hash.
   */
  markSentWithin(
    ctx: RequestContext,
    incidentId: number,
    kind: IncidentNoticeKind,
  ): { notice_id: number; sha256: string } {
    requireTransaction(this.db, 'IncidentNoticeService.markSentWithin');
    // The notice went already: incomplete details must not stop recording that, so the text is kept as it stands.
    const { text } = this.draft(incidentId, kind, this.settings.current(), false);
    const latest = repo.latestNotice(this.db, incidentId, kind);
    const sent =
      latest && latest.sha256 === sha256Hex(text) ? latest : this.storeWithin(ctx, incidentId, kind, text, 'on_send');
    repo.markSent(this.db, incidentId, kind, sent.id);
    return { notice_id: sent.id, sha256: sent.sha256 };
  }

  /** The text a printing kept (the document's JSON), or null once the incident's key is destroyed. */
  storedDocument(noticeId: number): PrintableDocument | null {
    const row = repo.findNotice(this.db, noticeId);
    if (!row) return null;
    const key = this.ownerKeys.findForOwner(INCIDENT_KEY_OWNER, row.incident_id);
    if (!key) return null;
    const text = key.open(row.text_enc, noticeTextLabel(row.incident_id, row.kind, row.sha256)).toString('utf8');
    return JSON.parse(text) as PrintableDocument;
  }

  // --- inside ---

  private draft(incidentId: number, kind: IncidentNoticeKind, operator: OperatorSettings, checkState = true) {
    const incident = this.incidents().readForDocument(incidentId);
    if (checkState && kind === 'results_72h' && !RESULTS_FROM.includes(incident.status)) {
      throw conflict(
        'The results of the investigation follow the 24-hour notice: record that notice as sent first',
        'wrong_state',
        { status: incident.status, allowed: RESULTS_FROM },
      );
    }
    const document = noticeDocument(kind, incident, operator);
    return { incident, document, text: JSON.stringify(document) };
  }

  private storeWithin(
    ctx: RequestContext,
    incidentId: number,
    kind: IncidentNoticeKind,
    text: string,
    format: 'pdf' | 'on_send',
  ): { id: number; sha256: string } {
    const at = this.now().toISOString();
    const sha256 = sha256Hex(text);
    const { key } = this.ownerKeys.ensureWithin(INCIDENT_KEY_OWNER, incidentId, at);
    const id = repo.insertNotice(this.db, {
      incident_id: incidentId,
      kind,
      text_enc: key.seal(Buffer.from(text, 'utf8'), noticeTextLabel(incidentId, kind, sha256)),
      sha256,
      printed_at: at,
      printed_by: ctx.actor.id,
      printed_by_login: ctx.actor.login,
    });
    this.audit.recordWithin(ctx, {
      action: 'incident.notice_printed',
      entityType: 'incident',
      entityId: incidentId,
      details: { kind, notice_id: id, sha256, format },
    });
    return { id, sha256 };
  }
}
