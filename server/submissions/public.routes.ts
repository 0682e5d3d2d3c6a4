import express, { Router, type RequestHandler } from 'express';
import type { Config } from '../config.js';
import type { IntakeService } from './intake.service.js';
import type { DocumentService } from '../documents/documents.service.js';
import { WEBSITE_ACTOR } from './intake.service.js';
import { AppError, notFound, tooManyRequests } from '../shared/errors.js';
import { RateLimit } from '../shared/rateLimit.js';
import { clientIp, locals } from '../http/context.js';
import { validate } from '../http/validate.js';
import { publicSubmissionBody } from './submissions.schema.js';
import { PURPOSES } from '../contract/index.js';

/** Only the configured website origins get CORS headers; a browser request from any other origin is refused. */
function cors(allowed: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const origin = req.get('Origin');
    if (!origin) return next(); // not a browser cross-origin call (server-to-server, curl)
    if (!allowed.includes(origin))
      return next(new AppError(403, `Origin ${origin} is not allowed`, 'origin_not_allowed'));
    res.set({ 'Access-Control-Allow-Origin': origin, Vary: 'Origin' });
    if (req.method === 'OPTIONS') {
      res.set({
        'Access-Control-Allow-Methods': 'GET, POST',
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '600',
      });
      res.status(204).end();
      return;
    }
    next();
  };
}

export function publicRoutes(
  intake: IntakeService,
  policies: DocumentService,
  consentForms: DocumentService,
  config: Config,
): Router {
  const router = Router();
  const perIp = new RateLimit(config.publicRateLimit, 60_000);

  router.use(cors(config.publicOrigins));
  router.use(express.json({ limit: '32kb' }));

  router.post('/submissions', async (req, res) => {
    const ip = clientIp(req) ?? 'unknown';
    if (!(await perIp.take(ip))) throw tooManyRequests('Too many submissions from this address; try again in a minute');
    const body = validate(publicSubmissionBody, req.body);
    const receipt = await intake.receive(
      { actor: WEBSITE_ACTOR, requestId: locals(res).requestId, ip: clientIp(req) },
      body,
      req.get('user-agent') ?? null,
    );
    res.status(201).json(receipt);
  });

  router.get('/policy/current', (_req, res) => {
    const p = policies.current();
    if (!p) throw notFound('Published policy version');
    res.json({
      id: p.id,
      version: p.version,
      effectiveFrom: p.effective_from,
      updatedAt: p.published_at,
      text: p.text,
    });
  });

  router.get('/consent-forms/current', (_req, res) => {
    res.json(
      PURPOSES.flatMap((purpose) => {
        const f = consentForms.current(purpose);
        return f
          ? [
              {
                id: f.id,
                purpose,
                title: f.title,
                version: f.version,
                effectiveFrom: f.effective_from,
                sha256: f.text_sha256,
                text: f.text,
              },
            ]
          : [];
      }),
    );
  });

  router.use(() => {
    throw notFound('Public API route');
  });

  return router;
}
