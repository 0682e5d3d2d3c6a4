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
import { LETTER_OWNER, type LetterService } from './letters.service.js';
import {
  closeBody,
  extendBody,
  identifyBody,
  letterListFilters,
  markAnsweredBody,
  registerLetterBody,
  rejectBody,
  requestDetailsBody,
  updateLetterBody,
} from './letters.schema.js';

const listContract: ListContract = {
  resource: 'letters',
  sortFields: ['id', 'reg_number', 'received_on', 'due_on', 'status', 'kind', 'updated_at'],
  defaultSort: ['id', 'DESC'],
  filters: { id: idListFilter, ...letterListFilters },
};

/**
 * /api/letters: the register of incoming letters. Operators register, edit and move letters through their states;
 * compliance reads them (they carry personal data, so the administrator does not).
 */
export function letterRoutes(letters: LetterService, uploads: UploadService, audit: AuditWriter): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'letters.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'letters', q, letters.list(q));
  });

  router.post('/', requirePermission(audit, 'letters.create'), async (req, res) => {
    const body = validate(registerLetterBody, req.body);
    res.status(201).json(await letters.register(requestContext(req, res), body));
  });

  // The scanned letter, its envelope, a copy of an identity document: sealed under the letter's own key.
  router.use(
    '/:id/attachments',
    uploadRoutes(uploads, audit, {
      ownerType: LETTER_OWNER,
      findOwner: (req) => letters.attachmentOwner(validate(idParam, req.params, 'id').id),
      permissions: { upload: 'letters.edit', download: 'letters.show' },
      actions: { stored: 'letter.attachment_added', downloaded: 'letter.attachment_downloaded' },
    }),
  );

  router.get('/:id', requirePermission(audit, 'letters.show'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await letters.view(requestContext(req, res), id));
  });

  router.put('/:id', requirePermission(audit, 'letters.edit'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await letters.update(requestContext(req, res), id, validate(updateLetterBody, req.body)));
  });

  router.post('/:id/identify', requirePermission(audit, 'letters.process'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await letters.identify(requestContext(req, res), id, validate(identifyBody, req.body)));
  });

  router.post('/:id/request-details', requirePermission(audit, 'letters.process'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await letters.requestDetails(requestContext(req, res), id, validate(requestDetailsBody, req.body)));
  });

  router.post('/:id/extend', requirePermission(audit, 'letters.process'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await letters.extend(requestContext(req, res), id, validate(extendBody, req.body)));
  });

  router.post('/:id/reject', requirePermission(audit, 'letters.process'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await letters.reject(requestContext(req, res), id, validate(rejectBody, req.body)));
  });

  router.post('/:id/mark-answered', requirePermission(audit, 'letters.process'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await letters.markAnswered(requestContext(req, res), id, validate(markAnsweredBody, req.body)));
  });

  router.post('/:id/close', requirePermission(audit, 'letters.process'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await letters.close(requestContext(req, res), id, validate(closeBody, req.body ?? {})));
  });

  router.delete('/:id', () => {
    throw methodNotAllowed('Letters are not deleted: the register keeps every number it gave');
  });

  return router;
}
