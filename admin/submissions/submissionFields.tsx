import { Typography } from '@mui/material';
import { statusChip } from '../common/StatusChip';
import { useFieldValue, useTranslate } from 'react-admin';

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
