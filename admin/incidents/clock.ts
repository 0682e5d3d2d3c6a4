// The two clocks of an incident (152-FZ art. 21 p.3.1): hours, not working days, from the moment of detection. Pure,
// so that the screens, the dashboard and a test count them the same way.
import { formatMoscowMinute } from '../common/moscowTime';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const MINUTE_MS = 60_000;

/** Where a notice's clock stands at `now`: sent (and when), running, or past its due moment. */
export type ClockState = 'sent' | 'running' | 'overdue';

export interface Clock {
  state: ClockState;
  /** «осталось 5 ч 12 мин», «просрочено на 2 ч», «отправлено 07.03.2026 14:05». */
  text: string;
}

/** Whole hours and minutes (cut down: 23 h 59 min 59 s left is «23 ч 59 мин», never rounded up to the full day). */
export const durationText = (translate: Translate, milliseconds: number): string => {
  const minutes = Math.floor(Math.abs(milliseconds) / MINUTE_MS);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    hours > 0 ? translate('resources.incidents.clock.hours', { count: hours }) : null,
    rest > 0 || hours === 0 ? translate('resources.incidents.clock.minutes', { count: rest }) : null,
  ];
  return parts.filter(Boolean).join(' ');
};

/**
 * A notice's clock: once sent, when it went (Moscow time); before that, the time left to its due moment or how long
 * it is overdue. Past the due moment it is overdue at once: the law's 24 hours have run out.
 */
export const noticeClock = (translate: Translate, dueAt: string, sentAt: string | null, now: number): Clock => {
  if (sentAt) {
    return { state: 'sent', text: translate('resources.incidents.clock.sent', { at: formatMoscowMinute(sentAt) }) };
  }
  const left = Date.parse(dueAt) - now;
  if (left > 0) {
    const text =
      left < MINUTE_MS
        ? translate('resources.incidents.clock.under_a_minute')
        : translate('resources.incidents.clock.left', { duration: durationText(translate, left) });
    return { state: 'running', text };
  }
  if (left > -MINUTE_MS) return { state: 'overdue', text: translate('resources.incidents.clock.due_now') };
  return {
    state: 'overdue',
    text: translate('resources.incidents.clock.overdue', { duration: durationText(translate, left) }),
  };
};
