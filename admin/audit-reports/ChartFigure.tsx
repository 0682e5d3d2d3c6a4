import { useId, type ReactNode } from 'react';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Alert, Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { VisuallyHidden } from '../common/VisuallyHidden';

export interface ChartFigureProps {
  /** The caption, an i18n key. */
  title: string;
  /** The text alternative: what the chart shows, in words (already translated). */
  description: string;
  /** Shown instead of the chart and its table when there is nothing to draw (an i18n key). */
  empty?: string;
  hasData: boolean;
  testId: string;
  chart: ReactNode;
  /** The same numbers as a table, folded away under the chart: read on demand, not in the way of the picture. */
  table: ReactNode;
  note?: ReactNode;
}

/** A chart as a figure: its caption names it, a hidden text tells it to screen readers, a table holds its numbers. */
export const ChartFigure = ({ title, description, empty, hasData, testId, chart, table, note }: ChartFigureProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const descId = useId();
  return (
    <Box component="figure" sx={{ m: 0 }} aria-labelledby={titleId} aria-describedby={hasData ? descId : undefined}>
      <Typography id={titleId} component="figcaption" variant="subtitle1" sx={{ fontWeight: 500, mb: 1 }}>
        {translate(title)}
      </Typography>
      {!hasData ? (
        <Alert severity="info">{translate(empty ?? 'ra.navigation.no_results')}</Alert>
      ) : (
        <>
          <VisuallyHidden>
            <span id={descId}>{description}</span>
          </VisuallyHidden>
          <Box data-testid={testId} sx={{ width: '100%', minWidth: 0 }}>
            {chart}
          </Box>
          {note}
          <Accordion disableGutters variant="outlined" sx={{ mt: 1 }}>
            <AccordionSummary expandIcon={<ExpandMoreIcon />}>
              <Typography variant="body2">{translate('pd.audit_reports.table.show')}</Typography>
            </AccordionSummary>
            <AccordionDetails sx={{ overflowX: 'auto', p: 0 }}>{table}</AccordionDetails>
          </Accordion>
        </>
      )}
    </Box>
  );
};
