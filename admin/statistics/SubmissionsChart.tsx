import { useId } from 'react';
import { Alert, Box, Typography } from '@mui/material';
import { BarChart, type BarSeries } from '@mui/x-charts/BarChart';
import { useLocaleState, useTranslate } from 'react-admin';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { SERVICES, type MonthByService, type Service } from '../types';

// A stacked bar chart (MUI X Charts): one bar per month, one colour per service. It draws only the
// values the server sent: a month × service total below the threshold is absent, not zero, and no bar
// is drawn for it. The same numbers, cell by cell, are in the table below.

// Okabe–Ito colours: told apart also with the common colour-vision deficiencies.
const COLORS: Record<Service, string> = {
  appointment: '#0072B2',
  callback: '#E69F00',
  chat: '#009E73',
  consultation: '#CC79A7',
};
// The value written on a bar, in whichever of white and black contrasts more with the bar (≥ 4.5:1 for all four).
const LABEL_COLORS: Record<Service, string> = {
  appointment: '#FFFFFF',
  callback: '#000000',
  chat: '#000000',
  consultation: '#000000',
};
const labelColors = Object.fromEntries(
  SERVICES.map((service) => [
    `& .MuiBarChart-seriesLabels[data-series="${service}"] .MuiBarChart-label`,
    { fill: LABEL_COLORS[service] },
  ]),
);

const HEIGHT = 320;

export const SubmissionsChart = ({ data }: { data: MonthByService[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const titleId = useId();
  const descId = useId();
  const serviceName = (service: Service) => translate(`resources.submissions.service.${service}`);
  const tickMonth = useMonthName(locale, 'numeric');
  const longMonth = useMonthName(locale, 'long');
  const total = (row: MonthByService) => SERVICES.reduce((sum, service) => sum + (row[service] ?? 0), 0);
  const hasData = data.some((row) => total(row) > 0);

  const series: BarSeries[] = SERVICES.map((service) => ({
    id: service,
    label: serviceName(service),
    color: COLORS[service],
    stack: 'submissions',
    // null, not 0: a suppressed or absent value gets no bar, no label and no tooltip row.
    data: data.map((row) => row[service] ?? null),
    valueFormatter: (value) => (value == null ? null : String(value)),
    // The value on the bar, unless the bar is too short to hold it (the tooltip and the table still have it).
    barLabel: (item, { bar }) => (item.value == null || bar.height < 16 ? null : String(item.value)),
  }));

  // The text alternative: what the chart shows, month by month, in words.
  const summary = data
    .filter((row) => total(row) > 0)
    .map((row) => {
      const parts = SERVICES.filter((service) => row[service] != null).map((service) =>
        translate('pd.statistics.chart.bar', { service: serviceName(service), count: row[service] }),
      );
      return translate('pd.statistics.chart.month_total', {
        month: longMonth(row.month),
        count: total(row),
        services: parts.join(', '),
      });
    })
    .join('; ');

  return (
    <Box component="figure" sx={{ m: 0 }} aria-labelledby={titleId} aria-describedby={hasData ? descId : undefined}>
      <Typography id={titleId} component="figcaption" variant="subtitle1" sx={{ fontWeight: 500, mb: 1 }}>
        {translate('pd.statistics.chart.title')}
      </Typography>
      {!hasData ? (
        <Alert severity="info">{translate('pd.statistics.chart.empty')}</Alert>
      ) : (
        <>
          <VisuallyHidden>
            <span id={descId}>
              {translate('pd.statistics.chart.description')} {summary}
            </span>
          </VisuallyHidden>
          <Box data-testid="submissions-chart" sx={{ width: '100%', maxWidth: 960 }}>
            <BarChart
              // The figures are read, not watched: a bar that grows would show a wrong height for a moment.
              skipAnimation
              height={HEIGHT}
              series={series}
              xAxis={[
                {
                  id: 'month',
                  scaleType: 'band',
                  data: data.map((row) => row.month),
                  // Bars about 100 px wide however few the months, down to a third of a gap when there are many.
                  categoryGapRatio: Math.min(0.88, Math.max(0.3, 1 - 0.12 * data.length)),
                  label: translate('pd.statistics.chart.axis_month'),
                  valueFormatter: (month: string, context) =>
                    context.location === 'tick' ? tickMonth(month) : longMonth(month),
                },
              ]}
              yAxis={[{ id: 'count', label: translate('pd.statistics.chart.axis_count'), tickMinStep: 1, width: 48 }]}
              grid={{ horizontal: true }}
              sx={labelColors}
              slotProps={{
                legend: { direction: 'horizontal', position: { vertical: 'bottom', horizontal: 'center' } },
              }}
              localeText={{
                noData: translate('pd.statistics.chart.empty'),
                loading: translate('ra.page.loading'),
                a11yNoValue: translate('pd.statistics.chart.no_value'),
              }}
            />
          </Box>
        </>
      )}
      <Typography variant="caption" color="text.secondary">
        {translate('pd.statistics.chart.suppressed_note')}
      </Typography>
    </Box>
  );
};

type MonthStyle = 'short' | 'numeric' | 'long';

const MONTH_FORMATS: Record<MonthStyle, Intl.DateTimeFormatOptions> = {
  short: { month: 'short', year: 'numeric' },
  numeric: { month: '2-digit', year: 'numeric' },
  long: { month: 'long', year: 'numeric' },
};

/** "2026-11" → «нояб. 2026 г.» / "Nov 2026"; numeric: «11.2026» / "11/2026"; long: «ноябрь 2026 г.» / "November 2026". */
export const useMonthName = (locale: string, style: MonthStyle = 'short') => {
  const format = new Intl.DateTimeFormat(locale, MONTH_FORMATS[style]);
  return (month: string) => {
    const match = /^(\d{4})-(\d{2})$/.exec(month);
    return match ? format.format(new Date(Number(match[1]), Number(match[2]) - 1, 1)) : month;
  };
};
