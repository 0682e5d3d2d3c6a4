import type { Logger } from 'pino';

/**
 * A rejection nobody handled or an exception nobody caught leaves the process in a state nobody reasoned about;
 * it is logged and the process ends non-zero, for the supervisor to restart it. Only the error's kind and stack
 * frames are logged: its message may quote a value (a name, a phone) that the request log must never hold.
 */
export function installProcessGuards(logger: Logger, flush: () => void = () => undefined): void {
  const die = (event: string) => (reason: unknown) => {
    try {
      logger.fatal({ error: describeWithoutValues(reason) }, event);
      flush();
    } finally {
      process.exit(1);
    }
  };
  process.on('unhandledRejection', die('unhandled rejection'));
  process.on('uncaughtException', die('uncaught exception'));
}

export function describeWithoutValues(reason: unknown): { type: string; code?: string; frames?: string[] } {
  if (!(reason instanceof Error)) return { type: typeof reason };
  const code = (reason as { code?: unknown }).code;
  const frames = (reason.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim());
  return { type: reason.name, ...(typeof code === 'string' ? { code } : {}), frames };
}
