import ErrorIcon from '@mui/icons-material/ErrorOutlined';
import CheckIcon from '@mui/icons-material/CheckCircleOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Incident, IncidentNoticeKind } from '../types';
import { noticeClock, type ClockState } from './clock';
import { useNow } from './useNow';

/** The due moment and the moment sent of each notice, as the record has them. */
export const noticeTimes = (
  incident: Pick<Incident, 'notice_24h_due_at' | 'notice_24h_sent_at' | 'results_72h_due_at' | 'results_72h_sent_at'>,
  kind: IncidentNoticeKind,
) =>
  kind === 'notice_24h'
    ? { dueAt: incident.notice_24h_due_at, sentAt: incident.notice_24h_sent_at }
    : { dueAt: incident.results_72h_due_at, sentAt: incident.results_72h_sent_at };

const COLORS: Record<ClockState, string | undefined> = {
  sent: 'success.main',
  running: undefined,
  overdue: 'error.main',
};
const ICONS = { sent: CheckIcon, running: ScheduleIcon, overdue: ErrorIcon };

/**
 * One notice's clock in words — «осталось 5 ч 12 мин», «просрочено на 2 ч» (red, with an icon: colour is never the only
 * sign), «отправлено 07.03.2026 14:05» — renewed each minute.
 */
export const NoticeClock = ({
  incident,
  kind,
  withName = false,
  wraps = false,
}: {
  incident: Pick<Incident, 'notice_24h_due_at' | 'notice_24h_sent_at' | 'results_72h_due_at' | 'results_72h_sent_at'>;
  kind: IncidentNoticeKind;
  /** «Уведомление (24 ч): …» where the column does not say which notice it is. */
  withName?: boolean;
  /** In a list's narrow column the words may break onto a second line rather than push the table sideways. */
  wraps?: boolean;
}) => {
  const translate = useTranslate();
  const now = useNow();
  const { dueAt, sentAt } = noticeTimes(incident, kind);
  const clock = noticeClock(translate, dueAt, sentAt, now);
  const Icon = ICONS[clock.state];
  return (
    <Typography
      component="span"
      variant="body2"
      data-clock={kind}
      data-state={clock.state}
      sx={{
        color: COLORS[clock.state],
        fontWeight: clock.state === 'overdue' ? 600 : undefined,
        display: 'inline-flex',
        alignItems: wraps ? 'flex-start' : 'center',
        gap: 0.5,
        whiteSpace: wraps ? 'normal' : 'nowrap',
      }}
    >
      <Icon sx={{ fontSize: '1.1rem' }} aria-hidden />
      <Box component="span">
        {withName ? `${translate(`resources.incidents.notice.${kind}`)}: ${clock.text}` : clock.text}
      </Box>
    </Typography>
  );
};
