import {
  Alert,
  Box,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import type { PdDataProvider } from '../providers/dataProvider';
import { useCan } from '../providers/useCan';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { CalendarYearButton } from './CalendarYearDialog';

/** The calendar's years (GET /api/calendar/years), under the resource's key so that a change of a day refreshes them. */
export const useCalendarYears = () => {
  const dataProvider = useDataProvider<PdDataProvider>();
  return useQuery({ queryKey: ['calendar', 'years'], queryFn: () => dataProvider.getCalendarYears() });
};

/**
 * Which years the calendar covers, on what basis (the decree, official or as reported) and with how many dates: a
 * term across a year not covered is counted on plain weekdays and flagged «календарь не заполнен».
 */
export const CalendarYears = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useCalendarYears();
  const { canAccess: canEdit } = useCan('calendar.edit');
  if (isPending) return null;
  if (error) return <Alert severity="error">{translate('resources.calendar.years.failed')}</Alert>;
  return (
    <Card component="section" sx={{ mt: 2 }} aria-labelledby="calendar-years-title">
      <CardContent>
        <Typography id="calendar-years-title" variant="subtitle1" component="h2" sx={{ fontWeight: 500, mb: 1 }}>
          {translate('resources.calendar.years.title')}
        </Typography>
        {data.length === 0 ? (
          <Alert severity="warning">{translate('resources.calendar.years.none')}</Alert>
        ) : (
          <Table size="small" aria-labelledby="calendar-years-title" sx={{ mb: 1 }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.calendar.years.year')}</TableCell>
                <TableCell>{translate('resources.calendar.years.status')}</TableCell>
                <TableCell>{translate('resources.calendar.years.basis')}</TableCell>
                <TableCell align="right">{translate('resources.calendar.years.days')}</TableCell>
                <TableCell>{translate('resources.calendar.years.covered')}</TableCell>
                {canEdit && (
                  <TableCell>
                    <VisuallyHidden>{translate('resources.calendar.years.actions')}</VisuallyHidden>
                  </TableCell>
                )}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((year) => (
                <TableRow key={year.year} data-testid={`calendar-year-${year.year}`}>
                  <TableCell sx={{ fontWeight: 500 }}>{year.year}</TableCell>
                  <TableCell>
                    {translate(`resources.calendar.years.status_${year.status}`, { _: year.status })}
                  </TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{year.basis}</TableCell>
                  <TableCell align="right">{year.days}</TableCell>
                  <TableCell
                    sx={{ color: year.covered ? undefined : 'error.main', fontWeight: year.covered ? undefined : 600 }}
                  >
                    {translate(year.covered ? 'resources.calendar.years.yes' : 'resources.calendar.years.no')}
                  </TableCell>
                  {canEdit && (
                    <TableCell align="right">
                      <CalendarYearButton year={year} nextYear={year.year} />
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ flex: '1 1 20rem' }}>
            {translate('resources.calendar.years.note')}
          </Typography>
          {canEdit && (
            <CalendarYearButton nextYear={Math.max(new Date().getFullYear(), ...data.map((y) => y.year)) + 1} />
          )}
        </Box>
      </CardContent>
    </Card>
  );
};
