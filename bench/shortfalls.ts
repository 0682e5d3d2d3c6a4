import { TARGETS, verdicts, type ReportInput, type Verdict } from './verdicts.js';

// What bounds each figure when it misses its target, and what would move it: kept next to the numbers so that a
// rerun on another machine explains itself. Mechanisms here; figures come from the run.
/** Said once, above the list, when any HTTP scenario misses a target: the cost every request of ours pays. */
function commonCost(x: ReportInput): string {
  const floor = x.results.find((r) => r.scenario.calibration && !r.ours.failures);
  const figures = floor
    ? ` The calibration row measures the first part: a signed-in request that reads nothing answers ${fmt(floor.ours.rps)} ` +
      `times a second, against ${fmt(floor.baseline.rps)} for the baseline's empty route.`
    : '';
  return (
    'Common to every HTTP figure below: each of our requests pays a fixed cost that the baseline does not: ' +
    "helmet's security headers, the request id and log line and the session lookup (SHA-256 of the cookie and one " +
    'indexed join), then the role check and zod validation of the query.' +
    figures +
    ' For a cheap query that fixed cost ' +
    'is most of the work. The server answers on one event loop and the load generator shares its cores: the mean latency ' +
    "is connections ÷ throughput (Little's law), and p99 adds GC pauses and the wait for a group commit on top. What would " +
    'move it: fewer per-request steps (a session cache would have to see every revocation at once, also one made from the ' +
    'CLI), or more cores.'
  );
}
const fmt = (v: number) => Math.round(v).toLocaleString('en');

const BOUNDS: Record<string, string> = {
  list: 'nothing beyond the common cost: the page is read straight from the surname index, as in the baseline.',
  'search-name':
    "a one-word search merges the first page of each index it can match (surname, every first name it starts, e-mail), so it reads more than the baseline's single range.",
  'search-phone': 'nothing beyond the common cost: one lookup in the phone index, as in the baseline.',
  'audit-subject': 'compliance also decrypts the personal part of each entry (AES-GCM per entry).',
  'audit-actor-month':
    "the page itself is read in order from the (actor, time) index, but the total counts the month's entries (up to 10,000) and compliance decrypts each entry's personal part, unwrapping a different subject's key for nearly every entry (the keyring keeps 10,000).",
  show:
    'opening a card writes its `subject.viewed` entry. Views arriving together share one transaction and one fsync (group ' +
    'commit), but each answer still waits for that commit: no card is shown without a durable entry. `synchronous=NORMAL` ' +
    'would take the fsync off the answer but could lose the last entries on a power cut.',
  correct:
    'the fsync is shared by each batch (group commit) and checkpoints run on a worker thread, so what remains per correction is ' +
    'work on the one event loop: HTTP and the JSON body, zod, the session, reading and updating the row and the indexes of its ' +
    "changed columns (random pages of a 3 GiB file: most miss SQLite's cache and some the OS's), AES-GCM of the before/after " +
    'values, the SHA-256 chain step, the audit insert into its five B-trees, and the answer, with the load generator on the same ' +
    'cores. SQLite has one writer, so more writer processes would not help; more cores for the HTTP side would.',
  verify:
    'per entry, SQLite builds the canonical JSON text (about 1.1–1.5 µs of CPU) and node:crypto computes its SHA-256 (about ' +
    '0.65–1 µs, most of it the cost of the call); 1M/s on 2 cores allows 2 µs. The id range is split between the cores, so the ' +
    "rate scales with cores (and with how well the VM's vCPUs run in parallel); a log not read for a while comes from disk. " +
    'Storing the canonical text instead of rebuilding it was measured to save only about 0.5 µs per entry (reading the stored ' +
    'text costs about 0.9 µs), not enough for 1M/s here; a hash computed in native code next to SQLite (an extension) would ' +
    'remove the per-call cost.',
};

/** What the bare baseline did against the same absolute targets: a target it misses too is the machine's bound. */
function baselineAgainst(missed: Verdict[]): string {
  const absolute = missed.filter((v) => v.baseline);
  if (!absolute.length) return '';
  const parts = absolute.map(
    (v) => `${v.baseline!.figure}, which ${v.baseline!.ok ? 'meets' : 'also misses'} ${v.text}`,
  );
  return ` On the same run the bare baseline reached ${parts.join('; ')}.`;
}

export function whyShort(x: ReportInput): string[] {
  const misses: string[] = [];
  for (const r of x.results) {
    const missed = verdicts(r).filter((v) => !v.ok);
    if (missed.length) {
      misses.push(
        `- **${r.scenario.title}** (${missed.map((v) => v.text).join(', ')}): ${BOUNDS[r.scenario.id] ?? 'see its query plan below.'}${baselineAgainst(missed)}`,
      );
    }
  }
  const rate = x.verify.entries / Math.max(x.verify.seconds, 1e-9);
  if (x.verify.ok && rate < TARGETS.verifyPerSecond)
    misses.push(`- **audit:verify** (${Math.round(rate).toLocaleString('en')} entries/s): ${BOUNDS.verify}`);
  if (x.spa.built && x.spa.initialGzip >= TARGETS.spaGzipBytes)
    misses.push('- **SPA initial JavaScript**: load more screens and libraries by route (admin/).');
  if (x.browser.available && x.browser.median >= TARGETS.firstRenderMs)
    misses.push("- **First list render**: see the initial JavaScript above, and the list endpoint's latency.");
  if (!misses.length) return [];
  const httpMissed = x.results.some((r) => verdicts(r).some((v) => !v.ok));
  return ['## Where we fall short', '', ...(httpMissed ? [commonCost(x), ''] : []), ...misses, ''];
}
