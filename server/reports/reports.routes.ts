import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { PublishedCell, ReportService } from './reports.service.js';
import { requirePermission } from '../http/auth.js';
import { requestContext } from '../http/context.js';
import { validate } from '../http/validate.js';
import { parseListQuery, sendPage } from '../http/listQuery.js';
import { sendCsv, type CsvRow } from '../http/csv.js';
import { csvExportQuery, formatQuery } from './reports.schema.js';

const CSV_MAX_ROWS = 1_000_000;

const MARKETING_CSV_HEADER = [
  'subject_id',
  'last_name',
  'first_name',
  'patronymic',
  'phone',
  'email',
  'consent_id',
  'consent_given_at',
];
const STATISTICS_CSV_HEADER = ['dataset', 'service', 'month', 'age_band', 'sex', 'count'];

type MarketingRow = Awaited<ReturnType<ReportService['marketingList']>>['rows'][number];

// Records are made one at a time as the CSV stream pulls them, not as a second array of the whole list.
function* marketingRecords(rows: Iterable<MarketingRow>): Generator<CsvRow> {
  for (const r of rows)
    yield [r.subject_id, r.last_name, r.first_name, r.patronymic, r.phone, r.email, r.consent_id, r.consent_given_at];
}

function* statisticsRecords(cells: Iterable<PublishedCell>): Generator<CsvRow> {
  for (const c of cells) yield [c.dataset, c.service, c.month, c.age_band, c.sex, c.count];
}

export function marketingListRoutes(reports: ReportService, audit: AuditWriter): Router {
  const router = Router();
  router.get('/', requirePermission(audit, 'marketing-list.export'), async (req, res) => {
    const { format } = validate(formatQuery, req.query, 'query');
    const ctx = requestContext(req, res);
    if (format === 'csv') {
      const { reason } = validate(csvExportQuery, req.query, 'query');
      // The export is audited (with its reason and row count) and committed before the first byte is sent.
      const { rows } = await reports.exportMarketingList(ctx, CSV_MAX_ROWS, reason);
      await sendCsv(res, 'marketing-list.csv', MARKETING_CSV_HEADER, marketingRecords(rows));
      return;
    }
    const q = parseListQuery(req, {
      resource: 'marketing-list',
      sortFields: ['id'],
      defaultSort: ['id', 'ASC'],
      filters: {},
    });
    const { rows, total } = await reports.marketingList(ctx, q.limit, q.offset);
    sendPage(res, 'marketing-list', q, { rows: rows.map((r) => ({ id: r.subject_id, ...r })), total });
  });
  return router;
}

export function statisticsRoutes(reports: ReportService, audit: AuditWriter): Router {
  const router = Router();
  router.get('/', requirePermission(audit, 'statistics.show'), async (req, res) => {
    const { format } = validate(formatQuery, req.query, 'query');
    if (format === 'csv') {
      const { reason } = validate(csvExportQuery, req.query, 'query');
      const { cells } = await reports.exportStatistics(requestContext(req, res), reason);
      await sendCsv(res, 'statistics.csv', STATISTICS_CSV_HEADER, statisticsRecords(cells));
      return;
    }
    res.json(await reports.statistics(requestContext(req, res)));
  });
  return router;
}
