import { CALENDAR_DAY_KINDS, CALENDAR_YEAR_STATUSES } from '../types';

// Choice names are i18n keys; react-admin's inputs and fields translate them.
export const DAY_KIND_CHOICES = CALENDAR_DAY_KINDS.map((kind) => ({
  id: kind,
  name: `resources.calendar.kind.${kind}`,
}));

export const CALENDAR_YEAR_STATUS_CHOICES = CALENDAR_YEAR_STATUSES.map((status) => ({
  id: status,
  name: `resources.calendar.years.status_${status}`,
}));
