import { DataTable, List, SearchInput, SelectInput, useResourceContext } from 'react-admin';
import { DateOnlyField, TimestampField } from '../common/fields';
import { PURPOSE_CHOICES } from '../consents/choices';
import { PurposeField } from '../consents/consentFields';
import { CurrentMarker, DocumentStatusChip } from './documentFields';

const STATUS_CHOICES = [
  { id: 'draft', name: 'pd.documents.status.draft' },
  { id: 'published', name: 'pd.documents.status.published' },
];

const policyFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
];

const consentFormFilters = [
  ...policyFilters,
  <SelectInput key="purpose" source="purpose" choices={PURPOSE_CHOICES} alwaysOn />,
];

/**
 * Policy versions (clause 6.1) and consent forms share one life cycle and one list:
 * each version with its effective date, status, whether it is in force, and how many
 * consents were given under it.
 */
export const DocumentList = () => {
  const consentForms = useResourceContext() === 'consent-forms';
  return (
    <List
      filters={consentForms ? consentFormFilters : policyFilters}
      sort={{ field: 'id', order: 'DESC' }}
      perPage={25}
      exporter={false}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        {consentForms && <DataTable.Col source="purpose" field={PurposeField} />}
        {consentForms && <DataTable.Col source="title" disableSort />}
        <DataTable.Col source="version" />
        <DataTable.Col source="effective_from" field={DateOnlyField} />
        <DataTable.Col source="status" field={DocumentStatusChip} />
        <DataTable.Col source="is_current" field={CurrentMarker} disableSort />
        <DataTable.Col source="consents_count" disableSort />
        <DataTable.Col source="published_at" field={TimestampField} disableSort />
        <DataTable.Col source="published_by" disableSort />
      </DataTable>
    </List>
  );
};
