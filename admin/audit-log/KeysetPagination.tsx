import { useEffect, useRef } from 'react';
import { Box, Button, Typography } from '@mui/material';
import FirstPageIcon from '@mui/icons-material/FirstPage';
import NavigateBeforeIcon from '@mui/icons-material/NavigateBefore';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import { useListContext, useTranslate } from 'react-admin';

/** The filter keys the server reads a page from: the last id of the page before (see server/audit/auditLog.repo.ts). */
const CURSOR_KEYS = ['before_id', 'after_id'] as const;

const withoutCursor = (filters: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(filters).filter(([k]) => !(CURSOR_KEYS as readonly string[]).includes(k)));

/**
 * Pages of the log by key (issue 13 §1): «Дальше» asks for the entries past the last one shown, so page 4,000 costs
 * what page 1 costs. The keys of the pages passed are kept to go back; a new filter or sort starts from the first.
 */
export const KeysetPagination = () => {
  const { data, filterValues, displayedFilters, setFilters, sort, total, perPage, isPending } = useListContext();
  const translate = useTranslate();
  const cursorKey = sort.order === 'DESC' ? 'before_id' : 'after_id';
  const current = (filterValues[cursorKey] as number | undefined) ?? null;
  const trail = useRef<(number | null)[]>([]);
  const basis = JSON.stringify([withoutCursor(filterValues), sort]);
  const lastBasis = useRef(basis);

  // Another filter or sort: the keys passed belong to another list.
  useEffect(() => {
    if (lastBasis.current === basis) return;
    lastBasis.current = basis;
    trail.current = [];
    if (CURSOR_KEYS.some((k) => k in filterValues)) setFilters(withoutCursor(filterValues), displayedFilters);
  }, [basis, filterValues, displayedFilters, setFilters]);

  const go = (cursor: number | null) =>
    setFilters(
      cursor === null ? withoutCursor(filterValues) : { ...withoutCursor(filterValues), [cursorKey]: cursor },
      displayedFilters,
    );
  const rows = data ?? [];
  const hasMore = rows.length >= perPage;
  const older = () => {
    trail.current.push(current);
    go(rows[rows.length - 1].id as number);
  };
  const newer = () => go(trail.current.pop() ?? null);

  if (isPending || (!rows.length && current === null)) return null;
  const unfiltered = Object.keys(withoutCursor(filterValues)).length === 0;
  const first = rows.length ? rows[0].id : null;
  const last = rows.length ? rows[rows.length - 1].id : null;
  return (
    <Box
      sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', flexWrap: 'wrap', gap: 1, p: 1 }}
      role="navigation"
      aria-label={translate('resources.audit-log.paging.label')}
    >
      <Typography variant="body2" sx={{ mr: 1 }}>
        {first === null
          ? translate('resources.audit-log.paging.none')
          : // A filtered total is counted only up to a cap (it reads as "at least"): the whole log's is exact.
            unfiltered
            ? translate('resources.audit-log.paging.shown_of', {
                first,
                last,
                total: (total ?? 0).toLocaleString('ru-RU'),
              })
            : translate('resources.audit-log.paging.shown', { first, last })}
      </Typography>
      <Button
        size="small"
        startIcon={<FirstPageIcon />}
        disabled={current === null}
        onClick={() => {
          trail.current = [];
          go(null);
        }}
      >
        {translate(sort.order === 'DESC' ? 'resources.audit-log.paging.newest' : 'resources.audit-log.paging.oldest')}
      </Button>
      <Button size="small" startIcon={<NavigateBeforeIcon />} disabled={current === null} onClick={newer}>
        {translate('resources.audit-log.paging.previous')}
      </Button>
      <Button size="small" endIcon={<NavigateNextIcon />} disabled={!hasMore} onClick={older}>
        {translate('resources.audit-log.paging.next')}
      </Button>
    </Box>
  );
};
