import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { ReplyService } from './replies.service.js';

// STUB (the replies slice replaces it).
export function replyRoutes(replies: ReplyService, audit: AuditWriter): Router {
  void replies;
  void audit;
  return Router();
}
