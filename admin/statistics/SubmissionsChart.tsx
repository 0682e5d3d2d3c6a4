import { useId } from 'react';
import { Alert, Box, Typography } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useLocaleState, useTranslate } from 'react-admin';
import { SERVICES, type MonthByService, type Service } from '../types';

// A hand-drawn stacked bar chart (SVG): one bar per month, one colour per service.
// Small enough not to need a charting library; the numbers are also in the table below.

const WIDTH = 720;
const HEIGHT = 300;
const MARGIN = { top: 24, right: 16, bottom: 36, left: 44 };
const MAX_BAR_WIDTH = 56;

// Okabe–Ito colours: told apart also with the common colour-vision deficiencies.
const COLORS: Record<Service, string> = {
  appointment: '#0072B2',
  callback: '#E69F00',
  chat: '#009E73',
  consultation: '#CC79A7',
};

export const SubmissionsChart = ({ data }: { data: MonthByService[] }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const titleId = useId();
  const descId = useId();
  const serviceName = (service: Service) => translate(`resources.submissions.service.${service}`);
  const monthName = useMonthName(locale);
  const total = (row: MonthByService) => SERVICES.reduce((sum, service) => sum + (row[service] ?? 0), 0);
  const hasData = data.some(row => total(row) > 0);

  const { top, ticks } = scale(Math.max(0, ...data.map(total)));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const band = plotWidth / Math.max(data.length, 1);
  const barWidth = Math.min(MAX_BAR_WIDTH, band * 0.6);
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;

  return (
    <Box component="figure" sx={{ m: 0 }} aria-labelledby={titleId}>
      <Typography id={titleId} component="figcaption" variant="subtitle1" sx={{ fontWeight: 500, mb: 1 }}>
        {translate('pd.statistics.chart.title')}
      </Typography>
      {!hasData ? (
        <Alert severity="info">{translate('pd.statistics.chart.empty')}</Alert>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          data-testid="submissions-chart"
          style={{ width: '100%', maxWidth: WIDTH, height: 'auto', display: 'block', fontFamily: theme.typography.fontFamily }}
        >
          <desc id={descId}>
            {translate('pd.statistics.chart.description')}{' '}
            {data.map(row => `${monthName(row.month)}: ${total(row)}`).join('; ')}
          </desc>
          {ticks.map(tick => (
            <g key={tick}>
              <line
                x1={MARGIN.left}
                x2={WIDTH - MARGIN.right}
                y1={y(tick)}
                y2={y(tick)}
                stroke={theme.palette.divider}
                strokeDasharray={tick === 0 ? undefined : '3 3'}
              />
              <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={11} fill={theme.palette.text.secondary}>
                {tick}
              </text>
            </g>
          ))}
          {data.map((row, index) => {
            const x = MARGIN.left + band * index + (band - barWidth) / 2;
            let stacked = 0;
            return (
              <g key={row.month}>
                {SERVICES.map(service => {
                  const value = row[service] ?? 0;
                  if (value <= 0) return null;
                  const y0 = y(stacked);
                  stacked += value;
                  const y1 = y(stacked);
                  return (
                    <rect key={service} x={x} y={y1} width={barWidth} height={y0 - y1} fill={COLORS[service]}>
                      <title>
                        {translate('pd.statistics.chart.bar', {
                          service: serviceName(service),
                          month: monthName(row.month),
                          count: value,
                        })}
                      </title>
                    </rect>
                  );
                })}
                {stacked > 0 && (
                  <text x={x + barWidth / 2} y={y(stacked) - 4} textAnchor="middle" fontSize={11} fill={theme.palette.text.primary}>
                    {stacked}
                  </text>
                )}
                <text
                  x={MARGIN.left + band * index + band / 2}
                  y={HEIGHT - MARGIN.bottom + 16}
                  textAnchor="middle"
                  fontSize={11}
                  fill={theme.palette.text.secondary}
                >
                  {monthName(row.month)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <Box
        component="ul"
        aria-label={translate('pd.statistics.chart.legend')}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, listStyle: 'none', p: 0, my: 1 }}
      >
        {SERVICES.map(service => (
          <Box component="li" key={service} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
            <Box component="span" aria-hidden sx={{ width: 12, height: 12, borderRadius: 0.5, bgcolor: COLORS[service] }} />
            <Typography component="span" variant="body2">
              {serviceName(service)}
            </Typography>
          </Box>
        ))}
      </Box>
      <Typography variant="caption" color="text.secondary">
        {translate('pd.statistics.chart.suppressed_note')}
      </Typography>
    </Box>
  );
};

/** "2026-11" → «нояб. 2026 г.» / "Nov 2026". */
export const useMonthName = (locale: string) => {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' });
  return (month: string) => {
    const match = /^(\d{4})-(\d{2})$/.exec(month);
    return match ? format.format(new Date(Number(match[1]), Number(match[2]) - 1, 1)) : month;
  };
};

/** A round top for the axis (1, 2 or 5 × 10ⁿ steps) and its ticks. */
const scale = (max: number): { top: number; ticks: number[] } => {
  if (max <= 0) return { top: 1, ticks: [0, 1] };
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, ([1, 2, 5, 10].find(m => m * power >= rough) ?? 10) * power);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= top; tick += step) ticks.push(tick);
  return { top, ticks };
};
