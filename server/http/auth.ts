import crypto from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { AuthService } from '../auth/auth.service.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import { can } from '../auth/permissions.js';
import type { Permission } from '../contract/index.js';
import { AppError, forbidden, unauthorized } from '../shared/errors.js';
import { currentSession, locals, requestContext } from './context.js';

export const SESSION_COOKIE = 'pdd_session';
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

export function setSessionCookie(res: Response, token: string, secure: boolean, maxAgeMs: number): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: maxAgeMs });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}

/** Loads the session named by the cookie (if any) into res.locals. */
export function loadSession(auth: AuthService): RequestHandler {
  return (req, res, next) => {
    locals(res).session = auth.resolveSession(readCookie(req.headers.cookie, SESSION_COOKIE));
    next();
  };
}

/** 401 without a session; 403 on a mutating request without the session's CSRF token. */
export const requireSession: RequestHandler = (req, res, next) => {
  const session = locals(res).session;
  if (!session) return next(unauthorized());
  if (MUTATING.has(req.method)) {
    const sent = req.get('X-CSRF-Token') ?? '';
    const expected = session.csrfToken;
    const ok = sent.length === expected.length && crypto.timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
    if (!ok) return next(new AppError(403, 'Missing or wrong X-CSRF-Token header', 'csrf_failed'));
  }
  next();
};

/** Until a one-time password is replaced, only the password change, me and logout are open. */
export const requirePasswordCurrent: RequestHandler = (_req, res, next) => {
  if (currentSession(res).identity.must_change_password) {
    return next(forbidden('Set a new password first', 'password_change_required'));
  }
  next();
};

/**
 * Role check on the server (any one of several permissions, where a read serves two roles' work); a refusal is
 * answered 403 and written to the audit log as a denial.
 */
export function requirePermission(audit: AuditWriter, permission: Permission | readonly Permission[]): RequestHandler {
  const anyOf = [permission].flat() as Permission[];
  return (req, res, next) => {
    const session = currentSession(res);
    if (anyOf.some((p) => can(session.identity.role, p))) return next();
    audit
      .recordAlone(requestContext(req, res), {
        action: 'auth.denied',
        details: { permission, method: req.method, path: req.originalUrl.split('?')[0] },
      })
      .then(() => next(forbidden(`Role ${session.identity.role} may not use ${anyOf.join(' or ')}`)), next);
  };
}
