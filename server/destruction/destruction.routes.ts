import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { DestructionService } from './destruction.service.js';

// STUB (the destruction slice replaces it): /api/destructions.
export function destructionRoutes(destructions: DestructionService, audit: AuditWriter): Router {
  void destructions;
  void audit;
  return Router();
}
