import ErrorIcon from '@mui/icons-material/ErrorOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { Typography } from '@mui/material';
import { useFieldValue, useRecordContext, useTranslate } from 'react-admin';
import { statusChip } from '../common/StatusChip';
import { formatMoscowMinute } from '../common/moscowTime';
import { formatDate } from '../common/format';
import { ShowLink, WithCaption } from '../layout/lists';
import type { DeadlineItem, DeadlineState } from '../types';

/** A term's state on the clinic's today: open, due within 3 working days (amber), overdue (red), closed, closed late. */
export const DeadlineStateChip = statusChip(
  'deadlines',
  { open: 'info', due_soon: 'warning', overdue: 'error', closed: 'success', closed_late: 'error' },
  ['closed', 'closed_late'],
);

/** The colour a due date is written in: amber when it is near, red when it has passed; the words say it too. */
const DUE_COLORS: Partial<Record<DeadlineState, string>> = { due_soon: 'warning.main', overdue: 'error.main' };

/**
 * A due date in the colour of its state, with an icon and the state in words beside it (colour is never the only
 * sign), and the «календарь не заполнен» flag when the date was counted on plain weekdays.
 */
export const DueDate = ({
  date,
  at,
  state,
  incomplete = false,
  caption,
  stateInWords = true,
}: {
  date: string | null | undefined;
  /** For a term in hours: the moment it ends (ISO), shown with its time on the clinic's clock instead of the day. */
  at?: string | null;
  state: DeadlineState | null | undefined;
  incomplete?: boolean;
  caption?: string;
  /** The state under the date; false where a state chip stands beside it. */
  stateInWords?: boolean;
}) => {
  const translate = useTranslate();
  if (!date) return <Typography variant="body2">{translate('pd.common.empty')}</Typography>;
  const color = state ? DUE_COLORS[state] : undefined;
  const Icon = state === 'overdue' ? ErrorIcon : state === 'due_soon' ? ScheduleIcon : null;
  const lines = [
    stateInWords && color && state ? translate(`resources.deadlines.status.${state}`) : null,
    caption,
    incomplete ? translate('resources.deadlines.calendar_incomplete') : null,
  ].filter(Boolean);
  return (
    <WithCaption caption={lines.length ? lines.join(' · ') : undefined}>
      <Typography
        component="span"
        variant="body2"
        sx={{ color, fontWeight: color ? 600 : undefined, whiteSpace: 'nowrap', display: 'inline-flex', gap: 0.5 }}
        data-state={state ?? undefined}
      >
        {Icon && <Icon sx={{ fontSize: '1.1rem' }} aria-hidden />}
        {at ? formatMoscowMinute(at) : formatDate(date)}
      </Typography>
    </WithCaption>
  );
};

/** An item's due date: the extended one if the term was extended (the first one under it), in its state's colour. */
export const DeadlineDueField = ({
  stateInWords = true,
}: {
  source?: string;
  label?: string;
  stateInWords?: boolean;
}) => {
  const record = useRecordContext<DeadlineItem>();
  const translate = useTranslate();
  if (!record) return null;
  const closed = record.state === 'closed' || record.state === 'closed_late';
  return (
    <DueDate
      date={record.effective_due_on}
      at={record.due_at}
      state={closed ? null : record.state}
      incomplete={record.calendar_incomplete}
      stateInWords={stateInWords}
      caption={
        record.extended_due_on
          ? translate('resources.deadlines.extended_from', { date: formatDate(record.due_on) })
          : undefined
      }
    />
  );
};

/**
 * «Уничтожить данные после отзыва согласия», and under it the term and its legal source as the server's rule gives
 * them. With `link`, the kind is the link to the item (the row's keyboard target); the caption stays plain text.
 */
export const DeadlineKindField = ({
  withSource = true,
  link = false,
}: {
  source?: string;
  label?: string;
  withSource?: boolean;
  link?: boolean;
}) => {
  const record = useRecordContext<DeadlineItem>();
  const translate = useTranslate();
  if (!record) return null;
  const name = translate(`resources.deadlines.kind.${record.kind}`, { _: record.kind });
  return (
    <WithCaption caption={withSource ? termText(translate, record) : undefined}>
      {link ? <ShowLink>{name}</ShowLink> : name}
    </WithCaption>
  );
};

/** «10 рабочих дней · ст. 21 ч. 5.1 152-ФЗ» (or «24 ч · ст. 21 ч. 3.1 152-ФЗ» for a term in hours), from the item (the server's rules table is the authority). */
export const termText = (translate: ReturnType<typeof useTranslate>, item: DeadlineItem) =>
  [translate(`resources.deadlines.term.${item.term_unit}`, { smart_count: item.term_days }), item.legal_source].join(
    ' · ',
  );

/** The kind of a deadline in words, where only the value is at hand. */
export const DeadlineKindText = ({ source = 'kind' }: { source?: string; label?: string }) => {
  const kind = useFieldValue({ source }) as string | undefined;
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2">
      {kind ? translate(`resources.deadlines.kind.${kind}`, { _: kind }) : translate('pd.common.empty')}
    </Typography>
  );
};

/** A day of the item, or, for a term in hours, the moment itself (DD.MM.YYYY HH:mm, Moscow). */
export const DayOrMomentField = ({
  day,
  moment,
}: {
  day: 'due_on' | 'closed_on';
  moment: 'due_at' | 'closed_at';
  label?: string;
}) => {
  const record = useRecordContext<DeadlineItem>();
  const translate = useTranslate();
  if (!record) return null;
  const text = record[moment] ? formatMoscowMinute(record[moment]) : formatDate(record[day]);
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {text || translate('pd.common.empty')}
    </Typography>
  );
};
