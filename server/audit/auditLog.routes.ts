import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { AuditWriter } from './auditWriter.js';
import type { AuditLogService } from './auditLog.service.js';
import { requirePermission } from '../http/auth.js';
import { badRequest, forbidden, methodNotAllowed } from '../shared/errors.js';
import type { ListQuery } from '../shared/listQuery.js';
import { sendPage, idListFilter, parseListQuery, type ListContract } from '../http/listQuery.js';
import { currentSession, requestContext } from '../http/context.js';
import { validate } from '../http/validate.js';
import { can } from '../auth/permissions.js';
import { idParam } from '../http/params.js';
import { dayOrInstant } from '../http/dayFilter.js';
import { ROLES } from '../contract/index.js';
import type { AuditExportService } from './export.service.js';
import type { VerificationService } from './verifications.js';
import { exportFileName, exportQuery, sendExport } from './exportHttp.js';

const listContract: ListContract = {
  resource: 'audit-log',
  sortFields: ['id', 'at'],
  defaultSort: ['id', 'DESC'],
  filters: {
    id: idListFilter,
    actor_login: z.string().trim().min(1).max(100),
    action: z.union([z.string().max(100), z.array(z.string().max(100)).max(50)]),
    subject_id: z.coerce.number().int().positive(),
    entity_type: z.string().max(50),
    entity_id: z.string().trim().min(1).max(100),
    // The part of an action before its dot: the kind the SPA groups actions by ('destruction', 'letter', …).
    action_kind: z.string().regex(/^[a-z_]{1,50}$/, 'Expected the kind of an action, such as letter'),
    actor_role: z.enum([...ROLES, 'system', 'anonymous', 'public'], {
      message: `Expected one of: ${[...ROLES, 'system', 'anonymous', 'public'].join(', ')}`,
    }),
    ip: z.string().trim().min(1).max(64),
    request_id: z.string().trim().min(1).max(100),
    from: dayOrInstant(false),
    to: dayOrInstant(true),
    // The key of the page before: the last id it showed (newest first: before_id; oldest first: after_id).
    before_id: z.coerce.number().int().positive(),
    after_id: z.coerce.number().int().positive(),
  },
};

/**
 * Past this many entries a page is read by key, not by OFFSET: an OFFSET walks every entry it skips, so page 4,000
 * of five million costs 4,000 pages (issue 13 §1). The SPA pages the log by key; a subject's history rarely runs
 * this deep, and the answer says how to go on.
 */
const MAX_OFFSET = 10_000;

function refuseDeepOffset(q: ListQuery): void {
  if (q.offset <= MAX_OFFSET) return;
  throw badRequest(
    `Pages past entry ${MAX_OFFSET} are read by key: pass filter.before_id (or after_id) with the last id of the page before`,
    { range: `Start at most ${MAX_OFFSET}; page on with filter.before_id` },
  );
}

/** Compliance and admin read the whole log; whoever may open a subject reads that subject's history. */
function allowList(audit: AuditWriter): RequestHandler {
  const wholeLog = requirePermission(audit, 'audit-log.list');
  const history = requirePermission(audit, 'subjects.history');
  return (req, res, next) => {
    const role = currentSession(res).identity.role;
    const asksForOneSubject = typeof req.query.filter === 'string' && /"subject_id"\s*:/.test(req.query.filter);
    if (!can(role, 'audit-log.list') && asksForOneSubject) return history(req, res, next);
    return wholeLog(req, res, next);
  };
}

/** What an auditor takes away (exports) and the console's check of the live chain. */
export interface AuditLogTools {
  exports: AuditExportService;
  verifications: VerificationService;
}

export function auditLogRoutes(service: AuditLogService, audit: AuditWriter, tools: AuditLogTools): Router {
  const router = Router();

  router.get('/', allowList(audit), async (req, res) => {
    const q = parseListQuery(req, listContract);
    refuseDeepOffset(q);
    const role = currentSession(res).identity.role;
    if (!can(role, 'audit-log.list') && typeof q.filter.subject_id !== 'number') {
      throw forbidden('A subject history needs filter.subject_id');
    }
    // Whoever may not see the incident register does not learn from a subject's history that an incident names it
    // (an investigation may concern the very employee who reads the card).
    const hideIncidents = !can(role, 'incidents.list');
    sendPage(res, 'audit-log', q, await service.search(requestContext(req, res), q, { hideIncidents }));
  });

  // Before /:id, which would take "export" and "verify" for an entry's id.
  router.get('/export', requirePermission(audit, 'audit-log.list'), async (req, res) => {
    const { format, reason } = validate(exportQuery, req.query, 'query');
    const { filter } = parseListQuery(req, listContract);
    const ctx = requestContext(req, res);
    const prepared =
      format === 'csv' ? await tools.exports.csv(ctx, filter, reason) : await tools.exports.jsonl(ctx, filter, reason);
    await sendExport(res, format, exportFileName(new Date(), format), prepared);
  });

  router.post('/verify', requirePermission(audit, 'audit-log.verify'), (req, res) => {
    res.status(202).json(tools.verifications.start(requestContext(req, res)));
  });

  router.get('/verify/:id', requirePermission(audit, 'audit-log.verify'), (req, res) => {
    const { id } = validate(z.object({ id: z.string().uuid() }), req.params, 'id');
    res.json(tools.verifications.get(id));
  });

  router.get('/:id', requirePermission(audit, 'audit-log.show'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await service.view(requestContext(req, res), id));
  });

  router.all('/{*rest}', () => {
    throw methodNotAllowed('The audit log is append-only: it can only be read');
  });
  router.all('/', () => {
    throw methodNotAllowed('The audit log is append-only: it can only be read');
  });

  return router;
}
