import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface VerifyFigures {
  ok: boolean;
  entries: number;
  /** As the CLI reports it (the check itself, after start-up). */
  seconds: number;
  /** The whole command, process start to exit. */
  wallSeconds: number;
  output: string;
}

/** Runs `npm run cli -- audit:verify` as an operator would (same entry point, same output), on the scratch database. */
export function runAuditVerify(dbPath: string): VerifyFigures {
  const { PD_MASTER_KEY: _k, ...env } = process.env;
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    [path.resolve('node_modules/tsx/dist/cli.mjs'), 'server/cli/index.ts', 'audit:verify'],
    {
      env: { ...env, DATABASE_PATH: dbPath, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    },
  );
  const wallSeconds = (Date.now() - started) / 1000;
  const output = `${r.stdout}${r.stderr}`.trim();
  const m = /(\d+) entries checked in ([\d.]+) s/.exec(r.stdout);
  return {
    ok: r.status === 0,
    entries: m ? Number(m[1]) : 0,
    seconds: m ? Number(m[2]) : wallSeconds,
    wallSeconds,
    output,
  };
}
