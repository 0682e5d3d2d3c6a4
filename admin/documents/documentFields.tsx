import StarIcon from '@mui/icons-material/Star';
import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { PolicyDocument } from '../types';

/** Draft or published. */
const DocumentStatusChip = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<PolicyDocument>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      sx={{ alignSelf: 'flex-start' }}
      color={record.status === 'published' ? 'primary' : 'default'}
      variant={record.status === 'published' ? 'filled' : 'outlined'}
      label={translate(`pd.documents.status.${record.status}`, { _: record.status })}
    />
  );
};

/** The status, plus «Действующая» for the version in force today (under it, in a narrow column). */
export const DocumentStatusField = (_props: { source?: string; label?: string }) => (
  <Stack direction="row" spacing={0.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
    <DocumentStatusChip />
    <CurrentMarker />
  </Stack>
);

const CurrentMarker = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<PolicyDocument>();
  const translate = useTranslate();
  if (!record?.is_current) return null;
  return (
    <Chip
      size="small"
      color="success"
      icon={<StarIcon />}
      label={translate('pd.documents.current')}
      data-testid="current-marker"
    />
  );
};
