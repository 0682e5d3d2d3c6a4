import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import { requirePermission } from '../http/auth.js';
import { parseListQuery, sendPage, type ListContract } from '../http/listQuery.js';
import type { DestructionCandidateService } from './destructionCandidates.service.js';
import { candidateListFilters } from './destructionCandidates.schema.js';

const listContract: ListContract = {
  resource: 'destruction-candidates',
  sortFields: ['purpose_ended_on', 'days_since', 'id'],
  // The longest waiting first: the term of art. 21 p.4 runs out for them first.
  defaultSort: ['purpose_ended_on', 'ASC'],
  filters: candidateListFilters,
};

/**
 * /api/destruction-candidates: read-only, for operators. A list without personal values (ids, kinds, days), so
 * reading it is not an audited look at anyone's data; proposing goes through POST /api/destructions/bulk.
 */
export function destructionCandidateRoutes(candidates: DestructionCandidateService, audit: AuditWriter): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'destruction-candidates.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'destruction-candidates', q, candidates.list(q));
  });

  return router;
}
