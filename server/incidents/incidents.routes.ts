import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import { requirePermission } from '../http/auth.js';
import { requestContext } from '../http/context.js';
import { idListFilter, parseListQuery, sendPage, type ListContract } from '../http/listQuery.js';
import { idParam } from '../http/params.js';
import { validate } from '../http/validate.js';
import { methodNotAllowed } from '../shared/errors.js';
import type { IncidentService } from './incidents.service.js';
import type { IncidentNoticeService } from './incidentNotices.service.js';
import type { IncidentEvidenceService } from './incidentEvidence.service.js';
import { incidentDocumentRoutes } from './incidentDocuments.routes.js';
import {
  closeIncidentBody,
  editIncidentBody,
  incidentListFilters,
  linkSubjectsBody,
  notifyBody,
  openIncidentBody,
  reportResultsBody,
} from './incidents.schema.js';

const listContract: ListContract = {
  resource: 'incidents',
  sortFields: ['id', 'number', 'detected_at', 'status', 'subjects_estimated', 'updated_at'],
  defaultSort: ['id', 'DESC'],
  filters: { id: idListFilter, ...incidentListFilters },
};

/**
 * /api/incidents: the register of personal-data incidents. Compliance and the administrator run it; operators have
 * no permission on any route (403, audited as a denial). The notices' and evidence's routes (/:id/notice-24h…,
 * /:id/results-72h…, /:id/evidence…) are mounted before /:id, so that their paths are their own.
 */
export function incidentRoutes(
  incidents: IncidentService,
  notices: IncidentNoticeService,
  evidence: IncidentEvidenceService,
  audit: AuditWriter,
): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'incidents.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'incidents', q, incidents.list(q));
  });

  router.post('/', requirePermission(audit, 'incidents.create'), async (req, res) => {
    const body = validate(openIncidentBody, req.body);
    res.status(201).json(await incidents.open(requestContext(req, res), body));
  });

  router.use(incidentDocumentRoutes(notices, evidence, audit));

  router.get('/:id', requirePermission(audit, 'incidents.show'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await incidents.view(requestContext(req, res), id));
  });

  router.put('/:id', requirePermission(audit, 'incidents.edit'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await incidents.edit(requestContext(req, res), id, validate(editIncidentBody, req.body)));
  });

  router.post('/:id/subjects', requirePermission(audit, 'incidents.edit'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    const { subject_ids } = validate(linkSubjectsBody, req.body);
    res.json(await incidents.linkSubjects(requestContext(req, res), id, subject_ids));
  });

  router.post('/:id/notify', requirePermission(audit, 'incidents.process'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await incidents.notify(requestContext(req, res), id, validate(notifyBody, req.body)));
  });

  router.post('/:id/report-results', requirePermission(audit, 'incidents.process'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await incidents.reportResults(requestContext(req, res), id, validate(reportResultsBody, req.body)));
  });

  router.post('/:id/close', requirePermission(audit, 'incidents.process'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await incidents.close(requestContext(req, res), id, validate(closeIncidentBody, req.body)));
  });

  router.delete('/:id', () => {
    throw methodNotAllowed('Incidents are not deleted: the register keeps every number it gave');
  });

  return router;
}
