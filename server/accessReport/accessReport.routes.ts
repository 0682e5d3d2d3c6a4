import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { AccessReportService } from './accessReport.service.js';

// STUB (the access-report slice replaces it): GET /api/subjects/:id/access-report and …/access-report.pdf.
export function accessReportRoutes(reports: AccessReportService, audit: AuditWriter): Router {
  void reports;
  void audit;
  return Router();
}
