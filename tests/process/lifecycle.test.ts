// The real server as a real process: what it does on SIGTERM and on an error nobody handled.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

const children: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(args: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => out, exited };
}

/** Ready once it answers: its log is written in 4 kB chunks when not on a terminal, so the log cannot tell. */
async function answers(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/auth/me`)).status === 401;
  } catch {
    return false;
  }
}

async function startServerProcess(dir = newDir()) {
  const port = await freePort();
  const server = run(['server/index.ts'], {
    PORT: String(port),
    DATABASE_PATH: path.join(dir, 'db.sqlite'),
    LOG_LEVEL: 'info',
  });
  const until = Date.now() + 30_000;
  while (!(await answers(port))) {
    if (server.child.exitCode !== null || Date.now() > until)
      throw new Error(`server did not start:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { ...server, port };
}

function newDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-desk-process-'));
  dirs.push(dir);
  return dir;
}

function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('SIGTERM', () => {
  it('stops within 10 s: answers the request in flight and is held neither by half a request nor by an idle keep-alive socket', async () => {
    const { child, port, exited, output } = await startServerProcess();

    const halfRequest = await connect(port);
    halfRequest.write('GET /api/auth/me HTTP/1.1\r\nHost: localhost\r\n'); // the headers never end

    const keepAlive = await connect(port);
    const answered = new Promise<string>((resolve) => keepAlive.once('data', (d) => resolve(String(d))));
    keepAlive.write('GET /api/auth/me HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n');
    expect(await answered).toMatch(/^HTTP\/1\.1 401/);

    // A request in flight: its headers are in, its body is still coming when the signal arrives.
    const body = JSON.stringify({ login: 'nobody', password: 'wrong-password' });
    const inFlight = await connect(port);
    let inFlightAnswer = '';
    inFlight.on('data', (d) => (inFlightAnswer += d));
    const inFlightClosed = new Promise((resolve) => inFlight.once('close', resolve));
    inFlight.write(
      `POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((r) => setTimeout(r, 200));

    const started = Date.now();
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    inFlight.write(body.slice(10));
    const { code } = await exited;
    const took = Date.now() - started;
    await inFlightClosed;

    expect(code, output()).toBe(0);
    // Well inside a supervisor's 10 s, and without waiting for the 8 s deadline: nothing held it.
    expect(took).toBeLessThan(5_000);
    expect(inFlightAnswer).toMatch(/^HTTP\/1\.1 401/);
    expect(inFlightAnswer).toMatch(/invalid_credentials/);
    halfRequest.destroy();
    keepAlive.destroy();
  }, 40_000);

  it('exits at once when nothing is connected, with the database closed cleanly', async () => {
    const { child, exited, output } = await startServerProcess();
    const started = Date.now();
    child.kill('SIGTERM');
    const { code } = await exited;
    expect(code, output()).toBe(0);
    expect(Date.now() - started).toBeLessThan(3_000);
  }, 40_000);
});

describe('start-up', () => {
  it('removes the sessions that expired while the server was down', async () => {
    const dir = newDir();
    const first = await startServerProcess(dir);
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);

    // A session left behind by a user who never came back: last seen two days ago.
    const db = new Database(path.join(dir, 'db.sqlite'));
    const twoDaysAgo = Date.now() - 2 * 86_400_000;
    db.prepare(
      `INSERT INTO sessions (token_hash, staff_id, csrf_token, created_at, last_seen_at) VALUES ('stale', 1, 'x', ?, ?)`,
    ).run(twoDaysAgo, twoDaysAgo);
    db.close();

    const second = await startServerProcess(dir);
    const check = new Database(path.join(dir, 'db.sqlite'), { readonly: true });
    expect(check.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0);
    check.close();
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
  }, 60_000);
});

describe('errors nobody handled', () => {
  const script = (trigger: string) => [
    '--input-type=module',
    '-e',
    `import pino from 'pino';
     import { installProcessGuards } from './server/runtime/processGuards.ts';
     installProcessGuards(pino(pino.destination({ sync: true })));
     ${trigger}
     setTimeout(() => console.log('still alive'), 2000);`,
  ];

  it('an unhandled rejection is logged without its message and ends the process with code 1', async () => {
    const r = run(script("Promise.reject(new Error('Иванова Мария +79161234567'));"), {});
    const { code } = await r.exited;
    expect(code).toBe(1);
    expect(r.output()).toMatch(/unhandled rejection/);
    expect(r.output()).toMatch(/"type":"Error"/);
    expect(r.output()).not.toMatch(/Иванова|79161234567/);
    expect(r.output()).not.toMatch(/still alive/);
  }, 20_000);

  it('an uncaught exception is logged without its message and ends the process with code 1', async () => {
    const r = run(script("setTimeout(() => { throw new TypeError('паспорт 4510 123456'); }, 10);"), {});
    const { code } = await r.exited;
    expect(code).toBe(1);
    expect(r.output()).toMatch(/uncaught exception/);
    expect(r.output()).toMatch(/"type":"TypeError"/);
    expect(r.output()).not.toMatch(/паспорт|123456/);
  }, 20_000);
});
