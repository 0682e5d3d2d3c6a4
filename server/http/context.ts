import crypto from 'node:crypto';
import type { Request, Response, RequestHandler } from 'express';
import type { ActiveSession } from '../auth/auth.service.js';
import type { RequestContext } from '../shared/requestContext.js';
import { unauthorized } from '../shared/errors.js';

/** Per-request state lives in res.locals; these accessors keep its shape in one place. */
export interface RequestLocals {
  requestId: string;
  session: ActiveSession | null;
}

export function locals(res: Response): RequestLocals {
  return res.locals as RequestLocals;
}

export const assignRequestId: RequestHandler = (_req, res, next) => {
  const id = crypto.randomUUID();
  res.locals.requestId = id;
  res.setHeader('X-Request-Id', id);
  next();
};

/** The audit context of the caller: signed-in staff, or anonymous before login. */
export function requestContext(req: Request, res: Response): RequestContext {
  const session = locals(res).session;
  return {
    actor: session
      ? { id: session.identity.id, login: session.identity.login, role: session.identity.role }
      : { id: null, login: 'anonymous', role: 'anonymous' },
    requestId: locals(res).requestId ?? null,
    ip: clientIp(req),
  };
}

export function currentSession(res: Response): ActiveSession {
  const session = locals(res).session;
  if (!session) throw unauthorized();
  return session;
}

/**
 * The caller's address as people read it: a dual-stack socket reports an IPv4 client as "::ffff:192.0.2.1", which
 * is stored and shown as "192.0.2.1". Behind a proxy, Express's trust proxy setting has already chosen the address.
 */
export function clientIp(req: Request): string | null {
  const ip = req.ip;
  if (!ip) return null;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  return mapped ? mapped[1] : ip;
}
