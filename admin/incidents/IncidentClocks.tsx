import { Box, Card, CardContent, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatMoscowMinute } from '../common/moscowTime';
import { INCIDENT_NOTICE_HOURS, INCIDENT_NOTICE_KINDS } from '../types';
import type { IncidentDetailRecord } from './incidentTypes';
import { NoticeClock, noticeTimes } from './NoticeClock';

/** The two clocks side by side: which notice, due when (Moscow), and the countdown, renewed each minute. */
export const IncidentClocks = () => {
  const incident = useRecordContext<IncidentDetailRecord>();
  const translate = useTranslate();
  if (!incident) return null;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, gap: 2 }}>
      {INCIDENT_NOTICE_KINDS.map((kind) => {
        const { dueAt, sentAt } = noticeTimes(incident, kind);
        return (
          <Card key={kind} variant="outlined" data-testid={`clock-${kind}`}>
            <CardContent>
              <Typography variant="subtitle2" component="h3">
                {translate(`resources.incidents.notice.${kind}`)}
              </Typography>
              <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
                {translate('resources.incidents.clock.due', {
                  at: formatMoscowMinute(dueAt),
                  hours: INCIDENT_NOTICE_HOURS[kind],
                })}
              </Typography>
              <Typography variant="h6" component="p">
                <NoticeClock incident={incident} kind={kind} />
              </Typography>
              {sentAt && (
                <Typography variant="caption" color="text.secondary">
                  {translate('resources.incidents.clock.reference', {
                    reference:
                      (kind === 'notice_24h' ? incident.notice_24h_reference : incident.results_72h_reference) ?? '',
                  })}
                </Typography>
              )}
            </CardContent>
          </Card>
        );
      })}
    </Box>
  );
};
