import type { ReportInput } from './report.js';
import { TARGETS, verdicts } from './report.js';

// What bounds each figure when it misses its target, and what would move it: kept next to the numbers so that a
// rerun on another machine explains itself. Mechanisms only; the figures are in the tables.
const READ_OVERHEAD =
  'Outside SQL, each of our requests runs the session lookup (its statements prepared anew per request in sessions.repo.ts), ' +
  'helmet, the request log, zod and the JSON shaping; with the connections queued on one event loop, p99 is roughly ' +
  'connections × service time plus GC pauses, and the load generator shares the cores. Caching prepared statements in ' +
  'sessions.repo.ts, audit.repo.ts and subjectKeys.repo.ts (as listSql.ts now does) would trim part of it.';
const BOUNDS: Record<string, string> = {
  list: READ_OVERHEAD,
  'search-name': READ_OVERHEAD,
  'search-phone': READ_OVERHEAD,
  'audit-subject': `${READ_OVERHEAD} Compliance also decrypts the personal part of each entry (AES-GCM per entry).`,
  'audit-actor-month': `the page itself is read in order from the (actor, time) index, but the total counts the month's entries (up to 10,000) and compliance decrypts each entry's personal part, unwrapping a different subject's key for nearly every entry (the keyring keeps 10,000). ${READ_OVERHEAD}`,
  show:
    'opening a card writes its `subject.viewed` entry in the same transaction (BEGIN IMMEDIATE, the chain head, an insert into the ' +
    'log and its four indexes, COMMIT), and with `synchronous=FULL` every commit waits for an fsync of the WAL on the one writer, ' +
    'so views queue behind each other and behind corrections; the baseline is a plain SELECT. What would move it without weakening ' +
    '"no card shown without a durable entry": group commit — collect the entries of the requests that arrive within a millisecond, ' +
    'commit them in one transaction, then answer each (a change in server/audit and the services). `synchronous=NORMAL` would be ' +
    'faster but could lose the last entries on a power cut.',
  correct:
    'one transaction per correction: read, update, AES-GCM of the before/after values, SHA-256 chain step, audit insert, and a WAL ' +
    'fsync at COMMIT (`synchronous=FULL`) on the single writer; the bare UPDATE of the baseline pays the same fsync, so the disk\'s ' +
    'flush latency caps both. Group commit (several corrections per transaction and fsync) is the lever; we kept FULL, as the issue asks.',
  verify:
    'per entry, SQLite serializes the canonical JSON (json_array) and node:crypto computes SHA-256, about the same time each; the ' +
    'slices run on all cores, so the rate scales with cores (and with how well the VM\'s vCPUs run in parallel). Beyond that: a ' +
    'hash computed in native code next to SQLite (an extension), or storing the canonical text so it is not rebuilt — a chain-format decision.',
};

export function whyShort(x: ReportInput): string[] {
  const misses: string[] = [];
  for (const r of x.results) {
    const missed = verdicts(r).filter((v) => !v.ok);
    if (missed.length) misses.push(`- **${r.scenario.title}** (${missed.map((v) => v.text).join(', ')}): ${BOUNDS[r.scenario.id] ?? 'see its query plan below.'}`);
  }
  const rate = x.verify.entries / Math.max(x.verify.seconds, 1e-9);
  if (x.verify.ok && rate < TARGETS.verifyPerSecond) misses.push(`- **audit:verify** (${Math.round(rate).toLocaleString('en')} entries/s): ${BOUNDS.verify}`);
  if (x.spa.built && x.spa.initialGzip >= TARGETS.spaGzipBytes) misses.push('- **SPA initial JavaScript**: load more screens and libraries by route (admin/).');
  if (x.browser.available && x.browser.median >= TARGETS.firstRenderMs) misses.push('- **First list render**: see the initial JavaScript above, and the list endpoint\'s latency.');
  if (!misses.length) return [];
  return ['## Where we fall short', '', ...misses, ''];
}
