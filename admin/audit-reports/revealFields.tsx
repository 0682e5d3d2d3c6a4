// The columns of the reveals' report that the log's own fields do not cover.
import { Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { formatMoscowTimestamp } from '../common/moscowTime';
import type { MedicalRevealRow } from '../types';

/** When, on the clinic's clock: the officer compares it with the day's appointments, which are on Moscow time. */
export const MoscowTimeField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<MedicalRevealRow>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatMoscowTimestamp(record.at)}
    </Typography>
  );
};

/** «Субъект № 42», a link to the card. */
export const SubjectLinkField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<MedicalRevealRow>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <Link to={createPath({ resource: 'subjects', id: record.subject_id, type: 'show' })} sx={{ whiteSpace: 'nowrap' }}>
      {translate('pd.audit_reports.reveals.subject', { id: record.subject_id })}
    </Link>
  );
};

/** Whether there was medical information to see: a reveal of an empty field shows nothing, but was still asked for. */
export const HadMedicalInfoField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<MedicalRevealRow>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(record.had_medical_info ? 'pd.audit_reports.reveals.had' : 'pd.audit_reports.reveals.had_not')}
    </Typography>
  );
};

/** The reason the employee typed, in full; once the subject's data was destroyed, only that it is gone. */
export const RevealReasonField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<MedicalRevealRow>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.reason == null) {
    return (
      <Typography component="span" variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
        {translate('pd.audit_reports.reveals.reason_destroyed')}
      </Typography>
    );
  }
  return (
    <Typography component="span" variant="body2" sx={{ display: 'block', minWidth: 160, overflowWrap: 'anywhere' }}>
      {record.reason}
    </Typography>
  );
};
