// For server/services.ts and incidents.routes.ts (engineer A), how these are wired:
//   const incidentNotices = new IncidentNoticeService(db, audit, ownerKeys, settings, () => incidents, now);
//   const incidentEvidence = new IncidentEvidenceService(db, audit, () => incidents, now);
//   (`incidents` is the IncidentService, which takes incidentNotices for markSentWithin: hence the thunks.)
// and mounted inside the /api/incidents router, before its own `/:id` routes or after, with no path of its own:
//   router.use(incidentDocumentRoutes(services.incidentNotices, services.incidentEvidence, audit));
// markSentWithin stores the notice as the record stands when it is called, so call it after the step's own write:
// in reportResults after this.move(...) has stored the results, or the kept 72-hour notice lacks them.
import { Router, type Response } from 'express';
import type { IncidentEvidenceEntry, IncidentNoticeKind } from '../contract/index.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import { requirePermission } from '../http/auth.js';
import { requestContext } from '../http/context.js';
import { sendCsv, type CsvRow } from '../http/csv.js';
import { idParam } from '../http/params.js';
import { validate } from '../http/validate.js';
import type { IncidentNoticeService } from './incidentNotices.service.js';
import type { AttachedEvidenceFile, IncidentEvidenceService } from './incidentEvidence.service.js';
import { attachEvidenceBody, evidenceExportQuery, evidenceParams, evidenceQuery } from './incidentDocuments.schema.js';

/** The URL of each notice (`/:id/<path>` and `/:id/<path>.pdf`). */
const NOTICE_PATHS: Record<IncidentNoticeKind, string> = { notice_24h: 'notice-24h', results_72h: 'results-72h' };

const ENTRY_HEADER = [
  'entry_id',
  'at',
  'actor_login',
  'actor_role',
  'action',
  'entity_type',
  'entity_id',
  'subject_id',
  'ip',
  'listed_as',
  'prev_hash',
  'hash',
];

const entryRecord = (e: IncidentEvidenceEntry): CsvRow => [
  e.id,
  e.at,
  e.actor_login,
  e.actor_role,
  e.action,
  e.entity_type,
  e.entity_id,
  e.subject_id,
  e.ip,
  e.reason,
  e.prev_hash,
  e.hash,
];

/**
 * The attached copy: its entries, then two trailing sections after an empty line — the evidence itself (window,
 * count, the SHA-256 over the entries' hashes) and the checkpoint that covers its last entry (id, entry id, hash,
 * signature), with which an auditor checks the list against the signed chain. The signature goes as hex: base64 may
 * start with "+", which the CSV guard against formulas would prefix with an apostrophe, and a copied value must be
 * the signature itself.
 */
function* attachedRecords(file: AttachedEvidenceFile): Generator<CsvRow> {
  for (const e of file.entries) yield entryRecord(e);
  const ev = file.evidence;
  yield [];
  yield [
    'evidence_id',
    'window_from',
    'window_to',
    'actor_login',
    'entries',
    'first_entry_id',
    'last_entry_id',
    'entries_sha256',
    'attached_at',
    'attached_by',
  ];
  yield [
    ev.id,
    ev.window_from,
    ev.window_to,
    ev.actor_login,
    ev.entries,
    ev.first_audit_id,
    ev.last_audit_id,
    ev.entries_sha256,
    ev.attached_at,
    ev.attached_by_login,
  ];
  yield [];
  yield [
    'checkpoint_id',
    'checkpoint_entry_id',
    'checkpoint_entry_hash',
    'signed_at',
    'key_fingerprint',
    'signature_hex',
  ];
  const c = file.checkpoint;
  yield c ? [c.id, c.audit_id, c.audit_hash, c.signed_at, c.key_fingerprint, hexOf(c.signature)] : ['none'];
}

function hexOf(base64: string): string {
  return Buffer.from(base64, 'base64').toString('hex');
}

function sendPdf(res: Response, asciiName: string, filename: string, pdf: Buffer) {
  res
    .status(200)
    .type('application/pdf')
    .set('Content-Disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .set('X-Content-Type-Options', 'nosniff')
    .send(pdf);
}

/**
 * /api/incidents/:id/… : the two notices to Roskomnadzor (print view and PDF) and the evidence from the audit log.
 * Compliance and admin only (operators hold no incidents.* permission).
 */
export function incidentDocumentRoutes(
  notices: IncidentNoticeService,
  evidence: IncidentEvidenceService,
  audit: AuditWriter,
): Router {
  const router = Router();
  const show = requirePermission(audit, 'incidents.show');
  const evidencePermission = requirePermission(audit, 'incidents.evidence');

  for (const [kind, path] of Object.entries(NOTICE_PATHS) as [IncidentNoticeKind, string][]) {
    router.get(`/:id/${path}`, show, async (req, res) => {
      const { id } = validate(idParam, req.params, 'id');
      res.json(await notices.printable(requestContext(req, res), id, kind));
    });

    router.get(`/:id/${path}.pdf`, show, async (req, res) => {
      const { id } = validate(idParam, req.params, 'id');
      const { pdf, filename } = await notices.pdf(requestContext(req, res), id, kind);
      sendPdf(res, `incident-${id}-${path}.pdf`, filename, pdf);
    });
  }

  router.get('/:id/evidence', evidencePermission, async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await evidence.list(requestContext(req, res), id, validate(evidenceQuery, req.query, 'query')));
  });

  router.get('/:id/evidence.csv', evidencePermission, async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    const window = validate(evidenceQuery, req.query, 'query');
    const { reason } = validate(evidenceExportQuery, req.query, 'query');
    // Audited (with the reason and the row count) and committed before the first byte is sent.
    const entries = await evidence.exportList(requestContext(req, res), id, window, reason);
    await sendCsv(res, `incident-${id}-evidence.csv`, ENTRY_HEADER, entries.map(entryRecord));
  });

  router.post('/:id/evidence', evidencePermission, async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.status(201).json(await evidence.attach(requestContext(req, res), id, validate(attachEvidenceBody, req.body)));
  });

  router.get('/:id/evidence/:evidenceId.csv', evidencePermission, async (req, res) => {
    const { id, evidenceId } = validate(evidenceParams, req.params, 'id');
    const file = await evidence.attached(requestContext(req, res), id, evidenceId);
    await sendCsv(res, `incident-${id}-evidence-${evidenceId}.csv`, ENTRY_HEADER, attachedRecords(file));
  });

  return router;
}
