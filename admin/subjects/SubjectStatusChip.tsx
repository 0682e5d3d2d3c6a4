import { Chip, type ChipProps } from '@mui/material';
import { useFieldValue, useTranslate } from 'react-admin';
import type { SubjectStatus } from '../types';

const COLORS: Record<SubjectStatus, ChipProps['color']> = {
  active: 'success',
  blocked: 'warning',
  destroyed: 'default',
};

/** The subject's processing status as a coloured chip. */
export const SubjectStatusChip = ({ source = 'status' }: { source?: string; label?: string }) => {
  const status = useFieldValue({ source }) as SubjectStatus | undefined;
  const translate = useTranslate();
  if (!status) return null;
  return (
    <Chip
      size="small"
      sx={{ alignSelf: 'flex-start' }}
      color={COLORS[status] ?? 'default'}
      variant={status === 'destroyed' ? 'outlined' : 'filled'}
      label={translate(`resources.subjects.status.${status}`, { _: status })}
    />
  );
};
