import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { StaffService } from './staff.service.js';
import { requirePermission } from '../http/auth.js';
import { sendPage, idListFilter, parseListQuery, type ListContract } from '../http/listQuery.js';
import { validate } from '../http/validate.js';
import { idParam } from '../http/params.js';
import { assigneeListFilters } from './staff.schema.js';

const listContract: ListContract = {
  resource: 'assignees',
  sortFields: ['id', 'full_name'],
  defaultSort: ['full_name', 'ASC'],
  filters: { id: idListFilter, ...assigneeListFilters },
};

/** Read-only names of colleagues: the letters' assignee picker and every «Исполнитель» column. */
export function assigneeRoutes(staff: StaffService, audit: AuditWriter): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'assignees.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'assignees', q, staff.listAssignees(q));
  });

  router.get('/:id', requirePermission(audit, 'assignees.list'), (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(staff.getAssignee(id));
  });

  return router;
}
