import fs from 'node:fs';
import os from 'node:os';
import Database from 'better-sqlite3';
import type { SpaFigures } from './spa.js';
import type { BrowserFigures } from './browser.js';
import type { VerifyFigures } from './verify.js';
import type { ExportFigures } from './exports.js';
import { whyShort } from './shortfalls.js';
import { proactiveReclaim } from './pageout.js';
import {
  TARGETS,
  ms,
  n,
  verdicts,
  type Machine,
  type ReportInput,
  type ScenarioFigures,
  type Verdict,
} from './verdicts.js';

export function machine(dbPath: string): Machine {
  const db = new Database(dbPath, { readonly: true });
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  const auditEntries = (db.prepare('SELECT coalesce(max(id), 0) AS n FROM audit_log').get() as { n: number }).n;
  db.close();
  return {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    sqlite,
    os: `${os.type()} ${os.release()}`,
    databaseBytes: fs.statSync(dbPath).size,
    auditEntries,
    proactiveReclaim: proactiveReclaim(),
  };
}

/** The JSONL export over HTTP and audit:verify --file over it (issue 13 §4). */
function exportRows(e: ExportFigures): string[] {
  if (!e.ok)
    return [`| JSONL export of the whole log | failed: ${e.error ?? 'unknown'} | ≥ ${n(TARGETS.exportPerSecond)}/s |`];
  const rate = e.entries / Math.max(e.seconds, 1e-9);
  const verifyRate = e.verify.entries / Math.max(e.verify.seconds, 1e-9);
  return [
    `| JSONL export of the whole log (\`GET /api/audit-log/export\`, right after the verifier's passes, streamed to a client that counts the bytes) | ${n(e.entries)} entries (${n(e.bytes / 2 ** 20)} MB) in ${n(e.seconds, 2)} s = **${n(rate)} entries/s** | ${mark({ ok: rate >= TARGETS.exportPerSecond, text: `≥ ${n(TARGETS.exportPerSecond)}/s` })} |`,
    `| The same export downloaded again and written to a file as it arrives (the client's writes share the two cores) | ${n(e.download.entries)} entries (${n(e.download.bytes / 2 ** 20)} MB) in ${n(e.download.seconds, 2)} s = **${n(e.download.entries / Math.max(e.download.seconds, 1e-9))} entries/s** | no target |`,
    `| \`audit:verify --file\` over that file, offline | ${e.verify.ok ? `${n(e.verify.entries)} entries in ${n(e.verify.seconds, 2)} s = **${n(verifyRate)} entries/s** (${n(e.verify.wallSeconds, 1)} s with process start)` : `failed: ${e.verify.output.split('\n').at(-1)}`} | no target |`,
  ];
}

const firstPass = (v: VerifyFigures) =>
  v.ok
    ? `${n(v.entries / Math.max(v.seconds, 1e-9))} entries/s (${n(v.seconds, 2)} s)`
    : `failed: ${v.output.split('\n').at(-1)}`;

const kB = (bytes: number) => `${n(bytes / 1024, 1)} kB`;

const mark = (v: Verdict) => `${v.ok ? '✅' : '❌'} ${v.text}`;

