import { Router } from 'express';
import { idParam } from '../http/params.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { SubjectService } from './subjects.service.js';
import type { LetterService } from '../letters/letters.service.js';
import { unblockBody } from '../letters/letters.schema.js';
import { requirePermission } from '../http/auth.js';
import { methodNotAllowed } from '../shared/errors.js';
import { sendPage, idListFilter, parseListQuery, type ListContract } from '../http/listQuery.js';
import { requestContext } from '../http/context.js';
import { validate } from '../http/validate.js';
import { correctSubjectBody, createSubjectBody, revealMedicalBody, subjectListFilters } from './subjects.schema.js';

const listContract: ListContract = {
  resource: 'subjects',
  sortFields: ['id', 'last_name', 'first_name', 'birth_date', 'created_at', 'updated_at', 'status'],
  defaultSort: ['last_name', 'ASC'],
  filters: { id: idListFilter, ...subjectListFilters },
};

export function subjectRoutes(subjects: SubjectService, audit: AuditWriter, letters: LetterService): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'subjects.list'), async (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'subjects', q, await subjects.search(requestContext(req, res), q));
  });

  router.get('/:id', requirePermission(audit, 'subjects.show'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    res.json(await subjects.view(requestContext(req, res), id));
  });

  router.post('/', requirePermission(audit, 'subjects.create'), async (req, res) => {
    const body = validate(createSubjectBody, req.body);
    res.status(201).json(await subjects.create(requestContext(req, res), body));
  });

  router.put('/:id', requirePermission(audit, 'subjects.edit'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    const body = validate(correctSubjectBody, req.body);
    res.json(await subjects.correct(requestContext(req, res), id, body));
  });

  router.post('/:id/medical-info', requirePermission(audit, 'subjects.reveal_medical'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    const { reason } = validate(revealMedicalBody, req.body);
    res.json(await subjects.revealMedicalInfo(requestContext(req, res), id, reason));
  });

  // Ends the check of a correction letter: its deadline item closes, and the block is lifted unless another letter
  // still holds it. Other blocks (a withdrawal, a demand to destroy or stop) are not lifted by hand.
  router.post('/:id/unblock', requirePermission(audit, 'subjects.unblock'), async (req, res) => {
    const { id } = validate(idParam, req.params, 'id');
    const body = validate(unblockBody, req.body);
    res.json(await letters.unblockSubject(requestContext(req, res), id, body));
  });

  router.delete('/:id', () => {
    throw methodNotAllowed('Subjects are not deleted: destruction is its own workflow with a second person’s approval');
  });

  return router;
}
