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
    ip: req.ip ?? null,
  };
}

export function currentSession(res: Response): ActiveSession {
  const session = locals(res).session;
  if (!session) throw unauthorized();
  return session;
}
