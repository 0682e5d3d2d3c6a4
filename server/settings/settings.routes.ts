import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import { requirePermission } from '../http/auth.js';
import { requestContext } from '../http/context.js';
import { validate } from '../http/validate.js';
import { methodNotAllowed } from '../shared/errors.js';
import type { SettingsService } from './settings.service.js';
import { settingsBody } from './settings.schema.js';

/** /api/settings: one record, no id. Everyone signed in reads it (documents print it); the administrator edits it. */
export function settingsRoutes(settings: SettingsService, audit: AuditWriter): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'settings.show'), (_req, res) => {
    res.json(settings.current());
  });

  router.put('/', requirePermission(audit, 'settings.edit'), async (req, res) => {
    res.json(await settings.update(requestContext(req, res), validate(settingsBody, req.body)));
  });

  router.all('/', () => {
    throw methodNotAllowed('The operator settings are one record: read it with GET, change it with PUT');
  });

  return router;
}
