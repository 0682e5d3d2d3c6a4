import { useEffect } from 'react';
import MessageIcon from '@mui/icons-material/ChatBubbleOutlineOutlined';
import { Tab, Tabs } from '@mui/material';
import { DataTable, List, useListContext, useTranslate } from 'react-admin';
import { DateOnlyField, PhoneField, PlainField, TimestampField } from '../common/fields';
import { VisuallyHidden } from '../common/VisuallyHidden';
import type { Submission } from '../types';
import { submissionFilters } from './submissionFilters';
import { FullNameField, ServiceField, SubmissionStatusChip } from './submissionFields';

/**
 * Two views of one list: the review queue (new submissions, newest first) and the
 * archive of decided ones. The tabs set the server's `decided` filter.
 */
export const SubmissionList = () => (
  <List
    filters={submissionFilters}
    filterDefaultValues={{ decided: false }}
    sort={{ field: 'id', order: 'DESC' }}
    perPage={25}
    exporter={false}
  >
    <QueueTabs />
    <SubmissionTable />
  </List>
);

type View = 'queue' | 'archive';

const QueueTabs = () => {
  const { filterValues, displayedFilters, setFilters, setSort } = useListContext();
  const translate = useTranslate();
  const view: View = filterValues.decided === true ? 'archive' : 'queue';

  // "Clear filters" also drops `decided`: fall back to the queue rather than showing everything.
  useEffect(() => {
    if (filterValues.decided === undefined) setFilters({ ...filterValues, decided: false }, displayedFilters);
  }, [filterValues, displayedFilters, setFilters]);

  const switchTo = (next: View) => {
    const { status: _status, ...rest } = filterValues;
    setFilters({ ...rest, decided: next === 'archive' }, displayedFilters);
    setSort(next === 'archive' ? { field: 'decided_at', order: 'DESC' } : { field: 'id', order: 'DESC' });
  };

  return (
    <Tabs
      value={view}
      onChange={(_event, next: View) => switchTo(next)}
      aria-label={translate('resources.submissions.name', { smart_count: 2 })}
      sx={{ borderBottom: 1, borderColor: 'divider' }}
    >
      <Tab value="queue" label={translate('resources.submissions.tabs.queue')} />
      <Tab value="archive" label={translate('resources.submissions.tabs.archive')} />
    </Tabs>
  );
};

const SubmissionTable = () => {
  const { filterValues } = useListContext();
  const archive = filterValues.decided === true;
  return (
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="received_at" field={TimestampField} />
      <DataTable.Col source="receipt_id" disableSort cellSx={() => ({ whiteSpace: 'nowrap' })} />
      <DataTable.Col source="service" field={ServiceField} />
      <DataTable.Col source="last_name" label="resources.submissions.fields.full_name" field={FullNameField} />
      {/* The archive trades the applicant's details for the decision. */}
      {!archive && <DataTable.Col source="birth_date" field={DateOnlyField} disableSort />}
      <DataTable.Col source="phone" field={PhoneField} disableSort />
      {!archive && <DataTable.Col source="email" field={PlainField} disableSort />}
      {!archive && (
        <DataTable.Col
          source="has_message"
          disableSort
          render={(record: Submission) => <HasMessage record={record} />}
        />
      )}
      {archive && <DataTable.Col source="status" field={SubmissionStatusChip} />}
      {archive && <DataTable.Col source="decided_at" field={TimestampField} />}
      {archive && <DataTable.Col source="decided_by_login" disableSort />}
    </DataTable>
  );
};

const HasMessage = ({ record }: { record: Submission }) => {
  const translate = useTranslate();
  if (!record.has_message) return null;
  return (
    <>
      <MessageIcon fontSize="small" color="action" aria-hidden />
      <VisuallyHidden>{translate('resources.submissions.fields.has_message')}</VisuallyHidden>
    </>
  );
};
