import CalendarIcon from '@mui/icons-material/CalendarMonth';
import { lazyView } from '../common/lazyView';
import { formatDate } from '../common/format';
import type { CalendarDay } from '../types';

// Every row is in the list (date, kind, note, who changed it): no show page.
export default {
  list: lazyView(() => import('./CalendarList'), 'CalendarList'),
  show: undefined,
  edit: lazyView(() => import('./CalendarEdit'), 'CalendarEdit'),
  create: lazyView(() => import('./CalendarCreate'), 'CalendarCreate'),
  icon: CalendarIcon,
  recordRepresentation: (day: CalendarDay) => formatDate(day.date),
};
