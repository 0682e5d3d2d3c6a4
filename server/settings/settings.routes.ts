import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { SettingsService } from './settings.service.js';

// STUB (the settings slice replaces it).
export function settingsRoutes(settings: SettingsService, audit: AuditWriter): Router {
  void settings;
  void audit;
  return Router();
}
