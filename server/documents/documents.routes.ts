import { Router } from 'express';
import type { z } from 'zod';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { DocumentService } from './documents.service.js';
import type { Permission } from '../contract/index.js';
import { requirePermission } from '../http/auth.js';
import { sendPage, idListFilter, parseListQuery, type ListContract } from '../http/listQuery.js';
import { requestContext } from '../http/context.js';
import { validate } from '../http/validate.js';
import { idParam } from '../http/params.js';
import { documentListFilters } from './documents.schema.js';

/** The same routes serve /api/policies and /api/consent-forms. */
export function documentRoutes(
  resource: 'policies' | 'consent-forms',
  service: DocumentService,
  body: z.ZodType,
  audit: AuditWriter,
): Router {
  const router = Router();
  const perm = (action: string) => requirePermission(audit, `${resource}.${action}` as Permission);
  const contract: ListContract = {
    resource,
    sortFields: ['id', 'version', 'effective_from', 'status', 'purpose'],
    defaultSort: ['id', 'DESC'],
    filters: { id: idListFilter, ...documentListFilters },
  };

  router.get('/', perm('list'), (req, res) => {
    const q = parseListQuery(req, contract);
    sendPage(res, resource, q, service.list(q));
  });
  router.get('/:id', perm('show'), (req, res) => {
    res.json(service.get(validate(idParam, req.params, 'id').id));
  });
  router.post('/', perm('create'), async (req, res) => {
    res.status(201).json(await service.create(requestContext(req, res), validate(body, req.body) as never));
  });
  router.put('/:id', perm('edit'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await service.update(requestContext(req, res), id, validate(body, req.body) as never));
  });
  router.delete('/:id', perm('edit'), async (req, res) => {
    res.json(await service.remove(requestContext(req, res), validate(idParam, req.params, 'id').id));
  });
  router.post('/:id/publish', perm('publish'), async (req, res) => {
    res.json(await service.publish(requestContext(req, res), validate(idParam, req.params, 'id').id));
  });
  return router;
}
