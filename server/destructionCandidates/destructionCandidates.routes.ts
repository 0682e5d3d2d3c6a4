import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { DestructionCandidateService } from './destructionCandidates.service.js';

/** /api/destruction-candidates: read-only, for operators. */
export function destructionCandidateRoutes(_candidates: DestructionCandidateService, _audit: AuditWriter): Router {
  return Router();
}
