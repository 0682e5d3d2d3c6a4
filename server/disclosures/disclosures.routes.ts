import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { DisclosureService } from './disclosures.service.js';

// STUB (the disclosures slice replaces it).
export function disclosureRoutes(disclosures: DisclosureService, audit: AuditWriter): Router {
  void disclosures;
  void audit;
  return Router();
}
