import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import { requirePermission } from '../http/auth.js';
import { requestContext } from '../http/context.js';
import { idListFilter, parseListQuery, sendPage, type ListContract } from '../http/listQuery.js';
import { idParam } from '../http/params.js';
import { validate } from '../http/validate.js';
import { methodNotAllowed } from '../shared/errors.js';
import type { ReplyService } from './replies.service.js';
import { draftReplyBody, editReplyBody, replyListFilters, sendReplyBody } from './replies.schema.js';

const listContract: ListContract = {
  resource: 'replies',
  sortFields: ['id', 'out_number', 'sent_on', 'created_at', 'updated_at', 'status', 'kind'],
  defaultSort: ['id', 'DESC'],
  filters: { id: idListFilter, ...replyListFilters },
};

/**
 * /api/replies: the outgoing replies to letters. Operators draft, edit, send and print them; compliance reads and
 * prints them; the administrator does not see them (they carry personal data).
 */
export function replyRoutes(replies: ReplyService, audit: AuditWriter): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'replies.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'replies', q, replies.list(q));
  });

  router.post('/', requirePermission(audit, 'replies.create'), async (req, res) => {
    res.status(201).json(await replies.draft(requestContext(req, res), validate(draftReplyBody, req.body)));
  });

  router.get('/:id', requirePermission(audit, 'replies.show'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await replies.view(requestContext(req, res), id));
  });

  router.put('/:id', requirePermission(audit, 'replies.edit'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await replies.edit(requestContext(req, res), id, validate(editReplyBody, req.body)));
  });

  router.post('/:id/send', requirePermission(audit, 'replies.send'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await replies.send(requestContext(req, res), id, validate(sendReplyBody, req.body)));
  });

  // The same content as the PDF, for the SPA's print-ready view.
  router.get('/:id/printable', requirePermission(audit, 'replies.show'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await replies.printable(requestContext(req, res), id, 'html'));
  });

  router.get('/:id/pdf', requirePermission(audit, 'replies.show'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    const { pdf, filename } = await replies.pdf(requestContext(req, res), id);
    res
      .status(200)
      .type('application/pdf')
      .set(
        'Content-Disposition',
        `attachment; filename="reply-${id}.pdf"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      )
      .set('X-Content-Type-Options', 'nosniff')
      .send(pdf);
  });

  router.delete('/:id', () => {
    throw methodNotAllowed('Replies are not deleted: the outgoing register keeps every number it gave');
  });

  return router;
}
