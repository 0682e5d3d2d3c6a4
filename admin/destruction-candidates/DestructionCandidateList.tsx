import { Typography } from '@mui/material';
import {
  DataTable,
  Link,
  List,
  ReferenceField,
  TopToolbar,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { formatDate } from '../common/format';
import { WithCaption } from '../layout/lists';
import type { DestructionCandidate } from '../types';
import { candidateFilters } from './candidateFilters';
import { SelectCandidate, SelectPage } from './CandidateSelection';
import { ProposeBulkButton } from './ProposeBulkButton';
import { ProposeSubmissionsButton } from './ProposeSubmissionsButton';

/**
 * The operator's review of records whose purpose is achieved, the longest waiting first: selected leads go to the
 * compliance officer as one proposal per subject, selected rejected submissions (which have no subject) as one batch.
 * One table at every width (a SimpleList has no selection): five narrow columns, each value with its caption, fit a
 * 1024 px tablet.
 */
export const DestructionCandidateList = () => (
  <List
    filters={candidateFilters}
    sort={{ field: 'purpose_ended_on', order: 'ASC' }}
    perPage={25}
    exporter={false}
    actions={
      <TopToolbar>
        <ProposeSubmissionsButton />
        <ProposeBulkButton />
      </TopToolbar>
    }
  >
    <CandidateHelp />
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="id" label={<SelectPage />} field={SelectCandidate} disableSort sx={{ width: 40 }} />
      <DataTable.Col source="kind" field={KindWithChannel} disableSort />
      <DataTable.Col source="subject_id" field={SubjectLink} disableSort sx={{ maxWidth: 220 }} />
      <DataTable.Col source="submission_id" field={SubmissionLink} disableSort />
      <DataTable.Col source="purpose_ended_on" field={EndedWithDays} />
      <DataTable.Col source="open_destruction_id" field={OpenProposalLink} disableSort />
    </DataTable>
  </List>
);

const CandidateHelp = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1.5, pb: 0.5 }}>
      {translate('resources.destruction-candidates.help')}
    </Typography>
  );
};

/** Why it is a candidate, the website form it came through under it. */
const KindWithChannel = (_props: { source?: string }) => {
  const record = useRecordContext<DestructionCandidate>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <WithCaption
      caption={record.channel && translate(`resources.submissions.service.${record.channel}`, { _: record.channel })}
    >
      {translate(`resources.destruction-candidates.kind.${record.kind}`, { _: record.kind })}
    </WithCaption>
  );
};

const SubjectLink = (_props: { source?: string }) => (
  <ReferenceField
    source="subject_id"
    reference="subjects"
    link="show"
    emptyText="resources.destruction-candidates.no_subject"
  />
);

const SubmissionLink = (_props: { source?: string }) => (
  <ReferenceField source="submission_id" reference="submissions" link="show" emptyText="pd.common.empty" />
);

/** The day the purpose ended, how long ago under it. */
const EndedWithDays = (_props: { source?: string }) => {
  const record = useRecordContext<DestructionCandidate>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <WithCaption caption={translate('resources.destruction-candidates.days', { smart_count: record.days_since })}>
      <span style={{ whiteSpace: 'nowrap' }}>{formatDate(record.purpose_ended_on)}</span>
    </WithCaption>
  );
};

/** The open proposal on the subject, or the open batch holding the submission: a link to it, since it awaits its decision. */
const OpenProposalLink = (_props: { source?: string }) => {
  const record = useRecordContext<DestructionCandidate>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record) return null;
  const open =
    record.open_destruction_id !== null
      ? { resource: 'destructions', id: record.open_destruction_id }
      : record.open_submission_destruction_id !== null
        ? { resource: 'submission-destructions', id: record.open_submission_destruction_id }
        : null;
  if (!open) return <>{translate('pd.common.empty')}</>;
  return (
    <Link to={createPath({ ...open, type: 'show' })} sx={{ whiteSpace: 'nowrap', fontWeight: 500 }}>
      {translate('resources.destruction-candidates.open_proposal', { id: open.id })}
    </Link>
  );
};
