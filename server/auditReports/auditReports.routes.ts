import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { MedicalRevealRow, SubjectTimelineEntry } from '../contract/index.js';
import { requirePermission } from '../http/auth.js';
import { requestContext } from '../http/context.js';
import { sendCsv, type CsvRow } from '../http/csv.js';
import { parseListQuery, sendPage, type ListContract } from '../http/listQuery.js';
import { validate } from '../http/validate.js';
import { methodNotAllowed } from '../shared/errors.js';
import type { AuditReportService } from './auditReports.service.js';
import { exportReason, revealFilters, staffActivityQuery, subjectTimelineQuery } from './auditReports.schema.js';
import { namedFields } from './subjectTimeline.js';

const revealsContract: ListContract = {
  resource: 'medical-reveals',
  sortFields: ['id', 'at'],
  defaultSort: ['id', 'DESC'],
  filters: revealFilters,
};

const REVEALS_HEADER = ['entry_id', 'at', 'actor_login', 'actor_role', 'subject_id', 'had_medical_info', 'reason'];

async function* revealRecords(rows: AsyncIterable<MedicalRevealRow>): AsyncGenerator<CsvRow> {
  for await (const r of rows) {
    yield [r.id, r.at, r.actor_login, r.actor_role, r.subject_id, r.had_medical_info ? 1 : 0, r.reason ?? ''];
  }
}

const TIMELINE_HEADER = [
  'entry_id',
  'at',
  'kind',
  'action',
  'actor_login',
  'actor_role',
  'entity_type',
  'entity_id',
  'fields',
  'details',
];

// The clear part only, as the timeline shows it: field names, never values.
async function* timelineRecords(rows: AsyncIterable<SubjectTimelineEntry>): AsyncGenerator<CsvRow> {
  for await (const e of rows) {
    const fields = namedFields(e.details).join(' ');
    yield [
      e.id,
      e.at,
      e.kind,
      e.action,
      e.actor_login,
      e.actor_role,
      e.entity_type,
      e.entity_id,
      fields,
      e.details ? JSON.stringify(e.details) : '',
    ];
  }
}

/**
 * /api/audit-log/reports: the compliance officer's reports over the log (issue 13 §1). Compliance only: the reveals'
 * reasons are personal data, and what a colleague did is the officer's to review.
 */
export function auditReportRoutes(reports: AuditReportService, audit: AuditWriter): Router {
  const router = Router();
  const show = requirePermission(audit, 'audit-reports.show');

  router.get('/medical-reveals', show, async (req, res) => {
    const q = parseListQuery(req, revealsContract);
    sendPage(res, 'medical-reveals', q, await reports.medicalReveals(requestContext(req, res), q));
  });

  router.get('/medical-reveals/export.csv', requirePermission(audit, 'audit-reports.export'), async (req, res) => {
    const { reason } = validate(exportReason, req.query, 'query');
    const q = parseListQuery(req, revealsContract);
    const rows = reports.exportMedicalReveals(requestContext(req, res), q.filter, reason);
    await sendCsv(res, 'medical-reveals.csv', REVEALS_HEADER, revealRecords(rows));
  });

  router.get('/staff-activity', show, async (req, res) => {
    const query = validate(staffActivityQuery, req.query, 'query');
    res.json(await reports.staffActivity(requestContext(req, res), query));
  });

  router.get('/subject-timeline', show, async (req, res) => {
    const { subject_id } = validate(subjectTimelineQuery, req.query, 'query');
    res.json(await reports.subjectTimeline(requestContext(req, res), subject_id));
  });

  router.get('/subject-timeline/export.csv', requirePermission(audit, 'audit-reports.export'), async (req, res) => {
    const { reason } = validate(exportReason, req.query, 'query');
    const { subject_id } = validate(subjectTimelineQuery, req.query, 'query');
    const rows = reports.exportSubjectTimeline(requestContext(req, res), subject_id, reason);
    await sendCsv(res, `subject-${subject_id}-timeline.csv`, TIMELINE_HEADER, timelineRecords(rows));
  });

  router.get('/dashboard', show, (_req, res) => {
    res.json(reports.dashboard());
  });

  router.all('/{*rest}', () => {
    throw methodNotAllowed('Reports are read-only');
  });

  return router;
}
