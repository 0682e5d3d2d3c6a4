import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatMoscowMinute } from '../common/moscowTime';
import { statusChip } from '../common/StatusChip';
import { ShowLink } from '../layout/lists';
import type { IncidentNoticeKind } from '../types';
import { NoticeClock } from './NoticeClock';
import type { IncidentRecord } from './incidentTypes';

/** Where the incident stands: open (nothing sent yet) in red, then the notices sent, closed receding. */
export const IncidentStatusChip = statusChip(
  'incidents',
  { open: 'error', notified: 'warning', investigated: 'info', closed: 'default' },
  ['closed'],
);

/** The number (ИНЦ-2026-001) as the row's keyboard link. */
export const IncidentNumberLink = (_props: { source?: string; label?: string }) => {
  const incident = useRecordContext<IncidentRecord>();
  if (!incident) return null;
  return (
    <ShowLink>
      <span style={{ whiteSpace: 'nowrap' }}>{incident.number}</span>
    </ShowLink>
  );
};

/** An instant of the incident on the clinic's clock (Moscow), to the minute: the law counts its hours from it. */
export const MoscowMinuteField = ({ source }: { source: keyof IncidentRecord & string; label?: string }) => {
  const incident = useRecordContext<IncidentRecord>();
  const translate = useTranslate();
  const value = incident?.[source] as string | null | undefined;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {value ? formatMoscowMinute(value) : translate('pd.common.empty')}
    </Typography>
  );
};

/** «Да» in red (a leak of health data is the costliest offence, КоАП 13.11 ч. 15), «Нет» plainly. */
export const HealthDataField = (_props: { source?: string; label?: string }) => {
  const incident = useRecordContext<IncidentRecord>();
  const translate = useTranslate();
  if (!incident) return null;
  return (
    <Typography
      component="span"
      variant="body2"
      sx={incident.health_data ? { color: 'error.main', fontWeight: 600 } : undefined}
    >
      {translate(incident.health_data ? 'resources.incidents.health.yes' : 'resources.incidents.health.no')}
    </Typography>
  );
};

/** Subjects affected: the estimate, and the confirmed number once known («120 / 87»). */
export const SubjectsCountField = (_props: { source?: string; label?: string }) => {
  const incident = useRecordContext<IncidentRecord>();
  const translate = useTranslate();
  if (!incident) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {translate('resources.incidents.subjects_count', {
        estimated: incident.subjects_estimated,
        confirmed: incident.subjects_confirmed ?? translate('pd.common.empty'),
      })}
    </Typography>
  );
};

/** A list column: one notice's clock. */
export const noticeClockColumn = (kind: IncidentNoticeKind) => {
  const Column = (_props: { source?: string; label?: string }) => {
    const incident = useRecordContext<IncidentRecord>();
    if (!incident) return null;
    return <NoticeClock kind={kind} incident={incident} wraps />;
  };
  return Column;
};

/** The categories of data concerned, in words. */
export const CategoriesField = (_props: { source?: string; label?: string }) => {
  const incident = useRecordContext<IncidentRecord>();
  const translate = useTranslate();
  if (!incident) return null;
  const words = incident.categories.map((category) =>
    translate(`resources.incidents.category.${category}`, { _: category }),
  );
  return (
    <Typography component="span" variant="body2">
      {words.length ? words.join(', ') : translate('pd.common.empty')}
    </Typography>
  );
};

/** How it was found, and the flag's number when an audit flag raised it. */
export const SourceField = (_props: { source?: string; label?: string }) => {
  const incident = useRecordContext<IncidentRecord>();
  const translate = useTranslate();
  if (!incident) return null;
  const source = translate(`resources.incidents.source.${incident.source}`, { _: incident.source });
  return (
    <Typography component="span" variant="body2">
      {incident.source_flag_id ? `${source} (№ ${incident.source_flag_id})` : source}
    </Typography>
  );
};
