import { Router } from 'express';
import { z } from 'zod';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { ReportService } from './reports.service.js';
import { requirePermission } from '../http/auth.js';
import { requestContext } from '../http/context.js';
import { validate } from '../http/validate.js';
import { parseListQuery, sendPage } from '../http/listQuery.js';
import { sendCsv } from '../http/csv.js';

const formatQuery = z.object({ format: z.enum(['json', 'csv']).default('json') }).passthrough();
const CSV_MAX_ROWS = 1_000_000;

export function marketingListRoutes(reports: ReportService, audit: AuditWriter): Router {
  const router = Router();
  router.get('/', requirePermission(audit, 'marketing-list.export'), async (req, res) => {
    const { format } = validate(formatQuery, req.query, 'query');
    const ctx = requestContext(req, res);
    if (format === 'csv') {
      const { rows } = await reports.marketingList(ctx, CSV_MAX_ROWS, 0, 'csv');
      sendCsv(res, 'marketing-list.csv', ['subject_id', 'last_name', 'first_name', 'patronymic', 'phone', 'email', 'consent_id', 'consent_given_at'],
        rows.map((r) => [r.subject_id, r.last_name, r.first_name, r.patronymic, r.phone, r.email, r.consent_id, r.consent_given_at]));
      return;
    }
    const q = parseListQuery(req, { resource: 'marketing-list', sortFields: ['id'], defaultSort: ['id', 'ASC'], filters: {} });
    const { rows, total } = await reports.marketingList(ctx, q.limit, q.offset, 'json');
    sendPage(res, 'marketing-list', q, { rows: rows.map((r) => ({ id: r.subject_id, ...r })), total });
  });
  return router;
}

export function statisticsRoutes(reports: ReportService, audit: AuditWriter): Router {
  const router = Router();
  router.get('/', requirePermission(audit, 'statistics.show'), async (req, res) => {
    const { format } = validate(formatQuery, req.query, 'query');
    const result = await reports.statistics(requestContext(req, res), format);
    if (format === 'csv') {
      sendCsv(res, 'statistics.csv', ['dataset', 'service', 'month', 'age_band', 'sex', 'count'],
        result.cells.map((c) => [c.dataset, c.service, c.month, c.age_band, c.sex, c.count]));
      return;
    }
    res.json(result);
  });
  return router;
}
