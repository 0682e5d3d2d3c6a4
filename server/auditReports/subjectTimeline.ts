import type { SubjectTimeline, SubjectTimelineEntry } from '../contract/index.js';
import { TIMELINE_KINDS } from '../contract/index.js';
import type { AuditRow } from '../audit/audit.repo.js';
import { sealedView } from '../audit/auditLog.service.js';
import { timelineKind } from './timelineKinds.js';

/** Entries a timeline answers at once: a subject's whole history is rarely more; the CSV export has every one. */
export const TIMELINE_LIMIT = 2000;

/**
 * An entry as the log's list shows it: the clear part, and in place of the sealed part whether it can still be
 * opened. A timeline never decrypts (issue 13 §1: the list shows no personal value); opening the entry does.
 */
export function clearEntry(row: AuditRow, destroyed: boolean): SubjectTimelineEntry {
  return { ...sealedView(row, destroyed), kind: timelineKind(row.action) };
}

/** The timeline from the subject's first entries and its counts by action. */
export function buildTimeline(
  subjectId: number,
  entries: SubjectTimelineEntry[],
  actionCounts: { action: string; count: number }[],
): SubjectTimeline {
  const byKind = new Map(TIMELINE_KINDS.map((kind) => [kind, 0]));
  let total = 0;
  for (const { action, count } of actionCounts) {
    byKind.set(timelineKind(action), byKind.get(timelineKind(action))! + count);
    total += count;
  }
  return {
    subject_id: subjectId,
    total,
    truncated: total > entries.length,
    counts: TIMELINE_KINDS.map((kind) => ({ kind, count: byKind.get(kind)! })),
    entries,
  };
}

/** The clear fields an entry names (changed, entered, taken), for the CSV: names, never values. */
export function namedFields(details: Record<string, unknown> | null): string[] {
  if (!details) return [];
  const { changes, fields, values } = details;
  if (changes && typeof changes === 'object') return Object.keys(changes);
  if (Array.isArray(fields)) return fields.map(String);
  if (values && typeof values === 'object') return Object.keys(values);
  return [];
}
