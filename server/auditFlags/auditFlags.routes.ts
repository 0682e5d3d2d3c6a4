import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import { requirePermission } from '../http/auth.js';
import { requestContext } from '../http/context.js';
import { idListFilter, parseListQuery, sendPage, type ListContract } from '../http/listQuery.js';
import { idParam } from '../http/params.js';
import { validate } from '../http/validate.js';
import { methodNotAllowed } from '../shared/errors.js';
import type { AuditFlagService } from './auditFlags.service.js';
import { flagListFilters, reviewBody, scanBody } from './auditFlags.schema.js';

const listContract: ListContract = {
  resource: 'audit-flags',
  sortFields: ['id', 'detected_at', 'reviewed'],
  defaultSort: ['id', 'DESC'],
  filters: { id: idListFilter, ...flagListFilters },
};

/**
 * /api/audit-flags: the flags worth a look (issue 13 §1). Compliance only: what a colleague did is the officer's to
 * review, and the review comment may name a person.
 */
export function auditFlagRoutes(flags: AuditFlagService, audit: AuditWriter): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'audit-flags.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'audit-flags', q, flags.list(q));
  });

  // The menu's badge, polled: one count over the small table of flags. Before "/:id", which would take it for an id.
  router.get('/unreviewed-count', requirePermission(audit, 'audit-flags.list'), (_req, res) => {
    res.json({ count: flags.unreviewed() });
  });

  // Before "/:id", which would take "scan" for an id.
  router.post('/scan', requirePermission(audit, 'audit-flags.review'), async (req, res) => {
    validate(scanBody, req.body ?? {}, 'body');
    res.json(await flags.scan());
  });

  router.get('/:id', requirePermission(audit, 'audit-flags.show'), (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(flags.get(id));
  });

  router.post('/:id/review', requirePermission(audit, 'audit-flags.review'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    const { comment } = validate(reviewBody, req.body ?? {}, 'body');
    res.json(await flags.review(requestContext(req, res), id, comment));
  });

  router.all('/{*rest}', () => {
    throw methodNotAllowed('Flags are raised by the scan; they are only read and reviewed');
  });

  return router;
}
