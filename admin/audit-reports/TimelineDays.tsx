import { Box, Chip, Typography } from '@mui/material';
import { Link, RecordContextProvider, useTranslate } from 'react-admin';
import { AuditDetailsSummary, actionLabelKey } from '../audit-log/auditFields';
import { formatDate } from '../common/format';
import { formatMoscowTimestamp } from '../common/moscowTime';
import type { SubjectTimelineEntry } from '../types';

/** The entries under a heading per Moscow day, oldest first: what happened to the subject, in order. */
export const TimelineDays = ({ entries }: { entries: SubjectTimelineEntry[] }) => {
  const translate = useTranslate();
  return (
    <Box
      component="section"
      aria-label={translate('pd.audit_reports.timeline.entries')}
      sx={{ display: 'grid', gap: 2 }}
    >
      {byDay(entries).map(([day, ofDay]) => (
        <Box key={day} sx={{ minWidth: 0 }}>
          <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
            {formatDate(day)}
          </Typography>
          <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}>
            {ofDay.map((entry) => (
              <RecordContextProvider key={entry.id} value={entry}>
                <TimelineEntry entry={entry} />
              </RecordContextProvider>
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
};

/** One entry: the time, its kind, the action as a link to the entry, who, and its clear summary. */
const TimelineEntry = ({ entry }: { entry: SubjectTimelineEntry }) => {
  const translate = useTranslate();
  return (
    <Box
      component="li"
      sx={{
        display: 'grid',
        gridTemplateColumns: '5rem 10rem minmax(0, 1fr)',
        columnGap: 2,
        alignItems: 'baseline',
        borderBottom: 1,
        borderColor: 'divider',
        pb: 1,
      }}
    >
      <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatMoscowTimestamp(entry.at).slice(11)}
      </Typography>
      <Box>
        <Chip size="small" variant="outlined" label={translate(`pd.audit_reports.timeline.kinds.${entry.kind}`)} />
      </Box>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2" component="span" sx={{ mr: 1 }}>
          <Link
            to={`/audit-log/${entry.id}/show`}
            title={translate('pd.audit_reports.timeline.entry_number', { id: entry.id })}
          >
            {translate(actionLabelKey(entry.action), { _: entry.action })}
          </Link>
        </Typography>
        <Typography variant="body2" component="span" color="text.secondary">
          {entry.actor_login}
        </Typography>
        <AuditDetailsSummary />
      </Box>
    </Box>
  );
};

const MOSCOW_OFFSET_MS = 3 * 3_600_000;

/** Entries grouped by their Moscow day (UTC+3 all year), in the order they came. */
const byDay = (entries: SubjectTimelineEntry[]): [string, SubjectTimelineEntry[]][] => {
  const days = new Map<string, SubjectTimelineEntry[]>();
  for (const entry of entries) {
    const day = new Date(Date.parse(entry.at) + MOSCOW_OFFSET_MS).toISOString().slice(0, 10);
    days.set(day, [...(days.get(day) ?? []), entry]);
  }
  return [...days.entries()];
};
