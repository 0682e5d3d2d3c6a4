import path from 'node:path';
import { z } from 'zod';

// The only place that reads process.env: every setting is declared, described and validated here.
const settings = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000).describe('PORT: HTTP port of app + API'),
  databasePath: z.string().min(1).default('./data/pd-desk.sqlite').describe('DATABASE_PATH: SQLite file'),
  masterKey: z
    .string()
    .optional()
    .describe(
      'PD_MASTER_KEY: 32-byte key (hex or base64) wrapping per-subject keys; otherwise a 0600 key file next to the database',
    ),
  signingKey: z
    .string()
    .optional()
    .describe(
      'PD_SIGNING_KEY: Ed25519 key signing the audit checkpoints (PKCS#8 PEM, or its 32-byte seed in hex or base64); otherwise a 0600 key file next to the database',
    ),
  checkpointIntervalMinutes: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(60)
    .describe(
      'PD_CHECKPOINT_INTERVAL_MINUTES: how often the head of the audit chain is signed, whether or not anything was written',
    ),
  sessionIdleMinutes: z.coerce
    .number()
    .positive()
    .default(30)
    .describe('SESSION_IDLE_MINUTES: a session ends after this long without a request'),
  sessionAbsoluteHours: z.coerce
    .number()
    .positive()
    .default(12)
    .describe('SESSION_ABSOLUTE_HOURS: a session ends this long after login whatever happens'),
  lockoutThreshold: z.coerce
    .number()
    .int()
    .positive()
    .default(5)
    .describe('LOCKOUT_THRESHOLD: failed logins in a row that lock an account'),
  lockoutMinutes: z.coerce
    .number()
    .positive()
    .default(15)
    .describe('LOCKOUT_MINUTES: how long a locked account stays locked'),
  ipFailureLimit: z.coerce
    .number()
    .int()
    .positive()
    .default(20)
    .describe('LOGIN_IP_FAILURE_LIMIT: failed logins from one IP per window before it is throttled'),
  ipFailureWindowMinutes: z.coerce
    .number()
    .positive()
    .default(15)
    .describe('LOGIN_IP_WINDOW_MINUTES: window for the per-IP failure limit'),
  publicOrigins: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .describe('PUBLIC_ORIGINS: comma-separated website origins allowed to call /api/public (CORS)'),
  publicRateLimit: z.coerce
    .number()
    .int()
    .positive()
    .default(10)
    .describe('PUBLIC_RATE_LIMIT: submissions per minute per client IP'),
  trustProxy: z
    .string()
    .default('loopback')
    .describe('TRUST_PROXY: Express trust proxy setting (for the client IP and TLS detection)'),
  logLevel: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('LOG_LEVEL: pino log level'),
  staticDir: z.string().default('./dist').describe('STATIC_DIR: built SPA served at /'),
  destructionCandidateDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(36500)
    .default(30)
    .describe(
      'PD_DESTRUCTION_CANDIDATE_DAYS: days after the purpose ended (152-FZ art. 21 p.4) before a lead or rejection is a destruction candidate',
    ),
  flagWorkHours: z
    .string()
    .default('08:00-20:00')
    .transform((v, ctx) => {
      const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/.exec(v.trim());
      const start = m ? +m[1] * 60 + +m[2] : NaN;
      const end = m ? +m[3] * 60 + +m[4] : NaN;
      if (!(start < end && end <= 24 * 60)) {
        ctx.addIssue({ code: 'custom', message: 'Expected HH:MM-HH:MM with the start before the end' });
        return z.NEVER;
      }
      return { startMinute: start, endMinute: end };
    })
    .describe(
      'PD_FLAG_WORK_HOURS: Moscow working hours; staff activity outside them (or on a non-working day) is flagged',
    ),
  flagSubjectsPerHour: z.coerce
    .number()
    .int()
    .positive()
    .default(50)
    .describe('PD_FLAG_SUBJECTS_PER_HOUR: more distinct subjects opened by one person in a clock hour is flagged'),
  flagDenialsPerHour: z.coerce
    .number()
    .int()
    .positive()
    .default(5)
    .describe('PD_FLAG_DENIALS_PER_HOUR: this many refusals (auth.denied) of one person in a clock hour is flagged'),
  flagFailedLogins: z.coerce
    .number()
    .int()
    .positive()
    .default(10)
    .describe('PD_FLAG_FAILED_LOGINS: this many failed logins for one login or one IP in a quarter hour is flagged'),
  flagExportRows: z.coerce
    .number()
    .int()
    .min(0)
    .default(1000)
    .describe('PD_FLAG_EXPORT_ROWS: an export of more rows than this is flagged'),
  flagScanMinutes: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(5)
    .describe('PD_FLAG_SCAN_MINUTES: how often the server scans the new audit entries for flags'),
});

export type Config = z.infer<typeof settings>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = settings.safeParse({
    port: env.PORT,
    databasePath: env.DATABASE_PATH,
    masterKey: env.PD_MASTER_KEY,
    signingKey: env.PD_SIGNING_KEY,
    checkpointIntervalMinutes: env.PD_CHECKPOINT_INTERVAL_MINUTES,
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: env.SESSION_ABSOLUTE_HOURS,
    lockoutThreshold: env.LOCKOUT_THRESHOLD,
    lockoutMinutes: env.LOCKOUT_MINUTES,
    ipFailureLimit: env.LOGIN_IP_FAILURE_LIMIT,
    ipFailureWindowMinutes: env.LOGIN_IP_WINDOW_MINUTES,
    publicOrigins: env.PUBLIC_ORIGINS,
    publicRateLimit: env.PUBLIC_RATE_LIMIT,
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
    staticDir: env.STATIC_DIR,
    destructionCandidateDays: env.PD_DESTRUCTION_CANDIDATE_DAYS,
    flagWorkHours: env.PD_FLAG_WORK_HOURS,
    flagSubjectsPerHour: env.PD_FLAG_SUBJECTS_PER_HOUR,
    flagDenialsPerHour: env.PD_FLAG_DENIALS_PER_HOUR,
    flagFailedLogins: env.PD_FLAG_FAILED_LOGINS,
    flagExportRows: env.PD_FLAG_EXPORT_ROWS,
    flagScanMinutes: env.PD_FLAG_SCAN_MINUTES,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const config = { ...parsed.data, ...overrides };
  return { ...config, databasePath: path.resolve(config.databasePath), staticDir: path.resolve(config.staticDir) };
}
