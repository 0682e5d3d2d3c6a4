import type { ReactNode } from 'react';
import { Typography } from '@mui/material';
import { Labeled, useTranslate } from 'react-admin';

/**
 * One field of the act's content, labelled like the record's own fields. The content is not the record (it is
 * nested, and null once expired), so the value is given rather than read from a source. Text wraps anywhere: a long
 * address or e-mail must not widen the page.
 */
export const ActItem = ({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) => {
  const translate = useTranslate();
  const empty = children == null || children === '';
  return (
    <Labeled label={label} sx={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Typography component="span" variant="body2" sx={{ display: 'block', overflowWrap: 'anywhere' }}>
        {empty ? translate('pd.common.empty') : children}
      </Typography>
    </Labeled>
  );
};
