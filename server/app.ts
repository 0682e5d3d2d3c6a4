import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { Services } from './services.js';
import { errorHandler } from './http/errorHandler.js';
import { assignRequestId } from './http/context.js';
import { loadSession, requirePasswordCurrent, requireSession } from './http/auth.js';
import { notFound } from './shared/errors.js';
import { authRoutes } from './auth/auth.routes.js';
import { subjectRoutes } from './subjects/subjects.routes.js';
import { staffRoutes } from './staff/staff.routes.js';
import { assigneeRoutes } from './staff/assignees.routes.js';
import { settingsRoutes } from './settings/settings.routes.js';
import { replyRoutes } from './replies/replies.routes.js';
import { disclosureRoutes } from './disclosures/disclosures.routes.js';
import { accessReportRoutes } from './accessReport/accessReport.routes.js';
import { destructionRoutes } from './destruction/destruction.routes.js';
import { destructionActRoutes } from './destructionActs/destructionActs.routes.js';
import { destructionCandidateRoutes } from './destructionCandidates/destructionCandidates.routes.js';
import { submissionDestructionRoutes } from './submissionDestructions/submissionDestructions.routes.js';
import { auditReportRoutes } from './auditReports/auditReports.routes.js';
import { auditLogRoutes } from './audit/auditLog.routes.js';
import { auditPublicKeyRoutes, checkpointRoutes } from './checkpoints/checkpoints.routes.js';
import { publicRoutes } from './submissions/public.routes.js';
import { submissionRoutes } from './submissions/submissions.routes.js';
import { consentRoutes } from './consents/consents.routes.js';
import { documentRoutes } from './documents/documents.routes.js';
import { consentFormBody, policyBody } from './documents/documents.schema.js';
import { marketingListRoutes, statisticsRoutes } from './reports/reports.routes.js';
import { calendarRoutes } from './calendar/calendar.routes.js';
import { deadlineRoutes } from './deadlines/deadlines.routes.js';
import { letterRoutes } from './letters/letters.routes.js';
import { auditFlagRoutes } from './auditFlags/auditFlags.routes.js';
import { incidentRoutes } from './incidents/incidents.routes.js';

/** Builds the Express app from its dependencies; it does not listen, so tests use it without a port. */
export function createApp(services: Services, logger: Logger): Express {
  const { config, audit } = services;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // MUI (emotion) injects style tags at run time.
          'style-src': ["'self'", "'unsafe-inline'"],
          // blob: the preview of an attachment (an image, or a PDF in a frame) the SPA has just fetched or chosen.
          'img-src': ["'self'", 'data:', 'blob:'],
          'frame-src': ["'self'", 'blob:'],
          // Served over plain HTTP on a clinic LAN or localhost; TLS, where used, is the proxy's job.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.use(assignRequestId);
  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      logger.info(
        {
          requestId: res.locals.requestId,
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    next();
  });

  // The website's door: no staff session, its own CORS, size and rate limits.
  app.use('/api/public', publicRoutes(services.intake, services.policies, services.consentForms, config));

  const api = express.Router();
  api.use(express.json({ limit: '100kb' }));
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.use(loadSession(services.auth));
  api.use('/auth', authRoutes(services.auth, config));
  api.use(requireSession, requirePasswordCurrent);
  // GET /subjects/:id/access-report(.pdf): before the subjects' own routes, which would take ":id" first.
  api.use('/subjects', accessReportRoutes(services.accessReports, audit));
  api.use('/subjects', subjectRoutes(services.subjects, audit, services.letters));
  api.use('/staff', staffRoutes(services.staff, audit));
  api.use('/assignees', assigneeRoutes(services.staff, audit));
  // GET /audit-log/public-key: before the log's own routes, which would take "public-key" for an entry id.
  api.use('/audit-log', auditPublicKeyRoutes(services.checkpoints, audit));
  // Before the log's own routes, which would take "reports" for an entry's id.
  api.use('/audit-log/reports', auditReportRoutes(services.auditReports, audit));
  api.use(
    '/audit-log',
    auditLogRoutes(services.auditLog, audit, {
      exports: services.auditExports,
      verifications: services.auditVerifications,
    }),
  );
  api.use('/checkpoints', checkpointRoutes(services.checkpoints, audit));
  api.use('/audit-flags', auditFlagRoutes(services.auditFlags, audit));
  api.use('/submissions', submissionRoutes(services.review, audit));
  api.use('/consents', consentRoutes(services.consents, audit));
  api.use('/policies', documentRoutes('policies', services.policies, policyBody, audit));
  api.use('/consent-forms', documentRoutes('consent-forms', services.consentForms, consentFormBody, audit));
  api.use('/marketing-list', marketingListRoutes(services.reports, audit));
  api.use('/statistics', statisticsRoutes(services.reports, audit));
  api.use('/calendar', calendarRoutes(services.calendar, audit));
  api.use('/deadlines', deadlineRoutes(services.deadlines, audit));
  api.use('/letters', letterRoutes(services.letters, services.uploads, audit));
  api.use('/settings', settingsRoutes(services.settings, audit));
  api.use('/replies', replyRoutes(services.replies, audit));
  api.use('/disclosures', disclosureRoutes(services.disclosures, services.uploads, audit));
  api.use('/destructions', destructionRoutes(services.destructions, audit));
  api.use('/destruction-acts', destructionActRoutes(services.destructionActs, audit));
  api.use('/destruction-candidates', destructionCandidateRoutes(services.destructionCandidates, audit));
  api.use('/submission-destructions', submissionDestructionRoutes(services.submissionDestructions, audit));
  api.use('/incidents', incidentRoutes(services.incidents, services.incidentNotices, services.incidentEvidence, audit));
  api.use(() => {
    throw notFound('API route');
  });
  app.use('/api', api);

  const indexHtml = path.join(config.staticDir, 'index.html');
  if (fs.existsSync(indexHtml)) {
    app.use(express.static(config.staticDir, { index: false, maxAge: '1h' }));
    app.get('/{*splat}', (_req, res) => res.sendFile(indexHtml));
  } else {
    app.get('/', (_req, res) => res.type('text').send('PD Desk API is running; build the SPA with `npm run build`.'));
  }

  app.use(errorHandler(logger));
  return app;
}
