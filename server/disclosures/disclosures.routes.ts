import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import { requirePermission } from '../http/auth.js';
import { requestContext } from '../http/context.js';
import { idListFilter, parseListQuery, sendPage, type ListContract } from '../http/listQuery.js';
import { idParam } from '../http/params.js';
import { validate } from '../http/validate.js';
import { methodNotAllowed } from '../shared/errors.js';
import type { UploadService } from '../uploads/uploads.service.js';
import { uploadRoutes } from '../uploads/uploads.routes.js';
import { DISCLOSURE_OWNER, type DisclosureService } from './disclosures.service.js';
import {
  approveBody,
  discloseBody,
  disclosureListFilters,
  refuseBody,
  registerDisclosureBody,
} from './disclosures.schema.js';

const listContract: ListContract = {
  resource: 'disclosures',
  sortFields: ['id', 'received_on', 'document_date', 'due_on', 'status', 'body_type', 'disclosed_on'],
  defaultSort: ['id', 'DESC'],
  filters: { id: idListFilter, ...disclosureListFilters },
};

/**
 * /api/disclosures: requests from authorities («Запросы госорганов»). Operators register them and record what was
 * given; the compliance officer reads them all and decides; the administrator does not see them (they name people).
 */
export function disclosureRoutes(disclosures: DisclosureService, uploads: UploadService, audit: AuditWriter): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'disclosures.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'disclosures', q, disclosures.list(q));
  });

  router.post('/', requirePermission(audit, 'disclosures.create'), async (req, res) => {
    const body = validate(registerDisclosureBody, req.body);
    res.status(201).json(await disclosures.register(requestContext(req, res), body));
  });

  // The request's scan and the copy of the answer: sealed under the request's own key.
  router.use(
    '/:id/attachments',
    uploadRoutes(uploads, audit, {
      ownerType: DISCLOSURE_OWNER,
      findOwner: (req) => disclosures.attachmentOwner(validate(idParam, req.params, 'id').id),
      permissions: { upload: 'disclosures.create', download: 'disclosures.show' },
      actions: { stored: 'disclosure.attachment_added', downloaded: 'disclosure.attachment_downloaded' },
    }),
  );

  router.get('/:id', requirePermission(audit, 'disclosures.show'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await disclosures.view(requestContext(req, res), id));
  });

  router.post('/:id/approve', requirePermission(audit, 'disclosures.decide'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await disclosures.approve(requestContext(req, res), id, validate(approveBody, req.body)));
  });

  router.post('/:id/refuse', requirePermission(audit, 'disclosures.decide'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await disclosures.refuse(requestContext(req, res), id, validate(refuseBody, req.body)));
  });

  router.post('/:id/disclose', requirePermission(audit, 'disclosures.disclose'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await disclosures.disclose(requestContext(req, res), id, validate(discloseBody, req.body)));
  });

  router.put('/:id', () => {
    throw methodNotAllowed('A request is not edited: its decision was taken on what it asked');
  });

  router.delete('/:id', () => {
    throw methodNotAllowed('Requests from authorities are not deleted: the register is evidence of every disclosure');
  });

  return router;
}
