import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { DeadlineService } from './deadlines.service.js';
import { requirePermission } from '../http/auth.js';
import { methodNotAllowed } from '../shared/errors.js';
import { sendPage, idListFilter, parseListQuery, type ListContract } from '../http/listQuery.js';
import { validate } from '../http/validate.js';
import { idParam } from '../http/params.js';
import { deadlineListFilters } from './deadlines.schema.js';

const listContract: ListContract = {
  resource: 'deadlines',
  sortFields: ['id', 'opened_on', 'due_on', 'effective_due_on', 'closed_on', 'kind'],
  defaultSort: ['effective_due_on', 'ASC'],
  filters: { id: idListFilter, ...deadlineListFilters },
};

/** /api/deadlines: read-only. Items hold ids and dates only, so reading them is not an audited look at personal data. */
export function deadlineRoutes(deadlines: DeadlineService, audit: AuditWriter): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'deadlines.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'deadlines', q, deadlines.list(q));
  });

  router.get('/:id', requirePermission(audit, 'deadlines.show'), (req, res) => {
    res.json(deadlines.get(validate(idParam, req.params, 'id').id));
  });

  router.all(['/', '/:id'], () => {
    throw methodNotAllowed('Deadline items are opened, extended and closed by the workflow that decides them');
  });

  return router;
}
