import type { Logger } from 'pino';
import { systemContext } from '../shared/requestContext.js';
import type { CheckpointService } from './checkpoints.service.js';

export interface CheckpointTimer {
  /** Signs one interval checkpoint now; a failure is logged, never thrown (the timer must keep running). */
  tick(): Promise<void>;
  /** Stops the timer and waits for a signing in flight. */
  stop(): Promise<void>;
}

/**
 * Signs a checkpoint every intervalMs whether or not anything was written: a checkpoint over the same head as the one
 * before proves that nothing was added in between, which is what makes silence provable.
 */
export function startCheckpointTimer(service: CheckpointService, intervalMs: number, logger: Logger): CheckpointTimer {
  let inFlight: Promise<void> = Promise.resolve();
  const tick = () =>
    (inFlight = service.sign(systemContext(), 'interval').then(
      (c) => logger.info({ checkpoint: c.id, audit_id: c.audit_id }, 'checkpoint signed'),
      (err: unknown) => logger.error({ err }, 'checkpoint not signed'),
    ));
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return {
    tick,
    stop: () => {
      clearInterval(timer);
      return inFlight;
    },
  };
}
