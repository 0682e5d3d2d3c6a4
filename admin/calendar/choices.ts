import { CALENDAR_DAY_KINDS } from '../types';

// Choice names are i18n keys; react-admin's inputs and fields translate them.
export const DAY_KIND_CHOICES = CALENDAR_DAY_KINDS.map((kind) => ({
  id: kind,
  name: `resources.calendar.kind.${kind}`,
}));
