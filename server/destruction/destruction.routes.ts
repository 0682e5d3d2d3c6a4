import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import { requirePermission } from '../http/auth.js';
import { requestContext } from '../http/context.js';
import { idListFilter, parseListQuery, sendPage, type ListContract } from '../http/listQuery.js';
import { idParam } from '../http/params.js';
import { validate } from '../http/validate.js';
import { methodNotAllowed } from '../shared/errors.js';
import type { DestructionService } from './destruction.service.js';
import {
  approveBody,
  bulkProposeBody,
  destructionListFilters,
  previewQuery,
  proposeBody,
  rejectBody,
} from './destruction.schema.js';

const listContract: ListContract = {
  resource: 'destructions',
  sortFields: ['id', 'proposed_at', 'decided_at', 'status'],
  defaultSort: ['id', 'DESC'],
  filters: { id: idListFilter, ...destructionListFilters },
};

/** /api/destructions: operators propose, compliance officers decide; approval executes the destruction. */
export function destructionRoutes(destructions: DestructionService, audit: AuditWriter): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'destructions.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'destructions', q, destructions.list(q));
  });

  // Before /:id, which would take "preview" for an id.
  // The proposer sees what will go before proposing; the officer before approving.
  const preview = requirePermission(audit, ['destructions.create', 'destructions.decide']);
  router.get('/preview', preview, (req, res) => {
    const { subject_id } = validate(previewQuery, req.query, 'query');
    res.json(destructions.preview(subject_id));
  });

  router.post('/', requirePermission(audit, 'destructions.create'), async (req, res) => {
    const body = validate(proposeBody, req.body);
    res.status(201).json(await destructions.propose(requestContext(req, res), body));
  });

  // Before /:id as well. The body is validated whole before anything is written; the answer lists every subject.
  router.post('/bulk', requirePermission(audit, 'destructions.create'), async (req, res) => {
    const body = validate(bulkProposeBody, req.body);
    res.json(await destructions.proposeMany(requestContext(req, res), body));
  });

  router.get('/:id', requirePermission(audit, 'destructions.show'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await destructions.view(requestContext(req, res), id));
  });

  router.post('/:id/approve', requirePermission(audit, 'destructions.decide'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    const { comment } = validate(approveBody, req.body ?? {});
    res.json(await destructions.approve(requestContext(req, res), id, comment));
  });

  router.post('/:id/reject', requirePermission(audit, 'destructions.decide'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    const { comment } = validate(rejectBody, req.body);
    res.json(await destructions.reject(requestContext(req, res), id, comment));
  });

  router.put('/:id', () => {
    throw methodNotAllowed('A destruction is not edited: propose a new one');
  });

  router.delete('/:id', () => {
    throw methodNotAllowed('Destructions are never deleted: they are the record of what was destroyed');
  });

  return router;
}
