import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { formatPhone } from '../common/format';
import { useCan } from '../providers/useCan';
import type { AuditDetails, AuditLogEntry, FieldChange } from '../types';
import { fieldLabel, intakeSummary, isRecord, isSubmissionOrigin, isSubmissionReason } from './auditFields';

/**
 * An entry's details: the reason, the changed or entered values in readable form, then
 * the whole object pretty-printed. Personal values the reader may not see arrive
 * already hidden (details.personal_hidden), and those of a destroyed subject never arrive (personal_destroyed).
 */
export const AuditDetailsView = () => {
  const entry = useRecordContext<AuditLogEntry>();
  const translate = useTranslate();
  if (!entry) return null;
  const { details } = entry;
  if (!details) return <Typography variant="body2">{translate('pd.common.empty')}</Typography>;
  const label = (field: string) => fieldLabel(translate, entry.entity_type, field);
  const shown = (field: string, value: unknown) => show(field, value) ?? translate('pd.common.empty');
  const changes = isRecord(details.changes) ? (Object.entries(details.changes) as [string, FieldChange | null][]) : [];
  const values = isRecord(details.values) ? Object.entries(details.values) : [];
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      {details.personal_hidden === true && (
        <Alert severity="info">{translate('resources.audit-log.details.personal_hidden')}</Alert>
      )}
      {details.personal_destroyed === true && (
        <Alert severity="info">{translate('resources.audit-log.details.personal_destroyed')}</Alert>
      )}
      {isSubmissionOrigin(details) && <SubmissionOrigin details={details} />}
      {intakeSummary(translate, details).length > 0 && (
        <Typography variant="body2">{intakeSummary(translate, details).join(' · ')}</Typography>
      )}
      {typeof details.reason === 'string' && !isSubmissionReason(details) && (
        <Typography variant="body2">
          <strong>{translate('resources.audit-log.details.reason')}:</strong> {details.reason}
        </Typography>
      )}
      {changes.length > 0 && (
        <DetailsTable
          caption={translate('resources.audit-log.details.changes')}
          head={[
            translate('resources.audit-log.details.field'),
            translate('resources.audit-log.details.from'),
            translate('resources.audit-log.details.to'),
          ]}
          rows={changes.map(([field, change]) => [label(field), shown(field, change?.from), shown(field, change?.to)])}
        />
      )}
      {values.length > 0 && (
        <DetailsTable
          caption={translate('resources.audit-log.details.values')}
          head={[translate('resources.audit-log.details.field'), translate('resources.audit-log.details.value')]}
          rows={values.map(([field, value]) => [label(field), shown(field, value)])}
        />
      )}
      <Box>
        <Typography variant="caption" color="text.secondary">
          {translate('resources.audit-log.details.raw')}
        </Typography>
        <Box
          component="pre"
          sx={{ m: 0, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, overflowX: 'auto', fontSize: '0.8125rem' }}
        >
          {JSON.stringify(details, null, 2)}
        </Box>
      </Box>
    </Box>
  );
};

/**
 * A correction or a new subject that came from a website submission: its number, and a
 * link to it for those who may open submissions.
 */
const SubmissionOrigin = ({ details }: { details: AuditDetails & { receipt_id: string } }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess } = useCan('submissions.show');
  return (
    <Alert severity="info" variant="outlined" data-testid="audit-submission-origin">
      {translate('resources.audit-log.details.from_submission', { receipt: details.receipt_id })}
      {canAccess && typeof details.submission_id === 'number' && (
        <>
          {' · '}
          <Link to={createPath({ resource: 'submissions', id: details.submission_id, type: 'show' })}>
            {translate('resources.audit-log.details.open_submission')}
          </Link>
        </>
      )}
    </Alert>
  );
};

const DetailsTable = ({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) => (
  <Table size="small" aria-label={caption} sx={{ maxWidth: 720 }}>
    <TableHead>
      <TableRow>
        {head.map((cell) => (
          <TableCell key={cell}>{cell}</TableCell>
        ))}
      </TableRow>
    </TableHead>
    <TableBody>
      {rows.map((row) => (
        <TableRow key={row[0]}>
          {row.map((cell, index) => (
            <TableCell key={index}>{cell}</TableCell>
          ))}
        </TableRow>
      ))}
    </TableBody>
  </Table>
);

/** A value as the cards show it: phones grouped (+7 (912) 345-67-89), anything else as recorded. */
const show = (field: string, value: unknown): string | undefined => {
  if (value == null) return undefined;
  if (typeof value !== 'string') return JSON.stringify(value);
  return field === 'phone' ? formatPhone(value) : value;
};
