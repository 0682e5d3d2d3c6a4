import { useState } from 'react';
import PersonIcon from '@mui/icons-material/Person';
import { Alert, Box, Button, Card, CardContent, Chip, Typography } from '@mui/material';
import { LinkBase, useTranslate } from 'react-admin';
import type { SubjectTimeline, TimelineKind } from '../types';
import { ExportTimelineButton } from './ExportTimelineButton';
import { TimelineDays } from './TimelineDays';

/**
 * The timeline: how many entries of each kind (the chips also narrow the days below to one kind), the CSV export,
 * then the entries day by day, each a link to its page in the log (opening it is an audited read).
 */
export const SubjectTimelineResult = ({ timeline }: { timeline: SubjectTimeline }) => {
  const translate = useTranslate();
  const [kind, setKind] = useState<TimelineKind | null>(null);
  const shown = kind ? timeline.entries.filter((e) => e.kind === kind) : timeline.entries;
  const id = timeline.subject_id;

  return (
    <Card variant="outlined">
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
            {translate('pd.audit_reports.timeline.heading', { id, total: timeline.total.toLocaleString('ru-RU') })}
          </Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
            <Button component={LinkBase} to={`/subjects/${id}/show`} startIcon={<PersonIcon />}>
              {translate('pd.audit_reports.timeline.open_subject')}
            </Button>
            {timeline.total > 0 && <ExportTimelineButton subjectId={id} />}
          </Box>
        </Box>
        {timeline.total === 0 ? (
          <Alert severity="info">{translate('pd.audit_reports.timeline.empty', { id })}</Alert>
        ) : (
          <>
            <KindChips timeline={timeline} selected={kind} onSelect={setKind} />
            {timeline.truncated && (
              <Alert severity="warning">
                {translate('pd.audit_reports.timeline.truncated', {
                  shown: timeline.entries.length.toLocaleString('ru-RU'),
                  total: timeline.total.toLocaleString('ru-RU'),
                })}
              </Alert>
            )}
            <TimelineDays entries={shown} />
          </>
        )}
      </CardContent>
    </Card>
  );
};

/** One chip per kind with its count; pressing one shows that kind alone, pressing it again shows all. */
const KindChips = ({
  timeline,
  selected,
  onSelect,
}: {
  timeline: SubjectTimeline;
  selected: TimelineKind | null;
  onSelect: (kind: TimelineKind | null) => void;
}) => {
  const translate = useTranslate();
  return (
    <Box
      role="group"
      aria-label={translate('pd.audit_reports.timeline.counts')}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}
    >
      {timeline.counts.map(({ kind, count }) => (
        <Chip
          key={kind}
          label={`${translate(`pd.audit_reports.timeline.kinds.${kind}`)} — ${count.toLocaleString('ru-RU')}`}
          color={selected === kind ? 'primary' : 'default'}
          variant={selected === kind ? 'filled' : 'outlined'}
          disabled={count === 0}
          aria-pressed={selected === kind}
          onClick={() => onSelect(selected === kind ? null : kind)}
        />
      ))}
    </Box>
  );
};
