import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { Chip } from '@mui/material';
import { useFieldValue, useTranslate } from 'react-admin';
import { statusChip } from '../common/StatusChip';

const LiveStatusChip = statusChip('subjects', { active: 'success', blocked: 'warning' }, []);

/**
 * The subject's processing status as a coloured chip; «Данные уничтожены» dark, with its icon, so that it is never
 * taken for a live record's status at a glance (white on #424242: 10:1).
 */
export const SubjectStatusChip = ({ source = 'status' }: { source?: string; label?: string }) => {
  const status = useFieldValue({ source }) as string | undefined;
  const translate = useTranslate();
  if (status !== 'destroyed') return <LiveStatusChip source={source} />;
  return (
    <Chip
      size="small"
      icon={<DeleteForeverIcon />}
      label={translate('resources.subjects.status.destroyed')}
      sx={{
        alignSelf: 'flex-start',
        bgcolor: 'grey.800',
        color: 'common.white',
        '& .MuiChip-icon': { color: 'common.white' },
      }}
    />
  );
};
