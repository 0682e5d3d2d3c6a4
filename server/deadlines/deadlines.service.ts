import {
  DEADLINE_CLOSE_REASONS,
  DEADLINE_KINDS,
  MIN_REASON_LENGTH,
  type DeadlineCloseReason,
  type DeadlineItem,
  type DeadlineKind,
} from '../contract/index.js';
import type { Db } from '../db/connection.js';
import { requireTransaction } from '../db/groupCommit.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { ListQuery } from '../shared/listQuery.js';
import { badRequest, conflict, notFound } from '../shared/errors.js';
import { clinicDay, isCalendarDate } from '../shared/clinicDate.js';
import { findSubject } from '../subjects/subjects.repo.js';
import { findStaffById } from '../staff/staff.repo.js';
import { loadWorkingCalendar } from '../calendar/calendar.repo.js';
import { DEADLINE_RULES, dueDates, hoursEnd, isHoursTerm, type DueDates } from './deadlineRules.js';
import * as repo from './deadlines.repo.js';

/** An open item is "due soon" from this many working days before its due date (the due date itself included). */
const DUE_SOON_WORKING_DAYS = 3;
/** An open item in hours is "due soon" in the last this many hours before its due moment. */
const DUE_SOON_HOURS = 6;

/** Everything: what the workflows and the callers who may see incidents read. */
const ALL: repo.DeadlineScope = { incidents: true };

/** A term in hours, opened by its workflow (an incident) from a moment. */
export interface OpenHoursDeadline {
  kind: DeadlineKind;
  /** The moment the term runs from (an incident's detection); not in the future. */
  from: Date;
  incidentId: number;
  assigneeId: number;
}

export interface OpenDeadline {
  kind: DeadlineKind;
  /** The clinic's (Moscow) day the letter was received or the fact found, YYYY-MM-DD; not counted itself. */
  receivedOn: string;
  /** Null for a letter whose sender is not identified yet: its term runs from receipt all the same. */
  subjectId: number | null;
  letterId?: number | null;
  assigneeId: number;
}

export interface CloseDeadline {
  reason: DeadlineCloseReason;
  /**
   * The day the duty was done, when it was before today (a reply sent on that day and entered later); not after today
   * nor before the day of receipt. Today by default.
   */
  on?: string;
  /** Words beside the code, if any: they may describe the person, so only the audit entry keeps them, encrypted. */
  note?: string | null;
}

/**
 * The terms the clinic must meet. Items are opened, extended and closed by the workflows that decide them (the
 * letters, later), always inside their transaction; this service counts the due dates on the production calendar,
 * recounts open ones when the calendar changes, and answers the read-only list.
 */
