// What every list of the desk shares: one breakpoint between tables and SimpleLists, a link in each row that the
// keyboard reaches, and a value with a caption under it. (No expandable rows: react-admin's expand button is
// aria-hidden and out of the tab order, so what a row's panel would hold is on the record's page instead.)
import type { MouseEvent, ReactNode } from 'react';
import { Box, Typography, useMediaQuery, type Theme } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useResourceContext } from 'react-admin';

/**
 * The narrowest window, in CSS pixels, in which lists are DataTables: 1280 and 1366 px monitors (the sidebar
 * leaves about 1,000 px to a table). Narrower ones, such as 1024 px tablets, get a SimpleList of two lines a record.
 */
const TABLE_MIN_WIDTH = 1280;

/** True below TABLE_MIN_WIDTH. Read once on the first render (noSsr), so a list does not render twice. */
export const useNarrow = () =>
  useMediaQuery<Theme>((theme) => theme.breakpoints.down(TABLE_MIN_WIDTH), { noSsr: true });

const keepRowClick = (event: MouseEvent) => event.stopPropagation();

/**
 * The record's main value as a link to its page (or to `to`). A DataTable row opens on a click, but a row is not
 * focusable: this link is what Tab reaches and Enter follows. It handles its own click, so the row does not
 * navigate a second time.
 */
export const ShowLink = ({ children, to }: { children: ReactNode; to?: string }) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <Link
      to={to ?? createPath({ resource, id: record.id, type: 'show' })}
      underline="hover"
      onClick={keepRowClick}
      sx={{ fontWeight: 500 }}
    >
      {children}
    </Link>
  );
};

/** A value with a smaller line under it: a role under a login, a receipt number under a time. */
export const WithCaption = ({ children, caption }: { children: ReactNode; caption?: ReactNode }) => (
  <>
    <Box component="span" sx={{ display: 'block' }}>
      {children}
    </Box>
    {caption ? (
      <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block', lineHeight: 1.3 }}>
        {caption}
      </Typography>
    ) : null}
  </>
);

/** The right-hand side of a SimpleList item's first line (a status chip): the theme keeps it at the top right. */
export const ListItemEnd = ({ children }: { children: ReactNode }) => (
  <Box component="span" sx={{ flexShrink: 0, display: 'flex', flexWrap: 'wrap', gap: 0.5, justifyContent: 'flex-end' }}>
    {children}
  </Box>
);

/** Values of a SimpleList item's second line, separated by « · », the empty ones left out. */
export const joinLine = (...values: Array<string | null | undefined | false>) =>
  values.filter((value): value is string => Boolean(value)).join(' · ');
