import { Alert } from '@mui/material';
import { DataTable, List, TopToolbar, useTranslate, type Identifier } from 'react-admin';
import { CsvExportButton } from '../common/CsvExportButton';
import { DateOnlyField, PhoneField, PlainField } from '../common/fields';
import { FullNameField } from '../submissions/submissionFields';
import type { MarketingListRow } from '../types';

/**
 * Subjects with an active marketing consent who are not blocked (the server decides who
 * is in). Every page read and every CSV export is an audited event with its row count.
 */
export const MarketingList = () => (
  <List
    actions={<MarketingListActions />}
    sort={{ field: 'id', order: 'ASC' }}
    perPage={25}
    exporter={false}
    empty={false}
  >
    <MarketingListHelp />
    <DataTable rowClick={toSubject} bulkActionButtons={false}>
      <DataTable.Col
        source="last_name"
        label="resources.marketing-list.fields.full_name"
        field={FullNameField}
        disableSort
      />
      <DataTable.Col source="phone" field={PhoneField} disableSort />
      <DataTable.Col source="email" field={PlainField} disableSort />
      {/* The date only: a paper consent carries no time of day. */}
      <DataTable.Col source="consent_given_at" field={DateOnlyField} disableSort />
      <DataTable.Col source="consent_id" disableSort />
    </DataTable>
  </List>
);

const toSubject = (_id: Identifier, _resource: string, record: MarketingListRow) =>
  `/subjects/${record.subject_id}/show`;

const MarketingListActions = () => (
  <TopToolbar>
    <CsvExportButton path="/marketing-list?format=csv" />
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
