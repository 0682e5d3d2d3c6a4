// The targets of the benchmark and the verdicts on one run: read by the report and by the shortfalls beside it.
import type { BenchOptions } from './args.js';
import type { Dataset } from './dataset.js';
import type { Explained } from './explain.js';
import type { LoadResult } from './load.js';
import type { Scenario } from './scenarios.js';
import type { SpaFigures } from './spa.js';
import type { BrowserFigures } from './browser.js';
import type { VerifyFigures } from './verify.js';
import type { ExportFigures } from './exports.js';

export interface ScenarioFigures {
  scenario: Scenario;
  ours: LoadResult;
  baseline: LoadResult;
}

export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  sqlite: string;
  os: string;
  databaseBytes: number;
  auditEntries: number;
  /** The kernel pages out memory untouched for a while (DAMON), the page cache included. */
  proactiveReclaim: boolean;
}

export const n = (v: number, digits = 0) =>
  v.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const ms = (v: number) => (v < 10 ? n(v, 1) : n(v));

export const TARGETS = {
  readRatio: 0.6,
  writesPerSecond: 2000,
  verifyPerSecond: 1_000_000,
  exportPerSecond: 200_000,
  spaGzipBytes: 300 * 1024,
  firstRenderMs: 1500,
};

export interface Verdict {
  ok: boolean;
  text: string;
  /** For an absolute target (a latency, a rate): the bare baseline's figure on the same run, and whether it meets it. */
  baseline?: { ok: boolean; figure: string };
}

/** Each target the run met or missed, in words; the report lists the misses with what bounds them. */
export function verdicts(r: ScenarioFigures): Verdict[] {
  const out: Verdict[] = [];
  const { scenario: s, ours, baseline } = r;
  if (ours.failures) out.push({ ok: false, text: `${n(ours.failures)} failed requests` });
  if (s.calibration) return out;
  if (s.p99Target) {
    out.push({
      ok: ours.p99 < s.p99Target,
      text: `p99 < ${s.p99Target} ms`,
      baseline: { ok: baseline.p99 < s.p99Target, figure: `p99 ${ms(baseline.p99)} ms` },
    });
  }
  if (s.id === 'correct') {
    out.push({
      ok: ours.rps >= TARGETS.writesPerSecond,
      text: `≥ ${n(TARGETS.writesPerSecond)}/s`,
      baseline: { ok: baseline.rps >= TARGETS.writesPerSecond, figure: `${n(baseline.rps)}/s` },
    });
  } else {
    out.push({ ok: ours.rps >= TARGETS.readRatio * baseline.rps, text: `≥ ${TARGETS.readRatio * 100}% of baseline` });
  }
  return out;
}

export interface ReportInput {
  machine: Machine;
  options: BenchOptions;
  dataset: Dataset;
  results: ScenarioFigures[];
  plans: Explained[];
  /** The second of two passes back to back: the log in the page cache, as on a server that reads it. */
  verify: VerifyFigures;
  /** The first pass, which also reads the log back into the page cache. */
  verifyFirstPass: VerifyFigures;
  exports: ExportFigures;
  spa: SpaFigures;
  browser: BrowserFigures;
  totalSeconds: number;
}