export class DeadlineService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly now: () => Date,
  ) {}

  /** A page of items; without `scope.incidents` (operators) an incident's items are left out, in the query. */
  list(q: ListQuery, scope: repo.DeadlineScope = ALL) {
    const clock = this.clock();
    const { rows, total } = repo.listDeadlines(this.db, q, clock, scope);
    return { rows: rows.map((r) => toRecord(r, clock.today)), total };
  }

  get(id: number, scope: repo.DeadlineScope = ALL): DeadlineItem {
    const clock = this.clock();
    const row = repo.findDeadline(this.db, id, clock);
    // Not "forbidden": to an operator an incident's item does not exist.
    if (!row || (row.incident_id !== null && !scope.incidents)) throw notFound('Deadline item');
    return toRecord(row, clock.today);
  }

  /** Opens the item of a rule: its due date is counted from the day of receipt on the calendar as it is now. */
  openWithin(ctx: RequestContext, input: OpenDeadline): DeadlineItem {
    requireTransaction(this.db, 'DeadlineService.openWithin');
    if (!DEADLINE_KINDS.includes(input.kind)) {
      throw badRequest('Unknown deadline kind', { kind: `Expected one of: ${DEADLINE_KINDS.join(', ')}` });
    }
    const today = clinicDay(this.now());
    if (!isCalendarDate(input.receivedOn) || input.receivedOn > today) {
      throw badRequest('The day of receipt must be a date no later than today', {
        received_on: 'Expected a date as YYYY-MM-DD, no later than today',
      });
    }
    if (input.subjectId === null) {
      if (!input.letterId) throw new Error('A deadline item needs a subject or a letter');
    } else if (!findSubject(this.db, input.subjectId)) {
      throw notFound('Subject');
    }
    const assignee = findStaffById(this.db, input.assigneeId);
    if (!assignee?.active) {
      throw badRequest('The assignee must be an active staff member', { assignee_id: 'No active staff member' });
    }
    const rule = DEADLINE_RULES[input.kind];
    if (isHoursTerm(rule.term)) throw new Error(`${input.kind} is counted in hours: open it with openHoursWithin`);
    const due = dueDates(loadWorkingCalendar(this.db), rule, input.receivedOn, false);
    const id = repo.insertDeadline(this.db, {
      kind: input.kind,
      letter_id: input.letterId ?? null,
      subject_id: input.subjectId,
      assignee_id: input.assigneeId,
      opened_on: input.receivedOn,
      due_on: due.due_on,
      calendar_incomplete: due.calendar_incomplete ? 1 : 0,
      created_at: this.now().toISOString(),
    });
    this.audit.recordWithin(ctx, {
      action: 'deadline.opened',
      entityType: 'deadline',
      entityId: id,
      subjectId: input.subjectId,
      details: {
        kind: input.kind,
        letter_id: input.letterId ?? null,
        assignee_id: input.assigneeId,
        opened_on: input.receivedOn,
        due_on: due.due_on,
        calendar_incomplete: due.calendar_incomplete,
        legal_source: rule.legalSource,
      },
    });
    return this.get(id);
  }

  /**
   * Opens an item counted in hours from a moment: due exactly that many hours later, weekends and holidays included
   * (the law counts hours), on no calendar. Its due_on is the Moscow day of that moment, for the lists sorted by day.
   */
  openHoursWithin(ctx: RequestContext, input: OpenHoursDeadline): DeadlineItem {
    requireTransaction(this.db, 'DeadlineService.openHoursWithin');
    const rule = DEADLINE_RULES[input.kind];
    if (!isHoursTerm(rule.term)) throw new Error(`${input.kind} is counted in days: open it with openWithin`);
    if (input.from.getTime() > this.now().getTime()) {
      throw badRequest('A term cannot run from a moment in the future', {
        detected_at: 'Expected a moment no later than now',
      });
    }
    const assignee = findStaffById(this.db, input.assigneeId);
    if (!assignee?.active) {
      throw badRequest('The assignee must be an active staff member', { assignee_id: 'No active staff member' });
    }
    const dueAt = hoursEnd(input.from, rule.term);
    const id = repo.insertHoursDeadline(this.db, {
      kind: input.kind,
      incident_id: input.incidentId,
      assignee_id: input.assigneeId,
      opened_on: clinicDay(input.from),
      due_on: clinicDay(dueAt),
      due_at: dueAt.toISOString(),
      created_at: this.now().toISOString(),
    });
    this.audit.recordWithin(ctx, {
      action: 'deadline.opened',
      entityType: 'deadline',
      entityId: id,
      details: {
        kind: input.kind,
        incident_id: input.incidentId,
        assignee_id: input.assigneeId,
        from: input.from.toISOString(),
        due_at: dueAt.toISOString(),
        term_hours: rule.term.hours,
        legal_source: rule.legalSource,
      },
    });
    return this.get(id);
  }

  /**
   * The moment an open item in hours runs from was corrected (an incident's detection time, edited while nothing was
   * sent): its due moment is counted again from the new one. Audited as a recount naming the old and new moments.
   */
  recountHoursWithin(ctx: RequestContext, id: number, from: Date): DeadlineItem {
    requireTransaction(this.db, 'DeadlineService.recountHoursWithin');
    const item = this.findOpen(id, 'recounted');
    const rule = DEADLINE_RULES[item.kind];
    if (!isHoursTerm(rule.term) || item.due_at === null) throw new Error(`Item ${id} is not counted in hours`);
    const dueAt = hoursEnd(from, rule.term).toISOString();
    if (dueAt === item.due_at) return this.get(id);
    const next = { opened_on: clinicDay(from), due_on: clinicDay(new Date(dueAt)), due_at: dueAt };
    if (!repo.setHoursDue(this.db, id, next)) throw deadlineClosed('recounted');
    this.audit.recordWithin(ctx, {
      action: 'deadline.recomputed',
      entityType: 'deadline',
      entityId: id,
      details: {
        kind: item.kind,
        incident_id: item.incident_id,
        cause: 'from_corrected',
        changes: {
          due_at: { from: item.due_at, to: dueAt },
          due_on: { from: item.due_on, to: next.due_on },
        },
      },
    });
    return this.get(id);
  }

  /**
   * Closes an item in hours at the moment its duty was done (a notice sent at `at`, entered later perhaps): not in
   * the future, not before the moment it runs from. Closed after due_at, it reads as closed late.
   */
  closeAtWithin(ctx: RequestContext, id: number, at: Date, reason: DeadlineCloseReason = 'fulfilled'): DeadlineItem {
    requireTransaction(this.db, 'DeadlineService.closeAtWithin');
    const item = this.findOpen(id, 'closed');
    const rule = DEADLINE_RULES[item.kind];
    if (!isHoursTerm(rule.term) || item.due_at === null) throw new Error(`Item ${id} is not counted in hours`);
    const from = new Date(new Date(item.due_at).getTime() - rule.term.hours * 3_600_000);
    if (at.getTime() > this.now().getTime() || at.getTime() < from.getTime()) {
      throw badRequest('The moment a term was met lies between the moment it runs from and now', {
        sent_at: 'Expected a moment between the detection and now',
      });
    }
    const closedAt = at.toISOString();
    const closed = { closed_on: clinicDay(at), closed_at: closedAt, closed_by: ctx.actor.login, close_reason: reason };
    if (!repo.closeHoursDeadline(this.db, id, closed)) throw deadlineClosed('closed');
    this.audit.recordWithin(ctx, {
      action: 'deadline.closed',
      entityType: 'deadline',
      entityId: id,
      details: {
        kind: item.kind,
        incident_id: item.incident_id,
        close_reason: reason,
        closed_at: closedAt,
        due_at: item.due_at,
        late: closedAt > item.due_at,
      },
    });
    return this.get(id);
  }

  /** Every item of an incident, as the API answers them (to those who may see incidents). */
  ofIncident(incidentId: number): DeadlineItem[] {
    const all = {
      sortField: 'id',
      sortOrder: 'ASC' as const,
      offset: 0,
      limit: 100,
      filter: { incident_id: incidentId },
    };
    return this.list(all, ALL).rows;
  }

  /**
   * Gives the items of a letter their subject once the sender is identified (the letter's own audit entry names
   * them); answers their ids.
   */
  attachSubjectWithin(letterId: number, subjectId: number): number[] {
    requireTransaction(this.db, 'DeadlineService.attachSubjectWithin');
    return repo.setSubjectOfLetterItems(this.db, letterId, subjectId);
  }

  /** Hands a letter's open items to another assignee (the letter was reassigned; its audit entry says so). */
  reassignLetterWithin(letterId: number, assigneeId: number): number[] {
    requireTransaction(this.db, 'DeadlineService.reassignLetterWithin');
    return repo.setAssigneeOfLetterItems(this.db, letterId, assigneeId);
  }

  /** Every item of a letter, as the API answers them. */
  ofLetter(letterId: number): DeadlineItem[] {
    const all = { sortField: 'id', sortOrder: 'ASC' as const, offset: 0, limit: 100, filter: { letter_id: letterId } };
    return this.list(all).rows;
  }

  /** Today and the last day still "due soon": what a list joining deadline items computes their state with. */
  stateClock(): repo.StateClock {
    return this.clock();
  }

  /**
   * The one extension a rule may allow (+5 working days for an access request or a demand to stop), taken within
   * the term, when the reasoned notice is sent to the person. The reason may describe the person: it is kept only
   * in the audit entry, encrypted with the subject's key.
   */
  extendWithin(ctx: RequestContext, id: number, reason: string): DeadlineItem {
    requireTransaction(this.db, 'DeadlineService.extendWithin');
    const item = this.findOpen(id, 'extended');
    const rule = DEADLINE_RULES[item.kind];
    if (!rule.extension) {
      throw conflict(`A term under ${rule.legalSource} cannot be extended`, 'extension_not_allowed');
    }
    if (item.extended_due_on) throw conflict('This term was extended already: it may be only once', 'already_extended');
    const today = clinicDay(this.now());
    if (today > item.due_on) {
      throw conflict('The term has passed: an extension is notified before its last day', 'extension_too_late');
    }
    const words = reason.trim();
    if (words.length < MIN_REASON_LENGTH) {
      throw badRequest(
        `State the reason for the extension (at least ${MIN_REASON_LENGTH} characters)`,
        { reason: 'Too short' },
        { reason: 'too_small' },
      );
    }
    const due = dueDates(loadWorkingCalendar(this.db), rule, item.opened_on, true);
    const extended = { ...columns(due), extended_due_on: due.extended_due_on! };
    if (!repo.setExtension(this.db, id, extended, today, ctx.actor.login)) {
      throw conflict('This term was extended already: it may be only once', 'already_extended');
    }
    this.audit.recordWithin(ctx, {
      action: 'deadline.extended',
      entityType: 'deadline',
      entityId: id,
      subjectId: item.subject_id,
      details: { kind: item.kind, due_on: due.due_on, extended_due_on: due.extended_due_on, extended_on: today },
      // Without a subject (a letter not yet identified) there is no key to seal the reason for the log with: the
      // letter keeps it under its own key.
      ...sealedWords(item, { reason: words }),
    });
    return this.get(id);
  }

  /**
   * The due date the one extension would give this item on the calendar as it is now (what the notice announces),
   * or null when its rule has no extension.
   */
  extendedDueOn(id: number): string | null {
    const item = this.get(id);
    const rule = DEADLINE_RULES[item.kind];
    if (!rule.extension || isHoursTerm(rule.term)) return null;
    return dueDates(loadWorkingCalendar(this.db), rule, item.opened_on, true).extended_due_on;
  }

  /** The open destruction terms of a subject, or of the letter a destruction names. */
  openDestroyItemIds(subjectId: number, letterId: number | null): number[] {
    return repo.openDestroyItems(this.db, subjectId, letterId);
  }

  /** Closes an item today with a reason code; closed after the date that counts, it reads as closed late. */
  closeWithin(ctx: RequestContext, id: number, close: CloseDeadline): DeadlineItem {
    requireTransaction(this.db, 'DeadlineService.closeWithin');
    if (!DEADLINE_CLOSE_REASONS.includes(close.reason)) {
      throw badRequest('Unknown reason for closing', {
        reason: `Expected one of: ${DEADLINE_CLOSE_REASONS.join(', ')}`,
      });
    }
    const item = this.findOpen(id, 'closed');
    // A term in hours is met at a moment, not on a day: closing it "today" means now.
    if (item.due_at !== null) {
      if (close.on !== undefined) throw new Error('A term in hours is closed at a moment: use closeAtWithin');
      return this.closeAtWithin(ctx, id, this.now(), close.reason);
    }
    const today = clinicDay(this.now());
    const closedOn = close.on ?? today;
    if (!isCalendarDate(closedOn) || closedOn > today || closedOn < item.opened_on) {
      throw badRequest('The day a term was met lies between its day of receipt and today', {
        closed_on: 'Expected a date between the day of receipt and today',
      });
    }
    if (!repo.closeDeadline(this.db, id, closedOn, ctx.actor.login, close.reason)) throw deadlineClosed('closed');
    const effectiveDue = item.extended_due_on ?? item.due_on;
    const note = close.note?.trim();
    this.audit.recordWithin(ctx, {
      action: 'deadline.closed',
      entityType: 'deadline',
      entityId: id,
      subjectId: item.subject_id,
      details: {
        kind: item.kind,
        close_reason: close.reason,
        closed_on: closedOn,
        due_on: effectiveDue,
        late: closedOn > effectiveDue,
      },
      ...(note ? sealedWords(item, { note }) : {}),
    });
    return this.get(id);
  }

  /**
   * Recounts every open item on the calendar as it is now (the calendar changed: audit entry `causeAuditId`). Only
   * items whose dates moved are written and audited; closed items keep the dates they were judged by.
   */
  recomputeOpenWithin(ctx: RequestContext, causeAuditId: number): number {
    requireTransaction(this.db, 'DeadlineService.recomputeOpenWithin');
    const calendar = loadWorkingCalendar(this.db);
    let moved = 0;
    for (const item of repo.openDeadlines(this.db)) {
      if (item.due_at !== null) continue;
      const due = dueDates(calendar, DEADLINE_RULES[item.kind], item.opened_on, item.extended_due_on !== null);
      const next = columns(due);
      if (
        next.due_on === item.due_on &&
        next.extended_due_on === item.extended_due_on &&
        next.calendar_incomplete === item.calendar_incomplete
      ) {
        continue;
      }
      repo.setDueDates(this.db, item.id, next);
      this.audit.recordWithin(ctx, {
        action: 'deadline.recomputed',
        entityType: 'deadline',
        entityId: item.id,
        subjectId: item.subject_id,
        details: {
          kind: item.kind,
          cause_audit_id: causeAuditId,
          changes: {
            due_on: { from: item.due_on, to: next.due_on },
            extended_due_on: { from: item.extended_due_on, to: next.extended_due_on },
            calendar_incomplete: { from: !!item.calendar_incomplete, to: due.calendar_incomplete },
          },
        },
      });
      moved++;
    }
    return moved;
  }

  private findOpen(id: number, verb: ClosedVerb): repo.DeadlineRow {
    const item = repo.findDeadline(this.db, id, this.clock());
    if (!item) throw notFound('Deadline item');
    if (item.closed_on) throw deadlineClosed(verb);
    return item;
  }

  /** Today, and the last day an open item counts as due soon; now, and the last due moment that counts so. */
  private clock(): repo.StateClock {
    const now = this.now();
    const today = clinicDay(now);
    const soon = loadWorkingCalendar(this.db).addWorkingDays(today, DUE_SOON_WORKING_DAYS).date;
    const soonAt = new Date(now.getTime() + DUE_SOON_HOURS * 3_600_000).toISOString();
    return { today, soon, now: now.toISOString(), soonAt };
  }
}

