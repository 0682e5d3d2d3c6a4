import { Typography } from '@mui/material';
import { statusChip } from '../common/StatusChip';
import { useFieldValue, useRecordContext, useTranslate } from 'react-admin';
import type { Submission } from '../types';
import { subjectFullName } from '../subjects/subjectPayload';

/** The review status: new, or the outcome of the decision. */
export const SubmissionStatusChip = statusChip(
  'submissions',
  { new: 'info', linked: 'success', created: 'success', rejected: 'default' },
  ['rejected'],
);

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
