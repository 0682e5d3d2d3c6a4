import { Router } from 'express';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { CalendarService } from './calendar.service.js';
import { requirePermission } from '../http/auth.js';
import { sendPage, parseListQuery, type ListContract } from '../http/listQuery.js';
import { requestContext } from '../http/context.js';
import { validate } from '../http/validate.js';
import { badRequest } from '../shared/errors.js';
import {
  addQuery,
  calendarListFilters,
  createDayBody,
  dateParam,
  updateDayBody,
  workingDaysQuery,
  yearBody,
  yearParam,
} from './calendar.schema.js';

const listContract: ListContract = {
  resource: 'calendar',
  sortFields: ['id', 'date', 'kind'],
  defaultSort: ['date', 'ASC'],
  filters: calendarListFilters,
};

/** /api/calendar: everyone signed in reads and counts; the administrator changes days and years. */
export function calendarRoutes(calendar: CalendarService, audit: AuditWriter): Router {
  const router = Router();

  router.get('/', requirePermission(audit, 'calendar.list'), (req, res) => {
    const q = parseListQuery(req, listContract);
    sendPage(res, 'calendar', q, calendar.list(q));
  });

  // The counts the deadlines make, for the SPA to show before anything is opened.
  router.get('/working-days', requirePermission(audit, 'calendar.list'), (req, res) => {
    const { from, to } = validate(workingDaysQuery, req.query, 'query');
    res.json(calendar.workingDays(from, to));
  });

  router.get('/add', requirePermission(audit, 'calendar.list'), (req, res) => {
    res.json(calendar.add(validate(addQuery, req.query, 'query')));
  });

  router.get('/years', requirePermission(audit, 'calendar.list'), (_req, res) => {
    res.json(calendar.years());
  });

  router.put('/years/:year', requirePermission(audit, 'calendar.edit'), async (req, res) => {
    const { year } = validate(yearParam, req.params, 'year');
    res.json(await calendar.putYear(requestContext(req, res), year, validate(yearBody, req.body)));
  });

  router.delete('/years/:year', requirePermission(audit, 'calendar.delete'), async (req, res) => {
    const { year } = validate(yearParam, req.params, 'year');
    res.json(await calendar.removeYear(requestContext(req, res), year));
  });

  router.get('/:id', requirePermission(audit, 'calendar.show'), (req, res) => {
    res.json(calendar.get(validate(dateParam, req.params, 'id').id));
  });

  router.post('/', requirePermission(audit, 'calendar.create'), async (req, res) => {
    const { date, kind, note } = validate(createDayBody, req.body);
    res.status(201).json(await calendar.create(requestContext(req, res), date, { kind, note }));
  });

  router.put('/:id', requirePermission(audit, 'calendar.edit'), async (req, res) => {
    const { id } = validate(dateParam, req.params, 'id');
    const { date, kind, note } = validate(updateDayBody, req.body);
    if (date !== undefined && date !== id) {
      throw badRequest('The date is the record’s id: delete this day and add the other date', {
        date: 'Cannot be changed',
      });
    }
    res.json(await calendar.update(requestContext(req, res), id, { kind, note }));
  });

  router.delete('/:id', requirePermission(audit, 'calendar.delete'), async (req, res) => {
    res.json(await calendar.remove(requestContext(req, res), validate(dateParam, req.params, 'id').id));
  });

  return router;
}