function toRecord(row: repo.DeadlineListRow, today: string): DeadlineItem {
  const rule = DEADLINE_RULES[row.kind];
  return {
    ...row,
    calendar_incomplete: !!row.calendar_incomplete,
    term_days: isHoursTerm(rule.term) ? rule.term.hours : rule.term.days,
    term_unit: rule.term.unit,
    legal_source: rule.legalSource,
    extendable: !!rule.extension && !row.extended_due_on && !row.closed_on && today <= row.due_on,
  };
}

const columns = (due: DueDates): repo.DueColumns => ({
  due_on: due.due_on,
  extended_due_on: due.extended_due_on,
  calendar_incomplete: due.calendar_incomplete ? 1 : 0,
});

type ClosedVerb = 'extended' | 'closed' | 'recounted';

function deadlineClosed(verb: ClosedVerb) {
  return conflict(`This deadline item is closed and cannot be ${verb}`, 'deadline_closed');
}

/**
 * Words about an item are sealed with its subject's key. An item of a letter whose sender is not identified has no
 * subject: the words are left out of the log (never written in plain), and the letter keeps them under its own key.
 */
function sealedWords(item: repo.DeadlineRow, words: Record<string, string>) {
  if (item.subject_id !== null) return { personalDetails: words };
  if (item.letter_id === null) throw new Error('A deadline item without a subject or a letter cannot keep words');
  return {};
}
