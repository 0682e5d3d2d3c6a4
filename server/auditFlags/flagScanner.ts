import type { Db } from '../db/connection.js';
import type { AuditFlagScan } from '../contract/index.js';
import { loadWorkingCalendar } from '../calendar/calendar.repo.js';
import type { WorkingCalendar } from '../calendar/workingCalendar.js';
import { inWriteTransaction } from '../db/groupCommit.js';
import * as repo from './auditFlags.repo.js';
import type { ScannedEntry } from './auditFlags.repo.js';
import {
  clockHour,
  exportedRows,
  isOutsideHours,
  isStaff,
  moscowDay,
  quarterHour,
  typedLogin,
  windowKey,
  type FlagRules,
  type FlagWindow,
} from './flagWindows.js';

// Entries read per transaction: small enough that a scan never holds the write lock long, large enough that a
// backlog (a server that was down, a first scan of an old log) is read in few steps.
const BATCH = 2000;

interface Hit {
  count: number;
  entryIds: number[];
}

/**
 * The incremental scan of the log for flags. It reads the entries after its cursor by id; each entry names the
 * windows it may raise (its actor's Moscow day, clock hour, the quarter hour of a failed login). A window not yet
 * flagged is recounted whole from an index, so entries read by an earlier scan still count towards its threshold; a
 * window already flagged only takes the new entries that meet its rule. The cursor moves in the same transaction as the flags: a scan cut short leaves all of a batch or none.
 */
export class FlagScanner {
  constructor(
    private readonly db: Db,
    private readonly rules: FlagRules,
    private readonly now: () => Date,
  ) {}

  async scan(): Promise<AuditFlagScan> {
    let scanned = 0;
    let touched = 0;
    let lastId = 0;
    for (;;) {
      const step = await inWriteTransaction(this.db, () => this.scanBatch());
      scanned += step.scanned;
      touched += step.touched;
      lastId = step.lastId;
      if (step.scanned < BATCH) break;
    }
    return { scanned_entries: scanned, last_id: lastId, flags_touched: touched };
  }

  private scanBatch(): { scanned: number; touched: number; lastId: number } {
    const after = repo.cursor(this.db);
    const batch = repo.entriesAfter(this.db, after, BATCH);
    if (!batch.length) return { scanned: 0, touched: 0, lastId: after };
    const calendar = loadWorkingCalendar(this.db);
    const now = this.now().toISOString();
    // Each window the batch touches, with the batch's entries that meet its rule there.
    const windows = new Map<string, { window: FlagWindow; entryIds: number[] }>();
    let touched = 0;
    for (const entry of batch) {
      for (const w of this.windowsOf(entry, calendar)) {
        const key = windowKey(w);
        const found = windows.get(key) ?? { window: w, entryIds: [] };
        found.entryIds.push(entry.id);
        windows.set(key, found);
      }
      const rows = this.bigExport(entry);
      if (rows !== null) {
        const w = {
          kind: 'big_export',
          subjectType: 'login',
          subjectValue: entry.actor_login,
          start: entry.at,
          end: entry.at,
        } as const;
        repo.upsertFlag(this.db, w, rows, [entry.id], now);
        touched++;
      }
    }
    for (const { window: w, entryIds } of windows.values()) {
      // A window already flagged takes this batch's entries alone: recounting it whole on every batch would read
      // a long night's work (or a burst of thousands of openings) again each time, holding the write lock.
      const flagId = repo.flagIdFor(this.db, w);
      if (flagId !== undefined) {
        if (repo.growFlag(this.db, flagId, w.kind, entryIds, now)) touched++;
        continue;
      }
      const hit = this.recount(w, calendar);
      if (!hit) continue;
      repo.upsertFlag(this.db, w, hit.count, hit.entryIds, now);
      touched++;
    }
    const lastId = batch[batch.length - 1].id;
    repo.moveCursor(this.db, lastId, now);
    return { scanned: batch.length, touched, lastId };
  }

  /** The windows an entry may raise a flag in (whether it does is for recount, over the whole window). */
  private windowsOf(e: ScannedEntry, calendar: WorkingCalendar): FlagWindow[] {
    const found: FlagWindow[] = [];
    const by = (kind: FlagWindow['kind'], span: { start: string; end: string }, value = e.actor_login) =>
      found.push({ kind, subjectType: 'login', subjectValue: value, ...span });
    if (isStaff(e.actor_role) && isOutsideHours(e.at, this.rules, calendar)) by('after_hours', moscowDay(e.at));
    if (e.action === 'subject.viewed' && isStaff(e.actor_role)) by('many_subjects', clockHour(e.at));
    if (e.action === 'auth.denied' && isStaff(e.actor_role)) by('repeated_denials', clockHour(e.at));
    if (e.action === 'auth.login_failed') {
      const login = typedLogin(e.details);
      if (login) by('failed_logins', quarterHour(e.at), login);
      if (e.ip) found.push({ kind: 'failed_logins', subjectType: 'ip', subjectValue: e.ip, ...quarterHour(e.at) });
    }
    return found;
  }

  private recount(w: FlagWindow, calendar: WorkingCalendar): Hit | null {
    const { rules } = this;
    switch (w.kind) {
      case 'after_hours': {
        const night = repo
          .actorEntries(this.db, w.subjectValue, w.start, w.end)
          .filter((e) => isStaff(e.actor_role) && isOutsideHours(e.at, rules, calendar));
        return night.length ? { count: night.length, entryIds: night.map((e) => e.id) } : null;
      }
      case 'many_subjects': {
        const views = repo.actorActionEntries(this.db, w.subjectValue, 'subject.viewed', w.start, w.end);
        const subjects = new Set(views.map((e) => e.subject_id).filter((id) => id != null)).size;
        return subjects > rules.subjectsPerHour ? { count: subjects, entryIds: views.map((e) => e.id) } : null;
      }
      case 'repeated_denials': {
        const denials = repo.actorActionEntries(this.db, w.subjectValue, 'auth.denied', w.start, w.end);
        return denials.length >= rules.denialsPerHour ? hitOf(denials) : null;
      }
      case 'failed_logins': {
        const failures = repo
          .actionEntries(this.db, 'auth.login_failed', w.start, w.end)
          .filter((e) => (w.subjectType === 'ip' ? e.ip === w.subjectValue : typedLogin(e.details) === w.subjectValue));
        return failures.length >= rules.failedLogins ? hitOf(failures) : null;
      }
      default:
        return null;
    }
  }

  /** An export of more rows than the rule allows: its row count, else null. */
  private bigExport(e: ScannedEntry): number | null {
    if (!e.action.endsWith('.exported')) return null;
    const rows = exportedRows(e.details);
    return rows !== null && rows > this.rules.exportRows ? rows : null;
  }
}

const hitOf = (entries: ScannedEntry[]): Hit => ({ count: entries.length, entryIds: entries.map((e) => e.id) });
