import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import { requirePermission } from '../http/auth.js';
import { requestContext } from '../http/context.js';
import { idListFilter, parseListQuery, sendPage, type ListContract } from '../http/listQuery.js';
import { idParam } from '../http/params.js';
import { validate } from '../http/validate.js';
import { methodNotAllowed } from '../shared/errors.js';
import type { AuditFlag } from '../contract/index.js';
import { sendCsv, type CsvRow } from '../http/csv.js';
import { exportReason } from '../auditReports/auditReports.schema.js';
import type { AuditFlagService } from './auditFlags.service.js';
import { flagListFilters, reviewBody, scanBody } from './auditFlags.schema.js';

const FLAGS_HEADER = [
  'flag_id',
  'kind',
  'subject_type',
  'subject_value',
  'window_start',
  'window_end',
  'count',
  'entries',
  'detected_at',
  'review_state',
  'reviewed_by_login',
  'reviewed_at',
  'reviewed_entries',
];

function* flagRecords(rows: AuditFlag[]): Generator<CsvRow> {
  for (const f of rows) {
    const state = f.reviewed ? 'reviewed' : f.reviewed_at ? 'grown_since_review' : 'not_reviewed';
    yield [
      f.id,
      f.kind,
      f.subject_type,
      f.subject_value,
      f.window_start,
      f.window_end,
      f.count,
      f.entries,
      f.detected_at,
      state,
      f.reviewed_by_login ?? '',
      f.reviewed_at ?? '',
      f.reviewed_entries ?? '',
    ];
  }
}

const listContract: ListContract = {
  resource: 'audit-flags',
  sortFields: ['id', 'detected_at', 'reviewed'],
  defaultSort: ['id', 'DESC'],
  filters: { id: idListFilter, ...flagListFilters },
};

/**
 * /api/audit-flags: the flags worth a look (issue 13 §1). Compliance only: what a colleague did is the officer's to
 * review, and the review comment may name a person.
 */
export function auditFlagRoutes(flags: AuditFlagService, audit: AuditWriter): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'audit-flags.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'audit-flags', q, flags.list(q));
  });

  // The menu's badge, polled: one count over the small table of flags. Before "/:id", which would take it for an id.
  router.get('/unreviewed-count', requirePermission(audit, 'audit-flags.list'), (_req, res) => {
    res.json({ count: flags.unreviewed() });
  });

  // Before "/:id", which would take "export.csv" for an id.
  router.get('/export.csv', requirePermission(audit, 'audit-reports.export'), async (req, res) => {
    const { reason } = validate(exportReason, req.query, 'query');
    const q = parseListQuery(req, listContract);
    const rows = await flags.exportRows(requestContext(req, res), q.filter, reason);
    await sendCsv(res, 'audit-flags.csv', FLAGS_HEADER, flagRecords(rows));
  });

  // Before "/:id", which would take "scan" for an id.
  router.post('/scan', requirePermission(audit, 'audit-flags.review'), async (req, res) => {
    validate(scanBody, req.body ?? {}, 'body');
    res.json(await flags.scan());
  });

  router.get('/:id', requirePermission(audit, 'audit-flags.show'), (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(flags.get(id));
  });

  router.post('/:id/review', requirePermission(audit, 'audit-flags.review'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    const { comment } = validate(reviewBody, req.body ?? {}, 'body');
    res.json(await flags.review(requestContext(req, res), id, comment));
  });

  router.all('/{*rest}', () => {
    throw methodNotAllowed('Flags are raised by the scan; they are only read and reviewed');
  });

  return router;
}
