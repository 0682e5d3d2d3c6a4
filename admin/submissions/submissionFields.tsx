import { Chip, Typography, type ChipProps } from '@mui/material';
import { useFieldValue, useRecordContext, useTranslate } from 'react-admin';
import type { Submission, SubmissionStatus } from '../types';
import { subjectFullName } from '../subjects/subjectPayload';

const STATUS_COLORS: Record<SubmissionStatus, ChipProps['color']> = {
  new: 'info',
  linked: 'success',
  created: 'success',
  rejected: 'default',
};

/** The review status: new, or the outcome of the decision. */
export const SubmissionStatusChip = ({ source = 'status' }: { source?: string; label?: string }) => {
  const status = useFieldValue({ source }) as SubmissionStatus | undefined;
  const translate = useTranslate();
  if (!status) return null;
  return (
    <Chip
      size="small"
      sx={{ alignSelf: 'flex-start' }}
      color={STATUS_COLORS[status] ?? 'default'}
      variant={status === 'rejected' ? 'outlined' : 'filled'}
      label={translate(`resources.submissions.status.${status}`, { _: status })}
    />
  );
};

/** «Запись на приём», «Обратный звонок»… */
export const ServiceField = ({ source = 'service' }: { source?: string; label?: string }) => {
  const service = useFieldValue({ source }) as string | undefined;
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2">
      {service ? translate(`resources.submissions.service.${service}`, { _: service }) : translate('pd.common.empty')}
    </Typography>
  );
};

export const FullNameField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<Pick<Submission, 'last_name' | 'first_name' | 'patronymic'>>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {subjectFullName(record)}
    </Typography>
  );
};
