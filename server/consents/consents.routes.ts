import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { ConsentService } from './consents.service.js';
import { requirePermission } from '../http/auth.js';
import { methodNotAllowed } from '../shared/errors.js';
import { sendPage, idListFilter, parseListQuery, type ListContract } from '../http/listQuery.js';
import { requestContext } from '../http/context.js';
import { validate } from '../http/validate.js';
import { idParam } from '../http/params.js';
import { consentListFilters, paperConsentBody, withdrawBody } from './consents.schema.js';

const listContract: ListContract = {
  resource: 'consents',
  sortFields: ['id', 'given_at', 'purpose', 'status'],
  defaultSort: ['id', 'DESC'],
  filters: { id: idListFilter, ...consentListFilters },
};

export function consentRoutes(consents: ConsentService, audit: AuditWriter): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'consents.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'consents', q, consents.list(q));
  });

  router.get('/:id', requirePermission(audit, 'consents.show'), (req, res) => {
    res.json(consents.get(validate(idParam, req.params, 'id').id));
  });

  router.post('/', requirePermission(audit, 'consents.create'), async (req, res) => {
    res.status(201).json(await consents.recordPaper(requestContext(req, res), validate(paperConsentBody, req.body)));
  });

  router.post('/:id/withdraw', requirePermission(audit, 'consents.withdraw'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await consents.withdraw(requestContext(req, res), id, validate(withdrawBody, req.body).basis));
  });

  router.all('/:id', () => {
    throw methodNotAllowed('A consent can never be edited or deleted, only withdrawn (and a new one recorded)');
  });

  return router;
}
