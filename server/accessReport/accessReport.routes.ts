import { Router, type RequestHandler } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import { requirePermission } from '../http/auth.js';
import { requestContext } from '../http/context.js';
import { idParam } from '../http/params.js';
import { validate } from '../http/validate.js';
import { renderPdf } from '../printing/pdf.js';
import { accessReportQuery } from './accessReport.schema.js';
import type { AccessReportService, ReportFormat } from './accessReport.service.js';

/** GET /api/subjects/:id/access-report (JSON for the screen) and …/access-report.pdf (the same, to print). */
export function accessReportRoutes(reports: AccessReportService, audit: AuditWriter): Router {
  const router = Router();
  // Ticking in the medical information is a reveal: it needs the reveal's own permission as well (not compliance's).
  const revealCheck = requirePermission(audit, 'subjects.reveal_medical');
  const medicalNeedsReveal: RequestHandler = (req, res, next) => {
    if (req.query.include_medical === 'true') revealCheck(req, res, next);
    else next();
  };
  const guards = [requirePermission(audit, 'subjects.access_report'), medicalNeedsReveal];

  const generate = (format: ReportFormat): RequestHandler[] => [
    ...guards,
    async (req, res) => {
      const { id } = validate(idParam, req.params, 'id');
      const query = validate(accessReportQuery, req.query, 'query');
      const report = await reports.generate(requestContext(req, res), id, {
        format,
        medicalReason: query.include_medical ? query.reason : undefined,
      });
      if (format === 'screen') {
        res.json(report);
        return;
      }
      const pdf = await renderPdf(report.printable);
      res.status(200);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Length', pdf.length);
      res.setHeader('Content-Disposition', `attachment; filename="access-report-${id}.pdf"`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.end(pdf);
    },
  ];

  router.get('/:id/access-report', ...generate('screen'));
  router.get('/:id/access-report.pdf', ...generate('pdf'));
  return router;
}
