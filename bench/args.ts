import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface BenchOptions {
  subjects: number;
  audit: number;
  /** Seconds each load test runs (after a short warm-up). */
  duration: number;
  connections: number;
  /** Scratch folder for the database, its key file, the server log and the SPA build. */
  dir: string;
  /** Remove the scratch folder afterwards (default unless --dir was given). */
  cleanup: boolean;
  seed: number;
  output: string;
  /** `exports`: only the JSONL export and audit:verify --file (no load tests, no report). */
  only?: 'exports';
}

const USAGE = `Usage: npm run bench -- [--subjects N] [--audit N] [--duration S] [--connections C] [--dir PATH] [--seed N]
  --subjects     subjects to generate (default 1000000)
  --audit        audit entries to generate (default 5000000)
  --duration     seconds per load test (default 10)
  --connections  concurrent HTTP connections (default 10)
  --dir          scratch folder; kept afterwards, and a database built there earlier with the same sizes and seed is reused
  --seed         generator seed (default 20261125)
  --output       Markdown report (default BENCHMARKS.md)
  --only exports the JSONL export and audit:verify --file alone, printed (no load tests, BENCHMARKS.md untouched)`;

const positive = (name: string, raw: string | undefined, fallback: number): number => {
  if (raw === undefined) return fallback;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${raw}"\n${USAGE}`);
  return n;
};

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      subjects: { type: 'string' },
      audit: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      dir: { type: 'string' },
      seed: { type: 'string' },
      output: { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const dir = values.dir ? path.resolve(values.dir) : path.join(os.tmpdir(), `pd-desk-bench-${process.pid}`);
  const realDatabase = path.resolve('data');
  if (dir === realDatabase || dir.startsWith(`${realDatabase}${path.sep}`)) {
    throw new Error(`--dir ${dir} is inside ./data, next to the real database: choose a scratch folder`);
  }
  return {
    subjects: positive('subjects', values.subjects, 1_000_000),
    audit: positive('audit', values.audit, 5_000_000),
    duration: Math.max(1, positive('duration', values.duration, 10)),
    connections: Math.max(1, positive('connections', values.connections, 10)),
    dir,
    cleanup: !values.dir,
    seed: positive('seed', values.seed, 20261125),
    output: path.resolve(values.output ?? 'BENCHMARKS.md'),
    only: onlyOf(values.only),
  };
}

function onlyOf(raw: string | undefined): 'exports' | undefined {
  if (raw === undefined) return undefined;
  if (raw !== 'exports') throw new Error(`--only takes "exports", got "${raw}"\n${USAGE}`);
  return raw;
}
