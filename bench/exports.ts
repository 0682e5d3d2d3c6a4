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
  /** Request sent to last byte received, the file written as it arrived. */
  seconds: number;
  /** audit:verify --file over that export, with the server's public key. */
  verify: { ok: boolean; entries: number; seconds: number; wallSeconds: number; output: string };
  error?: string;
}

/**
 * The whole log exported as JSON Lines over HTTP by a compliance session, as the console downloads it (streamed to a
 * file, the client in this process and the server in its own), then verified offline by the CLI as an auditor would.
 */
export async function runExportBench(baseUrl: string, compliance: Session, dir: string): Promise<ExportFigures> {
  const file = path.join(dir, 'audit-export.jsonl');
  const keyFile = path.join(dir, 'audit-public-key.pem');
  const headers = sessionHeaders(compliance);
  const key = await fetch(`${baseUrl}/api/audit-log/public-key`, { headers });
  fs.writeFileSync(keyFile, ((await key.json()) as { public_key_pem: string }).public_key_pem);

  const query = new URLSearchParams({ format: 'jsonl', reason: 'npm run bench: export throughput' });
  const started = Date.now();
  // node:http rather than fetch: fetch's web streams cost the client more CPU than the server spends on the export,
  // and both share the machine's two cores.
  const res = await new Promise<http.IncomingMessage>((resolve, reject) =>
    http.get(`${baseUrl}/api/audit-log/export?${query}`, { headers }, resolve).on('error', reject),
  );
  if (res.statusCode !== 200) {
    let text = '';
    for await (const chunk of res) text += String(chunk);
    const error = `export answered ${res.statusCode}: ${text}`;
    return { ok: false, entries: 0, bytes: 0, seconds: 0, verify: noVerify, error };
  }
  await pipeline(res, fs.createWriteStream(file));
  const seconds = (Date.now() - started) / 1000;
  const entries = Number(res.headers['x-export-rows'] ?? 0);
  const bytes = fs.statSync(file).size;
  const verify = verifyExport(file, keyFile);
  fs.rmSync(file, { force: true }); // a few GB at full size
  return { ok: true, entries, bytes, seconds, verify };
}

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