export function renderReport(x: ReportInput): string {
  const { machine: m, options: o, dataset: d } = x;
  const verifyRate = x.verify.entries / Math.max(x.verify.seconds, 1e-9);
  const lines: string[] = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (whole run ${n(x.totalSeconds)} s). These are measurements,`,
    'not tests: nothing fails on a timing. Rerun them on the machine that matters; figures on a shared 2-core VM move by ±20 % between runs.',
    '',
    '## Machine and data',
    '',
    '| | |',
    '|---|---|',
    `| Machine | ${m.cores} cores (${m.cpu}), ${n(m.memoryGiB, 1)} GiB RAM, ${m.os}${m.proactiveReclaim ? '; the kernel pages out memory not touched for a while (DAMON pageout), so the database is not kept in the page cache between steps and reads of it go to disk' : ''} |`,
    `| Software | Node ${m.node}, SQLite ${m.sqlite} (better-sqlite3), WAL, \`synchronous=FULL\` |`,
    `| Data | ${n(d.subjects)} subjects, ${n(d.audit)} generated audit entries (${n(m.auditEntries)} in the log after the run), database file ${n(m.databaseBytes / 2 ** 30, 2)} GiB |`,
    `| Generation | ${n(d.generatedSeconds)} s, seed ${o.seed}${d.reused ? " (by an earlier run; reused with `--dir`, so the log also holds that run's entries)" : ''} |`,
    `| Load | autocannon, ${o.connections} connections, ${o.duration} s per test after a 2 s warm-up, over loopback; client and server share the ${m.cores} cores |`,
    '| Ours | the production server (`server/index.ts`): session cookie, CSRF, role check, zod-validated query, audit entry where the API writes one (group commit: writes arriving together share one transaction and fsync; WAL checkpoints on a worker thread), request log at info level to a file |',
    '| Baseline | bare Express + better-sqlite3 (same pragmas), one prepared statement returning the same rows, one transaction per write, no session/audit/total ([bench/baseline/queries.ts](bench/baseline/queries.ts)) |',
    '',
    '## HTTP endpoints',
    '',
    '| scenario | ours req/s | ours p50 / p99 ms | baseline req/s | baseline p50 / p99 ms | ours / baseline | targets |',
    '|---|--:|--:|--:|--:|--:|---|',
    ...x.results.map(
      (r) =>
        `| ${r.scenario.title} | ${n(r.ours.rps)} | ${ms(r.ours.p50)} / ${ms(r.ours.p99)} | ${n(r.baseline.rps)} | ` +
        `${ms(r.baseline.p50)} / ${ms(r.baseline.p99)} | ${n((r.ours.rps / r.baseline.rps) * 100)} % | ${[...(r.scenario.calibration ? ['calibration: no target'] : []), ...verdicts(r).map(mark)].join(', ')} |`,
    ),
    '',
    '## Other figures',
    '',
    '| what | result | target |',
    '|---|---|---|',
    `| \`audit:verify\` over the whole log | ${x.verify.ok ? `${n(x.verify.entries)} entries in ${n(x.verify.seconds, 2)} s = **${n(verifyRate)} entries/s** (${n(x.verify.wallSeconds, 1)} s with process start), the second of two passes back to back; the first, which reads the log back into the page cache, ${firstPass(x.verifyFirstPass)}` : `failed: ${x.verify.output.split('\n').at(-1)}`} | ${mark({ ok: x.verify.ok && verifyRate >= TARGETS.verifyPerSecond, text: `≥ ${n(TARGETS.verifyPerSecond)}/s` })} |`,
    ...exportRows(x.exports),
    `| SPA JavaScript, initial load | ${x.spa.built ? `**${kB(x.spa.initialGzip)} gzipped** (${kB(x.spa.initialRaw)} raw) in ${x.spa.initialFiles.length} files: ${x.spa.initialFiles.map((f) => `\`${f}\``).join(', ')}; all chunks ${kB(x.spa.allJsGzip)} gzipped` : `n/a (SPA not built: ${x.spa.reason})`} | ${x.spa.built ? mark({ ok: x.spa.initialGzip < TARGETS.spaGzipBytes, text: '< 300 kB gzipped' }) : '< 300 kB gzipped'} |`,
    `| Navigation → first subjects list in headless Chromium | ${x.browser.available ? `**${n(x.browser.median)} ms** median of ${x.browser.runs.length} cold loads (${x.browser.runs.map((t) => `${n(t)} ms`).join(', ')})` : `n/a (${x.browser.reason})`} | ${x.browser.available ? mark({ ok: x.browser.median < TARGETS.firstRenderMs, text: '< 1.5 s' }) : '< 1.5 s'} |`,
    '',
    ...whyShort(x),
    '## How to read the totals',
    '',
    '`Content-Range` carries the exact total for the unfiltered subjects list and for a status filter (from `subject_counts`,',
    'kept by triggers in the same transaction as each insert, delete or status change) and for the unfiltered audit log (its last id:',
    'entries are numbered without gaps and never deleted). Any other filter is counted up to 10,000 matches (1,000 for subjects,',
    'searches included); a list with more reports the cap (or, once someone pages beyond it, the next power of two past that page):',
    'read it as "at least".',
    '',
    '## Query plans',
    '',
    'Every statement each scenario runs, captured from the real services on a traced connection (writes rolled back), with',
    "`EXPLAIN QUERY PLAN`; then the baseline's statement.",
    '',
  ];
  for (const r of x.results.filter((s) => !s.scenario.calibration)) {
    lines.push(`### ${r.scenario.title}`, '');
    for (const p of x.plans.filter((e) => e.scenario === r.scenario.id)) {
      const sql = p.sql.replace(/\s+/g, ' ').trim();
      lines.push(
        `${p.side === 'ours' ? 'Ours' : 'Baseline'}: \`${sql.length > 240 ? `${sql.slice(0, 240)}…` : sql}\``,
        '',
        '```',
        ...(p.plan.length ? p.plan : ['(no plan: a plain insert)']),
        '```',
        '',
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The table printed at the end of the run. */
export function renderSummary(
  results: ScenarioFigures[],
  verify: VerifyFigures,
  verifyFirstPass: VerifyFigures,
  exports: ExportFigures,
  spa: SpaFigures,
  browser: BrowserFigures,
): string {
  const rows = results.map(
    (r) =>
      `${r.scenario.id.padEnd(18)} ours ${n(r.ours.rps).padStart(6)} req/s p50 ${ms(r.ours.p50).padStart(5)} p99 ${ms(r.ours.p99).padStart(5)} ms` +
      ` | baseline ${n(r.baseline.rps).padStart(6)} req/s p99 ${ms(r.baseline.p99).padStart(5)} ms | ${n((r.ours.rps / r.baseline.rps) * 100).padStart(4)} %`,
  );
  return [
    '',
    ...rows,
    `audit:verify 1st   ${firstPass(verifyFirstPass)}`,
    `audit:verify       ${verify.ok ? `${n(verify.entries)} entries in ${n(verify.seconds, 2)} s = ${n(verify.entries / verify.seconds)} entries/s` : 'FAILED'}`,
    `export JSONL       ${exports.ok ? `${n(exports.entries)} entries in ${n(exports.seconds, 2)} s = ${n(exports.entries / exports.seconds)} entries/s` : 'FAILED'}`,
    `export to a file   ${exports.ok ? `${n(exports.download.entries)} entries in ${n(exports.download.seconds, 2)} s = ${n(exports.download.entries / exports.download.seconds)} entries/s` : 'FAILED'}`,
    `verify --file      ${exports.verify.ok ? `${n(exports.verify.entries)} entries in ${n(exports.verify.seconds, 2)} s = ${n(exports.verify.entries / exports.verify.seconds)} entries/s` : 'FAILED'}`,
    `SPA initial JS     ${spa.built ? `${kB(spa.initialGzip)} gzipped` : `n/a (SPA not built: ${spa.reason})`}`,
    `first list render  ${browser.available ? `${n(browser.median)} ms` : `n/a (${browser.reason})`}`,
    '',
  ].join('\n');
}
