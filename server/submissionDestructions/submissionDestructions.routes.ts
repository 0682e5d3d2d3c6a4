import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import { requirePermission } from '../http/auth.js';
import { requestContext } from '../http/context.js';
import { idListFilter, parseListQuery, sendPage, type ListContract } from '../http/listQuery.js';
import { idParam } from '../http/params.js';
import { validate } from '../http/validate.js';
import { methodNotAllowed } from '../shared/errors.js';
import type { SubmissionDestructionService } from './submissionDestructions.service.js';
import {
  approveBatchBody,
  batchListFilters,
  proposeBatchBody,
  rejectBatchBody,
} from './submissionDestructions.schema.js';

const listContract: ListContract = {
  resource: 'submission-destructions',
  sortFields: ['id', 'proposed_at', 'decided_at', 'status'],
  defaultSort: ['id', 'DESC'],
  filters: { id: idListFilter, ...batchListFilters },
};

/**
 * /api/submission-destructions: batches of rejected website submissions that never became a subject. Operators
 * propose, a compliance officer who is not the proposer decides; approval erases the batch and writes its act.
 */
export function submissionDestructionRoutes(batches: SubmissionDestructionService, audit: AuditWriter): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'submission-destructions.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'submission-destructions', q, batches.list(q));
  });

  router.post('/', requirePermission(audit, 'submission-destructions.create'), async (req, res) => {
    const body = validate(proposeBatchBody, req.body);
    res.status(201).json(await batches.propose(requestContext(req, res), body));
  });

  router.get('/:id', requirePermission(audit, 'submission-destructions.show'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await batches.view(requestContext(req, res), id));
  });

  router.post('/:id/approve', requirePermission(audit, 'submission-destructions.decide'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    const { comment } = validate(approveBatchBody, req.body ?? {});
    res.json(await batches.approve(requestContext(req, res), id, comment));
  });

  router.post('/:id/reject', requirePermission(audit, 'submission-destructions.decide'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    const { comment } = validate(rejectBatchBody, req.body);
    res.json(await batches.reject(requestContext(req, res), id, comment));
  });

  router.put('/:id', () => {
    throw methodNotAllowed('A batch is not edited: propose a new one');
  });

  router.delete('/:id', () => {
    throw methodNotAllowed('Submission destructions are never deleted: they are the record of what was destroyed');
  });

  return router;
}
