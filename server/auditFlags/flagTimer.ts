import type { Logger } from 'pino';
import type { AuditFlagService } from './auditFlags.service.js';

export interface FlagScanTimer {
  /** Scans now; a failure is logged, never thrown (the timer must keep running). */
  tick(): Promise<void>;
  /** Stops the timer and waits for a scan in flight. */
  stop(): Promise<void>;
}

/**
 * Scans the new audit entries for flags every intervalMs, and once at start (a server that was down catches up).
 * A tick while a scan is still running waits for it instead of starting a second one.
 */
export function startFlagScanTimer(flags: AuditFlagService, intervalMs: number, logger: Logger): FlagScanTimer {
  let inFlight: Promise<void> = Promise.resolve();
  const scanOnce = () =>
    flags.scan().then(
      (s) => s.flags_touched && logger.info(s, 'audit flags raised'),
      (err: unknown) => logger.error({ err }, 'audit flag scan failed'),
    );
  const tick = () => (inFlight = inFlight.then(scanOnce).then(() => undefined));
  void tick();
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
