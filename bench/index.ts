import fs from 'node:fs';
import path from 'node:path';
import { parseBenchArgs } from './args.js';
import { prepareDataset } from './dataset.js';
import { buildPools } from './pools.js';
import { explainAll } from './explain.js';
import { buildSpa } from './spa.js';
import { startBaseline, startOurs } from './servers.js';
import { login, sessionHeaders, type Session } from './session.js';
import { scenarios } from './scenarios.js';
import { measure } from './load.js';
import { firstListRender, type BrowserFigures } from './browser.js';
import { runAuditVerify, type VerifyFigures } from './verify.js';
import { runExportBench, type ExportFigures } from './exports.js';
import { machine, renderReport, renderSummary } from './report.js';
import type { ScenarioFigures } from './verdicts.js';
import { Rng } from './random.js';
import { step } from './progress.js';
import { waitForFlagScan } from './flagScan.js';

/**
 * npm run bench: builds (or reuses) a scratch database at scale, runs the production server and a bare baseline
 * over it, drives both with autocannon, verifies the audit chain, weighs the SPA, times its first list in
 * Chromium, and writes BENCHMARKS.md. Measurements only: nothing here fails on a timing.
 */
async function main() {
  const o = parseBenchArgs(process.argv.slice(2));
  const started = Date.now();
  const dataset = await prepareDataset(o);
  if (o.only === 'exports') return exportsOnly(o.dir, dataset.dbPath, o.cleanup);
  const pools = buildPools(dataset, o.seed);

  step('EXPLAIN QUERY PLAN for every scenario');
  const plans = await explainAll(dataset.dbPath, pools);

  step('Building the SPA (vite build)');
  const spa = buildSpa(path.join(o.dir, 'dist'));
  if (!spa.built) step(`  SPA not built: ${spa.reason}`);

  const ours = await startOurs(dataset.dbPath, spa.outDir, path.join(o.dir, 'server.log'));
  step('Waiting for the server’s first scan of the log for audit flags');
  step(`  done in ${(await waitForFlagScan(dataset.dbPath)) / 1000} s`);
  const baseline = await startBaseline(dataset.dbPath, path.join(o.dir, 'baseline.log'));
  const results: ScenarioFigures[] = [];
  let browser: BrowserFigures;
  let exports: ExportFigures;
  let verifyFirstPass: VerifyFigures;
  let verify: VerifyFigures;
  try {
    const sessions: Record<'operator' | 'compliance', Session> = {
      operator: await login(ours.baseUrl, 'operator'),
      compliance: await login(ours.baseUrl, 'compliance'),
    };
    for (const s of scenarios(pools, new Rng(o.seed))) {
      step(`Load: ${s.title} (${o.connections} connections, ${o.duration} s each)`);
      const common = { connections: o.connections, duration: o.duration };
      const oursFigures = await measure(
        { ...common, baseUrl: ours.baseUrl, headers: sessionHeaders(sessions[s.role]) },
        s.ours,
      );
      const baselineFigures = await measure({ ...common, baseUrl: baseline.baseUrl }, s.baseline);
      results.push({ scenario: s, ours: oursFigures, baseline: baselineFigures });
      step(
        `  ours ${oursFigures.rps.toFixed(0)} req/s p99 ${oursFigures.p99} ms | baseline ${baselineFigures.rps.toFixed(0)} req/s p99 ${baselineFigures.p99} ms`,
      );
    }
    if (spa.built) {
      step('Headless Chromium: first subjects list');
      const first = await fetch(`${ours.baseUrl}/api/subjects?range=${encodeURIComponent('[0,0]')}`, {
        headers: sessionHeaders(sessions.operator),
      });
      const [row] = (await first.json()) as { last_name: string }[];
      browser = await firstListRender(ours.baseUrl, row.last_name).catch((e: Error) => ({
        available: false,
        reason: e.message,
        runs: [],
        median: 0,
      }));
    } else {
      browser = { available: false, reason: 'SPA not built', runs: [], median: 0 };
    }
    // The load tests wrote entries that the next timed flag scan would read beside the export: scanned now instead,
    // as the console's button does, so the export is timed alone.
    step('Scanning the entries the load tests wrote for audit flags');
    const scan = await fetch(`${ours.baseUrl}/api/audit-flags/scan`, {
      method: 'POST',
      headers: { ...sessionHeaders(sessions.compliance), 'content-type': 'application/json' },
      body: '{}',
    });
    step(`  ${scan.status} ${await scan.text()}`);
    // Twice, and the export right after: the load tests left most of the log out of the page cache (a VM that pages out
    // idle memory evicts it within a minute), so the first pass mostly measures the disk; the second, and the export
    // that follows it, measure the verifier and the export themselves. Both passes are reported.
    step('audit:verify over the whole log, twice (the first pass reads the log into the page cache)');
    verifyFirstPass = runAuditVerify(dataset.dbPath);
    step(`  first pass: ${verifyFirstPass.output.split('\n').at(-1)}`);
    verify = runAuditVerify(dataset.dbPath);
    step(`  second pass: ${verify.output.split('\n').at(-1)}`);
    step('JSONL export of the whole log, streamed and then to a file, then audit:verify --file over the file');
    exports = await runExportBench(ours.baseUrl, sessions.compliance, o.dir);
  } finally {
    await Promise.all([ours.stop(), baseline.stop()]);
  }

  const report = renderReport({
    machine: machine(dataset.dbPath),
    options: o,
    dataset,
    results,
    plans,
    verify,
    verifyFirstPass,
    exports,
    spa,
    browser,
    totalSeconds: (Date.now() - started) / 1000,
  });
  fs.writeFileSync(o.output, report);
  console.log(renderSummary(results, verify, verifyFirstPass, exports, spa, browser));
  step(`Wrote ${path.relative(process.cwd(), o.output)}`);
  if (o.cleanup) fs.rmSync(o.dir, { recursive: true, force: true });
  else step(`Scratch data kept in ${o.dir}`);
}

/** `--only exports`: the export and the offline verifier alone, printed, without the load tests or the report. */
async function exportsOnly(dir: string, dbPath: string, cleanup: boolean): Promise<void> {
  const ours = await startOurs(dbPath, path.join(dir, 'no-spa'), path.join(dir, 'server.log'));
  let figures: ExportFigures;
  try {
    step('JSONL export of the whole log, streamed and then to a file, then audit:verify --file over the file');
    figures = await runExportBench(ours.baseUrl, await login(ours.baseUrl, 'compliance'), dir);
  } finally {
    await ours.stop();
  }
  const rate = (count: number, seconds: number) => Math.round(count / Math.max(seconds, 1e-9)).toLocaleString('en');
  console.log(
    figures.ok
      ? `export JSONL   ${figures.entries.toLocaleString('en')} entries (${(figures.bytes / 2 ** 20).toFixed(0)} MB) in ${figures.seconds.toFixed(2)} s = ${rate(figures.entries, figures.seconds)} entries/s\n` +
          `to a file      ${figures.download.entries.toLocaleString('en')} entries in ${figures.download.seconds.toFixed(2)} s = ${rate(figures.download.entries, figures.download.seconds)} entries/s\n` +
          `verify --file  ${figures.verify.ok ? `${figures.verify.entries.toLocaleString('en')} entries in ${figures.verify.seconds.toFixed(2)} s = ${rate(figures.verify.entries, figures.verify.seconds)} entries/s (${figures.verify.wallSeconds.toFixed(1)} s with process start)` : `FAILED\n${figures.verify.output}`}`
      : `export FAILED: ${figures.error}`,
  );
  if (cleanup) fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
