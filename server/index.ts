import pino from 'pino';
import { loadConfig } from './config.js';
import { openDatabase } from './db/connection.js';
import { migrate } from './db/migrate.js';
import { createServices } from './services.js';
import { createApp } from './app.js';
import { systemContext } from './shared/requestContext.js';
import { startCheckpointer } from './db/checkpointer.js';
import { prepareGracefulStop } from './runtime/gracefulShutdown.js';
import { installProcessGuards } from './runtime/processGuards.js';
import { startCheckpointTimer } from './checkpoints/checkpointTimer.js';
import { startFlagScanTimer } from './auditFlags/flagTimer.js';

/** Loads config, opens and migrates the database, creates the first admin if needed, and listens. */
/** How often sessions past their limits are removed (they are refused at once anyway; this only frees the rows). */
const SESSION_PURGE_MS = 10 * 60_000;
/** How often the retention job looks for destruction acts past their 3 years (their last day is a calendar day). */
const RETENTION_MS = 24 * 3_600_000;

export async function startServer(overrides: Parameters<typeof loadConfig>[1] = {}) {
  const config = loadConfig(process.env, overrides);
  // In a terminal each line is written at once; into a file or a journal, lines are written in 4 kB chunks off the
  // request path (pino flushes them at exit). The audit log, not this request log, is the record that must survive.
  const destination = pino.destination({
    sync: process.stdout.isTTY === true,
    minLength: process.stdout.isTTY ? 0 : 4096,
  });
  const logger = pino(
    { level: config.logLevel, redact: ['req.headers.cookie', '*.password', '*.newPassword', '*.currentPassword'] },
    destination,
  );
  const flushLog = () => {
    try {
      destination.flushSync();
    } catch {
      // Not open yet: nothing was buffered.
    }
  };
  const db = openDatabase(config.databasePath);
  const applied = migrate(db);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  const services = createServices(db, config);

  const oneTimePassword = await services.staff.bootstrapAdmin(systemContext());
  if (oneTimePassword) {
    // Printed once, to the console only: the admin must replace it at first login.
    console.log(
      `\n  First start: account "admin" created with one-time password: ${oneTimePassword}\n  (you will be asked to set a new password at first login)\n`,
    );
  }
  const purgeSessions = () =>
    services.auth.purgeExpiredSessions().then(
      (removed) => removed && logger.info({ removed }, 'expired sessions removed'),
      (err: unknown) => logger.error({ err }, 'expired sessions not removed'),
    );
  await purgeSessions();
  const purgeTimer = setInterval(purgeSessions, SESSION_PURGE_MS);
  purgeTimer.unref();
  // At start-up (a server that was down on the day catches up) and then daily; a failure is logged, never thrown.
  const runRetention = () =>
    services.retention.run(systemContext()).then(
      ({ expired_acts }) =>
        expired_acts.length &&
        logger.info(
          { expired: expired_acts.map((a) => a.number) },
          'destruction acts expired: content and keys deleted',
        ),
      (err: unknown) => logger.error({ err }, 'retention job failed'),
    );
  // Not awaited: a catch-up of many acts must not hold the port closed. stop() waits for the run in flight.
  let retentionRun = runRetention();
  const retentionTimer = setInterval(() => {
    retentionRun = runRetention();
  }, RETENTION_MS);
  retentionTimer.unref();

  // The server does not refuse to start without the key in force (the clinic's work goes on); it says so, loudly.
  if (!services.checkpoints.holdsKeyInForce()) {
    logger.error('the signing key is not the one the last checkpoint hands over to: no checkpoint will be signed');
  }
  const signedCheckpoints = startCheckpointTimer(
    services.checkpoints,
    config.checkpointIntervalMinutes * 60_000,
    logger,
  );
  // Flags worth a look: the new entries of the log scanned at start and every few minutes (issue 13 §1).
  const flagScans = startFlagScanTimer(services.auditFlags, config.flagScanMinutes * 60_000, logger);
  const checkpointer = startCheckpointer(config.databasePath, logger);
  const app = createApp(services, logger);
  const server = app.listen(config.port, () => {
    logger.info(
      { port: config.port, database: config.databasePath },
      `PD Desk listening on http://localhost:${config.port}`,
    );
  });
  const closeServer = prepareGracefulStop(server);
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info('stopping: finishing the requests in flight');
      clearInterval(purgeTimer);
      clearInterval(retentionTimer);
      await closeServer();
      await retentionRun;
      await signedCheckpoints.stop();
      await flagScans.stop();
      // The last word of the log before it goes quiet: no request is in flight now, so nothing follows it unsigned.
      await services.checkpoints.sign(systemContext(), 'shutdown').then(
        (c) => logger.info({ checkpoint: c.id, audit_id: c.audit_id }, 'shutdown checkpoint signed'),
        (err: unknown) => logger.error({ err }, 'shutdown checkpoint not signed'),
      );
      await checkpointer.stop();
      db.close();
      flushLog();
    })());
  return { server, services, config, logger, flushLog, stop };
}

/**
 * The process around the server (npm start, npm run demo): fatal errors end it non-zero, SIGTERM and SIGINT stop
 * it gracefully.
 */
export async function runServer(overrides: Parameters<typeof loadConfig>[1] = {}): Promise<void> {
  const { logger, flushLog, stop } = await startServer(overrides);
  installProcessGuards(logger, flushLog);
  const onSignal = () =>
    void stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

const isMain = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('server/index.ts');
if (isMain) {
  runServer().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
