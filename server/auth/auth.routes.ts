import { Router } from 'express';
import type { Config } from '../config.js';
import type { AuthService } from './auth.service.js';
import { validate } from '../http/validate.js';
import { clearSessionCookie, requireSession, setSessionCookie } from '../http/auth.js';
import { currentSession, locals, requestContext } from '../http/context.js';
import { changePasswordBody, loginBody } from './auth.schema.js';

export function authRoutes(auth: AuthService, config: Config): Router {
  const router = Router();
  const cookieMaxAge = config.sessionAbsoluteHours * 3_600_000;

  router.post('/login', async (req, res) => {
    const body = validate(loginBody, req.body);
    // A session already open in this browser is replaced, never reused (no fixation).
    const previous = locals(res).session;
    const result = await auth.login(requestContext(req, res), body.login, body.password, req.get('user-agent') ?? null);
    if (previous) await auth.logout({ ...requestContext(req, res) }, previous);
    setSessionCookie(res, result.token, req.secure, cookieMaxAge);
    res.json({ ...result.identity, csrfToken: result.csrfToken });
  });

  router.get('/me', requireSession, (_req, res) => {
    const session = currentSession(res);
    res.json({ ...session.identity, csrfToken: session.csrfToken });
  });

  router.post('/logout', requireSession, async (req, res) => {
    await auth.logout(requestContext(req, res), currentSession(res));
    clearSessionCookie(res, req.secure);
    res.json({ ok: true });
  });

  router.post('/password', requireSession, async (req, res) => {
    const body = validate(changePasswordBody, req.body);
    const result = await auth.changePassword(
      requestContext(req, res),
      currentSession(res),
      body.currentPassword,
      body.newPassword,
    );
    res.json({ ok: true, csrfToken: currentSession(res).csrfToken, other_sessions_ended: result.otherSessionsEnded });
  });

  return router;
}
