import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import { requirePermission } from '../http/auth.js';
import { requestContext } from '../http/context.js';
import { idListFilter, parseListQuery, sendPage, type ListContract } from '../http/listQuery.js';
import { idParam } from '../http/params.js';
import { validate } from '../http/validate.js';
import { methodNotAllowed } from '../shared/errors.js';
import type { CheckpointService } from './checkpoints.service.js';
import { checkpointListFilters, signNowBody } from './checkpoints.schema.js';

const listContract: ListContract = {
  resource: 'checkpoints',
  sortFields: ['id', 'signed_at', 'audit_id'],
  defaultSort: ['id', 'DESC'],
  filters: { id: idListFilter, ...checkpointListFilters },
};

/** /api/checkpoints: the signed checkpoints (compliance and admin read them), and signing one now (compliance). */
export function checkpointRoutes(checkpoints: CheckpointService, audit: AuditWriter): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'checkpoints.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'checkpoints', q, checkpoints.list(q));
  });

  router.post('/', requirePermission(audit, 'checkpoints.create'), async (req, res) => {
    validate(signNowBody, req.body ?? {}, 'body');
    const signed = await checkpoints.sign(requestContext(req, res), 'manual');
    res.status(201).json(checkpoints.get(signed.id));
  });

  router.get('/:id', requirePermission(audit, 'checkpoints.show'), (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(checkpoints.get(id));
  });

  router.all('/', () => {
    throw methodNotAllowed('Checkpoints are only signed (POST) and read');
  });
  router.all('/:id', () => {
    throw methodNotAllowed('A checkpoint is never changed or deleted');
  });

  return router;
}

/**
 * GET /api/audit-log/public-key: the key that checks the checkpoints, for auditors to write down. Mounted before the
 * audit log's own routes, which would take "public-key" for an entry id.
 */
export function auditPublicKeyRoutes(checkpoints: CheckpointService, audit: AuditWriter): Router {
  const router = Router();
  router.get('/public-key', requirePermission(audit, 'checkpoints.list'), (_req, res) => {
    res.json(checkpoints.publicKey());
  });
  return router;
}
