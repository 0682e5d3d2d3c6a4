import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * Runs a TypeScript entry point with tsx in a process of its own (the load generator must not share its event
 * loop), with the given environment on top of a clean one: no PD_MASTER_KEY or DATABASE_PATH from this shell.
 */
async function startProcess(
  entry: string,
  env: Record<string, string>,
  logFile: string,
  ready: string,
): Promise<RunningServer> {
  const port = await freePort();
  const { PD_MASTER_KEY: _k, DATABASE_PATH: _d, PORT: _p, STATIC_DIR: _s, ...inherited } = process.env;
  const log = fs.openSync(logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), entry], {
    env: { ...inherited, ...env, PORT: String(port) },
    stdio: ['ignore', log, log],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with code ${child.exitCode}; see ${logFile}`);
    try {
      await fetch(`${baseUrl}${ready}`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${entry} did not start within 60 s; see ${logFile}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    baseUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => {
          fs.closeSync(log);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** The production server (server/index.ts), logging at info level to a file as it would in service. */
export function startOurs(dbPath: string, staticDir: string, logFile: string): Promise<RunningServer> {
  return startProcess(
    'server/index.ts',
    { DATABASE_PATH: dbPath, STATIC_DIR: staticDir, LOG_LEVEL: 'info' },
    logFile,
    '/api/auth/me',
  );
}

export function startBaseline(dbPath: string, logFile: string): Promise<RunningServer> {
  return startProcess('bench/baseline/server.ts', { DATABASE_PATH: dbPath }, logFile, '/list');
}
