import { Typography } from '@mui/material';
import { DataTable, FilterButton, List, SimpleList, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { TimestampField } from '../common/fields';
import { formatTimestamp } from '../common/format';
import { ListItemEnd, ShowLink, WithCaption, joinLine, useNarrow } from '../layout/lists';
import type { AuditLogEntry } from '../types';
import { ActorField, AuditActionField, AuditDetailsSummary, EntityTypeField, actionLabelKey } from './auditFields';
import { auditLogFilters } from './auditLogFilters';
import { ExportLogButton } from './ExportLogButton';
import { KeysetPagination } from './KeysetPagination';
import { VerifyLogButton } from './VerifyLogButton';

export const AuditLogList = () => {
  const narrow = useNarrow();
  return (
    <List
      filters={auditLogFilters}
      perPage={25}
      sort={{ field: 'id', order: 'DESC' }}
      exporter={false}
      actions={<AuditLogActions />}
      pagination={<KeysetPagination />}
    >
      {narrow ? <AuditSimpleList /> : <AuditTable />}
    </List>
  );
};

// The filters, then what an auditor takes away (the export) and the console's check of the chain (compliance).
const AuditLogActions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportLogButton />
    <VerifyLogButton />
  </TopToolbar>
);

// The details take what the other columns leave and wrap; the subject an entry concerns is a line of the object's
// column rather than a column of its own. The chain's hashes, the IP and the request are on the entry's page.
const AuditTable = () => (
  <DataTable rowClick="show" bulkActionButtons={false}>
    <DataTable.Col source="id" />
    <DataTable.Col source="at" field={TimestampField} />
    <DataTable.Col source="actor_login" field={ActorField} disableSort />
    <DataTable.Col source="action" field={ActionLink} disableSort />
    <DataTable.Col source="entity_type" field={ObjectField} disableSort />
    <DataTable.Col source="details" field={AuditDetailsSummary} disableSort />
  </DataTable>
);

const ActionLink = (_props: { source?: string }) => (
  <ShowLink>
    <AuditActionField />
  </ShowLink>
);

/** "Обращение с сайта № 2", and under it the subject the entry concerns when that is another record. */
const ObjectField = (_props: { source?: string }) => {
  const record = useRecordContext<AuditLogEntry>();
  const subject = useSubjectLine(record);
  if (!record) return null;
  return (
    <WithCaption caption={subject}>
      <EntityTypeField withId />
    </WithCaption>
  );
};

const useSubjectLine = (record: AuditLogEntry | undefined) => {
  const translate = useTranslate();
  if (record?.subject_id == null) return undefined;
  if (record.entity_type === 'subject' && String(record.entity_id) === String(record.subject_id)) return undefined;
  return `${translate('resources.audit-log.entity_types.subject', { _: 'subject' })} № ${record.subject_id}`;
};

const AuditSimpleList = () => (
  <SimpleList<AuditLogEntry>
    rowClick="show"
    primaryText={(record) => <ActionText action={record.action} />}
    secondaryText={<AuditLine />}
    tertiaryText={<EntryNumber />}
  />
);

const EntryNumber = () => {
  const record = useRecordContext<AuditLogEntry>();
  return <ListItemEnd>№ {record?.id}</ListItemEnd>;
};

const ActionText = ({ action }: { action: string }) => {
  const translate = useTranslate();
  return <>{translate(actionLabelKey(action), { _: action })}</>;
};

/** When, who, on what; then the details. */
const AuditLine = () => {
  const record = useRecordContext<AuditLogEntry>();
  const translate = useTranslate();
  const subject = useSubjectLine(record);
  if (!record) return null;
  const entity = record.entity_type
    ? translate(`resources.audit-log.entity_types.${record.entity_type}`, { _: record.entity_type })
    : null;
  return (
    <>
      <Typography component="span" variant="body2" sx={{ display: 'block' }}>
        {joinLine(
          formatTimestamp(record.at),
          record.actor_login,
          entity && (record.entity_id ? `${entity} № ${record.entity_id}` : entity),
          subject,
        )}
      </Typography>
      <AuditDetailsSummary />
    </>
  );
};
