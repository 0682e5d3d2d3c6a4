import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A titled group of fields or inputs laid out on a responsive grid. */
export const Section = ({ title, children, columns = 3 }: { title: string; children: ReactNode; columns?: number }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ width: '100%', mb: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500, mb: 1 }}>
        {translate(title)}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, minmax(0, 1fr))` },
          columnGap: 3,
          rowGap: 1,
          alignItems: 'start',
        }}
      >
        {children}
      </Box>
    </Box>
  );
};
