import { Chip, type ChipProps } from '@mui/material';
import { useFieldValue, useTranslate } from 'react-admin';

type Colors = Record<string, ChipProps['color']>;

/**
 * A status as a coloured chip, labelled from `resources.<resource>.status.<value>`. Statuses listed in
 * `outlined` (ended states) are drawn outlined so they recede.
 */
export const statusChip = (resource: string, colors: Colors, outlined: readonly string[]) => {
  const StatusChip = ({ source = 'status' }: { source?: string; label?: string }) => {
    const status = useFieldValue({ source }) as string | undefined;
    const translate = useTranslate();
    if (!status) return null;
    return (
      <Chip
        size="small"
        sx={{ alignSelf: 'flex-start' }}
        color={colors[status] ?? 'default'}
        variant={outlined.includes(status) ? 'outlined' : 'filled'}
        label={translate(`resources.${resource}.status.${status}`, { _: status })}
      />
    );
  };
  return StatusChip;
};
