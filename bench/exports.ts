import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { pipeline } from 'node:stream/promises';
import { sessionHeaders, type Session } from './session.js';

export interface ExportFigures {
  ok: boolean;
  /** Entries in the export (its header's count). */
  entries: number;
  bytes: number;
  /** Request sent to last byte received by a client that only counts the bytes: the server's own rate. */
  seconds: number;
  /** The same export again, written to a file as it arrived, as the console downloads it. */
  download: { entries: number; bytes: number; seconds: number };
  /** audit:verify --file over the downloaded file, with the server's public key. */
  verify: { ok: boolean; entries: number; seconds: number; wallSeconds: number; output: string };
  error?: string;
}

/**
 * The whole log exported as JSON Lines over HTTP by a compliance session (the client in this process, the server in
 * its own), twice: once streamed to a client that only counts it, which times the server, and once written to a
 * file, which is then verified offline by the CLI as an auditor would. Timed apart because on two cores the client's
 * writes of a few GB cost the kernel 9-14 s of CPU, taken from the server it shares them with: the file's figure is
 * this machine's disk path as much as the export.
 */
export async function runExportBench(baseUrl: string, compliance: Session, dir: string): Promise<ExportFigures> {
  const file = path.join(dir, 'audit-export.jsonl');
  const keyFile = path.join(dir, 'audit-public-key.pem');
  const headers = sessionHeaders(compliance);
  const key = await fetch(`${baseUrl}/api/audit-log/public-key`, { headers });
  fs.writeFileSync(keyFile, ((await key.json()) as { public_key_pem: string }).public_key_pem);

  const streamed = await timedExport(baseUrl, headers, 'npm run bench: export throughput', null);
  if ('error' in streamed) return failed(streamed.error);
  const downloaded = await timedExport(
    baseUrl,
    headers,
    'npm run bench: export to a file for audit:verify --file',
    file,
  );
  if ('error' in downloaded) return failed(downloaded.error);
  const verify = verifyExport(file, keyFile);
  fs.rmSync(file, { force: true }); // a few GB at full size
  return {
    ok: true,
    entries: streamed.entries,
    bytes: streamed.bytes,
    seconds: streamed.seconds,
    download: downloaded,
    verify,
  };
}

/** One export of the whole log, to `file` or (null) counted and dropped; timed from request to last byte. */
async function timedExport(
  baseUrl: string,
  headers: Record<string, string>,
  reason: string,
  file: string | null,
): Promise<{ entries: number; bytes: number; seconds: number } | { error: string }> {
  const query = new URLSearchParams({ format: 'jsonl', reason });
  const started = Date.now();
  // node:http rather than fetch: fetch's web streams cost the client more CPU than the server spends on the export,
  // and both share the machine's two cores.
  const res = await new Promise<http.IncomingMessage>((resolve, reject) =>
    http.get(`${baseUrl}/api/audit-log/export?${query}`, { headers }, resolve).on('error', reject),
  );
  if (res.statusCode !== 200) {
    let text = '';
    for await (const chunk of res) text += String(chunk);
    return { error: `export answered ${res.statusCode}: ${text}` };
  }
  let bytes = 0;
  if (file) {
    await pipeline(res, fs.createWriteStream(file));
    bytes = fs.statSync(file).size;
  } else {
    // A plain 'data' listener: piping into a Writable costs this process four times the CPU.
    await new Promise<void>((resolve, reject) => {
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', resolve);
      res.on('error', reject);
    });
  }
  return { entries: Number(res.headers['x-export-rows'] ?? 0), bytes, seconds: (Date.now() - started) / 1000 };
}

const failed = (error: string): ExportFigures => ({
  ok: false,
  entries: 0,
  bytes: 0,
  seconds: 0,
  download: { entries: 0, bytes: 0, seconds: 0 },
  verify: noVerify,
  error,
});

const noVerify = { ok: false, entries: 0, seconds: 0, wallSeconds: 0, output: 'not run' };

/** `npm run cli -- audit:verify --file … --pubkey …` as an auditor runs it: no database, no configuration. */
function verifyExport(file: string, keyFile: string): ExportFigures['verify'] {
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    [
      path.resolve('node_modules/tsx/dist/cli.mjs'),
      'server/cli/index.ts',
      'audit:verify',
      '--file',
      file,
      '--pubkey',
      keyFile,
    ],
    { env: { PATH: process.env.PATH }, encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const wallSeconds = (Date.now() - started) / 1000;
  const output = `${r.stdout}${r.stderr}`.trim();
  const m = /Export OK: (\d+) entries and \d+ checkpoints .*?checked in ([\d.]+) s/.exec(r.stdout);
  return {
    ok: r.status === 0,
    entries: m ? Number(m[1]) : 0,
    seconds: m ? Number(m[2]) : wallSeconds,
    wallSeconds,
    output,
  };
}
