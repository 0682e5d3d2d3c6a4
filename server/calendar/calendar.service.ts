import type { Db } from '../db/connection.js';
import type { CalendarDate, CalendarDay, CalendarYear, WorkingDaysCount } from '../contract/index.js';
import { inWriteTransaction } from '../db/groupCommit.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { ListQuery } from '../shared/listQuery.js';
import { badRequest, conflict, notFound } from '../shared/errors.js';
import * as repo from './calendar.repo.js';
import { isWeekday } from './workingCalendar.js';
import type { DayInput } from './calendar.schema.js';

/**
 * What was counted on the calendar and must be counted again when it changes (the deadline items). It is handed in
 * rather than imported, so that the calendar, which the deadlines count on, depends on nothing of theirs.
 */
export interface CalendarDependent {
  /** Recounts inside the caller's transaction after the change that audit entry `causeAuditId` records. */
  recomputeOpenWithin(ctx: RequestContext, causeAuditId: number): number;
}

/** A term from `from`: one of the two counts is given (the route's schema checks it). */
interface TermQuery {
  from: string;
  working_days?: number;
  calendar_days?: number;
}

/**
 * The production calendar: the administrator keeps the days that differ from a plain week, and the years whose
 * decree is entered. Every change is audited (no personal data: dates and the decree's words) and recounts the due
 * dates of open deadline items in the same transaction, so a due date is never read against an older calendar.
 */
export class CalendarService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly dependent: CalendarDependent,
    private readonly now: () => Date,
  ) {}

  list(q: ListQuery) {
    return repo.listDays(this.db, q);
  }

  get(date: string): CalendarDay {
    const row = repo.findDay(this.db, date);
    if (!row) throw notFound('Calendar day');
    return row;
  }

  create(ctx: RequestContext, date: string, input: DayInput): Promise<CalendarDay> {
    return inWriteTransaction(this.db, () => {
      if (repo.findDay(this.db, date)) {
        throw conflict(`${date} is already in the calendar: change that day instead`, 'calendar_day_exists', {
          errors: { date: 'This date is already in the calendar' },
        });
      }
      assertKindFits(date, input);
      repo.insertDay(this.db, date, this.stamp(ctx, input));
      this.changedWithin(ctx, 'calendar_day', date, null, input);
      return this.get(date);
    });
  }

  update(ctx: RequestContext, date: string, input: DayInput): Promise<CalendarDay> {
    return inWriteTransaction(this.db, () => {
      const current = this.get(date);
      if (current.kind === input.kind && current.note === input.note) return current;
      assertKindFits(date, input);
      repo.updateDay(this.db, date, this.stamp(ctx, input));
      this.changedWithin(ctx, 'calendar_day', date, pick(current), input);
      return this.get(date);
    });
  }

  /** The date becomes a plain day of its week again. Answers the day as it was. */
  remove(ctx: RequestContext, date: string): Promise<CalendarDay> {
    return inWriteTransaction(this.db, () => {
      const current = this.get(date);
      repo.deleteDay(this.db, date);
      this.changedWithin(ctx, 'calendar_day', date, pick(current), null);
      return current;
    });
  }

  years(): CalendarYear[] {
    return repo.listYears(this.db);
  }

  /** Declares a year's calendar entered (or changes its basis): from then on terms across it are not flagged. */
  putYear(ctx: RequestContext, year: number, input: { status: CalendarYear['status']; basis: string }) {
    return inWriteTransaction(this.db, () => {
      const current = repo.findYear(this.db, year);
      const before = current ? { status: current.status, basis: current.basis } : null;
      if (before?.status === input.status && before.basis === input.basis) return current!;
      repo.upsertYear(this.db, year, { ...input, ...this.stamped(ctx) });
      this.changedWithin(ctx, 'calendar_year', year, before, input);
      return repo.findYear(this.db, year)!;
    });
  }

  /** The year is no longer covered: terms across it are counted on plain weekdays and flagged. */
  removeYear(ctx: RequestContext, year: number) {
    return inWriteTransaction(this.db, () => {
      const current = repo.findYear(this.db, year);
      if (!current) throw notFound('Calendar year');
      repo.deleteYear(this.db, year);
      this.changedWithin(ctx, 'calendar_year', year, { status: current.status, basis: current.basis }, null);
      return current;
    });
  }

  /** The same count the deadlines make: working days from `from` to `to`, both included. */
  workingDays(from: string, to: string): WorkingDaysCount {
    return repo.loadWorkingCalendar(this.db).countWorkingDays(from, to);
  }

  /** The same count the deadlines make: the day a term of N working or N calendar days from `from` ends on. */
  add(query: TermQuery): CalendarDate {
    const calendar = repo.loadWorkingCalendar(this.db);
    if (query.working_days !== undefined) return calendar.addWorkingDays(query.from, query.working_days);
    return calendar.addCalendarDays(query.from, query.calendar_days!);
  }

  private changedWithin(
    ctx: RequestContext,
    entityType: 'calendar_day' | 'calendar_year',
    entityId: string | number,
    before: object | null,
    after: object | null,
  ): void {
    const auditId = this.audit.recordWithin(ctx, {
      action: 'calendar.changed',
      entityType,
      entityId,
      details: { [entityType === 'calendar_day' ? 'date' : 'year']: entityId, before, after },
    });
    this.dependent.recomputeOpenWithin(ctx, auditId);
  }

  private stamped(ctx: RequestContext) {
    return { updated_at: this.now().toISOString(), updated_by: ctx.actor.login };
  }

  private stamp(ctx: RequestContext, input: DayInput): repo.DayFields {
    return { kind: input.kind, note: input.note, ...this.stamped(ctx) };
  }
}

const pick = (day: CalendarDay): DayInput => ({ kind: day.kind, note: day.note });

/** A Monday–Friday is worked without a row: a 'working_day' row is for a Saturday or Sunday made one. */
function assertKindFits(date: string, input: DayInput): void {
  if (input.kind === 'working_day' && isWeekday(date)) {
    throw badRequest(
      'A Monday to Friday is a working day without an entry: working_day is for a Saturday or Sunday',
      { kind: 'Only a Saturday or Sunday is made a working day' },
      { kind: 'weekday_working_day' },
    );
  }
}
