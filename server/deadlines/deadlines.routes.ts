import { Router, type Response } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { DeadlineService } from './deadlines.service.js';
import { requirePermission } from '../http/auth.js';
import { methodNotAllowed } from '../shared/errors.js';
import { sendPage, idListFilter, parseListQuery, type ListContract } from '../http/listQuery.js';
import { validate } from '../http/validate.js';
import { idParam } from '../http/params.js';
import { currentSession } from '../http/context.js';
import { can } from '../auth/permissions.js';
import { deadlineListFilters } from './deadlines.schema.js';

const listContract: ListContract = {
  resource: 'deadlines',
  sortFields: ['id', 'opened_on', 'due_on', 'effective_due_on', 'closed_on', 'kind'],
  defaultSort: ['effective_due_on', 'ASC'],
  filters: { id: idListFilter, ...deadlineListFilters },
};

/**
 * /api/deadlines: read-only. Items hold ids and dates only, so reading them is not an audited look at personal data.
 * An incident's items reach only those who may see incidents: for an operator (the dashboard reads this list too)
 * they are left out of the query, and one asked for by id does not exist.
 */
export function deadlineRoutes(deadlines: DeadlineService, audit: AuditWriter): Router {
  const router = Router();
  const scopeOf = (res: Response) => ({ incidents: can(currentSession(res).identity.role, 'incidents.list') });

  router.get('/', requirePermission(audit, 'deadlines.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'deadlines', q, deadlines.list(q, scopeOf(res)));
  });

  router.get('/:id', requirePermission(audit, 'deadlines.show'), (req, res) => {
    res.json(deadlines.get(validate(idParam, req.params, 'id').id, scopeOf(res)));
  });

  router.all(['/', '/:id'], () => {
    throw methodNotAllowed('Deadline items are opened, extended and closed by the workflow that decides them');
  });

  return router;
}
