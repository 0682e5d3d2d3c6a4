import { Router, type Request, type Response } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { DestructionActRecord } from '../contract/index.js';
import { requirePermission } from '../http/auth.js';
import { requestContext } from '../http/context.js';
import { sendCsv, type CsvRow } from '../http/csv.js';
import { idListFilter, parseListQuery, sendPage, type ListContract } from '../http/listQuery.js';
import { idParam } from '../http/params.js';
import { validate } from '../http/validate.js';
import { methodNotAllowed } from '../shared/errors.js';
import type { DestructionActService } from './destructionActs.service.js';
import { destructionActListFilters, exportQuery, type ActDocumentKind } from './destructionActs.schema.js';

const listContract: ListContract = {
  resource: 'destruction-acts',
  sortFields: ['id', 'number', 'destroyed_on', 'expires_on'],
  defaultSort: ['id', 'DESC'],
  filters: { id: idListFilter, ...destructionActListFilters },
};

// Far more acts than 3 years of a clinic's destructions will ever hold: the export is the whole filtered register.
const CSV_MAX_ROWS = 1_000_000;

const CSV_HEADER = [
  'id',
  'number',
  'kind',
  'destruction_id',
  'subject_id',
  'submission_destruction_id',
  'submissions_count',
  'destroyed_on',
  'reason',
  'destroyed_categories',
  'retained_categories',
  'expires_on',
  'status',
  'created_at',
];

// Made one at a time as the CSV stream pulls them; categories as their codes, joined, as the register's columns.
function* registerRecords(rows: Iterable<DestructionActRecord>): Generator<CsvRow> {
  for (const r of rows) {
    const codes = (action: 'destroy' | 'retain') =>
      r.categories
        .filter((c) => c.action === action)
        .map((c) => c.category)
        .join(' ');
    yield [
      r.id,
      r.number,
      r.kind,
      r.destruction_id,
      r.subject_id,
      r.submission_destruction_id,
      r.submissions_count,
      r.destroyed_on,
      r.reason,
      codes('destroy'),
      codes('retain'),
      r.expires_on,
      r.status,
      r.created_at,
    ];
  }
}

/** /api/destruction-acts: the register of acts for compliance, each act and its log extract as PDF, the CSV. */
export function destructionActRoutes(acts: DestructionActService, audit: AuditWriter): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'destruction-acts.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'destruction-acts', q, acts.list(q));
  });

  // Before /:id, which would take "export.csv" for an id.
  router.get('/export.csv', requirePermission(audit, 'destruction-acts.export'), async (req, res) => {
    const { reason } = validate(exportQuery, req.query, 'query');
    const q = { ...parseListQuery(req, listContract), offset: 0, limit: CSV_MAX_ROWS };
    // Audited (with its row count) and committed before the first byte is sent.
    const rows = await acts.exportRegister(requestContext(req, res), q, reason);
    await sendCsv(res, 'destruction-acts.csv', CSV_HEADER, registerRecords(rows));
  });

  router.get('/:id', requirePermission(audit, 'destruction-acts.show'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await acts.view(requestContext(req, res), id));
  });

  const print = (document: ActDocumentKind) => async (req: Request, res: Response) => {
    const { id } = validate(idParam, req.params, 'id');
    const { pdf, filename } = await acts.pdf(requestContext(req, res), id, document);
    res
      .status(200)
      .type('application/pdf')
      .set(
        'Content-Disposition',
        `attachment; filename="destruction-act-${id}-${document}.pdf"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      )
      .set('X-Content-Type-Options', 'nosniff')
      .send(pdf);
  };
  router.get('/:id/pdf', requirePermission(audit, 'destruction-acts.print'), print('act'));
  router.get('/:id/extract.pdf', requirePermission(audit, 'destruction-acts.print'), print('extract'));

  router.all('/', () => {
    throw methodNotAllowed('Acts are written by the approval of a destruction, not here');
  });

  router.all('/:id', () => {
    throw methodNotAllowed('An act is never changed or deleted: the retention job removes its content in time');
  });

  return router;
}
