import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { StaffService } from './staff.service.js';
import { requirePermission } from '../http/auth.js';
import { methodNotAllowed } from '../shared/errors.js';
import { sendPage, idListFilter, parseListQuery, type ListContract } from '../http/listQuery.js';
import { requestContext } from '../http/context.js';
import { validate } from '../http/validate.js';
import { idParam } from '../http/params.js';
import { createStaffBody, staffListFilters, updateStaffBody } from './staff.schema.js';

const listContract: ListContract = {
  resource: 'staff',
  sortFields: ['id', 'login', 'full_name', 'position', 'role', 'active', 'created_at'],
  defaultSort: ['login', 'ASC'],
  filters: { id: idListFilter, ...staffListFilters },
};

export function staffRoutes(staff: StaffService, audit: AuditWriter): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'staff.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'staff', q, staff.list(q));
  });

  router.get('/:id', requirePermission(audit, 'staff.show'), (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(staff.get(id));
  });

  router.post('/', requirePermission(audit, 'staff.create'), async (req, res) => {
    const body = validate(createStaffBody, req.body);
    const { record, temporaryPassword } = await staff.create(requestContext(req, res), body);
    res.status(201).json({ ...record, temporary_password: temporaryPassword });
  });

  router.put('/:id', requirePermission(audit, 'staff.edit'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    const body = validate(updateStaffBody, req.body);
    res.json(await staff.update(requestContext(req, res), id, body));
  });

  router.post('/:id/reset-password', requirePermission(audit, 'staff.edit'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await staff.resetPassword(requestContext(req, res), id));
  });

  router.delete('/:id', () => {
    throw methodNotAllowed('Staff accounts are disabled, not deleted: the audit log refers to them');
  });

  return router;
}
