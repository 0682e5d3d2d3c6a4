import { useState } from 'react';
import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { StatisticsCell } from '../types';
import { useMonthName } from './SubmissionsChart';

type Dataset = 'all' | StatisticsCell['dataset'];

/** Every published cell as the server sent it; suppressed counts stay «<5». */
export const StatisticsCellsTable = ({ cells }: { cells: StatisticsCell[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const monthName = useMonthName(locale);
  const [dataset, setDataset] = useState<Dataset>('all');
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(25);
  const shown = dataset === 'all' ? cells : cells.filter((cell) => cell.dataset === dataset);
  const unknown = translate('pd.statistics.unknown');
  const sexName = (sex: string) =>
    sex === 'unknown' ? unknown : translate(`resources.subjects.sex.${sex}`, { _: sex });

  return (
    <Box>
      <Box
        sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: 1 }}
      >
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
          {translate('pd.statistics.table.title')}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={dataset}
          onChange={(_event, next: Dataset | null) => {
            if (next) {
              setDataset(next);
              setPage(0);
            }
          }}
          aria-label={translate('pd.statistics.table.dataset')}
        >
          <ToggleButton value="all">{translate('pd.statistics.table.all')}</ToggleButton>
          <ToggleButton value="submissions">{translate('pd.statistics.dataset.submissions')}</ToggleButton>
          <ToggleButton value="subjects">{translate('pd.statistics.dataset.subjects')}</ToggleButton>
        </ToggleButtonGroup>
      </Box>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={translate('pd.statistics.table.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('pd.statistics.table.dataset')}</TableCell>
              <TableCell>{translate('pd.statistics.table.service')}</TableCell>
              <TableCell>{translate('pd.statistics.table.month')}</TableCell>
              <TableCell>{translate('pd.statistics.table.age_band')}</TableCell>
              <TableCell>{translate('pd.statistics.table.sex')}</TableCell>
              <TableCell align="right">{translate('pd.statistics.table.count')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.slice(page * rowsPerPage, (page + 1) * rowsPerPage).map((cell) => (
              <TableRow key={`${cell.dataset}|${cell.service}|${cell.month}|${cell.age_band}|${cell.sex}`}>
                <TableCell>{translate(`pd.statistics.dataset.${cell.dataset}`, { _: cell.dataset })}</TableCell>
                <TableCell>{translate(`resources.submissions.service.${cell.service}`, { _: cell.service })}</TableCell>
                <TableCell>{monthName(cell.month)}</TableCell>
                <TableCell>{cell.age_band === 'unknown' ? unknown : cell.age_band}</TableCell>
                <TableCell>{sexName(cell.sex)}</TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {cell.count}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <TablePagination
        component="div"
        count={shown.length}
        page={page}
        rowsPerPage={rowsPerPage}
        rowsPerPageOptions={[25, 50, 100]}
        onPageChange={(_event, next) => setPage(next)}
        onRowsPerPageChange={(event) => {
          setRowsPerPage(Number(event.target.value));
          setPage(0);
        }}
        labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
        labelDisplayedRows={({ from, to, count }) =>
          translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })
        }
      />
    </Box>
  );
};
