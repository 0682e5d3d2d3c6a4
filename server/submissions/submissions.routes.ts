import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { ReviewService } from './review.service.js';
import { requirePermission } from '../http/auth.js';
import { methodNotAllowed } from '../shared/errors.js';
import { sendPage, idListFilter, parseListQuery, type ListContract } from '../http/listQuery.js';
import { requestContext } from '../http/context.js';
import { validate } from '../http/validate.js';
import { idParam } from '../http/params.js';
import { createFromSubmissionBody, linkBody, rejectBody, submissionListFilters } from './submissions.schema.js';

const listContract: ListContract = {
  resource: 'submissions',
  sortFields: ['id', 'received_at', 'decided_at', 'service', 'last_name', 'status'],
  defaultSort: ['id', 'DESC'],
  filters: { id: idListFilter, ...submissionListFilters },
};

export function submissionRoutes(review: ReviewService, audit: AuditWriter): Router {
  const router = Router();
  const decide = requirePermission(audit, 'submissions.decide');

  router.get('/', requirePermission(audit, 'submissions.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    const { rows, total } = review.list(q);
    sendPage(res, 'submissions', q, { rows: rows.map((r) => ({ ...r, has_message: !!r.has_message })), total });
  });

  router.get('/pending-count', requirePermission(audit, 'submissions.list'), (_req, res) => {
    res.json({ count: review.countNew() });
  });

  router.get('/:id', requirePermission(audit, 'submissions.show'), async (req, res) => {
    res.json(await review.view(requestContext(req, res), validate(idParam, req.params, 'id').id));
  });

  router.post('/:id/link', decide, async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await review.link(requestContext(req, res), id, validate(linkBody, req.body)));
  });

  router.post('/:id/create-subject', decide, async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    validate(createFromSubmissionBody, req.body ?? {});
    res.status(201).json(await review.createSubject(requestContext(req, res), id));
  });

  router.post('/:id/reject', decide, async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await review.reject(requestContext(req, res), id, validate(rejectBody, req.body)));
  });

  router.all(['/', '/:id'], (req, _res, next) => {
    if (req.method === 'GET') return next();
    throw methodNotAllowed(
      'Submissions come only from the website and change only by a decision (link, create-subject, reject)',
    );
  });

  return router;
}
