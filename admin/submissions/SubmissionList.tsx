import { useEffect } from 'react';
import MessageIcon from '@mui/icons-material/ChatBubbleOutlineOutlined';
import { Tab, Tabs } from '@mui/material';
import { DataTable, List, SimpleList, useListContext, useRecordContext, useTranslate } from 'react-admin';
import { PhoneField, TimestampField } from '../common/fields';
import { formatDate, formatPhone, formatTimestamp } from '../common/format';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { ListItemEnd, ShowLink, WithCaption, joinLine, useNarrow } from '../layout/lists';
import { subjectFullName } from '../subjects/subjectPayload';
import type { Submission } from '../types';
import { submissionFilters } from './submissionFilters';
import { ServiceField, SubmissionStatusChip } from './submissionFields';

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
  const narrow = useNarrow();
  if (narrow) return <SubmissionSimpleList archive={archive} />;
  // For 1366 px: when (with the number the person was given), who (with the date of birth and the e-mail), what, and
  // how to call back; the rest is on the card. The archive trades the phone and the message for the decision.
  return (
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="received_at" field={ReceivedField} />
      <DataTable.Col source="last_name" label="resources.submissions.fields.full_name" field={FullNameLink} />
      <DataTable.Col source="service" field={ServiceField} />
      {!archive && <DataTable.Col source="phone" field={PhoneField} disableSort />}
      {!archive && (
        <DataTable.Col
          source="has_message"
          disableSort
          render={(record: Submission) => <HasMessage record={record} />}
        />
      )}
      {archive && <DataTable.Col source="status" field={SubmissionStatusChip} />}
      {archive && <DataTable.Col source="decided_at" field={DecidedField} />}
    </DataTable>
  );
};

/** When it came, and under it the number the person was given. */
const ReceivedField = (_props: { source?: string }) => {
  const record = useRecordContext<Submission>();
  if (!record) return null;
  return (
    <WithCaption caption={record.receipt_id}>
      <TimestampField source="received_at" />
    </WithCaption>
  );
};

/** The applicant's name, a link to the card, and under it the date of birth and the e-mail given. */
const FullNameLink = (_props: { source?: string }) => {
  const record = useRecordContext<Submission>();
  if (!record) return null;
  return (
    <WithCaption caption={joinLine(formatDate(record.birth_date), record.email)}>
      <ShowLink>{subjectFullName(record)}</ShowLink>
    </WithCaption>
  );
};

/** When it was decided, and under it by whom. */
const DecidedField = (_props: { source?: string }) => {
  const record = useRecordContext<Submission>();
  if (!record) return null;
  return (
    <WithCaption caption={record.decided_by_login}>
      <TimestampField source="decided_at" />
    </WithCaption>
  );
};

const SubmissionSimpleList = ({ archive }: { archive: boolean }) => {
  const translate = useTranslate();
  return (
    <SimpleList<Submission>
      rowClick="show"
      primaryText={(record) => subjectFullName(record)}
      secondaryText={(record) =>
        joinLine(
          translate(`resources.submissions.service.${record.service}`, { _: record.service }),
          ...(archive
            ? [
                translate('resources.submissions.line.decided', {
                  at: formatTimestamp(record.decided_at),
                  login: record.decided_by_login ?? '',
                }),
              ]
            : [
                formatPhone(record.phone),
                formatTimestamp(record.received_at),
                record.has_message && translate('resources.submissions.line.with_message'),
              ]),
        )
      }
      tertiaryText={
        archive ? (
          <ListItemEnd>
            <SubmissionStatusChip />
          </ListItemEnd>
        ) : undefined
      }
    />
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
