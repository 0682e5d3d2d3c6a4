import type { Logger } from 'pino';
import { startWorker } from '../shared/workerThread.js';

export interface Checkpointer {
  stop(): Promise<void>;
}

/**
 * Moves WAL checkpoints off the request path. Left to the writer, every thousandth page or so one commit also
 * copies the WAL into the database file and fsyncs it, and the requests batched with it wait. A worker thread
 * with its own connection does that copying in parallel instead, a few times a second, so the writer's own
 * autocheckpoint (openDatabase) fires only if this thread falls behind.
 */
export function startCheckpointer(databasePath: string, logger: Logger, intervalMs = 250): Checkpointer {
  const worker = startWorker(import.meta.url, 'checkpointWorker', { databasePath, intervalMs });
  worker.on('message', (m: { error?: string }) => {
    if (m.error) logger.warn({ error: m.error }, 'background WAL checkpoint failed; retrying');
  });
  worker.on('error', (error) => logger.error({ err: error }, 'background WAL checkpointer stopped'));
  worker.unref();
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
      }),
  };
}
