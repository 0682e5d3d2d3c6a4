import { Alert } from '@mui/material';
import {
  DataTable,
  List,
  SimpleList,
  TopToolbar,
  useCreatePath,
  useRecordContext,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { CsvExportButton } from '../common/CsvExportButton';
import { DateOnlyField, PhoneField, PlainField } from '../common/fields';
import { formatDate, formatPhone } from '../common/format';
import { ShowLink, joinLine, useNarrow } from '../layout/lists';
import { subjectFullName } from '../subjects/subjectPayload';
import type { MarketingListRow } from '../types';

/**
 * Subjects with an active marketing consent who are not blocked (the server decides who
 * is in). Every page read and every CSV export is an audited event with its row count.
 */
export const MarketingList = () => {
  const narrow = useNarrow();
  return (
    <List
      actions={<MarketingListActions />}
      sort={{ field: 'id', order: 'ASC' }}
      perPage={25}
      exporter={false}
      empty={false}
    >
      <MarketingListHelp />
      {narrow ? (
        <SimpleList<MarketingListRow>
          rowClick={(id, resource, record) => toSubject(id, resource, record as MarketingListRow)}
          primaryText={(record) => subjectFullName(record)}
          secondaryText={(record) =>
            joinLine(formatPhone(record.phone), record.email, formatDate(record.consent_given_at))
          }
        />
      ) : (
        <DataTable rowClick={toSubject} bulkActionButtons={false}>
          <DataTable.Col
            source="last_name"
            label="resources.marketing-list.fields.full_name"
            field={FullNameLink}
            disableSort
          />
          <DataTable.Col source="phone" field={PhoneField} disableSort />
          <DataTable.Col source="email" field={PlainField} disableSort />
          {/* The date only: a paper consent carries no time of day. */}
          <DataTable.Col source="consent_given_at" field={DateOnlyField} disableSort />
          <DataTable.Col source="consent_id" disableSort />
        </DataTable>
      )}
    </List>
  );
};

const toSubject = (_id: Identifier, _resource: string, record: MarketingListRow) =>
  `/subjects/${record.subject_id}/show`;

/** The person's name, a link to the subject's card (what a click on the row opens). */
const FullNameLink = (_props: { source?: string }) => {
  const record = useRecordContext<MarketingListRow>();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <ShowLink to={createPath({ resource: 'subjects', id: record.subject_id, type: 'show' })}>
      {subjectFullName(record)}
    </ShowLink>
  );
};

const MarketingListActions = () => (
  <TopToolbar>
    <CsvExportButton path="/marketing-list?format=csv" texts="resources.marketing-list.export" />
  </TopToolbar>
);

const MarketingListHelp = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" variant="outlined" sx={{ m: 1 }}>
      {translate('resources.marketing-list.help')}
    </Alert>
  );
};
